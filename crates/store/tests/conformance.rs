//! The store contract, checked against both real databases: every test below runs once on
//! a fresh SQLite file and once on a fresh PostgreSQL database (see `conformance!`).

use std::time::Duration;

use puerta_domain::report::{
    NewProblemReport, ProblemReport, ReportCategory, ReportId, ReportLimits, ReportText,
};
use puerta_domain::{
    Address, Attribute, Code, Location, Name, Organization, PlaceKind, Program, Service,
    ServiceAtLocation, Taxonomy, TaxonomyTerm, Text,
};
use puerta_store::{
    Backend, Change, Counts, DanglingRef, Kind, Near, OrganizationFilter, PageRequest,
    ReportOutcome, ResolvedReports, ServiceAtLocationFilter, ServiceFilter, Store,
    TaxonomyTermFilter, WriteSummary,
};
use uuid::Uuid;

/// Runs each named `async fn(&dyn Store)` against SQLite and against PostgreSQL.
macro_rules! conformance {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $test() {
                    let (_dir, path) = puerta_testkit::fresh_sqlite_path();
                    let store = puerta_store::open(path.to_str().unwrap()).await.unwrap();
                    assert_eq!(store.backend(), puerta_store::Backend::Sqlite);
                    super::$test(store.as_ref()).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $test() {
                    let url = puerta_testkit::fresh_postgres_database().await;
                    let store = puerta_store::open(&url).await.unwrap();
                    assert_eq!(store.backend(), puerta_store::Backend::Postgres);
                    super::$test(store.as_ref()).await;
                }
            )*
        }
    };
}

conformance!(
    official_example_round_trips,
    upserts_are_idempotent,
    service_filters_and_paging,
    organization_filters,
    taxonomy_filters,
    service_at_location_filters,
    near_orders_by_distance,
    near_crosses_the_antimeridian,
    full_services_embed_their_relations,
    dangling_references_are_found,
    rolled_back_writes_leave_nothing,
    delete_source_removes_only_that_source,
    change_feed_pages_in_order,
    large_writes_cross_batch_boundaries,
    problem_reports_are_kept_listed_and_resolved,
    problem_report_limits_hold,
    old_problem_reports_are_purged,
    problem_reports_are_not_directory_records,
);

// ---------------------------------------------------------------------------------------
// Building records

/// An empty list of ids.
const NONE: Vec<Uuid> = Vec::new();

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn text(s: &str) -> Text {
    Text::parse(s).unwrap()
}

fn name(s: &str) -> Name {
    Name::parse(s).unwrap()
}

fn attribute(id: Uuid, term: Uuid) -> Attribute {
    Attribute {
        id,
        link_id: None,
        taxonomy_term_id: Some(term),
        link_type: None,
        link_entity: None,
        value: None,
        taxonomy_term: None,
        label: None,
        metadata: vec![],
    }
}

fn service(n: u128, service_name: &str, org: Option<Uuid>, terms: &[Uuid]) -> Service {
    let mut s = Service::new(id(n), name(service_name));
    s.organization_id = org;
    s.attributes = terms
        .iter()
        .enumerate()
        .map(|(i, t)| attribute(id((n << 32) + i as u128), *t))
        .collect();
    s
}

fn organization(n: u128, org_name: &str, description: &str) -> Organization {
    Organization::new(id(n), name(org_name), text(description))
}

fn location(
    n: u128,
    loc_name: &str,
    org: Option<Uuid>,
    point: (f64, f64),
    postcode: &str,
) -> Location {
    let mut l = Location::new(id(n), PlaceKind::Physical);
    l.name = Some(loc_name.into());
    l.organization_id = org;
    l.latitude = Some(puerta_domain::Latitude::new(point.0).unwrap());
    l.longitude = Some(puerta_domain::Longitude::new(point.1).unwrap());
    l.addresses = vec![Address {
        id: id(n << 32),
        location_id: Some(id(n)),
        attention: None,
        address_1: name("1 Main Street"),
        address_2: None,
        city: name("Miami"),
        region: None,
        state_province: name("FL"),
        postal_code: name(postcode),
        country: name("US"),
        address_type: PlaceKind::Physical,
        attributes: vec![],
        metadata: vec![],
    }];
    l
}

fn service_at_location(n: u128, service: Uuid, location: Uuid) -> ServiceAtLocation {
    ServiceAtLocation {
        id: id(n),
        service_id: Some(service),
        location_id: Some(location),
        description: None,
        service_areas: vec![],
        contacts: vec![],
        phones: vec![],
        schedules: vec![],
        location: None,
        attributes: vec![],
        metadata: vec![],
    }
}

fn taxonomy(n: u128, tax_name: &str, description: &str) -> Taxonomy {
    Taxonomy {
        id: id(n),
        name: name(tax_name),
        description: text(description),
        uri: None,
        version: None,
        metadata: vec![],
    }
}

fn term(
    n: u128,
    code: &str,
    term_name: &str,
    description: &str,
    taxonomy: Uuid,
    parent: Option<Uuid>,
) -> TaxonomyTerm {
    TaxonomyTerm {
        id: id(n),
        code: Some(Code::parse(code).unwrap()),
        name: name(term_name),
        description: text(description),
        parent_id: parent,
        taxonomy: None,
        taxonomy_detail: None,
        language: None,
        taxonomy_id: Some(taxonomy),
        term_uri: None,
        metadata: vec![],
    }
}

// ---------------------------------------------------------------------------------------
// A small directory used by several tests

const T1: u128 = 0x100; // Open Eligibility
const LEGAL: u128 = 0x101;
const IMMIGRATION: u128 = 0x102; // child of LEGAL
const T2: u128 = 0x200; // Puerta Needs
const FOOD: u128 = 0x201;
const ORG_A: u128 = 0xA;
const ORG_B: u128 = 0xB;
const PROGRAM: u128 = 0x31;
const S1: u128 = 0x1; // "legal clinic", A, immigration, program
const S2: u128 = 0x2; // "Immigration Court Prep", A, legal
const S3: u128 = 0x3; // "Food Pantry", B, food
const S4: u128 = 0x4; // "Zebra Tutoring", no organization
const S5: u128 = 0x5; // "food pantry", B, food + legal
const L1: u128 = 0x11; // downtown Miami, A, 33130
const L2: u128 = 0x12; // ~1 km north, B, 33131
const L3: u128 = 0x13; // Fort Lauderdale (~40 km), B, 33301
const SAL1: u128 = 0x21; // S1 @ L1
const SAL2: u128 = 0x22; // S3 @ L2
const SAL3: u128 = 0x23; // S5 @ L3
const SAL4: u128 = 0x24; // S2 @ L1

const MIAMI: (f64, f64) = (25.7617, -80.1918);

struct Directory {
    taxonomies: Vec<Taxonomy>,
    terms: Vec<TaxonomyTerm>,
    organizations: Vec<Organization>,
    services: Vec<Service>,
    locations: Vec<Location>,
    service_at_locations: Vec<ServiceAtLocation>,
}

impl Directory {
    fn len(&self) -> u64 {
        (self.taxonomies.len()
            + self.terms.len()
            + self.organizations.len()
            + self.services.len()
            + self.locations.len()
            + self.service_at_locations.len()) as u64
    }
}

fn directory() -> Directory {
    let mut org_a = organization(ORG_A, "Ayuda Legal", "Free legal help for families");
    org_a.programs = vec![Program {
        id: id(PROGRAM),
        organization_id: Some(id(ORG_A)),
        name: name("Know Your Rights"),
        alternate_name: None,
        description: text("Workshops"),
        attributes: vec![],
        metadata: vec![],
    }];
    let org_b = organization(ORG_B, "Banco de Comida", "Food bank of the county");
    let mut s1 = service(S1, "legal clinic", Some(id(ORG_A)), &[id(IMMIGRATION)]);
    s1.description = Some("Asylum and visa advice".into());
    s1.program_id = Some(id(PROGRAM));
    let s2 = service(S2, "Immigration Court Prep", Some(id(ORG_A)), &[id(LEGAL)]);
    let s3 = service(S3, "Food Pantry", Some(id(ORG_B)), &[id(FOOD)]);
    let mut s4 = service(S4, "Zebra Tutoring", None, &[]);
    s4.description = Some("Homework help, 50% off".into());
    let s5 = service(S5, "food pantry", Some(id(ORG_B)), &[id(FOOD), id(LEGAL)]);
    Directory {
        taxonomies: vec![
            taxonomy(T1, "Open Eligibility", "Human services taxonomy"),
            taxonomy(T2, "Puerta Needs", "What newcomers ask for"),
        ],
        terms: vec![
            term(LEGAL, "LEG", "Legal", "Legal services", id(T1), None),
            term(
                IMMIGRATION,
                "LEG-IMM",
                "Immigration Help",
                "Help with immigration cases",
                id(T1),
                Some(id(LEGAL)),
            ),
            term(FOOD, "FOOD", "Food", "Food and meals", id(T2), None),
        ],
        organizations: vec![org_a, org_b],
        services: vec![s1, s2, s3, s4, s5],
        locations: vec![
            location(L1, "Downtown Office", Some(id(ORG_A)), MIAMI, "33130"),
            location(
                L2,
                "Pantry Hall",
                Some(id(ORG_B)),
                (MIAMI.0 + 0.009, MIAMI.1),
                "33131",
            ),
            location(
                L3,
                "North Site",
                Some(id(ORG_B)),
                (26.1224, -80.1373),
                "33301",
            ),
        ],
        service_at_locations: vec![
            service_at_location(SAL1, id(S1), id(L1)),
            service_at_location(SAL2, id(S3), id(L2)),
            service_at_location(SAL3, id(S5), id(L3)),
            service_at_location(SAL4, id(S2), id(L1)),
        ],
    }
}

async fn write(store: &dyn Store, source: &str, d: &Directory) -> WriteSummary {
    let mut tx = store.begin_write(source).await.unwrap();
    for t in &d.taxonomies {
        tx.put_taxonomy(t).await.unwrap();
    }
    for t in &d.terms {
        tx.put_taxonomy_term(t).await.unwrap();
    }
    for o in &d.organizations {
        tx.put_organization(o).await.unwrap();
    }
    for s in &d.services {
        tx.put_service(s).await.unwrap();
    }
    for l in &d.locations {
        tx.put_location(l).await.unwrap();
    }
    for sal in &d.service_at_locations {
        tx.put_service_at_location(sal).await.unwrap();
    }
    tx.commit().await.unwrap()
}

async fn all_changes(store: &dyn Store) -> Vec<Change> {
    store.changes_since(0, 100_000).await.unwrap()
}

fn ids<T>(items: &[T], id_of: impl Fn(&T) -> Uuid) -> Vec<Uuid> {
    items.iter().map(id_of).collect()
}

fn page(page: u32, per_page: u32) -> PageRequest {
    PageRequest { page, per_page }
}

fn big() -> PageRequest {
    page(1, 100)
}

async fn service_ids_for(store: &dyn Store, filter: ServiceFilter) -> Vec<Uuid> {
    let listed = store.list_services(&filter, big()).await.unwrap();
    let list_ids = ids(&listed.items, |s| s.id);
    assert_eq!(listed.total, list_ids.len() as u64, "{filter:?}");
    assert_eq!(
        store.service_ids(&filter).await.unwrap(),
        list_ids,
        "{filter:?}"
    );
    list_ids
}

async fn sal_ids_for(store: &dyn Store, filter: ServiceAtLocationFilter) -> Vec<Uuid> {
    let listed = store
        .list_service_at_locations(&filter, big())
        .await
        .unwrap();
    assert_eq!(listed.total, listed.items.len() as u64, "{filter:?}");
    ids(&listed.items, |s| s.id)
}

fn search(words: &str) -> Option<String> {
    Some(words.to_string())
}

// ---------------------------------------------------------------------------------------
// The tests

async fn official_example_round_trips(store: &dyn Store) {
    let example = puerta_testkit::official_example("service_full.json")
        .replace("\"latitude\": 100", "\"latitude\": 51.5");
    let full: Service = serde_json::from_str(&example).unwrap();
    let org = (*full.organization.clone().unwrap()).clone();
    let program = full.program.clone().unwrap();
    let attribute_term = full.attributes[0].taxonomy_term.clone().unwrap();
    let taxonomy_detail = attribute_term.taxonomy_detail.clone().unwrap();
    assert!(full.last_modified.is_some());

    // Import it the way an importer splits a full service into aggregates.
    let mut tx = store.begin_write("hsds-example").await.unwrap();
    tx.put_organization(&org).await.unwrap();
    for l in &org.locations {
        tx.put_location(l).await.unwrap();
    }
    let mut sals = Vec::new();
    for sal in &full.service_at_locations {
        let location = sal.location.clone().unwrap();
        tx.put_location(&location).await.unwrap();
        let mut sal = sal.clone();
        sal.service_id = Some(full.id);
        sal.location_id = Some(location.id);
        tx.put_service_at_location(&sal).await.unwrap();
        sals.push(sal);
    }
    tx.put_taxonomy(&taxonomy_detail).await.unwrap();
    tx.put_taxonomy_term(&attribute_term).await.unwrap();
    tx.put_service(&full).await.unwrap();
    let summary = tx.commit().await.unwrap();
    // organization, location (written twice: once unchanged), sal, taxonomy, term, service
    assert_eq!(summary.written, 6, "{summary:?}");
    assert_eq!(summary.unchanged, 1, "{summary:?}");

    // The service is stored bare, linked to what was embedded.
    let stored = store.service(full.id).await.unwrap().unwrap();
    let mut bare = full.clone();
    bare.organization = None;
    bare.program = None;
    bare.service_at_locations = vec![];
    bare.organization_id = Some(org.id);
    bare.program_id = Some(program.id);
    assert_eq!(stored, bare);
    assert_eq!(
        stored.last_modified, full.last_modified,
        "the document's own time wins"
    );

    let stored_org = store.organization(org.id).await.unwrap().unwrap();
    let mut bare_org = org.clone();
    bare_org.locations = vec![];
    assert_eq!(stored_org, bare_org);
    // Byte for byte, as serde_json writes it.
    assert_eq!(
        serde_json::to_string(&stored_org).unwrap(),
        serde_json::to_string(&bare_org).unwrap()
    );
    let location = full.service_at_locations[0].location.clone().unwrap();
    assert_eq!(
        store.location(location.id).await.unwrap(),
        Some(location.clone())
    );
    let stored_sal = store
        .service_at_location(sals[0].id)
        .await
        .unwrap()
        .unwrap();
    let mut bare_sal = sals[0].clone();
    bare_sal.location = None;
    assert_eq!(stored_sal, bare_sal);
    assert_eq!(
        store.taxonomy_term(attribute_term.id).await.unwrap(),
        Some(attribute_term.clone())
    );
    assert_eq!(
        store.taxonomy(taxonomy_detail.id).await.unwrap(),
        Some(taxonomy_detail)
    );

    // And comes back whole.
    let got = store.full_services(&[full.id]).await.unwrap();
    let mut expected = bare.clone();
    expected.organization = Some(Box::new(bare_org));
    expected.program = Some(program);
    expected.service_at_locations = sals; // each with its location
    expected.attributes = full.attributes.clone();
    assert_eq!(got, vec![expected]);

    assert_eq!(
        store.counts().await.unwrap(),
        Counts {
            organizations: 1,
            locations: 1,
            services: 1,
            service_at_locations: 1,
            taxonomies: 1,
            taxonomy_terms: 1,
        }
    );
}

async fn upserts_are_idempotent(store: &dyn Store) {
    let d = directory();
    let first = write(store, "demo", &d).await;
    assert_eq!(
        first,
        WriteSummary {
            written: d.len(),
            unchanged: 0,
            deleted: 0
        }
    );
    let changes = all_changes(store).await;
    assert_eq!(changes.len() as u64, d.len());
    let before = store.service(id(S4)).await.unwrap().unwrap();
    let stamped = before
        .last_modified
        .expect("filled from the store's modification time");
    let age = jiff::Timestamp::now().duration_since(stamped);
    assert!(age.as_secs() < 60, "{stamped}");

    tokio::time::sleep(Duration::from_millis(5)).await;
    let again = write(store, "demo", &d).await;
    assert_eq!(
        again,
        WriteSummary {
            written: 0,
            unchanged: d.len(),
            deleted: 0
        }
    );
    assert_eq!(
        all_changes(store).await,
        changes,
        "no change rows for identical documents"
    );
    let after = store.service(id(S4)).await.unwrap().unwrap();
    assert_eq!(after.last_modified, Some(stamped), "modified is stable");

    // One real change: one write, one change row, a later modification time.
    let mut renamed = d.services[3].clone();
    renamed.name = name("Zebra Tutoring Club");
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.put_service(&renamed).await.unwrap();
    for s in &d.services[..3] {
        tx.put_service(s).await.unwrap();
    }
    let summary = tx.commit().await.unwrap();
    assert_eq!(
        summary,
        WriteSummary {
            written: 1,
            unchanged: 3,
            deleted: 0
        }
    );
    let now = all_changes(store).await;
    assert_eq!(now.len(), changes.len() + 1);
    let last = now.last().unwrap();
    assert_eq!(
        (last.kind, last.id, last.deleted),
        (Kind::Service, id(S4), false)
    );
    let changed = store.service(id(S4)).await.unwrap().unwrap();
    assert_eq!(changed.name.as_str(), "Zebra Tutoring Club");
    assert!(changed.last_modified.unwrap() > stamped);

    // Within one write the last put of an id wins.
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.put_service(&d.services[3]).await.unwrap();
    tx.put_service(&renamed).await.unwrap();
    tx.commit().await.unwrap();
    let kept = store.service(id(S4)).await.unwrap().unwrap();
    assert_eq!(kept.name.as_str(), "Zebra Tutoring Club");
}

async fn service_filters_and_paging(store: &dyn Store) {
    let mut d = directory();
    let late = d.services.remove(3); // S4 is written later, for modified_after
    write(store, "demo", &d).await;
    tokio::time::sleep(Duration::from_millis(5)).await;
    let cutoff = jiff::Timestamp::now();
    tokio::time::sleep(Duration::from_millis(5)).await;
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.put_service(&late).await.unwrap();
    tx.commit().await.unwrap();

    // Name (case-insensitively) then id.
    let all = vec![id(S3), id(S5), id(S2), id(S1), id(S4)];
    assert_eq!(service_ids_for(store, ServiceFilter::default()).await, all);

    let f = |filter: ServiceFilter| service_ids_for(store, filter);
    assert_eq!(
        f(ServiceFilter {
            search: search("pantry"),
            ..Default::default()
        })
        .await,
        vec![id(S3), id(S5)]
    );
    assert_eq!(
        f(ServiceFilter {
            search: search("  FOOD   Pantry "),
            ..Default::default()
        })
        .await,
        vec![id(S3), id(S5)]
    );
    // Organization name, and words spread over name and description.
    assert_eq!(
        f(ServiceFilter {
            search: search("ayuda"),
            ..Default::default()
        })
        .await,
        vec![id(S2), id(S1)]
    );
    assert_eq!(
        f(ServiceFilter {
            search: search("legal asylum"),
            ..Default::default()
        })
        .await,
        vec![id(S1)]
    );
    assert_eq!(
        f(ServiceFilter {
            search: search("legal zebra"),
            ..Default::default()
        })
        .await,
        NONE
    );
    // LIKE wildcards in the query are plain characters.
    assert_eq!(
        f(ServiceFilter {
            search: search("50%"),
            ..Default::default()
        })
        .await,
        vec![id(S4)]
    );
    assert_eq!(
        f(ServiceFilter {
            search: search("5_%"),
            ..Default::default()
        })
        .await,
        NONE
    );
    assert_eq!(
        f(ServiceFilter {
            search: search("   "),
            ..Default::default()
        })
        .await,
        all
    );

    assert_eq!(
        f(ServiceFilter {
            taxonomy_term_id: Some(id(LEGAL)),
            ..Default::default()
        })
        .await,
        vec![id(S5), id(S2)]
    );
    assert_eq!(
        f(ServiceFilter {
            taxonomy_term_id: Some(id(IMMIGRATION)),
            ..Default::default()
        })
        .await,
        vec![id(S1)]
    );
    assert_eq!(
        f(ServiceFilter {
            taxonomy_id: Some(id(T1)),
            ..Default::default()
        })
        .await,
        vec![id(S5), id(S2), id(S1)]
    );
    assert_eq!(
        f(ServiceFilter {
            taxonomy_id: Some(id(T2)),
            ..Default::default()
        })
        .await,
        vec![id(S3), id(S5)]
    );
    assert_eq!(
        f(ServiceFilter {
            organization_id: Some(id(ORG_A)),
            ..Default::default()
        })
        .await,
        vec![id(S2), id(S1)]
    );
    assert_eq!(
        f(ServiceFilter {
            modified_after: Some(cutoff),
            ..Default::default()
        })
        .await,
        vec![id(S4)]
    );
    // All filters together (AND).
    let together = ServiceFilter {
        search: search("pantry"),
        taxonomy_term_id: Some(id(LEGAL)),
        taxonomy_id: Some(id(T1)),
        organization_id: Some(id(ORG_B)),
        modified_after: None,
    };
    assert_eq!(f(together.clone()).await, vec![id(S5)]);
    assert_eq!(
        f(ServiceFilter {
            organization_id: Some(id(ORG_A)),
            ..together
        })
        .await,
        NONE
    );

    // Paging.
    let p1 = store
        .list_services(&ServiceFilter::default(), page(1, 2))
        .await
        .unwrap();
    assert_eq!(
        (ids(&p1.items, |s| s.id), p1.total, p1.total_pages()),
        (all[..2].to_vec(), 5, 3)
    );
    let p3 = store
        .list_services(&ServiceFilter::default(), page(3, 2))
        .await
        .unwrap();
    assert_eq!((ids(&p3.items, |s| s.id), p3.total), (vec![id(S4)], 5));
    let p4 = store
        .list_services(&ServiceFilter::default(), page(4, 2))
        .await
        .unwrap();
    assert_eq!((p4.items.len(), p4.total), (0, 5));
    let filtered = store
        .list_services(
            &ServiceFilter {
                organization_id: Some(id(ORG_B)),
                ..Default::default()
            },
            page(2, 1),
        )
        .await
        .unwrap();
    assert_eq!(
        (ids(&filtered.items, |s| s.id), filtered.total),
        (vec![id(S5)], 2)
    );
    // Listed services are bare and carry their modification time.
    assert!(p1
        .items
        .iter()
        .all(|s| s.organization.is_none() && s.last_modified.is_some()));
}

async fn organization_filters(store: &dyn Store) {
    write(store, "demo", &directory()).await;
    let f = |filter: OrganizationFilter| async move {
        let listed = store.list_organizations(&filter, big()).await.unwrap();
        assert_eq!(listed.total, listed.items.len() as u64);
        ids(&listed.items, |o| o.id)
    };
    assert_eq!(
        f(OrganizationFilter::default()).await,
        vec![id(ORG_A), id(ORG_B)]
    );
    assert_eq!(
        f(OrganizationFilter {
            search: search("FOOD county"),
            ..Default::default()
        })
        .await,
        vec![id(ORG_B)]
    );
    assert_eq!(
        f(OrganizationFilter {
            taxonomy_term_id: Some(id(LEGAL)),
            ..Default::default()
        })
        .await,
        vec![id(ORG_A), id(ORG_B)]
    );
    assert_eq!(
        f(OrganizationFilter {
            taxonomy_term_id: Some(id(IMMIGRATION)),
            ..Default::default()
        })
        .await,
        vec![id(ORG_A)]
    );
    assert_eq!(
        f(OrganizationFilter {
            taxonomy_id: Some(id(T2)),
            ..Default::default()
        })
        .await,
        vec![id(ORG_B)]
    );
    assert_eq!(
        f(OrganizationFilter {
            search: search("ayuda"),
            taxonomy_id: Some(id(T2)),
            ..Default::default()
        })
        .await,
        NONE
    );
    let p2 = store
        .list_organizations(&OrganizationFilter::default(), page(2, 1))
        .await
        .unwrap();
    assert_eq!((ids(&p2.items, |o| o.id), p2.total), (vec![id(ORG_B)], 2));

    assert_eq!(
        store.organization_service_ids(id(ORG_A)).await.unwrap(),
        vec![id(S2), id(S1)]
    );
    assert_eq!(
        store.organization_service_ids(id(0xFFFF)).await.unwrap(),
        NONE
    );
    let locations = store.organization_locations(id(ORG_B)).await.unwrap();
    assert_eq!(ids(&locations, |l| l.id), vec![id(L3), id(L2)]);
    let orgs = store
        .organizations(&[id(ORG_B), id(0xFFFF), id(ORG_A)])
        .await
        .unwrap();
    assert_eq!(ids(&orgs, |o| o.id), vec![id(ORG_B), id(ORG_A)]);
    let locations = store.locations(&[id(L2), id(L1)]).await.unwrap();
    assert_eq!(ids(&locations, |l| l.id), vec![id(L2), id(L1)]);
    assert_eq!(store.organization(id(0xFFFF)).await.unwrap(), None);
}

async fn taxonomy_filters(store: &dyn Store) {
    write(store, "demo", &directory()).await;
    let f = |filter: TaxonomyTermFilter| async move {
        let listed = store.list_taxonomy_terms(&filter, big()).await.unwrap();
        assert_eq!(listed.total, listed.items.len() as u64);
        ids(&listed.items, |t| t.id)
    };
    assert_eq!(
        f(TaxonomyTermFilter::default()).await,
        vec![id(FOOD), id(IMMIGRATION), id(LEGAL)]
    );
    assert_eq!(
        f(TaxonomyTermFilter {
            taxonomy_id: Some(id(T1)),
            ..Default::default()
        })
        .await,
        vec![id(IMMIGRATION), id(LEGAL)]
    );
    assert_eq!(
        f(TaxonomyTermFilter {
            parent_id: Some(id(LEGAL)),
            ..Default::default()
        })
        .await,
        vec![id(IMMIGRATION)]
    );
    assert_eq!(
        f(TaxonomyTermFilter {
            top_only: true,
            ..Default::default()
        })
        .await,
        vec![id(FOOD), id(LEGAL)]
    );
    assert_eq!(
        f(TaxonomyTermFilter {
            search: search("leg-imm"),
            ..Default::default()
        })
        .await,
        vec![id(IMMIGRATION)]
    );
    assert_eq!(
        f(TaxonomyTermFilter {
            search: search("legal"),
            ..Default::default()
        })
        .await,
        vec![id(LEGAL)]
    );
    assert_eq!(
        f(TaxonomyTermFilter {
            taxonomy_id: Some(id(T2)),
            top_only: true,
            search: search("meals"),
            ..Default::default()
        })
        .await,
        vec![id(FOOD)]
    );
    let p = store
        .list_taxonomy_terms(&TaxonomyTermFilter::default(), page(2, 2))
        .await
        .unwrap();
    assert_eq!((ids(&p.items, |t| t.id), p.total), (vec![id(LEGAL)], 3));
    let terms = store.taxonomy_terms(&[id(LEGAL), id(FOOD)]).await.unwrap();
    assert_eq!(ids(&terms, |t| t.id), vec![id(LEGAL), id(FOOD)]);

    let all = store.list_taxonomies(None, big()).await.unwrap();
    assert_eq!(
        (ids(&all.items, |t| t.id), all.total),
        (vec![id(T1), id(T2)], 2)
    );
    let needs = store.list_taxonomies(Some("NEEDS"), big()).await.unwrap();
    assert_eq!(
        (ids(&needs.items, |t| t.id), needs.total),
        (vec![id(T2)], 1)
    );
    let second = store.list_taxonomies(None, page(2, 1)).await.unwrap();
    assert_eq!(
        (ids(&second.items, |t| t.id), second.total),
        (vec![id(T2)], 2)
    );
}

async fn service_at_location_filters(store: &dyn Store) {
    let mut d = directory();
    let late = d.service_at_locations.remove(0); // SAL1 later, for modified_after
    write(store, "demo", &d).await;
    tokio::time::sleep(Duration::from_millis(5)).await;
    let cutoff = jiff::Timestamp::now();
    tokio::time::sleep(Duration::from_millis(5)).await;
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.put_service_at_location(&late).await.unwrap();
    tx.commit().await.unwrap();

    let f = |filter: ServiceAtLocationFilter| sal_ids_for(store, filter);
    // Service name, then location name, then id.
    assert_eq!(
        f(Default::default()).await,
        vec![id(SAL3), id(SAL2), id(SAL4), id(SAL1)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            service_id: Some(id(S1)),
            ..Default::default()
        })
        .await,
        vec![id(SAL1)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            location_id: Some(id(L1)),
            ..Default::default()
        })
        .await,
        vec![id(SAL4), id(SAL1)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            organization_id: Some(id(ORG_B)),
            ..Default::default()
        })
        .await,
        vec![id(SAL3), id(SAL2)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            taxonomy_term_id: Some(id(LEGAL)),
            ..Default::default()
        })
        .await,
        vec![id(SAL3), id(SAL4)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            taxonomy_id: Some(id(T2)),
            ..Default::default()
        })
        .await,
        vec![id(SAL3), id(SAL2)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            postcode: Some("33131".into()),
            ..Default::default()
        })
        .await,
        vec![id(SAL2)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            postcode: Some(" 33130 ".into()),
            ..Default::default()
        })
        .await,
        vec![id(SAL4), id(SAL1)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            postcode: Some("3313".into()),
            ..Default::default()
        })
        .await,
        NONE
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            search: search("downtown"),
            ..Default::default()
        })
        .await,
        vec![id(SAL4), id(SAL1)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            search: search("banco pantry"),
            ..Default::default()
        })
        .await,
        vec![id(SAL3), id(SAL2)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            search: search("pantry downtown"),
            ..Default::default()
        })
        .await,
        NONE
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            modified_after: Some(cutoff),
            ..Default::default()
        })
        .await,
        vec![id(SAL1)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            organization_id: Some(id(ORG_A)),
            taxonomy_id: Some(id(T1)),
            postcode: Some("33130".into()),
            ..Default::default()
        })
        .await,
        vec![id(SAL4), id(SAL1)]
    );
    let p = store
        .list_service_at_locations(&Default::default(), page(2, 3))
        .await
        .unwrap();
    assert_eq!((ids(&p.items, |s| s.id), p.total), (vec![id(SAL1)], 4));
    // Bare records: the location is not embedded.
    assert!(p.items.iter().all(|s| s.location.is_none()));
}

async fn near_orders_by_distance(store: &dyn Store) {
    write(store, "demo", &directory()).await;
    let near = |radius_m: f64| Near {
        latitude: MIAMI.0,
        longitude: MIAMI.1,
        radius_m,
    };
    let f = |filter: ServiceAtLocationFilter| sal_ids_for(store, filter);
    // L1 is at the centre (ties by id), L2 ~1 km away, L3 ~40 km away.
    assert_eq!(
        f(ServiceAtLocationFilter {
            near: Some(near(5_000.0)),
            ..Default::default()
        })
        .await,
        vec![id(SAL1), id(SAL4), id(SAL2)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            near: Some(near(500.0)),
            ..Default::default()
        })
        .await,
        vec![id(SAL1), id(SAL4)]
    );
    let everything = vec![id(SAL1), id(SAL4), id(SAL2), id(SAL3)];
    assert_eq!(
        f(ServiceAtLocationFilter {
            near: Some(near(50_000.0)),
            ..Default::default()
        })
        .await,
        everything
    );
    // The bounding box alone would take L2's corner; the exact distance decides.
    let l2_distance = puerta_domain::distance_m(
        (
            puerta_domain::Latitude::new(MIAMI.0).unwrap(),
            puerta_domain::Longitude::new(MIAMI.1).unwrap(),
        ),
        (
            puerta_domain::Latitude::new(MIAMI.0 + 0.009).unwrap(),
            puerta_domain::Longitude::new(MIAMI.1).unwrap(),
        ),
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            near: Some(near(l2_distance - 1.0)),
            ..Default::default()
        })
        .await,
        vec![id(SAL1), id(SAL4)]
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            near: Some(near(l2_distance + 1.0)),
            ..Default::default()
        })
        .await,
        vec![id(SAL1), id(SAL4), id(SAL2)]
    );
    // The postcode is ignored when `near` is given; other filters still hold.
    assert_eq!(
        f(ServiceAtLocationFilter {
            near: Some(near(50_000.0)),
            postcode: Some("33301".into()),
            ..Default::default()
        })
        .await,
        everything
    );
    assert_eq!(
        f(ServiceAtLocationFilter {
            near: Some(near(50_000.0)),
            organization_id: Some(id(ORG_B)),
            ..Default::default()
        })
        .await,
        vec![id(SAL2), id(SAL3)]
    );
    // Paging over the distance order.
    let filter = ServiceAtLocationFilter {
        near: Some(near(50_000.0)),
        ..Default::default()
    };
    let p2 = store
        .list_service_at_locations(&filter, page(2, 3))
        .await
        .unwrap();
    assert_eq!((ids(&p2.items, |s| s.id), p2.total), (vec![id(SAL3)], 4));
    let p3 = store
        .list_service_at_locations(&filter, page(3, 3))
        .await
        .unwrap();
    assert_eq!((p3.items.len(), p3.total), (0, 4));
    // Far away: nothing.
    let madrid = Near {
        latitude: 40.4168,
        longitude: -3.7038,
        radius_m: 100_000.0,
    };
    assert_eq!(
        f(ServiceAtLocationFilter {
            near: Some(madrid),
            ..Default::default()
        })
        .await,
        NONE
    );
    // A centre off the Earth is an error, not an empty page.
    let bad = ServiceAtLocationFilter {
        near: Some(Near {
            latitude: 100.0,
            longitude: 0.0,
            radius_m: 1.0,
        }),
        ..Default::default()
    };
    assert!(store.list_service_at_locations(&bad, big()).await.is_err());
}

async fn near_crosses_the_antimeridian(store: &dyn Store) {
    let east = location(0x51, "East", None, (-17.0, 179.99), "FJ1");
    let west = location(0x52, "West", None, (-17.0, -179.98), "FJ2");
    let far = location(0x53, "Far", None, (-17.0, 178.0), "FJ3");
    let s = service(0x50, "Island Clinic", None, &[]);
    let mut tx = store.begin_write("pacific").await.unwrap();
    tx.put_service(&s).await.unwrap();
    for (n, l) in [(0x61, &east), (0x62, &west), (0x63, &far)] {
        tx.put_location(l).await.unwrap();
        tx.put_service_at_location(&service_at_location(n, s.id, l.id))
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let near = Near {
        latitude: -17.0,
        longitude: -179.999,
        radius_m: 10_000.0,
    };
    let got = sal_ids_for(
        store,
        ServiceAtLocationFilter {
            near: Some(near),
            ..Default::default()
        },
    )
    .await;
    // East is ~1.2 km away across the antimeridian, West ~2 km, Far ~210 km.
    assert_eq!(got, vec![id(0x61), id(0x62)]);
}

async fn full_services_embed_their_relations(store: &dyn Store) {
    let d = directory();
    write(store, "demo", &d).await;
    let full = store
        .full_services(&[id(S5), id(0xFFFF), id(S1), id(S4)])
        .await
        .unwrap();
    assert_eq!(ids(&full, |s| s.id), vec![id(S5), id(S1), id(S4)]);
    let (s5, s1, s4) = (&full[0], &full[1], &full[2]);

    assert_eq!(s5.organization.as_ref().unwrap().id, id(ORG_B));
    assert_eq!(s5.program, None);
    assert_eq!(ids(&s5.service_at_locations, |s| s.id), vec![id(SAL3)]);
    assert_eq!(
        s5.service_at_locations[0].location.as_ref().unwrap(),
        &d.locations[2]
    );
    let terms: Vec<_> = s5
        .attributes
        .iter()
        .map(|a| a.taxonomy_term.clone().unwrap())
        .collect();
    // Embedded terms carry their taxonomy as `taxonomy_detail`.
    for t in &terms {
        let detail = t
            .taxonomy_detail
            .as_ref()
            .expect("taxonomy_detail embedded");
        assert_eq!(Some(detail.id), t.taxonomy_id);
        assert!(d.taxonomies.iter().any(|x| x == detail));
    }
    let bare: Vec<_> = terms
        .into_iter()
        .map(|mut t| {
            t.taxonomy_detail = None;
            t
        })
        .collect();
    assert_eq!(bare, vec![d.terms[2].clone(), d.terms[0].clone()]);

    assert_eq!(**s1.organization.as_ref().unwrap(), d.organizations[0]);
    assert_eq!(s1.program.as_ref().unwrap().id, id(PROGRAM));
    assert_eq!(
        s1.attributes[0].taxonomy_term.as_ref().unwrap().id,
        id(IMMIGRATION)
    );
    assert_eq!(
        s1.service_at_locations[0].location.as_ref().unwrap().id,
        id(L1)
    );

    assert_eq!(s4.organization, None);
    assert!(s4.service_at_locations.is_empty());
    assert!(s4.last_modified.is_some());

    // A service with two sites, whose second term is unknown: the attribute stays as written.
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.put_service_at_location(&service_at_location(0x25, id(S2), id(L2)))
        .await
        .unwrap();
    let mut s2 = d.services[1].clone();
    s2.attributes.push(attribute(id(0x9999), id(0x7777)));
    tx.put_service(&s2).await.unwrap();
    tx.commit().await.unwrap();
    let got = store.full_services(&[id(S2)]).await.unwrap();
    let sites: Vec<_> = got[0]
        .service_at_locations
        .iter()
        .map(|s| (s.id, s.location.as_ref().unwrap().id))
        .collect();
    assert_eq!(sites, vec![(id(SAL4), id(L1)), (id(0x25), id(L2))]);
    assert_eq!(
        got[0].attributes[0].taxonomy_term.as_ref().unwrap().id,
        id(LEGAL)
    );
    assert_eq!(got[0].attributes[1], attribute(id(0x9999), id(0x7777)));
    assert!(store.full_services(&[]).await.unwrap().is_empty());
}

async fn dangling_references_are_found(store: &dyn Store) {
    // Committed earlier: an organization and a taxonomy that later records point to.
    let mut tx = store.begin_write("base").await.unwrap();
    tx.put_organization(&organization(ORG_A, "Ayuda Legal", "Help"))
        .await
        .unwrap();
    tx.put_taxonomy(&taxonomy(T1, "Open Eligibility", "Tax"))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let missing_org = id(0xDEAD);
    let mut tx = store.begin_write("import").await.unwrap();
    tx.put_service(&service(
        S1,
        "Clinic",
        Some(missing_org),
        &[id(0xBAD1), id(LEGAL)],
    ))
    .await
    .unwrap();
    tx.put_service(&service(S2, "Fine", Some(id(ORG_A)), &[id(LEGAL)]))
        .await
        .unwrap();
    tx.put_location(&location(L1, "Site", Some(missing_org), MIAMI, "33130"))
        .await
        .unwrap();
    tx.put_service_at_location(&service_at_location(SAL1, id(0xBAD2), id(0xBAD3)))
        .await
        .unwrap();
    tx.put_service_at_location(&service_at_location(SAL2, id(S2), id(L1)))
        .await
        .unwrap();
    tx.put_taxonomy_term(&term(
        LEGAL,
        "LEG",
        "Legal",
        "Legal",
        id(T1),
        Some(id(0xBAD4)),
    ))
    .await
    .unwrap();
    tx.put_taxonomy_term(&term(FOOD, "FOOD", "Food", "Food", id(0xBAD5), None))
        .await
        .unwrap();
    let found = tx.dangling_references().await.unwrap();
    let r = |from_kind, from: u128, field, to_kind, to| DanglingRef {
        from_kind,
        from_id: id(from),
        field,
        to_kind,
        to_id: to,
    };
    assert_eq!(
        found,
        vec![
            r(
                Kind::Service,
                S1,
                "organization_id",
                Kind::Organization,
                missing_org
            ),
            r(
                Kind::Location,
                L1,
                "organization_id",
                Kind::Organization,
                missing_org
            ),
            r(
                Kind::ServiceAtLocation,
                SAL1,
                "service_id",
                Kind::Service,
                id(0xBAD2)
            ),
            r(
                Kind::ServiceAtLocation,
                SAL1,
                "location_id",
                Kind::Location,
                id(0xBAD3)
            ),
            r(
                Kind::TaxonomyTerm,
                LEGAL,
                "parent_id",
                Kind::TaxonomyTerm,
                id(0xBAD4)
            ),
            r(
                Kind::TaxonomyTerm,
                FOOD,
                "taxonomy_id",
                Kind::Taxonomy,
                id(0xBAD5)
            ),
            r(
                Kind::Service,
                S1,
                "attributes.taxonomy_term_id",
                Kind::TaxonomyTerm,
                id(0xBAD1)
            ),
        ]
    );
    // Writing the missing organization in the same transaction resolves those references.
    tx.put_organization(&organization(0xDEAD, "Found", "Found"))
        .await
        .unwrap();
    let found = tx.dangling_references().await.unwrap();
    assert!(
        found.iter().all(|d| d.to_kind != Kind::Organization),
        "{found:?}"
    );
    assert_eq!(found.len(), 5);
    tx.rollback().await.unwrap();
}

async fn rolled_back_writes_leave_nothing(store: &dyn Store) {
    let d = directory();
    write(store, "demo", &d).await;
    let counts = store.counts().await.unwrap();
    let changes = all_changes(store).await;
    let extra = service(0x77, "Uncommitted", Some(id(ORG_A)), &[id(LEGAL)]);

    // Explicit rollback, after flushed writes, an update and a delete_source.
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.put_service(&extra).await.unwrap();
    let mut renamed = d.services[0].clone();
    renamed.name = name("Renamed");
    tx.put_service(&renamed).await.unwrap();
    tx.dangling_references().await.unwrap(); // flushes the buffers into the transaction
                                             // Nothing is visible outside the transaction before commit.
    assert_eq!(store.service(extra.id).await.unwrap(), None);
    assert_eq!(store.counts().await.unwrap(), counts);
    tx.delete_source().await.unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(store.counts().await.unwrap(), counts);
    assert_eq!(all_changes(store).await, changes);
    assert_eq!(
        store.service(id(S1)).await.unwrap().unwrap().name.as_str(),
        "legal clinic"
    );

    // Dropping the transaction rolls back too.
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.put_service(&extra).await.unwrap();
    tx.delete_source().await.unwrap();
    drop(tx);
    assert_eq!(store.counts().await.unwrap(), counts);
    assert_eq!(all_changes(store).await, changes);
    let legal = ServiceFilter {
        taxonomy_term_id: Some(id(LEGAL)),
        ..Default::default()
    };
    assert_eq!(
        store.service_ids(&legal).await.unwrap(),
        vec![id(S5), id(S2)]
    );

    // And the store still takes writes afterwards.
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.put_service(&extra).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(store.counts().await.unwrap().services, counts.services + 1);
}

async fn delete_source_removes_only_that_source(store: &dyn Store) {
    let d = directory();
    // Source "a": taxonomy T1 and its terms, organization A, S1, L1, SAL1.
    let a = Directory {
        taxonomies: vec![d.taxonomies[0].clone()],
        terms: d.terms[..2].to_vec(),
        organizations: vec![d.organizations[0].clone()],
        services: vec![d.services[0].clone()],
        locations: vec![d.locations[0].clone()],
        service_at_locations: vec![d.service_at_locations[0].clone()],
    };
    // Source "b": the rest of organization B's part.
    let b = Directory {
        taxonomies: vec![d.taxonomies[1].clone()],
        terms: vec![d.terms[2].clone()],
        organizations: vec![d.organizations[1].clone()],
        services: vec![d.services[2].clone()],
        locations: vec![d.locations[1].clone()],
        service_at_locations: vec![d.service_at_locations[1].clone()],
    };
    write(store, "a", &a).await;
    write(store, "b", &b).await;
    let seq = all_changes(store).await.last().unwrap().seq;

    let mut tx = store.begin_write("a").await.unwrap();
    assert_eq!(tx.delete_source().await.unwrap(), a.len());
    let summary = tx.commit().await.unwrap();
    assert_eq!(
        summary,
        WriteSummary {
            written: 0,
            unchanged: 0,
            deleted: a.len()
        }
    );
    assert_eq!(
        store.counts().await.unwrap(),
        Counts {
            organizations: 1,
            locations: 1,
            services: 1,
            service_at_locations: 1,
            taxonomies: 1,
            taxonomy_terms: 1
        }
    );
    assert_eq!(store.service(id(S1)).await.unwrap(), None);
    assert!(store.service(id(S3)).await.unwrap().is_some());
    let immigration = ServiceFilter {
        taxonomy_term_id: Some(id(IMMIGRATION)),
        ..Default::default()
    };
    assert_eq!(store.service_ids(&immigration).await.unwrap(), NONE);

    // The feed reports each deletion.
    let deletions = store.changes_since(seq, 100).await.unwrap();
    assert_eq!(deletions.len() as u64, a.len());
    assert!(deletions.iter().all(|c| c.deleted));
    let mut deleted: Vec<(Kind, Uuid)> = deletions.iter().map(|c| (c.kind, c.id)).collect();
    deleted.sort_by_key(|(_, id)| *id);
    let mut expected = vec![
        (Kind::Taxonomy, id(T1)),
        (Kind::TaxonomyTerm, id(LEGAL)),
        (Kind::TaxonomyTerm, id(IMMIGRATION)),
        (Kind::Organization, id(ORG_A)),
        (Kind::Service, id(S1)),
        (Kind::Location, id(L1)),
        (Kind::ServiceAtLocation, id(SAL1)),
    ];
    expected.sort_by_key(|(_, id)| *id);
    assert_eq!(deleted, expected);

    // Replace: delete and write again in one transaction.
    let mut tx = store.begin_write("b").await.unwrap();
    assert_eq!(tx.delete_source().await.unwrap(), b.len());
    tx.put_service(&b.services[0]).await.unwrap();
    let summary = tx.commit().await.unwrap();
    assert_eq!(
        summary,
        WriteSummary {
            written: 1,
            unchanged: 0,
            deleted: b.len()
        }
    );
    assert_eq!(
        store.counts().await.unwrap(),
        Counts {
            services: 1,
            ..Counts::default()
        }
    );
    let food = ServiceFilter {
        taxonomy_term_id: Some(id(FOOD)),
        ..Default::default()
    };
    assert_eq!(store.service_ids(&food).await.unwrap(), vec![id(S3)]);
}

async fn change_feed_pages_in_order(store: &dyn Store) {
    assert!(store.changes_since(0, 10).await.unwrap().is_empty());
    let d = directory();
    write(store, "demo", &d).await;
    let all = all_changes(store).await;
    assert_eq!(all.len() as u64, d.len());
    assert!(all.windows(2).all(|w| w[0].seq < w[1].seq), "{all:?}");
    assert!(all.iter().all(|c| !c.deleted));
    let mut seen: Vec<(Kind, Uuid)> = all.iter().map(|c| (c.kind, c.id)).collect();
    seen.sort_by_key(|(_, id)| *id);
    let mut written: Vec<(Kind, Uuid)> = Vec::new();
    written.extend(d.taxonomies.iter().map(|x| (Kind::Taxonomy, x.id)));
    written.extend(d.terms.iter().map(|x| (Kind::TaxonomyTerm, x.id)));
    written.extend(d.organizations.iter().map(|x| (Kind::Organization, x.id)));
    written.extend(d.services.iter().map(|x| (Kind::Service, x.id)));
    written.extend(d.locations.iter().map(|x| (Kind::Location, x.id)));
    written.extend(
        d.service_at_locations
            .iter()
            .map(|x| (Kind::ServiceAtLocation, x.id)),
    );
    written.sort_by_key(|(_, id)| *id);
    assert_eq!(seen, written);

    let window = store.changes_since(all[1].seq, 3).await.unwrap();
    assert_eq!(window, all[2..5].to_vec());
    assert!(store
        .changes_since(all.last().unwrap().seq, 10)
        .await
        .unwrap()
        .is_empty());
    assert!(store.changes_since(0, 0).await.unwrap().is_empty());
}

async fn large_writes_cross_batch_boundaries(store: &dyn Store) {
    const N: u128 = 1_234;
    let taxonomy = taxonomy(T1, "Open Eligibility", "Tax");
    let legal = term(LEGAL, "LEG", "Legal", "Legal", id(T1), None);
    let (taxonomy, legal) = (&taxonomy, &legal);
    let write_all = |rename: bool| async move {
        let mut tx = store.begin_write("bulk").await.unwrap();
        tx.put_taxonomy(taxonomy).await.unwrap();
        tx.put_taxonomy_term(legal).await.unwrap();
        for n in 0..N {
            let base = 0x1_0000 + n * 4;
            let label = if rename && n == N - 1 {
                "renamed".to_string()
            } else {
                format!("service {n:05}")
            };
            let terms = if n % 2 == 0 { vec![id(LEGAL)] } else { vec![] };
            tx.put_service(&service(base, &label, None, &terms))
                .await
                .unwrap();
            let point = (MIAMI.0 + (n as f64) * 1e-4, MIAMI.1);
            tx.put_location(&location(
                base + 1,
                &format!("site {n}"),
                None,
                point,
                "33130",
            ))
            .await
            .unwrap();
            tx.put_service_at_location(&service_at_location(base + 2, id(base), id(base + 1)))
                .await
                .unwrap();
        }
        tx.commit().await.unwrap()
    };
    let total = 3 * N as u64 + 2;
    assert_eq!(
        write_all(false).await,
        WriteSummary {
            written: total,
            unchanged: 0,
            deleted: 0
        }
    );
    let counts = store.counts().await.unwrap();
    assert_eq!(
        (
            counts.services,
            counts.locations,
            counts.service_at_locations
        ),
        (N as u64, N as u64, N as u64)
    );
    assert_eq!(all_changes(store).await.len() as u64, total);
    let legal_filter = ServiceFilter {
        taxonomy_term_id: Some(id(LEGAL)),
        ..Default::default()
    };
    assert_eq!(
        store.service_ids(&legal_filter).await.unwrap().len() as u64,
        N as u64 / 2
    );

    assert_eq!(
        write_all(false).await,
        WriteSummary {
            written: 0,
            unchanged: total,
            deleted: 0
        }
    );
    assert_eq!(all_changes(store).await.len() as u64, total);
    assert_eq!(
        write_all(true).await,
        WriteSummary {
            written: 1,
            unchanged: total - 1,
            deleted: 0
        }
    );

    let all_ids = store.service_ids(&ServiceFilter::default()).await.unwrap();
    let full = store.full_services(&all_ids).await.unwrap();
    assert_eq!(full.len() as u64, N as u64);
    assert!(
        full.iter()
            .all(|s| s.service_at_locations.len() == 1
                && s.service_at_locations[0].location.is_some())
    );
    assert_eq!(full.last().unwrap().name.as_str(), "service 01232");
    assert_eq!(full[0].name.as_str(), "renamed");
}

// ---------------------------------------------------------------------------------------
// Problem reports (not HSDS records)

fn day(s: &str) -> jiff::civil::Date {
    s.parse().unwrap()
}

fn report(service: u128, category: ReportCategory, text: &str, received: &str) -> NewProblemReport {
    NewProblemReport {
        service_id: id(service),
        category,
        text: ReportText::parse(text).unwrap(),
        received: day(received),
    }
}

/// Adds a report that must be kept; returns it as stored.
async fn add(store: &dyn Store, r: &NewProblemReport) -> ProblemReport {
    match store.add_report(r, ReportLimits::default()).await.unwrap() {
        ReportOutcome::Added(stored) => stored,
        other => panic!("report not kept: {other:?}"),
    }
}

async fn all_reports(store: &dyn Store, service: Option<u128>) -> Vec<ProblemReport> {
    let listed = store
        .list_reports(service.map(id), page(1, 1000))
        .await
        .unwrap();
    assert_eq!(listed.total, listed.items.len() as u64);
    listed.items
}

fn report_ids(reports: &[ProblemReport]) -> Vec<ReportId> {
    reports.iter().map(|r| r.id).collect()
}

async fn problem_reports_are_kept_listed_and_resolved(store: &dyn Store) {
    write(store, "demo", &directory()).await;
    assert!(all_reports(store, None).await.is_empty());
    let text = "El teléfono no funciona.\nProbé dos veces.";
    let first = add(
        store,
        &report(S1, ReportCategory::WrongPhone, text, "2026-03-02"),
    )
    .await;
    assert_eq!(first.service_id, id(S1));
    assert_eq!(first.category, ReportCategory::WrongPhone);
    assert_eq!(first.text.as_str(), text);
    assert_eq!(first.received, day("2026-03-02"));
    // Received earlier (a day is all that is kept), different services, an empty text.
    let earlier = add(store, &report(S3, ReportCategory::Closed, "", "2026-03-01")).await;
    let third = add(
        store,
        &report(
            S1,
            ReportCategory::AskedForPayment,
            "Pidieron $50",
            "2026-03-02",
        ),
    )
    .await;
    assert!(first.id < third.id, "numbers increase");
    assert_ne!(earlier.id, first.id);

    // Oldest first: by day, then by number; one service's only.
    let all = all_reports(store, None).await;
    assert_eq!(report_ids(&all), vec![earlier.id, first.id, third.id]);
    assert_eq!(all[1], first, "read back exactly as added");
    assert_eq!(
        report_ids(&all_reports(store, Some(S1)).await),
        vec![first.id, third.id]
    );
    assert!(all_reports(store, Some(S2)).await.is_empty());
    // Paged.
    let p2 = store.list_reports(None, page(2, 2)).await.unwrap();
    assert_eq!(p2.total, 3);
    assert_eq!(report_ids(&p2.items), vec![third.id]);

    // Resolving with an unknown number deletes nothing and names it.
    let missing = ReportId::new(third.id.get() + 1000).unwrap();
    assert_eq!(
        store.resolve_reports(&[first.id, missing]).await.unwrap(),
        ResolvedReports::Unknown(vec![missing])
    );
    assert_eq!(all_reports(store, None).await.len(), 3);
    // Known numbers (a repeat counts once) are deleted.
    assert_eq!(
        store
            .resolve_reports(&[first.id, earlier.id, first.id])
            .await
            .unwrap(),
        ResolvedReports::Deleted(2)
    );
    assert_eq!(report_ids(&all_reports(store, None).await), vec![third.id]);
    // Resolved twice: now unknown.
    assert_eq!(
        store.resolve_reports(&[first.id]).await.unwrap(),
        ResolvedReports::Unknown(vec![first.id])
    );
    // Numbers are not reused.
    let fourth = add(store, &report(S2, ReportCategory::Other, "x", "2026-03-03")).await;
    assert!(fourth.id > third.id);
}

async fn problem_report_limits_hold(store: &dyn Store) {
    let limits = ReportLimits {
        per_service_per_day: 3,
        stored: 5,
        keep_days: 180,
    };
    let r =
        |service, received| report(service, ReportCategory::WrongHours, "Closed at 5", received);
    for _ in 0..3 {
        let outcome = store
            .add_report(&r(S1, "2026-03-01"), limits)
            .await
            .unwrap();
        assert!(matches!(outcome, ReportOutcome::Added(_)), "{outcome:?}");
    }
    // The fourth for that service that day is refused, and nothing is written.
    assert_eq!(
        store
            .add_report(&r(S1, "2026-03-01"), limits)
            .await
            .unwrap(),
        ReportOutcome::ServiceDayFull
    );
    assert_eq!(all_reports(store, None).await.len(), 3);
    // Another service, or the next day, is fine.
    for taken in [r(S2, "2026-03-01"), r(S1, "2026-03-02")] {
        let outcome = store.add_report(&taken, limits).await.unwrap();
        assert!(matches!(outcome, ReportOutcome::Added(_)), "{outcome:?}");
    }
    // Five stored: the store is full for every service.
    assert_eq!(
        store
            .add_report(&r(S3, "2026-03-02"), limits)
            .await
            .unwrap(),
        ReportOutcome::StoreFull
    );
    assert_eq!(all_reports(store, None).await.len(), 5);
    // The day's limit is checked before the store's.
    assert_eq!(
        store
            .add_report(&r(S1, "2026-03-01"), limits)
            .await
            .unwrap(),
        ReportOutcome::ServiceDayFull
    );
    // Resolving makes room again.
    let oldest = all_reports(store, None).await[0].id;
    assert_eq!(
        store.resolve_reports(&[oldest]).await.unwrap(),
        ResolvedReports::Deleted(1)
    );
    let outcome = store
        .add_report(&r(S3, "2026-03-02"), limits)
        .await
        .unwrap();
    assert!(matches!(outcome, ReportOutcome::Added(_)), "{outcome:?}");

    // The shipped limits: 20 per service per day.
    let defaults = ReportLimits::default();
    for n in 0..20 {
        let outcome = store
            .add_report(&r(S4, "2026-04-01"), defaults)
            .await
            .unwrap();
        assert!(
            matches!(outcome, ReportOutcome::Added(_)),
            "report {n}: {outcome:?}"
        );
    }
    assert_eq!(
        store
            .add_report(&r(S4, "2026-04-01"), defaults)
            .await
            .unwrap(),
        ReportOutcome::ServiceDayFull
    );
    assert_eq!(all_reports(store, Some(S4)).await.len(), 20);
}

async fn old_problem_reports_are_purged(store: &dyn Store) {
    let old = add(
        store,
        &report(S1, ReportCategory::Closed, "old", "2025-09-01"),
    )
    .await;
    let edge = add(
        store,
        &report(S1, ReportCategory::Closed, "edge", "2025-09-02"),
    )
    .await;
    let recent = add(
        store,
        &report(S2, ReportCategory::Closed, "new", "2026-02-20"),
    )
    .await;
    assert_eq!(all_reports(store, None).await.len(), 3);
    // By hand: everything received before a day.
    assert_eq!(
        store
            .delete_reports_received_before(day("2025-09-02"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        report_ids(&all_reports(store, None).await),
        vec![edge.id, recent.id]
    );
    assert_ne!(old.id, edge.id);
    assert_eq!(
        store
            .delete_reports_received_before(day("2025-09-02"))
            .await
            .unwrap(),
        0
    );
    // On every new report: those received more than 180 days before it are deleted.
    // 2026-03-01 minus 180 days is 2025-09-02, which is still kept.
    let today = add(
        store,
        &report(S3, ReportCategory::Other, "today", "2026-03-01"),
    )
    .await;
    assert_eq!(
        report_ids(&all_reports(store, None).await),
        vec![edge.id, recent.id, today.id]
    );
    let tomorrow = add(
        store,
        &report(S3, ReportCategory::Other, "later", "2026-03-02"),
    )
    .await;
    assert_eq!(
        report_ids(&all_reports(store, None).await),
        vec![recent.id, today.id, tomorrow.id]
    );
}

async fn problem_reports_are_not_directory_records(store: &dyn Store) {
    let d = directory();
    write(store, "demo", &d).await;
    let changes = all_changes(store).await;
    let counts = store.counts().await.unwrap();
    let on_s1 = add(
        store,
        &report(S1, ReportCategory::WrongAddress, "Moved", "2026-03-01"),
    )
    .await;
    let on_s3 = add(
        store,
        &report(S3, ReportCategory::Closed, "Gone", "2026-03-01"),
    )
    .await;
    let resolved = add(store, &report(S3, ReportCategory::Other, "x", "2026-03-01")).await;
    store.resolve_reports(&[resolved.id]).await.unwrap();
    store
        .delete_reports_received_before(day("2000-01-01"))
        .await
        .unwrap();
    // Not in the change feed (the search index never hears of them), not in the counts.
    assert_eq!(all_changes(store).await, changes);
    assert_eq!(store.counts().await.unwrap(), counts);

    // Replacing the source (delete every record, write them again) works and keeps the
    // reports, whose service comes back with the same id.
    let mut tx = store.begin_write("demo").await.unwrap();
    assert_eq!(tx.delete_source().await.unwrap(), d.len());
    for s in &d.services {
        tx.put_service(s).await.unwrap();
    }
    tx.commit().await.unwrap();
    // Deleting the services for good works too; their reports stay for staff to resolve.
    let mut tx = store.begin_write("demo").await.unwrap();
    tx.delete_source().await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(store.counts().await.unwrap(), Counts::default());
    assert_eq!(
        all_reports(store, None).await,
        vec![on_s1.clone(), on_s3.clone()]
    );
    // And the directory can be written again.
    write(store, "demo", &d).await;
    assert_eq!(store.counts().await.unwrap(), counts);
    assert_eq!(all_reports(store, Some(S1)).await, vec![on_s1]);
}

/// Reports are in the database, not in the process: they survive closing and reopening.
mod reports_survive_reopening {
    use super::*;

    async fn keep_and_reopen(url: &str) {
        let store = puerta_store::open(url).await.unwrap();
        write(store.as_ref(), "demo", &directory()).await;
        let kept = add(
            store.as_ref(),
            &report(
                S1,
                ReportCategory::WrongLanguages,
                "No hablan español",
                "2026-03-01",
            ),
        )
        .await;
        store.close().await;
        drop(store);

        let store = puerta_store::open(url).await.unwrap();
        assert_eq!(all_reports(store.as_ref(), None).await, vec![kept.clone()]);
        // Numbering goes on after the last one.
        let next = add(
            store.as_ref(),
            &report(S2, ReportCategory::Other, "", "2026-03-01"),
        )
        .await;
        assert!(next.id > kept.id);
        store.close().await;
    }

    #[tokio::test]
    async fn sqlite() {
        let (_dir, path) = puerta_testkit::fresh_sqlite_path();
        keep_and_reopen(path.to_str().unwrap()).await;
    }

    #[tokio::test]
    async fn postgres() {
        let url = puerta_testkit::fresh_postgres_database().await;
        keep_and_reopen(&url).await;
    }
}

// ---------------------------------------------------------------------------------------
// SQLite only: the file itself

mod sqlite_file {
    use super::*;
    use puerta_store::sqlite::SqliteStore;

    async fn open(url: &str) -> SqliteStore {
        let store = SqliteStore::open(url).await.unwrap();
        store.migrate().await.unwrap();
        store
    }

    #[tokio::test]
    async fn rolled_back_and_dropped_writes_leave_the_database_file_unchanged() {
        let (_dir, path) = puerta_testkit::fresh_sqlite_path();
        let url = path.to_str().unwrap();
        let store = open(url).await;
        write(&store, "demo", &directory()).await;
        store.close().await;
        let before = std::fs::read(&path).unwrap();

        let store = open(url).await;
        let mut tx = store.begin_write("demo").await.unwrap();
        for n in 0..3_000 {
            tx.put_service(&service(
                0x10_0000 + n,
                &format!("Uncommitted {n}"),
                None,
                &[id(LEGAL)],
            ))
            .await
            .unwrap();
        }
        tx.delete_source().await.unwrap();
        tx.rollback().await.unwrap();
        let mut tx = store.begin_write("demo").await.unwrap();
        tx.put_service(&service(0x77, "Dropped", None, &[]))
            .await
            .unwrap();
        tx.dangling_references().await.unwrap();
        drop(tx);
        assert_eq!(store.counts().await.unwrap().services, 5);
        store.close().await;

        let after = std::fs::read(&path).unwrap();
        assert!(before == after, "the main database file changed");

        // A committed write does change it (the comparison above can fail).
        let store = open(url).await;
        let mut tx = store.begin_write("demo").await.unwrap();
        tx.put_service(&service(0x77, "Committed", None, &[]))
            .await
            .unwrap();
        tx.commit().await.unwrap();
        store.close().await;
        assert!(std::fs::read(&path).unwrap() != before);
    }

    #[tokio::test]
    async fn urls_and_plain_paths_name_files_that_are_created() {
        let (dir, _) = puerta_testkit::fresh_sqlite_path();
        let plain = dir.path().join("plain.db");
        let short = dir.path().join("short.db");
        let long = dir.path().join("long.db");
        for url in [
            plain.display().to_string(),
            format!("sqlite:{}", short.display()),
            format!("sqlite://{}", long.display()),
        ] {
            let store = puerta_store::open(&url).await.unwrap();
            assert_eq!(store.backend(), Backend::Sqlite);
            write(store.as_ref(), "demo", &directory()).await;
            assert_eq!(store.counts().await.unwrap().services, 5, "{url}");
        }
        for file in [plain, short, long] {
            assert!(file.is_file(), "{}", file.display());
        }
    }

    /// `cargo test -p puerta-store --release -- --ignored --nocapture bulk`
    #[tokio::test]
    #[ignore = "timing; run in release"]
    async fn bulk_import_of_100k_services_takes_under_20_seconds() {
        let n: u128 = std::env::var("PUERTA_BULK_N")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100_000);
        let (_dir, path) = puerta_testkit::fresh_sqlite_path();
        let store = open(path.to_str().unwrap()).await;
        let org = organization(ORG_A, "Ayuda Legal", "Help");
        let started = std::time::Instant::now();
        let mut tx = store.begin_write("bulk").await.unwrap();
        tx.put_organization(&org).await.unwrap();
        for i in 0..n {
            let base = 0x100_0000 + i * 4;
            let mut s = service(
                base,
                &format!("Service number {i}"),
                Some(org.id),
                &[id(LEGAL)],
            );
            s.description = Some("Free legal consultations for families, walk-ins welcome".into());
            tx.put_service(&s).await.unwrap();
            let point = (
                MIAMI.0 + (i % 1000) as f64 * 1e-3,
                MIAMI.1 + (i / 1000) as f64 * 1e-3,
            );
            tx.put_location(&location(
                base + 1,
                &format!("Site {i}"),
                Some(org.id),
                point,
                "33130",
            ))
            .await
            .unwrap();
            tx.put_service_at_location(&service_at_location(base + 2, id(base), id(base + 1)))
                .await
                .unwrap();
        }
        let summary = tx.commit().await.unwrap();
        let elapsed = started.elapsed();
        println!("wrote {n} services (+ locations, service-at-locations) in {elapsed:?}");
        assert_eq!(summary.written as u128, 3 * n + 1);
        assert!(elapsed < Duration::from_secs(20), "{elapsed:?}");
        store.close().await;
    }
}
