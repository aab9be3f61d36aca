//! Embeds every Fluent file under `locales/<lang>/*.ftl` (workspace root) in the binary, so
//! that translators add a locale by adding a folder: no code changes, no files to ship.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales = manifest.join("../../locales");
    // A directory here makes Cargo rerun this script when anything inside it changes.
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    if let Ok(dirs) = std::fs::read_dir(&locales) {
        for dir in dirs.flatten() {
            let path = dir.path();
            if !path.is_dir() {
                continue;
            }
            let tag = dir.file_name().to_string_lossy().into_owned();
            if let Ok(entries) = std::fs::read_dir(&path) {
                for f in entries.flatten() {
                    let p = f.path();
                    if p.extension().is_some_and(|e| e == "ftl") {
                        let name = f.file_name().to_string_lossy().into_owned();
                        files.push((tag.clone(), name, p));
                    }
                }
            }
        }
    }
    files.sort();
    let mut out = String::from("/// (locale folder, file name, contents) of every shipped Fluent file.\npub static FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for (tag, name, path) in &files {
        let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
        let _ = writeln!(
            out,
            "    ({tag:?}, {name:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
