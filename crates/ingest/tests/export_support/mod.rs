//! Helpers shared by the HSDS 3 import/export integration tests: a real SQLite store in a
//! temporary folder, fixture paths, folder comparison, and the Python validators.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use puerta_ingest::{Format, ImportOptions, ImportReport};
use puerta_store::Store;

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    manifest_dir().join("tests/fixtures/hsds3")
}

/// The shared read-only data (HSDS spec, datasets).
pub fn shared() -> PathBuf {
    std::env::var_os("PUERTA_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("../../../shared/data"))
}

pub fn spec() -> PathBuf {
    shared().join("hsds/spec-3.1")
}

/// A fresh SQLite database in `dir`.
pub async fn sqlite(dir: &Path, name: &str) -> Arc<dyn Store> {
    let path = dir.join(format!("{name}.db"));
    puerta_store::open(path.to_str().expect("utf-8 temp path"))
        .await
        .expect("the SQLite store opens")
}

pub async fn import(store: &dyn Store, path: &Path, format: Format) -> ImportReport {
    try_import(store, path, format)
        .await
        .unwrap_or_else(|e| panic!("import of {} failed: {e}", path.display()))
}

pub async fn try_import(
    store: &dyn Store,
    path: &Path,
    format: Format,
) -> Result<ImportReport, puerta_ingest::ImportError> {
    let options = ImportOptions {
        format,
        ..ImportOptions::default()
    };
    puerta_ingest::import(store, path, &options).await
}

/// Every file under `dir` (relative path → bytes).
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Asserts that two folders hold the same files with the same bytes.
pub fn assert_same_files(a: &Path, b: &Path) {
    let (fa, fb) = (files(a), files(b));
    let names_a: Vec<_> = fa.keys().collect();
    let names_b: Vec<_> = fb.keys().collect();
    assert_eq!(names_a, names_b, "the two exports hold different files");
    for (name, bytes) in &fa {
        if bytes != &fb[name] {
            let (ta, tb) = (
                String::from_utf8_lossy(bytes),
                String::from_utf8_lossy(&fb[name]),
            );
            let line = ta
                .lines()
                .zip(tb.lines())
                .position(|(x, y)| x != y)
                .unwrap_or(0);
            panic!(
                "{name} differs after the round trip; first difference on line {}:\n  first:  {}\n  second: {}",
                line + 1,
                ta.lines().nth(line).unwrap_or(""),
                tb.lines().nth(line).unwrap_or("")
            );
        }
    }
}

/// The folder holding check-jsonschema and frictionless (`PUERTA_PY_TOOLS`, else the
/// workspace's `.venv-hsds/bin`). Fails the test when the tools are missing.
pub fn py_tool(name: &str) -> PathBuf {
    let dir = std::env::var_os("PUERTA_PY_TOOLS")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("../../.venv-hsds/bin"));
    let tool = dir.join(name);
    assert!(
        tool.is_file(),
        "{} is missing: the HSDS validators are needed for this test; scripts/test installs \
         them (python3 -m venv .venv-hsds && .venv-hsds/bin/pip install check-jsonschema==0.39.0 \
         schemathesis==4.32.5 frictionless), or point PUERTA_PY_TOOLS at their bin folder",
        tool.display()
    );
    tool
}

fn run(mut cmd: Command, what: &str) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{what} found problems:\n{text}");
    text
}

/// Validates JSON files against an HSDS compiled schema with check-jsonschema (what the
/// spec's CI uses; checks uuid, email, date-time formats but not uri, for want of the
/// rfc3987 package) and with jsonschema-rs (which also checks uri). Returns the number of
/// files checked.
pub fn validate_json(schema: &Path, files: &[PathBuf]) -> usize {
    assert!(!files.is_empty(), "nothing to validate");
    let check = py_tool("check-jsonschema");
    for chunk in files.chunks(2000) {
        let mut cmd = Command::new(&check);
        cmd.arg("--schemafile").arg(schema).args(chunk);
        run(cmd, "check-jsonschema");
    }
    // jsonschema-rs comes with schemathesis in the same environment.
    let python = py_tool("python");
    let script = r#"
import json, pathlib, sys
import jsonschema_rs
schema = json.load(open(sys.argv[1]))
# Relative $refs ("taxonomy.json") resolve next to the schema file.
schema.setdefault("$id", pathlib.Path(sys.argv[1]).resolve().as_uri())
validator = jsonschema_rs.validator_for(schema, validate_formats=True)
bad = 0
for path in sys.argv[2:]:
    for e in validator.iter_errors(json.load(open(path))):
        bad += 1
        print(f"{path}: {'/'.join(map(str, e.instance_path))}: {e.message}")
sys.exit(1 if bad else 0)
"#;
    for chunk in files.chunks(2000) {
        let mut cmd = Command::new(&python);
        cmd.arg("-c").arg(script).arg(schema).args(chunk);
        run(cmd, "jsonschema-rs (strict formats)");
    }
    files.len()
}

/// Validates a tabular datapackage (types, formats, required values, primary and foreign
/// keys) with frictionless.
pub fn validate_datapackage(descriptor: &Path) -> String {
    let mut cmd = Command::new(py_tool("frictionless"));
    cmd.arg("validate").arg(descriptor);
    run(cmd, "frictionless validate")
}

/// The `*.json` files of a folder, sorted.
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

/// Splits an NDJSON file into one `.json` file per line under `out`.
pub fn split_ndjson(ndjson: &Path, out: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(out).unwrap();
    std::fs::read_to_string(ndjson)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            let p = out.join(format!("{i:06}.json"));
            std::fs::write(&p, line).unwrap();
            p
        })
        .collect()
}

/// The HSDS 3 fixtures, each loaded into its own store: our JSON services with the fixed
/// official full service, and the fixed official CSV example (they share ids).
pub const FIXTURES: &[(&str, Format)] = &[
    ("json", Format::Hsds3Json),
    ("csv-official-fixed", Format::Hsds3Csv),
];

/// The Open211 Miami HSDS 1.x datapackage.
pub fn miami() -> PathBuf {
    shared().join("hsds/datasets/miami-open211-2019")
}
