//! The response cache of the search-backed endpoints: answers are reused only while the
//! directory is unchanged, per URL and `Accept`, and never for other methods or endpoints.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};

use super::fixtures::*;
use super::helpers::{id, ids, TestApp};

fn cache_header(res: &super::helpers::TestResponse) -> Option<&str> {
    res.headers
        .get("x-puerta-cache")
        .and_then(|v| v.to_str().ok())
}

async fn cached_app() -> TestApp {
    let app = TestApp::empty_with(|state| state.with_response_cache(8 * 1024 * 1024)).await;
    load(app.store.as_ref()).await;
    app
}

#[tokio::test]
async fn a_repeated_search_is_answered_from_the_cache_with_the_same_body() {
    let app = cached_app().await;
    let first = app.get("/services?search=food").await;
    assert_eq!(first.status, StatusCode::OK);
    let second = app.get("/services?search=food").await;
    assert_eq!(ids(&first.ok()), [id(SVC_PANTRY)]);
    // The minute may turn between the two requests (then both are misses); try once more.
    let (first, second) = if cache_header(&second) == Some("hit") {
        (first, second)
    } else {
        let a = app.get("/services?search=food").await;
        let b = app.get("/services?search=food").await;
        (a, b)
    };
    assert_eq!(cache_header(&second), Some("hit"));
    assert_eq!(first.body, second.body);
    assert_eq!(second.content_type(), "application/json");
    // `Cache-Control: no-cache` asks for a fresh answer.
    let fresh = app
        .request(
            Request::get("/services?search=food")
                .header(header::CACHE_CONTROL, "no-cache")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(cache_header(&fresh), Some("miss"));
    assert_eq!(fresh.body, first.body);
    // Another query, another page size: computed, not reused.
    let other = app.get("/services?search=food&per_page=5").await;
    assert_eq!(cache_header(&other), Some("miss"));
    let search = app.get("/search?q=food").await;
    assert_eq!(search.status, StatusCode::OK, "{:?}", search.body);
}

#[tokio::test]
async fn a_change_of_the_directory_makes_cached_answers_stale() {
    let app = cached_app().await;
    let before = app.get("/services?search=pantry").await.ok();
    assert_eq!(ids(&before), [id(SVC_PANTRY)]);
    // Rename the pantry: the cached answer must not be served again.
    let mut pantry = services()
        .into_iter()
        .find(|s| s.id == SVC_PANTRY)
        .expect("the pantry fixture");
    pantry.name = puerta_domain::Name::parse("Homestead Community Larder").expect("a name");
    let mut tx = app.store.begin_write("test").await.expect("begin write");
    tx.put_service(&pantry).await.expect("put service");
    tx.commit().await.expect("commit");
    // `request` refreshes the index first, as the refresher does every second in `serve`.
    let after = app.get("/services?search=pantry").await;
    assert_eq!(cache_header(&after), Some("miss"));
    let page = after.ok();
    let names: Vec<&str> = page["contents"]
        .as_array()
        .expect("contents")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(names, ["Homestead Community Larder"], "{page}");
}

#[tokio::test]
async fn answers_differ_by_url_and_accept_and_other_methods_are_not_cached() {
    let app = cached_app().await;
    let json = app.get("/services?search=food").await;
    let lines = app.get("/services?search=food&format=ndjson").await;
    assert_eq!(lines.status, StatusCode::OK);
    assert_ne!(json.body, lines.body, "the NDJSON answer is its own");
    // The same URL asked with another Accept header is kept apart from the first.
    let with_accept = |accept: &'static str| {
        Request::get("/services?search=food&per_page=3")
            .header(header::ACCEPT, accept)
            .body(Body::empty())
            .expect("request")
    };
    let a = app.request(with_accept("application/json")).await;
    let b = app.request(with_accept("*/*")).await;
    assert_eq!(cache_header(&a), Some("miss"));
    assert_eq!(cache_header(&b), Some("miss"));
    // POST /services (search by body) is always computed.
    let posted = app
        .post_json("/services", serde_json::json!({"search": "food"}))
        .await;
    assert_ne!(cache_header(&posted), Some("hit"));
    // Other endpoints are not behind the cache at all.
    let one = app.get(&format!("/services/{SVC_PANTRY}")).await;
    assert_eq!(cache_header(&one), None);
}

#[tokio::test]
async fn without_a_cache_nothing_is_marked_or_kept() {
    let app = TestApp::with_fixtures().await;
    for _ in 0..2 {
        let res = app.get("/services?search=food").await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(cache_header(&res), None);
    }
}
