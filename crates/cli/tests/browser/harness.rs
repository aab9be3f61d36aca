//! Real components for the browser tests: the `puerta` binary serving the demo directory on
//! loopback, chromedriver on a free loopback port, and headless Chromium sessions that cannot
//! reach anything but 127.0.0.1. Every process is killed when its guard drops, also when a
//! test panics; chromedriver and the Chromium it starts share one process group, which is
//! killed as a whole.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// Where the browser and axe-core are; `None` when this machine has no chromedriver and the
/// environment names none (the only case where the browser tests skip).
pub struct Tools {
    pub chromedriver: PathBuf,
    pub chromium: PathBuf,
}

pub fn tools() -> Option<Tools> {
    let chromedriver = match std::env::var_os("PUERTA_CHROMEDRIVER") {
        Some(p) => {
            let p = PathBuf::from(p);
            assert!(
                p.is_file(),
                "PUERTA_CHROMEDRIVER={} does not exist",
                p.display()
            );
            p
        }
        None if Path::new("/usr/bin/chromedriver").is_file() => "/usr/bin/chromedriver".into(),
        None => {
            eprintln!(
                "\n!!!!!!!! SKIPPED: no chromedriver (PUERTA_CHROMEDRIVER is unset and \
                 /usr/bin/chromedriver is missing). Run the suite with scripts/test, which \
                 installs chromium and chromium-driver. !!!!!!!!\n"
            );
            return None;
        }
    };
    let chromium = std::env::var_os("PUERTA_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/usr/bin/chromium".into());
    assert!(
        chromium.is_file(),
        "{} is missing: install the Debian package chromium (scripts/test does)",
        chromium.display()
    );
    Some(Tools {
        chromedriver,
        chromium,
    })
}

/// The source of axe.min.js: `PUERTA_AXE_JS`, else `e2e/node_modules/axe-core/axe.min.js`.
pub fn axe_source() -> String {
    let path = std::env::var_os("PUERTA_AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read axe-core at {} ({e}): run scripts/test, or `npm ci --prefix e2e`",
            path.display()
        )
    })
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A child process in its own process group, killed with its whole group on drop.
struct Group(Child);

impl Group {
    fn spawn(cmd: &mut Command) -> std::io::Result<Group> {
        cmd.process_group(0);
        // Should the test binary itself be killed (no unwinding), the kernel still kills the
        // child when the thread that started it goes away.
        // SAFETY: prctl is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        cmd.spawn().map(Group)
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        let pid = self.0.id() as libc::pid_t;
        // SAFETY: plain syscall; the group id is the child's pid (process_group(0)).
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A plain HTTP/1.1 GET on loopback (`Connection: close`): (status, body). Used to tell a missing page (404) from a
/// broken flow, and to ask the API what the pages should show.
pub fn http_get(url: &str) -> (u16, String) {
    try_http_get(url).unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

/// [`http_get`] that reports a refused connection or an empty answer (a server starting).
pub fn try_http_get(url: &str) -> Result<(u16, String), String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("not an http URL: {url}"))?;
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = if path.is_empty() { "/" } else { path };
    assert!(
        host.starts_with("127.0.0.1:"),
        "refusing a non-loopback request to {url}"
    );
    let mut s = TcpStream::connect(host).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html,*/*\r\nConnection: close\r\n\r\n"
    )
    .map_err(|e| e.to_string())?;
    // Read the head, then the body by its Content-Length (chromedriver keeps connections
    // open whatever the request says), else to the end.
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let head_end = loop {
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = s.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            return Err(format!(
                "not an HTTP response: {:.200}",
                String::from_utf8_lossy(&raw)
            ));
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..head_end]).to_ascii_lowercase();
    let length = head.lines().find_map(|l| {
        l.strip_prefix("content-length:")
            .and_then(|v| v.trim().parse::<usize>().ok())
    });
    match length {
        Some(len) => {
            while raw.len() < head_end + len {
                let n = s.read(&mut buf).map_err(|e| e.to_string())?;
                if n == 0 {
                    break;
                }
                raw.extend_from_slice(&buf[..n]);
            }
        }
        None => {
            s.read_to_end(&mut raw).map_err(|e| e.to_string())?;
        }
    }
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| format!("not an HTTP status line: {head:.200}"))?;
    let body = String::from_utf8_lossy(&raw[head_end..]).into_owned();
    let chunked = head.contains("transfer-encoding: chunked");
    Ok((status, if chunked { dechunk(&body) } else { body }))
}

/// The body of a `Transfer-Encoding: chunked` response.
fn dechunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16);
        match size {
            Ok(n) if n > 0 && after.len() >= n => {
                out.push_str(&after[..n]);
                rest = after[n..].trim_start_matches("\r\n");
            }
            _ => break,
        }
    }
    out
}

/// `puerta --db <tmp> serve` on a free loopback port, holding the shipped demo directory.
pub struct Server {
    pub base: String,
    _process: Group,
    _dir: tempfile::TempDir,
}

impl Server {
    pub fn start() -> Server {
        Server::start_with(&[])
    }

    /// [`Server::start`] with more `serve` options (e.g. `--map-tiles URL`).
    pub fn start_with(serve_args: &[&str]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("browser.db");
        let log = std::fs::File::create(dir.path().join("serve.log")).unwrap();
        let port = free_port();
        let process = Group::spawn(
            Command::new(env!("CARGO_BIN_EXE_puerta"))
                .env_remove("PUERTA_DB")
                .env("PUERTA_LOG", "warn")
                .arg("--db")
                .arg(&db)
                .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
                .args(serve_args)
                .stdout(Stdio::null())
                .stderr(log),
        )
        .expect("the puerta binary starts");
        let mut server = Server {
            base: format!("http://127.0.0.1:{port}"),
            _process: process,
            _dir: dir,
        };
        server.wait_until_ready();
        server
    }

    fn wait_until_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(90);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self._process.0.try_wait() {
                let log = std::fs::read_to_string(self._dir.path().join("serve.log"));
                panic!("puerta serve exited ({status}) before answering:\n{log:?}");
            }
            if matches!(try_http_get(&self.url("/openapi.json")), Ok((200, _))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("puerta serve did not answer on {} within 90 s", self.base);
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// chromedriver on a free loopback port. Drop kills it and the Chromium it started.
struct Chromedriver {
    url: String,
    _process: Group,
}

impl Chromedriver {
    fn start(tools: &Tools, log: &Path) -> Chromedriver {
        let port = free_port();
        let process = Group::spawn(
            Command::new(&tools.chromedriver)
                .arg(format!("--port={port}"))
                .arg("--allowed-ips=127.0.0.1")
                .arg(format!("--log-path={}", log.display()))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", tools.chromedriver.display()));
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok((200, body)) = try_http_get(&format!("{url}/status")) {
                if body.contains("\"ready\":true") {
                    break;
                }
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not become ready within 30 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Chromedriver {
            url,
            _process: process,
        }
    }
}

/// What kind of browser a test wants.
#[derive(Clone, Copy)]
pub struct Options {
    pub width: u32,
    pub height: u32,
    pub javascript: bool,
}

/// A phone-sized window (the resident flows).
pub const PHONE: Options = Options {
    width: 390,
    height: 844,
    javascript: true,
};
/// A desktop-sized window (axe-core).
pub const DESKTOP: Options = Options {
    width: 1280,
    height: 900,
    javascript: true,
};

/// One headless Chromium session. Fields drop in order: the WebDriver client, then
/// chromedriver with Chromium, then the profile folder.
pub struct Browser {
    pub client: Client,
    test: String,
    artifacts: PathBuf,
    shots: std::cell::Cell<u32>,
    _driver: Chromedriver,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start(tools: &Tools, test: &str, opts: Options) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let driver = Chromedriver::start(tools, &profile.path().join("chromedriver.log"));
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            format!("--window-size={},{}", opts.width, opts.height),
            format!(
                "--user-data-dir={}",
                profile.path().join("chromium").display()
            ),
            // Nothing but loopback: every host name fails to resolve except 127.0.0.1, and
            // Chromium's own background traffic is switched off.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1".into(),
            "--no-proxy-server".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-default-apps".into(),
            "--disable-sync".into(),
            "--disable-extensions".into(),
            "--no-first-run".into(),
            "--no-default-browser-check".into(),
            "--hide-scrollbars".into(),
            "--force-device-scale-factor=1".into(),
        ];
        if !opts.javascript {
            // Belt and braces with the content setting below.
            args.push("--blink-settings=scriptEnabled=false".into());
        }
        let mut prefs = json!({});
        if !opts.javascript {
            prefs = json!({"profile": {"managed_default_content_settings": {"javascript": 2}}});
        }
        let mut chrome = json!({
            "binary": tools.chromium,
            "args": args,
            "prefs": prefs,
        });
        if opts.width < 500 {
            // Headless Chromium windows are at least 500 px wide: a phone's viewport needs
            // device emulation.
            chrome["mobileEmulation"] = json!({"deviceMetrics": {
                "width": opts.width, "height": opts.height, "pixelRatio": 1.0,
                "mobile": true, "touch": false,
            }});
        }
        let caps = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "timeouts": {"pageLoad": 30_000, "script": 60_000, "implicit": 0},
            "goog:chromeOptions": chrome,
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&driver.url)
            .await
            .unwrap_or_else(|e| panic!("cannot open a Chromium session: {e}"));
        let artifacts = artifacts_dir().join(test);
        let _ = std::fs::remove_dir_all(&artifacts);
        std::fs::create_dir_all(&artifacts).unwrap();
        Browser {
            client,
            test: test.to_owned(),
            artifacts,
            shots: std::cell::Cell::new(0),
            _driver: driver,
            _profile: profile,
        }
    }

    /// Ends the session cleanly (Chromium quits and removes nothing we need); dropping the
    /// browser without it still kills every process.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    /// Saves a PNG of the viewport as `target/e2e-artifacts/<test>/<NN>-<step>.png`.
    pub async fn screenshot(&self, step: &str) {
        let n = self.shots.get() + 1;
        self.shots.set(n);
        let png = self
            .client
            .screenshot()
            .await
            .unwrap_or_else(|e| panic!("[{}] screenshot {step}: {e}", self.test));
        let path = self.artifacts.join(format!("{n:02}-{step}.png"));
        std::fs::write(&path, png).unwrap();
        println!("[{}] screenshot: {}", self.test, path.display());
    }

    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("[{}] cannot open {url}: {e}", self.test));
    }

    pub async fn current_url(&self) -> String {
        self.client.current_url().await.unwrap().to_string()
    }

    /// Runs a script and returns its value (a returned promise is awaited by chromedriver).
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("[{}] script failed: {e}\n{script:.300}", self.test))
    }

    /// The absolute `href` of every link matching `css`, in document order.
    pub async fn links(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for a in self.client.find_all(Locator::Css(css)).await.unwrap() {
            if let Ok(Some(href)) = a.prop("href").await {
                out.push(href);
            }
        }
        out
    }

    pub async fn exists(&self, css: &str) -> bool {
        !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap()
            .is_empty()
    }

    /// An attribute of the root `<html>` element ("" when absent).
    pub async fn html_attr(&self, name: &str) -> String {
        let html = self.client.find(Locator::Css("html")).await.unwrap();
        html.attr(name).await.unwrap().unwrap_or_default()
    }

    /// Waits until the current URL satisfies `pred` (after a click or a form submit).
    pub async fn wait_for_url(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let url = self.current_url().await;
            if pred(&url) {
                return url;
            }
            assert!(
                Instant::now() < deadline,
                "[{}] waited 15 s for {what}; the browser is still at {url}",
                self.test
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Injects axe-core (once per page) and returns its violations, one line each:
    /// `id (impact): help — targets`. The pages' CSP does not apply to WebDriver scripts,
    /// which Chromium runs through the DevTools protocol.
    pub async fn axe_violations(&self, axe_js: &str) -> Vec<String> {
        let loaded = self.js("return typeof window.axe === 'object';").await;
        if loaded != Value::Bool(true) {
            self.client
                .execute(axe_js, vec![])
                .await
                .unwrap_or_else(|e| panic!("[{}] cannot inject axe-core: {e}", self.test));
            assert_eq!(
                self.js("return typeof window.axe === 'object';").await,
                Value::Bool(true),
                "[{}] axe-core did not load into the page",
                self.test
            );
        }
        let result = self
            .js(
                "return axe.run(document, {resultTypes: ['violations']}).then(r => \
                 r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + \
                 v.nodes.map(n => n.target.join(' ')).join(', ')));",
            )
            .await;
        result
            .as_array()
            .unwrap_or_else(|| panic!("[{}] axe returned {result}", self.test))
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Every URL the current page loaded (document and resources), by the Performance API.
    pub async fn loaded_urls(&self) -> Vec<String> {
        let v = self
            .js("return performance.getEntriesByType('navigation')\
                 .concat(performance.getEntriesByType('resource')).map(e => e.name);")
            .await;
        v.as_array()
            .unwrap()
            .iter()
            .map(|u| u.as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Asserts that the current page fetched nothing from outside `base` (loopback).
    pub async fn assert_only_loopback(&self, base: &str) {
        self.assert_only_from(&[base]).await;
    }

    /// Asserts that the current page fetched nothing but from `bases` (loopback servers).
    pub async fn assert_only_from(&self, bases: &[&str]) {
        for b in bases {
            assert!(b.starts_with("http://127.0.0.1:"), "{b} is not on loopback");
        }
        let urls = self.loaded_urls().await;
        let outside: Vec<&String> = urls
            .iter()
            .filter(|u| {
                !(bases.iter().any(|b| u.starts_with(&format!("{b}/"))) || u.starts_with("data:"))
            })
            .collect();
        assert!(
            outside.is_empty(),
            "[{}] {} requested URLs outside loopback: {outside:?}",
            self.test,
            self.current_url().await
        );
    }
}

/// `target/e2e-artifacts` (beside cargo's `target/tmp`).
fn artifacts_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(|| PathBuf::from("target"), Path::to_path_buf)
        .join("e2e-artifacts")
}
