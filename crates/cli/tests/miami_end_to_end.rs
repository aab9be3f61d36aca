//! Given the real Miami 2-1-1 export (HSDS 1.x), when it is imported with the `puerta`
//! binary into SQLite and into PostgreSQL, then all 4,089 services arrive with their
//! organizations, and the HSDS 3.1 export validates against the official schema with a
//! third-party validator (check-jsonschema).

mod common;

use common::*;

async fn counts(db: &str) -> puerta_store::Counts {
    puerta_store::open(db)
        .await
        .unwrap()
        .counts()
        .await
        .unwrap()
}

fn import_miami_twice(db: &str) {
    let first = run_ok(db, &["import", &miami().display().to_string()]);
    assert!(first.contains("4089 services"), "{first}");
    assert!(first.contains("1074 organizations"), "{first}");
    // Re-import is idempotent: every record unchanged.
    let second = run_ok(db, &["import", &miami().display().to_string()]);
    assert!(
        second.contains(" 0 written"),
        "second import wrote records: {second}"
    );
}

#[tokio::test]
async fn miami_imports_fully_on_sqlite_and_its_export_validates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("miami.db").display().to_string();
    import_miami_twice(&db);
    let c = counts(&db).await;
    assert_eq!(c.services, 4089);
    assert_eq!(c.organizations, 1074);
    assert_eq!(c.locations, 4089);
    assert_eq!(c.service_at_locations, 4089);

    let out = dir.path().join("export");
    run_ok(
        &db,
        &["export", &out.display().to_string(), "--format", "json"],
    );
    let services_dir = out.join("services");
    let mut files: Vec<_> = std::fs::read_dir(&services_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 4089, "one exported file per service");
    let schema = shared_data().join("hsds/spec-3.1/schema/compiled/service.json");
    // Validate in chunks to keep command lines short.
    for chunk in files.chunks(1000) {
        let out = std::process::Command::new(py_tool("check-jsonschema"))
            .arg("--schemafile")
            .arg(&schema)
            .args(chunk)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "exported services do not validate:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    // The export is itself importable into a fresh database, with the same counts.
    let db2 = dir.path().join("roundtrip.db").display().to_string();
    run_ok(
        &db2,
        &["import", &out.join("services.ndjson").display().to_string()],
    );
    let c2 = counts(&db2).await;
    assert_eq!(c2.services, 4089);
    assert_eq!(c2.organizations, c.organizations);
}

#[tokio::test]
async fn miami_imports_fully_on_postgres() {
    let db = puerta_testkit::fresh_postgres_database().await;
    import_miami_twice(&db);
    let c = counts(&db).await;
    assert_eq!(c.services, 4089);
    assert_eq!(c.organizations, 1074);
    assert_eq!(c.locations, 4089);
}

#[test]
fn help_lists_every_subcommand() {
    let out = puerta().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for sub in ["serve", "import", "export", "migrate", "demo", "bench"] {
        assert!(text.contains(sub), "--help does not mention {sub}: {text}");
    }
    let out = puerta().args(["import", "--help"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for f in [
        "hsds3-json",
        "hsds3-csv",
        "hsds1-datapackage",
        "open-eligibility",
        "--replace",
    ] {
        assert!(
            text.contains(f),
            "import --help does not mention {f}: {text}"
        );
    }
}

#[test]
fn replace_removes_records_the_source_no_longer_has() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db").display().to_string();
    let svc =
        |id: &str, name: &str| serde_json::json!({"id": id, "name": name, "status": "active"});
    let a = "0b3c1a4e-1111-4c1e-9b1e-000000000001";
    let b = "0b3c1a4e-1111-4c1e-9b1e-000000000002";
    let f = dir.path().join("feed.json");
    std::fs::write(
        &f,
        serde_json::json!([svc(a, "A"), svc(b, "B")]).to_string(),
    )
    .unwrap();
    run_ok(
        &db,
        &["import", &f.display().to_string(), "--source", "feed"],
    );
    std::fs::write(&f, serde_json::json!([svc(a, "A")]).to_string()).unwrap();
    run_ok(
        &db,
        &["import", &f.display().to_string(), "--source", "feed"],
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    assert_eq!(
        rt.block_on(counts(&db)).services,
        2,
        "plain import only upserts"
    );
    run_ok(
        &db,
        &[
            "import",
            &f.display().to_string(),
            "--source",
            "feed",
            "--replace",
        ],
    );
    assert_eq!(rt.block_on(counts(&db)).services, 1, "--replace drops B");
}
