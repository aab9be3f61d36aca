//! The search filters on `/services` and Puerta's own `GET /search`, over the fixture
//! directory and the real search index.

use axum::http::StatusCode;

use super::fixtures::*;
use super::helpers::{id, ids, TestApp};

#[tokio::test]
async fn taxonomy_terms_include_their_narrower_terms() {
    let app = TestApp::with_fixtures().await;
    for (query, expected) in [
        (format!("taxonomy_term_id={TERM_FOOD}"), vec![SVC_PANTRY]),
        (
            format!("taxonomy_term_id={TERM_LEGAL}"),
            vec![SVC_ASYLUM, SVC_CONSULTATIONS],
        ),
        (format!("taxonomy_term_id={TERM_PANTRY}"), vec![SVC_PANTRY]),
        (format!("taxonomy_term_id={UNKNOWN}"), vec![]),
    ] {
        let page = app.get(&format!("/services?{query}")).await.ok();
        let expected: Vec<String> = expected.into_iter().map(id).collect();
        assert_eq!(ids(&page), expected, "{query}");
        assert_eq!(page["total_items"], expected.len(), "{query}");
    }
}

#[tokio::test]
async fn places_sort_by_distance_and_radii_cut() {
    let app = TestApp::with_fixtures().await;
    // At the Homestead pantry: the pantry first, Little Havana next, Toronto last.
    let page = app.get("/services?lat=25.4687&lon=-80.4776").await.ok();
    assert_eq!(ids(&page)[..2], [id(SVC_PANTRY), id(SVC_ASYLUM)], "{page}");
    assert_eq!(ids(&page).last(), Some(&id(SVC_ESL)));
    assert_eq!(page["total_items"], 4);

    let page = app
        .get("/services?lat=25.4687&lon=-80.4776&radius_km=10")
        .await
        .ok();
    assert_eq!(ids(&page), [id(SVC_PANTRY)]);
    assert_eq!(page["total_items"], 1);

    // Little Havana is ~1.5 km from the 33125 centroid; Homestead ~40 km.
    let page = app
        .get("/services?postcode=33125&proximity=5000")
        .await
        .ok();
    assert_eq!(ids(&page), [id(SVC_ASYLUM), id(SVC_CONSULTATIONS)]);
    let page = app
        .get("/services?postcode=33125&radius_km=100&search=food")
        .await
        .ok();
    assert_eq!(ids(&page), [id(SVC_PANTRY)]);
}

#[tokio::test]
async fn search_filters_combine_with_hsds_filters() {
    let app = TestApp::with_fixtures().await;
    let page = app
        .get(&format!(
            "/services?organization_id={ORG_LEGAL}&lat=25.7738&lon=-80.2246&radius_km=1"
        ))
        .await
        .ok();
    assert_eq!(ids(&page), [id(SVC_ASYLUM), id(SVC_CONSULTATIONS)]);
    // Nothing in the fixtures publishes hours or languages: these filters keep nothing.
    for q in [
        "open_now=true",
        "open_at=mon%2014:00",
        "language=es",
        "free=true",
    ] {
        let page = app.get(&format!("/services?{q}")).await.ok();
        assert_eq!(page["total_items"], 0, "{q}");
    }
    for q in [
        "open_at=2026-05-01T14:00",
        "open_at=2026-05-01T14:00:00Z",
        "open_at=2026-05-01T14:00:00%2B02:00",
        "walk_in=false&accessible=false&no_id=false&no_ssn=false",
    ] {
        app.get(&format!("/services?{q}")).await.ok();
    }
    // Paging through a ranked search keeps the HSDS envelope.
    let page = app
        .get("/services?lat=25.4687&lon=-80.4776&per_page=3&page=2")
        .await
        .ok();
    assert_eq!(ids(&page), [id(SVC_ESL)]);
    assert_eq!(page["total_pages"], 2);
    assert_eq!(page["last_page"], true);
}

#[tokio::test]
async fn malformed_search_filters_are_refused() {
    let app = TestApp::with_fixtures().await;
    for (q, parameter) in [
        ("lat=25.7", "lon"),
        ("lon=-80.2", "lat"),
        ("lat=91&lon=0", "lat"),
        ("lat=x&lon=0", "lat"),
        ("radius_km=5", "radius_km"),
        ("proximity=5000", "proximity"),
        ("lat=1&lon=1&radius_km=-1", "radius_km"),
        ("lat=1&lon=1&radius_km=1&proximity=1000", "proximity"),
        ("postcode=33125&lat=1&lon=1", "postcode"),
        ("open_at=someday", "open_at"),
        ("open_at=mon%2025:00", "open_at"),
        ("open_now=true&open_at=mon%2014:00", "open_at"),
        ("language=%3Cscript%3E", "language"),
        ("free=maybe", "free"),
        ("no_id=2", "no_id"),
    ] {
        let message = app
            .get(&format!("/services?{q}"))
            .await
            .error(StatusCode::BAD_REQUEST, "invalid_parameter");
        assert!(message.contains(parameter), "{q}: {message}");
    }
    app.get("/services?postcode=00000&radius_km=1")
        .await
        .error(StatusCode::BAD_REQUEST, "unknown_postcode");
    app.get(&format!("/search?q={}", "x".repeat(501)))
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
}

#[tokio::test]
async fn the_search_endpoint_explains_each_hit() {
    let app = TestApp::with_fixtures().await;
    let body = app.get("/search?q=asylum").await.ok();
    assert_eq!(body["hits"][0]["service"]["id"], id(SVC_ASYLUM), "{body}");
    let why = &body["hits"][0]["why"];
    assert!(
        why["matched_terms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "asylum"),
        "{why}"
    );
    assert_eq!(body["total_items"], body["hits"].as_array().unwrap().len());

    // A typo still finds the service, and the corrected word is shown.
    let body = app.get("/search?q=imigration").await.ok();
    assert_eq!(
        body["hits"][0]["service"]["id"],
        id(SVC_CONSULTATIONS),
        "{body}"
    );
    assert!(
        body["hits"][0]["why"]["matched_terms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "immigration"),
        "{body}"
    );

    // Near a place: distances are given, nearest first.
    let body = app
        .get("/search?lat=25.4687&lon=-80.4776&radius_km=100")
        .await
        .ok();
    let hits = body["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 3, "{body}");
    assert_eq!(hits[0]["service"]["id"], id(SVC_PANTRY));
    assert!(hits[0]["why"]["distance_m"].as_f64().unwrap() < 10.0);

    // Spanish, through the lexicon: the English legal services.
    let body = app
        .get("/search?q=abogado%20de%20inmigraci%C3%B3n&locale=es")
        .await
        .ok();
    let found: Vec<String> = body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["service"]["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(found.contains(&id(SVC_CONSULTATIONS)), "{body}");
    assert!(
        !body["understood"]["matches"].as_array().unwrap().is_empty(),
        "{body}"
    );
}
