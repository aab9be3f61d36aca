//! HSDS 3 CSV datapackage import into a real SQLite store.

mod export_support;

use export_support::{fixtures, import, spec, sqlite, try_import};
use puerta_ingest::Format;
use puerta_store::ServiceFilter;

#[tokio::test]
async fn the_official_tabular_example_imports_as_full_aggregates() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path(), "csv").await;
    let report = import(
        &*store,
        &fixtures().join("csv-official-fixed"),
        Format::Auto,
    )
    .await;
    assert_eq!(report.format, "hsds3-csv");
    assert_eq!(
        report.warnings.len(),
        1,
        "url.csv's orphan row: {:?}",
        report.warnings
    );
    let counts = store.counts().await.unwrap();
    assert_eq!(
        (
            counts.services,
            counts.organizations,
            counts.locations,
            counts.service_at_locations
        ),
        (1, 1, 1, 1)
    );
    let ids = store.service_ids(&ServiceFilter::default()).await.unwrap();
    let s = store.full_services(&ids).await.unwrap().remove(0);
    assert_eq!(s.name.as_str(), "Community Counselling");
    assert_eq!(s.phones[0].languages[0].code.as_deref(), Some("ur"));
    assert_eq!(s.capacities[0].unit.name.as_str(), "Kilogram");
    assert_eq!(
        s.program.as_ref().map(|p| p.name.as_str()),
        Some("Community Mental Health Support")
    );
    let location = s.service_at_locations[0]
        .location
        .as_ref()
        .expect("location");
    assert_eq!(location.addresses[0].postal_code.as_str(), "ABC 1234");
    assert_eq!(location.metadata.len(), 1);
}

#[tokio::test]
async fn the_unfixed_official_example_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path(), "broken").await;
    let err = try_import(&*store, &spec().join("examples/csv"), Format::Hsds3Csv)
        .await
        .unwrap_err();
    assert!(err.file.ends_with("metadata.csv"), "{err}");
    assert_eq!(
        (err.row, err.field.as_deref()),
        (Some(2), Some("resource_id")),
        "{err}"
    );
    assert_eq!(store.counts().await.unwrap(), Default::default());
}
