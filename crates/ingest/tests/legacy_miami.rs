//! The HSDS 1.x importer against the real Miami 2-1-1 export (2019), into a real SQLite store.

mod legacy_support;

use std::time::Instant;

use legacy_support::{assert_names, copy_dir, dataset, edit_csv, run, snapshot, sqlite};
use puerta_domain::ids::stable_id;
use puerta_domain::{Frequency, PlaceKind, ServiceStatus};

const SOURCE: &str = "miami-open211-2019";

fn id(kind: &str, legacy: &str) -> uuid::Uuid {
    stable_id(SOURCE, kind, legacy)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_miami_export_imports_whole_and_cleaned_and_reimports_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path()).await;

    // Given the real package folder, when it is imported with format detection,
    let started = Instant::now();
    let report = run(&store, &dataset(SOURCE)).await.expect("Miami imports");
    eprintln!("Miami import took {:.1?}", started.elapsed());
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }

    // then every record is there.
    assert_eq!(report.format, "hsds1-datapackage");
    assert_eq!(report.organizations, 1074);
    assert_eq!(report.services, 4089);
    assert_eq!(report.locations, 4089);
    assert_eq!(report.service_at_locations, 4089);
    let counts = store.counts().await.unwrap();
    assert_eq!(
        (
            counts.organizations,
            counts.services,
            counts.locations,
            counts.service_at_locations
        ),
        (1074, 4089, 4089, 4089)
    );

    // Service 136 (Girl Scouts): re-cased, Mon–Fri 09:00–17:00, English/Spanish/Creole,
    // a URL with a scheme, its phone, its legacy id and its AIRS codes.
    let s = store
        .service(id("service", "136"))
        .await
        .unwrap()
        .expect("service 136");
    assert_eq!(
        s.name.as_str(),
        "Girl Scouts Council of Tropical Florida, Inc."
    );
    assert_eq!(s.organization_id, Some(id("organization", "136")));
    assert_eq!(s.status, ServiceStatus::Active);
    assert_eq!(
        s.url.as_ref().map(|u| u.as_str()),
        Some("http://www.girlscoutsfl.org")
    );
    let description = s.description.as_deref().unwrap();
    assert!(
        !description.contains("###") && !description.contains("\\n"),
        "{description}"
    );
    assert_eq!(s.schedules.len(), 1, "{:?}", s.schedules);
    let week = &s.schedules[0];
    assert_eq!(week.freq, Some(Frequency::Weekly));
    assert_eq!(week.byday.as_deref(), Some("MO,TU,WE,TH,FR"));
    assert_eq!(week.opens_at.unwrap().to_string(), "09:00:00");
    assert_eq!(week.closes_at.unwrap().to_string(), "17:00:00");
    assert_eq!(week.description.as_deref(), Some("9:00am-5:00pm, Mon-Fri"));
    let codes: Vec<&str> = s
        .languages
        .iter()
        .filter_map(|l| l.code.as_deref())
        .collect();
    assert_eq!(codes, ["en", "es", "ht"]);
    assert_eq!(s.phones.len(), 1);
    assert_eq!(s.phones[0].number.as_str(), "305-253-4841");
    let legacy = s
        .attributes
        .iter()
        .find(|a| a.link_type.as_deref() == Some("legacy_id"));
    assert_eq!(legacy.and_then(|a| a.value.as_deref()), Some("136"));
    let airs: Vec<&str> = s
        .attributes
        .iter()
        .filter(|a| a.link_type.as_deref() == Some("taxonomy_code"))
        .filter_map(|a| a.value.as_deref())
        .collect();
    assert_eq!(airs, ["PL-7000", "PS-9800.8500", "PX"]);
    // Every attribute names its type as a term (HSDS 3.1 tables require one), from a small
    // taxonomy of attribute types; no AIRS terms are made up.
    assert!(s.attributes.iter().all(|a| a.taxonomy_term_id.is_some()));
    assert_eq!((report.taxonomies, report.taxonomy_terms), (1, 4));
    let airs_type = store
        .taxonomy_term(s.attributes[2].taxonomy_term_id.unwrap())
        .await
        .unwrap()
        .expect("the attribute type term");
    assert_eq!(airs_type.name.as_str(), "AIRS/211 taxonomy code");

    // Its location: a physical address with the padding and blank country cleaned.
    let l = store
        .location(id("location", "136"))
        .await
        .unwrap()
        .expect("location 136");
    assert_eq!(l.location_type, PlaceKind::Physical);
    assert_eq!(l.external_identifier.as_deref(), Some("136"));
    let a = &l.addresses[0];
    assert_eq!(
        (
            a.address_1.as_str(),
            a.city.as_str(),
            a.state_province.as_str(),
            a.postal_code.as_str(),
            a.country.as_str()
        ),
        ("11347 SW 160th Street", "Miami", "FL", "33157", "US")
    );

    // Its organization keeps the legacy id as an identifier.
    let o = store
        .organization(id("organization", "136"))
        .await
        .unwrap()
        .expect("org 136");
    assert_eq!(
        o.website.as_ref().map(|u| u.as_str()),
        Some("http://www.girlscoutsfl.org")
    );
    let ident = &o.organization_identifiers[0];
    assert_eq!(ident.identifier.as_str(), "136");
    assert_eq!(ident.identifier_scheme.as_deref(), Some(SOURCE));

    // A service whose organization_id named a site record belongs to that site's organization.
    let site_child = store
        .service(id("service", "6562"))
        .await
        .unwrap()
        .expect("service 6562");
    assert_eq!(site_child.organization_id, Some(id("organization", "6017")));

    // Free text that names no language is kept as interpretation services.
    let s997 = store
        .service(id("service", "997"))
        .await
        .unwrap()
        .expect("service 997");
    let interpretation = s997.interpretation_services.as_deref().unwrap_or_default();
    assert!(
        interpretation.contains("other languages available upon request"),
        "{interpretation}"
    );
    let notes = report.warnings.join("\n");
    for expected in [
        "eligibility.csv: 2244 of 2244 rows have no service_id",
        "contacts.csv: 4089 rows not imported",
        "services.csv: organization_id names a service (a 2-1-1 site record), not an organization; linked to that service's organization: 447",
        "languages.csv: text naming no language kept as interpretation services",
    ] {
        assert!(notes.contains(expected), "missing note `{expected}` in:\n{notes}");
    }

    // When the same package is imported again, from its data/ folder, nothing changes: the
    // ids derive from the package folder's name either way.
    assert_eq!(
        puerta_ingest::hsds1::source_key(&dataset(SOURCE).join("data")).unwrap(),
        SOURCE
    );
    let before = snapshot(&store).await;
    let started = Instant::now();
    let again = run(&store, &dataset(SOURCE).join("data"))
        .await
        .expect("re-import");
    eprintln!("Miami re-import took {:.1?}", started.elapsed());
    assert_eq!(again.store.written, 0, "{:?}", again.store);
    assert_eq!(again.store.unchanged, 1 + 4 + 1074 + 4089 + 4089 + 4089);
    assert_eq!(snapshot(&store).await, before);
}

#[tokio::test(flavor = "multi_thread")]
async fn corrupt_copies_fail_naming_file_row_and_field_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path()).await;
    run(&store, &dataset(SOURCE)).await.expect("Miami imports");
    let before = snapshot(&store).await;

    // A services.csv without its organization_id column.
    let pkg = dir.path().join("missing-column").join(SOURCE);
    copy_dir(&dataset(SOURCE), &pkg);
    edit_csv(&pkg.join("data/services.csv"), |headers, rows| {
        let i = headers.iter().position(|h| h == "organization_id").unwrap();
        headers.remove(i);
        for r in rows.iter_mut() {
            r.remove(i);
        }
    });
    let err = run(&store, &pkg).await.unwrap_err();
    assert_names(&err, "services.csv", 1, "organization_id");
    assert_eq!(snapshot(&store).await, before);

    // A service (the first, 136, on row 2) pointing at an organization that does not exist.
    let pkg = dir.path().join("missing-org").join(SOURCE);
    copy_dir(&dataset(SOURCE), &pkg);
    edit_csv(&pkg.join("data/services.csv"), |headers, rows| {
        let i = headers.iter().position(|h| h == "organization_id").unwrap();
        assert_eq!(rows[0][0], "136");
        rows[0][i] = "999999".to_owned();
    });
    let err = run(&store, &pkg).await.unwrap_err();
    assert_names(&err, "services.csv", 2, "organization_id");
    assert!(err.message.contains("999999"), "{err}");
    assert_eq!(snapshot(&store).await, before);

    // A services.csv cut off in the middle of the description of service 147 (row 6).
    let pkg = dir.path().join("truncated").join(SOURCE);
    copy_dir(&dataset(SOURCE), &pkg);
    let file = pkg.join("data/services.csv");
    let text = std::fs::read_to_string(&file).unwrap();
    let row_start = text.find("\n147,147,").unwrap() + 1;
    let cut = row_start + text[row_start..].find("United Way").unwrap() + 10;
    std::fs::write(&file, &text[..cut]).unwrap();
    let err = run(&store, &pkg).await.unwrap_err();
    assert_names(&err, "services.csv", 6, "url");
    assert_eq!(snapshot(&store).await, before);

    // A phone pointing at a service that does not exist (child tables are checked too).
    let pkg = dir.path().join("orphan-phone").join(SOURCE);
    copy_dir(&dataset(SOURCE), &pkg);
    edit_csv(&pkg.join("data/phones.csv"), |headers, rows| {
        let i = headers.iter().position(|h| h == "service_id").unwrap();
        rows[2][i] = "424242".to_owned();
    });
    let err = run(&store, &pkg).await.unwrap_err();
    assert_names(&err, "phones.csv", 4, "service_id");
    assert_eq!(snapshot(&store).await, before);
}
