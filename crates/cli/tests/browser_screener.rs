//! The eligibility screener in a real browser: given `puerta serve` holding the demo
//! directory and headless Chromium (crates/cli/tests/browser/harness.rs), when a resident
//! answers a few questions, goes Back, skips the optional citizenship section and reads the
//! results, in Spanish and in Arabic, then every page speaks the right language and
//! direction, the answers survive Back, axe-core finds no accessibility violation, nothing
//! loads from outside loopback, and the database file is byte for byte unchanged.

#[allow(dead_code)]
#[path = "browser/harness.rs"]
mod harness;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::Locator;
use harness::{Browser, DESKTOP};

/// `puerta --db <db> serve` on a free loopback port; killed on drop.
struct Serve {
    base: String,
    child: Child,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(db: &Path, log: &Path) -> Serve {
    let port = harness::free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_puerta"))
        .env_remove("PUERTA_DB")
        .env("PUERTA_LOG", "info")
        .arg("--db")
        .arg(db)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .expect("the puerta binary starts");
    let mut s = Serve {
        base: format!("http://127.0.0.1:{port}"),
        child,
    };
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if let Ok(Some(status)) = s.child.try_wait() {
            panic!("puerta serve exited ({status})");
        }
        if matches!(
            harness::try_http_get(&format!("{}/openapi.json", s.base)),
            Ok((200, _))
        ) {
            break;
        }
        assert!(Instant::now() < deadline, "puerta serve did not answer");
        std::thread::sleep(Duration::from_millis(100));
    }
    s
}

fn db_bytes(db: &Path) -> (Vec<u8>, Vec<u8>) {
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    (
        std::fs::read(db).unwrap_or_default(),
        std::fs::read(wal).unwrap_or_default(),
    )
}

async fn check_page(b: &Browser, lang: &str, step: &str, axe: &str, failures: &mut Vec<String>) {
    assert_eq!(b.html_attr("lang").await, lang, "{step}");
    let dir = b.html_attr("dir").await;
    assert_eq!(dir == "rtl", lang == "ar", "[{lang}] {step}: dir {dir}");
    b.screenshot(&format!("{lang}-{step}")).await;
    let violations = b.axe_violations(axe).await;
    println!(
        "[axe] {lang} screener {step}: {} violations",
        violations.len()
    );
    failures.extend(
        violations
            .into_iter()
            .map(|v| format!("{lang} {step}: {v}")),
    );
}

async fn click(b: &Browser, css: &str) {
    b.client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no `{css}`: {e}"))
        .click()
        .await
        .unwrap();
}

async fn screen(lang: &str) {
    let Some(tools) = harness::tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("screener.db");
    let server = serve(&db, &dir.path().join("serve.log"));
    let b = Browser::start(&tools, &format!("screener_{lang}"), DESKTOP).await;
    let axe = harness::axe_source();
    // Let the start-up import and index build settle before taking the database's picture.
    std::thread::sleep(Duration::from_secs(1));
    let before = db_bytes(&db);
    let mut failures = Vec::new();

    b.goto(&format!("{}/{lang}/screener", server.base)).await;
    check_page(&b, lang, "intro", &axe, &mut failures).await;
    click(&b, "main form button[type='submit']").await;
    b.wait_for_url("place", |u| u.contains("/screener/place"))
        .await;
    check_page(&b, lang, "place", &axe, &mut failures).await;
    click(&b, "#f-lives_in_city-yes").await;
    click(&b, ".screener-actions button[type='submit']").await;
    b.wait_for_url("household", |u| u.contains("/screener/household"))
        .await;
    check_page(&b, lang, "household", &axe, &mut failures).await;
    let age = b.client.find(Locator::Css("#f-age")).await.unwrap();
    age.send_keys("37").await.unwrap();
    click(&b, ".screener-actions button[type='submit']").await;
    b.wait_for_url("income", |u| u.contains("/screener/income"))
        .await;
    check_page(&b, lang, "income", &axe, &mut failures).await;
    // Back: the age typed is still there.
    click(&b, ".screener-actions button[formaction]").await;
    b.wait_for_url("household again", |u| u.contains("/screener/household"))
        .await;
    let value = b
        .client
        .find(Locator::Css("#f-age"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(
        value.as_deref(),
        Some("37"),
        "[{lang}] Back keeps the answers"
    );
    // Next through the remaining topics, to the optional section, and skip it.
    for step in ["income", "work", "legal", "citizenship"] {
        click(&b, ".screener-actions button[type='submit']").await;
        b.wait_for_url(step, |u| u.contains(&format!("/screener/{step}")))
            .await;
        if step != "income" {
            check_page(&b, lang, step, &axe, &mut failures).await;
        }
    }
    click(&b, ".alert a[href*='/screener/results']").await;
    let url = b
        .wait_for_url("results", |u| u.contains("/screener/results"))
        .await;
    assert!(url.contains("age=37"), "{url}");
    assert!(b.exists(".program").await, "[{lang}] results list programs");
    check_page(&b, lang, "results", &axe, &mut failures).await;
    b.assert_only_loopback(&server.base).await;
    b.close().await;

    let after = db_bytes(&db);
    drop(server);
    assert!(before.0 == after.0, "[{lang}] the database file changed");
    assert!(before.1 == after.1, "[{lang}] the write-ahead log changed");
    assert!(
        failures.is_empty(),
        "axe-core found {} violations:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn screener_in_spanish() {
    screen("es").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn screener_in_arabic() {
    screen("ar").await;
}
