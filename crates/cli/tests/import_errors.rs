//! Given a directory already holding data, when an import of corrupted input fails, then the
//! command exits non-zero with one line naming the file, row and field, and the database file
//! is byte-for-byte what it was.

mod common;

use std::path::Path;

use common::*;

struct Seeded {
    _dir: tempfile::TempDir,
    db: String,
    db_path: std::path::PathBuf,
}

fn seeded() -> Seeded {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("puerta.db");
    let db = db_path.display().to_string();
    run_ok(&db, &["demo"]);
    // The command left a complete database file: nothing waits in the write-ahead log for a
    // later process to copy in (which would change the file under a failed import).
    assert!(
        file_bytes(Path::new(&format!("{db}-wal"))).is_empty(),
        "the demo command left frames in the write-ahead log"
    );
    Seeded {
        _dir: dir,
        db,
        db_path,
    }
}

fn assert_fails_and_changes_nothing(s: &Seeded, input: &Path, expect: &[&str]) {
    let before = file_bytes(&s.db_path);
    assert!(!before.is_empty());
    let wal = Path::new(&format!("{}-wal", s.db)).to_path_buf();
    let wal_before = file_bytes(&wal);
    let out = run(&s.db, &["import", &input.display().to_string()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "import of corrupted input succeeded: {stderr}"
    );
    let error_line = stderr
        .lines()
        .find(|l| l.starts_with("error:"))
        .unwrap_or_else(|| panic!("no one-line error in: {stderr}"));
    for needle in expect {
        assert!(
            error_line.contains(needle),
            "error line does not mention {needle:?}: {error_line}"
        );
    }
    assert!(
        before == file_bytes(&s.db_path),
        "the database file changed after a failed import"
    );
    assert!(
        wal_before == file_bytes(&wal),
        "the write-ahead log changed after a failed import"
    );
}

#[test]
fn truncated_json_changes_nothing() {
    let s = seeded();
    let demo = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/demo/services.json"),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("truncated.json");
    std::fs::write(&bad, &demo[..demo.len() * 2 / 3]).unwrap();
    assert_fails_and_changes_nothing(&s, &bad, &["truncated.json", "line"]);
}

#[test]
fn ndjson_with_a_bad_field_names_the_line_and_field() {
    let s = seeded();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ndjson");
    let good = serde_json::json!({
        "id": "7d0f3c8e-8a57-4b8e-9a53-000000000001", "name": "Good", "status": "active"
    });
    let wrong = serde_json::json!({
        "id": "7d0f3c8e-8a57-4b8e-9a53-000000000002", "name": "Bad", "status": "active",
        "email": "not an email"
    });
    std::fs::write(&bad, format!("{good}\n{wrong}\n")).unwrap();
    assert_fails_and_changes_nothing(&s, &bad, &["bad.ndjson", "row 2", "email"]);
}

#[test]
fn service_pointing_at_a_missing_organization_changes_nothing() {
    let s = seeded();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("orphan.json");
    let orphan = serde_json::json!([{
        "id": "7d0f3c8e-8a57-4b8e-9a53-000000000003",
        "name": "Orphan service",
        "status": "active",
        "organization_id": "7d0f3c8e-8a57-4b8e-9a53-0000000000ff"
    }]);
    std::fs::write(&bad, orphan.to_string()).unwrap();
    assert_fails_and_changes_nothing(&s, &bad, &["orphan.json", "row 1", "organization_id"]);
}

#[test]
fn csv_missing_a_required_column_changes_nothing() {
    let s = seeded();
    let dir = tempfile::tempdir().unwrap();
    let pkg = dir.path().join("miami-copy");
    let data = pkg.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let src = miami().join("data");
    for entry in std::fs::read_dir(&src).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), data.join(entry.file_name())).unwrap();
    }
    // Drop the `name` column of services.csv.
    let services = std::fs::read_to_string(src.join("services.csv")).unwrap();
    let mut rdr = csv::ReaderBuilder::new().from_reader(services.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    let keep: Vec<usize> = (0..headers.len())
        .filter(|&i| &headers[i] != "name")
        .collect();
    let mut w = csv::Writer::from_path(data.join("services.csv")).unwrap();
    w.write_record(keep.iter().map(|&i| &headers[i])).unwrap();
    for rec in rdr.records() {
        let rec = rec.unwrap();
        w.write_record(keep.iter().map(|&i| &rec[i])).unwrap();
    }
    w.flush().unwrap();
    assert_fails_and_changes_nothing(&s, &pkg, &["services.csv", "name"]);
}

#[test]
fn an_unreadable_path_is_one_clear_line() {
    let s = seeded();
    let out = run(&s.db, &["import", "/no/such/file.json"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("/no/such/file.json"), "{stderr}");
}
