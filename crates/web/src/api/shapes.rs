//! The shapes the API returns besides whole stored records: compact list items (HSDS
//! `compiled/*_list.json`) and the full objects that join several aggregates
//! (`compiled/organization.json`, `compiled/service_at_location.json`).
//!
//! List items carry a record's own one-to-one fields and small summaries of the records it
//! points to, so a client can draw a list without a request per row.

use puerta_domain::{
    Age, Email, Location, Name, Organization, PlaceKind, Program, Service, ServiceAtLocation,
    ServiceStatus, Text, WebUrl,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::schemas::{LocationTypeSchema, ServiceStatusSchema};

/// A service in a list (HSDS `compiled/service_list.json`): its own fields, with summaries
/// of its organization and program.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ServiceListItem {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program_id: Option<Uuid>,
    #[schema(value_type = String)]
    pub name: Name,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = "uri")]
    pub url: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Email)]
    pub email: Option<Email>,
    #[schema(value_type = ServiceStatusSchema)]
    pub status: ServiceStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation_services: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accreditations: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<f64>)]
    pub minimum_age: Option<Age>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<f64>)]
    pub maximum_age: Option<Age>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Date)]
    pub assured_date: Option<jiff::civil::Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Email)]
    pub assurer_email: Option<Email>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licenses: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alert: Option<String>,
    /// When the service or anything about it last changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_modified: Option<jiff::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<OrganizationListItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<ProgramListItem>,
}

impl ServiceListItem {
    /// The list item of `service`; `organization` is its organization when known (else the
    /// one embedded in a full service is used). The program summary comes from the
    /// service's embedded program or the organization's programs.
    pub fn new(service: &Service, organization: Option<&Organization>) -> Self {
        let organization = organization
            .filter(|o| Some(o.id) == service.organization_id)
            .or(service.organization.as_deref());
        let program = service.program.as_ref().or_else(|| {
            let id = service.program_id?;
            organization?.programs.iter().find(|p| p.id == id)
        });
        let s = service;
        Self {
            id: s.id,
            organization_id: s.organization_id,
            program_id: s.program_id,
            name: s.name.clone(),
            alternate_name: s.alternate_name.clone(),
            description: s.description.clone(),
            url: s.url.clone(),
            email: s.email.clone(),
            status: s.status,
            interpretation_services: s.interpretation_services.clone(),
            application_process: s.application_process.clone(),
            fees_description: s.fees_description.clone(),
            wait_time: s.wait_time.clone(),
            fees: s.fees.clone(),
            accreditations: s.accreditations.clone(),
            eligibility_description: s.eligibility_description.clone(),
            minimum_age: s.minimum_age,
            maximum_age: s.maximum_age,
            assured_date: s.assured_date,
            assurer_email: s.assurer_email.clone(),
            licenses: s.licenses.clone(),
            alert: s.alert.clone(),
            last_modified: s.last_modified,
            organization: organization.map(OrganizationListItem::new),
            program: program.map(ProgramListItem::new),
        }
    }

    /// The item without its organization summary (inside an organization's own response).
    pub fn without_organization(mut self) -> Self {
        self.organization = None;
        self
    }
}

/// A service reduced to what a synchronising client needs to decide what to fetch
/// (`minimal=true`). `name` and `status` are kept because HSDS list items require them.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct MinimalService {
    pub id: Uuid,
    #[schema(value_type = String)]
    pub name: Name,
    #[schema(value_type = ServiceStatusSchema)]
    pub status: ServiceStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_modified: Option<jiff::Timestamp>,
}

impl MinimalService {
    pub fn new(s: &Service) -> Self {
        Self {
            id: s.id,
            name: s.name.clone(),
            status: s.status,
            last_modified: s.last_modified,
        }
    }
}

/// An organization in a list (HSDS `compiled/organization_list.json`).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct OrganizationListItem {
    pub id: Uuid,
    #[schema(value_type = String)]
    pub name: Name,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    #[schema(value_type = String)]
    pub description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Email)]
    pub email: Option<Email>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = "uri")]
    pub website: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year_incorporated: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = "uri")]
    pub uri: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_organization_id: Option<Uuid>,
}

impl OrganizationListItem {
    pub fn new(o: &Organization) -> Self {
        Self {
            id: o.id,
            name: o.name.clone(),
            alternate_name: o.alternate_name.clone(),
            description: o.description.clone(),
            email: o.email.clone(),
            website: o.website.clone(),
            tax_status: o.tax_status.clone(),
            tax_id: o.tax_id.clone(),
            year_incorporated: o.year_incorporated,
            legal_status: o.legal_status.clone(),
            logo: o.logo.clone(),
            uri: o.uri.clone(),
            parent_organization_id: o.parent_organization_id,
        }
    }
}

/// A program summary inside a service list item.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ProgramListItem {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[schema(value_type = String)]
    pub name: Name,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    #[schema(value_type = String)]
    pub description: Text,
}

impl ProgramListItem {
    pub fn new(p: &Program) -> Self {
        Self {
            id: p.id,
            organization_id: p.organization_id,
            name: p.name.clone(),
            alternate_name: p.alternate_name.clone(),
            description: p.description.clone(),
        }
    }
}

/// A location summary inside a service-at-location list item.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct LocationListItem {
    pub id: Uuid,
    #[schema(value_type = LocationTypeSchema)]
    pub location_type: PlaceKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = "uri")]
    pub url: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transportation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_identifier_type: Option<String>,
}

impl LocationListItem {
    pub fn new(l: &Location) -> Self {
        Self {
            id: l.id,
            location_type: l.location_type,
            url: l.url.clone(),
            organization_id: l.organization_id,
            name: l.name.clone(),
            alternate_name: l.alternate_name.clone(),
            description: l.description.clone(),
            transportation: l.transportation.clone(),
            latitude: l.latitude.map(|v| v.degrees()),
            longitude: l.longitude.map(|v| v.degrees()),
            external_identifier: l.external_identifier.clone(),
            external_identifier_type: l.external_identifier_type.clone(),
        }
    }
}

/// A service at a location in a list (HSDS `compiled/service_at_location_list.json`).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ServiceAtLocationListItem {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationListItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceListItem>,
}

impl ServiceAtLocationListItem {
    /// `service` should be a full service (its organization embedded).
    pub fn new(
        sal: &ServiceAtLocation,
        location: Option<&Location>,
        service: Option<&Service>,
    ) -> Self {
        Self {
            id: sal.id,
            service_id: sal.service_id,
            location_id: sal.location_id,
            description: sal.description.clone(),
            location: location.map(LocationListItem::new),
            service: service.map(|s| ServiceListItem::new(s, None)),
        }
    }
}

/// A service at a location with everything joined: the stored record, its full location,
/// and the full service (without the service's own list of service-at-locations).
///
/// `name` and `status` repeat the service's: the official HSDS 3.1 OpenAPI declares a
/// *service* object for `GET /service_at_locations/{id}` (a known mistake, fixed upstream in
/// January 2026), and clients built from it expect those two required fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FullServiceAtLocation {
    #[serde(flatten)]
    pub record: ServiceAtLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Name>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

impl FullServiceAtLocation {
    pub fn new(
        mut record: ServiceAtLocation,
        location: Option<Location>,
        service: Option<Service>,
    ) -> Self {
        if location.is_some() {
            record.location = location;
        }
        let service = service.map(|mut s| {
            s.service_at_locations.clear();
            s
        });
        Self {
            name: service.as_ref().map(|s| s.name.clone()),
            status: service.as_ref().map(|s| s.status),
            record,
            service,
        }
    }
}

/// An organization with its locations and services (HSDS `compiled/organization.json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FullOrganization {
    #[serde(flatten)]
    pub organization: Organization,
    pub services: Vec<OrganizationService>,
}

/// A service inside an organization: a summary, or (`full_service=true`) the full service.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum OrganizationService {
    Summary(Box<ServiceListItem>),
    Full(Box<Service>),
}
