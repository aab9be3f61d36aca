//! Calendar arithmetic for the rules (on `jiff` civil dates).
//!
//! Adding months or years clamps the day to the end of the target month (2020-02-29 plus one
//! year is 2021-02-28), the same convention as `jiff`'s own span arithmetic; it is done here by
//! hand because it is on the hot path of evaluation.

use jiff::civil::Date;
use jiff::SignedDuration;

use super::params::Unit;

/// `date` plus `months` calendar months (negative goes back), day clamped to the month's end.
pub(crate) fn add_months(date: Date, months: i64) -> Option<Date> {
    let total = i64::from(date.year()) * 12 + i64::from(date.month() - 1) + months;
    let year = i16::try_from(total.div_euclid(12)).ok()?;
    let month = i8::try_from(total.rem_euclid(12) + 1).ok()?;
    let first = Date::new(year, month, 1).ok()?;
    Date::new(year, month, date.day().min(first.days_in_month())).ok()
}

/// `date` plus `days` days (negative goes back).
pub(crate) fn add_days(date: Date, days: i64) -> Option<Date> {
    let hours = days.checked_mul(24)?;
    date.checked_add(SignedDuration::from_hours(hours)).ok()
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub(crate) fn days_between(from: Date, to: Date) -> i64 {
    to.duration_since(from).as_hours() / 24
}

/// `date` plus `amount` of a duration unit (years, months or days).
pub(crate) fn add_duration(date: Date, unit: Unit, amount: i64) -> Option<Date> {
    match unit {
        Unit::Years => add_months(date, amount.checked_mul(12)?),
        Unit::Months => add_months(date, amount),
        Unit::Days => add_days(date, amount),
        Unit::Usd | Unit::Percent | Unit::Count => None,
    }
}

/// Whole years from `from` to `to` (0 or negative when `to` is not a full year later).
pub(crate) fn full_years_between(from: Date, to: Date) -> i64 {
    let years = i64::from(to.year()) - i64::from(from.year());
    // The anniversary in `to`'s calendar year is either on/before `to` or after it.
    if add_months(from, years * 12).is_none_or(|d| d > to) {
        years - 1
    } else {
        years
    }
}

/// The shortest and longest number of days that `amount` of `unit` can span, over every start
/// date of a four-year leap cycle. Six months is 181 to 184 days; one year is 365 or 366.
pub(crate) fn span_days_range(unit: Unit, amount: i64) -> (i64, i64) {
    if unit == Unit::Days {
        return (amount, amount);
    }
    let Ok(start) = Date::new(2001, 1, 1) else {
        return (0, 0);
    };
    let mut lo = i64::MAX;
    let mut hi = i64::MIN;
    for offset in 0..1461 {
        let Some(day) = add_days(start, offset) else {
            continue;
        };
        if let Some(end) = add_duration(day, unit, amount) {
            let n = days_between(day, end);
            lo = lo.min(n);
            hi = hi.max(n);
        }
    }
    if lo > hi {
        (0, 0)
    } else {
        (lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn months_clamp_to_the_end_of_the_month() {
        assert_eq!(add_months(date(2020, 2, 29), 12), Some(date(2021, 2, 28)));
        assert_eq!(add_months(date(2024, 3, 31), 1), Some(date(2024, 4, 30)));
        assert_eq!(add_months(date(2024, 3, 31), -1), Some(date(2024, 2, 29)));
        assert_eq!(add_months(date(2013, 7, 4), 60), Some(date(2018, 7, 4)));
        for (d, m) in [(date(2019, 8, 31), 6), (date(2023, 1, 30), 13)] {
            let span = jiff::Span::new().months(m);
            assert_eq!(add_months(d, m), d.checked_add(span).ok());
        }
    }

    #[test]
    fn days_and_years() {
        assert_eq!(add_days(date(2018, 7, 4), -90), Some(date(2018, 4, 5)));
        assert_eq!(days_between(date(2013, 7, 4), date(2018, 7, 4)), 1826);
        assert_eq!(full_years_between(date(2013, 7, 4), date(2018, 7, 3)), 4);
        assert_eq!(full_years_between(date(2013, 7, 4), date(2018, 7, 4)), 5);
        assert_eq!(full_years_between(date(2020, 2, 29), date(2021, 2, 28)), 1);
        assert_eq!(full_years_between(date(2020, 1, 1), date(2019, 1, 1)), -1);
    }

    #[test]
    fn span_ranges() {
        assert_eq!(span_days_range(Unit::Months, 6), (181, 184));
        assert_eq!(span_days_range(Unit::Years, 1), (365, 366));
        assert_eq!(span_days_range(Unit::Days, 90), (90, 90));
    }
}
