//! Problem reports: a resident says that something is wrong with a listing ("report a
//! problem" on a service page), for the staff who keep the directory current.
//!
//! A report holds only what staff need to check the listing: the service, one
//! [`ReportCategory`], at most [`ReportText::MAX_CHARS`] characters of free text and the
//! day it arrived. No time of day, no address, no device, nothing about the person.
//! Reports are not HSDS records: they are never exported and never enter the search index.
//!
//! The bounds against abuse of the public form and the retention period are here too
//! ([`ReportLimits`]), so that the store, the pages and the about page agree on them.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use uuid::Uuid;

use crate::error::FieldError;

/// What is wrong with a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportCategory {
    Closed,
    WrongPhone,
    WrongAddress,
    WrongHours,
    WrongLanguages,
    AskedForPayment,
    Other,
}

impl ReportCategory {
    /// Every category, in the order the form lists them.
    pub const ALL: [ReportCategory; 7] = [
        ReportCategory::Closed,
        ReportCategory::WrongPhone,
        ReportCategory::WrongAddress,
        ReportCategory::WrongHours,
        ReportCategory::WrongLanguages,
        ReportCategory::AskedForPayment,
        ReportCategory::Other,
    ];

    /// The stable code (form value, database value, CLI output).
    pub fn code(self) -> &'static str {
        match self {
            ReportCategory::Closed => "closed",
            ReportCategory::WrongPhone => "wrong_phone",
            ReportCategory::WrongAddress => "wrong_address",
            ReportCategory::WrongHours => "wrong_hours",
            ReportCategory::WrongLanguages => "wrong_languages",
            ReportCategory::AskedForPayment => "asked_for_payment",
            ReportCategory::Other => "other",
        }
    }

    /// Parses a code as given by [`ReportCategory::code`] (surrounding space ignored).
    pub fn parse(code: &str) -> Result<Self, FieldError> {
        let code = code.trim();
        Self::ALL
            .into_iter()
            .find(|c| c.code() == code)
            .ok_or_else(|| FieldError::Invalid {
                expected: "one of closed, wrong_phone, wrong_address, wrong_hours, \
                           wrong_languages, asked_for_payment, other",
                found: code.to_owned(),
            })
    }
}

impl fmt::Display for ReportCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for ReportCategory {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// The free text of a report: trimmed, without control characters other than line breaks,
/// at most [`ReportText::MAX_CHARS`] characters. May be empty (the text is optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ReportText(String);

impl ReportText {
    /// Longest text kept, in characters.
    pub const MAX_CHARS: usize = 1_000;

    /// Parses `raw`: control characters (except line breaks) are dropped, surrounding white
    /// space is trimmed, and text longer than [`ReportText::MAX_CHARS`] is an error.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let clean = clean(raw);
        if clean.chars().count() > Self::MAX_CHARS {
            return Err(FieldError::TooLong {
                max: Self::MAX_CHARS,
            });
        }
        Ok(Self(clean))
    }

    /// Like [`ReportText::parse`], but text longer than [`ReportText::MAX_CHARS`] is cut
    /// there instead of refused (for the public form: a resident's report is not lost
    /// because it ran long).
    pub fn cut(raw: &str) -> Self {
        let clean = clean(raw);
        let cut: String = clean.chars().take(Self::MAX_CHARS).collect();
        Self(cut.trim_end().to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for ReportText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for ReportText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// `raw` without control characters except `\n` (a `\r\n` pair becomes `\n`), trimmed.
fn clean(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A stored report's number, handed out by the store (1, 2, 3, …; never reused), short
/// enough for staff to type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReportId(i64);

impl ReportId {
    /// A report number; it must be positive.
    pub fn new(n: i64) -> Result<Self, FieldError> {
        if n > 0 {
            Ok(Self(n))
        } else {
            Err(FieldError::Invalid {
                expected: "a report number (1 or more)",
                found: n.to_string(),
            })
        }
    }

    /// Parses a report number as staff type it (`12`; a leading `#` is allowed).
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let s = raw.trim();
        let digits = s.strip_prefix('#').unwrap_or(s);
        let invalid = || FieldError::Invalid {
            expected: "a report number (1 or more)",
            found: s.to_owned(),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let n: i64 = digits.parse().map_err(|_| invalid())?;
        Self::new(n).map_err(|_| invalid())
    }

    pub fn get(self) -> i64 {
        self.0
    }
}

impl fmt::Display for ReportId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for ReportId {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// A report as a resident sent it, before the store numbers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProblemReport {
    pub service_id: Uuid,
    pub category: ReportCategory,
    pub text: ReportText,
    /// The day (UTC) it arrived; no time of day.
    pub received: Date,
}

/// A stored report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemReport {
    pub id: ReportId,
    pub service_id: Uuid,
    pub category: ReportCategory,
    pub text: ReportText,
    /// The day (UTC) it arrived; no time of day.
    pub received: Date,
}

/// Bounds on the reports kept, so that the public, unauthenticated form cannot fill the
/// database or bury one listing's real reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportLimits {
    /// Reports taken per service per day (UTC).
    pub per_service_per_day: u32,
    /// Reports stored in all.
    pub stored: u32,
    /// Days a report is kept: reports received more than this many days before today are
    /// deleted.
    pub keep_days: u16,
}

impl ReportLimits {
    /// 20 per service per day, 10,000 in all, kept 180 days (the about page says so).
    pub const DEFAULT: ReportLimits = ReportLimits {
        per_service_per_day: 20,
        stored: 10_000,
        keep_days: 180,
    };

    /// The first day still kept on `today`: reports received before it are deleted.
    pub fn keep_from(self, today: Date) -> Date {
        days_before(today, self.keep_days)
    }
}

impl Default for ReportLimits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// The day `days` days before `day` (clamped at the earliest date jiff knows).
pub fn days_before(day: Date, days: u16) -> Date {
    day.checked_sub(jiff::Span::new().days(i64::from(days)))
        .unwrap_or(Date::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_and_unknown_codes_are_refused() {
        for c in ReportCategory::ALL {
            assert_eq!(ReportCategory::parse(c.code()), Ok(c));
            assert_eq!(c.to_string().parse::<ReportCategory>(), Ok(c));
        }
        assert_eq!(
            ReportCategory::parse(" wrong_hours "),
            Ok(ReportCategory::WrongHours)
        );
        let err = ReportCategory::parse("spam").unwrap_err();
        assert!(err.to_string().contains("\"spam\""), "{err}");
    }

    #[test]
    fn text_is_cleaned_and_bounded() {
        let t = ReportText::parse("  line one\r\nline\u{7}two \t ").unwrap();
        assert_eq!(t.as_str(), "line one\nlinetwo");
        assert!(ReportText::parse("").unwrap().is_empty());
        let long = "é".repeat(ReportText::MAX_CHARS + 1);
        assert_eq!(
            ReportText::parse(&long),
            Err(FieldError::TooLong {
                max: ReportText::MAX_CHARS
            })
        );
        let cut = ReportText::cut(&long);
        assert_eq!(cut.as_str().chars().count(), ReportText::MAX_CHARS);
        assert_eq!(ReportText::parse(cut.as_str()), Ok(cut));
    }

    #[test]
    fn report_numbers_are_positive_integers() {
        assert_eq!(ReportId::parse("12").map(ReportId::get), Ok(12));
        assert_eq!(ReportId::parse(" #7 ").map(ReportId::get), Ok(7));
        for bad in ["0", "-3", "abc", "", "1.5", "+4", "99999999999999999999"] {
            assert!(ReportId::parse(bad).is_err(), "{bad}");
        }
        assert!(ReportId::new(0).is_err());
    }

    #[test]
    fn reports_are_kept_180_days() {
        let limits = ReportLimits::default();
        assert_eq!(limits.per_service_per_day, 20);
        assert_eq!(limits.stored, 10_000);
        let today = jiff::civil::date(2026, 3, 1);
        assert_eq!(limits.keep_from(today), jiff::civil::date(2025, 9, 2));
        assert_eq!(days_before(Date::MIN, 3), Date::MIN);
    }
}
