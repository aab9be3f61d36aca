//! Importers and exporters.
//!
//! Every import is atomic: records are parsed and written inside one store transaction
//! ([`puerta_store::WriteTx`]); the first bad row aborts the import, rolls the transaction
//! back and reports an [`ImportError`] naming the file, row and field. Ids that a source
//! does not give as UUIDs are derived with [`puerta_domain::ids::stable_id`], so importing
//! the same data twice changes nothing.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use puerta_domain::{Location, Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm};
use puerta_store::{Kind, Store, WriteSummary, WriteTx};
use uuid::Uuid;

pub mod eoir;
pub mod export;
pub mod hsds1;
pub mod hsds3_csv;
pub mod hsds3_json;
pub mod open_eligibility;

/// Where a record came from: a file and a 1-based row (CSV data row counting the header as
/// row 1, JSON array element, or NDJSON line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: PathBuf,
    pub row: Option<u64>,
}

impl Origin {
    pub fn new(file: impl Into<PathBuf>, row: Option<u64>) -> Self {
        Self {
            file: file.into(),
            row,
        }
    }
}

/// Why an import failed. Displayed as `file:row: field: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub file: PathBuf,
    pub row: Option<u64>,
    pub field: Option<String>,
    pub message: String,
}

impl ImportError {
    pub fn new(origin: &Origin, field: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            file: origin.file.clone(),
            row: origin.row,
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }

    /// An error about a whole file (unreadable, unknown format).
    pub fn file(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            row: None,
            field: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(row) = self.row {
            write!(f, ": row {row}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ImportError {}

/// The input formats we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Decide from the path (see [`detect_format`]).
    #[default]
    Auto,
    /// HSDS 3.x JSON: one service object per file, a JSON array of services, or NDJSON.
    Hsds3Json,
    /// HSDS 3.x tabular datapackage (a folder of CSV files).
    Hsds3Csv,
    /// HSDS 1.x tabular datapackage as exported by 2-1-1s (e.g. Open211 Miami).
    Hsds1Datapackage,
    /// The Open Eligibility taxonomy (folder with `taxonomy.csv`, or the CSV itself).
    OpenEligibility,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Hsds3Json => "hsds3-json",
            Format::Hsds3Csv => "hsds3-csv",
            Format::Hsds1Datapackage => "hsds1-datapackage",
            Format::OpenEligibility => "open-eligibility",
        }
    }
}

/// Options of one import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub format: Format,
    /// Delete every record of this source before writing (the import replaces the source).
    pub replace: bool,
    /// Source name records are tagged with; defaults to the file or folder name.
    pub source: Option<String>,
    /// Show a progress bar on standard error (only drawn when it is a terminal).
    pub progress: bool,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub format: &'static str,
    pub source: String,
    pub organizations: u64,
    pub locations: u64,
    pub services: u64,
    pub service_at_locations: u64,
    pub taxonomies: u64,
    pub taxonomy_terms: u64,
    pub deleted: u64,
    pub store: WriteSummary,
    /// Notes about data that was cleaned or skipped (never personal data).
    pub warnings: Vec<String>,
}

/// Decides the format of `path` by looking at it (not at its name alone).
pub fn detect_format(path: &Path) -> Result<Format, ImportError> {
    if path.is_dir() {
        let has = |name: &str| path.join(name).is_file();
        if has("taxonomy.csv") && !has("services.csv") {
            return Ok(Format::OpenEligibility);
        }
        let data = if path.join("data").is_dir() {
            path.join("data")
        } else {
            path.to_path_buf()
        };
        let in_data = |name: &str| data.join(name).is_file();
        if in_data("regular_schedules.csv")
            || in_data("physical_addresses.csv")
            || in_data("services_at_location.csv")
        {
            return Ok(Format::Hsds1Datapackage);
        }
        if in_data("services.csv") {
            return Ok(Format::Hsds3Csv);
        }
        let json_files = std::fs::read_dir(path)
            .map_err(|e| ImportError::file(path, format!("cannot read folder: {e}")))?
            .filter_map(|e| e.ok())
            .any(|e| {
                e.path()
                    .extension()
                    .is_some_and(|x| x == "json" || x == "ndjson" || x == "jsonl")
            });
        if json_files {
            return Ok(Format::Hsds3Json);
        }
        return Err(ImportError::file(
            path,
            "cannot tell the format of this folder (no datapackage CSVs, no taxonomy.csv, no JSON files); pass --format",
        ));
    }
    match path.extension().and_then(|e| e.to_str()) {
        Some("json" | "ndjson" | "jsonl") => Ok(Format::Hsds3Json),
        Some("csv") if path.file_name().is_some_and(|n| n == "taxonomy.csv") => {
            Ok(Format::OpenEligibility)
        }
        _ if !path.exists() => Err(ImportError::file(path, "no such file or folder")),
        _ => Err(ImportError::file(
            path,
            "cannot tell the format from this file; pass --format",
        )),
    }
}

/// The default source name for `path`: its file stem or folder name.
pub fn default_source(path: &Path) -> String {
    // A package's `data/` folder, its `datapackage.json` or a taxonomy file is named after
    // the folder holding it, so that importing the package either way tags records alike.
    let path = match path.file_name().and_then(|n| n.to_str()) {
        Some("data" | "datapackage.json" | "taxonomy.csv" | "taxonomy.json") => path
            .parent()
            .filter(|p| p.file_name().is_some())
            .unwrap_or(path),
        _ => path,
    };
    path.file_stem()
        .or_else(|| path.file_name())
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "import".to_owned())
}

/// Imports `path` into `store` atomically.
pub async fn import(
    store: &dyn Store,
    path: &Path,
    options: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    let format = match options.format {
        Format::Auto => detect_format(path)?,
        f => f,
    };
    let source = options
        .source
        .clone()
        .unwrap_or_else(|| default_source(path));
    let tx = store
        .begin_write(&source)
        .await
        .map_err(|e| ImportError::file(path, format!("cannot start the database write: {e}")))?;
    let mut w = Writer::new(tx, options.progress);
    w.report.format = format.name();
    w.report.source = source;
    if options.replace {
        w.report.deleted =
            w.tx.delete_source().await.map_err(|e| {
                ImportError::file(path, format!("cannot delete the old records: {e}"))
            })?;
    }
    let parsed = match format {
        Format::Auto => unreachable_auto(path),
        Format::Hsds3Json => hsds3_json::import(path, &mut w).await,
        Format::Hsds3Csv => hsds3_csv::import(path, &mut w).await,
        Format::Hsds1Datapackage => hsds1::import(path, &mut w).await,
        Format::OpenEligibility => open_eligibility::import(path, &mut w).await,
    };
    match parsed {
        Ok(()) => w.finish(path).await,
        Err(e) => {
            w.abandon().await;
            Err(e)
        }
    }
}

fn unreachable_auto(path: &Path) -> Result<(), ImportError> {
    Err(ImportError::file(path, "format detection failed"))
}

/// Writes parsed records into one transaction, remembering where each came from so that a
/// reference checked at the end can be reported against its file and row.
pub struct Writer {
    tx: Box<dyn WriteTx>,
    /// Where each record came from, as (index into `files`, row): a path per record would
    /// cost an allocation each on 100k-record imports.
    origins: HashMap<(Kind, Uuid), (u32, Option<u64>)>,
    files: Vec<PathBuf>,
    file_index: HashMap<PathBuf, usize>,
    progress: ProgressBar,
    report: ImportReport,
}

impl Writer {
    fn new(tx: Box<dyn WriteTx>, progress: bool) -> Self {
        let bar = if progress {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} {msg:>14} {human_pos} records ({per_sec}) {elapsed}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar
        } else {
            ProgressBar::hidden()
        };
        Self {
            tx,
            origins: HashMap::new(),
            files: Vec::new(),
            file_index: HashMap::new(),
            progress: bar,
            report: ImportReport::default(),
        }
    }

    /// Shows what is being read now (e.g. `services.csv`).
    pub fn stage(&self, what: &str) {
        self.progress.set_message(what.to_owned());
    }

    /// Records a note for the report (about data, never about people).
    pub fn warn(&mut self, message: impl Into<String>) {
        self.report.warnings.push(message.into());
    }

    fn db_error(origin: &Origin, e: puerta_store::StoreError) -> ImportError {
        ImportError::new(origin, None, format!("database error: {e}"))
    }

    fn note(&mut self, kind: Kind, id: Uuid, origin: &Origin) {
        // Records mostly arrive file by file: compare with the last file before hashing.
        let file = if self.files.last() == Some(&origin.file) {
            self.files.len() - 1
        } else if let Some(&i) = self.file_index.get(&origin.file) {
            i
        } else {
            self.files.push(origin.file.clone());
            self.file_index
                .insert(origin.file.clone(), self.files.len() - 1);
            self.files.len() - 1
        };
        let file = u32::try_from(file).unwrap_or(u32::MAX);
        self.origins.insert((kind, id), (file, origin.row));
        self.progress.inc(1);
    }

    pub async fn organization(
        &mut self,
        o: &Organization,
        origin: &Origin,
    ) -> Result<(), ImportError> {
        self.tx
            .put_organization(o)
            .await
            .map_err(|e| Self::db_error(origin, e))?;
        self.note(Kind::Organization, o.id, origin);
        self.report.organizations += 1;
        Ok(())
    }

    pub async fn location(&mut self, l: &Location, origin: &Origin) -> Result<(), ImportError> {
        self.tx
            .put_location(l)
            .await
            .map_err(|e| Self::db_error(origin, e))?;
        self.note(Kind::Location, l.id, origin);
        self.report.locations += 1;
        Ok(())
    }

    /// Writes a service after checking its cross-field rules.
    pub async fn service(&mut self, s: &Service, origin: &Origin) -> Result<(), ImportError> {
        s.check()
            .map_err(|e| ImportError::new(origin, Some(&e.field), e.error.to_string()))?;
        self.tx
            .put_service(s)
            .await
            .map_err(|e| Self::db_error(origin, e))?;
        self.note(Kind::Service, s.id, origin);
        self.report.services += 1;
        Ok(())
    }

    pub async fn service_at_location(
        &mut self,
        sal: &ServiceAtLocation,
        origin: &Origin,
    ) -> Result<(), ImportError> {
        self.tx
            .put_service_at_location(sal)
            .await
            .map_err(|e| Self::db_error(origin, e))?;
        self.note(Kind::ServiceAtLocation, sal.id, origin);
        self.report.service_at_locations += 1;
        Ok(())
    }

    pub async fn taxonomy(&mut self, t: &Taxonomy, origin: &Origin) -> Result<(), ImportError> {
        self.tx
            .put_taxonomy(t)
            .await
            .map_err(|e| Self::db_error(origin, e))?;
        self.note(Kind::Taxonomy, t.id, origin);
        self.report.taxonomies += 1;
        Ok(())
    }

    pub async fn taxonomy_term(
        &mut self,
        t: &TaxonomyTerm,
        origin: &Origin,
    ) -> Result<(), ImportError> {
        self.tx
            .put_taxonomy_term(t)
            .await
            .map_err(|e| Self::db_error(origin, e))?;
        self.note(Kind::TaxonomyTerm, t.id, origin);
        self.report.taxonomy_terms += 1;
        Ok(())
    }

    async fn finish(mut self, path: &Path) -> Result<ImportReport, ImportError> {
        self.stage("checking links");
        let dangling = match self.tx.dangling_references().await {
            Ok(d) => d,
            Err(e) => {
                self.abandon().await;
                return Err(ImportError::file(path, format!("database error: {e}")));
            }
        };
        if let Some(d) = dangling.first() {
            let origin = self
                .origins
                .get(&(d.from_kind, d.from_id))
                .and_then(|&(file, row)| {
                    let file = self.files.get(usize::try_from(file).ok()?)?;
                    Some(Origin::new(file.clone(), row))
                })
                .unwrap_or_else(|| Origin::new(path, None));
            let more = if dangling.len() > 1 {
                format!(" (and {} more broken references)", dangling.len() - 1)
            } else {
                String::new()
            };
            let err = ImportError::new(
                &origin,
                Some(d.field),
                format!(
                    "{} {} refers to {} {}, which is neither in this import nor in the database{more}",
                    d.from_kind.as_str(),
                    d.from_id,
                    d.to_kind.as_str(),
                    d.to_id
                ),
            );
            self.abandon().await;
            return Err(err);
        }
        self.stage("committing");
        let summary = self.tx.commit().await.map_err(|e| {
            ImportError::file(path, format!("database error while committing: {e}"))
        })?;
        self.progress.finish_and_clear();
        self.report.store = summary;
        Ok(self.report)
    }

    async fn abandon(self) {
        self.progress.finish_and_clear();
        // A failed rollback leaves nothing committed either: the transaction ends with the
        // connection, so the error is only worth a log line.
        if let Err(e) = self.tx.rollback().await {
            tracing::warn!("rollback after a failed import reported: {e}");
        }
    }
}
