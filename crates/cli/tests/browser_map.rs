//! The results map in a real browser: given `puerta serve --map-tiles
//! http://127.0.0.1:<port>/{z}/{x}/{y}.png --map-attribution …` holding the demo directory, a
//! tiny tile server of our own on another loopback port, and headless Chromium
//! (crates/cli/tests/browser/harness.rs), when a resident searches, in English and in Arabic,
//! then Chromium fetches every tile of the map from that tile server (so the pages' CSP lets
//! exactly it through), loads nothing else from anywhere but the two loopback servers,
//! axe-core finds no accessibility violation, "Hide map" takes the map away, and a
//! screenshot of each map lands in `target/e2e-artifacts/results_map/`.

#[allow(dead_code)]
#[path = "browser/harness.rs"]
mod harness;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::Locator;
use harness::{Browser, Server, DESKTOP};
use serde_json::Value;

/// A tile server on loopback answering every GET with the same small PNG, and remembering
/// the paths asked for.
struct TileServer {
    base: String,
    paths: Arc<Mutex<Vec<String>>>,
}

impl TileServer {
    fn start() -> TileServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port for tiles");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let paths = Arc::new(Mutex::new(Vec::new()));
        let seen = paths.clone();
        let png: Arc<[u8]> = tile_png().into();
        // Lives as long as the test binary; nothing but Chromium connects to it.
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (seen, png) = (seen.clone(), png.clone());
                std::thread::spawn(move || answer(stream, &seen, &png));
            }
        });
        TileServer { base, paths }
    }

    fn requested(&self) -> Vec<String> {
        self.paths.lock().unwrap().clone()
    }
}

fn answer(mut stream: TcpStream, seen: &Mutex<Vec<String>>, png: &[u8]) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    seen.lock().unwrap().push(path);
    let _ = write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n",
        png.len()
    );
    let _ = stream.write_all(png);
}

/// A 16 × 16 RGB PNG: pale ground with a grey line along its top and left edges, so that
/// the screenshot shows where the tiles meet. Written by hand (stored deflate, no
/// compression) to need no image crate.
fn tile_png() -> Vec<u8> {
    const SIDE: usize = 16;
    let mut raw = Vec::new();
    for y in 0..SIDE {
        raw.push(0); // filter: none
        for x in 0..SIDE {
            let edge = x == 0 || y == 0;
            raw.extend_from_slice(if edge {
                &[150, 170, 185]
            } else {
                &[232, 236, 226]
            });
        }
    }
    let len = u16::try_from(raw.len()).unwrap();
    let mut zlib = vec![0x78, 0x01, 0x01]; // zlib header; one final stored block
    zlib.extend_from_slice(&len.to_le_bytes());
    zlib.extend_from_slice(&(!len).to_le_bytes());
    zlib.extend_from_slice(&raw);
    zlib.extend_from_slice(&adler32(&raw).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&(SIDE as u32).to_be_bytes());
    ihdr.extend_from_slice(&(SIDE as u32).to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB, no interlace
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [
        (b"IHDR", &ihdr[..]),
        (b"IDAT", &zlib[..]),
        (b"IEND", &[][..]),
    ] {
        png.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        png.extend_from_slice(&body);
        png.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in bytes {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in bytes {
        a = (a + u32::from(x)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("expected a list, got {v}"))
        .iter()
        .map(|s| s.as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_test_tile_is_a_valid_png() {
    let png = tile_png();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    // The CRC of the standard empty IEND chunk.
    assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
}

/// A wrong tile set-up stops `puerta serve` before it opens anything, in one line naming
/// the option.
#[test]
fn serve_refuses_a_bad_map_configuration_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    for (args, option) in [
        (
            &[
                "--map-tiles",
                "http://tiles.example.org/{z}/{x}/{y}.png",
                "--map-attribution",
                "©",
            ][..],
            "--map-tiles",
        ),
        (
            &[
                "--map-tiles",
                "https://tiles.example.org/{z}/{x}.png",
                "--map-attribution",
                "©",
            ][..],
            "--map-tiles",
        ),
        (
            &["--map-tiles", "https://tiles.example.org/{z}/{x}/{y}.png"][..],
            "--map-attribution",
        ),
        (
            &["--map-attribution", "© OpenStreetMap contributors"][..],
            "--map-attribution",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_puerta"))
            .env_remove("PUERTA_MAP_TILES")
            .env_remove("PUERTA_MAP_ATTRIBUTION")
            .env("PUERTA_LOG", "off")
            .arg("--db")
            .arg(dir.path().join("never.db"))
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert_eq!(
            stderr.lines().count(),
            1,
            "{args:?}: one line, got {stderr}"
        );
        assert!(
            stderr.starts_with(&format!("error: {option} ")),
            "{args:?}: {stderr}"
        );
        assert!(
            !dir.path().join("never.db").exists(),
            "{args:?} opened the database"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_map_loads_tiles_only_from_the_city_tile_server() {
    let Some(tools) = harness::tools() else {
        return;
    };
    let axe = harness::axe_source();
    let tiles = TileServer::start();
    let template = format!("{}/{{z}}/{{x}}/{{y}}.png", tiles.base);
    let server = Server::start_with(&[
        "--map-tiles",
        &template,
        "--map-attribution",
        "© Test Tiles contributors",
    ]);
    let b = Browser::start(&tools, "results_map", DESKTOP).await;
    let mut failures = Vec::new();
    for (lang, rtl) in [("en", false), ("ar", true)] {
        let url = server.url(&format!("/{lang}/results?q=food"));
        b.goto(&url).await;
        assert_eq!(b.html_attr("lang").await, lang);
        let html_dir = b.html_attr("dir").await;
        assert_eq!(
            html_dir == "rtl",
            rtl,
            "[{lang}] <html dir> is {html_dir:?}"
        );
        let hrefs = strings(
            &b.js(
                "return Array.from(document.querySelectorAll('main svg[role=img] image'))\
                   .map(i => i.getAttribute('href'));",
            )
            .await,
        );
        assert!(
            (1..=12).contains(&hrefs.len()),
            "[{lang}] {} tiles on {url}",
            hrefs.len()
        );
        let markers = b
            .js("return document.querySelectorAll('main svg[role=img] .map-marker').length;")
            .await;
        assert!(markers.as_u64().unwrap_or(0) >= 1, "[{lang}] no marker");
        let numbered = b
            .js(
                "return document.querySelectorAll('li.hit .hit-number').length === \
                 document.querySelectorAll('li.hit').length;",
            )
            .await;
        assert_eq!(
            numbered,
            Value::Bool(true),
            "[{lang}] every hit shows its number"
        );
        let label = b
            .js("return document.querySelector('main svg[role=img]').getAttribute('aria-label');")
            .await;
        assert!(
            label.as_str().is_some_and(|l| !l.is_empty()),
            "[{lang}] the map has no label"
        );
        // Every tile came from the tile server, and Chromium did fetch them all.
        let paths: Vec<String> = hrefs
            .iter()
            .map(|h| {
                h.strip_prefix(&tiles.base)
                    .unwrap_or_else(|| panic!("[{lang}] tile {h} is not from {}", tiles.base))
                    .to_owned()
            })
            .collect();
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let requested = tiles.requested();
            let loaded = b.loaded_urls().await;
            let missing: Vec<&String> = hrefs
                .iter()
                .zip(&paths)
                .filter(|(h, p)| !requested.contains(p) || !loaded.contains(h))
                .map(|(h, _)| h)
                .collect();
            if missing.is_empty() {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "[{lang}] tiles never fetched from the tile server: {missing:?}; it saw {requested:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        b.assert_only_from(&[&server.base, &tiles.base]).await;
        let violations = b.axe_violations(&axe).await;
        println!(
            "[axe] {lang} results with map: {} violations",
            violations.len()
        );
        failures.extend(
            violations
                .into_iter()
                .map(|v| format!("{lang} {url}\n    {v}")),
        );
        b.js("document.querySelector('main svg[role=img]').scrollIntoView({block: 'center'});")
            .await;
        b.screenshot(&format!("{lang}-results-map")).await;
    }
    // The tile decodes as an image in the browser (and the CSP allows its origin).
    let width = b
        .js(&format!(
            "const i = new Image(); i.src = '{}/0/0/0.png'; \
             return i.decode().then(() => i.naturalWidth, () => 0);",
            tiles.base
        ))
        .await;
    assert_eq!(
        width.as_u64(),
        Some(16),
        "the test tile is not a decodable PNG"
    );

    // "Hide map": a plain link keeping the search.
    let here = b.current_url().await;
    b.client
        .find(Locator::Css("main a[href*='map=0']"))
        .await
        .unwrap_or_else(|e| panic!("no Hide map link on {here}: {e}"))
        .click()
        .await
        .unwrap();
    let hidden = b
        .wait_for_url("the map hidden", |u| u.contains("map=0"))
        .await;
    assert!(hidden.contains("q=food"), "{hidden} keeps the search");
    assert!(
        !b.exists("main svg[role=img]").await,
        "the map is still shown"
    );
    assert!(
        b.exists("main a[href$='results?q=food']").await,
        "no Show map link"
    );
    b.screenshot("ar-map-hidden").await;
    b.close().await;
    assert!(
        failures.is_empty(),
        "axe-core found {} violations:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
