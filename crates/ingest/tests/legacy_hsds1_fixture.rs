//! The HSDS 1.x importer on a small made-up package covering what the Miami export lacks:
//! a bundled taxonomy.csv, linked eligibility, organization and location phones, location
//! schedules, postal addresses and odd times.

mod legacy_support;

use legacy_support::{fixture, run, snapshot, sqlite};
use puerta_domain::ids::stable_id;
use puerta_domain::{PlaceKind, ServiceStatus};

fn id(kind: &str, legacy: &str) -> uuid::Uuid {
    stable_id("hsds1-small", kind, legacy)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_small_package_maps_every_table() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path()).await;
    let report = run(&store, &fixture("hsds1-small"))
        .await
        .expect("fixture imports");
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    assert_eq!(
        (
            report.organizations,
            report.services,
            report.locations,
            report.service_at_locations
        ),
        (2, 4, 3, 4)
    );
    // The package's own taxonomy (3 terms) and the attribute types used (record id, parent
    // record id, AIRS code).
    assert_eq!((report.taxonomies, report.taxonomy_terms), (2, 6));

    let clinic = store
        .service(id("service", "10"))
        .await
        .unwrap()
        .expect("service 10");
    assert_eq!(clinic.name.as_str(), "Immigration Legal Clinic");
    assert_eq!(
        clinic.url.as_ref().map(|u| u.as_str()),
        Some("http://example.org/clinic")
    );
    assert_eq!(
        clinic.application_process.as_deref(),
        Some("Call first.\nBring documents.")
    );
    assert_eq!(clinic.fees_description.as_deref(), Some("Free"));
    assert_eq!(
        clinic.eligibility_description.as_deref(),
        Some("Adults 18 and over\n\nResidents of Example County")
    );
    let hours: Vec<(String, String, String)> = clinic
        .schedules
        .iter()
        .map(|s| {
            (
                s.byday.clone().unwrap_or_default(),
                s.opens_at.map(|t| t.to_string()).unwrap_or_default(),
                s.closes_at.map(|t| t.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        hours,
        [
            ("MO,WE".into(), "09:00:00".into(), "17:00:00".into()),
            ("SA".into(), "10:00:00".into(), "14:00:00".into()),
        ]
    );
    let langs: Vec<(Option<&str>, Option<&str>)> = clinic
        .languages
        .iter()
        .map(|l| (l.code.as_deref(), l.note.as_deref()))
        .collect();
    assert_eq!(langs, [(Some("en"), None), (Some("es"), Some("limited"))]);
    assert_eq!(
        clinic.interpretation_services.as_deref(),
        Some("other languages available upon request")
    );
    let phone = &clinic.phones[0];
    assert_eq!(
        (phone.number.as_str(), phone.extension),
        ("305-555-0100", Some(12))
    );
    assert_eq!(phone.phone_type.as_deref(), Some("voice"));
    let phone_langs: Vec<_> = phone
        .languages
        .iter()
        .filter_map(|l| l.code.as_deref())
        .collect();
    assert_eq!(phone_langs, ["en", "es"]);
    // The bundled taxonomy is imported and linked.
    let term_ids: Vec<_> = clinic
        .attributes
        .iter()
        .filter(|a| a.link_type.as_deref() == Some("taxonomy_code"))
        .filter_map(|a| a.taxonomy_term_id)
        .collect();
    assert_eq!(term_ids, [id("taxonomy_term", "T2")]);
    let term = store
        .taxonomy_term(id("taxonomy_term", "T2"))
        .await
        .unwrap()
        .expect("T2");
    assert_eq!(term.description.as_str(), "Legal > Immigration");
    assert_eq!(term.parent_id, Some(id("taxonomy_term", "T1")));

    let classes = store
        .service(id("service", "11"))
        .await
        .unwrap()
        .expect("service 11");
    assert_eq!(classes.status, ServiceStatus::Inactive);
    assert_eq!(classes.url, None, "an unusable URL is dropped");
    assert_eq!(
        classes.interpretation_services.as_deref(),
        Some("Interpreters on site")
    );

    let pantry = store
        .service(id("service", "12"))
        .await
        .unwrap()
        .expect("service 12");
    assert!(
        pantry.schedules.is_empty(),
        "a row with an unreadable weekday is skipped"
    );
    let codes: Vec<_> = pantry
        .attributes
        .iter()
        .filter(|a| a.link_type.as_deref() == Some("taxonomy_code"))
        .map(|a| (a.value.as_deref().unwrap_or_default(), a.taxonomy_term_id))
        .collect();
    let airs_type = stable_id("hsds1-small", "taxonomy_term", "puerta:airs_code");
    assert_eq!(
        codes,
        [
            ("T3", Some(id("taxonomy_term", "T3"))),
            ("BD-1800.2000", Some(airs_type))
        ]
    );

    // A service whose organization_id names another service belongs to its organization.
    let saturday = store
        .service(id("service", "13"))
        .await
        .unwrap()
        .expect("service 13");
    assert_eq!(saturday.organization_id, Some(id("organization", "1")));

    let org = store
        .organization(id("organization", "1"))
        .await
        .unwrap()
        .expect("org 1");
    assert_eq!(org.name.as_str(), "Example Legal Aid Center, Inc.");
    assert_eq!(org.alternate_name.as_deref(), Some("ELAC"));
    assert_eq!(org.description.as_str(), "Free legal help.");
    assert_eq!(org.year_incorporated, Some(1999));
    assert_eq!(org.phones[0].number.as_str(), "305-555-0199");
    assert_eq!(org.phones[0].phone_type.as_deref(), Some("fax"));
    let pantry_org = store
        .organization(id("organization", "2"))
        .await
        .unwrap()
        .expect("org 2");
    assert_eq!(pantry_org.description.as_str(), "Neighborhood Pantry");
    assert_eq!(
        (pantry_org.email, pantry_org.year_incorporated),
        (None, None)
    );

    let office = store
        .location(id("location", "100"))
        .await
        .unwrap()
        .expect("location 100");
    assert_eq!(office.location_type, PlaceKind::Physical);
    assert_eq!(office.latitude.map(|l| l.degrees()), Some(25.77));
    let a = &office.addresses[0];
    assert_eq!(
        (
            a.state_province.as_str(),
            a.country.as_str(),
            a.address_2.as_deref()
        ),
        ("FL", "US", Some("Suite 3"))
    );
    assert_eq!(
        office.accessibility[0].description.as_deref(),
        Some("Wheelchair accessible")
    );
    assert_eq!(office.phones[0].phone_type.as_deref(), Some("textphone"));
    let tuesday = &office.schedules[0];
    assert_eq!(tuesday.byday.as_deref(), Some("TU"));
    assert_eq!(
        tuesday.closes_at.map(|t| t.to_string()).as_deref(),
        Some("16:00:00")
    );

    let pantry_site = store
        .location(id("location", "101"))
        .await
        .unwrap()
        .expect("location 101");
    assert_eq!(
        pantry_site.location_type,
        PlaceKind::Postal,
        "its street address was blank"
    );
    assert_eq!(pantry_site.addresses.len(), 1);
    assert_eq!(pantry_site.organization_id, Some(id("organization", "2")));
    let site_langs: Vec<_> = pantry_site
        .languages
        .iter()
        .map(|l| (l.code.as_deref(), l.name.as_deref()))
        .collect();
    assert_eq!(
        site_langs,
        [
            (Some("ht"), Some("Haitian Creole")),
            (None, Some("Language line available"))
        ]
    );

    let mailbox = store
        .location(id("location", "102"))
        .await
        .unwrap()
        .expect("location 102");
    assert_eq!(mailbox.location_type, PlaceKind::Postal);
    assert_eq!(mailbox.addresses[0].address_type, PlaceKind::Postal);
    assert_eq!(
        mailbox.organization_id, None,
        "organization 99 does not exist"
    );

    let room = store
        .service_at_location(id("service_at_location", "1001"))
        .await
        .unwrap()
        .expect("sal 1001");
    assert_eq!(room.description.as_deref(), Some("Room 2"));
    assert_eq!(
        room.phones[0].description.as_deref(),
        Some("Languages: other languages on request")
    );

    let notes = report.warnings.join("\n");
    for expected in [
        "eligibility.csv: 1 of 3 rows have no service_id",
        "holiday_schedules.csv: this table is not imported",
        "services.csv: program_id ignored",
        "services_taxonomy.csv: code not in taxonomy.csv, kept as a code only: 1",
        "regular_schedules.csv: unreadable weekday, row skipped: 1",
        "services.csv: unusable URL dropped: 1",
        "organizations.csv: invalid e-mail address dropped: 1",
    ] {
        assert!(
            notes.contains(expected),
            "missing `{expected}` in:\n{notes}"
        );
    }

    let before = snapshot(&store).await;
    let again = run(&store, &fixture("hsds1-small"))
        .await
        .expect("re-import");
    assert_eq!(again.store.written, 0, "{:?}", again.store);
    assert_eq!(snapshot(&store).await, before);
}
