//! Search filters as residents use them: on the shipped demo directory, on hand-made
//! services for the hard cases (DST, overnight hours, holidays) and on real Miami wording.

use std::collections::HashSet;

use jiff::civil::{date, time, Weekday};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use puerta_domain::schedule::Closure;
use puerta_domain::{Service, TaxonomyTerm};
use puerta_search::facts::{self, FactsContext, ServiceFacts, TermTree};
use puerta_search::filter::{Filters, Near, OpenFilter};
use puerta_search::geo::ZipCentroids;
use serde_json::{json, Value};
use uuid::Uuid;

const DEMO: &str = include_str!("../../../data/demo/services.json");

fn demo() -> Vec<Service> {
    serde_json::from_str(DEMO).expect("the demo directory parses")
}

fn by_name<'a>(all: &'a [Service], name: &str) -> &'a Service {
    all.iter()
        .find(|s| s.name.as_str() == name)
        .unwrap_or_else(|| panic!("no demo service {name:?}"))
}

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

/// A service at one location in Ohio (America/New_York) with these schedule records.
fn service_with(schedules: Vec<Value>, extra: Value) -> Service {
    let schedules: Vec<Value> = schedules
        .into_iter()
        .enumerate()
        .map(|(i, mut s)| {
            s["id"] = json!(id(1000 + i as u128));
            s
        })
        .collect();
    let mut v = json!({
        "id": id(1),
        "name": "Test service",
        "status": "active",
        "schedules": schedules,
        "service_at_locations": [{
            "id": id(2),
            "location": {
                "id": id(3),
                "location_type": "physical",
                "latitude": 39.76012,
                "longitude": -84.19751,
                "addresses": [{
                    "id": id(4), "address_1": "1 Main St", "city": "Dayton",
                    "state_province": "OH", "postal_code": "45402", "country": "US",
                    "address_type": "physical"
                }]
            }
        }]
    });
    if let (Some(obj), Some(extra)) = (v.as_object_mut(), extra.as_object()) {
        for (k, val) in extra {
            obj.insert(k.clone(), val.clone());
        }
    }
    serde_json::from_value(v).expect("test service parses")
}

fn weekly(byday: &str, opens: &str, closes: &str) -> Value {
    json!({"freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes})
}

fn open_now(s: &Service, at: &str) -> Option<bool> {
    ServiceFacts::from_service(s).open_now(ts(at))
}

// ---------------------------------------------------------------------------------------
// Opening hours

#[test]
fn two_periods_a_day_leave_the_lunch_hour_closed() {
    let s = service_with(
        vec![
            weekly("MO,TU,WE,TH,FR", "09:00:00", "12:00:00"),
            weekly("MO,TU,WE,TH,FR", "13:00:00", "17:00:00"),
        ],
        json!({}),
    );
    // Monday 5 October 2026, EDT (UTC-4).
    assert_eq!(open_now(&s, "2026-10-05T13:59:00Z"), Some(true)); // 09:59
    assert_eq!(open_now(&s, "2026-10-05T16:30:00Z"), Some(false)); // 12:30
    assert_eq!(open_now(&s, "2026-10-05T17:00:00Z"), Some(true)); // 13:00
    assert_eq!(open_now(&s, "2026-10-05T21:00:00Z"), Some(false)); // 17:00
    assert_eq!(open_now(&s, "2026-10-04T14:00:00Z"), Some(false)); // Sunday
    let none = service_with(vec![], json!({}));
    assert_eq!(
        open_now(&none, "2026-10-05T14:00:00Z"),
        None,
        "no hours: unknown"
    );
}

#[test]
fn friday_night_hours_run_past_midnight_into_saturday() {
    let s = service_with(vec![weekly("FR", "22:00:00", "02:00:00")], json!({}));
    // Friday 9 October 2026 (EDT).
    assert_eq!(open_now(&s, "2026-10-10T01:59:00Z"), Some(false)); // Fri 21:59
    assert_eq!(open_now(&s, "2026-10-10T02:00:00Z"), Some(true)); // Fri 22:00
    assert_eq!(open_now(&s, "2026-10-10T05:00:00Z"), Some(true)); // Sat 01:00
    assert_eq!(open_now(&s, "2026-10-10T05:59:59Z"), Some(true)); // Sat 01:59:59
    assert_eq!(open_now(&s, "2026-10-10T06:00:00Z"), Some(false)); // Sat 02:00
    assert_eq!(open_now(&s, "2026-10-11T05:00:00Z"), Some(false)); // Sun 01:00
    let f = ServiceFacts::from_service(&s);
    assert_eq!(
        f.open_at_weekly(Weekday::Saturday, time(1, 0, 0, 0)),
        Some(true)
    );
    assert_eq!(
        f.open_at_weekly(Weekday::Friday, time(1, 0, 0, 0)),
        Some(false)
    );
    assert_eq!(
        f.open_at_weekly(Weekday::Friday, time(23, 0, 0, 0)),
        Some(true)
    );
}

#[test]
fn open_now_is_right_on_the_spring_forward_night() {
    // Sunday 8 March 2026: 02:00 EST jumps to 03:00 EDT.
    let s = service_with(vec![weekly("SA", "22:00:00", "02:00:00")], json!({}));
    assert_eq!(open_now(&s, "2026-03-08T03:30:00Z"), Some(true)); // Sat 22:30 EST
    assert_eq!(open_now(&s, "2026-03-08T06:59:00Z"), Some(true)); // Sun 01:59 EST
                                                                  // 02:00 does not exist: the closing moves to 03:00 EDT, which is 07:00Z.
    assert_eq!(open_now(&s, "2026-03-08T07:00:00Z"), Some(false));
    assert_eq!(open_now(&s, "2026-03-08T07:30:00Z"), Some(false)); // 03:30 EDT

    let day = service_with(vec![weekly("SU", "09:00:00", "17:00:00")], json!({}));
    assert_eq!(open_now(&day, "2026-03-08T13:00:00Z"), Some(true)); // 09:00 EDT
    assert_eq!(open_now(&day, "2026-03-08T13:59:00Z"), Some(true));
    assert_eq!(open_now(&day, "2026-03-08T12:59:00Z"), Some(false)); // 08:59 EDT
    assert_eq!(open_now(&day, "2026-03-08T21:00:00Z"), Some(false)); // 17:00 EDT

    // 01:00–03:30 on that night lasts 1.5 real hours (until 03:30 EDT = 07:30Z).
    let gap = service_with(vec![weekly("SU", "01:00:00", "03:30:00")], json!({}));
    assert_eq!(open_now(&gap, "2026-03-08T07:15:00Z"), Some(true)); // 03:15 EDT
    assert_eq!(open_now(&gap, "2026-03-08T07:30:00Z"), Some(false));
}

#[test]
fn open_now_is_right_on_the_fall_back_night() {
    // Sunday 1 November 2026: 02:00 EDT goes back to 01:00 EST; 01:00–02:00 happens twice.
    let s = service_with(vec![weekly("SU", "00:00:00", "01:30:00")], json!({}));
    assert_eq!(open_now(&s, "2026-11-01T05:15:00Z"), Some(true)); // 01:15 EDT
                                                                  // The repeated 01:15 (EST) is after the 01:30 EDT closing.
    assert_eq!(open_now(&s, "2026-11-01T06:15:00Z"), Some(false));
    assert_eq!(open_now(&s, "2026-11-01T05:30:00Z"), Some(false)); // 01:30 EDT

    let day = service_with(vec![weekly("SU", "09:00:00", "17:00:00")], json!({}));
    assert_eq!(open_now(&day, "2026-11-01T14:00:00Z"), Some(true)); // 09:00 EST
    assert_eq!(open_now(&day, "2026-11-01T13:30:00Z"), Some(false)); // 08:30 EST
    assert_eq!(open_now(&day, "2026-11-01T22:00:00Z"), Some(false)); // 17:00 EST

    let night = service_with(vec![weekly("SA", "22:00:00", "02:00:00")], json!({}));
    // Sat 22:00 EDT to Sun 02:00 EST: five real hours.
    assert_eq!(open_now(&night, "2026-11-01T02:00:00Z"), Some(true));
    assert_eq!(open_now(&night, "2026-11-01T06:30:00Z"), Some(true)); // 01:30 EST
    assert_eq!(open_now(&night, "2026-11-01T07:00:00Z"), Some(false)); // 02:00 EST
}

#[test]
fn holidays_and_closure_records_close_a_place_on_their_dates_only() {
    let s = service_with(vec![weekly("MO,TU", "09:00:00", "17:00:00")], json!({}));
    let labor_day = date(2026, 9, 7); // a Monday
    let ctx = FactsContext {
        default_zone: None,
        closures: vec![Closure::on(labor_day).with_reason("Labor Day")],
    };
    let f = ServiceFacts::from_service_in(&s, &ctx);
    assert_eq!(f.open_now(ts("2026-09-07T14:00:00Z")), Some(false));
    assert_eq!(f.open_now(ts("2026-09-08T14:00:00Z")), Some(true));
    assert_eq!(f.open_now(ts("2026-09-14T14:00:00Z")), Some(true));
    assert_eq!(f.open_at_local(labor_day.at(10, 0, 0, 0)), Some(false));
    assert_eq!(
        f.open_at_local(date(2026, 9, 14).at(10, 0, 0, 0)),
        Some(true)
    );
    // Regular hours ignore dates.
    assert_eq!(
        f.open_at_weekly(Weekday::Monday, time(10, 0, 0, 0)),
        Some(true)
    );

    // The same, from an HSDS closure record (no times, a validity period).
    let closed = service_with(
        vec![
            weekly("MO,TU", "09:00:00", "17:00:00"),
            json!({"valid_from": "2026-12-24", "valid_to": "2026-12-31", "description": "Winter break"}),
        ],
        json!({}),
    );
    let f = ServiceFacts::from_service(&closed);
    assert_eq!(f.open_now(ts("2026-12-28T15:00:00Z")), Some(false));
    assert_eq!(f.open_now(ts("2027-01-04T15:00:00Z")), Some(true));

    // Filters use the same answers.
    let terms = HashSet::new();
    let holiday = Filters {
        open: Some(OpenFilter::AtLocal(labor_day.at(10, 0, 0, 0))),
        ..Filters::default()
    };
    let ctx_facts = ServiceFacts::from_service_in(&s, &ctx);
    assert!(holiday
        .check(&ctx_facts, &terms, ts("2026-01-01T00:00:00Z"))
        .is_none());
    let now = Filters {
        open: Some(OpenFilter::Now),
        ..Filters::default()
    };
    let m = now
        .check(&ctx_facts, &terms, ts("2026-09-08T14:00:00Z"))
        .unwrap();
    assert_eq!(m.open_now, Some(true));
    assert!(now
        .check(&ctx_facts, &terms, ts("2026-09-07T14:00:00Z"))
        .is_none());
}

#[test]
fn the_zone_comes_from_the_address_then_the_directory_default() {
    // 09:00–17:00 in Los Angeles (an address in CA) is 16:00–00:00 UTC in October.
    let mut s = service_with(vec![weekly("MO", "09:00:00", "17:00:00")], json!({}));
    let loc = s.service_at_locations[0].location.as_mut().unwrap();
    loc.addresses[0].state_province = puerta_domain::Name::parse("California").unwrap();
    assert_eq!(open_now(&s, "2026-10-05T14:00:00Z"), Some(false)); // 07:00 PDT
    assert_eq!(open_now(&s, "2026-10-05T23:00:00Z"), Some(true)); // 16:00 PDT

    // No address: the directory's zone.
    let mut bare = service_with(vec![weekly("MO", "09:00:00", "17:00:00")], json!({}));
    bare.service_at_locations[0]
        .location
        .as_mut()
        .unwrap()
        .addresses
        .clear();
    let ctx = FactsContext {
        default_zone: Some(TimeZone::get("America/Chicago").unwrap()),
        closures: vec![],
    };
    let f = ServiceFacts::from_service_in(&bare, &ctx);
    assert_eq!(f.open_now(ts("2026-10-05T14:30:00Z")), Some(true)); // 09:30 CDT
    assert_eq!(f.open_now(ts("2026-10-05T13:30:00Z")), Some(false)); // 08:30 CDT
    assert_eq!(facts::us_zone_name("fl "), Some("America/New_York"));
    assert_eq!(facts::us_zone_name("PR"), Some("America/Puerto_Rico"));
    assert_eq!(facts::us_zone_name("Ontario"), None);
}

// ---------------------------------------------------------------------------------------
// The demo directory

#[test]
fn demo_services_have_the_facts_their_pages_promise() {
    let all = demo();
    let f = |name: &str| ServiceFacts::from_service(by_name(&all, name));

    let pantry = f("Weekly Choice Food Pantry");
    assert_eq!(pantry.free(), Some(true));
    assert_eq!(pantry.walk_in(), Some(true));
    assert_eq!(pantry.no_id_required(), Some(true));
    assert_eq!(pantry.no_ssn_required(), Some(true));
    assert_eq!(pantry.accessible(), Some(true));

    // Sliding scale is not free; a free option next to a fee is not free.
    assert_eq!(
        f("Family Petitions and Green Card Applications").free(),
        Some(false)
    );
    assert_eq!(
        f("Primary Care for Adults and Children").free(),
        Some(false)
    );
    assert_eq!(
        f("Deportation Defense (Removal Defense) Representation").free(),
        Some(false)
    );
    assert_eq!(f("Sycamore Falls City ID").free(), Some(false));
    assert_eq!(f("Free Financial Coaching").free(), Some(true));
    // A free program whose fees are paid by a grant.
    assert_eq!(
        f("Health Careers Bridge for Internationally Trained Professionals").free(),
        Some(true)
    );

    // Documents: photo ID asked means not "no ID", whatever else is said.
    let loans = f("Small Business Microloans");
    assert_eq!(loans.no_id_required(), Some(false));
    // "Social Security number or ITIN": an SSN is not required, but nobody says so either.
    assert_eq!(loans.no_ssn_required(), None);
    assert_eq!(f("Sycamore Falls City ID").no_id_required(), Some(false));
    assert_eq!(f("Sycamore Falls City ID").no_ssn_required(), Some(true));
    assert_eq!(
        f("Free Tax Preparation (VITA)").no_id_required(),
        Some(false)
    );
    // No documents listed is not "no ID required".
    assert_eq!(f("Newcomer Case Management").no_id_required(), None);

    // Walk-in.
    assert_eq!(f("Evening Free Clinic").walk_in(), Some(true));
    assert_eq!(f("Free Financial Coaching").walk_in(), None);
    assert_eq!(
        f("Saturday Immigration Legal Screening Clinic").walk_in(),
        Some(true)
    );

    // Places, zone, languages, verification.
    let consult = f("Free Immigration Legal Consultations");
    assert_eq!(consult.points(), &[(39.76012, -84.19751)]);
    assert!(consult.speaks("es") && consult.speaks("ES-mx") && consult.speaks("mam"));
    assert!(!consult.speaks("zh"));
    assert_eq!(consult.verified(), Some(date(2026, 9, 14)));
    // Monday 5 October 2026, 10:00 EDT (Ohio): open; 12:30: lunch.
    assert_eq!(consult.open_now(ts("2026-10-05T14:00:00Z")), Some(true));
    assert_eq!(consult.open_now(ts("2026-10-05T16:30:00Z")), Some(false));
    assert!(!consult.term_ids().is_empty());

    // Every demo service yields facts; most have hours and places.
    let facts: Vec<ServiceFacts> = all.iter().map(ServiceFacts::from_service).collect();
    assert_eq!(facts.len(), 58);
    assert!(facts.iter().filter(|f| f.has_hours()).count() > 40);
    assert!(facts.iter().filter(|f| !f.points().is_empty()).count() > 40);
}

#[test]
fn demo_filters_combine() {
    let all = demo();
    let facts: Vec<ServiceFacts> = all.iter().map(ServiceFacts::from_service).collect();
    let none = HashSet::new();
    let now = ts("2026-10-05T14:00:00Z"); // Monday 10:00 EDT
    let names = |f: &Filters, terms: &HashSet<Uuid>| -> Vec<String> {
        all.iter()
            .zip(&facts)
            .filter(|(_, fa)| f.check(fa, terms, now).is_some())
            .map(|(s, _)| s.name.as_str().to_owned())
            .collect()
    };
    assert_eq!(names(&Filters::default(), &none).len(), 58);
    assert!(Filters::default().is_empty());

    let free_walk_in_no_id = Filters {
        free: true,
        walk_in: true,
        no_id_required: true,
        ..Filters::default()
    };
    assert!(!free_walk_in_no_id.is_empty());
    let got = names(&free_walk_in_no_id, &none);
    assert!(
        got.contains(&"Weekly Choice Food Pantry".to_owned()),
        "{got:?}"
    );
    assert!(got.contains(&"Evening Free Clinic".to_owned()), "{got:?}");
    for n in &got {
        let s = by_name(&all, n);
        assert!(
            !s.required_documents.iter().any(|d| d
                .document
                .as_deref()
                .unwrap_or("")
                .contains("Photo ID")),
            "{n}"
        );
    }

    // Haitian Creole speakers near downtown (45402), within 5 km.
    let zips = ZipCentroids::shipped().unwrap();
    let (lat, lon) = zips.lookup("45402").unwrap();
    let near = Filters {
        languages: vec!["HT".into()],
        near: Some(Near {
            lat,
            lon,
            radius_m: Some(5_000.0),
        }),
        ..Filters::default()
    };
    let mut hits = 0;
    for (s, fa) in all.iter().zip(&facts) {
        if let Some(m) = near.check(fa, &none, now) {
            hits += 1;
            assert!(m.distance_m.unwrap() <= 5_000.0, "{}", s.name.as_str());
            assert!(fa.speaks("ht"));
        }
    }
    assert!(hits > 0);
    // Far away (Miami): nothing within 5 km, but without a radius all with places match,
    // with their distance.
    let miami = zips.lookup("33125").unwrap();
    let far = Filters {
        near: Some(Near {
            lat: miami.0,
            lon: miami.1,
            radius_m: Some(5_000.0),
        }),
        ..Filters::default()
    };
    assert!(names(&far, &none).is_empty());
    let sort_only = Filters {
        near: Some(Near {
            lat: miami.0,
            lon: miami.1,
            radius_m: None,
        }),
        ..Filters::default()
    };
    let m = sort_only
        .check(&facts[0], &none, now)
        .expect("no radius: no exclusion");
    assert!(m.distance_m.unwrap() > 1_000_000.0);

    // Open now at Monday 10:00 excludes the Saturday clinic; At Saturday 10:00 includes it.
    let open = Filters {
        open: Some(OpenFilter::Now),
        ..Filters::default()
    };
    let open_names = names(&open, &none);
    assert!(open_names.contains(&"Free Immigration Legal Consultations".to_owned()));
    assert!(!open_names.contains(&"Saturday Immigration Legal Screening Clinic".to_owned()));
    assert!(open_names.contains(&"24-Hour Domestic Violence Helpline".to_owned()));
    let saturday = Filters {
        open: Some(OpenFilter::At {
            weekday: Weekday::Saturday,
            time: time(10, 0, 0, 0),
        }),
        ..Filters::default()
    };
    assert!(names(&saturday, &none).contains(&"Saturday ESL Classes".to_owned()));
}

// ---------------------------------------------------------------------------------------
// Taxonomy

fn term(n: u128, parent: Option<u128>) -> TaxonomyTerm {
    serde_json::from_value(json!({
        "id": id(n), "name": format!("t{n}"), "description": "d",
        "parent_id": parent.map(id)
    }))
    .unwrap()
}

#[test]
fn a_term_filter_matches_services_under_any_narrower_term() {
    // 10 > 11 > 12, 10 > 13; 20 alone; 30 <-> 31 a cycle.
    let tree = TermTree::from_terms(&[
        term(10, None),
        term(11, Some(10)),
        term(12, Some(11)),
        term(13, Some(10)),
        term(20, None),
        term(30, Some(31)),
        term(31, Some(30)),
    ]);
    let e = tree.expand(&[id(10)]);
    assert_eq!(e, [10, 11, 12, 13].map(id).into_iter().collect());
    assert_eq!(
        tree.expand(&[id(30)]),
        [30, 31].map(id).into_iter().collect()
    );
    assert_eq!(tree.ancestors(id(12)), vec![id(11), id(10)]);
    assert_eq!(tree.ancestors(id(30)), vec![id(31)]);
    assert!(tree.ancestors(id(99)).is_empty());

    let classified = |t: u128| {
        service_with(
            vec![],
            json!({"attributes": [{"id": id(500 + t), "link_type": "taxonomy", "taxonomy_term_id": id(t)}]}),
        )
    };
    let f = Filters {
        taxonomy_term_ids: vec![id(10)],
        ..Filters::default()
    };
    let now = ts("2026-01-01T00:00:00Z");
    let m = f
        .check(&ServiceFacts::from_service(&classified(12)), &e, now)
        .expect("a grandchild term matches");
    assert_eq!(m.matched_taxonomy_terms, vec![id(12)]);
    assert!(f
        .check(&ServiceFacts::from_service(&classified(20)), &e, now)
        .is_none());
    assert!(f
        .check(
            &ServiceFacts::from_service(&service_with(vec![], json!({}))),
            &e,
            now
        )
        .is_none());
}

#[test]
fn language_filters_ignore_case_and_subtags() {
    let s = service_with(
        vec![],
        json!({"languages": [
            {"id": id(60), "code": "es-MX"},
            {"id": id(61), "code": "zh-Hant"},
            {"id": id(62), "name": "Haitian Creole"}
        ]}),
    );
    let f = ServiceFacts::from_service(&s);
    let langs = |l: &[&str]| Filters {
        languages: l.iter().map(|s| s.to_string()).collect(),
        ..Filters::default()
    };
    let check = |l: &[&str]| {
        langs(l)
            .check(&f, &HashSet::new(), ts("2026-01-01T00:00:00Z"))
            .is_some()
    };
    assert!(check(&["es"]));
    assert!(check(&["ES"]));
    assert!(check(&["spa"]));
    assert!(check(&["zh"]));
    assert!(check(&["zh-Hans"]));
    assert!(check(&["ht"]), "a language given by name only");
    assert!(check(&["fr", "es"]), "any one matches");
    assert!(!check(&["fr"]));
    assert!(!check(&["not a code"]));
}

#[test]
fn services_without_coordinates_never_match_a_radius() {
    let mut s = service_with(vec![], json!({}));
    let l = s.service_at_locations[0].location.as_mut().unwrap();
    l.latitude = None;
    l.longitude = None;
    let f = ServiceFacts::from_service(&s);
    assert_eq!(f.nearest_m(39.76, -84.19), None);
    let near = |radius_m| Filters {
        near: Some(Near {
            lat: 39.76,
            lon: -84.19,
            radius_m,
        }),
        ..Filters::default()
    };
    let now = ts("2026-01-01T00:00:00Z");
    assert!(near(Some(1e9)).check(&f, &HashSet::new(), now).is_none());
    let m = near(None).check(&f, &HashSet::new(), now).unwrap();
    assert_eq!(m.distance_m, None);
}

// ---------------------------------------------------------------------------------------
// Text rules, on real wording (Miami Open211 export, 2019) and on negatives

#[test]
fn free_means_no_money_asked() {
    use facts::{cost_option_is_free, fee_text_is_free};
    for free in [
        "Free",
        "No cost",
        "None",
        "There is no fee",
        "Free of charge",
        "Free: tuition, exam fees and evaluation fees are paid by a workforce grant.",
    ] {
        assert_eq!(fee_text_is_free(free), Some(true), "{free}");
    }
    for paid in [
        "Sliding scale",
        "Sliding-scale fee based on household income",
        "$25 per visit",
        "Free for households under 200% of poverty. Others pay a reduced flat fee.",
        "Puentes' help is free. The government filing fee is paid to USCIS.",
        "No application fee. Loans carry interest and a 2% closing fee.",
        "Medicaid, Medicare and most private insurance accepted",
        "Low cost",
        // Miami: application process wording.
        "Must register at any of the locations and pay the registration fee",
    ] {
        assert_eq!(fee_text_is_free(paid), Some(false), "{paid}");
    }
    assert_eq!(fee_text_is_free("Call for details"), None);
    assert_eq!(cost_option_is_free("Free", Some(0.0)), Some(true));
    assert_eq!(cost_option_is_free("", Some(0.0)), Some(true));
    assert_eq!(cost_option_is_free("Sliding scale", Some(0.0)), Some(false));
    assert_eq!(cost_option_is_free("Adult card", Some(10.0)), Some(false));
    assert_eq!(cost_option_is_free("Suggested donation", Some(2.0)), None);
    assert_eq!(cost_option_is_free("Insurance accepted", None), Some(false));

    // In descriptions only unmistakable phrases count (Miami wording).
    let described = |d: &str| facts::is_free(&service_with(vec![], json!({"description": d})));
    assert_eq!(
        described("All services are free and confidential."),
        Some(true)
    );
    assert_eq!(
        described("WIC provides the following at no cost: healthy foods"),
        Some(true)
    );
    assert_eq!(
        described("Community safety, health education, supervised free play."),
        None
    );
    assert_eq!(described("Parking is free."), None);
    assert_eq!(
        described("Camp weekly fee includes all field trips."),
        Some(false)
    );
    assert_eq!(
        described("Free tax help for people who earn approximately $54,000 or less"),
        None
    );
}

#[test]
fn walk_in_needs_words_that_say_so_and_yields_to_any_refusal() {
    use facts::walk_in_text;
    for yes in [
        "Walk-in, no appointment required", // Miami
        "Walk-ins welcome, appointment recommended",
        "Can call or walk in to the center",
        "Food boxes: none, walk in basis",
        "Walk-in on Thursday afternoons, or call for an appointment.",
        "No appointment needed.",
        "Drop-in hours every Tuesday",
    ] {
        assert_eq!(walk_in_text(yes), Some(true), "{yes}");
    }
    for no in [
        "Walk-ins not accepted.",
        "Walk-ins are not accepted; call first.",
        "No walk-ins.",
        "We do not accept walk-ins.",
        "Appointment required.",
        "By appointment only.",
        "Must call to make an appointment", // Miami
        "Intake by appointment only",       // Miami
        "Walk-in clinic on Mondays. Other services: appointment required.",
    ] {
        assert_eq!(walk_in_text(no), Some(false), "{no}");
    }
    for unknown in [
        "Call for information.",
        "The pantry has a walk-in freezer.",
        "A navigator walks you through the forms.",
    ] {
        assert_eq!(walk_in_text(unknown), None, "{unknown}");
    }
}

#[test]
fn no_id_and_no_ssn_need_explicit_words_and_yield_to_any_demand() {
    use facts::{id_text, ssn_text};
    for yes in [
        "No ID required",
        "No identification required",
        "ID is not required",
        "You do not need ID to get food.",
        "No ID, proof of income or registration is needed.",
    ] {
        assert_eq!(id_text(yes, true), Some(true), "{yes}");
    }
    for no in [
        "Bring photo ID",
        "Must bring a picture ID, proof of income", // Miami
        "WIC requires identification, residency in Florida", // Miami
        "Copy of applicants' ID (driver's license, FL ID, or voter registration card)", // Miami
        "Proof of identity with a photo",
        "Your green card (front and back)",
    ] {
        assert_eq!(id_text(no, true), Some(false), "{no}");
    }
    assert_eq!(
        id_text(
            "Passport or other identity documents, if you have them",
            true
        ),
        None
    );
    assert_eq!(
        id_text("The City ID is a photo card for all residents.", false),
        None
    );
    assert_eq!(
        id_text(
            "An individual taxpayer identification number (ITIN) letter",
            true
        ),
        None
    );

    for yes in [
        "No Social Security number required",
        "SSN not required",
        "You do not need a social security number.",
        "Without a Social Security number",
    ] {
        assert_eq!(ssn_text(yes, true), Some(true), "{yes}");
    }
    for no in [
        "Copy of social security cards for all household members", // Miami
        "Must bring original social security card",                // Miami
        "Social Security numbers only for household members who are applying",
        "Social Security number required",
    ] {
        assert_eq!(ssn_text(no, true), Some(false), "{no}");
    }
    assert_eq!(
        ssn_text("ITIN letter or Social Security number", true),
        None
    );
    assert_eq!(
        ssn_text("Issues new or duplicate social security cards.", false),
        None,
        "a description that mentions cards asks for nothing"
    );

    // An attribute saying "no ID" does not outweigh a listed photo ID.
    let s = service_with(
        vec![],
        json!({
            "attributes": [{"id": id(70), "link_type": "requirement", "value": "no_id_required"}],
            "required_documents": [{"id": id(71), "document": "Photo ID"}]
        }),
    );
    assert_eq!(ServiceFacts::from_service(&s).no_id_required(), Some(false));
    let s = service_with(
        vec![],
        json!({"attributes": [{"id": id(70), "link_type": "requirement", "value": "No-ID-Required"}]}),
    );
    assert_eq!(ServiceFacts::from_service(&s).no_id_required(), Some(true));
}

#[test]
fn accessibility_comes_from_records_and_codes() {
    use facts::accessibility_text;
    for yes in [
        "Handicap accessible", // Miami
        "Step-free entrance and accessible restroom.",
        "Ramp at the side door and an elevator to the lower level.",
        "Single-level building with an automatic door.",
    ] {
        assert_eq!(accessibility_text(yes), Some(true), "{yes}");
    }
    for no in [
        "Not wheelchair accessible",
        "Second floor, stairs only.",
        "No elevator; the office is up a flight of stairs.",
        "The building is not accessible.",
    ] {
        assert_eq!(accessibility_text(no), Some(false), "{no}");
    }
    assert_eq!(accessibility_text("Parking in the back."), None);

    let with_record = |text: &str| {
        let mut s = service_with(vec![], json!({}));
        let l = s.service_at_locations[0].location.as_mut().unwrap();
        l.accessibility =
            vec![serde_json::from_value(json!({"id": id(80), "description": text})).unwrap()];
        ServiceFacts::from_service(&s).accessible()
    };
    assert_eq!(with_record("Handicap accessible"), Some(true));
    assert_eq!(with_record("Stairs only"), Some(false));
    assert_eq!(
        ServiceFacts::from_service(&service_with(vec![], json!({}))).accessible(),
        None
    );
}
