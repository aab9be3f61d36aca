//! PLACEHOLDER: being implemented.
#![allow(unused_variables)]
use async_trait::async_trait;
use uuid::Uuid;
use puerta_domain::*;
use crate::*;

pub struct SqliteStore;

impl SqliteStore {
    pub async fn open(url: &str) -> Result<Self> { Err(StoreError::Unimplemented("SqliteStore")) }
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> Backend { Backend::Sqlite }
    async fn migrate(&self) -> Result<()> { Err(StoreError::Unimplemented("migrate")) }
    async fn begin_write(&self, source: &str) -> Result<Box<dyn WriteTx>> { Err(StoreError::Unimplemented("begin_write")) }
    async fn counts(&self) -> Result<Counts> { Err(StoreError::Unimplemented("counts")) }
    async fn service(&self, id: Uuid) -> Result<Option<Service>> { Err(StoreError::Unimplemented("service")) }
    async fn full_services(&self, ids: &[Uuid]) -> Result<Vec<Service>> { Err(StoreError::Unimplemented("full_services")) }
    async fn list_services(&self, filter: &ServiceFilter, page: PageRequest) -> Result<Paged<Service>> { Err(StoreError::Unimplemented("list_services")) }
    async fn service_ids(&self, filter: &ServiceFilter) -> Result<Vec<Uuid>> { Err(StoreError::Unimplemented("service_ids")) }
    async fn organization(&self, id: Uuid) -> Result<Option<Organization>> { Err(StoreError::Unimplemented("organization")) }
    async fn organizations(&self, ids: &[Uuid]) -> Result<Vec<Organization>> { Err(StoreError::Unimplemented("organizations")) }
    async fn list_organizations(&self, filter: &OrganizationFilter, page: PageRequest,) -> Result<Paged<Organization>> { Err(StoreError::Unimplemented("list_organizations")) }
    async fn organization_service_ids(&self, organization_id: Uuid) -> Result<Vec<Uuid>> { Err(StoreError::Unimplemented("organization_service_ids")) }
    async fn location(&self, id: Uuid) -> Result<Option<Location>> { Err(StoreError::Unimplemented("location")) }
    async fn locations(&self, ids: &[Uuid]) -> Result<Vec<Location>> { Err(StoreError::Unimplemented("locations")) }
    async fn organization_locations(&self, organization_id: Uuid) -> Result<Vec<Location>> { Err(StoreError::Unimplemented("organization_locations")) }
    async fn service_at_location(&self, id: Uuid) -> Result<Option<ServiceAtLocation>> { Err(StoreError::Unimplemented("service_at_location")) }
    async fn list_service_at_locations(&self, filter: &ServiceAtLocationFilter, page: PageRequest,) -> Result<Paged<ServiceAtLocation>> { Err(StoreError::Unimplemented("list_service_at_locations")) }
    async fn taxonomy(&self, id: Uuid) -> Result<Option<Taxonomy>> { Err(StoreError::Unimplemented("taxonomy")) }
    async fn list_taxonomies(&self, search: Option<&str>, page: PageRequest) -> Result<Paged<Taxonomy>> { Err(StoreError::Unimplemented("list_taxonomies")) }
    async fn taxonomy_term(&self, id: Uuid) -> Result<Option<TaxonomyTerm>> { Err(StoreError::Unimplemented("taxonomy_term")) }
    async fn taxonomy_terms(&self, ids: &[Uuid]) -> Result<Vec<TaxonomyTerm>> { Err(StoreError::Unimplemented("taxonomy_terms")) }
    async fn list_taxonomy_terms(&self, filter: &TaxonomyTermFilter, page: PageRequest,) -> Result<Paged<TaxonomyTerm>> { Err(StoreError::Unimplemented("list_taxonomy_terms")) }
    async fn changes_since(&self, after: i64, limit: u32) -> Result<Vec<Change>> { Err(StoreError::Unimplemented("changes_since")) }
}
