//! Storage for the directory: one [`Store`] trait, two implementations (SQLite, the embedded
//! default, and PostgreSQL) with parallel migrations under `migrations/{sqlite,postgres}/`.
//!
//! The store keeps HSDS *aggregates* (organization, location, service, service-at-location,
//! taxonomy, taxonomy term) as JSON documents next to the indexed columns that queries
//! need. Everything above this crate sees only the trait; SQL dialect differences live here.
//!
//! Writes go through a [`WriteTx`]: one database transaction, committed whole or not at all,
//! so an importer that finds a bad row can roll back and leave the database untouched.
//!
//! Besides the directory, the store keeps residents' "report a problem" reports for staff
//! ([`Store::add_report`] and the methods after it). They are not HSDS records: they have no
//! source, no change-feed entry (the search index never sees them) and are never exported,
//! and they do not reference services by foreign key, so that deleting or replacing a
//! service in an import never fails because of them and never loses them.

use std::sync::Arc;

use async_trait::async_trait;
use puerta_domain::report::{NewProblemReport, ProblemReport, ReportId, ReportLimits};
use puerta_domain::{Location, Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm};
use uuid::Uuid;

mod docs;
mod error;
pub mod postgres;
pub mod sqlite;

pub use error::StoreError;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Which database a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The default database when neither `--db` nor `PUERTA_DB` is given.
pub const DEFAULT_DB: &str = "puerta.db";

/// Opens (creating if needed) the database named by `url` and brings its schema up to date.
///
/// `postgres://…` / `postgresql://…` selects PostgreSQL; `sqlite:…` or a plain file path
/// selects SQLite (the file is created when missing).
pub async fn open(url: &str) -> Result<Arc<dyn Store>> {
    let store: Arc<dyn Store> =
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Arc::new(postgres::PgStore::connect(url).await?)
        } else {
            Arc::new(sqlite::SqliteStore::open(url).await?)
        };
    store.migrate().await?;
    Ok(store)
}

/// A page request: 1-based page number and page size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub page: u32,
    pub per_page: u32,
}

impl PageRequest {
    pub const MAX_PER_PAGE: u32 = 1000;

    pub fn offset(self) -> u64 {
        u64::from(self.page.saturating_sub(1)) * u64::from(self.per_page)
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: 50,
        }
    }
}

/// One page of results and the total number of matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: PageRequest,
}

impl<T> Paged<T> {
    pub fn total_pages(&self) -> u64 {
        if self.page.per_page == 0 {
            return 0;
        }
        self.total.div_ceil(u64::from(self.page.per_page))
    }
}

/// Filters for listing services; all given filters must hold (AND).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceFilter {
    /// Words that must all appear (case-insensitive) in the name, alternate name,
    /// description or organization name. Full ranking search lives in the search crate.
    pub search: Option<String>,
    /// Classified under this taxonomy term.
    pub taxonomy_term_id: Option<Uuid>,
    /// Classified under some term of this taxonomy.
    pub taxonomy_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    /// Changed strictly after this instant.
    pub modified_after: Option<jiff::Timestamp>,
}

/// Filters for listing organizations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OrganizationFilter {
    pub search: Option<String>,
    /// Delivers at least one service classified under this term.
    pub taxonomy_term_id: Option<Uuid>,
    /// Delivers at least one service classified under a term of this taxonomy.
    pub taxonomy_id: Option<Uuid>,
}

/// A circle on the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    pub latitude: f64,
    pub longitude: f64,
    pub radius_m: f64,
}

/// Filters for listing services at locations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceAtLocationFilter {
    pub search: Option<String>,
    pub service_id: Option<Uuid>,
    pub location_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    pub taxonomy_term_id: Option<Uuid>,
    pub taxonomy_id: Option<Uuid>,
    /// The location's postal code equals this (ignored when `near` is set).
    pub postcode: Option<String>,
    /// The location lies within this circle; results are ordered by distance.
    pub near: Option<Near>,
    pub modified_after: Option<jiff::Timestamp>,
}

/// Filters for listing taxonomy terms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaxonomyTermFilter {
    pub search: Option<String>,
    pub taxonomy_id: Option<Uuid>,
    pub parent_id: Option<Uuid>,
    /// Only terms without a parent.
    pub top_only: bool,
}

/// Record counts, for status pages and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub organizations: u64,
    pub locations: u64,
    pub services: u64,
    pub service_at_locations: u64,
    pub taxonomies: u64,
    pub taxonomy_terms: u64,
}

/// The kind of aggregate a change or reference is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Organization,
    Location,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Location => "location",
            Kind::Service => "service",
            Kind::ServiceAtLocation => "service_at_location",
            Kind::Taxonomy => "taxonomy",
            Kind::TaxonomyTerm => "taxonomy_term",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "organization" => Kind::Organization,
            "location" => Kind::Location,
            "service" => Kind::Service,
            "service_at_location" => Kind::ServiceAtLocation,
            "taxonomy" => Kind::Taxonomy,
            "taxonomy_term" => Kind::TaxonomyTerm,
            _ => return None,
        })
    }
}

/// One entry of the change feed: an aggregate was written or deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Increasing sequence number.
    pub seq: i64,
    pub kind: Kind,
    pub id: Uuid,
    pub deleted: bool,
}

/// A reference from one record to a record that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DanglingRef {
    pub from_kind: Kind,
    pub from_id: Uuid,
    /// The referencing field, e.g. `organization_id`.
    pub field: &'static str,
    pub to_kind: Kind,
    pub to_id: Uuid,
}

/// What a committed write changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteSummary {
    /// Records inserted or whose content changed.
    pub written: u64,
    /// Records whose content was identical to what was stored (idempotent re-import).
    pub unchanged: u64,
    pub deleted: u64,
}

/// What became of a report handed to [`Store::add_report`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportOutcome {
    /// Kept, with the number the store gave it.
    Added(ProblemReport),
    /// Not kept: the service already has the day's maximum of reports.
    ServiceDayFull,
    /// Not kept: the store already holds the maximum number of reports.
    StoreFull,
}

/// What [`Store::resolve_reports`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolvedReports {
    /// Every report named was deleted (this many).
    Deleted(u64),
    /// Some reports named are not stored (these, in the order given): nothing was deleted.
    Unknown(Vec<ReportId>),
}

/// The directory database.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    fn backend(&self) -> Backend;

    /// Finishes with the database: SQLite copies its write-ahead log into the main file (so
    /// the file is complete and a later process has nothing left to copy), then every
    /// connection closes. Call once, before the process exits.
    async fn close(&self);

    /// Applies pending migrations (idempotent).
    async fn migrate(&self) -> Result<()>;

    /// Starts one atomic write on behalf of `source` (a short name such as `demo` or
    /// `miami-open211-2019`); every record written through it is tagged with that source.
    async fn begin_write(&self, source: &str) -> Result<Box<dyn WriteTx>>;

    async fn counts(&self) -> Result<Counts>;

    /// A service as stored (no embedded organization, program or service-at-locations);
    /// `last_modified` is filled from the store's modification time.
    async fn service(&self, id: Uuid) -> Result<Option<Service>>;
    /// Services as stored (see [`Store::service`]) by id, in the order of `ids`; unknown ids
    /// are skipped.
    async fn services(&self, ids: &[Uuid]) -> Result<Vec<Service>>;

    /// Services with their relations embedded as in the HSDS full service object:
    /// `organization`, `program`, `service_at_locations` (each with its `location`) and
    /// each attribute's `taxonomy_term`. Unknown ids are skipped; order follows `ids`.
    async fn full_services(&self, ids: &[Uuid]) -> Result<Vec<Service>>;

    /// A page of stored services matching `filter`, ordered by name then id.
    async fn list_services(
        &self,
        filter: &ServiceFilter,
        page: PageRequest,
    ) -> Result<Paged<Service>>;

    /// Ids of all services matching `filter`, in list order (for export and NDJSON streaming).
    async fn service_ids(&self, filter: &ServiceFilter) -> Result<Vec<Uuid>>;

    async fn organization(&self, id: Uuid) -> Result<Option<Organization>>;
    async fn organizations(&self, ids: &[Uuid]) -> Result<Vec<Organization>>;
    async fn list_organizations(
        &self,
        filter: &OrganizationFilter,
        page: PageRequest,
    ) -> Result<Paged<Organization>>;
    /// Ids of the services an organization delivers.
    async fn organization_service_ids(&self, organization_id: Uuid) -> Result<Vec<Uuid>>;

    async fn location(&self, id: Uuid) -> Result<Option<Location>>;
    async fn locations(&self, ids: &[Uuid]) -> Result<Vec<Location>>;
    /// Locations belonging to an organization.
    async fn organization_locations(&self, organization_id: Uuid) -> Result<Vec<Location>>;

    async fn service_at_location(&self, id: Uuid) -> Result<Option<ServiceAtLocation>>;
    /// Service-at-locations by id (bare records), in the order of `ids`; unknown ids are
    /// skipped.
    async fn service_at_locations(&self, ids: &[Uuid]) -> Result<Vec<ServiceAtLocation>>;
    /// A page of service-at-locations (bare records, no embedded location).
    async fn list_service_at_locations(
        &self,
        filter: &ServiceAtLocationFilter,
        page: PageRequest,
    ) -> Result<Paged<ServiceAtLocation>>;

    async fn taxonomy(&self, id: Uuid) -> Result<Option<Taxonomy>>;
    async fn list_taxonomies(
        &self,
        search: Option<&str>,
        page: PageRequest,
    ) -> Result<Paged<Taxonomy>>;
    async fn taxonomy_term(&self, id: Uuid) -> Result<Option<TaxonomyTerm>>;
    async fn taxonomy_terms(&self, ids: &[Uuid]) -> Result<Vec<TaxonomyTerm>>;
    async fn list_taxonomy_terms(
        &self,
        filter: &TaxonomyTermFilter,
        page: PageRequest,
    ) -> Result<Paged<TaxonomyTerm>>;

    /// Changes with `seq > after`, oldest first, at most `limit`.
    async fn changes_since(&self, after: i64, limit: u32) -> Result<Vec<Change>>;

    /// The source a record was last written under (its owner), or `None` if it does not
    /// exist. Derived data (e.g. `puerta legal verify` marks) is written back under the
    /// owner so that `import --replace` of that source still owns the record.
    async fn source_of(&self, kind: Kind, id: Uuid) -> Result<Option<String>>;

    /// Keeps a resident's problem report within `limits`, in one transaction: reports
    /// received before `limits.keep_from(report.received)` are deleted first; then, if the
    /// service already has `limits.per_service_per_day` reports received that day or the
    /// store holds `limits.stored` reports, nothing is written. Report writes are serialized
    /// with each other (concurrent submissions cannot exceed the limits). The service is
    /// not checked: callers check that it exists.
    async fn add_report(
        &self,
        report: &NewProblemReport,
        limits: ReportLimits,
    ) -> Result<ReportOutcome>;

    /// A page of kept reports, oldest first (day received, then number); only the reports
    /// about `service_id` when given.
    async fn list_reports(
        &self,
        service_id: Option<Uuid>,
        page: PageRequest,
    ) -> Result<Paged<ProblemReport>>;

    /// Deletes the reports `ids` (staff dealt with them), all or none: when any of them is
    /// not stored, nothing is deleted and the unknown ones are returned.
    async fn resolve_reports(&self, ids: &[ReportId]) -> Result<ResolvedReports>;

    /// Deletes the reports received before `day`; returns how many.
    async fn delete_reports_received_before(&self, day: jiff::civil::Date) -> Result<u64>;
}

/// One atomic write. Dropping it without [`WriteTx::commit`] rolls everything back.
#[async_trait]
pub trait WriteTx: Send {
    /// Deletes every record of this write's source (for `import --replace`).
    async fn delete_source(&mut self) -> Result<u64>;

    /// Inserts or replaces an organization. Embedded `locations` are ignored: write them
    /// with [`WriteTx::put_location`].
    async fn put_organization(&mut self, organization: &Organization) -> Result<()>;
    async fn put_location(&mut self, location: &Location) -> Result<()>;
    /// Inserts or replaces a service. Embedded `organization`, `program` and
    /// `service_at_locations` are not stored with it: write those separately (a missing
    /// `organization_id` / `program_id` is taken from the embedded object so the link
    /// survives). The taxonomy terms it is classified under are taken from its attributes.
    async fn put_service(&mut self, service: &Service) -> Result<()>;
    /// Inserts or replaces a service-at-location; an embedded `location` is ignored.
    async fn put_service_at_location(&mut self, sal: &ServiceAtLocation) -> Result<()>;
    async fn put_taxonomy(&mut self, taxonomy: &Taxonomy) -> Result<()>;
    async fn put_taxonomy_term(&mut self, term: &TaxonomyTerm) -> Result<()>;

    /// References, among all records visible in this transaction, that point nowhere:
    /// service → organization / program-less; location → organization; service-at-location →
    /// service / location; taxonomy term → parent / taxonomy; service attribute → term.
    async fn dangling_references(&mut self) -> Result<Vec<DanglingRef>>;

    async fn commit(self: Box<Self>) -> Result<WriteSummary>;
    async fn rollback(self: Box<Self>) -> Result<()>;
}
