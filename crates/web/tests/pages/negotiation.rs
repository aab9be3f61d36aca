//! Locale choice: URL prefix, then cookie, then Accept-Language; `GET /` stays the API root
//! for API clients; the switcher keeps the page and sets only the `lang` cookie.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};

use super::helpers::PagesApp;

const HTML: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

#[tokio::test]
async fn api_clients_keep_the_api_root() {
    let app = PagesApp::demo().await;
    for accept in [
        None,
        Some("application/json"),
        Some("*/*"),
        Some("application/json, text/html"),
    ] {
        let mut req = Request::get("/");
        if let Some(a) = accept {
            req = req.header(header::ACCEPT, a);
        }
        let res = app.request(req.body(Body::empty()).unwrap()).await;
        assert_eq!(res.status, StatusCode::OK, "{accept:?}");
        assert_eq!(res.header("content-type"), "application/json");
        assert!(res.text().contains("\"version\":\"3.1\""));
    }
}

#[tokio::test]
async fn browsers_are_sent_to_their_language() {
    let app = PagesApp::demo().await;
    let go = |headers: Vec<(&'static str, &'static str)>| {
        let app = &app;
        async move {
            let mut all = vec![("accept", HTML)];
            all.extend(headers);
            let res = app.get_with("/", &all).await;
            assert_eq!(res.status, StatusCode::SEE_OTHER);
            res.header("location").to_owned()
        }
    };
    assert_eq!(go(vec![]).await, "/en/");
    assert_eq!(
        go(vec![("accept-language", "es-MX,es;q=0.9")]).await,
        "/es/"
    );
    assert_eq!(go(vec![("accept-language", "zh-TW")]).await, "/zh-Hant/");
    assert_eq!(go(vec![("accept-language", "de, ar;q=0.5")]).await, "/ar/");
    // The cookie wins over Accept-Language.
    assert_eq!(
        go(vec![("accept-language", "es"), ("cookie", "lang=vi")]).await,
        "/vi/"
    );
    // An unknown cookie value is ignored.
    assert_eq!(
        go(vec![("accept-language", "es"), ("cookie", "lang=xx")]).await,
        "/es/"
    );
}

#[tokio::test]
async fn the_url_prefix_wins_over_cookie_and_header() {
    let app = PagesApp::demo().await;
    let html = app
        .get_with("/fr/", &[("cookie", "lang=es"), ("accept-language", "es")])
        .await
        .html();
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    let fa = app.get("/fa/about").await.html();
    assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"));
}

#[tokio::test]
async fn the_switcher_keeps_the_page_and_sets_only_the_language_cookie() {
    let app = PagesApp::demo().await;
    let html = app.get("/en/results?q=food&free=1").await.html();
    // The Spanish link returns to the same results.
    let link = "/language/es?next=%2Fresults%3Fq%3Dfood%26free%3D1";
    assert!(html.contains(&format!("href=\"{link}\"")), "switcher link");
    assert!(
        html.contains("lang=\"ar\" hreflang=\"ar\" dir=\"rtl\">العربية</a>"),
        "each language named in itself"
    );
    assert!(html.contains("aria-current=\"true\">English</a>"));
    let res = app.get(link).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/es/results?q=food&free=1");
    let cookie = res.header("set-cookie");
    assert!(cookie.starts_with("lang=es;"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert_eq!(res.headers.get_all("set-cookie").iter().count(), 1);
    // Pages themselves set no cookie.
    assert!(app.get("/es/").await.header("set-cookie").is_empty());
    // No open redirect.
    let evil = app.get("/language/es?next=//evil.example/").await;
    assert_eq!(evil.header("location"), "/es/");
}
