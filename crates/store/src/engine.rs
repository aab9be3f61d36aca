//! The queries both backends share, written in the common dialect of SQLite and PostgreSQL
//! (`ON CONFLICT … DO UPDATE … WHERE`, `RETURNING`, `LIKE … ESCAPE`, `LIMIT … OFFSET`).
//!
//! This file is compiled twice, as `sqlite::engine` and as `postgres::engine`
//! (`#[path = "engine.rs"] mod engine;`), so that every query runs on concrete sqlx types
//! (generic sqlx code needs long higher-ranked bounds and trips over `Send` in async code).
//! The parent module supplies what differs between the databases: `Db`, the store type
//! `This` (with a `pool` field), `BACKEND`, `MIGRATOR`, how an id is bound (`id_param`),
//! read (`get_id`) and matched against a list (`push_id_list`), and how a write
//! transaction begins (`begin_write_tx`; `begin_report_tx` for problem reports).

use std::collections::{HashMap, HashSet};

use async_trait::async_trait;
use puerta_domain::report::{
    NewProblemReport, ProblemReport, ReportCategory, ReportId, ReportLimits, ReportText,
};
use puerta_domain::{Location, Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm};
use serde::de::DeserializeOwned;
use sqlx::query_builder::Separated;
use sqlx::{QueryBuilder, Row, Transaction};
use uuid::Uuid;

use super::{
    begin_report_tx, begin_write_tx, get_id, id_param, push_id_list, Db, This, BACKEND, MIGRATOR,
};
use crate::docs::{
    self, BoundingBox, LocationRow, OrganizationRow, ServiceAtLocationRow, ServiceRow, TaxonomyRow,
    TaxonomyTermRow, BATCH_ROWS, ID_CHUNK,
};
use crate::{
    Backend, Change, Counts, DanglingRef, Kind, OrganizationFilter, PageRequest, Paged,
    ReportOutcome, ResolvedReports, Result, ServiceAtLocationFilter, ServiceFilter, Store,
    StoreError, TaxonomyTermFilter, WriteSummary, WriteTx,
};

type Conn = <Db as sqlx::Database>::Connection;
type DbRow = <Db as sqlx::Database>::Row;
type Qb<'a> = QueryBuilder<'a, Db>;

/// Appended to every `LIKE` against a pattern from [`docs::like_patterns`].
const ESCAPE: &str = " ESCAPE '\\'";

fn now_us() -> i64 {
    jiff::Timestamp::now().as_microsecond()
}

fn limit_offset(qb: &mut Qb<'_>, page: PageRequest) {
    qb.push(" LIMIT ")
        .push_bind(i64::from(page.per_page))
        .push(" OFFSET ")
        .push_bind(i64::try_from(page.offset()).unwrap_or(i64::MAX));
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// Adds ` AND (a LIKE p OR b LIKE p …)` for each search word.
fn push_search(qb: &mut Qb<'_>, search: Option<&str>, columns: &[&str]) {
    for pattern in docs::like_patterns(search) {
        qb.push(" AND (");
        for (i, column) in columns.iter().enumerate() {
            if i > 0 {
                qb.push(" OR ");
            }
            qb.push(format!("{column} LIKE "))
                .push_bind(pattern.clone())
                .push(ESCAPE);
        }
        qb.push(")");
    }
}

/// Adds conditions that the service whose id is in `service_column` is classified under
/// the term / under some term of the taxonomy.
fn push_taxonomy(
    qb: &mut Qb<'_>,
    service_column: &str,
    term_id: Option<Uuid>,
    taxonomy_id: Option<Uuid>,
) {
    if let Some(term) = term_id {
        // `IN` (not a correlated `EXISTS`) lets the planner start from the term's index
        // instead of probing once per service.
        qb.push(format!(
            " AND {service_column} IN (SELECT st.service_id FROM service_taxonomy_terms st \
             WHERE st.taxonomy_term_id = "
        ))
        .push_bind(id_param(term))
        .push(")");
    }
    if let Some(taxonomy) = taxonomy_id {
        qb.push(format!(
            " AND EXISTS (SELECT 1 FROM service_taxonomy_terms st \
             JOIN taxonomy_terms tt ON tt.id = st.taxonomy_term_id \
             WHERE st.service_id = {service_column} AND tt.taxonomy_id = "
        ))
        .push_bind(id_param(taxonomy))
        .push(")");
    }
}

fn push_service_from(qb: &mut Qb<'_>, f: &ServiceFilter) {
    qb.push(" FROM services s");
    let search = f.search.as_deref();
    if !docs::like_patterns(search).is_empty() {
        qb.push(" LEFT JOIN organizations o ON o.id = s.organization_id");
    }
    qb.push(" WHERE 1 = 1");
    push_search(qb, search, &["s.search_text", "o.sort_name"]);
    push_taxonomy(qb, "s.id", f.taxonomy_term_id, f.taxonomy_id);
    if let Some(org) = f.organization_id {
        qb.push(" AND s.organization_id = ")
            .push_bind(id_param(org));
    }
    if let Some(after) = f.modified_after {
        qb.push(" AND s.modified > ")
            .push_bind(after.as_microsecond());
    }
}

fn push_organization_from(qb: &mut Qb<'_>, f: &OrganizationFilter) {
    qb.push(" FROM organizations o WHERE 1 = 1");
    push_search(qb, f.search.as_deref(), &["o.search_text"]);
    if let Some(term) = f.taxonomy_term_id {
        qb.push(
            " AND EXISTS (SELECT 1 FROM services s \
             JOIN service_taxonomy_terms st ON st.service_id = s.id \
             WHERE s.organization_id = o.id AND st.taxonomy_term_id = ",
        )
        .push_bind(id_param(term))
        .push(")");
    }
    if let Some(taxonomy) = f.taxonomy_id {
        qb.push(
            " AND EXISTS (SELECT 1 FROM services s \
             JOIN service_taxonomy_terms st ON st.service_id = s.id \
             JOIN taxonomy_terms tt ON tt.id = st.taxonomy_term_id \
             WHERE s.organization_id = o.id AND tt.taxonomy_id = ",
        )
        .push_bind(id_param(taxonomy))
        .push(")");
    }
}

fn push_service_at_location_from(
    qb: &mut Qb<'_>,
    f: &ServiceAtLocationFilter,
    area: Option<&BoundingBox>,
) {
    qb.push(
        " FROM service_at_locations sal \
         LEFT JOIN services s ON s.id = sal.service_id \
         LEFT JOIN locations l ON l.id = sal.location_id",
    );
    let search = f.search.as_deref();
    if !docs::like_patterns(search).is_empty() {
        qb.push(" LEFT JOIN organizations o ON o.id = s.organization_id");
    }
    qb.push(" WHERE 1 = 1");
    push_search(
        qb,
        search,
        &[
            "sal.search_text",
            "s.search_text",
            "o.sort_name",
            "l.search_text",
        ],
    );
    if let Some(id) = f.service_id {
        qb.push(" AND sal.service_id = ").push_bind(id_param(id));
    }
    if let Some(id) = f.location_id {
        qb.push(" AND sal.location_id = ").push_bind(id_param(id));
    }
    if let Some(id) = f.organization_id {
        qb.push(" AND s.organization_id = ").push_bind(id_param(id));
    }
    push_taxonomy(qb, "sal.service_id", f.taxonomy_term_id, f.taxonomy_id);
    if let Some(area) = area {
        qb.push(" AND l.latitude BETWEEN ")
            .push_bind(area.latitude.0)
            .push(" AND ")
            .push_bind(area.latitude.1)
            .push(" AND (");
        for (i, (west, east)) in area.longitudes.iter().enumerate() {
            if i > 0 {
                qb.push(" OR ");
            }
            qb.push("l.longitude BETWEEN ")
                .push_bind(*west)
                .push(" AND ")
                .push_bind(*east);
        }
        qb.push(")");
    } else if let Some(postcode) = f.postcode.as_deref().map(str::trim) {
        qb.push(" AND l.postcode = ").push_bind(postcode.to_owned());
    }
    if let Some(after) = f.modified_after {
        qb.push(" AND sal.modified > ")
            .push_bind(after.as_microsecond());
    }
}

fn push_taxonomy_term_from(qb: &mut Qb<'_>, f: &TaxonomyTermFilter) {
    qb.push(" FROM taxonomy_terms t WHERE 1 = 1");
    push_search(qb, f.search.as_deref(), &["t.search_text"]);
    if let Some(id) = f.taxonomy_id {
        qb.push(" AND t.taxonomy_id = ").push_bind(id_param(id));
    }
    if let Some(id) = f.parent_id {
        qb.push(" AND t.parent_id = ").push_bind(id_param(id));
    }
    if f.top_only {
        qb.push(" AND t.parent_id IS NULL");
    }
}

async fn fetch_count(conn: &mut Conn, mut qb: Qb<'_>) -> Result<u64> {
    let row = qb.build().fetch_one(conn).await?;
    Ok(count(row.try_get::<i64, _>(0)?))
}

/// Rows of `select` (which ends in `WHERE <column>`) whose column is one of `ids`.
async fn fetch_in(conn: &mut Conn, select: &str, ids: &[Uuid]) -> Result<Vec<DbRow>> {
    let mut unique: Vec<Uuid> = ids.to_vec();
    unique.sort_unstable();
    unique.dedup();
    let mut rows = Vec::new();
    for chunk in unique.chunks(ID_CHUNK) {
        let mut qb = Qb::new(select);
        push_id_list(&mut qb, chunk);
        rows.extend(qb.build().fetch_all(&mut *conn).await?);
    }
    Ok(rows)
}

/// Documents of one table by id (`SELECT id, doc FROM …`).
async fn docs_by_id<T: DeserializeOwned>(
    conn: &mut Conn,
    kind: Kind,
    table: &str,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, T>> {
    let rows = fetch_in(conn, &format!("SELECT id, doc FROM {table} WHERE id"), ids).await?;
    let mut out = HashMap::with_capacity(rows.len());
    for row in rows {
        let id = get_id(&row, 0)?;
        let doc: &str = row.try_get(1)?;
        out.insert(id, docs::from_json(kind.as_str(), id, doc)?);
    }
    Ok(out)
}

async fn services_by_id(conn: &mut Conn, ids: &[Uuid]) -> Result<HashMap<Uuid, Service>> {
    let select = "SELECT id, doc, modified FROM services WHERE id";
    let rows = fetch_in(conn, select, ids).await?;
    let mut out = HashMap::with_capacity(rows.len());
    for row in rows {
        let id = get_id(&row, 0)?;
        let service = docs::read_service(id, row.try_get(1)?, row.try_get(2)?)?;
        out.insert(id, service);
    }
    Ok(out)
}

async fn doc_by_id<T: DeserializeOwned>(
    conn: &mut Conn,
    kind: Kind,
    table: &str,
    id: Uuid,
) -> Result<Option<T>> {
    let mut map = docs_by_id(conn, kind, table, &[id]).await?;
    Ok(map.remove(&id))
}

fn service_from_row(row: &DbRow) -> Result<Service> {
    let id = get_id(row, 0)?;
    docs::read_service(id, row.try_get(1)?, row.try_get(2)?)
}

fn doc_from_row<T: DeserializeOwned>(kind: Kind, row: &DbRow) -> Result<T> {
    let id = get_id(row, 0)?;
    docs::from_json(kind.as_str(), id, row.try_get(1)?)
}

async fn full_services(conn: &mut Conn, ids: &[Uuid]) -> Result<Vec<Service>> {
    let services = services_by_id(conn, ids).await?;
    let service_ids: Vec<Uuid> = services.keys().copied().collect();
    let organization_ids: Vec<Uuid> = services
        .values()
        .filter_map(|s| s.organization_id)
        .collect();
    let term_ids: Vec<Uuid> = services
        .values()
        .flat_map(|s| s.taxonomy_term_ids())
        .collect();
    let organizations: HashMap<Uuid, Organization> =
        docs_by_id(conn, Kind::Organization, "organizations", &organization_ids).await?;

    let select = "SELECT id, doc FROM service_at_locations WHERE service_id";
    let mut by_service: HashMap<Uuid, Vec<ServiceAtLocation>> = HashMap::new();
    let mut location_ids = Vec::new();
    for row in fetch_in(conn, select, &service_ids).await? {
        let sal: ServiceAtLocation = doc_from_row(Kind::ServiceAtLocation, &row)?;
        location_ids.extend(sal.location_id);
        if let Some(service_id) = sal.service_id {
            by_service.entry(service_id).or_default().push(sal);
        }
    }
    for list in by_service.values_mut() {
        list.sort_by_key(|sal| sal.id);
    }
    let locations: HashMap<Uuid, Location> =
        docs_by_id(conn, Kind::Location, "locations", &location_ids).await?;
    let mut terms: HashMap<Uuid, TaxonomyTerm> =
        docs_by_id(conn, Kind::TaxonomyTerm, "taxonomy_terms", &term_ids).await?;
    // Embedded terms carry their taxonomy, so that a full service object is self-contained
    // (an export of services alone re-imports without dangling taxonomy references).
    let taxonomy_ids: Vec<Uuid> = terms.values().filter_map(|t| t.taxonomy_id).collect();
    let taxonomies: HashMap<Uuid, Taxonomy> =
        docs_by_id(conn, Kind::Taxonomy, "taxonomies", &taxonomy_ids).await?;
    for term in terms.values_mut() {
        if term.taxonomy_detail.is_none() {
            term.taxonomy_detail = term.taxonomy_id.and_then(|id| taxonomies.get(&id).cloned());
        }
    }

    let assembled: HashMap<Uuid, Service> = services
        .into_iter()
        .map(|(id, s)| {
            let full = docs::assemble_service(s, &organizations, &by_service, &locations, &terms);
            (id, full)
        })
        .collect();
    Ok(docs::in_order(ids, assembled))
}

async fn list_service_at_locations(
    conn: &mut Conn,
    f: &ServiceAtLocationFilter,
    page: PageRequest,
) -> Result<Paged<ServiceAtLocation>> {
    if let Some(near) = &f.near {
        // Bounding box in SQL, exact distance here, then the page's documents by id.
        let area = docs::bounding_box(near)?;
        let mut qb = Qb::new("SELECT sal.id, l.latitude, l.longitude");
        push_service_at_location_from(&mut qb, f, Some(&area));
        let mut candidates = Vec::new();
        for row in qb.build().fetch_all(&mut *conn).await? {
            candidates.push((get_id(&row, 0)?, row.try_get(1)?, row.try_get(2)?));
        }
        let ids = docs::within(near, candidates)?;
        let start = usize::try_from(page.offset())
            .unwrap_or(usize::MAX)
            .min(ids.len());
        let end = start.saturating_add(page.per_page as usize).min(ids.len());
        let page_ids = &ids[start..end];
        let found = docs_by_id(
            conn,
            Kind::ServiceAtLocation,
            "service_at_locations",
            page_ids,
        )
        .await?;
        return Ok(Paged {
            items: docs::in_order(page_ids, found),
            total: ids.len() as u64,
            page,
        });
    }
    let mut qb = Qb::new("SELECT COUNT(*)");
    push_service_at_location_from(&mut qb, f, None);
    let total = fetch_count(conn, qb).await?;
    let mut qb = Qb::new("SELECT sal.id, sal.doc");
    push_service_at_location_from(&mut qb, f, None);
    qb.push(" ORDER BY COALESCE(s.sort_name, ''), COALESCE(l.sort_name, ''), sal.id");
    limit_offset(&mut qb, page);
    let rows = qb.build().fetch_all(&mut *conn).await?;
    let items = rows
        .iter()
        .map(|row| doc_from_row(Kind::ServiceAtLocation, row))
        .collect::<Result<_>>()?;
    Ok(Paged { items, total, page })
}

/// A page of documents: `qb_for(select)` builds `select` plus the filtered FROM clause;
/// the page is ordered by `order`.
async fn paged_docs<T: DeserializeOwned>(
    conn: &mut Conn,
    kind: Kind,
    qb_for: impl Fn(&str) -> Qb<'static>,
    order: &str,
    page: PageRequest,
) -> Result<Paged<T>> {
    let total = fetch_count(conn, qb_for("SELECT COUNT(*)")).await?;
    let mut qb = qb_for("SELECT id, doc");
    qb.push(order);
    limit_offset(&mut qb, page);
    let rows = qb.build().fetch_all(&mut *conn).await?;
    let items = rows
        .iter()
        .map(|row| doc_from_row(kind, row))
        .collect::<Result<_>>()?;
    Ok(Paged { items, total, page })
}

/// The columns of a problem report, in the order [`report_from_row`] reads them.
const REPORT_COLUMNS: &str = "id, service_id, category, text, received";

/// A stored report; a value that no longer parses is reported as corrupt, naming the field
/// (never the text itself).
fn report_from_row(row: &DbRow) -> Result<ProblemReport> {
    let n: i64 = row.try_get(0)?;
    let corrupt = |reason: String| StoreError::Corrupt {
        kind: "problem report",
        id: n.to_string(),
        reason,
    };
    let id = ReportId::new(n).map_err(|e| corrupt(format!("id {e}")))?;
    let category: &str = row.try_get(2)?;
    let text: &str = row.try_get(3)?;
    let received: &str = row.try_get(4)?;
    Ok(ProblemReport {
        id,
        service_id: get_id(row, 1)?,
        category: ReportCategory::parse(category).map_err(|e| corrupt(format!("category {e}")))?,
        text: ReportText::parse(text).map_err(|e| corrupt(format!("text {e}")))?,
        received: received
            .parse()
            .map_err(|e| corrupt(format!("received date {received:?}: {e}")))?,
    })
}

/// Stored reports among `ids`.
async fn existing_reports(conn: &mut Conn, ids: &[i64]) -> Result<HashSet<i64>> {
    let mut found = HashSet::new();
    for chunk in ids.chunks(ID_CHUNK) {
        let mut qb = Qb::new("SELECT id FROM problem_reports WHERE id IN (");
        let mut list = qb.separated(", ");
        for id in chunk {
            list.push_bind(*id);
        }
        qb.push(")");
        for row in qb.build().fetch_all(&mut *conn).await? {
            found.insert(row.try_get::<i64, _>(0)?);
        }
    }
    Ok(found)
}

async fn delete_reports_before(conn: &mut Conn, day: jiff::civil::Date) -> Result<u64> {
    let mut qb = Qb::new("DELETE FROM problem_reports WHERE received < ");
    qb.push_bind(day.to_string());
    Ok(qb.build().execute(conn).await?.rows_affected())
}

async fn add_report(
    conn: &mut Conn,
    report: &NewProblemReport,
    limits: ReportLimits,
) -> Result<ReportOutcome> {
    delete_reports_before(&mut *conn, limits.keep_from(report.received)).await?;
    let day = report.received.to_string();
    let mut qb = Qb::new("SELECT (SELECT COUNT(*) FROM problem_reports WHERE service_id = ");
    qb.push_bind(id_param(report.service_id))
        .push(" AND received = ")
        .push_bind(day.as_str())
        .push("), (SELECT COUNT(*) FROM problem_reports)");
    let row = qb.build().fetch_one(&mut *conn).await?;
    let that_day = count(row.try_get::<i64, _>(0)?);
    let stored = count(row.try_get::<i64, _>(1)?);
    if that_day >= u64::from(limits.per_service_per_day) {
        return Ok(ReportOutcome::ServiceDayFull);
    }
    if stored >= u64::from(limits.stored) {
        return Ok(ReportOutcome::StoreFull);
    }
    let mut qb = Qb::new("INSERT INTO problem_reports (service_id, category, text, received) ");
    qb.push_values([report], |mut b, r| {
        b.push_bind(id_param(r.service_id))
            .push_bind(r.category.code())
            .push_bind(r.text.as_str())
            .push_bind(day.as_str());
    });
    qb.push(" RETURNING id");
    let row = qb.build().fetch_one(&mut *conn).await?;
    let n: i64 = row.try_get(0)?;
    let id = ReportId::new(n).map_err(|e| StoreError::Corrupt {
        kind: "problem report",
        id: n.to_string(),
        reason: format!("id {e}"),
    })?;
    Ok(ReportOutcome::Added(ProblemReport {
        id,
        service_id: report.service_id,
        category: report.category,
        text: report.text.clone(),
        received: report.received,
    }))
}

#[async_trait]
impl Store for This {
    async fn close(&self) {
        This::close(self).await;
    }

    fn backend(&self) -> Backend {
        BACKEND
    }

    async fn migrate(&self) -> Result<()> {
        MIGRATOR.run(&self.pool).await?;
        Ok(())
    }

    async fn begin_write(&self, source: &str) -> Result<Box<dyn WriteTx>> {
        let source = source.trim();
        if source.is_empty() {
            return Err(StoreError::Invalid("a write needs a source name".into()));
        }
        let tx = begin_write_tx(&self.pool).await?;
        Ok(Box::new(Write::new(tx, source)))
    }

    async fn counts(&self) -> Result<Counts> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM organizations), (SELECT COUNT(*) FROM locations), \
             (SELECT COUNT(*) FROM services), (SELECT COUNT(*) FROM service_at_locations), \
             (SELECT COUNT(*) FROM taxonomies), (SELECT COUNT(*) FROM taxonomy_terms)",
        )
        .fetch_one(&self.pool)
        .await?;
        let n = |i: usize| -> Result<u64> { Ok(count(row.try_get::<i64, _>(i)?)) };
        Ok(Counts {
            organizations: n(0)?,
            locations: n(1)?,
            services: n(2)?,
            service_at_locations: n(3)?,
            taxonomies: n(4)?,
            taxonomy_terms: n(5)?,
        })
    }

    async fn service(&self, id: Uuid) -> Result<Option<Service>> {
        let mut conn = self.pool.acquire().await?;
        Ok(services_by_id(&mut conn, &[id]).await?.remove(&id))
    }

    async fn services(&self, ids: &[Uuid]) -> Result<Vec<Service>> {
        let mut conn = self.pool.acquire().await?;
        let found = services_by_id(&mut conn, ids).await?;
        Ok(docs::in_order(ids, found))
    }

    async fn full_services(&self, ids: &[Uuid]) -> Result<Vec<Service>> {
        let mut conn = self.pool.acquire().await?;
        full_services(&mut conn, ids).await
    }

    async fn list_services(
        &self,
        filter: &ServiceFilter,
        page: PageRequest,
    ) -> Result<Paged<Service>> {
        let mut conn = self.pool.acquire().await?;
        let mut qb = Qb::new("SELECT COUNT(*)");
        push_service_from(&mut qb, filter);
        let total = fetch_count(&mut conn, qb).await?;
        let mut qb = Qb::new("SELECT s.id, s.doc, s.modified");
        push_service_from(&mut qb, filter);
        qb.push(" ORDER BY s.sort_name, s.id");
        limit_offset(&mut qb, page);
        let rows = qb.build().fetch_all(&mut *conn).await?;
        let items = rows.iter().map(service_from_row).collect::<Result<_>>()?;
        Ok(Paged { items, total, page })
    }

    async fn service_ids(&self, filter: &ServiceFilter) -> Result<Vec<Uuid>> {
        let mut qb = Qb::new("SELECT s.id");
        push_service_from(&mut qb, filter);
        qb.push(" ORDER BY s.sort_name, s.id");
        let rows = qb.build().fetch_all(&self.pool).await?;
        rows.iter().map(|row| get_id(row, 0)).collect()
    }

    async fn organization(&self, id: Uuid) -> Result<Option<Organization>> {
        let mut conn = self.pool.acquire().await?;
        doc_by_id(&mut conn, Kind::Organization, "organizations", id).await
    }

    async fn organizations(&self, ids: &[Uuid]) -> Result<Vec<Organization>> {
        let mut conn = self.pool.acquire().await?;
        let found = docs_by_id(&mut conn, Kind::Organization, "organizations", ids).await?;
        Ok(docs::in_order(ids, found))
    }

    async fn list_organizations(
        &self,
        filter: &OrganizationFilter,
        page: PageRequest,
    ) -> Result<Paged<Organization>> {
        let mut conn = self.pool.acquire().await?;
        let qb_for = |select: &str| {
            let mut qb = Qb::new(select);
            push_organization_from(&mut qb, filter);
            qb
        };
        let order = " ORDER BY o.sort_name, o.id";
        paged_docs(&mut conn, Kind::Organization, qb_for, order, page).await
    }

    async fn organization_service_ids(&self, organization_id: Uuid) -> Result<Vec<Uuid>> {
        let mut qb = Qb::new("SELECT id FROM services WHERE organization_id = ");
        qb.push_bind(id_param(organization_id))
            .push(" ORDER BY sort_name, id");
        let rows = qb.build().fetch_all(&self.pool).await?;
        rows.iter().map(|row| get_id(row, 0)).collect()
    }

    async fn location(&self, id: Uuid) -> Result<Option<Location>> {
        let mut conn = self.pool.acquire().await?;
        doc_by_id(&mut conn, Kind::Location, "locations", id).await
    }

    async fn locations(&self, ids: &[Uuid]) -> Result<Vec<Location>> {
        let mut conn = self.pool.acquire().await?;
        let found = docs_by_id(&mut conn, Kind::Location, "locations", ids).await?;
        Ok(docs::in_order(ids, found))
    }

    async fn organization_locations(&self, organization_id: Uuid) -> Result<Vec<Location>> {
        let mut qb = Qb::new("SELECT id, doc FROM locations WHERE organization_id = ");
        qb.push_bind(id_param(organization_id))
            .push(" ORDER BY sort_name, id");
        let rows = qb.build().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| doc_from_row(Kind::Location, row))
            .collect()
    }

    async fn service_at_location(&self, id: Uuid) -> Result<Option<ServiceAtLocation>> {
        let mut conn = self.pool.acquire().await?;
        let table = "service_at_locations";
        doc_by_id(&mut conn, Kind::ServiceAtLocation, table, id).await
    }

    async fn service_at_locations(&self, ids: &[Uuid]) -> Result<Vec<ServiceAtLocation>> {
        let mut conn = self.pool.acquire().await?;
        let table = "service_at_locations";
        let found = docs_by_id(&mut conn, Kind::ServiceAtLocation, table, ids).await?;
        Ok(docs::in_order(ids, found))
    }

    async fn list_service_at_locations(
        &self,
        filter: &ServiceAtLocationFilter,
        page: PageRequest,
    ) -> Result<Paged<ServiceAtLocation>> {
        let mut conn = self.pool.acquire().await?;
        list_service_at_locations(&mut conn, filter, page).await
    }

    async fn taxonomy(&self, id: Uuid) -> Result<Option<Taxonomy>> {
        let mut conn = self.pool.acquire().await?;
        doc_by_id(&mut conn, Kind::Taxonomy, "taxonomies", id).await
    }

    async fn list_taxonomies(
        &self,
        search: Option<&str>,
        page: PageRequest,
    ) -> Result<Paged<Taxonomy>> {
        let mut conn = self.pool.acquire().await?;
        let qb_for = |select: &str| {
            let mut qb = Qb::new(select);
            qb.push(" FROM taxonomies x WHERE 1 = 1");
            push_search(&mut qb, search, &["x.search_text"]);
            qb
        };
        let order = " ORDER BY x.sort_name, x.id";
        paged_docs(&mut conn, Kind::Taxonomy, qb_for, order, page).await
    }

    async fn taxonomy_term(&self, id: Uuid) -> Result<Option<TaxonomyTerm>> {
        let mut conn = self.pool.acquire().await?;
        doc_by_id(&mut conn, Kind::TaxonomyTerm, "taxonomy_terms", id).await
    }

    async fn taxonomy_terms(&self, ids: &[Uuid]) -> Result<Vec<TaxonomyTerm>> {
        let mut conn = self.pool.acquire().await?;
        let found = docs_by_id(&mut conn, Kind::TaxonomyTerm, "taxonomy_terms", ids).await?;
        Ok(docs::in_order(ids, found))
    }

    async fn list_taxonomy_terms(
        &self,
        filter: &TaxonomyTermFilter,
        page: PageRequest,
    ) -> Result<Paged<TaxonomyTerm>> {
        let mut conn = self.pool.acquire().await?;
        let qb_for = |select: &str| {
            let mut qb = Qb::new(select);
            push_taxonomy_term_from(&mut qb, filter);
            qb
        };
        let order = " ORDER BY t.sort_name, t.id";
        paged_docs(&mut conn, Kind::TaxonomyTerm, qb_for, order, page).await
    }

    async fn source_of(&self, kind: Kind, id: Uuid) -> Result<Option<String>> {
        let table = match kind {
            Kind::Organization => "organizations",
            Kind::Location => "locations",
            Kind::Service => "services",
            Kind::ServiceAtLocation => "service_at_locations",
            Kind::Taxonomy => "taxonomies",
            Kind::TaxonomyTerm => "taxonomy_terms",
        };
        let mut qb = Qb::new(format!("SELECT source FROM {table} WHERE id = "));
        qb.push_bind(id_param(id));
        let row = qb.build().fetch_optional(&self.pool).await?;
        Ok(row.map(|r| r.try_get::<String, _>(0)).transpose()?)
    }

    async fn changes_since(&self, after: i64, limit: u32) -> Result<Vec<Change>> {
        let mut qb = Qb::new("SELECT seq, kind, id, deleted FROM changes WHERE seq > ");
        qb.push_bind(after)
            .push(" ORDER BY seq LIMIT ")
            .push_bind(i64::from(limit));
        let rows = qb.build().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                let kind: &str = row.try_get(1)?;
                let id = get_id(row, 2)?;
                Ok(Change {
                    seq: row.try_get(0)?,
                    kind: Kind::parse(kind).ok_or_else(|| StoreError::Corrupt {
                        kind: "change",
                        id: id.to_string(),
                        reason: format!("unknown kind {kind:?}"),
                    })?,
                    id,
                    deleted: row.try_get(3)?,
                })
            })
            .collect()
    }

    async fn add_report(
        &self,
        report: &NewProblemReport,
        limits: ReportLimits,
    ) -> Result<ReportOutcome> {
        let mut tx = begin_report_tx(&self.pool).await?;
        let outcome = add_report(&mut tx, report, limits).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    async fn list_reports(
        &self,
        service_id: Option<Uuid>,
        page: PageRequest,
    ) -> Result<Paged<ProblemReport>> {
        let from = |select: &str| {
            let mut qb = Qb::new(select);
            qb.push(" FROM problem_reports");
            if let Some(id) = service_id {
                qb.push(" WHERE service_id = ").push_bind(id_param(id));
            }
            qb
        };
        let mut conn = self.pool.acquire().await?;
        let total = fetch_count(&mut conn, from("SELECT COUNT(*)")).await?;
        let mut qb = from(&format!("SELECT {REPORT_COLUMNS}"));
        qb.push(" ORDER BY received, id");
        limit_offset(&mut qb, page);
        let rows = qb.build().fetch_all(&mut *conn).await?;
        let items = rows.iter().map(report_from_row).collect::<Result<_>>()?;
        Ok(Paged { items, total, page })
    }

    async fn resolve_reports(&self, ids: &[ReportId]) -> Result<ResolvedReports> {
        let mut wanted: Vec<i64> = ids.iter().map(|id| id.get()).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut tx = begin_report_tx(&self.pool).await?;
        let found = existing_reports(&mut tx, &wanted).await?;
        let mut unknown: Vec<ReportId> = Vec::new();
        for id in ids {
            if !found.contains(&id.get()) && !unknown.contains(id) {
                unknown.push(*id);
            }
        }
        if !unknown.is_empty() {
            tx.rollback().await?;
            return Ok(ResolvedReports::Unknown(unknown));
        }
        let mut deleted = 0;
        for chunk in wanted.chunks(ID_CHUNK) {
            let mut qb = Qb::new("DELETE FROM problem_reports WHERE id IN (");
            let mut list = qb.separated(", ");
            for id in chunk {
                list.push_bind(*id);
            }
            qb.push(")");
            deleted += qb.build().execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        Ok(ResolvedReports::Deleted(deleted))
    }

    async fn delete_reports_received_before(&self, day: jiff::civil::Date) -> Result<u64> {
        let mut tx = begin_report_tx(&self.pool).await?;
        let deleted = delete_reports_before(&mut tx, day).await?;
        tx.commit().await?;
        Ok(deleted)
    }
}

/// Rows waiting in a [`Write`] for the next multi-row statement.
struct Buffer<R> {
    rows: Vec<R>,
    ids: HashSet<Uuid>,
}

impl<R> Default for Buffer<R> {
    fn default() -> Self {
        Self {
            rows: Vec::new(),
            ids: HashSet::new(),
        }
    }
}

/// A stored table of one aggregate kind.
trait Table: Sized + Send + Sync + 'static {
    const TABLE: &'static str;
    const KIND: Kind;
    /// Indexed columns besides `id`, `source`, `doc` and `modified`.
    const COLUMNS: &'static [&'static str];
    fn id(&self) -> Uuid;
    fn doc(&self) -> &str;
    /// Binds the values of [`Table::COLUMNS`], in order.
    fn bind_columns<'a>(&'a self, b: &mut Separated<'_, 'a, Db, &'static str>);
    fn buffer(w: &mut Write) -> &mut Buffer<Self>;
    /// For services: the `(service, term)` links of the written rows.
    fn links(_rows: &[Self], _written: &HashSet<Uuid>) -> Option<Vec<(Uuid, Uuid)>> {
        None
    }
}

impl Table for OrganizationRow {
    const TABLE: &'static str = "organizations";
    const KIND: Kind = Kind::Organization;
    const COLUMNS: &'static [&'static str] = &["sort_name", "search_text"];
    fn id(&self) -> Uuid {
        self.id
    }
    fn doc(&self) -> &str {
        &self.doc
    }
    fn bind_columns<'a>(&'a self, b: &mut Separated<'_, 'a, Db, &'static str>) {
        b.push_bind(self.sort_name.as_str())
            .push_bind(self.search_text.as_str());
    }
    fn buffer(w: &mut Write) -> &mut Buffer<Self> {
        &mut w.organizations
    }
}

impl Table for LocationRow {
    const TABLE: &'static str = "locations";
    const KIND: Kind = Kind::Location;
    const COLUMNS: &'static [&'static str] = &[
        "organization_id",
        "sort_name",
        "latitude",
        "longitude",
        "postcode",
        "search_text",
    ];
    fn id(&self) -> Uuid {
        self.id
    }
    fn doc(&self) -> &str {
        &self.doc
    }
    fn bind_columns<'a>(&'a self, b: &mut Separated<'_, 'a, Db, &'static str>) {
        b.push_bind(self.organization_id.map(id_param))
            .push_bind(self.sort_name.as_str())
            .push_bind(self.latitude)
            .push_bind(self.longitude)
            .push_bind(self.postcode.as_deref())
            .push_bind(self.search_text.as_str());
    }
    fn buffer(w: &mut Write) -> &mut Buffer<Self> {
        &mut w.locations
    }
}

impl Table for ServiceRow {
    const TABLE: &'static str = "services";
    const KIND: Kind = Kind::Service;
    const COLUMNS: &'static [&'static str] =
        &["organization_id", "program_id", "sort_name", "search_text"];
    fn id(&self) -> Uuid {
        self.id
    }
    fn doc(&self) -> &str {
        &self.doc
    }
    fn bind_columns<'a>(&'a self, b: &mut Separated<'_, 'a, Db, &'static str>) {
        b.push_bind(self.organization_id.map(id_param))
            .push_bind(self.program_id.map(id_param))
            .push_bind(self.sort_name.as_str())
            .push_bind(self.search_text.as_str());
    }
    fn buffer(w: &mut Write) -> &mut Buffer<Self> {
        &mut w.services
    }
    fn links(rows: &[Self], written: &HashSet<Uuid>) -> Option<Vec<(Uuid, Uuid)>> {
        Some(
            rows.iter()
                .filter(|r| written.contains(&r.id))
                .flat_map(|r| r.term_ids.iter().map(|t| (r.id, *t)))
                .collect(),
        )
    }
}

impl Table for ServiceAtLocationRow {
    const TABLE: &'static str = "service_at_locations";
    const KIND: Kind = Kind::ServiceAtLocation;
    const COLUMNS: &'static [&'static str] = &["service_id", "location_id", "search_text"];
    fn id(&self) -> Uuid {
        self.id
    }
    fn doc(&self) -> &str {
        &self.doc
    }
    fn bind_columns<'a>(&'a self, b: &mut Separated<'_, 'a, Db, &'static str>) {
        b.push_bind(self.service_id.map(id_param))
            .push_bind(self.location_id.map(id_param))
            .push_bind(self.search_text.as_str());
    }
    fn buffer(w: &mut Write) -> &mut Buffer<Self> {
        &mut w.service_at_locations
    }
}

impl Table for TaxonomyRow {
    const TABLE: &'static str = "taxonomies";
    const KIND: Kind = Kind::Taxonomy;
    const COLUMNS: &'static [&'static str] = &["sort_name", "search_text"];
    fn id(&self) -> Uuid {
        self.id
    }
    fn doc(&self) -> &str {
        &self.doc
    }
    fn bind_columns<'a>(&'a self, b: &mut Separated<'_, 'a, Db, &'static str>) {
        b.push_bind(self.sort_name.as_str())
            .push_bind(self.search_text.as_str());
    }
    fn buffer(w: &mut Write) -> &mut Buffer<Self> {
        &mut w.taxonomies
    }
}

impl Table for TaxonomyTermRow {
    const TABLE: &'static str = "taxonomy_terms";
    const KIND: Kind = Kind::TaxonomyTerm;
    const COLUMNS: &'static [&'static str] = &[
        "taxonomy_id",
        "parent_id",
        "code",
        "sort_name",
        "search_text",
    ];
    fn id(&self) -> Uuid {
        self.id
    }
    fn doc(&self) -> &str {
        &self.doc
    }
    fn bind_columns<'a>(&'a self, b: &mut Separated<'_, 'a, Db, &'static str>) {
        b.push_bind(self.taxonomy_id.map(id_param))
            .push_bind(self.parent_id.map(id_param))
            .push_bind(self.code.as_deref())
            .push_bind(self.sort_name.as_str())
            .push_bind(self.search_text.as_str());
    }
    fn buffer(w: &mut Write) -> &mut Buffer<Self> {
        &mut w.taxonomy_terms
    }
}

/// Inserts or updates `rows` (at most [`BATCH_ROWS`], distinct ids) in one statement;
/// rows whose document and source are unchanged are left alone. Returns the written ids.
async fn upsert<R: Table>(
    conn: &mut Conn,
    source: &str,
    rows: &[R],
    now: i64,
) -> Result<Vec<Uuid>> {
    let columns = R::COLUMNS.join(", ");
    let mut qb = Qb::new(format!(
        "INSERT INTO {} (id, source, {columns}, doc, modified) ",
        R::TABLE
    ));
    qb.push_values(rows, |mut b, row| {
        b.push_bind(id_param(row.id())).push_bind(source);
        row.bind_columns(&mut b);
        b.push_bind(row.doc()).push_bind(now);
    });
    let mut set = String::from(" ON CONFLICT (id) DO UPDATE SET source = excluded.source");
    for column in R::COLUMNS {
        set.push_str(&format!(", {column} = excluded.{column}"));
    }
    set.push_str(&format!(
        ", doc = excluded.doc, modified = excluded.modified \
         WHERE {t}.doc <> excluded.doc OR {t}.source <> excluded.source RETURNING id",
        t = R::TABLE
    ));
    qb.push(set);
    let written = qb.build().fetch_all(conn).await?;
    written.iter().map(|row| get_id(row, 0)).collect()
}

async fn append_changes(conn: &mut Conn, kind: Kind, ids: &[Uuid], deleted: bool) -> Result<()> {
    for chunk in ids.chunks(BATCH_ROWS) {
        let mut qb = Qb::new("INSERT INTO changes (kind, id, deleted) ");
        qb.push_values(chunk, |mut b, id| {
            b.push_bind(kind.as_str())
                .push_bind(id_param(*id))
                .push_bind(deleted);
        });
        qb.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// Replaces the taxonomy links of the services `written` by `links`.
async fn replace_links(conn: &mut Conn, written: &[Uuid], links: &[(Uuid, Uuid)]) -> Result<()> {
    for chunk in written.chunks(ID_CHUNK) {
        let mut qb = Qb::new("DELETE FROM service_taxonomy_terms WHERE service_id");
        push_id_list(&mut qb, chunk);
        qb.build().execute(&mut *conn).await?;
    }
    for chunk in links.chunks(BATCH_ROWS * 2) {
        let mut qb = Qb::new("INSERT INTO service_taxonomy_terms (service_id, taxonomy_term_id) ");
        qb.push_values(chunk, |mut b, (service, term)| {
            b.push_bind(id_param(*service)).push_bind(id_param(*term));
        });
        qb.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// References checked by `dangling_references`: (from kind, from table, column, to kind,
/// to table).
const REFERENCES: [(Kind, &str, &str, Kind, &str); 6] = [
    (
        Kind::Service,
        "services",
        "organization_id",
        Kind::Organization,
        "organizations",
    ),
    (
        Kind::Location,
        "locations",
        "organization_id",
        Kind::Organization,
        "organizations",
    ),
    (
        Kind::ServiceAtLocation,
        "service_at_locations",
        "service_id",
        Kind::Service,
        "services",
    ),
    (
        Kind::ServiceAtLocation,
        "service_at_locations",
        "location_id",
        Kind::Location,
        "locations",
    ),
    (
        Kind::TaxonomyTerm,
        "taxonomy_terms",
        "parent_id",
        Kind::TaxonomyTerm,
        "taxonomy_terms",
    ),
    (
        Kind::TaxonomyTerm,
        "taxonomy_terms",
        "taxonomy_id",
        Kind::Taxonomy,
        "taxonomies",
    ),
];

/// One atomic write: rows are buffered per table and written in multi-row statements;
/// the buffers are flushed before anything is read in the transaction and on commit.
pub(super) struct Write {
    tx: Transaction<'static, Db>,
    source: String,
    organizations: Buffer<OrganizationRow>,
    locations: Buffer<LocationRow>,
    services: Buffer<ServiceRow>,
    service_at_locations: Buffer<ServiceAtLocationRow>,
    taxonomies: Buffer<TaxonomyRow>,
    taxonomy_terms: Buffer<TaxonomyTermRow>,
    summary: WriteSummary,
}

impl Write {
    fn new(tx: Transaction<'static, Db>, source: &str) -> Self {
        Self {
            tx,
            source: source.to_owned(),
            organizations: Buffer::default(),
            locations: Buffer::default(),
            services: Buffer::default(),
            service_at_locations: Buffer::default(),
            taxonomies: Buffer::default(),
            taxonomy_terms: Buffer::default(),
            summary: WriteSummary::default(),
        }
    }

    async fn put<R: Table>(&mut self, row: R) -> Result<()> {
        // A second write of the same id in one statement would be an error (PostgreSQL)
        // or ambiguous: write the first one out before buffering the second.
        if R::buffer(self).ids.contains(&row.id()) {
            self.flush::<R>().await?;
        }
        let buffer = R::buffer(self);
        buffer.ids.insert(row.id());
        buffer.rows.push(row);
        if buffer.rows.len() >= BATCH_ROWS {
            self.flush::<R>().await?;
        }
        Ok(())
    }

    async fn flush<R: Table>(&mut self) -> Result<()> {
        let buffer = R::buffer(self);
        if buffer.rows.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut buffer.rows);
        buffer.ids.clear();
        let written = upsert(&mut self.tx, &self.source, &rows, now_us()).await?;
        self.summary.written += written.len() as u64;
        self.summary.unchanged += (rows.len() - written.len()) as u64;
        let written_set: HashSet<Uuid> = written.iter().copied().collect();
        if let Some(links) = R::links(&rows, &written_set) {
            replace_links(&mut self.tx, &written, &links).await?;
        }
        append_changes(&mut self.tx, R::KIND, &written, false).await
    }

    async fn flush_all(&mut self) -> Result<()> {
        self.flush::<TaxonomyRow>().await?;
        self.flush::<TaxonomyTermRow>().await?;
        self.flush::<OrganizationRow>().await?;
        self.flush::<LocationRow>().await?;
        self.flush::<ServiceRow>().await?;
        self.flush::<ServiceAtLocationRow>().await
    }
}

#[async_trait]
impl WriteTx for Write {
    async fn delete_source(&mut self) -> Result<u64> {
        self.flush_all().await?;
        let tables = [
            (Kind::ServiceAtLocation, "service_at_locations"),
            (Kind::Service, "services"),
            (Kind::Location, "locations"),
            (Kind::Organization, "organizations"),
            (Kind::TaxonomyTerm, "taxonomy_terms"),
            (Kind::Taxonomy, "taxonomies"),
        ];
        let mut deleted = 0;
        for (kind, table) in tables {
            let mut qb = Qb::new("INSERT INTO changes (kind, id, deleted) SELECT ");
            qb.push_bind(kind.as_str())
                .push(", id, ")
                .push_bind(true)
                .push(format!(" FROM {table} WHERE source = "))
                .push_bind(self.source.as_str())
                .push(" ORDER BY id");
            qb.build().execute(&mut *self.tx).await?;
            if kind == Kind::Service {
                let mut qb = Qb::new(
                    "DELETE FROM service_taxonomy_terms WHERE service_id IN \
                     (SELECT id FROM services WHERE source = ",
                );
                qb.push_bind(self.source.as_str()).push(")");
                qb.build().execute(&mut *self.tx).await?;
            }
            let mut qb = Qb::new(format!("DELETE FROM {table} WHERE source = "));
            qb.push_bind(self.source.as_str());
            deleted += qb.build().execute(&mut *self.tx).await?.rows_affected();
        }
        self.summary.deleted += deleted;
        Ok(deleted)
    }

    async fn put_organization(&mut self, organization: &Organization) -> Result<()> {
        self.put(docs::organization_row(organization)?).await
    }

    async fn put_location(&mut self, location: &Location) -> Result<()> {
        self.put(docs::location_row(location)?).await
    }

    async fn put_service(&mut self, service: &Service) -> Result<()> {
        self.put(docs::service_row(service)?).await
    }

    async fn put_service_at_location(&mut self, sal: &ServiceAtLocation) -> Result<()> {
        self.put(docs::service_at_location_row(sal)?).await
    }

    async fn put_taxonomy(&mut self, taxonomy: &Taxonomy) -> Result<()> {
        self.put(docs::taxonomy_row(taxonomy)?).await
    }

    async fn put_taxonomy_term(&mut self, term: &TaxonomyTerm) -> Result<()> {
        self.put(docs::taxonomy_term_row(term)?).await
    }

    async fn dangling_references(&mut self) -> Result<Vec<DanglingRef>> {
        self.flush_all().await?;
        let mut out = Vec::new();
        for (from_kind, from, field, to_kind, to) in REFERENCES {
            let sql = format!(
                "SELECT f.id, f.{field} FROM {from} f WHERE f.{field} IS NOT NULL \
                 AND NOT EXISTS (SELECT 1 FROM {to} t WHERE t.id = f.{field}) ORDER BY f.id"
            );
            for row in sqlx::query(&sql).fetch_all(&mut *self.tx).await? {
                out.push(DanglingRef {
                    from_kind,
                    from_id: get_id(&row, 0)?,
                    field,
                    to_kind,
                    to_id: get_id(&row, 1)?,
                });
            }
        }
        let sql = "SELECT st.service_id, st.taxonomy_term_id FROM service_taxonomy_terms st \
                   WHERE NOT EXISTS (SELECT 1 FROM taxonomy_terms t WHERE t.id = st.taxonomy_term_id) \
                   ORDER BY st.service_id, st.taxonomy_term_id";
        for row in sqlx::query(sql).fetch_all(&mut *self.tx).await? {
            out.push(DanglingRef {
                from_kind: Kind::Service,
                from_id: get_id(&row, 0)?,
                field: "attributes.taxonomy_term_id",
                to_kind: Kind::TaxonomyTerm,
                to_id: get_id(&row, 1)?,
            });
        }
        Ok(out)
    }

    async fn commit(mut self: Box<Self>) -> Result<WriteSummary> {
        self.flush_all().await?;
        let summary = self.summary;
        self.tx.commit().await?;
        Ok(summary)
    }

    async fn rollback(self: Box<Self>) -> Result<()> {
        self.tx.rollback().await?;
        Ok(())
    }
}
