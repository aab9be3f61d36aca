//! OpenAPI descriptions of the whole HSDS records the API returns as stored.
//!
//! These types exist only to document responses (they are never built): each names the
//! official HSDS 3.1 schema it follows and describes the required fields, ids and
//! relations; the many optional detail arrays (phones, schedules, …) are described as
//! objects. The authoritative field-level definitions are the HSDS JSON Schemas.

#![allow(dead_code)]

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::shapes::{ProgramListItem, ServiceListItem};

/// Whether a service is currently offered.
#[derive(Serialize, ToSchema)]
#[schema(as = ServiceStatus)]
pub enum ServiceStatusSchema {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "inactive")]
    Inactive,
    #[serde(rename = "defunct")]
    Defunct,
    #[serde(rename = "temporarily closed")]
    TemporarilyClosed,
}

/// Whether a location is a physical place, a postal address or virtual.
#[derive(Serialize, ToSchema)]
#[schema(as = LocationType)]
#[serde(rename_all = "lowercase")]
pub enum LocationTypeSchema {
    Physical,
    Postal,
    Virtual,
}

/// A service with everything about it: HSDS 3.1 `compiled/service.json`.
#[derive(ToSchema)]
#[schema(as = Service)]
pub struct ServiceSchema {
    id: Uuid,
    organization_id: Option<Uuid>,
    program_id: Option<Uuid>,
    name: String,
    alternate_name: Option<String>,
    description: Option<String>,
    #[schema(format = "uri")]
    url: Option<String>,
    #[schema(format = Email)]
    email: Option<String>,
    status: ServiceStatusSchema,
    minimum_age: Option<f64>,
    maximum_age: Option<f64>,
    /// When the service or anything about it last changed.
    #[schema(format = DateTime)]
    last_modified: Option<String>,
    /// The organization that delivers the service (without its locations).
    organization: Option<OrganizationSummarySchema>,
    program: Option<ProgramListItem>,
    /// Where the service is delivered, each with its location.
    service_at_locations: Option<Vec<ServiceAtLocationSchema>>,
    /// Taxonomy classifications and other attributes (each with its `taxonomy_term`).
    #[schema(value_type = Option<Vec<Object>>)]
    attributes: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    phones: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    schedules: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    languages: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    contacts: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    service_areas: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    cost_options: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    required_documents: Option<Vec<()>>,
}

/// An organization as embedded in a full service: HSDS 3.1 organization.
#[derive(ToSchema)]
#[schema(as = OrganizationSummary)]
pub struct OrganizationSummarySchema {
    id: Uuid,
    name: String,
    description: String,
    #[schema(format = Email)]
    email: Option<String>,
    #[schema(format = "uri")]
    website: Option<String>,
    programs: Option<Vec<ProgramListItem>>,
}

/// An organization with its locations and services: HSDS 3.1 `compiled/organization.json`.
#[derive(ToSchema)]
#[schema(as = Organization)]
pub struct OrganizationSchema {
    id: Uuid,
    name: String,
    alternate_name: Option<String>,
    description: String,
    #[schema(format = Email)]
    email: Option<String>,
    #[schema(format = "uri")]
    website: Option<String>,
    parent_organization_id: Option<Uuid>,
    programs: Option<Vec<ProgramListItem>>,
    /// The places where the organization works.
    locations: Option<Vec<LocationSchema>>,
    /// Its services: list items, or full services with `full_service=true`.
    services: Vec<ServiceListItem>,
    #[schema(value_type = Option<Vec<Object>>)]
    phones: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    contacts: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    organization_identifiers: Option<Vec<()>>,
}

/// A place where services are delivered: HSDS 3.1 `location.json`.
#[derive(ToSchema)]
#[schema(as = Location)]
pub struct LocationSchema {
    id: Uuid,
    location_type: LocationTypeSchema,
    organization_id: Option<Uuid>,
    name: Option<String>,
    description: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    /// Street and postal addresses.
    #[schema(value_type = Option<Vec<Object>>)]
    addresses: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    phones: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    schedules: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    languages: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    accessibility: Option<Vec<()>>,
}

/// A service delivered at a location, with both joined: HSDS 3.1
/// `compiled/service_at_location.json`. `name` and `status` repeat the service's (the
/// official OpenAPI declares a service object for `GET /service_at_locations/{id}`).
#[derive(ToSchema)]
#[schema(as = ServiceAtLocation)]
pub struct ServiceAtLocationSchema {
    id: Uuid,
    service_id: Option<Uuid>,
    location_id: Option<Uuid>,
    description: Option<String>,
    /// The service's name.
    name: Option<String>,
    /// The service's status.
    status: Option<ServiceStatusSchema>,
    location: Option<LocationSchema>,
    /// The full service, without its own list of service-at-locations.
    #[schema(no_recursion)]
    service: Option<ServiceSchema>,
    #[schema(value_type = Option<Vec<Object>>)]
    phones: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    schedules: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    contacts: Option<Vec<()>>,
    #[schema(value_type = Option<Vec<Object>>)]
    service_areas: Option<Vec<()>>,
}

/// A vocabulary of terms, such as Open Eligibility: HSDS 3.1 `taxonomy.json`.
#[derive(ToSchema)]
#[schema(as = Taxonomy)]
pub struct TaxonomySchema {
    id: Uuid,
    name: String,
    description: String,
    #[schema(format = "uri")]
    uri: Option<String>,
    version: Option<String>,
}

/// One term of a taxonomy: HSDS 3.1 `taxonomy_term.json`.
#[derive(ToSchema)]
#[schema(as = TaxonomyTerm)]
pub struct TaxonomyTermSchema {
    id: Uuid,
    code: Option<String>,
    name: String,
    description: String,
    /// The broader term this one sits under.
    parent_id: Option<Uuid>,
    taxonomy_id: Option<Uuid>,
    /// The taxonomy's name (HSDS 3.0 style).
    taxonomy: Option<String>,
    /// The taxonomy, on `GET /taxonomy_terms/{id}`.
    taxonomy_detail: Option<TaxonomySchema>,
    language: Option<String>,
    #[schema(format = "uri")]
    term_uri: Option<String>,
}
