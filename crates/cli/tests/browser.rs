//! The resident pages in a real browser: given `puerta serve` holding the demo directory and
//! headless Chromium driven over WebDriver on loopback (crates/cli/tests/browser/harness.rs),
//! when a resident walks home → need tile → results filtered by language and "open now" →
//! service → plan → print view, in Spanish, in Arabic and with JavaScript switched off, then
//! every step answers in the right language and direction, loads nothing from outside
//! loopback, and leaves a screenshot in `target/e2e-artifacts/<test>/`; and axe-core finds no
//! accessibility violation on any page type in en, es, ar and zh-Hans.
//!
//! URLs are discovered by following the pages' own links, never hard-coded ids. Needs
//! chromium, chromium-driver and `e2e/node_modules/axe-core` (scripts/test installs them and
//! sets PUERTA_CHROMEDRIVER, PUERTA_CHROMIUM and PUERTA_AXE_JS).

#[path = "browser/harness.rs"]
mod harness;

use std::collections::BTreeSet;

use fantoccini::Locator;
use harness::{http_get, Browser, Options, Server, DESKTOP, PHONE};
use serde_json::Value;

/// The locales every page type is checked in.
const LOCALES: [&str; 4] = ["en", "es", "ar", "zh-Hans"];

/// Checks that the page now shown exists and speaks `lang`, then takes a screenshot.
async fn arrive(b: &Browser, server: &Server, lang: &str, step: &str, js: bool) -> String {
    let url = b.current_url().await;
    let (status, _) = http_get(&url);
    assert_eq!(
        status, 200,
        "[{lang}] {step}: GET {url} answered {status} (is the page missing from \
         crates/web/src/pages?)"
    );
    let html_lang = b.html_attr("lang").await;
    assert_eq!(
        html_lang, lang,
        "[{lang}] {step}: <html lang> is {html_lang:?} at {url}"
    );
    let dir = b.html_attr("dir").await;
    if lang == "ar" {
        assert_eq!(dir, "rtl", "[ar] {step}: <html dir> must be rtl at {url}");
    } else {
        assert_ne!(dir, "rtl", "[{lang}] {step}: <html dir> is rtl at {url}");
    }
    if js {
        b.assert_only_loopback(&server.base).await;
    }
    b.screenshot(step).await;
    url
}

/// The first link matching `css` on the current page, clicked like a resident would; returns
/// once the browser is on a URL containing `expect`.
async fn click_link(b: &Browser, css: &str, expect: &str, what: &str) -> String {
    let links = b.client.find_all(Locator::Css(css)).await.unwrap();
    let here = b.current_url().await;
    let first = links
        .first()
        .unwrap_or_else(|| panic!("{what}: no link `{css}` on {here}"));
    first
        .click()
        .await
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    b.wait_for_url(what, |u| u.contains(expect) && u != here)
        .await
}

/// The service ids linked from the current page, in order, without repeats.
async fn service_ids(b: &Browser, lang: &str) -> Vec<String> {
    let prefix = format!("/{lang}/services/");
    let mut seen = BTreeSet::new();
    let mut ids = Vec::new();
    for href in b.links(&format!("main a[href*='{prefix}']")).await {
        let Some(id) = href.split(&prefix).nth(1) else {
            continue;
        };
        let id: String = id
            .chars()
            .take_while(|c| c.is_ascii_hexdigit() || *c == '-')
            .collect();
        if !id.is_empty() && seen.insert(id.clone()) {
            ids.push(id);
        }
    }
    ids
}

/// The ids of every service the HSDS API lists with these filters.
fn api_service_ids(server: &Server, filters: &str) -> BTreeSet<String> {
    let url = server.url(&format!("/services?minimal=true&per_page=1000&{filters}"));
    let (status, body) = http_get(&url);
    assert_eq!(status, 200, "GET {url}: {body:.300}");
    let page: Value = serde_json::from_str(&body).unwrap();
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Opens the collapsed panel (`<details>`) that holds the `name` control, as a resident would.
async fn open_filters(b: &Browser, name: &str) {
    let css = format!("details:not([open]):has([name='{name}']) > summary");
    if let Some(summary) = b.client.find_all(Locator::Css(&css)).await.unwrap().first() {
        summary.click().await.unwrap();
    }
}

/// Ticks or unticks a box; through its label when the box itself is styled away.
async fn click_box(b: &Browser, input: &fantoccini::elements::Element) {
    if input.click().await.is_err() {
        let id = input.attr("id").await.unwrap().unwrap_or_default();
        b.client
            .find(Locator::Css(&format!("label[for='{id}']")))
            .await
            .unwrap_or_else(|e| panic!("cannot tick the box #{id}: {e}"))
            .click()
            .await
            .unwrap();
    }
}

/// Sets the results form's `name` control to `value`, whatever kind of control it is.
async fn set_control(b: &Browser, form: &str, name: &str, value: &str) {
    open_filters(b, name).await;
    let css = format!("{form} [name='{name}']");
    let controls = b.client.find_all(Locator::Css(&css)).await.unwrap();
    let control = controls
        .first()
        .unwrap_or_else(|| panic!("the results filter form has no `{name}` control (`{css}`)"));
    let tag = control.tag_name().await.unwrap().to_lowercase();
    let kind = control.attr("type").await.unwrap().unwrap_or_default();
    match (tag.as_str(), kind.as_str()) {
        ("select", _) => control
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("`{name}` has no option {value:?}: {e}")),
        (_, "checkbox") if controls.len() == 1 => {
            let want = value != "false" && !value.is_empty();
            if control.is_selected().await.unwrap() != want {
                click_box(b, control).await;
            }
        }
        (_, "checkbox" | "radio") => {
            let one = b
                .client
                .find(Locator::Css(&format!("{css}[value='{value}']")))
                .await
                .unwrap_or_else(|e| panic!("`{name}` has no choice {value:?}: {e}"));
            if !one.is_selected().await.unwrap() {
                click_box(b, &one).await;
            }
        }
        _ => {
            control.clear().await.unwrap();
            control.send_keys(value).await.unwrap();
        }
    }
}

/// Submits the results filter form with its own submit button.
async fn submit(b: &Browser, form: &str) {
    let css = format!("{form} [type='submit'], {form} button:not([type])");
    let button = b
        .client
        .find(Locator::Css(&css))
        .await
        .unwrap_or_else(|e| panic!("the results filter form has no submit button: {e}"));
    button.click().await.unwrap();
}

/// Asserts that every service the page lists is one the API lists for the same filters
/// (asked before and after the page, so that a service opening or closing in between does
/// not count).
fn assert_listed_by_api(shown: &[String], before: &BTreeSet<String>, server: &Server, f: &str) {
    let after = api_service_ids(server, f);
    let stray: Vec<&String> = shown
        .iter()
        .filter(|id| !before.contains(*id) && !after.contains(*id))
        .collect();
    assert!(
        stray.is_empty(),
        "the results page shows services that do not match `{f}`: {stray:?}"
    );
}

/// home → need tile → results → language + open-now filters → service → plan → print view.
/// `plan_required`: whether a missing plan feature fails the test (a TODO) or ends the flow.
async fn resident_flow(test: &str, lang: &str, opts: Options, plan_required: bool) {
    let Some(tools) = harness::tools() else {
        return;
    };
    let server = Server::start();
    let b = Browser::start(&tools, test, opts).await;
    if !opts.javascript {
        assert_javascript_is_off(&b).await;
    }
    let js = opts.javascript;

    // Home, then a need tile.
    b.goto(&server.url(&format!("/{lang}/"))).await;
    arrive(&b, &server, lang, "home", js).await;
    let results = format!("/{lang}/results");
    let tile = format!("main a.tile, main a[href*='{results}']");
    click_link(&b, &tile, &results, "a need tile").await;
    arrive(&b, &server, lang, "results", js).await;

    // The filters, through the form as a resident would use it.
    let form = "form:has([name='language'])";
    assert!(
        b.exists(form).await,
        "[{lang}] the results page has no filter form with a `language` control"
    );
    let filters = format!("language={lang}&open_now=true");
    let api_before = api_service_ids(&server, &filters);
    set_control(&b, form, "language", lang).await;
    set_control(&b, form, "open_now", "true").await;
    submit(&b, form).await;
    let url = b
        .wait_for_url("the filtered results", |u| {
            u.contains(&format!("language={lang}")) && u.contains("open_now=")
        })
        .await;
    arrive(&b, &server, lang, "results-language-open-now", js).await;
    let shown = service_ids(&b, lang).await;
    assert_listed_by_api(&shown, &api_before, &server, &filters);
    println!(
        "[{test}] {url}: {} services open now in {lang}",
        shown.len()
    );
    // The form remembers what was asked.
    let open_now = b
        .client
        .find(Locator::Css(&format!("{form} [name='open_now']")))
        .await
        .unwrap();
    if open_now.attr("type").await.unwrap().as_deref() == Some("checkbox") {
        assert!(
            open_now.is_selected().await.unwrap(),
            "[{lang}] the open-now box is unticked after filtering"
        );
    }

    if shown.is_empty() {
        // Nothing in this language is open at this hour (the demo's Arabic services close at
        // night): widen to every hour, as a resident would, to reach a service.
        println!("[{test}] nothing open now in {lang}: unticking open now");
        let filters = format!("language={lang}");
        let api_before = api_service_ids(&server, &filters);
        set_control(&b, form, "open_now", "false").await;
        submit(&b, form).await;
        b.wait_for_url("the language-only results", |u| {
            u.contains(&format!("language={lang}")) && !u.contains("open_now=")
        })
        .await;
        arrive(&b, &server, lang, "results-language", js).await;
        let shown = service_ids(&b, lang).await;
        assert_listed_by_api(&shown, &api_before, &server, &filters);
        assert!(
            !shown.is_empty(),
            "[{lang}] no services at all in {lang} on {}",
            b.current_url().await
        );
    }

    // A service.
    let service = format!("/{lang}/services/");
    click_link(
        &b,
        &format!("main a[href*='{service}']"),
        &service,
        "a result",
    )
    .await;
    arrive(&b, &server, lang, "service", js).await;
    let name = b
        .client
        .find(Locator::Css("h1"))
        .await
        .unwrap_or_else(|e| panic!("[{lang}] the service page has no <h1>: {e}"))
        .text()
        .await
        .unwrap();
    assert!(
        !name.trim().is_empty(),
        "[{lang}] the service's <h1> is empty"
    );

    // Add to plan → plan page → print view.
    let add = "form[action*='/plan'] [type='submit'], form[action*='/plan'] button, \
               a[href*='/plan/add'], [data-add-to-plan]";
    if !b.exists(add).await {
        assert!(
            !plan_required,
            "TODO (plan feature not built yet): the service page {} has no add-to-plan control \
             (`{add}`); the flow stops before add to plan → plan page → print view",
            b.current_url().await
        );
        println!("[{test}] no add-to-plan control yet: the flow ends at the service page");
        b.close().await;
        return;
    }
    let before = b.current_url().await;
    b.client
        .find(Locator::Css(add))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let plan = format!("/{lang}/plan");
    let mut url = b
        .wait_for_url("add to plan", |u| u != before || u.contains(&plan))
        .await;
    if !url.contains(&plan) {
        url = click_link(&b, &format!("a[href*='{plan}']"), &plan, "the plan link").await;
    }
    arrive(&b, &server, lang, "plan", js).await;
    let text = b.client.find(Locator::Css("main")).await.unwrap();
    let text = text.text().await.unwrap();
    assert!(
        text.contains(name.trim()),
        "[{lang}] the plan page {url} does not list {name:?}"
    );
    click_link(&b, "main a[href*='print']", "print", "the print view link").await;
    arrive(&b, &server, lang, "print", js).await;
    let text = b.client.find(Locator::Css("body")).await.unwrap();
    assert!(
        text.text().await.unwrap().contains(name.trim()),
        "[{lang}] the print view does not list {name:?}"
    );
    b.close().await;
}

/// The no-JavaScript browser really runs no script (else that test would prove nothing).
async fn assert_javascript_is_off(b: &Browser) {
    b.goto("data:text/html,<title>off</title><body><script>document.title='on'</script>")
        .await;
    let title = b.client.title().await.unwrap();
    assert_eq!(
        title, "off",
        "JavaScript still runs in the no-JavaScript browser"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resident_flow_spanish() {
    resident_flow("resident_flow_spanish", "es", PHONE, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resident_flow_arabic() {
    resident_flow("resident_flow_arabic", "ar", PHONE, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn works_without_javascript() {
    let no_js = Options {
        javascript: false,
        ..PHONE
    };
    resident_flow("works_without_javascript", "es", no_js, false).await;
}

/// The first link matching `css` on any of `pages` (visited in order), or a clear failure.
async fn discover(b: &Browser, pages: &[String], css: &str, what: &str) -> String {
    for page in pages {
        b.goto(page).await;
        if let Some(href) = b.links(css).await.into_iter().next() {
            return href;
        }
    }
    panic!("{what}: no link `{css}` on any of {pages:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_every_page_type() {
    let Some(tools) = harness::tools() else {
        return;
    };
    let axe = harness::axe_source();
    let server = Server::start();
    let b = Browser::start(&tools, "axe_every_page_type", DESKTOP).await;
    let mut failures = Vec::new();
    for lang in LOCALES {
        let pages = page_types(&b, &server, lang).await;
        for (kind, url) in &pages {
            let (status, _) = http_get(url);
            assert_eq!(status, 200, "[{lang}] {kind}: GET {url} answered {status}");
            b.goto(url).await;
            let step = format!("{lang}-{kind}");
            arrive(&b, &server, lang, &step, true).await;
            let violations = b.axe_violations(&axe).await;
            println!("[axe] {lang} {kind}: {} violations", violations.len());
            failures.extend(
                violations
                    .into_iter()
                    .map(|v| format!("{lang} {kind} {url}\n    {v}")),
            );
        }
    }
    b.close().await;
    assert!(
        failures.is_empty(),
        "axe-core found {} violations:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

/// One URL of each resident page type in `lang` (home, results, service, organization,
/// rights, about), found by following the links a resident would.
async fn page_types(b: &Browser, server: &Server, lang: &str) -> Vec<(&'static str, String)> {
    let home = server.url(&format!("/{lang}/"));
    let (status, _) = http_get(&home);
    assert_eq!(status, 200, "[{lang}] GET {home} answered {status}");
    let mut pages = vec![("home", home.clone())];
    let visited = [home.clone()];
    let results = discover(
        b,
        &visited,
        &format!("main a.tile, main a[href*='/{lang}/results']"),
        &format!("[{lang}] results"),
    )
    .await;
    let service = discover(
        b,
        std::slice::from_ref(&results),
        &format!("main a[href*='/{lang}/services/']"),
        &format!("[{lang}] service"),
    )
    .await;
    let organization = discover(
        b,
        std::slice::from_ref(&service),
        &format!("main a[href*='/{lang}/organizations/']"),
        &format!("[{lang}] organization"),
    )
    .await;
    let searched = [home.clone(), service.clone()];
    let rights = discover(
        b,
        &searched,
        &format!("a[href*='/{lang}/rights']:not([href*='/language/'])"),
        &format!("[{lang}] rights"),
    )
    .await;
    let about = discover(
        b,
        &searched,
        &format!("a[href*='/{lang}/about']:not([href*='/language/'])"),
        &format!("[{lang}] about"),
    )
    .await;
    pages.extend([
        ("results", results),
        ("service", service),
        ("organization", organization),
        ("rights", rights),
        ("about", about),
    ]);
    pages
}

/// WCAG 1.4.10 (reflow): every page type, in a left-to-right and a right-to-left language,
/// is readable without scrolling sideways at 320 CSS pixels wide (a small phone) and at
/// 640 (a 1280-pixel window zoomed to 200%), and its text is not shrunk to fit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_type_reflows_at_320_px_and_at_200_percent_zoom() {
    let Some(tools) = harness::tools() else {
        return;
    };
    let server = Server::start();
    let mut failures = Vec::new();
    for (name, width) in [("320px", 320), ("zoom200", 640)] {
        let opts = Options {
            width,
            height: 800,
            ..DESKTOP
        };
        let b = Browser::start(&tools, &format!("reflow_{name}"), opts).await;
        for lang in ["en", "ar"] {
            for (kind, url) in page_types(&b, &server, lang).await {
                b.goto(&url).await;
                let m = b
                    .js(
                        "return [window.innerWidth, document.documentElement.scrollWidth, \
                         parseFloat(getComputedStyle(document.body).fontSize)];",
                    )
                    .await;
                let viewport = m[0].as_f64().unwrap_or(0.0);
                let content = m[1].as_f64().unwrap_or(f64::INFINITY);
                let font = m[2].as_f64().unwrap_or(0.0);
                println!("[reflow] {name} {lang} {kind}: viewport {viewport}, content {content}, font {font}px");
                assert_eq!(
                    viewport,
                    f64::from(width),
                    "the window is {width} CSS px wide"
                );
                if content > viewport {
                    failures.push(format!(
                        "{name} {lang} {kind}: content {content} px wide in a {viewport} px viewport ({url})"
                    ));
                }
                if font < 16.0 {
                    failures.push(format!("{name} {lang} {kind}: body text {font}px ({url})"));
                }
                b.screenshot(&format!("{lang}-{kind}")).await;
            }
        }
        b.close().await;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The harness itself, on a page of its own: axe-core runs under a strict Content Security
/// Policy and does find a planted violation, and the no-JavaScript browser runs no script.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn harness_runs_axe_under_csp_and_disables_javascript() {
    use axum::response::IntoResponse;
    let Some(tools) = harness::tools() else {
        return;
    };
    const PAGE: &str = "<!doctype html><html lang=en><head><title>before</title>\
        <script src=/title.js></script></head><body><main><h1>Harness</h1>\
        <img src=/pixel.svg></main></body></html>";
    let app = axum::Router::new()
        .route(
            "/",
            axum::routing::get(|| async {
                (
                    [
                        ("content-type", "text/html; charset=utf-8"),
                        ("content-security-policy", "default-src 'self'"),
                    ],
                    PAGE,
                )
                    .into_response()
            }),
        )
        .route(
            "/title.js",
            axum::routing::get(|| async {
                (
                    [("content-type", "text/javascript")],
                    "document.title = 'scripted';",
                )
            }),
        )
        .route(
            "/pixel.svg",
            axum::routing::get(|| async {
                (
                    [("content-type", "image/svg+xml")],
                    "<svg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/>",
                )
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let b = Browser::start(&tools, "harness", DESKTOP).await;
    b.goto(&format!("{base}/")).await;
    assert_eq!(b.client.title().await.unwrap(), "scripted");
    let violations = b.axe_violations(&harness::axe_source()).await;
    assert!(
        violations.iter().any(|v| v.starts_with("image-alt ")),
        "axe-core missed the image without alt text: {violations:?}"
    );
    b.assert_only_loopback(&base).await;
    b.close().await;

    let no_js = Options {
        javascript: false,
        ..DESKTOP
    };
    let b = Browser::start(&tools, "harness-no-js", no_js).await;
    assert_javascript_is_off(&b).await;
    b.goto(&format!("{base}/")).await;
    assert_eq!(
        b.client.title().await.unwrap(),
        "before",
        "a script ran in the no-JavaScript browser"
    );
    b.close().await;
}
