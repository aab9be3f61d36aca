//! Opening hours, example by example: weekday hours, split days, overnight and all-day
//! hours, DST changes in New York, Los Angeles and London, monthly ordinals, closures.

use jiff::civil::{date, time, Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, Zoned};
use puerta_domain::schedule::{
    effective_schedules, Closure, Days, NthWeekday, OpeningHours, ScheduleSource, Status,
    TimeRange, Unusable, ZoneSource,
};
use puerta_domain::{
    ClockTime, Frequency, Location, Name, PlaceKind, Schedule, Service, ServiceAtLocation, Weekday,
};
use uuid::Uuid;

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

fn ny() -> TimeZone {
    zone("America/New_York")
}

fn hours(byday: &str, opens: &str, closes: &str) -> Schedule {
    let mut s = Schedule::new(Uuid::new_v4());
    s.freq = Some(Frequency::Weekly);
    s.byday = Some(byday.into());
    s.opens_at = Some(ClockTime::parse(opens).unwrap());
    s.closes_at = Some(ClockTime::parse(closes).unwrap());
    s
}

fn build(schedules: &[Schedule], tz: &TimeZone) -> OpeningHours {
    OpeningHours::new(schedules, Some(tz.clone()), &[])
}

/// The instant of a local date and time in `tz` (compatible disambiguation).
fn at(tz: &TimeZone, dt: DateTime) -> Timestamp {
    tz.to_timestamp(dt).unwrap()
}

fn closes(s: &Status) -> Zoned {
    match s {
        Status::Open { closes_at: Some(z) } => z.clone(),
        other => panic!("expected open with a closing time, got {other:?}"),
    }
}

fn opens(s: &Status) -> Zoned {
    match s {
        Status::Closed { opens_at: Some(z) } => z.clone(),
        other => panic!("expected closed with a next opening, got {other:?}"),
    }
}

fn next_dates(h: &OpeningHours, tz: &TimeZone, from: Date, n: usize) -> Vec<Date> {
    h.next_openings(at(tz, from.at(0, 0, 0, 0)), n)
        .iter()
        .map(|o| o.opens_at.date())
        .collect()
}

#[test]
fn weekday_hours_say_open_until_closing_and_closed_until_the_next_morning() {
    let tz = ny();
    let h = build(&[hours("MO,TU,WE,TH,FR", "09:00", "17:00")], &tz);
    // Wednesday 4 March 2026.
    let s = h.status_at(at(&tz, date(2026, 3, 4).at(10, 0, 0, 0)));
    assert_eq!(closes(&s).datetime(), date(2026, 3, 4).at(17, 0, 0, 0));
    let s = h.status_at(at(&tz, date(2026, 3, 4).at(17, 0, 0, 0)));
    assert_eq!(
        opens(&s).datetime(),
        date(2026, 3, 5).at(9, 0, 0, 0),
        "17:00 itself is closed"
    );
    // Friday evening: next opening is Monday.
    let s = h.status_at(at(&tz, date(2026, 3, 6).at(18, 0, 0, 0)));
    assert_eq!(opens(&s).datetime(), date(2026, 3, 9).at(9, 0, 0, 0));
    assert!(h.is_open_at(Weekday::WE, time(9, 0, 0, 0)));
    assert!(!h.is_open_at(Weekday::WE, time(17, 0, 0, 0)));
    assert!(!h.is_open_at(Weekday::SA, time(12, 0, 0, 0)));
    assert_eq!(h.zone_source(), ZoneSource::Configured);
}

#[test]
fn two_periods_a_day_leave_a_lunch_break_and_touching_periods_are_one_opening() {
    let tz = ny();
    let h = build(
        &[hours("MO", "09:00", "12:00"), hours("MO", "13:00", "17:00")],
        &tz,
    );
    let monday = date(2026, 3, 2);
    assert_eq!(
        closes(&h.status_at(at(&tz, monday.at(11, 0, 0, 0)))).time(),
        time(12, 0, 0, 0)
    );
    assert_eq!(
        opens(&h.status_at(at(&tz, monday.at(12, 30, 0, 0)))).time(),
        time(13, 0, 0, 0)
    );
    let next = h.next_openings(at(&tz, monday.at(0, 0, 0, 0)), 2);
    assert_eq!(next.len(), 2);
    assert_eq!(
        next[0].closes_at.as_ref().unwrap().time(),
        time(12, 0, 0, 0)
    );
    assert_eq!(next[1].opens_at.time(), time(13, 0, 0, 0));
    assert_eq!(
        h.hours_on(monday).hours,
        vec![
            TimeRange {
                opens: time(9, 0, 0, 0),
                closes: time(12, 0, 0, 0),
                closes_next_day: false
            },
            TimeRange {
                opens: time(13, 0, 0, 0),
                closes: time(17, 0, 0, 0),
                closes_next_day: false
            },
        ]
    );

    let joined = build(
        &[hours("MO", "12:00", "17:00"), hours("MO", "09:00", "12:00")],
        &tz,
    );
    assert_eq!(
        closes(&joined.status_at(at(&tz, monday.at(10, 0, 0, 0)))).time(),
        time(17, 0, 0, 0)
    );
    // Opening at 10:00 while already open since 09:00 is not a "next opening".
    let next = joined.next_openings(at(&tz, monday.at(10, 0, 0, 0)), 1);
    assert_eq!(next[0].opens_at.date(), date(2026, 3, 9));
}

#[test]
fn overnight_hours_open_on_the_given_day_and_close_the_next_morning() {
    let tz = ny();
    let h = build(&[hours("FR,SA", "22:00", "06:00")], &tz);
    // Friday 2026-03-13 23:00 and Saturday 03:00: open until Saturday 06:00.
    for dt in [
        date(2026, 3, 13).at(23, 0, 0, 0),
        date(2026, 3, 14).at(3, 0, 0, 0),
    ] {
        assert_eq!(
            closes(&h.status_at(at(&tz, dt))).datetime(),
            date(2026, 3, 14).at(6, 0, 0, 0)
        );
    }
    // Sunday 03:00 is still Saturday night.
    assert_eq!(
        closes(&h.status_at(at(&tz, date(2026, 3, 15).at(3, 0, 0, 0)))).datetime(),
        date(2026, 3, 15).at(6, 0, 0, 0)
    );
    // Monday 03:00: closed until Friday 22:00.
    assert_eq!(
        opens(&h.status_at(at(&tz, date(2026, 3, 16).at(3, 0, 0, 0)))).datetime(),
        date(2026, 3, 20).at(22, 0, 0, 0)
    );
    assert!(h.is_open_at(Weekday::SA, time(3, 0, 0, 0)));
    assert!(h.is_open_at(Weekday::SU, time(5, 59, 0, 0)));
    assert!(!h.is_open_at(Weekday::FR, time(3, 0, 0, 0)));
    assert!(!h.is_open_at(Weekday::SU, time(22, 0, 0, 0)));
    assert!(h.is_open_at(Weekday::FR, time(23, 0, 0, 0)));
}

#[test]
fn all_day_hours_are_open_around_the_clock() {
    let tz = ny();
    let every_day = "MO,TU,WE,TH,FR,SA,SU";
    for (o, c) in [("00:00", "00:00"), ("00:00", "23:59")] {
        let h = build(&[hours(every_day, o, c)], &tz);
        let s = h.status_at(at(&tz, date(2026, 3, 8).at(2, 30, 0, 0)));
        assert_eq!(s, Status::Open { closes_at: None }, "{o}-{c}");
        assert!(h.is_open_at(Weekday::SU, time(23, 59, 30, 0)));
        assert!(h.lines()[0].hours.is_all_day());
    }
    // All day on Mondays only: closes at midnight, even when written 23:59.
    let h = build(&[hours("MO", "00:00", "23:59")], &tz);
    assert_eq!(
        closes(&h.status_at(at(&tz, date(2026, 3, 2).at(23, 59, 30, 0)))).datetime(),
        date(2026, 3, 3).at(0, 0, 0, 0)
    );
    // An evening until 23:59 runs on into hours that start at midnight.
    let h = build(
        &[hours("MO", "18:00", "23:59"), hours("TU", "00:00", "02:00")],
        &tz,
    );
    assert_eq!(
        closes(&h.status_at(at(&tz, date(2026, 3, 2).at(20, 0, 0, 0)))).datetime(),
        date(2026, 3, 3).at(2, 0, 0, 0)
    );
}

#[test]
fn spring_forward_in_new_york_keeps_local_hours_and_shortens_the_night() {
    let tz = ny();
    let sunday = date(2026, 3, 8); // 02:00 EST -> 03:00 EDT
                                   // 01:00-03:30 lasts 1.5 real hours.
    let h = build(&[hours("SU", "01:00", "03:30")], &tz);
    let next = h.next_openings(at(&tz, date(2026, 3, 7).at(12, 0, 0, 0)), 1);
    let (o, c) = (&next[0].opens_at, next[0].closes_at.as_ref().unwrap());
    assert_eq!(o.datetime(), sunday.at(1, 0, 0, 0));
    assert_eq!(c.datetime(), sunday.at(3, 30, 0, 0));
    assert_eq!(
        c.timestamp().duration_since(o.timestamp()),
        SignedDuration::from_mins(90)
    );
    let s = h.status_at("2026-03-08T07:29:00Z".parse().unwrap());
    assert_eq!(
        closes(&s).timestamp(),
        "2026-03-08T07:30:00Z".parse::<Timestamp>().unwrap()
    );
    assert!(!h
        .status_at("2026-03-08T07:30:00Z".parse().unwrap())
        .is_open());

    // 09:00-17:00 is 09:00-17:00 EDT that day.
    let h = build(&[hours("SA,SU", "09:00", "17:00")], &tz);
    let s = h.status_at(at(&tz, date(2026, 3, 7).at(18, 0, 0, 0)));
    let o = opens(&s);
    assert_eq!(o.datetime(), sunday.at(9, 0, 0, 0));
    assert_eq!(
        o.timestamp(),
        "2026-03-08T13:00:00Z".parse::<Timestamp>().unwrap()
    );
    assert_eq!(
        closes(&h.status_at(o.timestamp())).timestamp(),
        "2026-03-08T21:00:00Z".parse::<Timestamp>().unwrap()
    );

    // An opening time inside the gap moves forward by the gap: 02:30 -> 03:30 EDT.
    let h = build(&[hours("SU", "02:30", "05:00")], &tz);
    let o = opens(&h.status_at(at(&tz, date(2026, 3, 7).at(12, 0, 0, 0))));
    assert_eq!(o.datetime(), sunday.at(3, 30, 0, 0));
    assert_eq!(
        o.timestamp(),
        "2026-03-08T07:30:00Z".parse::<Timestamp>().unwrap()
    );
    // A local time in the gap (asked as a civil time) is moved forward too.
    assert!(
        !h.is_open_at_local(sunday.at(2, 15, 0, 0)),
        "02:15 means 03:15 EDT, before 03:30"
    );
    assert!(
        h.is_open_at_local(sunday.at(2, 45, 0, 0)),
        "02:45 means 03:45 EDT"
    );
}

#[test]
fn fall_back_in_new_york_lengthens_the_night_and_takes_the_first_repeated_hour() {
    let tz = ny();
    let sunday = date(2026, 11, 1); // 02:00 EDT -> 01:00 EST
    let h = build(&[hours("SU", "00:00", "03:00")], &tz);
    let next = h.next_openings(at(&tz, date(2026, 10, 31).at(12, 0, 0, 0)), 1);
    let (o, c) = (&next[0].opens_at, next[0].closes_at.as_ref().unwrap());
    assert_eq!(
        c.timestamp().duration_since(o.timestamp()),
        SignedDuration::from_hours(4)
    );

    // 01:00-01:45 means the first 01:00-01:45 (EDT); the repeated hour (EST) is closed.
    let h = build(&[hours("SU", "01:00", "01:45")], &tz);
    assert!(h
        .status_at("2026-11-01T05:30:00Z".parse().unwrap())
        .is_open());
    assert!(!h
        .status_at("2026-11-01T06:30:00Z".parse().unwrap())
        .is_open());

    // 09:00-17:00 is 09:00-17:00 EST.
    let h = build(&[hours("SU", "09:00", "17:00")], &tz);
    let o = opens(&h.status_at(at(&tz, sunday.at(0, 0, 0, 0))));
    assert_eq!(o.datetime(), sunday.at(9, 0, 0, 0));
    assert_eq!(
        o.timestamp(),
        "2026-11-01T14:00:00Z".parse::<Timestamp>().unwrap()
    );
}

#[test]
fn overnight_hours_across_the_change_in_los_angeles_last_the_real_time() {
    let tz = zone("America/Los_Angeles");
    let h = build(&[hours("SA", "22:00", "06:00")], &tz);
    let spring = h.next_openings(at(&tz, date(2026, 3, 7).at(12, 0, 0, 0)), 1);
    let fall = h.next_openings(at(&tz, date(2026, 10, 31).at(12, 0, 0, 0)), 1);
    let len = |o: &puerta_domain::schedule::Opening| {
        o.closes_at
            .as_ref()
            .unwrap()
            .timestamp()
            .duration_since(o.opens_at.timestamp())
    };
    assert_eq!(len(&spring[0]), SignedDuration::from_hours(7));
    assert_eq!(len(&fall[0]), SignedDuration::from_hours(9));
    assert_eq!(
        spring[0].closes_at.as_ref().unwrap().datetime(),
        date(2026, 3, 8).at(6, 0, 0, 0)
    );
}

#[test]
fn london_spring_forward_skips_the_missing_hour() {
    let tz = zone("Europe/London");
    let sunday = date(2026, 3, 29); // 01:00 GMT -> 02:00 BST
    let h = build(
        &[hours("SU", "00:30", "02:30"), hours("SU", "09:00", "17:00")],
        &tz,
    );
    let next = h.next_openings(at(&tz, date(2026, 3, 28).at(12, 0, 0, 0)), 2);
    let first = &next[0];
    assert_eq!(
        first
            .closes_at
            .as_ref()
            .unwrap()
            .timestamp()
            .duration_since(first.opens_at.timestamp()),
        SignedDuration::from_hours(1)
    );
    assert_eq!(next[1].opens_at.datetime(), sunday.at(9, 0, 0, 0));
    assert_eq!(
        next[1].opens_at.timestamp(),
        "2026-03-29T08:00:00Z".parse::<Timestamp>().unwrap()
    );
}

#[test]
fn monthly_ordinal_weekdays_follow_the_calendar_across_month_ends() {
    let tz = ny();
    let mut s = hours("1SA,-1FR", "10:00", "14:00");
    s.freq = Some(Frequency::Monthly);
    let h = build(&[s], &tz);
    assert_eq!(
        next_dates(&h, &tz, date(2026, 1, 1), 6),
        [
            date(2026, 1, 3),
            date(2026, 1, 30),
            date(2026, 2, 7),
            date(2026, 2, 27),
            date(2026, 3, 7),
            date(2026, 3, 27)
        ]
    );
    // The last Friday of July 2026 is the 31st; the first Saturday of August the 1st.
    assert_eq!(
        next_dates(&h, &tz, date(2026, 7, 28), 2),
        [date(2026, 7, 31), date(2026, 8, 1)]
    );
    assert!(h.is_open_at(Weekday::SA, time(11, 0, 0, 0)));
    assert!(!h.is_open_at(Weekday::TH, time(11, 0, 0, 0)));
    assert_eq!(
        h.lines()[0].days,
        Days::Monthly {
            days: vec![],
            nth: vec![
                NthWeekday {
                    nth: -1,
                    day: Weekday::FR
                },
                NthWeekday {
                    nth: 1,
                    day: Weekday::SA
                }
            ],
            month_days: vec![],
            every_months: 1
        }
    );

    // A fifth Saturday exists only in some months (January and May 2026).
    let mut s = hours("5SA", "10:00", "14:00");
    s.freq = Some(Frequency::Monthly);
    assert_eq!(
        next_dates(&build(&[s], &tz), &tz, date(2026, 1, 1), 2),
        [date(2026, 1, 31), date(2026, 5, 30)]
    );

    // No freq, but an ordinal: still monthly.
    let mut s = hours("2TU", "10:00", "14:00");
    s.freq = None;
    s.interval = Some(2);
    s.dtstart = Some(date(2026, 1, 1));
    assert_eq!(
        next_dates(&build(&[s], &tz), &tz, date(2026, 1, 1), 3),
        [date(2026, 1, 13), date(2026, 3, 10), date(2026, 5, 12)]
    );
}

#[test]
fn days_of_the_month_count_from_the_end_and_skip_short_months() {
    let tz = ny();
    let mut last = hours("MO", "10:00", "12:00");
    last.byday = None;
    last.freq = Some(Frequency::Monthly);
    last.bymonthday = Some("-1".into());
    assert_eq!(
        next_dates(&build(&[last.clone()], &tz), &tz, date(2026, 1, 1), 4),
        [
            date(2026, 1, 31),
            date(2026, 2, 28),
            date(2026, 3, 31),
            date(2026, 4, 30)
        ]
    );
    let mut the_31st = last.clone();
    the_31st.bymonthday = Some("31".into());
    assert_eq!(
        next_dates(&build(&[the_31st], &tz), &tz, date(2026, 1, 1), 3),
        [date(2026, 1, 31), date(2026, 3, 31), date(2026, 5, 31)]
    );
    // BYDAY and BYMONTHDAY together: Friday the 13th.
    let mut friday13 = last;
    friday13.bymonthday = Some("13".into());
    friday13.byday = Some("FR".into());
    assert_eq!(
        next_dates(&build(&[friday13], &tz), &tz, date(2026, 1, 1), 2),
        [date(2026, 2, 13), date(2026, 3, 13)]
    );
}

#[test]
fn every_other_week_counts_from_dtstart_in_weeks_starting_on_wkst() {
    let tz = ny();
    let mut s = hours("TU,SU", "10:00", "12:00");
    s.interval = Some(2);
    s.dtstart = Some(date(2026, 1, 6)); // a Tuesday
    let monday_weeks = next_dates(&build(&[s.clone()], &tz), &tz, date(2026, 1, 1), 4);
    assert_eq!(
        monday_weeks,
        [
            date(2026, 1, 6),
            date(2026, 1, 11),
            date(2026, 1, 20),
            date(2026, 1, 25)
        ]
    );
    s.wkst = Some(Weekday::SU);
    let sunday_weeks = next_dates(&build(&[s.clone()], &tz), &tz, date(2026, 1, 1), 4);
    assert_eq!(
        sunday_weeks,
        [
            date(2026, 1, 6),
            date(2026, 1, 18),
            date(2026, 1, 20),
            date(2026, 2, 1)
        ]
    );
    assert_eq!(
        build(&[s.clone()], &tz).lines()[0].days,
        Days::Weekly {
            days: vec![Weekday::TU, Weekday::SU],
            every_weeks: 2
        }
    );
    // Without a date to count from, "every other week" cannot be placed.
    s.dtstart = None;
    let h = build(&[s], &tz);
    assert!(!h.is_known());
    assert_eq!(h.ignored()[0].reason, Unusable::NoAnchor);
}

#[test]
fn validity_until_and_count_bound_the_dates() {
    let tz = ny();
    let mut s = hours("MO,WE", "10:00", "12:00");
    s.dtstart = Some(date(2026, 1, 5));
    s.count = Some(3);
    let h = build(&[s.clone()], &tz);
    assert_eq!(
        next_dates(&h, &tz, date(2025, 12, 1), 5),
        [date(2026, 1, 5), date(2026, 1, 7), date(2026, 1, 12)]
    );
    assert_eq!(
        h.status_at(at(&tz, date(2026, 1, 12).at(13, 0, 0, 0))),
        Status::Closed { opens_at: None }
    );
    s.count = None;
    s.until = Some(date(2026, 1, 14));
    s.valid_from = Some(date(2026, 1, 7));
    let h = build(&[s], &tz);
    assert_eq!(
        next_dates(&h, &tz, date(2025, 12, 1), 5),
        [date(2026, 1, 7), date(2026, 1, 12), date(2026, 1, 14)]
    );
    assert_eq!(h.lines()[0].from, Some(date(2026, 1, 7)));
    assert_eq!(h.lines()[0].until, Some(date(2026, 1, 14)));
}

#[test]
fn closure_dates_cancel_the_periods_that_open_on_them() {
    let tz = ny();
    let mlk = Closure::on(date(2026, 1, 19)).with_reason("Martin Luther King Jr. Day");
    let h = OpeningHours::new(
        &[hours("MO,TU,WE,TH,FR", "09:00", "17:00")],
        Some(tz.clone()),
        std::slice::from_ref(&mlk),
    );
    let s = h.status_at(at(&tz, date(2026, 1, 19).at(10, 0, 0, 0)));
    assert_eq!(opens(&s).datetime(), date(2026, 1, 20).at(9, 0, 0, 0));
    let day = h.hours_on(date(2026, 1, 19));
    assert!(day.hours.is_empty());
    assert_eq!(day.closure, Some(mlk.clone()));
    assert_eq!(
        h.closure_on(date(2026, 1, 19)).unwrap().reason.as_deref(),
        Some("Martin Luther King Jr. Day")
    );
    let closed = h.closed_days(date(2026, 1, 1), 31);
    assert_eq!(closed.len(), 1);
    assert_eq!(closed[0].date, date(2026, 1, 19));
    assert!(
        h.is_open_at(Weekday::MO, time(10, 0, 0, 0)),
        "the weekly filter has no dates"
    );

    // An overnight period that began before the closed day runs to its end.
    let night = [hours("FR", "22:00", "06:00")];
    let saturday_3am = at(&tz, date(2026, 1, 17).at(3, 0, 0, 0));
    let closed_saturday =
        OpeningHours::new(&night, Some(tz.clone()), &[Closure::on(date(2026, 1, 17))]);
    assert!(closed_saturday.status_at(saturday_3am).is_open());
    let closed_friday =
        OpeningHours::new(&night, Some(tz.clone()), &[Closure::on(date(2026, 1, 16))]);
    assert!(!closed_friday.status_at(saturday_3am).is_open());
}

#[test]
fn schedule_records_without_times_express_closures() {
    let tz = ny();
    let mut summer = Schedule::new(Uuid::new_v4());
    summer.valid_from = Some(date(2026, 8, 1));
    summer.valid_to = Some(date(2026, 8, 31));
    summer.description = Some("Summer break".into());
    let weekdays = hours("MO,TU,WE,TH,FR", "09:00", "17:00");
    let h = build(&[weekdays.clone(), summer.clone()], &tz);
    let s = h.status_at(at(&tz, date(2026, 8, 10).at(10, 0, 0, 0)));
    assert_eq!(opens(&s).datetime(), date(2026, 9, 1).at(9, 0, 0, 0));
    assert_eq!(
        h.closure_on(date(2026, 8, 10)).unwrap().reason.as_deref(),
        Some("Summer break")
    );

    // Only Saturdays closed in August.
    let saturdays = hours("MO,TU,WE,TH,FR,SA", "09:00", "17:00");
    let mut closed_saturdays = summer.clone();
    closed_saturdays.byday = Some("SA".into());
    let h = build(&[saturdays, closed_saturdays], &tz);
    assert!(!h
        .status_at(at(&tz, date(2026, 8, 8).at(10, 0, 0, 0)))
        .is_open());
    assert!(h
        .status_at(at(&tz, date(2026, 8, 10).at(10, 0, 0, 0)))
        .is_open());
    assert!(h
        .status_at(at(&tz, date(2026, 9, 5).at(10, 0, 0, 0)))
        .is_open());

    // Closed from a date on, with no end.
    let mut for_good = Schedule::new(Uuid::new_v4());
    for_good.valid_from = Some(date(2026, 6, 1));
    let h = build(&[weekdays, for_good], &tz);
    assert_eq!(
        h.status_at(at(&tz, date(2026, 6, 3).at(10, 0, 0, 0))),
        Status::Closed { opens_at: None }
    );
    assert!(h
        .status_at(at(&tz, date(2026, 5, 27).at(10, 0, 0, 0)))
        .is_open());
}

#[test]
fn no_usable_record_means_unknown_never_open() {
    let tz = ny();
    assert_eq!(build(&[], &tz).status_at(Timestamp::now()), Status::Unknown);
    let mut no_times = hours("MO", "09:00", "17:00");
    no_times.opens_at = None;
    no_times.closes_at = None;
    let mut half = hours("MO", "09:00", "17:00");
    half.closes_at = None;
    let bad_days = hours("XX", "09:00", "17:00");
    let mut no_days = hours("MO", "09:00", "17:00");
    no_days.byday = None;
    let mut never = hours("MO", "09:00", "17:00");
    never.count = Some(0);
    never.dtstart = Some(date(2026, 1, 1));
    let h = build(&[no_times, half, bad_days, no_days, never], &tz);
    assert_eq!(h.status_at(Timestamp::now()), Status::Unknown);
    assert!(!h.is_open_at(Weekday::MO, time(10, 0, 0, 0)));
    let mut reasons: Vec<Unusable> = h.ignored().iter().map(|i| i.reason).collect();
    reasons.sort();
    assert_eq!(
        reasons,
        [
            Unusable::NoTimes,
            Unusable::HalfTimes,
            Unusable::UnreadableDays,
            Unusable::NoDays,
            Unusable::NeverOccurs
        ]
    );
}

#[test]
fn the_numeric_hsds_offset_is_used_only_without_a_configured_zone() {
    let mut s = hours("MO", "09:00", "17:00");
    s.timezone = Some(-5.0);
    let monday_1430_utc: Timestamp = "2026-07-06T14:30:00Z".parse().unwrap();
    let fixed = OpeningHours::new([&s], None, &[]);
    assert_eq!(fixed.zone_source(), ZoneSource::ScheduleOffset);
    // 09:30 at UTC-5 all year (no DST).
    assert!(fixed.status_at(monday_1430_utc).is_open());
    assert!(!fixed
        .status_at("2026-07-06T13:30:00Z".parse().unwrap())
        .is_open());
    // In July New York is UTC-4: 10:30 local.
    let configured = OpeningHours::new([&s], Some(ny()), &[]);
    assert_eq!(configured.zone_source(), ZoneSource::Configured);
    assert!(configured
        .status_at("2026-07-06T13:30:00Z".parse().unwrap())
        .is_open());
    s.timezone = None;
    let utc = OpeningHours::new([&s], None, &[]);
    assert_eq!(utc.zone_source(), ZoneSource::AssumedUtc);
    assert!(!utc
        .status_at("2026-07-06T08:30:00Z".parse().unwrap())
        .is_open());
    assert!(utc
        .status_at("2026-07-06T09:30:00Z".parse().unwrap())
        .is_open());
    let mut india = hours("MO", "09:00", "17:00");
    india.timezone = Some(5.5);
    let india = OpeningHours::new([&india], None, &[]);
    assert!(india
        .status_at("2026-07-06T03:30:00Z".parse().unwrap())
        .is_open());
    assert!(!india
        .status_at("2026-07-06T03:29:00Z".parse().unwrap())
        .is_open());
}

#[test]
fn the_most_specific_level_with_hours_wins_and_closures_come_from_all_levels() {
    let name = |s: &str| Name::parse(s).unwrap();
    let mut service = Service::new(Uuid::new_v4(), name("Legal clinic"));
    let mut location = Location::new(Uuid::new_v4(), PlaceKind::Physical);
    location.schedules = vec![hours("MO,TU,WE,TH,FR", "08:00", "20:00")];
    let mut repairs = Schedule::new(Uuid::new_v4());
    repairs.valid_from = Some(date(2026, 2, 1));
    repairs.valid_to = Some(date(2026, 2, 7));
    location.schedules.push(repairs.clone());
    let mut sal = ServiceAtLocation {
        id: Uuid::new_v4(),
        service_id: Some(service.id),
        location_id: Some(location.id),
        description: None,
        service_areas: vec![],
        contacts: vec![],
        phones: vec![],
        schedules: vec![],
        location: Some(location.clone()),
        attributes: vec![],
        metadata: vec![],
    };
    // Nothing but the location's hours.
    let e = effective_schedules(&service, Some(&sal), None);
    assert_eq!(e.source, ScheduleSource::Location);
    assert_eq!(e.schedules.len(), 2);
    // The service's own hours beat the location's; the location's closure still applies.
    service.schedules = vec![hours("TU", "10:00", "12:00")];
    let e = effective_schedules(&service, Some(&sal), None);
    assert_eq!(e.source, ScheduleSource::Service);
    assert_eq!(e.schedules.len(), 2);
    assert!(e.schedules.iter().any(|s| s.id == repairs.id));
    let h = OpeningHours::new(e.schedules.iter().copied(), Some(ny()), &[]);
    assert!(h.closure_on(date(2026, 2, 3)).is_some());
    assert!(!h.is_open_at(Weekday::MO, time(10, 0, 0, 0)));
    // Hours of this service at this location beat both.
    sal.schedules = vec![hours("WE", "14:00", "16:00")];
    let e = effective_schedules(&service, Some(&sal), None);
    assert_eq!(e.source, ScheduleSource::ServiceAtLocation);
    // Without a location given, a service with one service-at-location uses it.
    service.service_at_locations = vec![sal.clone()];
    assert_eq!(
        effective_schedules(&service, None, None).source,
        ScheduleSource::ServiceAtLocation
    );
    service.schedules.clear();
    service.service_at_locations.push(sal);
    assert_eq!(
        effective_schedules(&service, None, None).source,
        ScheduleSource::None
    );
}

#[test]
fn the_regular_week_groups_days_for_the_pages() {
    let tz = ny();
    let h = build(
        &[
            hours("MO,TU,WE,TH,FR", "09:00", "12:00"),
            hours("MO,TU,WE,TH,FR", "13:00", "17:00"),
            hours("SA", "10:00", "14:00"),
        ],
        &tz,
    );
    let week = h.regular_week(date(2026, 3, 4));
    let groups = week.groups();
    assert_eq!(groups.len(), 3);
    assert_eq!(
        (groups[0].first, groups[0].last, groups[0].hours.len()),
        (Weekday::MO, Weekday::FR, 2)
    );
    assert_eq!(
        (groups[1].first, groups[1].last),
        (Weekday::SA, Weekday::SA)
    );
    assert_eq!(
        (groups[2].first, groups[2].last, groups[2].hours.len()),
        (Weekday::SU, Weekday::SU, 0)
    );
    assert_eq!(week.on(Weekday::SA)[0].opens, time(10, 0, 0, 0));
    let json = serde_json::to_value(&h.lines()[0]).unwrap();
    assert_eq!(json["days"]["repeat"], "weekly");
    assert_eq!(json["days"]["days"][0], "MO");
    assert_eq!(json["hours"]["opens"], "09:00:00");
}

#[test]
fn closures_read_from_data_files() {
    let one: Closure =
        serde_json::from_str(r#"{"date":"2026-07-04","reason":"Independence Day"}"#).unwrap();
    assert_eq!(
        one,
        Closure::on(date(2026, 7, 4)).with_reason("Independence Day")
    );
    let range: Closure =
        serde_json::from_str(r#"{"from":"2026-12-24","to":"2026-12-26"}"#).unwrap();
    assert!(range.contains(date(2026, 12, 25)) && !range.contains(date(2026, 12, 27)));
    assert!(serde_json::from_str::<Closure>(r#"{"from":"2026-12-26","to":"2026-12-24"}"#).is_err());
    assert!(serde_json::from_str::<Closure>(r#"{"reason":"x"}"#).is_err());
    let again: Closure = serde_json::from_value(serde_json::to_value(&range).unwrap()).unwrap();
    assert_eq!(again, range);
}

#[test]
fn status_serializes_with_zone_aware_times() {
    let tz = ny();
    let h = build(&[hours("MO", "09:00", "17:00")], &tz);
    let json =
        serde_json::to_value(h.status_at(at(&tz, date(2026, 3, 2).at(10, 0, 0, 0)))).unwrap();
    assert_eq!(json["status"], "open");
    assert_eq!(
        json["closes_at"],
        "2026-03-02T17:00:00-05:00[America/New_York]"
    );
}

#[test]
fn a_closure_record_with_day_selectors_closes_only_the_selected_days() {
    let tz = ny();
    let mut first_of_month = Schedule::new(Uuid::new_v4());
    first_of_month.valid_from = Some(date(2026, 1, 1));
    first_of_month.valid_to = Some(date(2026, 12, 31));
    first_of_month.freq = Some(Frequency::Monthly);
    first_of_month.bymonthday = Some("1".into());
    first_of_month.description = Some("Staff training".into());
    let h = build(
        &[hours("MO,TU,WE,TH,FR", "09:00", "17:00"), first_of_month],
        &tz,
    );
    // Monday 1 June 2026 is closed, Tuesday 2 June open.
    let s = h.status_at(at(&tz, date(2026, 6, 1).at(10, 0, 0, 0)));
    assert_eq!(opens(&s).datetime(), date(2026, 6, 2).at(9, 0, 0, 0));
    assert_eq!(
        h.closure_on(date(2026, 6, 1)).unwrap().reason.as_deref(),
        Some("Staff training")
    );
    assert!(h.closure_on(date(2026, 6, 2)).is_none());
    let closed = h.closed_days(date(2026, 6, 1), 92);
    let dates: Vec<Date> = closed.iter().map(|c| c.date).collect();
    // 1 August 2026 is a Saturday: not a day it would have opened.
    assert_eq!(dates, [date(2026, 6, 1), date(2026, 7, 1)]);
}

#[test]
fn a_one_off_session_counts_only_on_its_own_weekday() {
    let tz = ny();
    let mut clinic = hours("MO", "10:00", "12:00");
    clinic.byday = None;
    clinic.freq = None;
    clinic.dtstart = Some(date(2026, 3, 10)); // a Tuesday
    let h = build(&[clinic], &tz);
    assert_eq!(
        h.lines()[0].days,
        Days::Once {
            date: date(2026, 3, 10)
        }
    );
    assert!(h.is_open_at(Weekday::TU, time(11, 0, 0, 0)));
    assert!(!h.is_open_at(Weekday::SA, time(11, 0, 0, 0)));
    let s = h.status_at(at(&tz, date(2026, 3, 1).at(0, 0, 0, 0)));
    assert_eq!(opens(&s).datetime(), date(2026, 3, 10).at(10, 0, 0, 0));
    let after = h.status_at(at(&tz, date(2026, 3, 10).at(12, 0, 0, 0)));
    assert_eq!(after, Status::Closed { opens_at: None });
}

#[test]
fn a_long_closure_is_skipped_when_looking_for_the_next_opening() {
    let tz = ny();
    let renovation =
        Closure::between(date(2026, 2, 1), date(2026, 11, 30)).with_reason("Renovation");
    let h = OpeningHours::new(
        &[hours("MO,TU,WE,TH,FR", "09:00", "17:00")],
        Some(tz.clone()),
        &[renovation, Closure::on(date(2026, 12, 1))],
    );
    let s = h.status_at(at(&tz, date(2026, 2, 2).at(10, 0, 0, 0)));
    assert_eq!(opens(&s).datetime(), date(2026, 12, 2).at(9, 0, 0, 0));
}
