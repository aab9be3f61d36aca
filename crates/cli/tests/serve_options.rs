//! `puerta serve` options that change how answers look on the wire, checked against the real
//! binary on loopback: `--https` (when pages carry `Strict-Transport-Security`) and
//! `--response-cache-mb` (whether search answers are reused).

#[allow(dead_code)]
#[path = "browser/harness.rs"]
mod harness;

use std::io::{Read, Write};
use std::net::TcpStream;

use harness::Server;

/// GET `path` with extra header lines; the status line and headers, lower-cased.
fn head_of(server: &Server, path: &str, extra: &str) -> String {
    let addr = server.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).expect("connect to puerta");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{extra}Connection: close\r\n\r\n"
    )
    .expect("send request");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read answer");
    let text = String::from_utf8_lossy(&raw).to_lowercase();
    text.split("\r\n\r\n").next().unwrap_or("").to_owned()
}

#[test]
fn hsts_follows_the_https_option() {
    let plain = Server::start();
    let head = head_of(&plain, "/en/", "X-Forwarded-Proto: https\r\n");
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(
        !head.contains("strict-transport-security"),
        "plain HTTP never sends HSTS, whatever a client claims: {head}"
    );

    let proxied = Server::start_with(&["--https", "proxy"]);
    let head = head_of(&proxied, "/en/", "X-Forwarded-Proto: https\r\n");
    assert!(
        head.contains("strict-transport-security: max-age=63072000"),
        "{head}"
    );
    let head = head_of(&proxied, "/en/", "");
    assert!(!head.contains("strict-transport-security"), "{head}");

    let tls = Server::start_with(&["--https", "https"]);
    let head = head_of(&tls, "/en/", "");
    assert!(head.contains("strict-transport-security"), "{head}");
}

#[test]
fn search_answers_are_reused_unless_the_cache_is_off() {
    let cached = Server::start();
    let path = "/services?search=lawyer&per_page=3";
    let mut seen = Vec::new();
    for _ in 0..3 {
        let head = head_of(&cached, path, "");
        assert!(head.starts_with("http/1.1 200"), "{head}");
        seen.push(head.contains("x-puerta-cache: hit"));
    }
    assert!(
        seen.iter().any(|hit| *hit),
        "a repeated search is answered from the cache"
    );

    let uncached = Server::start_with(&["--response-cache-mb", "0"]);
    let head = head_of(&uncached, path, "");
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(!head.contains("x-puerta-cache"), "{head}");
}
