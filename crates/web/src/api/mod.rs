//! The HSDS 3.1 API (read side): one file per resource, the routes, and the OpenAPI
//! document generated from the handlers' annotations.

use std::sync::LazyLock;

use axum::routing::get;
use axum::Router;
use utoipa::openapi::{OpenApi as OpenApiDoc, Required};
use utoipa::{Modify, OpenApi};

use crate::AppState;

pub mod organizations;
pub mod page;
pub mod params;
pub mod root;
pub mod schemas;
pub mod search;
pub mod service_at_locations;
pub mod services;
pub mod shapes;
pub mod taxonomies;
pub mod taxonomy_terms;

/// The routes of the API, before state and most middleware (the search-backed lists get
/// the response cache, see [`crate::cache`]).
pub fn routes(state: AppState) -> Router<AppState> {
    let cached = || axum::middleware::from_fn_with_state(state.clone(), crate::cache::layer);
    Router::new()
        .route("/", get(root::root))
        .route("/openapi.json", get(root::openapi_json))
        .route(
            "/services",
            get(services::list_services)
                .post(services::search_services)
                .layer(cached()),
        )
        .route("/services/{id}", get(services::get_service))
        .route("/search", get(search::search).layer(cached()))
        .route(
            "/organizations",
            get(organizations::list_organizations).post(organizations::search_organizations),
        )
        .route("/organizations/{id}", get(organizations::get_organization))
        .route(
            "/taxonomies",
            get(taxonomies::list_taxonomies).post(taxonomies::search_taxonomies),
        )
        .route("/taxonomies/{id}", get(taxonomies::get_taxonomy))
        .route(
            "/taxonomy_terms",
            get(taxonomy_terms::list_taxonomy_terms).post(taxonomy_terms::search_taxonomy_terms),
        )
        .route(
            "/taxonomy_terms/{id}",
            get(taxonomy_terms::get_taxonomy_term),
        )
        .route(
            "/service_at_locations",
            get(service_at_locations::list_service_at_locations)
                .post(service_at_locations::search_service_at_locations),
        )
        .route(
            "/service_at_locations/{id}",
            get(service_at_locations::get_service_at_location),
        )
}

/// The OpenAPI document of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Puerta HSDS API",
        description = "Read access to a directory of services for immigrants and refugees, in the \
            Open Referral Human Services Data Specification (HSDS) 3.1.\n\n\
            Lists are paginated (`page`, `per_page` up to 1000) and their filters combine with AND. \
            Errors are JSON: `{\"error\": {\"code\": \"...\", \"message\": \"...\"}}`, where `code` is stable.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    paths(
        root::root,
        services::list_services,
        services::search_services,
        services::get_service,
        organizations::list_organizations,
        organizations::search_organizations,
        organizations::get_organization,
        taxonomies::list_taxonomies,
        taxonomies::search_taxonomies,
        taxonomies::get_taxonomy,
        taxonomy_terms::list_taxonomy_terms,
        taxonomy_terms::search_taxonomy_terms,
        taxonomy_terms::get_taxonomy_term,
        service_at_locations::list_service_at_locations,
        service_at_locations::search_service_at_locations,
        service_at_locations::get_service_at_location,
        search::search,
    ),
    components(schemas(crate::error::ErrorBody, crate::error::ErrorCode)),
    tags(
        (name = "meta", description = "About this API"),
        (name = "services", description = "What people can get, from whom, where and when"),
        (name = "organizations", description = "Who delivers services"),
        (name = "service_at_locations", description = "Where services are delivered, with postcode and distance search"),
        (name = "taxonomies", description = "Vocabularies that classify services"),
        (name = "search", description = "Ranked search with explanations (Puerta's own, for the resident pages)"),
    ),
    modifiers(&OptionalSearchBodies)
)]
pub struct ApiDoc;

/// Search-by-POST bodies are optional: the parameters may come in the query string alone.
struct OptionalSearchBodies;

impl Modify for OptionalSearchBodies {
    fn modify(&self, openapi: &mut OpenApiDoc) {
        for item in openapi.paths.paths.values_mut() {
            if let Some(body) = item.post.as_mut().and_then(|op| op.request_body.as_mut()) {
                body.required = Some(Required::False);
            }
        }
    }
}

/// The document, built once.
pub fn openapi() -> &'static OpenApiDoc {
    static DOC: LazyLock<OpenApiDoc> = LazyLock::new(ApiDoc::openapi);
    &DOC
}
