//! Given a server holding the real Miami 2-1-1 data and the demo directory, when
//! schemathesis fuzzes it against the official HSDS 3.1 OpenAPI document and against our own
//! `/openapi.json`, then it finds no server errors and every response conforms
//! (scripts/schemathesis.sh does the runs and fails on any failure).

mod common;

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::*;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_until_ready(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::{Read, Write};
            let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            let mut buf = String::new();
            let _ = s.read_to_string(&mut buf);
            if buf.starts_with("HTTP/1.1 200") {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("the server did not answer on port {port} within 60 s");
}

#[test]
fn schemathesis_finds_no_failures_on_the_official_and_our_openapi() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("api.db").display().to_string();
    run_ok(&db, &["import", &miami().display().to_string()]);
    run_ok(&db, &["demo"]);
    let port = free_port();
    let server = puerta()
        .args(["--db", &db, "serve", "--addr", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _server = Server(server);
    wait_until_ready(port);

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/schemathesis.sh");
    let tools = py_tool("schemathesis").parent().unwrap().to_path_buf();
    let out = std::process::Command::new("bash")
        .arg(&script)
        .arg(format!("http://127.0.0.1:{port}"))
        .arg(&tools)
        .env(
            "HSDS_OPENAPI",
            shared_data().join("hsds/spec-3.1/schema/openapi.local.json"),
        )
        .env("ST_SEED", "20261123")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "schemathesis reported failures:\n{stdout}\n{stderr}"
    );
}
