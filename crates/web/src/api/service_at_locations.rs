//! `/service_at_locations`: where services are delivered. List (with postcode and
//! proximity search), search-by-POST, and one service-at-location with everything joined.

use std::collections::HashMap;

use axum::extract::State;
use axum::Json;
use puerta_domain::{Location, Service, ServiceAtLocation};
use puerta_store::{Near, Paged, ServiceAtLocationFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::organizations::JsonOnly;
use super::page::Page;
use super::params::{self, ApiQuery, IdPath, SearchParams};
use super::services::inclusive;
use super::shapes::{FullServiceAtLocation, ServiceAtLocationListItem};
use crate::error::{ApiError, ErrorBody};
use crate::AppState;

/// The widest accepted `proximity`, in metres.
pub const MAX_PROXIMITY_M: f64 = 1_000_000.0;

/// Parameters of `/service_at_locations`.
#[derive(Debug, Default, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct ServiceAtLocationQuery {
    /// Words that must all appear in the service's or the location's name or description.
    #[param(max_length = 500)]
    #[schema(max_length = 500)]
    pub search: Option<String>,
    /// Only services classified under this taxonomy term.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub taxonomy_term_id: Option<String>,
    /// Only services classified under some term of this taxonomy.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub taxonomy_id: Option<String>,
    /// Only services of this organization.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub organization_id: Option<String>,
    /// Only this service's locations.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub service_id: Option<String>,
    /// Only the services at this location.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub location_id: Option<String>,
    /// Only records changed at or after this instant (RFC 3339 date-time, or a date meaning
    /// midnight UTC).
    #[param(value_type = Option<String>, format = DateTime)]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub modified_after: Option<String>,
    /// Each item is a full service-at-location (as `GET /service_at_locations/{id}`).
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub full: Option<String>,
    /// Without `proximity`: only locations with this postal code. With `proximity`: the
    /// 5-digit US ZIP code whose centroid is the centre of the search.
    #[param(max_length = 20)]
    #[schema(max_length = 20)]
    pub postcode: Option<String>,
    /// With `postcode`: only locations within this many metres of the postcode's
    /// centroid, nearest first (at most 1,000,000).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 1000000)]
    #[schema(value_type = Option<f64>, minimum = 0, maximum = 1000000)]
    pub proximity: Option<String>,
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

/// A listed service-at-location in the requested shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ServiceAtLocationItem {
    Summary(Box<ServiceAtLocationListItem>),
    Full(Box<FullServiceAtLocation>),
}

/// Lists services at locations, one page at a time; with `postcode` and `proximity`,
/// nearest first.
#[utoipa::path(
    get,
    path = "/service_at_locations",
    operation_id = "getPaginatedListOfServiceAtLocation",
    tag = "service_at_locations",
    params(ServiceAtLocationQuery),
    responses(
        (status = 200, description = "A page of services at locations", body = Page<ServiceAtLocationListItem>),
        (status = 400, description = "A parameter is malformed, or the postcode is unknown", body = ErrorBody),
    )
)]
pub async fn list_service_at_locations(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ServiceAtLocationQuery>,
) -> Result<Json<Page<ServiceAtLocationItem>>, ApiError> {
    respond(&state, &query).await
}

/// Lists services at locations, with the parameters of `GET /service_at_locations` in the
/// query string or the body.
#[utoipa::path(
    post,
    path = "/service_at_locations",
    operation_id = "searchServiceAtLocations",
    tag = "service_at_locations",
    params(ServiceAtLocationQuery),
    request_body(
        description = "The same parameters as the query string, as a JSON object or a form (body values win)",
        content(
            (ServiceAtLocationQuery = "application/json"),
            (ServiceAtLocationQuery = "application/x-www-form-urlencoded"),
        )
    ),
    responses(
        (status = 200, description = "A page of services at locations", body = Page<ServiceAtLocationListItem>),
        (status = 400, description = "A parameter is malformed, or the postcode is unknown", body = ErrorBody),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 415, description = "The body is neither JSON nor a form", body = ErrorBody),
    )
)]
pub async fn search_service_at_locations(
    State(state): State<AppState>,
    SearchParams(query): SearchParams<ServiceAtLocationQuery>,
) -> Result<Json<Page<ServiceAtLocationItem>>, ApiError> {
    respond(&state, &query).await
}

/// One service at a location, with its full location and full service.
#[utoipa::path(
    get,
    path = "/service_at_locations/{id}",
    operation_id = "getServiceAtLocationWithNestedDataById",
    tag = "service_at_locations",
    params(("id" = Uuid, Path, description = "The service-at-location's id")),
    responses(
        (status = 200, description = "The service at its location", body = super::schemas::ServiceAtLocationSchema),
        (status = 400, description = "The id is not a UUID", body = ErrorBody),
        (status = 404, description = "No service-at-location has this id", body = ErrorBody),
    )
)]
pub async fn get_service_at_location(
    State(state): State<AppState>,
    IdPath(id): IdPath,
) -> Result<Json<FullServiceAtLocation>, ApiError> {
    let record = state
        .store
        .service_at_location(id)
        .await?
        .ok_or(ApiError::NotFound {
            kind: "service at location",
            id,
        })?;
    let location = match record.location_id {
        Some(location_id) => state.store.location(location_id).await?,
        None => None,
    };
    let service = match record.service_id {
        Some(service_id) => state.store.full_services(&[service_id]).await?.pop(),
        None => None,
    };
    Ok(Json(FullServiceAtLocation::new(record, location, service)))
}

async fn respond(
    state: &AppState,
    query: &ServiceAtLocationQuery,
) -> Result<Json<Page<ServiceAtLocationItem>>, ApiError> {
    let filter = filter(state, query)?;
    let full = params::flag("full", query.full.as_deref())?;
    let page = params::page(query.page.as_deref(), query.per_page.as_deref())?;
    params::format(query.format.as_deref(), false)?;
    let paged = match (&state.search, &filter.near) {
        // "What is near this ZIP code" alone: the search index measures the distances.
        (Some(index), Some(near)) if only_near(&filter) => {
            let ranked = index
                .service_at_locations_near(near.latitude, near.longitude, near.radius_m)
                .map_err(params::search_error)?;
            let start = usize::try_from(page.offset())
                .unwrap_or(usize::MAX)
                .min(ranked.len());
            let end = start
                .saturating_add(page.per_page as usize)
                .min(ranked.len());
            let ids: Vec<Uuid> = ranked[start..end].iter().map(|(id, _)| *id).collect();
            Paged {
                items: state.store.service_at_locations(&ids).await?,
                total: ranked.len() as u64,
                page,
            }
        }
        _ => state.store.list_service_at_locations(&filter, page).await?,
    };

    let mut location_ids: Vec<Uuid> = paged.items.iter().filter_map(|r| r.location_id).collect();
    let mut service_ids: Vec<Uuid> = paged.items.iter().filter_map(|r| r.service_id).collect();
    for ids in [&mut location_ids, &mut service_ids] {
        ids.sort_unstable();
        ids.dedup();
    }
    let locations: HashMap<Uuid, Location> = state
        .store
        .locations(&location_ids)
        .await?
        .into_iter()
        .map(|l| (l.id, l))
        .collect();
    let services: HashMap<Uuid, Service> = state
        .store
        .full_services(&service_ids)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();

    let contents = paged
        .items
        .iter()
        .map(|record: &ServiceAtLocation| {
            let location = record.location_id.and_then(|id| locations.get(&id));
            let service = record.service_id.and_then(|id| services.get(&id));
            if full {
                ServiceAtLocationItem::Full(Box::new(FullServiceAtLocation::new(
                    record.clone(),
                    location.cloned(),
                    service.cloned(),
                )))
            } else {
                ServiceAtLocationItem::Summary(Box::new(ServiceAtLocationListItem::new(
                    record, location, service,
                )))
            }
        })
        .collect();
    Ok(Json(Page::from_paged(&paged, contents)))
}

/// Whether the filter asks only for places within a circle (the search index's case).
fn only_near(f: &ServiceAtLocationFilter) -> bool {
    let ServiceAtLocationFilter {
        search,
        service_id,
        location_id,
        organization_id,
        taxonomy_term_id,
        taxonomy_id,
        postcode,
        near,
        modified_after,
    } = f;
    near.is_some()
        && search.is_none()
        && service_id.is_none()
        && location_id.is_none()
        && organization_id.is_none()
        && taxonomy_term_id.is_none()
        && taxonomy_id.is_none()
        && postcode.is_none()
        && modified_after.is_none()
}

fn filter(
    state: &AppState,
    query: &ServiceAtLocationQuery,
) -> Result<ServiceAtLocationFilter, ApiError> {
    let postcode = params::text(query.postcode.as_deref());
    if postcode.is_some_and(|p| p.chars().count() > 20) {
        return Err(ApiError::invalid(
            "postcode",
            "is longer than 20 characters",
        ));
    }
    let proximity = match params::text(query.proximity.as_deref()) {
        None => None,
        Some(t) => Some(
            t.parse::<f64>()
                .ok()
                .filter(|m| m.is_finite() && (0.0..=MAX_PROXIMITY_M).contains(m))
                .ok_or_else(|| {
                    ApiError::invalid(
                        "proximity",
                        format!("expected a distance in metres from 0 to {MAX_PROXIMITY_M}, found {t:?}"),
                    )
                })?,
        ),
    };
    let near = match (postcode, proximity) {
        (_, None) => None,
        (None, Some(_)) => {
            return Err(ApiError::invalid(
                "proximity",
                "needs a postcode: the distance is measured from the postcode's centroid",
            ))
        }
        (Some(p), Some(radius_m)) => {
            let (latitude, longitude) = state
                .zips
                .lookup(p)
                .ok_or_else(|| ApiError::UnknownPostcode(p.to_owned()))?;
            Some(Near {
                latitude,
                longitude,
                radius_m,
            })
        }
    };
    Ok(ServiceAtLocationFilter {
        search: params::search(query.search.as_deref())?,
        service_id: params::id("service_id", query.service_id.as_deref())?,
        location_id: params::id("location_id", query.location_id.as_deref())?,
        organization_id: params::id("organization_id", query.organization_id.as_deref())?,
        taxonomy_term_id: params::id("taxonomy_term_id", query.taxonomy_term_id.as_deref())?,
        taxonomy_id: params::id("taxonomy_id", query.taxonomy_id.as_deref())?,
        postcode: if near.is_some() {
            None
        } else {
            postcode.map(str::to_owned)
        },
        near,
        modified_after: inclusive(params::since(
            "modified_after",
            query.modified_after.as_deref(),
        )?),
    })
}
