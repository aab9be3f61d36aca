use axum::http::StatusCode;
use serde_json::json;

use super::fixtures::*;
use super::helpers::{id, ids, names, TestApp};

#[tokio::test]
async fn lists_organizations_as_compact_items() {
    let app = TestApp::with_fixtures().await;
    let page = app.get("/organizations").await.ok();
    assert_eq!(
        names(&page),
        [
            "Catholic Legal Services",
            "Little Havana Food Bank",
            "Toronto Newcomer Centre"
        ]
    );
    assert_eq!(
        (page["total_items"].clone(), page["total_pages"].clone()),
        (json!(3), json!(1))
    );
    let legal = &page["contents"][0];
    assert_eq!(legal["website"], "https://legal.example.org");
    for absent in ["programs", "locations", "services"] {
        assert!(legal.get(absent).is_none(), "{absent} in {legal}");
    }

    let page = app.get("/organizations?per_page=2&page=2").await.ok();
    assert_eq!(names(&page), ["Toronto Newcomer Centre"]);
    assert_eq!(
        (page["total_pages"].clone(), page["last_page"].clone()),
        (json!(2), json!(true))
    );
}

#[tokio::test]
async fn organization_filters() {
    let app = TestApp::with_fixtures().await;
    for (query, expected) in [
        ("search=food%20bank".to_owned(), vec![ORG_FOOD]),
        (format!("taxonomy_term_id={TERM_PANTRY}"), vec![ORG_FOOD]),
        (
            format!("taxonomy_term_id={TERM_IMMIGRATION}"),
            vec![ORG_LEGAL],
        ),
        (format!("taxonomy_id={TAX_TOPICS}"), vec![ORG_TORONTO]),
        (format!("taxonomy_id={TAX_OE}&search=toronto"), vec![]),
    ] {
        let page = app.get(&format!("/organizations?{query}")).await.ok();
        let expected: Vec<String> = expected.into_iter().map(id).collect();
        assert_eq!(ids(&page), expected, "{query}");
    }
}

#[tokio::test]
async fn one_organization_comes_with_its_locations_and_service_summaries() {
    let app = TestApp::with_fixtures().await;
    let org = app.get(&format!("/organizations/{ORG_LEGAL}")).await.ok();
    assert_eq!(org["name"], "Catholic Legal Services");
    assert_eq!(org["programs"][0]["id"], id(PROGRAM_IMMIGRATION));
    assert_eq!(org["locations"][0]["id"], id(LOC_LITTLE_HAVANA));
    assert_eq!(org["locations"][0]["addresses"][0]["city"], "Miami");
    let services = org["services"].as_array().unwrap();
    let names: Vec<&str> = services
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Asylum application help", "Immigration legal consultations"]
    );
    let consultations = &services[1];
    assert_eq!(
        consultations["program"]["name"],
        "Immigration Legal Program"
    );
    assert!(
        consultations.get("organization").is_none(),
        "the parent is not repeated"
    );
    assert!(consultations.get("attributes").is_none(), "summaries only");

    let org = app
        .get(&format!("/organizations/{ORG_LEGAL}?full_service=true"))
        .await
        .ok();
    let consultations = &org["services"][1];
    assert_eq!(
        consultations["attributes"][0]["taxonomy_term"]["name"],
        "Immigration"
    );
    assert_eq!(
        consultations["service_at_locations"][0]["location"]["id"],
        id(LOC_LITTLE_HAVANA)
    );
    assert!(consultations.get("organization").is_none());
}

#[tokio::test]
async fn full_lists_nest_locations_and_services() {
    let app = TestApp::with_fixtures().await;
    let page = app.get("/organizations?full=true&search=food").await.ok();
    let food = &page["contents"][0];
    assert_eq!(food["locations"][0]["id"], id(LOC_HOMESTEAD));
    assert_eq!(food["services"][0]["id"], id(SVC_PANTRY));
    assert!(food["services"][0].get("attributes").is_none());

    let page = app
        .post_json(
            "/organizations",
            json!({"full_service": true, "search": "food"}),
        )
        .await
        .ok();
    let food = &page["contents"][0];
    assert_eq!(
        food["services"][0]["attributes"][0]["taxonomy_term_id"],
        id(TERM_PANTRY)
    );
}

#[tokio::test]
async fn unknown_and_malformed_organization_requests() {
    let app = TestApp::with_fixtures().await;
    app.get(&format!("/organizations/{UNKNOWN}"))
        .await
        .error(StatusCode::NOT_FOUND, "not_found");
    app.get("/organizations/not-a-uuid")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_id");
    app.get(&format!("/organizations/{ORG_LEGAL}?full_service=maybe"))
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
    app.get("/organizations?format=ndjson")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
    app.get("/organizations?taxonomy_term_id=food")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
}
