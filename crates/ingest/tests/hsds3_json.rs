//! HSDS 3 JSON import into a real SQLite store.

mod export_support;

use export_support::{fixtures, import, sqlite, try_import};
use puerta_ingest::Format;
use puerta_store::ServiceFilter;

#[tokio::test]
async fn json_services_import_split_and_reimport_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path(), "json").await;
    let report = import(&*store, &fixtures().join("json"), Format::Auto).await;
    assert_eq!(report.format, "hsds3-json");
    assert_eq!(report.services, 4, "{report:?}");
    let counts = store.counts().await.unwrap();
    assert_eq!(counts.services, 4);
    assert_eq!(counts.organizations, 3);
    // CPA office, library, online, and the official example's civic center.
    assert_eq!(counts.locations, 4);
    assert_eq!(counts.service_at_locations, 5);
    assert_eq!(counts.taxonomies, 2);
    assert_eq!(counts.taxonomy_terms, 5);

    // The split pieces come back together as one full service.
    let ids = store.service_ids(&ServiceFilter::default()).await.unwrap();
    let full = store.full_services(&ids).await.unwrap();
    let legal = full
        .iter()
        .find(|s| s.name.as_str() == "Immigration legal consultations")
        .expect("the legal service");
    let org = legal.organization.as_ref().expect("embedded organization");
    assert_eq!(org.name.as_str(), "Centro Puerta Abierta");
    assert_eq!(
        legal.program.as_ref().map(|p| p.name.as_str()),
        Some("Newcomer legal program")
    );
    assert_eq!(legal.service_at_locations.len(), 2);
    assert!(legal
        .service_at_locations
        .iter()
        .all(|sal| sal.location.is_some()));
    assert_eq!(
        legal.attributes[0]
            .taxonomy_term
            .as_ref()
            .map(|t| t.name.as_str()),
        Some("Immigration legal help")
    );

    let again = import(&*store, &fixtures().join("json"), Format::Auto).await;
    assert_eq!(again.store.written, 0, "{again:?}");
    assert_eq!(store.counts().await.unwrap(), counts);
}

#[tokio::test]
async fn a_bad_line_aborts_the_whole_import() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path(), "bad").await;
    let text = std::fs::read_to_string(fixtures().join("json/services.ndjson")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines[2] = lines[2].replace("\"temporarily closed\"", "\"closed for now\"");
    let file = dir.path().join("services.ndjson");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let err = try_import(&*store, &file, Format::Auto).await.unwrap_err();
    assert_eq!(err.row, Some(3), "{err}");
    assert_eq!(err.field.as_deref(), Some("status"), "{err}");
    assert_eq!(
        store.counts().await.unwrap(),
        Default::default(),
        "nothing was kept"
    );
}

#[tokio::test]
async fn a_service_whose_term_is_nowhere_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path(), "dangling").await;
    let text = std::fs::read_to_string(fixtures().join("json/services.ndjson")).unwrap();
    let file = dir.path().join("only-services.ndjson");
    // The first service alone, without taxonomy_terms.json: its attribute points at a term
    // that is neither in this import nor in the database.
    std::fs::write(&file, format!("\n{}\n", text.lines().next().unwrap())).unwrap();
    let err = try_import(&*store, &file, Format::Auto).await.unwrap_err();
    assert_eq!(err.row, Some(2), "{err}");
    assert!(
        err.message.contains("5a1e0000-0000-4000-8000-000000000003"),
        "{err}"
    );
    assert_eq!(store.counts().await.unwrap(), Default::default());
}

/// The bulk path: 100,000 services as NDJSON. Run with
/// `cargo test --release -p puerta-ingest --test hsds3_json -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "slow: 100k services; run in release mode"]
async fn one_hundred_thousand_ndjson_services() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path(), "bulk").await;
    import(
        &*store,
        &fixtures().join("json/taxonomies.json"),
        Format::Hsds3Json,
    )
    .await;
    import(
        &*store,
        &fixtures().join("json/taxonomy_terms.json"),
        Format::Hsds3Json,
    )
    .await;
    let seed: Vec<serde_json::Value> =
        std::fs::read_to_string(fixtures().join("json/services.ndjson"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    let file = dir.path().join("bulk.ndjson");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    let n = 100_000u64;
    for i in 0..n {
        // Every copy gets fresh ids (terms and taxonomies keep theirs: they are shared).
        let mut copy = seed[(i % seed.len() as u64) as usize].clone();
        remap(&mut copy, i);
        serde_json::to_writer(&mut out, &copy).unwrap();
        out.write_all(b"\n").unwrap();
    }
    out.flush().unwrap();
    drop(out);
    let started = std::time::Instant::now();
    let report = import(&*store, &file, Format::Hsds3Json).await;
    let took = started.elapsed();
    eprintln!("imported {} services in {took:.1?}", report.services);
    assert_eq!(report.services, n);

    let started = std::time::Instant::now();
    let out = dir.path().join("export");
    let exported = puerta_ingest::export::export(
        &*store,
        &out,
        puerta_ingest::export::ExportFormat::Json,
        false,
    )
    .await
    .unwrap();
    eprintln!("{exported} in {:.1?}", started.elapsed());
    assert_eq!(exported.services, n);
    assert!(took.as_secs_f64() <= 20.0, "the import took {took:.1?}");
}

/// Gives the fixture's own record ids (`5a1e0000-…` from 100 up; terms are below 100) a
/// copy-specific value.
fn remap(v: &mut serde_json::Value, copy: u64) {
    match v {
        serde_json::Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if k == "id" || k.ends_with("_id") {
                    if let Some(id) = x.as_str().and_then(|s| s.parse::<uuid::Uuid>().ok()) {
                        let n = id.as_u128();
                        if n >> 96 == 0x5a1e_0000 && (n & 0xffff) >= 100 {
                            *x = uuid::Uuid::from_u128(n ^ (u128::from(copy + 1) << 16))
                                .to_string()
                                .into();
                        }
                    }
                }
                remap(x, copy);
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| remap(x, copy)),
        _ => {}
    }
}

/// The web server may run imports and exports on its own tasks: their futures must be `Send`.
#[allow(dead_code)]
fn imports_and_exports_can_run_on_spawned_tasks(
    store: &dyn puerta_store::Store,
    path: &std::path::Path,
    options: &puerta_ingest::ImportOptions,
) {
    fn send<T: Send>(_: &T) {}
    send(&puerta_ingest::import(store, path, options));
    send(&puerta_ingest::export::export(
        store,
        path,
        puerta_ingest::export::ExportFormat::Json,
        false,
    ));
}
