//! Cross-cutting behaviour: JSON errors everywhere, CORS, compression.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};

use super::helpers::TestApp;

#[tokio::test]
async fn unknown_routes_and_methods_get_json_errors() {
    let app = TestApp::with_fixtures().await;
    app.get("/nothing/here")
        .await
        .error(StatusCode::NOT_FOUND, "no_route");
    app.get("/services/")
        .await
        .error(StatusCode::NOT_FOUND, "no_route");
    let req = Request::builder()
        .method(Method::DELETE)
        .uri("/services")
        .body(Body::empty())
        .unwrap();
    app.request(req)
        .await
        .error(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
    let req = Request::builder()
        .method(Method::POST)
        .uri("/services/x")
        .body(Body::empty())
        .unwrap();
    app.request(req)
        .await
        .error(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
}

#[tokio::test]
async fn malformed_query_strings_get_json_errors() {
    let app = TestApp::with_fixtures().await;
    let msg = app
        .get("/services?page=1&page=2")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
    assert!(msg.contains("page"), "{msg}");
    let long = "x".repeat(501);
    app.get(&format!("/services?search={long}"))
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
    // Unknown parameters are ignored, as HSDS clients send their own.
    app.get("/services?utm_source=newsletter").await.ok();
}

#[tokio::test]
async fn any_origin_may_read_the_api() {
    let app = TestApp::with_fixtures().await;
    let req = Request::get("/services")
        .header(header::ORIGIN, "https://maps.example.org")
        .body(Body::empty())
        .unwrap();
    let res = app.request(req).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");

    // Errors too, so browser clients can read them.
    let req = Request::get("/services/42")
        .header(header::ORIGIN, "https://maps.example.org")
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        app.request(req).await.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "*"
    );

    // Preflight of a search-by-POST with a JSON body.
    let req = Request::builder()
        .method(Method::OPTIONS)
        .uri("/services")
        .header(header::ORIGIN, "https://maps.example.org")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
        .body(Body::empty())
        .unwrap();
    let res = app.request(req).await;
    assert!(res.status.is_success(), "{}", res.status);
    assert_eq!(res.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    let methods = res.headers[header::ACCESS_CONTROL_ALLOW_METHODS]
        .to_str()
        .unwrap();
    assert!(methods.contains("POST"), "{methods}");
    let headers = res.headers[header::ACCESS_CONTROL_ALLOW_HEADERS]
        .to_str()
        .unwrap();
    assert!(headers.contains("content-type"), "{headers}");
}

#[tokio::test]
async fn responses_are_gzipped_when_the_client_accepts_it() {
    let app = TestApp::with_fixtures().await;
    let req = Request::get("/services?full=true")
        .header(header::ACCEPT_ENCODING, "gzip")
        .body(Body::empty())
        .unwrap();
    let res = app.request(req).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.headers[header::CONTENT_ENCODING], "gzip");
    assert_eq!(&res.body[..2], &[0x1f, 0x8b], "gzip magic");

    let plain = app.get("/services?full=true").await;
    assert!(plain.headers.get(header::CONTENT_ENCODING).is_none());
}
