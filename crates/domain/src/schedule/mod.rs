//! Opening hours: "is this open now?", "when does it open next?", "is it open on Saturdays
//! at 10:00?" — computed here, once, for the API, the resident pages and search alike.
//!
//! [`OpeningHours`] is built from the HSDS `schedule` records that apply to a service (see
//! [`effective_schedules`]), a time zone and a list of [`Closure`]s. Building does the
//! parsing; the queries then only walk small per-weekday lists, without allocating (except
//! those that return lists).
//!
//! # Conventions
//!
//! * **Periods.** A schedule with `opens_at` and `closes_at` opens on each date its
//!   recurrence selects, at `opens_at` local time. A `closes_at` at or before `opens_at`
//!   is on the next day (22:00–06:00), so `00:00`–`00:00` is open all day; a `closes_at`
//!   of `23:59` means midnight at the end of the day, so `00:00`–`23:59` is also all day and
//!   runs on without a gap into the next day's hours. Several records may give several
//!   periods on one day (09:00–12:00 and 13:00–17:00); overlapping or touching periods
//!   count as one continuous opening.
//! * **Recurrence** (RFC 5545 as used by HSDS): `byday` (`MO,TU`; ordinals like `1SA`,
//!   `-1FR` mean the nth weekday *of the month*), `bymonthday` (negative counts from the
//!   month's end), `byweekno` (ISO weeks), `byyearday`; several selectors must all hold.
//!   `freq` `WEEKLY`/`MONTHLY` with `interval` repeats every n weeks (weeks start on `wkst`,
//!   default Monday) or months, counted from `dtstart` (else `valid_from`). Without any
//!   selector, `WEEKLY` uses the weekday of `dtstart` and `MONTHLY` its day of the month;
//!   with no `freq` either, the schedule is a one-off on `dtstart`, or daily from
//!   `valid_from` to `valid_to`. `dtstart`/`valid_from` and `until`/`valid_to` bound the
//!   dates (inclusive); `count` ends the rule after that many dates. Several records are
//!   combined as a union; a bounded record does not replace an unbounded one.
//! * **Closures.** A date on which a place is closed cancels the periods that *open* on that
//!   date (an overnight period that began the evening before runs to its end). Closures
//!   come from the [`Closure`] list (city holidays…) and from schedule records that have no
//!   `opens_at`/`closes_at` but a `valid_from` and/or `valid_to`: closed on every date of
//!   that period (open-ended if one side is missing), or only on the dates its `byday`/…
//!   select within it ("closed Saturdays in August"). The record's `description` is the
//!   reason.
//! * **Time zone.** The configured IANA zone is used; only without one, the schedules'
//!   numeric HSDS `timezone` (a UTC offset in hours, fixed all year) is used, and without
//!   that UTC, as HSDS says. Local times that do not exist (the spring-forward gap) move
//!   forward by the gap; ambiguous ones (the repeated fall-back hour) take the first — jiff's
//!   "compatible" disambiguation. So 09:00–17:00 stays 09:00–17:00 local on DST days, and
//!   01:00–03:30 on the spring-forward day lasts 1.5 real hours.
//! * Records that cannot be used (see [`Unusable`]) are skipped; when no record gives hours
//!   the answer is [`Status::Unknown`], never "open".

mod rule;
mod summary;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, Zoned};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::hsds::{Location, Schedule, Service, ServiceAtLocation, Weekday};
pub use rule::Unusable;
use rule::{monday_index, DayRule, Hours, Reading};
pub use summary::{DayGroup, DayHours, Days, HoursLine, NthWeekday, TimeRange, Week};

/// If a service stays open longer than this without a break, [`Status::Open`] reports no
/// closing time (open around the clock) instead of walking further.
pub const CONTINUOUS_HORIZON_DAYS: i64 = 8;

/// How far ahead (beyond the longest cycle of the rules) a next opening is searched.
const OPENING_SEARCH_DAYS: i64 = 400;
const OPENING_SEARCH_MAX_DAYS: i64 = 366 * 5;

/// Dates on which a place is closed (inclusive), e.g. a city holiday.
///
/// Deserializes from `{date, reason?}` or `{from, to, reason?}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawClosure")]
pub struct Closure {
    pub from: Date,
    pub to: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Deserialize)]
struct RawClosure {
    date: Option<Date>,
    from: Option<Date>,
    to: Option<Date>,
    reason: Option<String>,
}

impl TryFrom<RawClosure> for Closure {
    type Error = String;

    fn try_from(r: RawClosure) -> Result<Self, String> {
        let (from, to) = match (r.date, r.from, r.to) {
            (Some(d), None, None) => (d, d),
            (None, Some(f), Some(t)) if f <= t => (f, t),
            (None, Some(f), Some(t)) => {
                return Err(format!("closure ends ({t}) before it starts ({f})"))
            }
            (None, Some(f), None) => (f, f),
            _ => return Err("a closure needs `date`, or `from` and `to`".to_owned()),
        };
        let reason = r
            .reason
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        Ok(Self { from, to, reason })
    }
}

impl Closure {
    /// Closed on one date.
    pub fn on(date: Date) -> Self {
        Self {
            from: date,
            to: date,
            reason: None,
        }
    }

    /// Closed on every date from `a` to `b` (in either order), inclusive.
    pub fn between(a: Date, b: Date) -> Self {
        Self {
            from: a.min(b),
            to: a.max(b),
            reason: None,
        }
    }

    pub fn with_reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && date <= self.to
    }
}

/// Open or closed at an instant.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// Open; `closes_at` ends the continuous opening, `None` if it lasts beyond
    /// [`CONTINUOUS_HORIZON_DAYS`] (open around the clock).
    Open { closes_at: Option<Zoned> },
    /// Closed; `opens_at` is the next opening, `None` if none is known (the hours ended,
    /// or a closure with no end).
    Closed { opens_at: Option<Zoned> },
    /// No usable hours.
    Unknown,
}

impl Status {
    pub fn is_open(&self) -> bool {
        matches!(self, Status::Open { .. })
    }
}

/// One continuous opening.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Opening {
    pub opens_at: Zoned,
    /// `None` if it stays open beyond [`CONTINUOUS_HORIZON_DAYS`].
    pub closes_at: Option<Zoned>,
}

/// Where the time zone of an [`OpeningHours`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ZoneSource {
    Configured,
    /// The schedules' numeric HSDS `timezone` (a fixed UTC offset).
    ScheduleOffset,
    /// Neither: UTC, as HSDS prescribes.
    AssumedUtc,
}

/// A schedule record that was skipped, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IgnoredSchedule {
    pub id: Uuid,
    pub reason: Unusable,
}

/// A closed day on which the place would otherwise have opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClosedDay {
    pub date: Date,
    pub reason: Option<String>,
}

/// Which level of the HSDS model the hours come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScheduleSource {
    ServiceAtLocation,
    Service,
    Location,
    None,
}

/// The schedule records that apply to a service (at a location, when given).
#[derive(Debug, Clone, PartialEq)]
pub struct EffectiveSchedules<'a> {
    /// The level the hours were taken from.
    pub source: ScheduleSource,
    /// Hours records of that level, plus closure records of every level.
    pub schedules: Vec<&'a Schedule>,
}

fn gives_hours(s: &Schedule) -> bool {
    s.opens_at.is_some() && s.closes_at.is_some()
}

fn is_closure_record(s: &Schedule) -> bool {
    s.opens_at.is_none()
        && s.closes_at.is_none()
        && (s.valid_from.is_some() || s.valid_to.is_some())
}

/// Picks the schedules of a service: hours from the most specific level that has any —
/// the service-at-location (hours of this service at this place), else the service's own,
/// else the location's — and closure records from all levels (a location closed for
/// repairs closes the services there). `location` defaults to the one embedded in
/// `at`. Without `at`, a service with exactly one service-at-location uses it.
pub fn effective_schedules<'a>(
    service: &'a Service,
    at: Option<&'a ServiceAtLocation>,
    location: Option<&'a Location>,
) -> EffectiveSchedules<'a> {
    let at = at.or(match service.service_at_locations.as_slice() {
        [only] => Some(only),
        _ => None,
    });
    let location = location.or(at.and_then(|a| a.location.as_ref()));
    let levels: [(ScheduleSource, &'a [Schedule]); 3] = [
        (
            ScheduleSource::ServiceAtLocation,
            at.map_or(&[][..], |a| &a.schedules),
        ),
        (ScheduleSource::Service, &service.schedules),
        (
            ScheduleSource::Location,
            location.map_or(&[][..], |l| &l.schedules),
        ),
    ];
    let chosen = levels.iter().find(|(_, list)| list.iter().any(gives_hours));
    let mut schedules: Vec<&'a Schedule> = Vec::new();
    if let Some((_, list)) = chosen {
        schedules.extend(list.iter().filter(|s| !is_closure_record(s)));
    }
    for (_, list) in &levels {
        schedules.extend(list.iter().filter(|s| is_closure_record(s)));
    }
    EffectiveSchedules {
        source: chosen.map_or(ScheduleSource::None, |(src, _)| *src),
        schedules,
    }
}

#[derive(Debug, Clone)]
struct OpenRule {
    days: DayRule,
    hours: Hours,
    description: Option<String>,
}

/// The opening hours of one place or service, ready to be asked.
#[derive(Debug, Clone)]
pub struct OpeningHours {
    zone: TimeZone,
    zone_source: ZoneSource,
    rules: Vec<OpenRule>,
    /// Indices into `rules` of the rules that can apply on each weekday (Monday first).
    by_weekday: [Vec<usize>; 7],
    /// Sorted by `from`; `closure_reach[i]` is the latest `to` among `closures[..=i]`.
    closures: Vec<Closure>,
    closure_reach: Vec<Date>,
    closure_rules: Vec<(DayRule, Option<String>)>,
    /// Earliest first date over all rules (`None`: some rule has no start).
    first_date: Option<Date>,
    /// Latest last date over all rules (`None`: some rule has no end).
    last_date: Option<Date>,
    /// Longest cycle of any rule, in days.
    cycle_days: i64,
    lines: Vec<HoursLine>,
    ignored: Vec<IgnoredSchedule>,
}

/// A fixed offset from HSDS's numeric `timezone` (hours, possibly fractional).
fn offset_of(hours: f64) -> Option<Offset> {
    if !hours.is_finite() || hours.abs() > 25.0 {
        return None;
    }
    Offset::from_seconds((hours * 3600.0).round() as i32).ok()
}

impl OpeningHours {
    /// Builds the hours from schedule records (in any order), a configured time zone
    /// (`None`: see [`ZoneSource`]) and closures.
    pub fn new<'a>(
        schedules: impl IntoIterator<Item = &'a Schedule>,
        zone: Option<TimeZone>,
        closures: &[Closure],
    ) -> Self {
        let mut rules = Vec::new();
        let mut closure_rules = Vec::new();
        let mut closures: Vec<Closure> = closures.to_vec();
        let mut ignored = Vec::new();
        let mut offsets: Vec<i32> = Vec::new();
        for s in schedules {
            let reason = s
                .description
                .as_deref()
                .or(s.notes.as_deref())
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned);
            match rule::read(s) {
                Reading::Open(days, hours) => {
                    if let Some(o) = s.timezone.and_then(offset_of) {
                        offsets.push(o.seconds());
                    }
                    rules.push(OpenRule {
                        days,
                        hours,
                        description: reason,
                    });
                }
                Reading::Closed(days) if !days.selects_days() => {
                    closures.push(Closure {
                        from: days.first.unwrap_or(Date::MIN),
                        to: days.last.unwrap_or(Date::MAX),
                        reason,
                    });
                }
                Reading::Closed(days) => closure_rules.push((days, reason)),
                Reading::Unusable(reason) => ignored.push(IgnoredSchedule { id: s.id, reason }),
            }
        }
        let (zone, zone_source) = match zone {
            Some(z) => (z, ZoneSource::Configured),
            None => match most_common(&mut offsets).and_then(|s| Offset::from_seconds(s).ok()) {
                Some(o) => (TimeZone::fixed(o), ZoneSource::ScheduleOffset),
                None => (TimeZone::UTC, ZoneSource::AssumedUtc),
            },
        };
        // A canonical order, so that nothing depends on the order of the records.
        rules.sort_by(|a, b| {
            (a.hours, a.days.first, a.days.last, &a.description)
                .cmp(&(b.hours, b.days.first, b.days.last, &b.description))
                .then_with(|| format!("{:?}", a.days).cmp(&format!("{:?}", b.days)))
        });
        closures.sort_by(|a, b| (a.from, a.to, &a.reason).cmp(&(b.from, b.to, &b.reason)));
        closures.dedup();
        let mut reach = Date::MIN;
        let closure_reach = closures
            .iter()
            .map(|c| {
                reach = reach.max(c.to);
                reach
            })
            .collect();
        closure_rules.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
        ignored.sort_by_key(|i| (i.id, i.reason));

        let mut by_weekday: [Vec<usize>; 7] = Default::default();
        for (i, r) in rules.iter().enumerate() {
            let mask = r.days.weekday_mask();
            for (w, list) in by_weekday.iter_mut().enumerate() {
                if mask & (1 << w) != 0 {
                    list.push(i);
                }
            }
        }
        let first_date = rules
            .iter()
            .map(|r| r.days.first)
            .try_fold(Date::MAX, |acc, f| f.map(|f| acc.min(f)));
        let last_date = rules
            .iter()
            .map(|r| r.days.last)
            .try_fold(Date::MIN, |acc, l| l.map(|l| acc.max(l)));
        let cycle_days = rules
            .iter()
            .map(|r| match r.days.cadence {
                rule::Cadence::Every => 7,
                rule::Cadence::Weeks { n, .. } => 7 * i64::from(n),
                rule::Cadence::Months { n, .. } => 31 * i64::from(n),
            })
            .max()
            .unwrap_or(7);
        let lines = summary::lines(
            rules
                .iter()
                .map(|r| (&r.days, r.hours, r.description.as_deref())),
        );
        Self {
            zone,
            zone_source,
            rules,
            by_weekday,
            closures,
            closure_reach,
            closure_rules,
            first_date,
            last_date,
            cycle_days,
            lines,
            ignored,
        }
    }

    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    pub fn zone_source(&self) -> ZoneSource {
        self.zone_source
    }

    /// Whether any record gives usable hours (if not, [`Status::Unknown`]).
    pub fn is_known(&self) -> bool {
        !self.rules.is_empty()
    }

    /// The records that were skipped, and why (for data-quality reports).
    pub fn ignored(&self) -> &[IgnoredSchedule] {
        &self.ignored
    }

    /// Whether the place is open at `at`, until when, or when it opens next.
    pub fn status_at(&self, at: Timestamp) -> Status {
        if self.rules.is_empty() {
            let today = self.zone.to_datetime(at).date();
            return if self.closure_at(today).is_some() {
                Status::Closed { opens_at: None }
            } else {
                Status::Unknown
            };
        }
        match self.latest_end_covering(at) {
            Some(end) => Status::Open {
                closes_at: self.continuous_end(at, end).map(|t| self.zoned(t)),
            },
            None => Status::Closed {
                opens_at: self.next_start_after(at).map(|t| self.zoned(t)),
            },
        }
    }

    /// Whether the place is open at a local date and time (a time in the spring-forward gap
    /// is moved forward, as everywhere here).
    pub fn is_open_at_local(&self, when: DateTime) -> bool {
        self.zone
            .to_timestamp(when)
            .is_ok_and(|t| self.latest_end_covering(t).is_some())
    }

    /// Whether the regular hours cover `time` on `day` (for "open on Saturdays at 10:00"
    /// filters): true when some rule that falls on that weekday — every week or only on some
    /// (the first Saturday, every other week) — is open then, counting overnight hours from
    /// the day before. No date is given, so validity periods and closures are not
    /// considered (a one-off session counts on its own weekday only); use
    /// [`OpeningHours::is_open_at_local`] for a date.
    pub fn is_open_at(&self, day: Weekday, time: Time) -> bool {
        let w = monday_index(day.to_jiff()) as usize;
        let prev = (w + 6) % 7;
        let covers = |list: &[usize], same_day: bool| {
            list.iter()
                .filter_map(|&i| self.rules.get(i))
                .any(|r| r.hours.covers_civil(time, same_day))
        };
        covers(&self.by_weekday[w], true) || covers(&self.by_weekday[prev], false)
    }

    /// The next `n` openings that start after `from` (continuous openings: touching or
    /// overlapping periods are one). An opening in progress at `from` is not included; see
    /// [`OpeningHours::status_at`].
    pub fn next_openings(&self, from: Timestamp, n: usize) -> Vec<Opening> {
        let mut out = Vec::new();
        let mut t = from;
        // Starts inside the opening in progress are not openings: skip to its end.
        if let Some(end) = self.latest_end_covering(from) {
            match self.continuous_end(from, end) {
                Some(end) => t = end,
                None => return out,
            }
        }
        while out.len() < n {
            let Some(start) = self.next_start_after(t) else {
                break;
            };
            let end = self
                .latest_end_covering(start)
                .and_then(|e| self.continuous_end(start, e));
            out.push(Opening {
                opens_at: self.zoned(start),
                closes_at: end.map(|e| self.zoned(e)),
            });
            match end {
                Some(e) => t = e,
                None => break,
            }
        }
        out
    }

    /// The hours of the periods that open on `date` (empty if closed that day, with the
    /// closure that applies).
    pub fn hours_on(&self, date: Date) -> DayHours {
        let closure = self.closure_at(date).map(|(from, to, reason)| Closure {
            from,
            to,
            reason: reason.map(str::to_owned),
        });
        let hours = if closure.is_some() {
            Vec::new()
        } else {
            summary::merge(
                self.rules_on(date)
                    .map(|r| TimeRange::from_hours(r.hours))
                    .collect(),
            )
        };
        DayHours {
            date,
            hours,
            closure,
        }
    }

    /// The closure that applies on `date`, if any.
    pub fn closure_on(&self, date: Date) -> Option<Closure> {
        self.closure_at(date).map(|(from, to, reason)| Closure {
            from,
            to,
            reason: reason.map(str::to_owned),
        })
    }

    /// Closed days from `from` for `days` days, limited to days on which the place would
    /// otherwise have opened ("closed Monday, 19 January: Martin Luther King Jr. Day").
    pub fn closed_days(&self, from: Date, days: u16) -> Vec<ClosedDay> {
        let mut out = Vec::new();
        let mut date = from;
        for _ in 0..days {
            if let Some((_, _, reason)) = self.closure_at(date) {
                if self.rules_on(date).next().is_some() {
                    out.push(ClosedDay {
                        date,
                        reason: reason.map(str::to_owned),
                    });
                }
            }
            let Ok(next) = date.tomorrow() else { break };
            date = next;
        }
        out
    }

    /// One line per record with hours, in a stable order, for the pages to put into words.
    pub fn lines(&self) -> &[HoursLine] {
        &self.lines
    }

    /// The regular week (rules that apply every week) as valid on `on`: hours per weekday.
    pub fn regular_week(&self, on: Date) -> Week {
        let mut days: [Vec<TimeRange>; 7] = Default::default();
        for r in &self.rules {
            let valid = r.days.first.is_none_or(|f| f <= on) && r.days.last.is_none_or(|l| on <= l);
            if valid && r.days.is_every_week() {
                for (w, list) in days.iter_mut().enumerate() {
                    if r.days.plain & (1 << w) != 0 {
                        list.push(TimeRange::from_hours(r.hours));
                    }
                }
            }
        }
        Week {
            days: days.map(summary::merge),
        }
    }

    fn zoned(&self, t: Timestamp) -> Zoned {
        t.to_zoned(self.zone.clone())
    }

    /// The rules that open on `date`, ignoring closures.
    fn rules_on(&self, date: Date) -> impl Iterator<Item = &OpenRule> + '_ {
        let w = monday_index(date.weekday()) as usize;
        self.by_weekday[w]
            .iter()
            .filter_map(|&i| self.rules.get(i))
            .filter(move |r| r.days.matches(date))
    }

    /// Calls `f` with each period (start, end) that opens on `date`, closures applied.
    fn for_each_period(&self, date: Date, mut f: impl FnMut(Timestamp, Timestamp)) {
        let mut checked_closure = false;
        for r in self.rules_on(date) {
            if !checked_closure {
                if self.closure_at(date).is_some() {
                    return;
                }
                checked_closure = true;
            }
            if let Some((s, e)) = self.period(r.hours, date) {
                f(s, e);
            }
        }
    }

    fn period(&self, h: Hours, date: Date) -> Option<(Timestamp, Timestamp)> {
        let start = self.zone.to_timestamp(date.to_datetime(h.opens)).ok()?;
        let end_date = if h.next_day {
            date.tomorrow().ok()?
        } else {
            date
        };
        let end = self
            .zone
            .to_timestamp(end_date.to_datetime(h.closes))
            .ok()?;
        (start < end).then_some((start, end))
    }

    /// The latest end among the periods that contain `t` (periods are [start, end)).
    fn latest_end_covering(&self, t: Timestamp) -> Option<Timestamp> {
        let today = self.zone.to_datetime(t).date();
        let mut best: Option<Timestamp> = None;
        // A period lasts at most a day and a DST hour, so it opened today or yesterday.
        for date in [today.yesterday().ok(), Some(today)].into_iter().flatten() {
            self.for_each_period(date, |s, e| {
                if s <= t && t < e && best.is_none_or(|b| e > b) {
                    best = Some(e);
                }
            });
        }
        best
    }

    /// Follows touching and overlapping periods from `end` on; `None` past the horizon.
    fn continuous_end(&self, from: Timestamp, mut end: Timestamp) -> Option<Timestamp> {
        let limit = from
            .checked_add(jiff::SignedDuration::from_hours(
                24 * CONTINUOUS_HORIZON_DAYS,
            ))
            .ok()?;
        while let Some(next) = self.latest_end_covering(end) {
            if next <= end {
                break;
            }
            end = next;
            if end > limit {
                return None;
            }
        }
        Some(end)
    }

    /// The earliest period start after `t`.
    fn next_start_after(&self, t: Timestamp) -> Option<Timestamp> {
        let today = self.zone.to_datetime(t).date();
        let mut date = today.yesterday().unwrap_or(today);
        if let Some(first) = self.first_date {
            date = date.max(first.yesterday().unwrap_or(first));
        }
        let limit = (OPENING_SEARCH_DAYS + self.cycle_days).min(OPENING_SEARCH_MAX_DAYS);
        let mut best: Option<Timestamp> = None;
        let mut found_on: Option<Date> = None;
        for _ in 0..limit {
            if self.last_date.is_some_and(|l| date > l) {
                break;
            }
            // Jump over a closed period in one step (a closure may last months).
            if found_on.is_none() {
                if let Some(to) = self.closed_range_through(date) {
                    match to.tomorrow() {
                        Ok(next) if to < Date::MAX => {
                            date = next;
                            continue;
                        }
                        _ => break,
                    }
                }
            }
            self.for_each_period(date, |s, _| {
                if s > t && best.is_none_or(|b| s < b) {
                    best = Some(s);
                }
            });
            // Periods of later dates start later, but look one more day in case a start was
            // pushed past midnight by a DST gap.
            match found_on {
                Some(_) => break,
                None if best.is_some() => found_on = Some(date),
                None => {}
            }
            let Ok(next) = date.tomorrow() else { break };
            date = next;
        }
        best
    }

    /// The last date of the run of closure dates (from the closure list) that covers `date`.
    fn closed_range_through(&self, date: Date) -> Option<Date> {
        let idx = self.closures.partition_point(|c| c.from <= date);
        let reach = *self.closure_reach.get(idx.checked_sub(1)?)?;
        (reach >= date).then_some(reach)
    }

    /// The closure on `date`: its first and last date and reason.
    fn closure_at(&self, date: Date) -> Option<(Date, Date, Option<&str>)> {
        let idx = self.closures.partition_point(|c| c.from <= date);
        if idx > 0 && self.closure_reach.get(idx - 1).is_some_and(|r| *r >= date) {
            if let Some(c) = self.closures[..idx].iter().rev().find(|c| c.to >= date) {
                return Some((c.from, c.to, c.reason.as_deref()));
            }
        }
        self.closure_rules
            .iter()
            .find(|(r, _)| r.matches(date))
            .map(|(_, reason)| (date, date, reason.as_deref()))
    }
}

/// The most common value (ties: the smallest); sorts `values`.
fn most_common(values: &mut [i32]) -> Option<i32> {
    values.sort_unstable();
    let mut best: Option<(usize, i32)> = None;
    for chunk in values.chunk_by(|a, b| a == b) {
        if best.is_none_or(|(n, _)| chunk.len() > n) {
            best = Some((chunk.len(), chunk[0]));
        }
    }
    best.map(|(_, v)| v)
}
