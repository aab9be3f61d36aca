use axum::body::Body;
use axum::http::Request;
use puerta_domain::WebUrl;

use super::helpers::TestApp;

#[tokio::test]
async fn root_describes_the_api_with_absolute_urls() {
    let app = TestApp::empty().await;
    let req = Request::get("/")
        .header("host", "puerta.test:8080")
        .body(Body::empty())
        .unwrap();
    let v = app.request(req).await.ok();
    assert_eq!(v["version"], "3.1");
    assert_eq!(v["profile"], puerta_web::DEFAULT_PROFILE_URL);
    assert_eq!(v["openapi_url"], "http://puerta.test:8080/openapi.json");

    // Behind a TLS proxy.
    let req = Request::get("/")
        .header("host", "puerta.example.org")
        .header("x-forwarded-proto", "https")
        .body(Body::empty())
        .unwrap();
    let v = app.request(req).await.ok();
    assert_eq!(v["openapi_url"], "https://puerta.example.org/openapi.json");

    // A Host header that is not a plain host name is not echoed.
    let req = Request::get("/")
        .header("host", "evil.example/x?")
        .body(Body::empty())
        .unwrap();
    let v = app.request(req).await.ok();
    assert_eq!(v["openapi_url"], "http://localhost/openapi.json");
}

#[tokio::test]
async fn a_configured_public_url_and_profile_win() {
    let app = TestApp::empty_with(|state| {
        state
            .with_public_url(WebUrl::parse("https://directory.example.org/").unwrap())
            .with_profile_url(WebUrl::parse("https://directory.example.org/profile").unwrap())
    })
    .await;
    let req = Request::get("/")
        .header("host", "internal:9000")
        .body(Body::empty())
        .unwrap();
    let v = app.request(req).await.ok();
    assert_eq!(
        v["openapi_url"],
        "https://directory.example.org/openapi.json"
    );
    assert_eq!(v["profile"], "https://directory.example.org/profile");
}
