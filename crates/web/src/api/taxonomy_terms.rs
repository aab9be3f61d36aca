//! `/taxonomy_terms`: list, search-by-POST, and one term (with its taxonomy).

use axum::extract::State;
use axum::Json;
use puerta_domain::TaxonomyTerm;
use puerta_store::TaxonomyTermFilter;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::organizations::JsonOnly;
use super::page::Page;
use super::params::{self, ApiQuery, IdPath, SearchParams};
use super::schemas::TaxonomyTermSchema;
use crate::error::{ApiError, ErrorBody};
use crate::AppState;

/// Parameters of `/taxonomy_terms`.
#[derive(Debug, Default, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct TaxonomyTermQuery {
    /// Words that must all appear in the term's name, description or code.
    #[param(max_length = 500)]
    #[schema(max_length = 500)]
    pub search: Option<String>,
    /// Only terms of this taxonomy.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub taxonomy_id: Option<String>,
    /// Only the terms directly under this term.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<String>,
    /// Only top-level terms (terms without a parent).
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub top_only: Option<String>,
    /// Page number, from 1.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 2147483647)]
    #[schema(value_type = Option<u32>, minimum = 1, maximum = 2147483647)]
    pub page: Option<String>,
    /// Records per page, 1 to 1000 (default 50).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000)]
    #[schema(value_type = Option<u32>, minimum = 1, maximum = 1000)]
    pub per_page: Option<String>,
    /// Only `json` is offered here.
    #[param(value_type = Option<JsonOnly>)]
    #[schema(value_type = Option<JsonOnly>)]
    pub format: Option<String>,
}

/// Lists taxonomy terms, one page at a time.
#[utoipa::path(
    get,
    path = "/taxonomy_terms",
    operation_id = "getPaginatedListOfTaxonomyTerms",
    tag = "taxonomies",
    params(TaxonomyTermQuery),
    responses(
        (status = 200, description = "A page of taxonomy terms", body = Page<TaxonomyTermSchema>),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
    )
)]
pub async fn list_taxonomy_terms(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<TaxonomyTermQuery>,
) -> Result<Json<Page<TaxonomyTerm>>, ApiError> {
    respond(&state, &query).await
}

/// Lists taxonomy terms, with the parameters of `GET /taxonomy_terms` in the query string
/// or the body.
#[utoipa::path(
    post,
    path = "/taxonomy_terms",
    operation_id = "searchTaxonomyTerms",
    tag = "taxonomies",
    params(TaxonomyTermQuery),
    request_body(
        description = "The same parameters as the query string, as a JSON object or a form (body values win)",
        content(
            (TaxonomyTermQuery = "application/json"),
            (TaxonomyTermQuery = "application/x-www-form-urlencoded"),
        )
    ),
    responses(
        (status = 200, description = "A page of taxonomy terms", body = Page<TaxonomyTermSchema>),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 415, description = "The body is neither JSON nor a form", body = ErrorBody),
    )
)]
pub async fn search_taxonomy_terms(
    State(state): State<AppState>,
    SearchParams(query): SearchParams<TaxonomyTermQuery>,
) -> Result<Json<Page<TaxonomyTerm>>, ApiError> {
    respond(&state, &query).await
}

/// One taxonomy term, with its taxonomy in `taxonomy_detail`.
#[utoipa::path(
    get,
    path = "/taxonomy_terms/{id}",
    operation_id = "getTaxonomyTermById",
    tag = "taxonomies",
    params(("id" = Uuid, Path, description = "The taxonomy term's id")),
    responses(
        (status = 200, description = "The taxonomy term", body = TaxonomyTermSchema),
        (status = 400, description = "The id is not a UUID", body = ErrorBody),
        (status = 404, description = "No taxonomy term has this id", body = ErrorBody),
    )
)]
pub async fn get_taxonomy_term(
    State(state): State<AppState>,
    IdPath(id): IdPath,
) -> Result<Json<TaxonomyTerm>, ApiError> {
    let mut term = state
        .store
        .taxonomy_term(id)
        .await?
        .ok_or(ApiError::NotFound {
            kind: "taxonomy term",
            id,
        })?;
    if term.taxonomy_detail.is_none() {
        if let Some(taxonomy_id) = term.taxonomy_id {
            term.taxonomy_detail = state.store.taxonomy(taxonomy_id).await?;
        }
    }
    Ok(Json(term))
}

async fn respond(
    state: &AppState,
    query: &TaxonomyTermQuery,
) -> Result<Json<Page<TaxonomyTerm>>, ApiError> {
    let filter = TaxonomyTermFilter {
        search: params::search(query.search.as_deref())?,
        taxonomy_id: params::id("taxonomy_id", query.taxonomy_id.as_deref())?,
        parent_id: params::id("parent_id", query.parent_id.as_deref())?,
        top_only: params::flag("top_only", query.top_only.as_deref())?,
    };
    let page = params::page(query.page.as_deref(), query.per_page.as_deref())?;
    params::format(query.format.as_deref(), false)?;
    let paged = state.store.list_taxonomy_terms(&filter, page).await?;
    Ok(Json(Page::new(paged.total, paged.page, paged.items)))
}
