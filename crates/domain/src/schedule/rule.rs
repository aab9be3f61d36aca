//! Reading one HSDS `schedule` record into a day rule (which dates) and its hours (which
//! times on such a date).
//!
//! Everything here works on civil dates and times; time zones enter only in the parent
//! module, when a period on a date becomes two instants.

use jiff::civil::{Date, Time};
use serde::Serialize;

use crate::hsds::{Frequency, Schedule, Weekday};

/// Why a schedule record gives no usable hours. Such records are skipped (and listed by
/// [`super::OpeningHours::ignored`]) so that a bad record never makes a place look open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unusable {
    /// Neither times nor a validity period: nothing to compute with.
    NoTimes,
    /// Only one of `opens_at` / `closes_at`.
    HalfTimes,
    /// `byday`, `bymonthday`, `byweekno` or `byyearday` is given but none of its entries
    /// can be read.
    UnreadableDays,
    /// No day selector and no date (`dtstart` / `valid_from`) to take the day from.
    NoDays,
    /// `interval` above 1 or `count` without `dtstart` / `valid_from` to count from.
    NoAnchor,
    /// `count` is 0.
    NeverOccurs,
    /// The last date (`valid_to`, `until`) is before the first (`valid_from`, `dtstart`).
    EndsBeforeStart,
}

/// How a rule repeats, as the summaries report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Weekly,
    Monthly,
    /// Only on `dtstart` (no recurrence).
    Once,
    /// Every day from `valid_from` to `valid_to`.
    Daily,
}

/// Every `n` weeks or months, counted from an anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cadence {
    Every,
    /// `anchor` is the day number of the first day (per `wkst`) of the anchor's week.
    Weeks {
        n: u32,
        anchor: i64,
        wkst: i8,
    },
    /// `anchor` is the month number (`year * 12 + month - 1`) of the anchor.
    Months {
        n: u32,
        anchor: i32,
    },
}

/// Which dates a schedule applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DayRule {
    pub(crate) kind: Kind,
    /// Plain BYDAY weekdays as a Monday-first bit set (bit 0 = Monday).
    pub(crate) plain: u8,
    /// Ordinal BYDAY entries: (nth in the month, 1..=5 or -5..=-1; Monday-zero weekday).
    pub(crate) nth: Vec<(i8, i8)>,
    /// Whether any BYDAY entry was given (if not, every weekday passes this filter).
    pub(crate) has_byday: bool,
    pub(crate) month_days: Vec<i8>,
    pub(crate) year_weeks: Vec<i8>,
    pub(crate) year_days: Vec<i16>,
    pub(crate) cadence: Cadence,
    pub(crate) first: Option<Date>,
    pub(crate) last: Option<Date>,
}

/// The opening and closing time on a matching date. `closes` belongs to the next day when
/// `next_day` is set (overnight hours, and all-day hours which close at the next midnight).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Hours {
    pub(crate) opens: Time,
    pub(crate) closes: Time,
    pub(crate) next_day: bool,
}

impl Hours {
    /// Conventions: a closing time at or before the opening time is on the next day
    /// (22:00–06:00; 00:00–00:00 is 24 hours); a closing time of 23:59 means the end of the
    /// day (00:00 of the next day), because 24:00 cannot be written as a time.
    pub(crate) fn new(opens: Time, closes: Time) -> Self {
        if closes.hour() == 23 && closes.minute() == 59 {
            return Self {
                opens,
                closes: Time::midnight(),
                next_day: true,
            };
        }
        Self {
            opens,
            closes,
            next_day: closes <= opens,
        }
    }

    /// Whether a civil time of the opening day (`same_day`) or of the day after falls
    /// inside these hours, ignoring time zone transitions.
    pub(crate) fn covers_civil(&self, time: Time, same_day: bool) -> bool {
        match (same_day, self.next_day) {
            (true, false) => self.opens <= time && time < self.closes,
            (true, true) => self.opens <= time,
            (false, true) => time < self.closes,
            (false, false) => false,
        }
    }
}

/// What one schedule record says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Reading {
    Open(DayRule, Hours),
    Closed(DayRule),
    Unusable(Unusable),
}

/// Days since 0000-01-01 (only differences matter).
pub(crate) fn day_number(d: Date) -> i64 {
    d.duration_since(Date::ZERO).as_secs().div_euclid(86_400)
}

pub(crate) fn monday_index(w: jiff::civil::Weekday) -> i8 {
    w.to_monday_zero_offset()
}

fn weekday_index(w: Weekday) -> i8 {
    monday_index(w.to_jiff())
}

fn week_start(d: Date, wkst: i8) -> i64 {
    day_number(d) - i64::from((monday_index(d.weekday()) - wkst).rem_euclid(7))
}

fn month_number(d: Date) -> i32 {
    i32::from(d.year()) * 12 + i32::from(d.month()) - 1
}

impl DayRule {
    /// Whether the rule's days include `date` (bounds, selectors and cadence).
    pub(crate) fn matches(&self, date: Date) -> bool {
        if self.first.is_some_and(|f| date < f) || self.last.is_some_and(|l| date > l) {
            return false;
        }
        let wd = monday_index(date.weekday());
        if self.has_byday
            && self.plain & (1 << wd) == 0
            && !self
                .nth
                .iter()
                .any(|&(n, w)| w == wd && nth_matches(date, n))
        {
            return false;
        }
        if !self.month_days.is_empty() {
            let dim = date.days_in_month();
            let day = date.day();
            if !self
                .month_days
                .iter()
                .any(|&m| if m > 0 { m == day } else { dim + m + 1 == day })
            {
                return false;
            }
        }
        if !self.year_weeks.is_empty() {
            let iso = date.iso_week_date();
            let week = iso.week();
            let weeks = iso.last_of_year().map(|l| l.week()).unwrap_or(52);
            if !self.year_weeks.iter().any(|&n| {
                if n > 0 {
                    n == week
                } else {
                    weeks + n + 1 == week
                }
            }) {
                return false;
            }
        }
        if !self.year_days.is_empty() {
            let doy = date.day_of_year();
            let diy = date.days_in_year();
            if !self
                .year_days
                .iter()
                .any(|&n| if n > 0 { n == doy } else { diy + n + 1 == doy })
            {
                return false;
            }
        }
        match self.cadence {
            Cadence::Every => true,
            Cadence::Weeks { n, anchor, wkst } => {
                ((week_start(date, wkst) - anchor) / 7).rem_euclid(i64::from(n)) == 0
            }
            Cadence::Months { n, anchor } => {
                (month_number(date) - anchor).rem_euclid(n as i32) == 0
            }
        }
    }

    /// Whether a selector (`byday`, `bymonthday`, `byweekno`, `byyearday`) picks the days.
    pub(crate) fn selects_days(&self) -> bool {
        self.has_byday
            || !self.month_days.is_empty()
            || !self.year_weeks.is_empty()
            || !self.year_days.is_empty()
    }

    /// Monday-first bit set of the weekdays on which this rule can apply.
    pub(crate) fn weekday_mask(&self) -> u8 {
        let by_day = if self.has_byday {
            self.nth.iter().fold(self.plain, |m, &(_, w)| m | (1 << w))
        } else {
            0x7f
        };
        // A rule bounded to less than a week (a one-off) falls on only some weekdays.
        let by_dates = match (self.first, self.last) {
            (Some(f), Some(l)) if day_number(l) - day_number(f) < 7 => {
                let days = day_number(l) - day_number(f);
                (0..=days).fold(0u8, |m, i| {
                    let w = i64::from(monday_index(f.weekday())) + i;
                    m | (1 << w.rem_euclid(7))
                })
            }
            _ => 0x7f,
        };
        by_day & by_dates
    }

    /// Whether the rule applies on every such weekday of every week (the "regular week").
    pub(crate) fn is_every_week(&self) -> bool {
        self.kind == Kind::Weekly
            && self.cadence == Cadence::Every
            && self.nth.is_empty()
            && self.month_days.is_empty()
            && self.year_weeks.is_empty()
            && self.year_days.is_empty()
    }
}

fn nth_matches(date: Date, n: i8) -> bool {
    let day = date.day();
    if n > 0 {
        (day - 1) / 7 + 1 == n
    } else {
        -((date.days_in_month() - day) / 7 + 1) == n
    }
}

/// Reads comma-separated BYDAY entries (`MO`, `1SA`, `-1FR`, `+2TU`). Unreadable entries are
/// skipped; `None` if nothing can be read.
fn read_byday(text: &str) -> Option<(u8, Vec<(i8, i8)>)> {
    let mut plain = 0u8;
    let mut nth = Vec::new();
    let mut any = false;
    for token in text.split(',') {
        let t = token.trim().to_ascii_uppercase();
        if t.len() < 2 || !t.is_char_boundary(t.len() - 2) {
            continue;
        }
        let (ordinal, day) = t.split_at(t.len() - 2);
        let Some(day) = Weekday::from_name(day).filter(|w| w.code() == day) else {
            continue;
        };
        let w = weekday_index(day);
        if ordinal.is_empty() {
            plain |= 1 << w;
            any = true;
        } else if let Ok(n) = ordinal.trim_start_matches('+').parse::<i8>() {
            if (1..=5).contains(&n.abs()) {
                nth.push((n, w));
                any = true;
            }
        }
    }
    nth.sort_unstable();
    nth.dedup();
    any.then_some((plain, nth))
}

/// Reads comma-separated non-zero numbers within `-max..=max`.
fn read_numbers<T: TryFrom<i32> + Ord>(text: Option<&str>, max: i32) -> Result<Vec<T>, Unusable> {
    let Some(text) = text else {
        return Ok(Vec::new());
    };
    let mut out: Vec<T> = text
        .split(',')
        .filter_map(|p| p.trim().trim_start_matches('+').parse::<i32>().ok())
        .filter(|n| *n != 0 && n.abs() <= max)
        .filter_map(|n| T::try_from(n).ok())
        .collect();
    if out.is_empty() {
        return Err(Unusable::UnreadableDays);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// How many days ahead `count` occurrences are looked for when the rule is read.
const COUNT_SEARCH_DAYS: i32 = 366 * 20;

pub(crate) fn read(s: &Schedule) -> Reading {
    match read_inner(s) {
        Ok(r) => r,
        Err(u) => Reading::Unusable(u),
    }
}

fn read_inner(s: &Schedule) -> Result<Reading, Unusable> {
    let hours = match (s.opens_at, s.closes_at) {
        (Some(o), Some(c)) => Some(Hours::new(o.time(), c.time())),
        (None, None) => None,
        _ => return Err(Unusable::HalfTimes),
    };
    // Closure convention: no times, but a validity period.
    if hours.is_none() && s.valid_from.is_none() && s.valid_to.is_none() {
        return Err(Unusable::NoTimes);
    }
    let byday = match s.byday.as_deref() {
        Some(t) => Some(read_byday(t).ok_or(Unusable::UnreadableDays)?),
        None => None,
    };
    let month_days: Vec<i8> = read_numbers(s.bymonthday.as_deref(), 31)?;
    let year_weeks: Vec<i8> = read_numbers(s.byweekno.as_deref(), 53)?;
    let year_days: Vec<i16> = read_numbers(s.byyearday.as_deref(), 366)?;
    let has_nth = byday.as_ref().is_some_and(|(_, nth)| !nth.is_empty());
    // Ordinal weekdays and days of the month only make sense per month, whatever `freq` says.
    let mut kind = if has_nth || !month_days.is_empty() || s.freq == Some(Frequency::Monthly) {
        Kind::Monthly
    } else if s.freq == Some(Frequency::Weekly) || byday.is_some() || !year_weeks.is_empty() {
        Kind::Weekly
    } else if year_days.is_empty() {
        Kind::Once
    } else {
        Kind::Daily
    };
    let anchor = s.dtstart.or(s.valid_from);
    let mut rule = DayRule {
        kind,
        plain: byday.as_ref().map_or(0, |b| b.0),
        nth: byday.as_ref().map(|b| b.1.clone()).unwrap_or_default(),
        has_byday: byday.is_some(),
        month_days,
        year_weeks,
        year_days,
        cadence: Cadence::Every,
        first: max_opt(s.dtstart, s.valid_from),
        last: min_opt(s.valid_to, s.until),
    };
    if !rule.selects_days() {
        if hours.is_none() {
            // A closure without selectors covers every day of its period.
            kind = Kind::Daily;
        } else {
            match kind {
                Kind::Weekly => {
                    let a = anchor.ok_or(Unusable::NoDays)?;
                    rule.has_byday = true;
                    rule.plain = 1 << monday_index(a.weekday());
                }
                Kind::Monthly => {
                    let a = anchor.ok_or(Unusable::NoDays)?;
                    rule.month_days = vec![a.day()];
                }
                Kind::Once | Kind::Daily => match (s.dtstart, s.valid_from, s.valid_to) {
                    (Some(d), _, _) => {
                        kind = Kind::Once;
                        rule.first = max_opt(Some(d), rule.first);
                        rule.last = min_opt(Some(d), rule.last);
                    }
                    (None, Some(_), Some(_)) => kind = Kind::Daily,
                    _ => return Err(Unusable::NoDays),
                },
            }
        }
    }
    rule.kind = kind;
    let interval = s.interval.unwrap_or(1).max(1);
    if interval > 1 && matches!(kind, Kind::Weekly | Kind::Monthly) {
        let a = anchor.ok_or(Unusable::NoAnchor)?;
        rule.cadence = match kind {
            Kind::Weekly => {
                let wkst = weekday_index(s.wkst.unwrap_or(Weekday::MO));
                Cadence::Weeks {
                    n: interval,
                    anchor: week_start(a, wkst),
                    wkst,
                }
            }
            _ => Cadence::Months {
                n: interval,
                anchor: month_number(a),
            },
        };
    }
    if let (Some(f), Some(l)) = (rule.first, rule.last) {
        if l < f {
            return Err(Unusable::EndsBeforeStart);
        }
    }
    if let Some(count) = s.count {
        if count == 0 {
            return Err(Unusable::NeverOccurs);
        }
        let start = rule.first.or(anchor).ok_or(Unusable::NoAnchor)?;
        if let Some(last) = nth_occurrence(&rule, start, count) {
            rule.last = min_opt(rule.last, Some(last));
        }
    }
    Ok(match hours {
        Some(h) => Reading::Open(rule, h),
        None => Reading::Closed(rule),
    })
}

/// The date of the `count`-th occurrence from `start`, if it is within the search window.
fn nth_occurrence(rule: &DayRule, start: Date, count: u32) -> Option<Date> {
    let mut seen = 0u32;
    let mut day = start;
    for _ in 0..COUNT_SEARCH_DAYS {
        if rule.last.is_some_and(|l| day > l) {
            return None;
        }
        if rule.matches(day) {
            seen += 1;
            if seen == count {
                return Some(day);
            }
        }
        day = day.tomorrow().ok()?;
    }
    None
}

fn max_opt(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn min_opt(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}
