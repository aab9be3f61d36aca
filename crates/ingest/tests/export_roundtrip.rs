//! Export → import into an empty store → export again gives the same files, for both forms,
//! on real SQLite; and a failed or refused export leaves nothing behind.

mod export_support;

use std::path::Path;

use export_support::{assert_same_files, fixtures, import, miami, sqlite, FIXTURES};
use puerta_ingest::export::{export, ExportError, ExportFormat};
use puerta_ingest::Format;

async fn round_trip(source: &Path, source_format: Format, format: ExportFormat) {
    let fixture = source.display();
    let dir = tempfile::tempdir().unwrap();
    let first_store = sqlite(dir.path(), "first").await;
    import(&*first_store, source, source_format).await;
    let first = dir.path().join("first");
    let report = export(&*first_store, &first, format, false).await.unwrap();
    assert!(report.services > 0, "{report}");

    let second_store = sqlite(dir.path(), "second").await;
    let back = match format {
        ExportFormat::Json => Format::Hsds3Json,
        ExportFormat::Csv => Format::Hsds3Csv,
    };
    import(&*second_store, &first, back).await;
    assert_eq!(
        first_store.counts().await.unwrap(),
        second_store.counts().await.unwrap(),
        "{fixture}: the re-import holds different numbers of records"
    );
    let second = dir.path().join("second");
    let again = export(&*second_store, &second, format, false)
        .await
        .unwrap();
    assert_eq!(report.files, again.files);
    assert_same_files(&first, &second);
}

#[tokio::test]
async fn json_round_trip_gives_identical_files() {
    for (fixture, format) in FIXTURES {
        round_trip(&fixtures().join(fixture), *format, ExportFormat::Json).await;
    }
}

#[tokio::test]
async fn csv_round_trip_gives_identical_files() {
    for (fixture, format) in FIXTURES {
        round_trip(&fixtures().join(fixture), *format, ExportFormat::Csv).await;
    }
}

/// Real data: the Open211 Miami directory (4,089 services), imported from HSDS 1.x.
#[tokio::test]
async fn miami_round_trips_in_both_forms() {
    for format in [ExportFormat::Json, ExportFormat::Csv] {
        round_trip(&miami(), Format::Hsds1Datapackage, format).await;
    }
}

/// Both backends read back an export into records that export to the same files.
#[tokio::test]
async fn postgresql_and_sqlite_export_the_same_files() {
    let dir = tempfile::tempdir().unwrap();
    let seed = sqlite(dir.path(), "seed").await;
    import(&*seed, &fixtures().join("json"), Format::Hsds3Json).await;
    import(&*seed, &miami(), Format::Hsds1Datapackage).await;
    // The seed export carries every service's last_modified, so both stores agree on it.
    let seed_export = dir.path().join("seed-export");
    export(&*seed, &seed_export, ExportFormat::Json, false)
        .await
        .unwrap();

    let lite = sqlite(dir.path(), "lite").await;
    let pg = puerta_store::open(&puerta_testkit::fresh_postgres_database().await)
        .await
        .expect("the PostgreSQL store opens");
    for format in [ExportFormat::Json, ExportFormat::Csv] {
        for (name, store) in [("lite", &lite), ("pg", &pg)] {
            if format == ExportFormat::Json {
                import(&**store, &seed_export, Format::Hsds3Json).await;
            }
            let out = dir.path().join(format!("{name}-{}", format.name()));
            export(&**store, &out, format, false).await.unwrap();
        }
        assert_same_files(
            &dir.path().join(format!("lite-{}", format.name())),
            &dir.path().join(format!("pg-{}", format.name())),
        );
    }
}

fn leftovers(parent: &Path) -> Vec<String> {
    std::fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

#[tokio::test]
async fn exports_replace_earlier_exports_but_never_other_folders() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path(), "store").await;
    import(&*store, &fixtures().join("json"), Format::Hsds3Json).await;
    let parent = dir.path().join("out");
    std::fs::create_dir(&parent).unwrap();

    let target = parent.join("export");
    export(&*store, &target, ExportFormat::Json, false)
        .await
        .unwrap();
    assert!(target.join("services.ndjson").is_file());
    // Exporting again over an earlier export replaces it whole (CSV now: no JSON left).
    export(&*store, &target, ExportFormat::Csv, false)
        .await
        .unwrap();
    assert!(target.join("datapackage.json").is_file());
    assert!(!target.join("services.ndjson").exists());
    assert_eq!(leftovers(&parent), Vec::<String>::new());

    // A folder with someone's files is refused and left as it was.
    let mine = parent.join("mine");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("notes.txt"), "keep me").unwrap();
    let err = export(&*store, &mine, ExportFormat::Json, false)
        .await
        .unwrap_err();
    assert!(matches!(err, ExportError::Target { .. }), "{err}");
    assert_eq!(std::fs::read_dir(&mine).unwrap().count(), 1);
    assert_eq!(leftovers(&parent), Vec::<String>::new());

    // A target that cannot be created fails without leaving a partial folder.
    let blocked = parent.join("file");
    std::fs::write(&blocked, "not a folder").unwrap();
    assert!(
        export(&*store, &blocked.join("export"), ExportFormat::Json, false)
            .await
            .is_err()
    );
    assert_eq!(leftovers(&parent), Vec::<String>::new());
}
