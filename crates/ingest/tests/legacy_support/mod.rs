//! Helpers shared by the legacy importer tests (HSDS 1.x Miami, Open Eligibility).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use puerta_ingest::{import, ImportError, ImportOptions, ImportReport};
use puerta_store::{Change, Counts, Store};

/// The shared real datasets (read-only).
pub fn dataset(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/hsds/datasets")
        .join(name)
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/legacy")
        .join(name)
}

/// A fresh SQLite store in `dir`.
pub async fn sqlite(dir: &Path) -> Arc<dyn Store> {
    let db = dir.join("puerta.db");
    puerta_store::open(db.to_str().expect("utf-8 temp path"))
        .await
        .expect("the SQLite store opens")
}

pub async fn run(store: &Arc<dyn Store>, path: &Path) -> Result<ImportReport, ImportError> {
    import(&**store, path, &ImportOptions::default()).await
}

/// Everything observable about the database's content: the counts and the change feed.
pub async fn snapshot(store: &Arc<dyn Store>) -> (Counts, Vec<Change>) {
    let counts = store.counts().await.expect("counts");
    let changes = store.changes_since(0, u32::MAX).await.expect("change feed");
    (counts, changes)
}

/// Copies the folder `from` (recursively) to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create copy folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("folder entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
            // The shared data is read-only; the copy must be writable to be corrupted.
            let mut perms = std::fs::metadata(&target).expect("metadata").permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            std::fs::set_permissions(&target, perms).expect("make writable");
        }
    }
}

/// Rewrites the CSV file at `path` through `edit(headers, rows)`.
pub fn edit_csv(path: &Path, edit: impl FnOnce(&mut Vec<String>, &mut Vec<Vec<String>>)) {
    let mut reader = csv::Reader::from_path(path).expect("read csv");
    let mut headers: Vec<String> = reader
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_owned)
        .collect();
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect();
    edit(&mut headers, &mut rows);
    let mut writer = csv::Writer::from_path(path).expect("write csv");
    writer.write_record(&headers).expect("write header");
    for row in rows {
        writer.write_record(&row).expect("write row");
    }
    writer.flush().expect("flush");
}

/// Asserts that `err` names a file called `file`, row `row` and field `field`.
pub fn assert_names(err: &ImportError, file: &str, row: u64, field: &str) {
    assert_eq!(
        err.file.file_name().and_then(|n| n.to_str()),
        Some(file),
        "wrong file in: {err}"
    );
    assert_eq!(err.row, Some(row), "wrong row in: {err}");
    assert_eq!(err.field.as_deref(), Some(field), "wrong field in: {err}");
}
