//! The combinable search filters ("free", "open now", "speaks Haitian Creole", "within 5 km
//! of 33125", …) and how one service is checked against them.
//!
//! All filters given must hold. Yes/no filters keep only services whose facts say *yes*
//! (see [`crate::facts`]: unknown is not yes). Checking uses only the precomputed
//! [`ServiceFacts`]; the cheap filters run first and "open" last.

use std::collections::HashSet;

use jiff::civil::{DateTime, Time, Weekday};
use jiff::Timestamp;
use uuid::Uuid;

use crate::facts::{LangCode, ServiceFacts};

/// Combinable filters; the default is no filter at all.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Taxonomy term ids; a service matches if classified under any of them OR ANY DESCENDANT.
    pub taxonomy_term_ids: Vec<Uuid>,
    /// ISO 639 codes (as stored in HSDS language.code, e.g. "es", "ht", "zh"); any one matches.
    /// Case and region or script subtags do not matter (`es-MX` is `es`, `zh-Hant` is `zh`).
    pub languages: Vec<String>,
    /// Only services known to be free.
    pub free: bool,
    /// Only services open at a moment (see [`OpenFilter`]).
    pub open: Option<OpenFilter>,
    /// Only walk-in / no appointment needed.
    pub walk_in: bool,
    /// Only services with a place near a point (and the distance, for sorting).
    pub near: Option<Near>,
    /// Only services with a wheelchair-accessible location (HSDS accessibility records or attributes).
    pub accessible: bool,
    /// Only services known not to ask for an identity document.
    pub no_id_required: bool,
    /// Only services known not to ask for a Social Security number.
    pub no_ssn_required: bool,
}

/// When a service must be open.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OpenFilter {
    /// At the `now` given to [`Filters::check`] (closures apply).
    Now,
    /// On a weekday at a local time, in each service's own time zone, by its regular hours
    /// (no date: validity periods and closures are not considered).
    At { weekday: Weekday, time: Time },
    /// At a specific local date and time, in each service's own time zone: closures and
    /// holidays apply.
    AtLocal(DateTime),
}

/// Near a point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    /// metres; None = no limit, sort by distance only
    pub radius_m: Option<f64>,
}

/// What a matching service's facts said about the filters, for ranking and "why".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterMatch {
    /// Distance to the nearest place, when a `near` filter is given and the service has
    /// coordinates.
    pub distance_m: Option<f64>,
    /// `Some(true)` when the filter asked for [`OpenFilter::Now`]; otherwise `None` (not
    /// computed here, to keep the pass cheap: use [`ServiceFacts::open_now`] for the hits
    /// shown).
    pub open_now: Option<bool>,
    /// The service's terms that the taxonomy filter matched (empty without that filter).
    pub matched_taxonomy_terms: Vec<Uuid>,
}

impl Filters {
    /// No filter is set: every service matches.
    pub fn is_empty(&self) -> bool {
        self.taxonomy_term_ids.is_empty()
            && self.languages.is_empty()
            && !self.free
            && self.open.is_none()
            && !self.walk_in
            && self.near.is_none()
            && !self.accessible
            && !self.no_id_required
            && !self.no_ssn_required
    }

    /// Checks one service. `expanded_terms`: `taxonomy_term_ids` with all their descendants
    /// (compute it once per query with [`crate::facts::TermTree::expand`]). `now`: the moment
    /// [`OpenFilter::Now`] refers to. `None` if some filter does not hold.
    ///
    /// Language codes are parsed on each call; for 100k services per query, use
    /// [`Filters::prepare`] once and [`PreparedFilters::check`].
    pub fn check(
        &self,
        facts: &ServiceFacts,
        expanded_terms: &HashSet<Uuid>,
        now: Timestamp,
    ) -> Option<FilterMatch> {
        self.prepare().check(facts, expanded_terms, now)
    }

    /// Parses what can be parsed once per query (the language codes).
    pub fn prepare(&self) -> PreparedFilters<'_> {
        let languages = self
            .languages
            .iter()
            .filter_map(|l| LangCode::parse(l))
            .collect();
        PreparedFilters {
            filters: self,
            origin: self
                .near
                .and_then(|n| crate::geo::Origin::new(n.lat, n.lon, n.radius_m)),
            languages,
            unreadable_languages_only: !self.languages.is_empty()
                && self.languages.iter().all(|l| LangCode::parse(l).is_none()),
        }
    }
}

/// [`Filters`] with the language codes parsed, for checking many services.
#[derive(Debug, Clone)]
pub struct PreparedFilters<'a> {
    filters: &'a Filters,
    /// The `near` point prepared for many distances (`None` if it is not on Earth).
    origin: Option<crate::geo::Origin>,
    languages: Vec<LangCode>,
    /// Languages were asked for but none is a readable code: nothing matches.
    unreadable_languages_only: bool,
}

/// The yes/no facts of a service, packed in a byte, for filters that run over every match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuickFacts(u8);

impl QuickFacts {
    const FREE: u8 = 1;
    const WALK_IN: u8 = 2;
    const ACCESSIBLE: u8 = 4;
    const NO_ID: u8 = 8;
    const NO_SSN: u8 = 16;

    /// Which of the yes/no facts are known to be *yes* (unknown is not yes).
    pub fn of(facts: &ServiceFacts) -> Self {
        let yes = |v: Option<bool>, bit: u8| if v == Some(true) { bit } else { 0 };
        Self(
            yes(facts.free(), Self::FREE)
                | yes(facts.walk_in(), Self::WALK_IN)
                | yes(facts.accessible(), Self::ACCESSIBLE)
                | yes(facts.no_id_required(), Self::NO_ID)
                | yes(facts.no_ssn_required(), Self::NO_SSN),
        )
    }
}

impl PreparedFilters<'_> {
    /// See [`Filters::check`].
    pub fn check(
        &self,
        facts: &ServiceFacts,
        expanded_terms: &HashSet<Uuid>,
        now: Timestamp,
    ) -> Option<FilterMatch> {
        if !self.quick(QuickFacts::of(facts)) {
            return None;
        }
        let distance_m = self.near(facts.places())?;
        self.rest(facts, expanded_terms, distance_m, || facts.open_now(now))
    }

    /// The languages asked for, parsed (unreadable codes left out).
    pub fn language_codes(&self) -> &[LangCode] {
        &self.languages
    }

    /// Languages were asked for but none is a readable code: nothing can match.
    pub fn no_language_can_match(&self) -> bool {
        self.unreadable_languages_only
    }

    /// The yes/no filters (free, walk-in, accessible, no ID, no SSN): whether they hold.
    pub fn quick(&self, q: QuickFacts) -> bool {
        let f = self.filters;
        let wanted = [
            (f.free, QuickFacts::FREE),
            (f.walk_in, QuickFacts::WALK_IN),
            (f.accessible, QuickFacts::ACCESSIBLE),
            (f.no_id_required, QuickFacts::NO_ID),
            (f.no_ssn_required, QuickFacts::NO_SSN),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .fold(0u8, |acc, (_, bit)| acc | bit);
        q.0 & wanted == wanted
    }

    /// The distance filter over a service's places: `None` if it does not hold, else the
    /// distance to the nearest place (inside the radius, if one was given; `None` inside
    /// when no `near` filter is given or the service has no coordinates and no radius).
    pub fn near(&self, places: &[puerta_domain::GeoPoint]) -> Option<Option<f64>> {
        let Some(near) = self.filters.near else {
            return Some(None);
        };
        // Within a radius, the nearest place inside it; without one, the nearest place.
        let distance_m = self.origin.and_then(|o| o.nearest(places));
        // No coordinates, or too far: out. (A NaN radius keeps nothing.)
        if near.radius_m.is_some() && distance_m.is_none() {
            return None;
        }
        Some(distance_m)
    }

    /// Whether checking needs more than [`PreparedFilters::quick`] and
    /// [`PreparedFilters::near`] (languages, taxonomy terms, opening hours).
    pub fn needs_facts(&self) -> bool {
        !self.filters.languages.is_empty() || self.needs_facts_beyond_languages()
    }

    /// The "open" filter asked for, if any.
    pub fn open(&self) -> Option<OpenFilter> {
        self.filters.open
    }

    /// Whether taxonomy terms are asked for.
    pub fn has_taxonomy(&self) -> bool {
        !self.filters.taxonomy_term_ids.is_empty()
    }

    /// Whether taxonomy terms or opening hours are asked for (what a caller that checks
    /// languages on its own still needs the full facts for).
    pub fn needs_facts_beyond_languages(&self) -> bool {
        !self.filters.taxonomy_term_ids.is_empty() || self.filters.open.is_some()
    }

    /// The filters [`PreparedFilters::quick`] and [`PreparedFilters::near`] leave:
    /// languages, taxonomy terms and opening hours; `distance_m` is what `near` found.
    /// `open_now` answers [`ServiceFacts::open_now`] at the moment "open now" refers to
    /// (callers may remember answers).
    pub fn rest(
        &self,
        facts: &ServiceFacts,
        expanded_terms: &HashSet<Uuid>,
        distance_m: Option<f64>,
        open_now: impl FnOnce() -> Option<bool>,
    ) -> Option<FilterMatch> {
        let f = self.filters;
        let yes = |v: Option<bool>| v == Some(true);
        if self.unreadable_languages_only
            || (!self.languages.is_empty() && !self.languages.iter().any(|c| facts.speaks_code(*c)))
        {
            return None;
        }
        let mut matched_taxonomy_terms = Vec::new();
        if !f.taxonomy_term_ids.is_empty() {
            matched_taxonomy_terms = facts
                .term_ids()
                .iter()
                .filter(|t| expanded_terms.contains(t))
                .copied()
                .collect();
            if matched_taxonomy_terms.is_empty() {
                return None;
            }
        }
        let mut open = None;
        match f.open {
            None => {}
            Some(OpenFilter::Now) => {
                if !yes(open_now()) {
                    return None;
                }
                open = Some(true);
            }
            Some(OpenFilter::At { weekday, time }) if !yes(facts.open_at_weekly(weekday, time)) => {
                return None;
            }
            Some(OpenFilter::AtLocal(when)) if !yes(facts.open_at_local(when)) => return None,
            Some(OpenFilter::At { .. } | OpenFilter::AtLocal(_)) => {}
        }
        Some(FilterMatch {
            distance_m,
            open_now: open,
            matched_taxonomy_terms,
        })
    }
}
