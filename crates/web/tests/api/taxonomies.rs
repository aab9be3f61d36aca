use axum::http::StatusCode;
use serde_json::json;

use super::fixtures::*;
use super::helpers::{id, names, TestApp};

#[tokio::test]
async fn taxonomies_list_search_and_get() {
    let app = TestApp::with_fixtures().await;
    let page = app.get("/taxonomies").await.ok();
    assert_eq!(names(&page), ["Open Eligibility", "Puerta topics"]);
    let page = app.get("/taxonomies?search=eligibility").await.ok();
    assert_eq!(names(&page), ["Open Eligibility"]);
    let page = app.get("/taxonomies?per_page=1").await.ok();
    assert_eq!(
        (
            page["total_pages"].clone(),
            page["size"].clone(),
            page["last_page"].clone()
        ),
        (json!(2), json!(1), json!(false))
    );
    let page = app
        .post_json("/taxonomies", json!({"search": "topics"}))
        .await
        .ok();
    assert_eq!(names(&page), ["Puerta topics"]);

    let oe = app.get(&format!("/taxonomies/{TAX_OE}")).await.ok();
    assert_eq!(oe["name"], "Open Eligibility");
    assert_eq!(oe["uri"], "https://openreferral.org/open-eligibility");
    app.get(&format!("/taxonomies/{UNKNOWN}"))
        .await
        .error(StatusCode::NOT_FOUND, "not_found");
    app.get("/taxonomies/oe")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_id");
}

#[tokio::test]
async fn taxonomy_terms_filter_by_taxonomy_parent_and_level() {
    let app = TestApp::with_fixtures().await;
    let all = app.get("/taxonomy_terms").await.ok();
    assert_eq!(all["total_items"], 5);
    for (query, expected) in [
        (
            format!("taxonomy_id={TAX_OE}"),
            vec!["Food", "Food Pantry", "Immigration", "Legal"],
        ),
        (format!("parent_id={TERM_LEGAL}"), vec!["Immigration"]),
        (
            "top_only=true".to_owned(),
            vec!["English classes", "Food", "Legal"],
        ),
        (
            format!("top_only=true&taxonomy_id={TAX_OE}"),
            vec!["Food", "Legal"],
        ),
        ("search=pantry".to_owned(), vec!["Food Pantry"]),
        (format!("parent_id={TERM_FOOD}&search=legal"), vec![]),
    ] {
        let page = app.get(&format!("/taxonomy_terms?{query}")).await.ok();
        assert_eq!(names(&page), expected, "{query}");
    }
    let page = app
        .post(
            "/taxonomy_terms",
            Some("application/x-www-form-urlencoded"),
            "top_only=1",
        )
        .await
        .ok();
    assert_eq!(page["total_items"], 3);
    app.get("/taxonomy_terms?top_only=yes")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
    app.get("/taxonomy_terms?parent_id=1109")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
}

#[tokio::test]
async fn one_term_comes_with_its_taxonomy() {
    let app = TestApp::with_fixtures().await;
    let term = app
        .get(&format!("/taxonomy_terms/{TERM_IMMIGRATION}"))
        .await
        .ok();
    assert_eq!(term["name"], "Immigration");
    assert_eq!(term["code"], "1109");
    assert_eq!(term["parent_id"], id(TERM_LEGAL));
    assert_eq!(term["taxonomy_detail"]["id"], id(TAX_OE));
    assert_eq!(term["taxonomy_detail"]["name"], "Open Eligibility");
    app.get(&format!("/taxonomy_terms/{UNKNOWN}"))
        .await
        .error(StatusCode::NOT_FOUND, "not_found");
}
