//! `/services`: list (JSON pages or an NDJSON stream), search-by-POST, and one full service.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::Json;
use futures::StreamExt;
use puerta_domain::Service;
use puerta_search::filter::Filters;
use puerta_search::index::SearchIndex;
use puerta_search::SearchRequest;
use puerta_store::{ServiceFilter, Store};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::page::Page;
use super::params::{self, ApiQuery, Format, IdPath, SearchParams};
use super::shapes::{MinimalService, ServiceListItem};
use crate::error::{ApiError, ErrorBody};
use crate::AppState;

/// How many services an NDJSON stream reads from the store at a time.
const STREAM_BATCH: usize = 100;

/// Parameters of `/services` (query string, or a search-by-POST body).
#[derive(Debug, Default, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct ServiceQuery {
    /// What the resident is looking for, in any of the lexicon's languages ("abogado
    /// gratis", "免费律师", "food pantry"): matched against the service's name,
    /// alternate name, description, organization, taxonomy terms and eligibility, with
    /// typo tolerance, and ranked by relevance, distance and freshness of verification.
    /// `GET /search` returns the same ranking with the reasons for each match.
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
    /// `json` (default): one page. `ndjson`: every match, one service per line, no paging.
    #[param(value_type = Option<FormatParam>)]
    #[schema(value_type = Option<FormatParam>)]
    pub format: Option<String>,
    /// Only services classified under some term of this taxonomy.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub taxonomy_id: Option<String>,
    /// Only services of this organization.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub organization_id: Option<String>,
    /// Only services changed at or after this instant (RFC 3339 date-time, or a date
    /// meaning midnight UTC).
    #[param(value_type = Option<String>, format = DateTime)]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub modified_after: Option<String>,
    /// Each item holds only `id`, `name`, `status` and `last_modified`.
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub minimal: Option<String>,
    /// Each item is a full service (as `GET /services/{id}`).
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub full: Option<String>,
    /// The search filters (listed in the operation's parameters on their own).
    #[serde(flatten)]
    #[param(ignore)]
    pub filters: params::SearchFilterParams,
}

/// A list format.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum FormatParam {
    Json,
    Ndjson,
}

/// The shape of each listed service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Summary,
    Minimal,
    Full,
}

struct ServiceRequest {
    filter: ServiceFilter,
    page: puerta_store::PageRequest,
    format: Format,
    shape: Shape,
}

impl ServiceQuery {
    fn parse(&self) -> Result<ServiceRequest, ApiError> {
        let minimal = params::flag("minimal", self.minimal.as_deref())?;
        let full = params::flag("full", self.full.as_deref())?;
        let shape = match (minimal, full) {
            (true, true) => {
                return Err(ApiError::invalid(
                    "minimal",
                    "cannot be combined with full=true",
                ))
            }
            (true, false) => Shape::Minimal,
            (false, true) => Shape::Full,
            (false, false) => Shape::Summary,
        };
        Ok(ServiceRequest {
            filter: ServiceFilter {
                search: params::search(self.search.as_deref())?,
                taxonomy_term_id: params::id(
                    "taxonomy_term_id",
                    self.filters.taxonomy_term_id.as_deref(),
                )?,
                taxonomy_id: params::id("taxonomy_id", self.taxonomy_id.as_deref())?,
                organization_id: params::id("organization_id", self.organization_id.as_deref())?,
                modified_after: inclusive(params::since(
                    "modified_after",
                    self.modified_after.as_deref(),
                )?),
            },
            page: params::page(self.page.as_deref(), self.per_page.as_deref())?,
            format: params::format(self.format.as_deref(), true)?,
            shape,
        })
    }
}

/// HSDS asks for records modified "on or after" the instant; the store filters strictly
/// after, so we ask from the nanosecond before.
pub(crate) fn inclusive(t: Option<jiff::Timestamp>) -> Option<jiff::Timestamp> {
    t.map(|t| {
        t.checked_sub(jiff::SignedDuration::from_nanos(1))
            .unwrap_or(t)
    })
}

/// A listed service in the requested shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ServiceItem {
    Summary(Box<ServiceListItem>),
    Minimal(MinimalService),
    Full(Box<Service>),
}

/// Lists services, one page at a time.
///
/// Each item is a list item (the service's own fields with summaries of its organization
/// and program); `full=true` gives full services and `minimal=true` only what a
/// synchronising client needs. Filters combine with AND. `format=ndjson` streams every
/// match, one JSON object per line, without paging.
#[utoipa::path(
    get,
    path = "/services",
    operation_id = "getPaginatedListOfServices",
    tag = "services",
    params(ServiceQuery, params::SearchFilterParams),
    responses(
        (status = 200, description = "A page of services (or, with format=ndjson, every matching service, one per line)",
            content(
                (Page<ServiceListItem> = "application/json"),
                (ServiceListItem = "application/x-ndjson"),
            )),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
    )
)]
pub async fn list_services(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ServiceQuery>,
) -> Result<Response, ApiError> {
    respond(&state, &query).await
}

/// Lists services, with the parameters of `GET /services` in the query string or the body.
#[utoipa::path(
    post,
    path = "/services",
    operation_id = "searchServices",
    tag = "services",
    params(ServiceQuery, params::SearchFilterParams),
    request_body(
        description = "The same parameters as the query string, as a JSON object or a form (body values win)",
        content(
            (ServiceQuery = "application/json"),
            (ServiceQuery = "application/x-www-form-urlencoded"),
        )
    ),
    responses(
        (status = 200, description = "A page of services (or, with format=ndjson, every matching service, one per line)",
            content(
                (Page<ServiceListItem> = "application/json"),
                (ServiceListItem = "application/x-ndjson"),
            )),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 415, description = "The body is neither JSON nor a form", body = ErrorBody),
    )
)]
pub async fn search_services(
    State(state): State<AppState>,
    SearchParams(query): SearchParams<ServiceQuery>,
) -> Result<Response, ApiError> {
    respond(&state, &query).await
}

/// One service with everything about it: organization, program, locations, schedules,
/// phones, contacts, languages and taxonomy terms.
#[utoipa::path(
    get,
    path = "/services/{id}",
    operation_id = "getFullyNestedServiceById",
    tag = "services",
    params(("id" = Uuid, Path, description = "The service's id")),
    responses(
        (status = 200, description = "The full service", body = super::schemas::ServiceSchema),
        (status = 400, description = "The id is not a UUID", body = ErrorBody),
        (status = 404, description = "No service has this id", body = ErrorBody),
    )
)]
pub async fn get_service(
    State(state): State<AppState>,
    IdPath(id): IdPath,
) -> Result<Json<Service>, ApiError> {
    let mut found = state.store.full_services(&[id]).await?;
    match found.pop() {
        Some(service) if service.id == id => Ok(Json(service)),
        _ => Err(ApiError::NotFound {
            kind: "service",
            id,
        }),
    }
}

async fn respond(state: &AppState, query: &ServiceQuery) -> Result<Response, ApiError> {
    let request = query.parse()?;
    let (filters, now) =
        params::search_filters(&state.zips, &query.filters.text(), jiff::Timestamp::now())?;
    let own_filters = {
        let mut f = filters.clone();
        f.taxonomy_term_ids.clear();
        !f.is_empty()
    };
    match &state.search {
        Some(index) if request.filter.search.is_some() || !filters.is_empty() => {
            return ranked(state, index, request, filters, now).await;
        }
        None if own_filters => {
            return Err(ApiError::invalid(
                "search",
                "the search filters need the search index, which this server does not run",
            ));
        }
        _ => {}
    }
    if request.format == Format::Ndjson {
        let ids = state.store.service_ids(&request.filter).await?;
        return Ok(ndjson(state.store.clone(), ids, request.shape));
    }
    let paged = state
        .store
        .list_services(&request.filter, request.page)
        .await?;
    let contents = shaped(state, &paged.items, request.shape).await?;
    Ok(Json(Page::from_paged(&paged, contents)).into_response())
}

/// The list items of `services` (as stored, see [`Store::service`]) in `shape`, reading
/// only what that shape shows: organizations for summaries, everything for full items.
async fn shaped(
    state: &AppState,
    services: &[Service],
    shape: Shape,
) -> Result<Vec<ServiceItem>, ApiError> {
    Ok(match shape {
        Shape::Minimal => services
            .iter()
            .map(|s| ServiceItem::Minimal(MinimalService::new(s)))
            .collect(),
        Shape::Summary => {
            let mut org_ids: Vec<Uuid> =
                services.iter().filter_map(|s| s.organization_id).collect();
            org_ids.sort_unstable();
            org_ids.dedup();
            let orgs = state.store.organizations(&org_ids).await?;
            let orgs: HashMap<Uuid, _> = orgs.iter().map(|o| (o.id, o)).collect();
            services
                .iter()
                .map(|s| {
                    let org = s.organization_id.and_then(|id| orgs.get(&id).copied());
                    ServiceItem::Summary(Box::new(ServiceListItem::new(s, org)))
                })
                .collect()
        }
        Shape::Full => {
            let ids: Vec<Uuid> = services.iter().map(|s| s.id).collect();
            state
                .store
                .full_services(&ids)
                .await?
                .into_iter()
                .map(|s| ServiceItem::Full(Box::new(s)))
                .collect()
        }
    })
}

/// `/services` through the search index: ranked, with the search filters; filters the
/// index does not know (organization, taxonomy, modification time) come from the store.
async fn ranked(
    state: &AppState,
    index: &SearchIndex,
    request: ServiceRequest,
    filters: Filters,
    now: jiff::Timestamp,
) -> Result<Response, ApiError> {
    // The index matches and ranks the text (in any language, through the lexicon, typo
    // tolerant) and applies the search filters; the store answers only the filters the
    // index does not know (organization, taxonomy id, modification time).
    let store_filter = ServiceFilter {
        taxonomy_term_id: None,
        search: None,
        ..request.filter.clone()
    };
    let allowed: Option<HashSet<Uuid>> = if store_filter == ServiceFilter::default() {
        None
    } else {
        Some(
            state
                .store
                .service_ids(&store_filter)
                .await?
                .into_iter()
                .collect(),
        )
    };
    let search = SearchRequest {
        text: request.filter.search.clone(),
        filters,
        now,
        offset: usize::try_from(request.page.offset()).unwrap_or(usize::MAX),
        limit: request.page.per_page as usize,
        locale: None,
    };
    if request.format == Format::Ndjson {
        let ids = index
            .ranked_ids(&search, allowed.as_ref())
            .map_err(params::search_error)?;
        return Ok(ndjson(state.store.clone(), ids, request.shape));
    }
    let results = index
        .rank_within(&search, allowed.as_ref())
        .map_err(params::search_error)?;
    let ids: Vec<Uuid> = results.hits.iter().map(|h| h.service_id).collect();
    // Stored services, in rank order; `shaped` reads what the shape needs besides.
    let services = state.store.services(&ids).await?;
    let contents = shaped(state, &services, request.shape).await?;
    Ok(Json(Page::new(results.total as u64, request.page, contents)).into_response())
}

fn item(service: Service, shape: Shape) -> ServiceItem {
    match shape {
        Shape::Summary => ServiceItem::Summary(Box::new(ServiceListItem::new(&service, None))),
        Shape::Minimal => ServiceItem::Minimal(MinimalService::new(&service)),
        Shape::Full => ServiceItem::Full(Box::new(service)),
    }
}

/// Streams `ids` as NDJSON, reading full services from the store `STREAM_BATCH` at a time,
/// so memory stays flat however many services match. A store failure mid-stream is
/// logged and ends the response early (the status line has already been sent).
fn ndjson(store: Arc<dyn Store>, ids: Vec<Uuid>, shape: Shape) -> Response {
    let batches = futures::stream::unfold(
        (store, ids, 0usize),
        move |(store, ids, start)| async move {
            if start >= ids.len() {
                return None;
            }
            let end = (start + STREAM_BATCH).min(ids.len());
            let chunk = match store.full_services(&ids[start..end]).await {
                Ok(services) => {
                    let mut buf = Vec::with_capacity(services.len() * 2048);
                    let mut failed = None;
                    for service in services {
                        if let Err(e) = serde_json::to_writer(&mut buf, &item(service, shape)) {
                            failed = Some(e.to_string());
                            break;
                        }
                        buf.push(b'\n');
                    }
                    match failed {
                        None => Ok(Bytes::from(buf)),
                        Some(e) => Err(e),
                    }
                }
                Err(e) => Err(e.to_string()),
            };
            let chunk = chunk.map_err(|e| {
                tracing::error!(error = %e, "NDJSON stream of services stopped");
                std::io::Error::other("the service stream stopped")
            });
            // After a failure, stop: the next poll sees `start` past the end.
            let next = if chunk.is_ok() { end } else { usize::MAX };
            Some((chunk, (store, ids, next)))
        },
    );
    // Fused: compression polls once more after the end, which a bare `unfold` forbids.
    let mut response = Body::from_stream(batches.fuse().boxed()).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        axum::http::HeaderValue::from_static("application/x-ndjson"),
    );
    response
}
