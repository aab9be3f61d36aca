//! Every exported service validates against the official compiled HSDS 3.1 schema, with a
//! third-party validator (check-jsonschema, as the spec's own CI; plus jsonschema-rs, which
//! also checks `uri` formats); organizations against the compiled organization schema; and
//! the CSV export is a valid tabular datapackage (frictionless: types, formats, required
//! values, primary and foreign keys).

mod export_support;

use std::path::Path;

use export_support::{
    fixtures, import, json_files, miami, spec, split_ndjson, sqlite, validate_datapackage,
    validate_json, FIXTURES,
};
use puerta_ingest::export::{export, ExportFormat};
use puerta_ingest::Format;
use puerta_store::Store;

/// Exports `store` both ways and validates everything; returns the number of service files.
async fn export_and_validate(store: &dyn Store, dir: &Path) -> usize {
    let json = dir.join("json");
    let report = export(store, &json, ExportFormat::Json, false)
        .await
        .unwrap();
    let services = json_files(&json.join("services"));
    assert_eq!(services.len() as u64, report.services);
    let checked = validate_json(&spec().join("schema/compiled/service.json"), &services);
    let organizations = split_ndjson(&json.join("organizations.ndjson"), &dir.join("orgs"));
    validate_json(
        &spec().join("schema/compiled/organization.json"),
        &organizations,
    );
    let terms: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(json.join("taxonomy_terms.json")).unwrap()).unwrap();
    if !terms.is_empty() {
        let term_files: Vec<_> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let p = dir.join(format!("term-{i}.json"));
                std::fs::write(&p, t.to_string()).unwrap();
                p
            })
            .collect();
        validate_json(&spec().join("schema/taxonomy_term.json"), &term_files);
    }

    let csv = dir.join("csv");
    export(store, &csv, ExportFormat::Csv, false).await.unwrap();
    validate_datapackage(&csv.join("datapackage.json"));
    checked
}

#[tokio::test]
async fn exported_fixtures_validate() {
    for (fixture, format) in FIXTURES {
        let dir = tempfile::tempdir().unwrap();
        let store = sqlite(dir.path(), "fixtures").await;
        import(&*store, &fixtures().join(fixture), *format).await;
        let n = export_and_validate(&*store, dir.path()).await;
        eprintln!("{fixture}: {n} exported services valid");
        assert!(n > 0);
    }
}

#[tokio::test]
async fn exported_miami_directory_validates() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path(), "miami").await;
    import(&*store, &miami(), Format::Hsds1Datapackage).await;
    let n = export_and_validate(&*store, dir.path()).await;
    eprintln!("Miami: {n} exported services valid");
    assert!(n > 4000, "{n}");
}
