//! `/taxonomies`: list, search-by-POST, and one taxonomy.

use axum::extract::State;
use axum::Json;
use puerta_domain::Taxonomy;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::organizations::JsonOnly;
use super::page::Page;
use super::params::{self, ApiQuery, IdPath, SearchParams};
use super::schemas::TaxonomySchema;
use crate::error::{ApiError, ErrorBody};
use crate::AppState;

/// Parameters of `/taxonomies`.
#[derive(Debug, Default, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct TaxonomyQuery {
    /// Words that must all appear in the taxonomy's name or description.
    #[param(max_length = 500)]
    #[schema(max_length = 500)]
    pub search: Option<String>,
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

/// Lists taxonomies, one page at a time.
#[utoipa::path(
    get,
    path = "/taxonomies",
    operation_id = "getPaginatedListOfTaxonomies",
    tag = "taxonomies",
    params(TaxonomyQuery),
    responses(
        (status = 200, description = "A page of taxonomies", body = Page<TaxonomySchema>),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
    )
)]
pub async fn list_taxonomies(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<TaxonomyQuery>,
) -> Result<Json<Page<Taxonomy>>, ApiError> {
    respond(&state, &query).await
}

/// Lists taxonomies, with the parameters of `GET /taxonomies` in the query string or the body.
#[utoipa::path(
    post,
    path = "/taxonomies",
    operation_id = "searchTaxonomies",
    tag = "taxonomies",
    params(TaxonomyQuery),
    request_body(
        description = "The same parameters as the query string, as a JSON object or a form (body values win)",
        content(
            (TaxonomyQuery = "application/json"),
            (TaxonomyQuery = "application/x-www-form-urlencoded"),
        )
    ),
    responses(
        (status = 200, description = "A page of taxonomies", body = Page<TaxonomySchema>),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 415, description = "The body is neither JSON nor a form", body = ErrorBody),
    )
)]
pub async fn search_taxonomies(
    State(state): State<AppState>,
    SearchParams(query): SearchParams<TaxonomyQuery>,
) -> Result<Json<Page<Taxonomy>>, ApiError> {
    respond(&state, &query).await
}

/// One taxonomy.
#[utoipa::path(
    get,
    path = "/taxonomies/{id}",
    operation_id = "getTaxonomyById",
    tag = "taxonomies",
    params(("id" = Uuid, Path, description = "The taxonomy's id")),
    responses(
        (status = 200, description = "The taxonomy", body = TaxonomySchema),
        (status = 400, description = "The id is not a UUID", body = ErrorBody),
        (status = 404, description = "No taxonomy has this id", body = ErrorBody),
    )
)]
pub async fn get_taxonomy(
    State(state): State<AppState>,
    IdPath(id): IdPath,
) -> Result<Json<Taxonomy>, ApiError> {
    state
        .store
        .taxonomy(id)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound {
            kind: "taxonomy",
            id,
        })
}

async fn respond(
    state: &AppState,
    query: &TaxonomyQuery,
) -> Result<Json<Page<Taxonomy>>, ApiError> {
    let search = params::search(query.search.as_deref())?;
    let page = params::page(query.page.as_deref(), query.per_page.as_deref())?;
    params::format(query.format.as_deref(), false)?;
    let paged = state.store.list_taxonomies(search.as_deref(), page).await?;
    Ok(Json(Page::new(paged.total, paged.page, paged.items)))
}
