//! Our OpenAPI document: OpenAPI 3.1, stable (snapshot), and in step with the router.

use std::collections::HashSet;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::Value;

use super::fixtures::UNKNOWN;
use super::helpers::TestApp;

fn document() -> Value {
    serde_json::to_value(puerta_web::api::openapi()).unwrap()
}

#[test]
fn the_document_matches_its_snapshot() {
    let doc = document();
    assert_eq!(doc["openapi"], "3.1.0");
    insta::assert_json_snapshot!("openapi", doc);
}

#[test]
fn operation_ids_are_unique_and_errors_are_documented() {
    let doc = document();
    let mut seen = HashSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let op_id = op["operationId"].as_str().unwrap();
            assert!(
                seen.insert(op_id.to_owned()),
                "duplicate operationId {op_id}"
            );
            if path != "/" {
                assert!(
                    op["responses"].get("400").is_some(),
                    "{method} {path} lacks 400"
                );
            }
            if path.ends_with("{id}") {
                assert!(
                    op["responses"].get("404").is_some(),
                    "{method} {path} lacks 404"
                );
            }
        }
    }
    assert_eq!(seen.len(), 17);
}

#[tokio::test]
async fn every_documented_operation_is_served_and_the_document_is_served_too() {
    let app = TestApp::with_fixtures().await;
    let doc = document();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let uri = path.replace("{id}", &UNKNOWN.to_string());
            let method: Method = method.to_uppercase().parse().unwrap();
            let req = Request::builder()
                .method(method.clone())
                .uri(&uri)
                .body(Body::empty())
                .unwrap();
            let res = app.request(req).await;
            assert!(
                res.status == StatusCode::OK
                    || (path.ends_with("{id}") && res.status == StatusCode::NOT_FOUND),
                "{method} {uri}: {}",
                res.status
            );
            if res.status == StatusCode::NOT_FOUND {
                res.error(StatusCode::NOT_FOUND, "not_found");
            }
        }
    }
    let served = app.get("/openapi.json").await.ok();
    assert_eq!(served, doc);
}
