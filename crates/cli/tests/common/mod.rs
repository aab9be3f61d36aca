//! Helpers shared by the end-to-end tests of the `puerta` binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `puerta` binary built by cargo for these tests.
pub fn puerta() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_puerta"));
    cmd.env_remove("PUERTA_DB").env("PUERTA_LOG", "warn");
    cmd
}

/// Runs `puerta --db <db> <args>` and returns its output.
pub fn run(db: &str, args: &[&str]) -> Output {
    puerta()
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("the puerta binary runs")
}

/// Runs and asserts success, returning stdout.
pub fn run_ok(db: &str, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "puerta {args:?} failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Read-only shared data beside the repository (`../shared/data`), or `PUERTA_SHARED_DATA`.
pub fn shared_data() -> PathBuf {
    let p = std::env::var_os("PUERTA_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    assert!(
        p.is_dir(),
        "shared data not found at {} (set PUERTA_SHARED_DATA)",
        p.display()
    );
    p
}

pub fn miami() -> PathBuf {
    shared_data().join("hsds/datasets/miami-open211-2019")
}

/// The folder of the Python test tools (check-jsonschema, schemathesis), installed by
/// `scripts/test`.
pub fn py_tool(name: &str) -> PathBuf {
    let dir = std::env::var_os("PUERTA_PY_TOOLS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv-hsds/bin"));
    let tool = dir.join(name);
    assert!(
        tool.is_file(),
        "{} is missing: run the suite with scripts/test, which installs it",
        tool.display()
    );
    tool
}

/// SHA-256-free fingerprint of a file: its full bytes (databases in tests are small).
pub fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}
