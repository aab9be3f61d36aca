//! Ranking: how text relevance, distance and freshness of verification combine, and the
//! deterministic order of equal scores.

use std::cmp::Ordering;

#[cfg(test)]
use jiff::civil::Date;

/// Boosts of the resident's own words, per field.
pub const BOOST_NAME: f32 = 3.0;
pub const BOOST_ALTERNATE_NAME: f32 = 2.5;
pub const BOOST_ORGANIZATION: f32 = 1.5;
pub const BOOST_TAXONOMY: f32 = 1.5;
pub const BOOST_DESCRIPTION: f32 = 1.0;
pub const BOOST_ELIGIBILITY: f32 = 0.6;
/// The language-neutral copy of all text (unstemmed words, other languages).
pub const BOOST_FOLD: f32 = 0.6;
/// The Spanish-stemmed copy, searched when the query looks Spanish.
pub const BOOST_ES: f32 = 0.8;
/// CJK character pairs.
pub const BOOST_CJK: f32 = 1.0;
/// Lexicon expansion words count this much of the resident's own words.
pub const EXPANSION_FACTOR: f32 = 0.6;
/// A fuzzy (typo-tolerant) match scores this constant.
pub const BOOST_FUZZY: f32 = 0.5;
/// A fuzzy match in the service's name scores this constant (on top of [`BOOST_FUZZY`]).
pub const BOOST_FUZZY_NAME: f32 = 1.0;
/// Classified under a taxonomy term the query maps to (constant, added to BM25).
pub const TAXONOMY_SCORE: f32 = 2.0;
/// Multiplier when the whole query is the service's name.
pub const EXACT_NAME_FACTOR: f32 = 1.5;

/// Distance at which the distance factor halves.
const DISTANCE_HALF_M: f64 = 5_000.0;
/// Verified within this many days: no freshness penalty.
const FRESH_DAYS: f64 = 180.0;
/// Verified this long ago or never: the full penalty.
const STALE_DAYS: f64 = 3.0 * 365.0;
/// The freshness factor of a stale or never-verified service.
const STALE_FACTOR: f64 = 0.9;

/// 1 at the search point, ½ at [`DISTANCE_HALF_M`], falling gently beyond.
pub fn distance_factor(distance_m: Option<f64>) -> f64 {
    match distance_m {
        Some(d) if d.is_finite() && d >= 0.0 => 1.0 / (1.0 + d / DISTANCE_HALF_M),
        // Searching near a place but the service has no location: rank it after located ones.
        Some(_) | None => 0.5,
    }
}

/// 1 when verified within [`FRESH_DAYS`], falling linearly to [`STALE_FACTOR`]. (The search
/// loop uses [`freshness_factor_days`]; a test holds the two equal.)
#[cfg(test)]
pub fn freshness_factor(verified: Option<Date>, today: Date) -> f64 {
    let Some(verified) = verified else {
        return STALE_FACTOR;
    };
    freshness_of_age(today.duration_since(verified).as_secs_f64() / 86_400.0)
}

/// [`freshness_factor`] from day numbers (days since any fixed day): what the search loop
/// uses, without date arithmetic per match.
pub fn freshness_factor_days(verified_day: Option<i32>, today_day: i32) -> f64 {
    match verified_day {
        None => STALE_FACTOR,
        Some(day) => freshness_of_age(f64::from(today_day) - f64::from(day)),
    }
}

/// The freshness factor of information verified `days` ago.
fn freshness_of_age(days: f64) -> f64 {
    if days <= FRESH_DAYS {
        1.0
    } else if days >= STALE_DAYS {
        STALE_FACTOR
    } else {
        1.0 - (1.0 - STALE_FACTOR) * (days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS)
    }
}

/// A ranked candidate, before paging.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub slot: u32,
    pub score: f64,
    /// Distance when searching near a place.
    pub distance_m: Option<f64>,
}

/// Orders by score (higher first), then name, then id; `key` gives a slot's place in
/// (name, id) order.
pub fn by_score<K: Ord>(a: &Ranked, b: &Ranked, key: &impl Fn(u32) -> K) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then_with(|| key(a.slot).cmp(&key(b.slot)))
}

/// Orders by distance (nearest first; unknown last), then name, then id.
pub fn by_distance<K: Ord>(a: &Ranked, b: &Ranked, key: &impl Fn(u32) -> K) -> Ordering {
    let da = a.distance_m.unwrap_or(f64::INFINITY);
    let db = b.distance_m.unwrap_or(f64::INFINITY);
    da.total_cmp(&db)
        .then_with(|| key(a.slot).cmp(&key(b.slot)))
}

/// Sorts just enough of `items` to return `items[offset..offset + limit]` in order.
pub fn page<T>(
    mut items: Vec<T>,
    offset: usize,
    limit: usize,
    cmp: impl Fn(&T, &T) -> Ordering,
) -> Vec<T> {
    let end = offset.saturating_add(limit).min(items.len());
    if offset >= end {
        return Vec::new();
    }
    if end < items.len() {
        items.select_nth_unstable_by(end, &cmp);
        items.truncate(end);
    }
    items.sort_unstable_by(&cmp);
    items.drain(offset..).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freshness_by_day_numbers_equals_freshness_by_dates() {
        let epoch = jiff::civil::date(1970, 1, 1);
        let day = |d: Date| d.since(epoch).unwrap().get_days();
        let today = jiff::civil::date(2026, 11, 23);
        let mut verified = jiff::civil::date(2022, 1, 1);
        while verified <= today {
            assert_eq!(
                freshness_factor_days(Some(day(verified)), day(today)),
                freshness_factor(Some(verified), today),
                "{verified}"
            );
            verified = verified.tomorrow().unwrap();
        }
        assert_eq!(freshness_factor_days(None, day(today)), STALE_FACTOR);
    }

    #[test]
    fn nearer_and_fresher_rank_higher() {
        assert!(distance_factor(Some(100.0)) > distance_factor(Some(10_000.0)));
        assert!((distance_factor(Some(5_000.0)) - 0.5).abs() < 1e-9);
        let today = jiff::civil::date(2026, 10, 1);
        assert_eq!(
            freshness_factor(Some(jiff::civil::date(2026, 9, 1)), today),
            1.0
        );
        let older = freshness_factor(Some(jiff::civil::date(2025, 1, 1)), today);
        assert!(older < 1.0 && older > STALE_FACTOR);
        assert_eq!(freshness_factor(None, today), STALE_FACTOR);
        assert_eq!(
            freshness_factor(Some(jiff::civil::date(2010, 1, 1)), today),
            STALE_FACTOR
        );
    }

    #[test]
    fn paging_sorts_only_what_is_needed_and_agrees_with_a_full_sort() {
        let items: Vec<u32> = (0..100).rev().collect();
        let mut sorted = items.clone();
        sorted.sort_unstable();
        for (offset, limit) in [(0, 10), (10, 10), (95, 10), (100, 5), (0, 1000)] {
            let got = page(items.clone(), offset, limit, |a, b| a.cmp(b));
            let want: Vec<u32> = sorted.iter().copied().skip(offset).take(limit).collect();
            assert_eq!(got, want, "{offset} {limit}");
        }
    }
}
