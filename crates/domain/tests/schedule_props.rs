//! Properties of opening hours, checked against a direct re-computation of the periods
//! ("oracle") for random weekly schedules, zones with DST, and instants around the changes.

use jiff::civil::{date, Date, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use puerta_domain::schedule::{Closure, OpeningHours, Status};
use puerta_domain::{ClockTime, Frequency, Schedule, Weekday};
use uuid::Uuid;

/// Weekly hours: a Monday-first weekday set and opening/closing time (hour, minute).
#[derive(Debug, Clone, Copy)]
struct Entry {
    days: u8,
    opens: (i8, i8),
    closes: (i8, i8),
}

fn entry() -> impl Strategy<Value = Entry> {
    let minute = || prop::sample::select(vec![0i8, 15, 30, 45]);
    (
        1u8..128,
        (0i8..24, minute()),
        prop_oneof![
            8 => (0i8..24, minute()),
            1 => Just((23i8, 59i8)),
            1 => Just((0i8, 0i8)),
        ],
    )
        .prop_map(|(days, opens, closes)| Entry {
            days,
            opens,
            closes,
        })
}

const ZONES: [&str; 4] = [
    "America/New_York",
    "America/Los_Angeles",
    "Europe/London",
    "UTC",
];

fn schedule(e: &Entry) -> Schedule {
    let mut s = Schedule::new(Uuid::new_v4());
    s.freq = Some(Frequency::Weekly);
    let codes: Vec<&str> = (0..7)
        .filter(|i| e.days & (1 << i) != 0)
        .map(|i| Weekday::ALL[i].code())
        .collect();
    s.byday = Some(codes.join(","));
    s.opens_at = Some(ClockTime::new(e.opens.0, e.opens.1).unwrap());
    s.closes_at = Some(ClockTime::new(e.closes.0, e.closes.1).unwrap());
    s
}

fn build(entries: &[Entry], tz: &TimeZone) -> OpeningHours {
    let schedules: Vec<Schedule> = entries.iter().map(schedule).collect();
    OpeningHours::new(&schedules, Some(tz.clone()), &[])
}

fn t(h: i8, m: i8) -> Time {
    Time::new(h, m, 0, 0).unwrap()
}

/// All periods opening on dates `from..=to`, computed directly from the entries.
fn oracle_periods(
    entries: &[Entry],
    tz: &TimeZone,
    from: Date,
    to: Date,
) -> Vec<(Timestamp, Timestamp)> {
    let mut out = Vec::new();
    let mut d = from;
    while d <= to {
        let wd = d.weekday().to_monday_zero_offset();
        for e in entries.iter().filter(|e| e.days & (1 << wd) != 0) {
            let (close, next_day) = if e.closes == (23, 59) {
                (Time::midnight(), true)
            } else {
                (t(e.closes.0, e.closes.1), e.closes <= e.opens)
            };
            let start = tz
                .to_timestamp(d.to_datetime(t(e.opens.0, e.opens.1)))
                .unwrap();
            let end_day = if next_day { d.tomorrow().unwrap() } else { d };
            let end = tz.to_timestamp(end_day.to_datetime(close)).unwrap();
            if start < end {
                out.push((start, end));
            }
        }
        d = d.tomorrow().unwrap();
    }
    out
}

fn local_date(tz: &TimeZone, at: Timestamp) -> Date {
    tz.to_datetime(at).date()
}

fn days(n: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * n)
}

fn periods_around(
    entries: &[Entry],
    tz: &TimeZone,
    a: Timestamp,
    b: Timestamp,
) -> Vec<(Timestamp, Timestamp)> {
    let from = local_date(tz, a)
        .checked_sub(jiff::Span::new().days(2))
        .unwrap();
    let to = local_date(tz, b).tomorrow().unwrap();
    oracle_periods(entries, tz, from, to)
}

fn oracle_open(entries: &[Entry], tz: &TimeZone, at: Timestamp) -> bool {
    periods_around(entries, tz, at, at)
        .iter()
        .any(|&(s, e)| s <= at && at < e)
}

/// The end of the continuous coverage that starts at `at` (== `at` if not covered).
fn covered_until(periods: &[(Timestamp, Timestamp)], at: Timestamp) -> Timestamp {
    let mut cur = at;
    while let Some(e) = periods
        .iter()
        .filter(|&&(s, e)| s <= cur && cur < e)
        .map(|&(_, e)| e)
        .max()
    {
        cur = e;
    }
    cur
}

/// Instants in 2026, half of them within two days of a DST change of one of the zones, and
/// some exactly on a quarter hour of local time (where periods begin and end).
#[derive(Debug, Clone, Copy)]
enum When {
    Instant(Timestamp),
    Local(Date, i8, i8),
}

fn when() -> impl Strategy<Value = When> {
    let year_start = date(2026, 1, 1)
        .to_zoned(TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second();
    let changes: Vec<i64> = [
        "2026-03-08T07:00:00Z",
        "2026-11-01T06:00:00Z",
        "2026-03-08T10:00:00Z",
        "2026-11-01T09:00:00Z",
        "2026-03-29T01:00:00Z",
        "2026-10-25T01:00:00Z",
    ]
    .iter()
    .map(|s| s.parse::<Timestamp>().unwrap().as_second())
    .collect();
    prop_oneof![
        (0i64..365 * 86_400)
            .prop_map(move |s| When::Instant(Timestamp::from_second(year_start + s).unwrap())),
        (prop::sample::select(changes), -2 * 86_400i64..2 * 86_400)
            .prop_map(|(c, d)| When::Instant(Timestamp::from_second(c + d).unwrap())),
        (
            prop::sample::select(vec![
                date(2026, 3, 7),
                date(2026, 3, 8),
                date(2026, 3, 28),
                date(2026, 3, 29),
                date(2026, 10, 25),
                date(2026, 10, 31),
                date(2026, 11, 1),
                date(2026, 6, 15),
            ]),
            0i8..24,
            prop::sample::select(vec![0i8, 15, 30, 45]),
        )
            .prop_map(|(d, h, m)| When::Local(d, h, m)),
    ]
}

fn instant(w: When, tz: &TimeZone) -> Timestamp {
    match w {
        When::Instant(ts) => ts,
        When::Local(d, h, m) => tz.to_timestamp(d.at(h, m, 0, 0)).unwrap(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn status_agrees_with_the_periods(
        entries in prop::collection::vec(entry(), 0..4),
        zone in prop::sample::select(ZONES.to_vec()),
        w in when(),
    ) {
        let tz = TimeZone::get(zone).unwrap();
        let at = instant(w, &tz);
        let h = build(&entries, &tz);
        let status = h.status_at(at);
        prop_assert_eq!(status.is_open(), oracle_open(&entries, &tz, at), "{:?}", status);
        match status {
            Status::Unknown => prop_assert!(entries.is_empty()),
            Status::Open { closes_at: Some(c) } => {
                let c = c.timestamp();
                prop_assert!(c > at);
                // Open without a break from `at` to `c`, and closed at `c`.
                let periods = periods_around(&entries, &tz, at, c);
                prop_assert_eq!(covered_until(&periods, at), c);
                prop_assert!(!h.status_at(c).is_open());
            }
            Status::Open { closes_at: None } => {
                let horizon = at.checked_add(days(10)).unwrap();
                let periods = periods_around(&entries, &tz, at, horizon);
                prop_assert!(covered_until(&periods, at) >= at.checked_add(days(8)).unwrap());
            }
            Status::Closed { opens_at } => {
                // Weekly hours always open again within a week.
                let o = opens_at.expect("a next opening").timestamp();
                prop_assert!(o > at);
                prop_assert!(h.status_at(o).is_open());
                prop_assert!(oracle_open(&entries, &tz, o));
                let periods = periods_around(&entries, &tz, at, o);
                let first_start = periods.iter().map(|p| p.0).filter(|s| *s > at).min();
                prop_assert_eq!(first_start, Some(o));
                let next = h.next_openings(at, 1);
                prop_assert_eq!(next[0].opens_at.timestamp(), o);
            }
        }
    }

    #[test]
    fn closures_cancel_exactly_the_periods_opening_on_them(
        entries in prop::collection::vec(entry(), 1..4),
        zone in prop::sample::select(ZONES.to_vec()),
        w in when(),
        offsets in prop::collection::vec(-1i64..4, 0..4),
    ) {
        let tz = TimeZone::get(zone).unwrap();
        let at = instant(w, &tz);
        let today = local_date(&tz, at);
        let closed: Vec<Date> = offsets
            .iter()
            .map(|o| today.checked_add(jiff::Span::new().days(*o)).unwrap())
            .collect();
        let closures: Vec<Closure> = closed.iter().map(|d| Closure::on(*d)).collect();
        let schedules: Vec<Schedule> = entries.iter().map(schedule).collect();
        let h = OpeningHours::new(&schedules, Some(tz.clone()), &closures);
        let from = today.checked_sub(jiff::Span::new().days(2)).unwrap();
        let to = today.checked_add(jiff::Span::new().days(12)).unwrap();
        let periods: Vec<(Timestamp, Timestamp)> = {
            let mut out = Vec::new();
            let mut d = from;
            while d <= to {
                if !closed.contains(&d) {
                    out.extend(oracle_periods(&entries, &tz, d, d));
                }
                d = d.tomorrow().unwrap();
            }
            out
        };
        let open = periods.iter().any(|&(s, e)| s <= at && at < e);
        let status = h.status_at(at);
        prop_assert_eq!(status.is_open(), open, "{:?}", status);
        match status {
            Status::Open { closes_at: Some(c) } => prop_assert_eq!(covered_until(&periods, at), c.timestamp()),
            Status::Closed { opens_at: Some(o) } => {
                let first = periods.iter().map(|p| p.0).filter(|s| *s > at).min();
                prop_assert_eq!(first, Some(o.timestamp()));
            }
            other => prop_assert!(matches!(other, Status::Open { closes_at: None }), "{:?}", other),
        }
    }

    #[test]
    fn answers_do_not_depend_on_the_order_of_the_records(
        (entries, shuffled) in prop::collection::vec(entry(), 1..5)
            .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle())),
        zone in prop::sample::select(ZONES.to_vec()),
        w in when(),
    ) {
        let tz = TimeZone::get(zone).unwrap();
        let at = instant(w, &tz);
        let (a, b) = (build(&entries, &tz), build(&shuffled, &tz));
        prop_assert_eq!(a.status_at(at), b.status_at(at));
        prop_assert_eq!(a.next_openings(at, 3), b.next_openings(at, 3));
        prop_assert_eq!(a.lines(), b.lines());
        let d = local_date(&tz, at);
        prop_assert_eq!(a.regular_week(d), b.regular_week(d));
        prop_assert_eq!(a.hours_on(d), b.hours_on(d));
    }

    #[test]
    fn next_openings_are_separate_and_ordered(
        entries in prop::collection::vec(entry(), 1..4),
        zone in prop::sample::select(ZONES.to_vec()),
        w in when(),
    ) {
        let tz = TimeZone::get(zone).unwrap();
        let at = instant(w, &tz);
        let h = build(&entries, &tz);
        let mut after = at;
        for o in h.next_openings(at, 4) {
            let start = o.opens_at.timestamp();
            prop_assert!(start > after);
            // Closed just before each opening, open at it.
            prop_assert!(!oracle_open(&entries, &tz, start.checked_sub(SignedDuration::from_nanos(1)).unwrap()));
            prop_assert!(oracle_open(&entries, &tz, start));
            match o.closes_at {
                Some(c) => {
                    prop_assert!(c.timestamp() > start);
                    after = c.timestamp();
                }
                None => break,
            }
        }
    }

    #[test]
    fn the_weekly_filter_matches_the_civil_hours(
        entries in prop::collection::vec(entry(), 0..4),
        day in 0usize..7,
        (hour, minute) in (0i8..24, 0i8..60),
    ) {
        let h = build(&entries, &TimeZone::UTC);
        let x = t(hour, minute);
        let prev = (day + 6) % 7;
        let expected = entries.iter().any(|e| {
            let (o, c) = (t(e.opens.0, e.opens.1), t(e.closes.0, e.closes.1));
            let (c, overnight) = if e.closes == (23, 59) { (Time::midnight(), true) } else { (c, c <= o) };
            let today = e.days & (1 << day) != 0 && o <= x && (overnight || x < c);
            let from_yesterday = e.days & (1 << prev) != 0 && overnight && x < c;
            today || from_yesterday
        });
        prop_assert_eq!(h.is_open_at(Weekday::ALL[day], x), expected);
    }

    #[test]
    fn ordinal_weekdays_match_the_calendar(
        nth in prop_oneof![1i8..=5, -5i8..=-1],
        day in 0usize..7,
        offset in 0i32..800,
    ) {
        let wd = Weekday::ALL[day];
        let mut s = schedule(&Entry { days: 1, opens: (10, 0), closes: (12, 0) });
        s.freq = Some(Frequency::Monthly);
        s.byday = Some(format!("{nth}{}", wd.code()));
        let h = OpeningHours::new([&s], Some(TimeZone::UTC), &[]);
        let d = date(2025, 11, 1).checked_add(jiff::Span::new().days(offset)).unwrap();
        let expected = d.nth_weekday_of_month(nth, wd.to_jiff()).is_ok_and(|x| x == d);
        prop_assert_eq!(!h.hours_on(d).hours.is_empty(), expected);
    }

    #[test]
    fn every_nth_week_repeats_from_the_week_of_dtstart(
        mask in 1u8..128,
        interval in 1u32..5,
        start_offset in 0i32..60,
        wkst in 0usize..7,
    ) {
        let dtstart = date(2026, 1, 1).checked_add(jiff::Span::new().days(start_offset)).unwrap();
        let mut s = schedule(&Entry { days: mask, opens: (10, 0), closes: (12, 0) });
        s.interval = Some(interval);
        s.dtstart = Some(dtstart);
        s.wkst = Some(Weekday::ALL[wkst]);
        let h = OpeningHours::new([&s], Some(TimeZone::UTC), &[]);
        // Generate the RFC 5545 set: weeks (starting on wkst) 0, n, 2n… from dtstart's week.
        let back = (dtstart.weekday().to_monday_zero_offset() as i64 - wkst as i64).rem_euclid(7);
        let first_week = dtstart.checked_sub(jiff::Span::new().days(back)).unwrap();
        let mut expected = Vec::new();
        for k in 0..30i64 {
            for i in 0..7i64 {
                let d = first_week.checked_add(jiff::Span::new().days(7 * interval as i64 * k + i)).unwrap();
                if d >= dtstart && mask & (1 << d.weekday().to_monday_zero_offset()) != 0 {
                    expected.push(d);
                }
            }
        }
        expected.truncate(12);
        let got: Vec<Date> = h
            .next_openings(date(2025, 12, 1).to_zoned(TimeZone::UTC).unwrap().timestamp(), 12)
            .iter()
            .map(|o| o.opens_at.date())
            .collect();
        prop_assert_eq!(got, expected);
    }
}
