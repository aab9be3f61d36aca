use axum::http::StatusCode;
use serde_json::json;

use super::fixtures::*;
use super::helpers::{id, ids, TestApp};

#[tokio::test]
async fn list_items_embed_location_and_service_summaries() {
    let app = TestApp::with_fixtures().await;
    let page = app.get("/service_at_locations").await.ok();
    assert_eq!(page["total_items"], 4);
    let items = page["contents"].as_array().unwrap();
    let pantry = items
        .iter()
        .find(|i| i["id"] == id(SAL_PANTRY))
        .expect("pantry listed");
    assert_eq!(pantry["service_id"], id(SVC_PANTRY));
    assert_eq!(pantry["location"]["id"], id(LOC_HOMESTEAD));
    assert_eq!(pantry["location"]["latitude"], 25.4687);
    assert_eq!(pantry["location"]["location_type"], "physical");
    assert!(
        pantry["location"].get("addresses").is_none(),
        "one-to-one fields only"
    );
    assert_eq!(pantry["service"]["name"], "Emergency food pantry");
    assert_eq!(
        pantry["service"]["organization"]["name"],
        "Little Havana Food Bank"
    );
    assert!(pantry["service"].get("attributes").is_none());
}

#[tokio::test]
async fn filters_by_service_organization_taxonomy_and_postcode() {
    let app = TestApp::with_fixtures().await;
    for (query, mut expected) in [
        (
            format!("organization_id={ORG_LEGAL}"),
            vec![SAL_CONSULTATIONS, SAL_ASYLUM],
        ),
        (format!("service_id={SVC_PANTRY}"), vec![SAL_PANTRY]),
        (
            format!("location_id={LOC_LITTLE_HAVANA}"),
            vec![SAL_CONSULTATIONS, SAL_ASYLUM],
        ),
        (format!("taxonomy_term_id={TERM_PANTRY}"), vec![SAL_PANTRY]),
        (format!("taxonomy_id={TAX_TOPICS}"), vec![SAL_ESL]),
        (
            "postcode=33125".to_owned(),
            vec![SAL_CONSULTATIONS, SAL_ASYLUM],
        ),
        ("postcode=M5V%202T6".to_owned(), vec![SAL_ESL]),
        (
            format!("postcode=33125&taxonomy_term_id={TERM_PANTRY}"),
            vec![],
        ),
        ("search=asylum".to_owned(), vec![SAL_ASYLUM]),
        (
            "modified_after=2000-01-01".to_owned(),
            vec![SAL_CONSULTATIONS, SAL_ASYLUM, SAL_PANTRY, SAL_ESL],
        ),
    ] {
        let page = app
            .get(&format!("/service_at_locations?{query}"))
            .await
            .ok();
        let mut got = ids(&page);
        got.sort();
        expected.sort();
        let expected: Vec<String> = expected.into_iter().map(id).collect();
        assert_eq!(got, expected, "{query}");
    }
}

#[tokio::test]
async fn proximity_searches_around_the_postcode_centroid_nearest_first() {
    let app = TestApp::with_fixtures().await;
    // Little Havana is ~1.5 km from the 33125 centroid; Homestead ~40 km; Toronto far away.
    let page = app
        .get("/service_at_locations?postcode=33125&proximity=5000")
        .await
        .ok();
    let mut got = ids(&page);
    got.sort();
    assert_eq!(got, [id(SAL_CONSULTATIONS), id(SAL_ASYLUM)]);

    let page = app
        .get("/service_at_locations?postcode=33125-4321&proximity=60000")
        .await
        .ok();
    let got = ids(&page);
    assert_eq!(got.len(), 3);
    assert_eq!(got[2], id(SAL_PANTRY), "Homestead is the farthest");

    // From Homestead's ZIP the order flips.
    let page = app
        .get("/service_at_locations?postcode=33030&proximity=60000")
        .await
        .ok();
    assert_eq!(ids(&page)[0], id(SAL_PANTRY));

    let page = app
        .post_json(
            "/service_at_locations",
            json!({"postcode": "33125", "proximity": 60000, "search": "pantry"}),
        )
        .await
        .ok();
    assert_eq!(ids(&page), [id(SAL_PANTRY)]);
}

#[tokio::test]
async fn proximity_needs_a_known_postcode_and_a_sane_distance() {
    let app = TestApp::with_fixtures().await;
    let msg = app
        .get("/service_at_locations?postcode=00000&proximity=1000")
        .await
        .error(StatusCode::BAD_REQUEST, "unknown_postcode");
    assert!(msg.contains("00000"), "{msg}");
    app.get("/service_at_locations?postcode=M5V%202T6&proximity=1000")
        .await
        .error(StatusCode::BAD_REQUEST, "unknown_postcode");
    for bad in [
        "proximity=1000",
        "postcode=33125&proximity=-1",
        "postcode=33125&proximity=far",
        "postcode=33125&proximity=1e9",
        "postcode=33125&proximity=NaN",
    ] {
        let msg = app
            .get(&format!("/service_at_locations?{bad}"))
            .await
            .error(StatusCode::BAD_REQUEST, "invalid_parameter");
        assert!(msg.contains("proximity"), "{bad}: {msg}");
    }
}

#[tokio::test]
async fn full_service_at_locations_join_everything() {
    let app = TestApp::with_fixtures().await;
    let one = app
        .get(&format!("/service_at_locations/{SAL_CONSULTATIONS}"))
        .await
        .ok();
    assert_eq!(one["id"], id(SAL_CONSULTATIONS));
    // name/status repeat the service's, for clients of the official OpenAPI (service.json).
    assert_eq!(one["name"], "Immigration legal consultations");
    assert_eq!(one["status"], "active");
    assert_eq!(one["location"]["addresses"][0]["postal_code"], "33125");
    assert_eq!(one["service"]["id"], id(SVC_CONSULTATIONS));
    assert_eq!(one["service"]["organization"]["id"], id(ORG_LEGAL));
    assert_eq!(
        one["service"]["attributes"][0]["taxonomy_term"]["name"],
        "Immigration"
    );
    assert!(
        one["service"].get("service_at_locations").is_none(),
        "no loop back"
    );

    let page = app
        .get(&format!(
            "/service_at_locations?full=true&service_id={SVC_ESL}"
        ))
        .await
        .ok();
    let esl = &page["contents"][0];
    assert_eq!(esl["status"], "temporarily closed");
    assert_eq!(esl["location"]["addresses"][0]["country"], "CA");
    assert_eq!(esl["service"]["name"], "English classes for newcomers");

    app.get(&format!("/service_at_locations/{UNKNOWN}"))
        .await
        .error(StatusCode::NOT_FOUND, "not_found");
    app.get("/service_at_locations/1")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_id");
    app.get("/service_at_locations?format=ndjson")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
}

/// `postcode` + `proximity` alone are answered from the search index; with any other filter
/// from the store. Both must give the same records in the same order, the same totals and
/// the same pages, around several ZIP codes and radii.
#[tokio::test]
async fn the_index_and_the_store_agree_on_places_near_a_postcode() {
    let app = TestApp::with_fixtures().await;
    let mut seen_nonempty = 0;
    for (postcode, radius) in [
        ("33125", 1_000.0),
        ("33125", 5_000.0),
        ("33125", 60_000.0),
        ("33030", 60_000.0),
        ("33030", 0.0),
        ("10001", 1_000_000.0),
    ] {
        for (page, per_page) in [(1, 50), (1, 1), (2, 1), (3, 1), (9, 2)] {
            let uri = format!(
                "/service_at_locations?postcode={postcode}&proximity={radius}&page={page}&per_page={per_page}"
            );
            let from_index = app.get(&uri).await.ok();
            let (latitude, longitude) = puerta_web::ZipCentroids::shipped()
                .expect("centroids")
                .lookup(postcode)
                .expect("a known ZIP");
            let filter = puerta_store::ServiceAtLocationFilter {
                near: Some(puerta_store::Near {
                    latitude,
                    longitude,
                    radius_m: radius,
                }),
                ..Default::default()
            };
            let from_store = app
                .store
                .list_service_at_locations(&filter, puerta_store::PageRequest { page, per_page })
                .await
                .expect("store search");
            let expected: Vec<String> = from_store.items.iter().map(|s| id(s.id)).collect();
            assert_eq!(ids(&from_index), expected, "{uri}");
            assert_eq!(from_index["total_items"], from_store.total, "{uri}");
            seen_nonempty += usize::from(!expected.is_empty());
        }
    }
    assert!(seen_nonempty > 10, "the cases must find places");
}
