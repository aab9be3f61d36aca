//! `GET /search`: Puerta's own ranked search for the resident pages: each hit comes with a
//! summary of the service and *why* it matched (words, taxonomy terms, distance, open now,
//! verification date), and the response says how the query was understood through the
//! lexicon. HSDS list responses stay as HSDS defines them; this endpoint is ours.

use std::collections::HashMap;

use axum::extract::State;
use axum::Json;
use puerta_domain::Service;
use puerta_search::SearchRequest;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::params::{self, ApiQuery};
use super::shapes::ServiceListItem;
use crate::error::{ApiError, ErrorBody};
use crate::AppState;

/// Parameters of `GET /search`.
#[derive(Debug, Default, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// What the resident typed, in any language.
    #[param(max_length = 500)]
    #[schema(max_length = 500)]
    pub q: Option<String>,
    /// The resident's interface language (BCP 47, e.g. `es`, `zh-Hant`): a hint for
    /// understanding `q`.
    #[param(max_length = 35)]
    #[schema(max_length = 35)]
    pub locale: Option<String>,
    /// Page number, from 1.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 2147483647)]
    #[schema(value_type = Option<u32>, minimum = 1, maximum = 2147483647)]
    pub page: Option<String>,
    /// Hits per page, 1 to 1000 (default 50).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000)]
    #[schema(value_type = Option<u32>, minimum = 1, maximum = 1000)]
    pub per_page: Option<String>,
    /// The search filters (listed in the operation's parameters on their own).
    #[serde(flatten)]
    #[param(ignore)]
    pub filters: params::SearchFilterParams,
}

/// A page of ranked hits.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResponse {
    /// How many services match in all.
    pub total_items: u64,
    pub page_number: u32,
    pub per_page: u32,
    pub hits: Vec<SearchHit>,
    /// How the query was understood through the lexicon.
    pub understood: Understood,
}

/// One ranked service.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHit {
    pub service: ServiceListItem,
    /// Higher is better (comparable within one response only).
    pub score: f32,
    pub why: WhyMatched,
}

/// Why a service matched.
#[derive(Debug, Serialize, ToSchema)]
pub struct WhyMatched {
    /// Words of the query (or of its lexicon expansion) found in the service's text.
    pub matched_terms: Vec<String>,
    /// The service's taxonomy terms that the query or the filter asked for.
    pub matched_taxonomy_terms: Vec<Uuid>,
    /// Metres from the search place to the service's nearest place.
    pub distance_m: Option<f64>,
    /// Open at the time of the search (absent when the service publishes no hours).
    pub open_now: Option<bool>,
    /// When the information was last verified (date).
    #[schema(value_type = Option<String>, format = Date)]
    pub verified: Option<String>,
}

/// How the query was understood.
#[derive(Debug, Serialize, ToSchema)]
pub struct Understood {
    /// English words added to the search.
    pub english_terms: Vec<String>,
    /// Taxonomy codes the query maps to.
    pub taxonomy_codes: Vec<String>,
    /// Lexicon entries found in the query.
    pub matches: Vec<UnderstoodTerm>,
}

/// One lexicon entry found in the query.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnderstoodTerm {
    pub need: String,
    pub language: String,
    pub term: String,
}

/// Ranked search with explanations, for the resident pages.
///
/// Without `q`, lists the services that pass the filters: nearest first when a place is
/// given, else by name.
#[utoipa::path(
    get,
    path = "/search",
    operation_id = "searchRanked",
    tag = "search",
    params(SearchQuery, params::SearchFilterParams),
    responses(
        (status = 200, description = "A page of ranked hits", body = SearchResponse),
        (status = 400, description = "A parameter is malformed, or the postcode is unknown", body = ErrorBody),
    )
)]
pub async fn search(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<SearchQuery>,
) -> Result<Json<SearchResponse>, ApiError> {
    let index = state
        .search
        .clone()
        .ok_or_else(|| ApiError::Internal("the search index is not running".to_owned()))?;
    let text = params::text(query.q.as_deref());
    if text.is_some_and(|t| t.chars().count() > params::MAX_SEARCH_CHARS) {
        return Err(ApiError::invalid(
            "q",
            format!("is longer than {} characters", params::MAX_SEARCH_CHARS),
        ));
    }
    let locale = params::text(query.locale.as_deref());
    if locale.is_some_and(|l| {
        l.len() > 35
            || !l
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }) {
        return Err(ApiError::invalid(
            "locale",
            "expected a language tag such as es or zh-Hant",
        ));
    }
    let page = params::page(query.page.as_deref(), query.per_page.as_deref())?;
    let (filters, now) =
        params::search_filters(&state.zips, &query.filters.text(), jiff::Timestamp::now())?;
    let request = SearchRequest {
        text: text.map(str::to_owned),
        filters,
        now,
        offset: usize::try_from(page.offset()).unwrap_or(usize::MAX),
        limit: page.per_page as usize,
        locale: locale.map(str::to_owned),
    };
    let results = index.search(&request).map_err(params::search_error)?;
    let ids: Vec<Uuid> = results.hits.iter().map(|h| h.service_id).collect();
    let services: HashMap<Uuid, Service> = state
        .store
        .full_services(&ids)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let hits = results
        .hits
        .into_iter()
        .filter_map(|hit| {
            let service = services.get(&hit.service_id)?;
            Some(SearchHit {
                service: ServiceListItem::new(service, None),
                score: hit.score,
                why: WhyMatched {
                    matched_terms: hit.why.matched_terms,
                    matched_taxonomy_terms: hit.why.matched_taxonomy_terms,
                    distance_m: hit.why.distance_m,
                    open_now: hit.why.open_now,
                    verified: hit.why.verified.map(|d| d.to_string()),
                },
            })
        })
        .collect();
    let e = results.expansion;
    Ok(Json(SearchResponse {
        total_items: results.total as u64,
        page_number: page.page,
        per_page: page.per_page,
        hits,
        understood: Understood {
            english_terms: e.english_terms,
            taxonomy_codes: e.taxonomy_codes,
            matches: e
                .matches
                .into_iter()
                .map(|m| UnderstoodTerm {
                    need: m.need,
                    language: m.language,
                    term: m.term,
                })
                .collect(),
        },
    }))
}
