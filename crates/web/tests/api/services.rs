use axum::http::StatusCode;
use serde_json::{json, Value};

use super::fixtures::*;
use super::helpers::{id, ids, names, TestApp};

const ALL_BY_NAME: [&str; 4] = [
    "Asylum application help",
    "Emergency food pantry",
    "English classes for newcomers",
    "Immigration legal consultations",
];

#[tokio::test]
async fn lists_services_by_name_in_the_hsds_page_envelope() {
    let app = TestApp::with_fixtures().await;
    let page = app.get("/services").await.ok();
    assert_eq!(names(&page), ALL_BY_NAME);
    assert_eq!(page["total_items"], 4);
    assert_eq!(page["total_pages"], 1);
    assert_eq!(page["page_number"], 1);
    assert_eq!(page["size"], 4);
    assert_eq!(page["first_page"], true);
    assert_eq!(page["last_page"], true);
    assert_eq!(page["empty"], false);
}

#[tokio::test]
async fn list_items_are_compact_with_organization_and_program_summaries() {
    let app = TestApp::with_fixtures().await;
    let page = app.get("/services?search=consultations").await.ok();
    let item = &page["contents"][0];
    assert_eq!(item["id"], id(SVC_CONSULTATIONS));
    assert_eq!(item["status"], "active");
    assert_eq!(item["email"], "consult@legal.example.org");
    assert!(item["last_modified"]
        .as_str()
        .unwrap()
        .parse::<jiff::Timestamp>()
        .is_ok());
    assert_eq!(item["organization"]["id"], id(ORG_LEGAL));
    assert_eq!(item["organization"]["name"], "Catholic Legal Services");
    assert_eq!(item["program"]["id"], id(PROGRAM_IMMIGRATION));
    assert_eq!(item["program"]["name"], "Immigration Legal Program");
    // One-to-one fields only: no arrays of related records.
    for absent in ["phones", "attributes", "service_at_locations"] {
        assert!(item.get(absent).is_none(), "{absent} in {item}");
    }
    assert!(item["organization"].get("programs").is_none());
}

#[tokio::test]
async fn pages_split_the_list_without_gaps_or_overlaps() {
    let app = TestApp::with_fixtures().await;
    load_many(app.store.as_ref(), 45).await; // 49 services in all

    let mut seen = Vec::new();
    for n in 1..=3 {
        let page = app
            .get(&format!("/services?per_page=20&page={n}"))
            .await
            .ok();
        assert_eq!(page["total_items"], 49);
        assert_eq!(page["total_pages"], 3);
        assert_eq!(page["page_number"], n);
        assert_eq!(page["first_page"], n == 1);
        assert_eq!(page["last_page"], n == 3);
        assert_eq!(page["size"], if n == 3 { 9 } else { 20 });
        seen.extend(names(&page));
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(seen.len(), 49);
    assert_eq!(seen, sorted, "name order across pages, no repeats");

    let past = app.get("/services?per_page=20&page=4").await.ok();
    assert_eq!(
        (
            past["size"].clone(),
            past["empty"].clone(),
            past["last_page"].clone()
        ),
        (json!(0), json!(true), json!(true))
    );
    assert_eq!(past["contents"], json!([]));

    let big = app.get("/services?per_page=1000").await.ok();
    assert_eq!(big["size"], 49);
}

#[tokio::test]
async fn filters_combine_with_and() {
    let app = TestApp::with_fixtures().await;
    let cases: [(String, Vec<uuid::Uuid>); 10] = [
        ("search=ASYLUM".into(), vec![SVC_ASYLUM]),
        ("search=food%20pantry".into(), vec![SVC_PANTRY]),
        ("search=food%20asylum".into(), vec![]),
        (
            format!("taxonomy_term_id={TERM_IMMIGRATION}"),
            vec![SVC_ASYLUM, SVC_CONSULTATIONS],
        ),
        (format!("taxonomy_id={TAX_TOPICS}"), vec![SVC_ESL]),
        (
            format!("organization_id={ORG_LEGAL}"),
            vec![SVC_ASYLUM, SVC_CONSULTATIONS],
        ),
        (
            format!("organization_id={ORG_LEGAL}&search=asylum"),
            vec![SVC_ASYLUM],
        ),
        (
            format!("organization_id={ORG_LEGAL}&taxonomy_term_id={TERM_PANTRY}"),
            vec![],
        ),
        (
            format!("taxonomy_id={TAX_OE}&search=food"),
            vec![SVC_PANTRY],
        ),
        (format!("organization_id={UNKNOWN}"), vec![]),
    ];
    for (query, expected) in cases {
        let page = app.get(&format!("/services?{query}")).await.ok();
        let expected: Vec<String> = expected.into_iter().map(id).collect();
        let got = ids(&page);
        if query.contains("search=") {
            // Text search also finds services classified under the need the words name
            // (through the lexicon), ranked below the services whose text matches.
            assert_eq!(got[..expected.len()], expected[..], "{query}");
            assert_eq!(page["total_items"], got.len(), "{query}");
        } else {
            assert_eq!(got, expected, "{query}");
            assert_eq!(page["total_items"], expected.len(), "{query}");
        }
    }
}

#[tokio::test]
async fn modified_after_takes_date_times_and_dates() {
    let app = TestApp::with_fixtures().await;
    for since in [
        "2000-01-01T00:00:00Z",
        "2000-01-01",
        "2000-01-01T02:00:00%2B02:00",
    ] {
        let page = app
            .get(&format!("/services?modified_after={since}"))
            .await
            .ok();
        assert_eq!(page["total_items"], 4, "{since}");
    }
    let tomorrow = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24);
    let page = app
        .get(&format!("/services?modified_after={tomorrow}"))
        .await
        .ok();
    assert_eq!(page["total_items"], 0);

    // A record's own last_modified counts as "on or after".
    let page = app.get("/services?search=asylum").await.ok();
    let stamp = page["contents"][0]["last_modified"]
        .as_str()
        .unwrap()
        .to_owned();
    let page = app
        .get(&format!("/services?search=asylum&modified_after={stamp}"))
        .await
        .ok();
    assert_eq!(ids(&page)[0], id(SVC_ASYLUM));

    app.get("/services?modified_after=last%20week")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
}

#[tokio::test]
async fn minimal_items_hold_only_what_a_sync_needs() {
    let app = TestApp::with_fixtures().await;
    let page = app.get("/services?minimal=true").await.ok();
    assert_eq!(page["size"], 4);
    for item in page["contents"].as_array().unwrap() {
        let mut keys: Vec<&str> = item
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort();
        assert_eq!(keys, ["id", "last_modified", "name", "status"]);
    }
    app.get("/services?minimal=true&full=true")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
}

fn assert_full_consultations(s: &Value) {
    assert_eq!(s["id"], id(SVC_CONSULTATIONS));
    assert_eq!(s["organization"]["id"], id(ORG_LEGAL));
    assert_eq!(s["program"]["id"], id(PROGRAM_IMMIGRATION));
    assert_eq!(s["phones"][0]["number"], "305-555-0100");
    assert_eq!(s["attributes"][0]["taxonomy_term"]["name"], "Immigration");
    let sal = &s["service_at_locations"][0];
    assert_eq!(sal["id"], id(SAL_CONSULTATIONS));
    assert_eq!(sal["location"]["id"], id(LOC_LITTLE_HAVANA));
    assert_eq!(sal["location"]["addresses"][0]["postal_code"], "33125");
    assert!(s["last_modified"].is_string());
}

#[tokio::test]
async fn full_items_and_the_single_service_are_fully_nested() {
    let app = TestApp::with_fixtures().await;
    let page = app
        .get("/services?full=true&search=consultations")
        .await
        .ok();
    assert_full_consultations(&page["contents"][0]);

    let one = app
        .get(&format!("/services/{SVC_CONSULTATIONS}"))
        .await
        .ok();
    assert_full_consultations(&one);
}

#[tokio::test]
async fn unknown_and_malformed_service_ids() {
    let app = TestApp::with_fixtures().await;
    let msg = app
        .get(&format!("/services/{UNKNOWN}"))
        .await
        .error(StatusCode::NOT_FOUND, "not_found");
    assert!(msg.contains(&UNKNOWN.to_string()), "{msg}");
    app.get("/services/42")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_id");
    app.get("/services/%E2%82%AC")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_id");
    for bad in [
        "page=0",
        "page=-3",
        "page=two",
        "per_page=0",
        "per_page=1001",
        "organization_id=42",
        "taxonomy_id=x",
        "taxonomy_term_id=1",
        "full=perhaps",
        "format=xml",
    ] {
        let msg = app
            .get(&format!("/services?{bad}"))
            .await
            .error(StatusCode::BAD_REQUEST, "invalid_parameter");
        let name = bad.split('=').next().unwrap();
        assert!(msg.contains(name), "{bad}: {msg}");
    }
}

fn ndjson_lines(body: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(body).unwrap();
    assert!(text.ends_with('\n'), "every line ends with a newline");
    text.lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[tokio::test]
async fn ndjson_streams_every_match_without_paging() {
    let app = TestApp::with_fixtures().await;
    let res = app.get("/services?format=ndjson&per_page=1").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.content_type(), "application/x-ndjson");
    let lines = ndjson_lines(&res.body);
    let got: Vec<&str> = lines.iter().map(|l| l["name"].as_str().unwrap()).collect();
    assert_eq!(
        got, ALL_BY_NAME,
        "all matches, list order, per_page ignored"
    );
    assert!(lines
        .iter()
        .all(|l| l.get("contents").is_none() && l.get("phones").is_none()));
    assert_eq!(lines[3]["organization"]["id"], id(ORG_LEGAL));

    let res = app
        .get(&format!(
            "/services?format=ndjson&full=true&organization_id={ORG_LEGAL}"
        ))
        .await;
    let lines = ndjson_lines(&res.body);
    assert_eq!(lines.len(), 2);
    assert_full_consultations(&lines[1]);

    let res = app
        .get("/services?format=ndjson&minimal=true&search=pantry")
        .await;
    let lines = ndjson_lines(&res.body);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].as_object().unwrap().len(), 4);

    let res = app
        .get("/services?format=ndjson&search=nothing-matches-this")
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.is_empty());
}

#[tokio::test]
async fn ndjson_streams_can_be_gzipped_even_when_empty() {
    let app = TestApp::with_fixtures().await;
    for query in ["format=ndjson", "format=ndjson&search=nothing-matches-this"] {
        let req = axum::http::Request::get(format!("/services?{query}"))
            .header("accept-encoding", "gzip")
            .body(axum::body::Body::empty())
            .unwrap();
        let res = app.request(req).await;
        assert_eq!(res.status, StatusCode::OK, "{query}");
        assert_eq!(res.headers["content-encoding"], "gzip", "{query}");
        assert_eq!(&res.body[..2], &[0x1f, 0x8b], "{query}");
    }
}

#[tokio::test]
async fn ndjson_streams_across_batches() {
    let app = TestApp::with_fixtures().await;
    load_many(app.store.as_ref(), 230).await;
    let res = app.get("/services?format=ndjson").await;
    let lines = ndjson_lines(&res.body);
    assert_eq!(lines.len(), 234);
    let mut seen: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 234, "no service twice");
}

#[tokio::test]
async fn search_by_post_takes_json_or_form_bodies_and_query_parameters() {
    let app = TestApp::with_fixtures().await;
    let page = app
        .post_json(
            "/services",
            json!({"search": "asylum", "per_page": 5, "full": false}),
        )
        .await
        .ok();
    assert_eq!(ids(&page)[0], id(SVC_ASYLUM));

    let page = app
        .post(
            "/services",
            Some("application/x-www-form-urlencoded"),
            format!("organization_id={ORG_LEGAL}&per_page=1"),
        )
        .await
        .ok();
    assert_eq!(
        (page["total_items"].clone(), page["size"].clone()),
        (json!(2), json!(1))
    );

    // Query and body combine; the body wins for a name given in both.
    let page = app
        .post_json(
            &format!("/services?organization_id={ORG_LEGAL}&search=pantry"),
            json!({"search": "consultations"}),
        )
        .await
        .ok();
    assert_eq!(ids(&page)[0], id(SVC_CONSULTATIONS));

    // No body at all: the query string alone.
    let page = app.post("/services?search=pantry", None, "").await.ok();
    assert_eq!(ids(&page)[0], id(SVC_PANTRY));

    app.post_json("/services", json!({"page": 0}))
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
    app.post_json("/services", json!({"search": ["a", "b"]}))
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_parameter");
    app.post_json("/services", json!([1, 2]))
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_request");
    app.post("/services", Some("application/json"), "{not json")
        .await
        .error(StatusCode::BAD_REQUEST, "invalid_request");
    app.post("/services", Some("text/xml"), "<search/>")
        .await
        .error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
    let huge = format!("search={}", "a".repeat(70 * 1024));
    app.post("/services", Some("application/x-www-form-urlencoded"), huge)
        .await
        .error(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large");
}

/// A service found by search is shown exactly as in the plain list, in every shape (the
/// two paths read the store differently).
#[tokio::test]
async fn searched_items_equal_listed_items_in_every_shape() {
    let app = TestApp::with_fixtures().await;
    for shape in ["", "&minimal=true", "&full=true"] {
        let listed = app
            .get(&format!("/services?per_page=100{shape}"))
            .await
            .ok();
        for (query, expected) in [
            ("consultations", SVC_CONSULTATIONS),
            ("pantry", SVC_PANTRY),
            ("asylum", SVC_ASYLUM),
        ] {
            let found = app
                .get(&format!("/services?search={query}{shape}"))
                .await
                .ok();
            let hit = &found["contents"][0];
            assert_eq!(hit["id"], id(expected), "{query}{shape}");
            let same = listed["contents"]
                .as_array()
                .expect("contents")
                .iter()
                .find(|item| item["id"] == hit["id"])
                .expect("listed too");
            assert_eq!(hit, same, "{query}{shape}");
        }
    }
}
