//! Exporters: the whole directory as HSDS 3.1 JSON, or as an HSDS 3.1 tabular datapackage.
//!
//! JSON (`ExportFormat::Json`) writes
//! - `services/<id>.json`: one full service object per file (pretty-printed), as served by
//!   `GET /services/{id}`,
//! - `services.ndjson`: the same objects, one per line,
//! - `organizations.ndjson`: every organization with its programs and locations, one per line
//!   (so organizations and locations without services are kept too),
//! - `taxonomies.json` and `taxonomy_terms.json`: JSON arrays.
//!
//! CSV (`ExportFormat::Csv`) writes one CSV file per HSDS table with the spec's file names and
//! column order, every nested object flattened into its table with its foreign keys set, and a
//! `datapackage.json` describing them (see [`tabular`]).
//!
//! Both forms read back with [`crate::import`] (`hsds3-json` for the folder, `hsds3-csv` for
//! the datapackage) into the same records, and exporting again gives the same files. Files
//! are written to a temporary folder next to the target, which replaces the target only when
//! everything was written: a failed export leaves no half-written folder behind.

pub(crate) mod tabular;

use std::fmt;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use puerta_domain::{Service, Taxonomy, TaxonomyTerm};
use puerta_store::{
    OrganizationFilter, PageRequest, ServiceFilter, Store, StoreError, TaxonomyTermFilter,
};
use serde::Serialize;

/// Services fetched from the store at a time.
const BATCH: usize = 500;

/// Names an export writes; a folder holding only these may be replaced by a new export.
const EXPORT_NAMES: &[&str] = &[
    "services",
    "services.ndjson",
    "organizations.ndjson",
    "taxonomies.json",
    "taxonomy_terms.json",
    "datapackage.json",
];

/// The form of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// HSDS 3.1 JSON objects (full services, organizations, taxonomies).
    Json,
    /// HSDS 3.1 tabular datapackage (CSV files and `datapackage.json`).
    Csv,
}

impl ExportFormat {
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Json => "HSDS 3.1 JSON",
            ExportFormat::Csv => "HSDS 3.1 CSV datapackage",
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportReport {
    pub format: ExportFormat,
    pub dir: PathBuf,
    pub services: u64,
    pub organizations: u64,
    pub locations: u64,
    pub service_at_locations: u64,
    pub taxonomies: u64,
    pub taxonomy_terms: u64,
    /// Files written (including `datapackage.json`).
    pub files: u64,
    /// CSV only: rows written per file, in the datapackage's order.
    pub tables: Vec<(&'static str, u64)>,
    /// Notes about the data (never the data itself).
    pub warnings: Vec<String>,
}

impl ExportReport {
    fn new(format: ExportFormat, dir: &Path) -> Self {
        Self {
            format,
            dir: dir.to_path_buf(),
            services: 0,
            organizations: 0,
            locations: 0,
            service_at_locations: 0,
            taxonomies: 0,
            taxonomy_terms: 0,
            files: 0,
            tables: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

impl fmt::Display for ExportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "exported {} services, {} organizations, {} locations, {} services at locations, \
             {} taxonomies and {} taxonomy terms as {} to {} ({} files)",
            self.services,
            self.organizations,
            self.locations,
            self.service_at_locations,
            self.taxonomies,
            self.taxonomy_terms,
            self.format.name(),
            self.dir.display(),
            self.files
        )?;
        for w in &self.warnings {
            write!(f, "\nwarning: {w}")?;
        }
        Ok(())
    }
}

/// Why an export failed. Nothing is left at the target when it does.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Target { path: PathBuf, message: String },
    #[error("cannot write {}: {source}", path.display())]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("cannot write the CSV tables in {}: {source}", path.display())]
    Csv {
        path: PathBuf,
        #[source]
        source: csv::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn json_err(path: &Path) -> impl FnOnce(serde_json::Error) -> ExportError + '_ {
    move |source| ExportError::Json {
        path: path.to_path_buf(),
        source,
    }
}

/// Exports the whole store to the folder `dir` (created, or replaced if it holds an earlier
/// export) in `format`, showing a progress bar on standard error when `progress` is set.
pub async fn export(
    store: &dyn Store,
    dir: &Path,
    format: ExportFormat,
    progress: bool,
) -> Result<ExportReport, ExportError> {
    let name = dir
        .file_name()
        .filter(|n| !n.is_empty() && *n != "." && *n != "..")
        .ok_or_else(|| ExportError::Target {
            path: dir.to_path_buf(),
            message: "the export needs a folder name".into(),
        })?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    check_target(dir)?;
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{}.partial-", name.to_string_lossy()))
        .tempdir_in(&parent)
        .map_err(io(&parent))?;
    let bar = progress_bar(progress);
    let mut report = ExportReport::new(format, dir);
    match format {
        ExportFormat::Json => export_json(store, staging.path(), &bar, &mut report).await?,
        ExportFormat::Csv => export_csv(store, staging.path(), &bar, &mut report).await?,
    }
    bar.finish_and_clear();
    replace(staging, dir, &parent)?;
    Ok(report)
}

fn progress_bar(progress: bool) -> ProgressBar {
    if !progress {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {msg:>14} {human_pos}/{human_len} services {elapsed}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}

/// Refuses to replace a folder that holds anything but an earlier export.
fn check_target(dir: &Path) -> Result<(), ExportError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            if dir.exists() && !dir.is_dir() {
                return Err(ExportError::Target {
                    path: dir.to_path_buf(),
                    message: "is a file, not a folder".into(),
                });
            }
            return Err(io(dir)(e));
        }
    };
    for entry in entries {
        let entry = entry.map_err(io(dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !EXPORT_NAMES.contains(&name.as_str()) && !name.ends_with(".csv") {
            return Err(ExportError::Target {
                path: dir.to_path_buf(),
                message: format!(
                    "holds `{name}`, which an export does not write; choose a new or empty folder"
                ),
            });
        }
    }
    Ok(())
}

/// Moves the finished export into place (replacing an earlier export there).
fn replace(staging: tempfile::TempDir, dir: &Path, parent: &Path) -> Result<(), ExportError> {
    if !dir.exists() {
        std::fs::rename(staging.path(), dir).map_err(io(dir))?;
        let _ = staging.keep();
        return Ok(());
    }
    check_target(dir)?;
    let old = tempfile::Builder::new()
        .prefix(".puerta-export.old-")
        .tempdir_in(parent)
        .map_err(io(parent))?;
    let old_path = old.path().join("previous");
    std::fs::rename(dir, &old_path).map_err(io(dir))?;
    if let Err(e) = std::fs::rename(staging.path(), dir) {
        // Put the earlier export back rather than leave nothing.
        let _ = std::fs::rename(&old_path, dir);
        return Err(io(dir)(e));
    }
    let _ = staging.keep();
    drop(old);
    Ok(())
}

fn create(path: &Path) -> Result<BufWriter<File>, ExportError> {
    File::create(path)
        .map(|f| BufWriter::with_capacity(1 << 16, f))
        .map_err(io(path))
}

fn finish(mut out: BufWriter<File>, path: &Path) -> Result<(), ExportError> {
    out.flush().map_err(io(path))?;
    out.into_inner()
        .map_err(|e| io(path)(e.into_error()))?
        .sync_all()
        .map_err(io(path))
}

fn write_pretty<T: Serialize + ?Sized>(path: &Path, value: &T) -> Result<(), ExportError> {
    let mut out = create(path)?;
    serde_json::to_writer_pretty(&mut out, value).map_err(json_err(path))?;
    out.write_all(b"\n").map_err(io(path))?;
    out.flush().map_err(io(path))
}

async fn all_taxonomies(store: &dyn Store) -> Result<Vec<Taxonomy>, StoreError> {
    let mut all = Vec::new();
    for page in 1.. {
        let request = PageRequest {
            page,
            per_page: PageRequest::MAX_PER_PAGE,
        };
        let got = store.list_taxonomies(None, request).await?;
        let done = got.items.is_empty() || got.page.offset() + got.items.len() as u64 >= got.total;
        all.extend(got.items);
        if done {
            break;
        }
    }
    Ok(all)
}

async fn all_taxonomy_terms(store: &dyn Store) -> Result<Vec<TaxonomyTerm>, StoreError> {
    let mut all = Vec::new();
    let filter = TaxonomyTermFilter::default();
    for page in 1.. {
        let request = PageRequest {
            page,
            per_page: PageRequest::MAX_PER_PAGE,
        };
        let got = store.list_taxonomy_terms(&filter, request).await?;
        let done = got.items.is_empty() || got.page.offset() + got.items.len() as u64 >= got.total;
        all.extend(got.items);
        if done {
            break;
        }
    }
    Ok(all)
}

/// Calls `each` with every organization, its locations embedded, in list order.
async fn each_organization<F>(store: &dyn Store, mut each: F) -> Result<(), ExportError>
where
    F: FnMut(puerta_domain::Organization) -> Result<(), ExportError>,
{
    let filter = OrganizationFilter::default();
    for page in 1.. {
        let request = PageRequest {
            page,
            per_page: PageRequest::MAX_PER_PAGE,
        };
        let got = store.list_organizations(&filter, request).await?;
        let done = got.items.is_empty() || got.page.offset() + got.items.len() as u64 >= got.total;
        for mut org in got.items {
            org.locations = store.organization_locations(org.id).await?;
            each(org)?;
        }
        if done {
            break;
        }
    }
    Ok(())
}

/// Writes `services.ndjson` and `services/<id>.json` for every batch received.
fn write_services(
    out: &Path,
    mut batches: tokio::sync::mpsc::Receiver<Vec<Service>>,
) -> Result<(), ExportError> {
    let services_dir = out.join("services");
    let ndjson_path = out.join("services.ndjson");
    let mut ndjson = create(&ndjson_path)?;
    let mut pretty = Vec::with_capacity(1 << 14);
    while let Some(batch) = batches.blocking_recv() {
        for s in batch {
            serde_json::to_writer(&mut ndjson, &s).map_err(json_err(&ndjson_path))?;
            ndjson.write_all(b"\n").map_err(io(&ndjson_path))?;
            let path = services_dir.join(format!("{}.json", s.id));
            pretty.clear();
            serde_json::to_writer_pretty(&mut pretty, &s).map_err(json_err(&path))?;
            pretty.push(b'\n');
            std::fs::write(&path, &pretty).map_err(io(&path))?;
        }
    }
    finish(ndjson, &ndjson_path)
}

async fn export_json(
    store: &dyn Store,
    out: &Path,
    bar: &ProgressBar,
    report: &mut ExportReport,
) -> Result<(), ExportError> {
    let services_dir = out.join("services");
    std::fs::create_dir(&services_dir).map_err(io(&services_dir))?;
    let ids = store.service_ids(&ServiceFilter::default()).await?;
    bar.set_length(ids.len() as u64);
    bar.set_message("services");
    // Files are written on a blocking thread while the next batch is fetched.
    let (tx, rx) = tokio::sync::mpsc::channel::<Vec<Service>>(2);
    let writer = {
        let out = out.to_path_buf();
        tokio::task::spawn_blocking(move || write_services(&out, rx))
    };
    for chunk in ids.chunks(BATCH) {
        let services = store.full_services(chunk).await?;
        report.services += services.len() as u64;
        report.service_at_locations += services
            .iter()
            .map(|s| s.service_at_locations.len() as u64)
            .sum::<u64>();
        bar.inc(services.len() as u64);
        if tx.send(services).await.is_err() {
            // The writer stopped: its error is reported below.
            break;
        }
    }
    drop(tx);
    writer.await.map_err(|e| ExportError::Target {
        path: out.to_path_buf(),
        message: format!("the file writer stopped: {e}"),
    })??;
    report.files += report.services + 1;

    bar.set_message("organizations");
    let orgs_path = out.join("organizations.ndjson");
    let mut orgs = create(&orgs_path)?;
    each_organization(store, |org| {
        report.organizations += 1;
        report.locations += org.locations.len() as u64;
        serde_json::to_writer(&mut orgs, &org).map_err(json_err(&orgs_path))?;
        orgs.write_all(b"\n").map_err(io(&orgs_path))
    })
    .await?;
    finish(orgs, &orgs_path)?;
    report.files += 1;

    bar.set_message("taxonomies");
    let taxonomies = all_taxonomies(store).await?;
    report.taxonomies = taxonomies.len() as u64;
    write_pretty(&out.join("taxonomies.json"), &taxonomies)?;
    let terms = all_taxonomy_terms(store).await?;
    report.taxonomy_terms = terms.len() as u64;
    write_pretty(&out.join("taxonomy_terms.json"), &terms)?;
    report.files += 2;
    Ok(())
}

async fn export_csv(
    store: &dyn Store,
    out: &Path,
    bar: &ProgressBar,
    report: &mut ExportReport,
) -> Result<(), ExportError> {
    let mut flat = tabular::Flattener::new();

    bar.set_message("organizations");
    each_organization(store, |org| {
        flat.add("organization", to_json("organization", &org)?);
        Ok(())
    })
    .await?;

    let ids = store.service_ids(&ServiceFilter::default()).await?;
    bar.set_length(ids.len() as u64);
    bar.set_message("services");
    for chunk in ids.chunks(BATCH) {
        for s in store.full_services(chunk).await? {
            flat.add("service", to_json("service", &s)?);
            report.services += 1;
            bar.inc(1);
        }
    }

    bar.set_message("taxonomies");
    for t in all_taxonomies(store).await? {
        flat.add("taxonomy", to_json("taxonomy", &t)?);
    }
    for t in all_taxonomy_terms(store).await? {
        flat.add("taxonomy_term", to_json("taxonomy_term", &t)?);
    }

    bar.set_message("writing CSV");
    let mut files = Vec::new();
    flat.write(|table| {
        let path = out.join(table.path);
        let file = File::create(&path)?;
        files.push(path);
        Ok(BufWriter::with_capacity(1 << 16, file))
    })
    .map_err(|source| ExportError::Csv {
        path: out.to_path_buf(),
        source,
    })?;
    for path in &files {
        File::open(path)
            .and_then(|f| f.sync_all())
            .map_err(io(path))?;
    }
    write_pretty(&out.join("datapackage.json"), &tabular::datapackage())?;
    report.files = files.len() as u64 + 1;

    for (table, rows) in flat.counts() {
        let rows = rows as u64;
        match table.name {
            "organization" => report.organizations = rows,
            "location" => report.locations = rows,
            "service_at_location" => report.service_at_locations = rows,
            "taxonomy" => report.taxonomies = rows,
            "taxonomy_term" => report.taxonomy_terms = rows,
            _ => {}
        }
        report.tables.push((table.path, rows));
    }
    let (conflicts, examples) = flat.conflicts();
    if conflicts > 0 {
        report.warnings.push(format!(
            "{conflicts} values differed between copies of the same record; the first copy was kept (e.g. {})",
            examples.join("; ")
        ));
    }
    Ok(())
}

fn to_json<T: Serialize>(what: &str, value: &T) -> Result<serde_json::Value, ExportError> {
    serde_json::to_value(value).map_err(json_err(Path::new(what)))
}

#[cfg(test)]
mod tests {
    //! Flattening and reading back, checked without a database: `stored` plays the part of
    //! the store's `full_services` over what an importer wrote. The same round trips run
    //! against real SQLite in `tests/export_*.rs`.
    use std::collections::BTreeMap;

    use puerta_domain::{Organization, Service};
    use serde_json::Value;

    use super::*;
    use crate::hsds3_json::tests::Collected;

    fn fixtures() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds3")
    }

    /// What the store would hand the exporter after an import: full services, organizations
    /// with their locations, taxonomies and terms (the last write of a record wins).
    struct Stored {
        services: Vec<Service>,
        organizations: Vec<Organization>,
        taxonomies: Vec<Taxonomy>,
        terms: Vec<TaxonomyTerm>,
    }

    fn last<T, K: PartialEq>(
        items: &[(T, crate::Origin)],
        key: impl Fn(&T) -> K,
        k: K,
    ) -> Option<&T> {
        items.iter().rev().map(|(t, _)| t).find(|t| key(t) == k)
    }

    fn stored(c: &Collected) -> Stored {
        let mut orgs: Vec<Organization> = Vec::new();
        for (o, _) in &c.organizations {
            orgs.retain(|x| x.id != o.id);
            orgs.push(o.clone());
        }
        let services = c
            .services
            .iter()
            .map(|(s, _)| {
                let mut s = s.clone();
                let org = s
                    .organization_id
                    .and_then(|id| orgs.iter().find(|o| o.id == id));
                s.program = s
                    .program_id
                    .and_then(|p| org.and_then(|o| o.programs.iter().find(|q| q.id == p)))
                    .cloned();
                s.organization = org.cloned().map(Box::new);
                s.service_at_locations = c
                    .service_at_locations
                    .iter()
                    .filter(|(sal, _)| sal.service_id == Some(s.id))
                    .map(|(sal, _)| {
                        let mut sal = sal.clone();
                        sal.location = sal
                            .location_id
                            .and_then(|id| last(&c.locations, |l| l.id, id))
                            .cloned();
                        sal
                    })
                    .collect();
                for a in &mut s.attributes {
                    a.taxonomy_term = a
                        .taxonomy_term_id
                        .and_then(|id| last(&c.taxonomy_terms, |t| t.id, id))
                        .cloned();
                }
                s
            })
            .collect();
        let organizations = orgs
            .iter()
            .map(|o| {
                let mut o = o.clone();
                o.locations = c
                    .locations
                    .iter()
                    .map(|(l, _)| l)
                    .filter(|l| l.organization_id == Some(o.id))
                    .cloned()
                    .collect();
                o
            })
            .collect();
        Stored {
            services,
            organizations,
            taxonomies: c.taxonomies.iter().map(|(t, _)| t.clone()).collect(),
            terms: c.taxonomy_terms.iter().map(|(t, _)| t.clone()).collect(),
        }
    }

    fn flatten(s: &Stored) -> tabular::Flattener {
        let mut flat = tabular::Flattener::new();
        for o in &s.organizations {
            flat.add("organization", serde_json::to_value(o).unwrap());
        }
        for x in &s.services {
            flat.add("service", serde_json::to_value(x).unwrap());
        }
        for t in &s.taxonomies {
            flat.add("taxonomy", serde_json::to_value(t).unwrap());
        }
        for t in &s.terms {
            flat.add("taxonomy_term", serde_json::to_value(t).unwrap());
        }
        flat
    }

    fn write_csv(flat: &tabular::Flattener, dir: &Path) {
        flat.write(|t| File::create(dir.join(t.path)).map(BufWriter::new))
            .unwrap();
        write_pretty(&dir.join("datapackage.json"), &tabular::datapackage()).unwrap();
    }

    fn files(dir: &Path) -> BTreeMap<String, String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect()
    }

    fn rows(csv_text: &str) -> Vec<BTreeMap<String, String>> {
        let mut r = csv::Reader::from_reader(csv_text.as_bytes());
        let headers = r.headers().unwrap().clone();
        r.records()
            .map(|rec| {
                headers
                    .iter()
                    .zip(rec.unwrap().iter())
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(h, v)| (h.to_owned(), v.to_owned()))
                    .collect()
            })
            .collect()
    }

    async fn import_csv(dir: &Path) -> Collected {
        let mut c = Collected::default();
        crate::hsds3_csv::run(dir, &mut c).await.unwrap();
        c
    }

    #[tokio::test]
    async fn shared_copies_become_one_row_naming_every_parent() {
        let c = import_csv(&fixtures().join("csv-official-fixed")).await;
        let flat = flatten(&stored(&c));
        let out = tempfile::tempdir().unwrap();
        write_csv(&flat, out.path());
        let f = files(out.path());
        // The phone sits under the service, its contact, location, organization and
        // service-at-location: one row with all five parents, as in the official example.
        let phones = rows(&f["phones.csv"]);
        assert_eq!(phones.len(), 1);
        for column in [
            "service_id",
            "location_id",
            "organization_id",
            "contact_id",
            "service_at_location_id",
        ] {
            assert!(
                phones[0].contains_key(column),
                "{column} missing: {:?}",
                phones[0]
            );
        }
        assert_eq!(phones[0]["extension"], "100");
        // Header and column order are the spec's.
        assert!(f["services.csv"].starts_with(
            "id,organization_id,program_id,name,alternate_name,description,url,email,status,"
        ));
        assert_eq!(
            rows(&f["service_capacity.csv"])[0]["unit_id"],
            "8896b788-7b3e-11ef-8db9-7f3d040352b3"
        );
        assert_eq!(rows(&f["units.csv"]).len(), 1);
        assert_eq!(rows(&f["attributes.csv"])[0]["link_entity"], "service");
        assert_eq!(rows(&f["metadata.csv"])[0]["resource_type"], "location");
        assert_eq!(
            rows(&f["programs.csv"])[0]["organization_id"],
            "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
        );
        // Every table the datapackage lists is written, even when empty.
        let package: Value = serde_json::from_str(&f["datapackage.json"]).unwrap();
        for r in package["resources"].as_array().unwrap() {
            assert!(f.contains_key(r["path"].as_str().unwrap()), "{r}");
        }
        assert_eq!(flat.conflicts().0, 0);
    }

    #[tokio::test]
    async fn csv_export_import_export_gives_identical_files() {
        let official = import_csv(&fixtures().join("csv-official-fixed")).await;
        let mut ours = Collected::default();
        crate::hsds3_json::run(&fixtures().join("json"), &mut ours)
            .await
            .unwrap();
        for c in [official, ours] {
            csv_round_trip(&c).await;
        }
    }

    async fn csv_round_trip(c: &Collected) {
        let first = tempfile::tempdir().unwrap();
        write_csv(&flatten(&stored(c)), first.path());
        let again = import_csv(first.path()).await;
        let second = tempfile::tempdir().unwrap();
        write_csv(&flatten(&stored(&again)), second.path());
        let (a, b) = (files(first.path()), files(second.path()));
        assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
        for (name, text) in &a {
            assert_eq!(text, &b[name], "{name} differs after a round trip");
        }
    }

    #[tokio::test]
    async fn json_export_import_export_gives_identical_objects() {
        let mut c = Collected::default();
        crate::hsds3_json::run(&fixtures().join("json"), &mut c)
            .await
            .unwrap();
        let first = stored(&c);
        let dir = tempfile::tempdir().unwrap();
        let mut text = String::new();
        for s in &first.services {
            text.push_str(&serde_json::to_string(s).unwrap());
            text.push('\n');
        }
        std::fs::write(dir.path().join("services.ndjson"), &text).unwrap();
        let mut orgs = String::new();
        for o in &first.organizations {
            orgs.push_str(&serde_json::to_string(o).unwrap());
            orgs.push('\n');
        }
        std::fs::write(dir.path().join("organizations.ndjson"), &orgs).unwrap();
        write_pretty(&dir.path().join("taxonomies.json"), &first.taxonomies).unwrap();
        write_pretty(&dir.path().join("taxonomy_terms.json"), &first.terms).unwrap();
        let mut again = Collected::default();
        crate::hsds3_json::run(dir.path(), &mut again)
            .await
            .unwrap();
        let second = stored(&again);
        assert_eq!(first.services, second.services);
        assert_eq!(first.organizations, second.organizations);
        assert_eq!(first.taxonomies, second.taxonomies);
        assert_eq!(first.terms, second.terms);
    }

    #[test]
    fn the_datapackage_lists_the_spec_tables_with_fixed_capacity_and_unit_fields() {
        let p = tabular::datapackage();
        let names: Vec<&str> = p["resources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap())
            .collect();
        assert_eq!(names.len(), 23);
        assert_eq!(names[..3], ["organization", "program", "service"]);
        let capacity = p["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == "service_capacity")
            .unwrap();
        let fields: Vec<&str> = capacity["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "id",
                "service_id",
                "unit_id",
                "available",
                "maximum",
                "description",
                "updated"
            ]
        );
    }

    #[test]
    fn a_folder_with_other_files_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let err = check_target(dir.path()).unwrap_err();
        assert!(err.to_string().contains("notes.txt"), "{err}");
        std::fs::remove_file(dir.path().join("notes.txt")).unwrap();
        std::fs::write(dir.path().join("services.csv"), "id\n").unwrap();
        assert!(check_target(dir.path()).is_ok());
    }
}
