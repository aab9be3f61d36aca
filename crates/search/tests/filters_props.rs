//! Properties of the open filters: the fast "open now" of [`ServiceFacts`] must agree with
//! the schedule engine (`OpeningHours::status_at`) at every instant, DST nights included,
//! and nothing is open at a local time on a closed date.

use jiff::civil::{date, Date};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use puerta_domain::schedule::{Closure, OpeningHours};
use puerta_domain::Service;
use puerta_search::facts::{FactsContext, ServiceFacts};
use serde_json::json;
use uuid::Uuid;

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// (weekday mask, opens minute, closes minute) per record.
fn service(records: &[(u8, u16, u16)]) -> Service {
    let schedules: Vec<_> = records
        .iter()
        .enumerate()
        .map(|(i, &(mask, opens, closes))| {
            let byday: Vec<&str> = (0..7)
                .filter(|d| mask & (1 << d) != 0)
                .map(|d| DAYS[d])
                .collect();
            let clock = |m: u16| format!("{:02}:{:02}:00", m / 60, m % 60);
            json!({
                "id": Uuid::from_u128(100 + i as u128),
                "freq": "WEEKLY",
                "byday": byday.join(","),
                "opens_at": clock(opens),
                "closes_at": clock(closes),
            })
        })
        .collect();
    serde_json::from_value(json!({
        "id": Uuid::from_u128(1),
        "name": "Prop service",
        "status": "active",
        "schedules": schedules,
    }))
    .unwrap()
}

fn records() -> impl Strategy<Value = Vec<(u8, u16, u16)>> {
    // Minutes on a 5-minute grid, so that DST-hour edges are often hit exactly.
    prop::collection::vec((1u8..128, 0u16..288, 0u16..288), 1..4).prop_map(|v| {
        v.into_iter()
            .map(|(mask, o, c)| (mask, o * 5, c * 5))
            .collect()
    })
}

/// Instants in 2026, half of them within a day of a New York DST change.
fn instant() -> impl Strategy<Value = Timestamp> {
    let spring: Timestamp = "2026-03-08T07:00:00Z".parse().unwrap();
    let fall: Timestamp = "2026-11-01T06:00:00Z".parse().unwrap();
    let year: Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
    prop_oneof![
        (-36 * 60i64..36 * 60).prop_map(move |m| spring + SignedDuration::from_mins(m)),
        (-36 * 60i64..36 * 60).prop_map(move |m| fall + SignedDuration::from_mins(m)),
        (0i64..365 * 24 * 60).prop_map(move |m| year + SignedDuration::from_mins(m)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn open_now_agrees_with_the_schedule_engine(
        recs in records(),
        at in instant(),
        zone in prop::sample::select(vec!["America/New_York", "America/Los_Angeles", "UTC"]),
        holiday in prop::option::of(0i32..365),
    ) {
        let tz = TimeZone::get(zone).unwrap();
        let s = service(&recs);
        let closures: Vec<Closure> = holiday
            .map(|d| Closure::on(date(2026, 1, 1).checked_add(jiff::Span::new().days(d)).unwrap()))
            .into_iter()
            .collect();
        let ctx = FactsContext { default_zone: Some(tz.clone()), closures: closures.clone() };
        let facts = ServiceFacts::from_service_in(&s, &ctx);
        let engine = OpeningHours::new(&s.schedules, Some(tz), &closures);
        let expected = engine.status_at(at).is_open();
        prop_assert_eq!(facts.open_now(at), Some(expected), "at {} {:?}", at, recs);
    }

    #[test]
    fn nothing_is_open_at_a_local_time_on_a_closed_date(
        recs in records(),
        day in 0i32..365,
        minute in 0i32..(24 * 60),
    ) {
        let closed: Date = date(2026, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap();
        // Closed that day and the two before, so that no overnight hours reach into it.
        let from = closed.checked_sub(jiff::Span::new().days(2)).unwrap();
        let ctx = FactsContext {
            default_zone: Some(TimeZone::get("America/New_York").unwrap()),
            closures: vec![Closure::between(from, closed)],
        };
        let facts = ServiceFacts::from_service_in(&service(&recs), &ctx);
        let when = closed.at((minute / 60) as i8, (minute % 60) as i8, 0, 0);
        prop_assert_eq!(facts.open_at_local(when), Some(false));
        let at = when.to_zoned(TimeZone::get("America/New_York").unwrap()).unwrap().timestamp();
        prop_assert_eq!(facts.open_now(at), Some(false));
    }
}
