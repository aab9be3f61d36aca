//! Search for Puerta: how residents find help.
//!
//! - [`index`]: the tantivy full-text index over services, built from the store at start-up
//!   and refreshed from the store's change feed; per-language analysers; ranking; "why".
//! - [`lexicon`]: the curated cross-lingual need lexicon (`data/lexicon/`), mapping what
//!   residents type in their own language to taxonomy terms and English search terms.
//! - [`facts`] and [`filter`]: what each service offers (languages, cost, hours, places,
//!   walk-in, documents asked) and the combinable filters over it.
//! - [`geo`]: ZIP code centroids and distances.
//! - [`eval`]: the relevance harness (judged queries, nDCG@10, recall@20).
//!
//! The request and result types shared by all of them live in this file.

pub mod eval;
pub mod facts;
pub mod filter;
pub mod geo;
pub mod index;
pub mod lexicon;

use jiff::Timestamp;
use serde::Serialize;
use uuid::Uuid;

pub use lexicon::{Expansion, LexiconMatch};

/// One search: optional text, filters, the moment "open now" refers to, and a page.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// What the resident typed, in any language. `None` or blank: filters only.
    pub text: Option<String>,
    /// Combinable filters (all must hold).
    pub filters: filter::Filters,
    /// The moment "open now" is evaluated at (usually `Timestamp::now()`).
    pub now: Timestamp,
    /// Results to skip (paging).
    pub offset: usize,
    /// Results to return (at most; paging).
    pub limit: usize,
    /// The resident's interface language (BCP 47, e.g. `es`, `zh-Hant`), a hint for
    /// analysing `text`; the query is also checked against every language in the lexicon.
    pub locale: Option<String>,
}

/// A page of ranked results and the total number of matching services.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// How the query was understood (lexicon matches, terms searched), for display.
    pub expansion: Expansion,
}

/// One ranked service.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub service_id: Uuid,
    /// Final ranking score (higher is better).
    pub score: f32,
    pub why: Why,
}

/// Why a service matched, shown to residents ("matches: lawyer, free · 1.2 km · open now").
#[derive(Debug, Clone, Default, Serialize)]
pub struct Why {
    /// Query words (after lexicon expansion) found in the service's text.
    pub matched_terms: Vec<String>,
    /// Taxonomy terms of the service that the query (through the lexicon) or a filter asked for.
    pub matched_taxonomy_terms: Vec<Uuid>,
    /// Distance in metres from the search point to the nearest location, when searching near a place.
    pub distance_m: Option<f64>,
    /// Open at `SearchRequest::now` (None when the service publishes no hours).
    pub open_now: Option<bool>,
    /// When the service's information was last verified (HSDS `last_modified`/assured date).
    pub verified: Option<jiff::civil::Date>,
}
