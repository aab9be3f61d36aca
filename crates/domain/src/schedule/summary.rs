//! Hours as structured data (weekdays and times), for the pages to put into words in each
//! language. Nothing here produces sentences.

use jiff::civil::{Date, Time};
use serde::Serialize;

use super::rule::{Cadence, DayRule, Hours, Kind};
use super::Closure;
use crate::hsds::Weekday;

/// Opening and closing time of one period. `closes_next_day` marks overnight hours
/// (22:00–06:00); all-day hours are 00:00–00:00 with `closes_next_day` (a `closes_at` of
/// 23:59 is read as midnight).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct TimeRange {
    pub opens: Time,
    pub closes: Time,
    pub closes_next_day: bool,
}

impl TimeRange {
    pub(crate) fn from_hours(h: Hours) -> Self {
        Self {
            opens: h.opens,
            closes: h.closes,
            closes_next_day: h.next_day,
        }
    }

    /// Open the whole day (midnight to midnight).
    pub fn is_all_day(&self) -> bool {
        self.opens == Time::midnight() && self.closes == Time::midnight() && self.closes_next_day
    }

    fn end_key(&self) -> (bool, Time) {
        (self.closes_next_day, self.closes)
    }
}

/// Sorts ranges and joins those that overlap or touch.
pub(crate) fn merge(mut ranges: Vec<TimeRange>) -> Vec<TimeRange> {
    ranges.sort();
    let mut out: Vec<TimeRange> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if (false, r.opens) <= last.end_key() => {
                if r.end_key() > last.end_key() {
                    last.closes = r.closes;
                    last.closes_next_day = r.closes_next_day;
                }
            }
            _ => out.push(r),
        }
    }
    out
}

/// The nth weekday of a month: `nth` 1 to 5 from the start, -1 to -5 from the end
/// (`-1FR` is the last Friday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct NthWeekday {
    pub nth: i8,
    pub day: Weekday,
}

/// Which days a line of hours applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "repeat", rename_all = "snake_case")]
pub enum Days {
    /// On these weekdays (Monday first) every week, or every `every_weeks` weeks.
    Weekly {
        days: Vec<Weekday>,
        every_weeks: u32,
    },
    /// In every month (or every `every_months` months): on these weekdays, on the nth
    /// weekdays, and/or on these days of the month (negative: from the end; -1 is the last
    /// day). When both weekdays and days of the month are given, a date must match both.
    Monthly {
        days: Vec<Weekday>,
        nth: Vec<NthWeekday>,
        month_days: Vec<i8>,
        every_months: u32,
    },
    /// Every day of the line's period.
    Daily,
    /// Once, on this date.
    Once { date: Date },
    /// Weeks or days of the year: the record's description is the best explanation.
    Other,
}

/// One record's hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HoursLine {
    pub days: Days,
    pub hours: TimeRange,
    /// First and last date (inclusive) on which the line applies, if bounded (from
    /// `valid_from`/`dtstart` and `valid_to`/`until`/`count`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// The record's free-text description, as published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

fn weekdays(mask: u8) -> Vec<Weekday> {
    Weekday::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, w)| *w)
        .collect()
}

fn weekday_at(index: i8) -> Weekday {
    Weekday::ALL[usize::try_from(index.rem_euclid(7)).unwrap_or(0)]
}

fn days_of(rule: &DayRule) -> Days {
    if !rule.year_weeks.is_empty() || !rule.year_days.is_empty() {
        return Days::Other;
    }
    match rule.kind {
        Kind::Weekly => Days::Weekly {
            days: weekdays(rule.plain),
            every_weeks: match rule.cadence {
                Cadence::Weeks { n, .. } => n,
                _ => 1,
            },
        },
        Kind::Monthly => Days::Monthly {
            days: weekdays(rule.plain),
            nth: rule
                .nth
                .iter()
                .map(|&(nth, w)| NthWeekday {
                    nth,
                    day: weekday_at(w),
                })
                .collect(),
            month_days: rule.month_days.clone(),
            every_months: match rule.cadence {
                Cadence::Months { n, .. } => n,
                _ => 1,
            },
        },
        Kind::Daily => Days::Daily,
        Kind::Once => match rule.first {
            Some(date) => Days::Once { date },
            None => Days::Other,
        },
    }
}

/// A stable display order: weekly lines first, by their first weekday, then by time.
fn sort_key(line: &HoursLine) -> (u8, u8, TimeRange, Option<Date>, Option<Date>) {
    let day_index = |days: &[Weekday]| {
        days.first()
            .and_then(|d| Weekday::ALL.iter().position(|x| x == d))
            .map_or(7, |p| p as u8)
    };
    let (rank, first) = match &line.days {
        Days::Weekly { days, .. } => (0, day_index(days)),
        Days::Monthly {
            days,
            nth,
            month_days,
            ..
        } => (
            1,
            day_index(days)
                .min(nth.first().map_or(7, |n| day_index(&[n.day])))
                .min(month_days.first().map_or(7, |d| d.unsigned_abs().min(7))),
        ),
        Days::Daily => (2, 0),
        Days::Once { .. } => (3, 0),
        Days::Other => (4, 0),
    };
    (rank, first, line.hours, line.from, line.until)
}

pub(crate) fn lines<'a>(
    rules: impl Iterator<Item = (&'a DayRule, Hours, Option<&'a str>)>,
) -> Vec<HoursLine> {
    let mut out: Vec<HoursLine> = rules
        .map(|(rule, hours, description)| HoursLine {
            days: days_of(rule),
            hours: TimeRange::from_hours(hours),
            from: rule.first,
            until: rule.last,
            description: description.map(str::to_owned),
        })
        .collect();
    out.sort_by(|a, b| {
        sort_key(a)
            .cmp(&sort_key(b))
            .then_with(|| format!("{a:?}").cmp(&format!("{b:?}")))
    });
    out
}

/// The hours of one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayHours {
    pub date: Date,
    /// Periods that open on this date, sorted, touching ones joined. Empty when closed.
    pub hours: Vec<TimeRange>,
    /// The closure that applies on this date, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closure: Option<Closure>,
}

/// Hours per weekday, Monday first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Week {
    pub days: [Vec<TimeRange>; 7],
}

/// Consecutive weekdays with the same hours ("Monday–Friday 09:00–17:00").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayGroup {
    pub first: Weekday,
    pub last: Weekday,
    /// Empty: closed on these days.
    pub hours: Vec<TimeRange>,
}

impl Week {
    pub fn on(&self, day: Weekday) -> &[TimeRange] {
        let i = Weekday::ALL.iter().position(|d| *d == day).unwrap_or(0);
        &self.days[i]
    }

    /// Groups consecutive days (Monday to Sunday) that have the same hours.
    pub fn groups(&self) -> Vec<DayGroup> {
        let mut out: Vec<DayGroup> = Vec::new();
        for (day, hours) in Weekday::ALL.iter().zip(&self.days) {
            match out.last_mut() {
                Some(g) if g.hours == *hours => g.last = *day,
                _ => out.push(DayGroup {
                    first: *day,
                    last: *day,
                    hours: hours.clone(),
                }),
            }
        }
        out
    }

    /// Whether no day has hours.
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }
}
