//! A small, realistic directory written through the store's real write path.
//!
//! Two taxonomies; three organizations (Miami legal aid with a program, a food bank in
//! Homestead, a Toronto newcomer centre); four services, each at one location.

use puerta_domain::{Location, Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm};
use puerta_store::Store;
use serde_json::{json, Value};
use uuid::Uuid;

pub const TAX_OE: Uuid = Uuid::from_u128(0x7a00_0001);
pub const TAX_TOPICS: Uuid = Uuid::from_u128(0x7a00_0002);

pub const TERM_LEGAL: Uuid = Uuid::from_u128(0x7e00_0001);
pub const TERM_IMMIGRATION: Uuid = Uuid::from_u128(0x7e00_0002);
pub const TERM_FOOD: Uuid = Uuid::from_u128(0x7e00_0003);
pub const TERM_PANTRY: Uuid = Uuid::from_u128(0x7e00_0004);
pub const TERM_ESL: Uuid = Uuid::from_u128(0x7e00_0005);

pub const ORG_LEGAL: Uuid = Uuid::from_u128(0x0a00_0001);
pub const ORG_FOOD: Uuid = Uuid::from_u128(0x0a00_0002);
pub const ORG_TORONTO: Uuid = Uuid::from_u128(0x0a00_0003);
pub const PROGRAM_IMMIGRATION: Uuid = Uuid::from_u128(0x0b00_0001);

/// Little Havana, Miami (ZIP 33125).
pub const LOC_LITTLE_HAVANA: Uuid = Uuid::from_u128(0x1000_0001);
/// Homestead, about 40 km south-west of Little Havana (ZIP 33030).
pub const LOC_HOMESTEAD: Uuid = Uuid::from_u128(0x1000_0002);
/// Toronto (postal code M5V 2T6).
pub const LOC_TORONTO: Uuid = Uuid::from_u128(0x1000_0003);

pub const SVC_CONSULTATIONS: Uuid = Uuid::from_u128(0x5e00_0001);
pub const SVC_ASYLUM: Uuid = Uuid::from_u128(0x5e00_0002);
pub const SVC_PANTRY: Uuid = Uuid::from_u128(0x5e00_0003);
pub const SVC_ESL: Uuid = Uuid::from_u128(0x5e00_0004);

pub const SAL_CONSULTATIONS: Uuid = Uuid::from_u128(0x5a00_0001);
pub const SAL_ASYLUM: Uuid = Uuid::from_u128(0x5a00_0002);
pub const SAL_PANTRY: Uuid = Uuid::from_u128(0x5a00_0003);
pub const SAL_ESL: Uuid = Uuid::from_u128(0x5a00_0004);

/// An id nothing has.
pub const UNKNOWN: Uuid = Uuid::from_u128(0xdead_beef);

fn parse<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("fixture parses")
}

pub fn taxonomies() -> Vec<Taxonomy> {
    vec![
        parse(
            json!({"id": TAX_OE, "name": "Open Eligibility", "description": "Human services taxonomy",
                     "uri": "https://openreferral.org/open-eligibility", "version": "2.0"}),
        ),
        parse(
            json!({"id": TAX_TOPICS, "name": "Puerta topics", "description": "Topics for newcomers"}),
        ),
    ]
}

pub fn terms() -> Vec<TaxonomyTerm> {
    vec![
        parse(
            json!({"id": TERM_LEGAL, "code": "1107", "name": "Legal", "description": "Legal help",
                     "taxonomy_id": TAX_OE}),
        ),
        parse(
            json!({"id": TERM_IMMIGRATION, "code": "1109", "name": "Immigration",
                     "description": "Help with immigration matters", "parent_id": TERM_LEGAL,
                     "taxonomy_id": TAX_OE}),
        ),
        parse(
            json!({"id": TERM_FOOD, "code": "1102", "name": "Food", "description": "Food",
                     "taxonomy_id": TAX_OE}),
        ),
        parse(
            json!({"id": TERM_PANTRY, "code": "1103", "name": "Food Pantry",
                     "description": "Groceries to take home", "parent_id": TERM_FOOD,
                     "taxonomy_id": TAX_OE}),
        ),
        parse(json!({"id": TERM_ESL, "name": "English classes",
                     "description": "English as a second language", "taxonomy_id": TAX_TOPICS})),
    ]
}

pub fn organizations() -> Vec<Organization> {
    vec![
        parse(json!({
            "id": ORG_LEGAL, "name": "Catholic Legal Services",
            "description": "Free and low-cost immigration legal help",
            "email": "info@legal.example.org", "website": "https://legal.example.org",
            "programs": [{"id": PROGRAM_IMMIGRATION, "organization_id": ORG_LEGAL,
                          "name": "Immigration Legal Program",
                          "description": "Consultations and representation"}]
        })),
        parse(json!({
            "id": ORG_FOOD, "name": "Little Havana Food Bank",
            "description": "Groceries for families in south Florida"
        })),
        parse(json!({
            "id": ORG_TORONTO, "name": "Toronto Newcomer Centre",
            "description": "Settlement services for newcomers to Canada"
        })),
    ]
}

fn address(
    location: Uuid,
    line: &str,
    city: &str,
    state: &str,
    postal: &str,
    country: &str,
) -> Value {
    json!({"id": Uuid::from_u128(location.as_u128() + 0x100), "location_id": location,
           "address_1": line, "city": city, "state_province": state, "postal_code": postal,
           "country": country, "address_type": "physical"})
}

pub fn locations() -> Vec<Location> {
    vec![
        parse(json!({
            "id": LOC_LITTLE_HAVANA, "location_type": "physical", "organization_id": ORG_LEGAL,
            "name": "Little Havana office", "latitude": 25.7738, "longitude": -80.2246,
            "addresses": [address(LOC_LITTLE_HAVANA, "1400 NW 10th Ave", "Miami", "FL", "33125", "US")]
        })),
        parse(json!({
            "id": LOC_HOMESTEAD, "location_type": "physical", "organization_id": ORG_FOOD,
            "name": "Homestead pantry", "latitude": 25.4687, "longitude": -80.4776,
            "addresses": [address(LOC_HOMESTEAD, "1 N Krome Ave", "Homestead", "FL", "33030", "US")]
        })),
        parse(json!({
            "id": LOC_TORONTO, "location_type": "physical", "organization_id": ORG_TORONTO,
            "name": "King Street West", "latitude": 43.6446, "longitude": -79.3950,
            "addresses": [address(LOC_TORONTO, "100 King St W", "Toronto", "ON", "M5V 2T6", "CA")]
        })),
    ]
}

fn classified(term: Uuid, service: Uuid, n: u128) -> Value {
    json!({"id": Uuid::from_u128(0xa77 + n), "link_id": service, "link_type": "service",
           "link_entity": "service", "taxonomy_term_id": term})
}

pub fn services() -> Vec<Service> {
    vec![
        parse(json!({
            "id": SVC_CONSULTATIONS, "organization_id": ORG_LEGAL, "program_id": PROGRAM_IMMIGRATION,
            "name": "Immigration legal consultations", "status": "active",
            "description": "Free 30-minute consultation with an immigration attorney",
            "url": "https://legal.example.org/consult", "email": "consult@legal.example.org",
            "attributes": [classified(TERM_IMMIGRATION, SVC_CONSULTATIONS, 1)],
            "phones": [{"id": Uuid::from_u128(0x9001), "service_id": SVC_CONSULTATIONS, "number": "305-555-0100"}]
        })),
        parse(json!({
            "id": SVC_ASYLUM, "organization_id": ORG_LEGAL,
            "name": "Asylum application help", "status": "active",
            "description": "Help filling in the asylum application",
            "attributes": [classified(TERM_IMMIGRATION, SVC_ASYLUM, 2), classified(TERM_LEGAL, SVC_ASYLUM, 3)]
        })),
        parse(json!({
            "id": SVC_PANTRY, "organization_id": ORG_FOOD,
            "name": "Emergency food pantry", "status": "active",
            "description": "Groceries once a week, no documents needed",
            "attributes": [classified(TERM_PANTRY, SVC_PANTRY, 4)]
        })),
        parse(json!({
            "id": SVC_ESL, "organization_id": ORG_TORONTO,
            "name": "English classes for newcomers", "status": "temporarily closed",
            "description": "Evening English classes",
            "attributes": [classified(TERM_ESL, SVC_ESL, 5)]
        })),
    ]
}

pub fn service_at_locations() -> Vec<ServiceAtLocation> {
    [
        (SAL_CONSULTATIONS, SVC_CONSULTATIONS, LOC_LITTLE_HAVANA),
        (SAL_ASYLUM, SVC_ASYLUM, LOC_LITTLE_HAVANA),
        (SAL_PANTRY, SVC_PANTRY, LOC_HOMESTEAD),
        (SAL_ESL, SVC_ESL, LOC_TORONTO),
    ]
    .into_iter()
    .map(|(id, service, location)| {
        parse(json!({"id": id, "service_id": service, "location_id": location}))
    })
    .collect()
}

/// Writes the whole directory in one transaction.
pub async fn load(store: &dyn Store) {
    let mut tx = store.begin_write("test").await.expect("begin write");
    for t in taxonomies() {
        tx.put_taxonomy(&t).await.expect("taxonomy");
    }
    for t in terms() {
        tx.put_taxonomy_term(&t).await.expect("term");
    }
    for o in organizations() {
        tx.put_organization(&o).await.expect("organization");
    }
    for l in locations() {
        tx.put_location(&l).await.expect("location");
    }
    for s in services() {
        tx.put_service(&s).await.expect("service");
    }
    for sal in service_at_locations() {
        tx.put_service_at_location(&sal)
            .await
            .expect("service at location");
    }
    let dangling = tx.dangling_references().await.expect("dangling check");
    assert!(
        dangling.is_empty(),
        "fixture has dangling references: {dangling:?}"
    );
    tx.commit().await.expect("commit");
}

/// `n` more services for paging tests, named `Paging service 000` … in name order.
pub async fn load_many(store: &dyn Store, n: u128) {
    let mut tx = store.begin_write("paging").await.expect("begin write");
    for i in 0..n {
        let s: Service = parse(json!({
            "id": Uuid::from_u128(0x9a00_0000 + i), "name": format!("Paging service {i:03}"),
            "status": "active", "organization_id": ORG_FOOD
        }));
        tx.put_service(&s).await.expect("service");
    }
    tx.commit().await.expect("commit");
}
