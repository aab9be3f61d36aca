//! `/organizations`: list, search-by-POST, and one organization with its locations and
//! services.

use axum::extract::State;
use axum::Json;
use puerta_domain::Organization;
use puerta_store::{OrganizationFilter, PageRequest, ServiceFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::page::Page;
use super::params::{self, ApiQuery, IdPath, SearchParams};
use super::shapes::{FullOrganization, OrganizationListItem, OrganizationService, ServiceListItem};
use crate::error::{ApiError, ErrorBody};
use crate::AppState;

/// How many full services are read from the store at a time.
const FULL_SERVICE_BATCH: usize = 200;

/// Parameters of `/organizations`.
#[derive(Debug, Default, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct OrganizationQuery {
    /// Words that must all appear in the organization's name, alternate name or
    /// description (case-insensitive).
    #[param(max_length = 500)]
    #[schema(max_length = 500)]
    pub search: Option<String>,
    /// Only organizations with a service classified under this taxonomy term.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub taxonomy_term_id: Option<String>,
    /// Only organizations with a service classified under some term of this taxonomy.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub taxonomy_id: Option<String>,
    /// Each item is a full organization with its locations and service summaries.
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub full: Option<String>,
    /// Each item is a full organization whose `services` are full services (implies `full`).
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub full_service: Option<String>,
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

/// The only list format of this endpoint.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum JsonOnly {
    Json,
}

/// Parameters of `GET /organizations/{id}`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganizationGetQuery {
    /// `services` holds full services instead of summaries.
    #[param(value_type = Option<bool>)]
    pub full_service: Option<String>,
}

/// A listed organization in the requested shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum OrganizationItem {
    Summary(Box<OrganizationListItem>),
    Full(Box<FullOrganization>),
}

/// Lists organizations, one page at a time.
#[utoipa::path(
    get,
    path = "/organizations",
    operation_id = "getPaginatedListOfOrganizations",
    tag = "organizations",
    params(OrganizationQuery),
    responses(
        (status = 200, description = "A page of organizations", body = Page<OrganizationListItem>),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
    )
)]
pub async fn list_organizations(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<OrganizationQuery>,
) -> Result<Json<Page<OrganizationItem>>, ApiError> {
    respond(&state, &query).await
}

/// Lists organizations, with the parameters of `GET /organizations` in the query string or
/// the body.
#[utoipa::path(
    post,
    path = "/organizations",
    operation_id = "searchOrganizations",
    tag = "organizations",
    params(OrganizationQuery),
    request_body(
        description = "The same parameters as the query string, as a JSON object or a form (body values win)",
        content(
            (OrganizationQuery = "application/json"),
            (OrganizationQuery = "application/x-www-form-urlencoded"),
        )
    ),
    responses(
        (status = 200, description = "A page of organizations", body = Page<OrganizationListItem>),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 415, description = "The body is neither JSON nor a form", body = ErrorBody),
    )
)]
pub async fn search_organizations(
    State(state): State<AppState>,
    SearchParams(query): SearchParams<OrganizationQuery>,
) -> Result<Json<Page<OrganizationItem>>, ApiError> {
    respond(&state, &query).await
}

/// One organization with its locations and its services.
#[utoipa::path(
    get,
    path = "/organizations/{id}",
    operation_id = "getOrganizationById",
    tag = "organizations",
    params(("id" = Uuid, Path, description = "The organization's id"), OrganizationGetQuery),
    responses(
        (status = 200, description = "The organization", body = super::schemas::OrganizationSchema),
        (status = 400, description = "The id or a parameter is malformed", body = ErrorBody),
        (status = 404, description = "No organization has this id", body = ErrorBody),
    )
)]
pub async fn get_organization(
    State(state): State<AppState>,
    IdPath(id): IdPath,
    ApiQuery(query): ApiQuery<OrganizationGetQuery>,
) -> Result<Json<FullOrganization>, ApiError> {
    let full_service = params::flag("full_service", query.full_service.as_deref())?;
    let organization = state
        .store
        .organization(id)
        .await?
        .ok_or(ApiError::NotFound {
            kind: "organization",
            id,
        })?;
    Ok(Json(
        full_organization(&state, organization, full_service).await?,
    ))
}

async fn respond(
    state: &AppState,
    query: &OrganizationQuery,
) -> Result<Json<Page<OrganizationItem>>, ApiError> {
    let full_service = params::flag("full_service", query.full_service.as_deref())?;
    let full = params::flag("full", query.full.as_deref())? || full_service;
    let filter = OrganizationFilter {
        search: params::search(query.search.as_deref())?,
        taxonomy_term_id: params::id("taxonomy_term_id", query.taxonomy_term_id.as_deref())?,
        taxonomy_id: params::id("taxonomy_id", query.taxonomy_id.as_deref())?,
    };
    let page = params::page(query.page.as_deref(), query.per_page.as_deref())?;
    params::format(query.format.as_deref(), false)?;
    let paged = state.store.list_organizations(&filter, page).await?;
    let mut contents = Vec::with_capacity(paged.items.len());
    for organization in &paged.items {
        contents.push(if full {
            OrganizationItem::Full(Box::new(
                full_organization(state, organization.clone(), full_service).await?,
            ))
        } else {
            OrganizationItem::Summary(Box::new(OrganizationListItem::new(organization)))
        });
    }
    Ok(Json(Page::from_paged(&paged, contents)))
}

/// The organization with its locations and services (summaries, or full services).
async fn full_organization(
    state: &AppState,
    mut organization: Organization,
    full_service: bool,
) -> Result<FullOrganization, ApiError> {
    organization.locations = state.store.organization_locations(organization.id).await?;
    let services = if full_service {
        let ids = state
            .store
            .organization_service_ids(organization.id)
            .await?;
        let mut services = Vec::with_capacity(ids.len());
        for batch in ids.chunks(FULL_SERVICE_BATCH) {
            for mut service in state.store.full_services(batch).await? {
                // The organization is the parent of this response; do not repeat it.
                service.organization = None;
                services.push(OrganizationService::Full(Box::new(service)));
            }
        }
        services
    } else {
        let filter = ServiceFilter {
            organization_id: Some(organization.id),
            ..ServiceFilter::default()
        };
        let mut services = Vec::new();
        let mut page = PageRequest {
            page: 1,
            per_page: PageRequest::MAX_PER_PAGE,
        };
        loop {
            let paged = state.store.list_services(&filter, page).await?;
            let got = paged.items.len();
            services.extend(paged.items.iter().map(|s| {
                OrganizationService::Summary(Box::new(
                    ServiceListItem::new(s, Some(&organization)).without_organization(),
                ))
            }));
            if got < page.per_page as usize || u64::from(page.page) >= paged.total_pages() {
                break;
            }
            page.page += 1;
        }
        services
    };
    Ok(FullOrganization {
        organization,
        services,
    })
}
