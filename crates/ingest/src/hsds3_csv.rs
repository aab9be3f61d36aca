//! HSDS 3.x tabular datapackage importer.
//!
//! The path is a folder of HSDS 3.1 CSV tables (`organizations.csv`, `services.csv`,
//! `phones.csv`, …, see [`crate::export::tabular::TABLES`]), or its `datapackage.json`. When
//! the folder has a `datapackage.json`, its resources say which file holds which table;
//! otherwise the spec's file names are used (also inside a `data/` sub-folder). Missing
//! tables are empty; unknown columns are ignored.
//!
//! Every table is read whole, each row checked on its own (so an error names the CSV file,
//! the row — the header is row 1 — and the column), then children are nested into their
//! parents following their id columns: a phone row with a `service_id` and a `location_id`
//! becomes a phone of that service and of that location, attributes follow `link_id`,
//! metadata follows `resource_id`, a capacity embeds its `unit_id`'s unit. A child naming a
//! parent that is not in the package is an error; references between aggregates (a service's
//! `organization_id`) are checked by the store when the import ends.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use puerta_domain::{
    Accessibility, Address, Attribute, Contact, CostOption, Funding, Language, Location, Metadata,
    Organization, OrganizationIdentifier, Phone, Program, RequiredDocument, Schedule, Service,
    ServiceArea, ServiceAtLocation, ServiceCapacity, Taxonomy, TaxonomyTerm, Unit, Url,
};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::export::tabular::{
    cell_value, table, Table, Via, ATTRIBUTE_OWNERS, METADATA_OWNERS, NESTS, TABLES,
};
use crate::hsds3_json::Sink;
use crate::{ImportError, Origin, Writer};

/// Imports an HSDS 3.x CSV datapackage.
pub async fn import(path: &Path, w: &mut Writer) -> Result<(), ImportError> {
    run(path, w).await
}

pub(crate) async fn run<S: Sink>(path: &Path, sink: &mut S) -> Result<(), ImportError> {
    sink.stage("reading CSV tables");
    let root = path.to_path_buf();
    let (records, warnings) = tokio::task::spawn_blocking(move || read_package(&root))
        .await
        .map_err(|e| ImportError::file(path, format!("the CSV reader stopped: {e}")))??;
    for w in warnings {
        sink.warn(w);
    }
    sink.stage("writing");
    for (at, record) in &records {
        match record {
            Root::Taxonomy(t) => sink.taxonomy(t, at).await?,
            Root::TaxonomyTerm(t) => sink.taxonomy_term(t, at).await?,
            Root::Organization(o) => sink.organization(o, at).await?,
            Root::Location(l) => sink.location(l, at).await?,
            Root::Service(s) => sink.service(s, at).await?,
            Root::ServiceAtLocation(s) => sink.service_at_location(s, at).await?,
        }
    }
    Ok(())
}

/// An aggregate ready to be written.
enum Root {
    Taxonomy(Box<Taxonomy>),
    TaxonomyTerm(Box<TaxonomyTerm>),
    Organization(Box<Organization>),
    Location(Box<Location>),
    Service(Box<Service>),
    ServiceAtLocation(Box<ServiceAtLocation>),
}

/// One data row: its row number (header = 1), id, and cells (then nested children) as JSON.
struct Row {
    row: u64,
    id: Uuid,
    obj: Map<String, Value>,
}

impl Row {
    fn push(&mut self, field: &str, child: &Map<String, Value>) {
        let child = Value::Object(child.clone());
        match self
            .obj
            .entry(field.to_owned())
            .or_insert_with(|| Value::Array(Vec::new()))
        {
            Value::Array(items) => items.push(child),
            slot => *slot = Value::Array(vec![child]),
        }
    }
}

/// One table as read from its file.
struct Loaded {
    table: &'static Table,
    file: PathBuf,
    rows: Vec<Row>,
    index: HashMap<Uuid, usize>,
}

impl Loaded {
    fn origin(&self, row: u64) -> Origin {
        Origin::new(&self.file, Some(row))
    }
}

fn error(file: &Path, row: u64, field: Option<&str>, message: impl Into<String>) -> ImportError {
    ImportError::new(&Origin::new(file, Some(row)), field, message)
}

/// Finds the file of each table.
fn locate(path: &Path) -> Result<HashMap<&'static str, PathBuf>, ImportError> {
    let folder = if path.is_file() {
        path.parent().unwrap_or(Path::new(".")).to_path_buf()
    } else {
        path.to_path_buf()
    };
    if !folder.is_dir() {
        return Err(ImportError::file(path, "no such folder"));
    }
    let descriptor = if path.is_file() {
        path.to_path_buf()
    } else {
        folder.join("datapackage.json")
    };
    let mut files = HashMap::new();
    let base = if folder.join("data").join("services.csv").is_file()
        && !folder.join("services.csv").is_file()
    {
        folder.join("data")
    } else {
        folder.clone()
    };
    for t in TABLES.iter() {
        files.insert(t.name, base.join(t.path));
    }
    if descriptor.is_file() {
        let text = std::fs::read_to_string(&descriptor)
            .map_err(|e| ImportError::file(&descriptor, format!("cannot read: {e}")))?;
        let package: Value = serde_json::from_str(&text)
            .map_err(|e| ImportError::file(&descriptor, format!("invalid JSON: {e}")))?;
        let resources = package
            .get("resources")
            .and_then(Value::as_array)
            .ok_or_else(|| ImportError::file(&descriptor, "no `resources` list"))?;
        for (i, r) in resources.iter().enumerate() {
            let Some(t) = r.get("name").and_then(Value::as_str).and_then(table) else {
                continue;
            };
            match r.get("path") {
                Some(Value::String(p)) => {
                    files.insert(t.name, folder.join(p));
                }
                _ => {
                    return Err(ImportError {
                        file: descriptor.clone(),
                        row: None,
                        field: Some(format!("resources[{i}].path")),
                        message: "expected the relative path of one CSV file".into(),
                    })
                }
            }
        }
    }
    Ok(files)
}

/// Reads one table, checking its header and turning every cell into JSON.
fn read_table(table: &'static Table, file: &Path) -> Result<Loaded, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(file)
        .map_err(|e| ImportError::file(file, format!("cannot read: {e}")))?;
    let headers = reader
        .headers()
        .map_err(|e| error(file, 1, None, format!("cannot read the header: {e}")))?
        .clone();
    let columns: Vec<_> = headers
        .iter()
        .map(|h| {
            let name = h.trim_start_matches('\u{feff}').trim();
            table.fields.iter().find(|f| f.name == name)
        })
        .collect();
    for f in table.fields.iter().filter(|f| f.required) {
        if !columns.iter().flatten().any(|c| c.name == f.name) {
            return Err(error(
                file,
                1,
                Some(f.name),
                format!(
                    "the required column `{}` is missing from the header",
                    f.name
                ),
            ));
        }
    }
    let mut loaded = Loaded {
        table,
        file: file.to_path_buf(),
        rows: Vec::new(),
        index: HashMap::new(),
    };
    for (i, record) in reader.records().enumerate() {
        let row = i as u64 + 2;
        let record = record.map_err(|e| error(file, row, None, format!("cannot read: {e}")))?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() != headers.len() {
            return Err(error(
                file,
                row,
                None,
                format!(
                    "has {} cells but the header has {}",
                    record.len(),
                    headers.len()
                ),
            ));
        }
        let mut obj = Map::new();
        for (column, cell) in columns.iter().zip(record.iter()) {
            let Some(f) = column else { continue };
            if let Some(v) = cell_value(f, cell).map_err(|m| error(file, row, Some(f.name), m))? {
                obj.insert(f.name.to_owned(), v);
            }
        }
        let id = match obj.get("id").and_then(Value::as_str) {
            None => return Err(error(file, row, Some("id"), "is required but blank")),
            Some(raw) => raw.parse::<Uuid>().map_err(|_| {
                error(
                    file,
                    row,
                    Some("id"),
                    format!("expected a UUID, found {raw:?}"),
                )
            })?,
        };
        if let Some(&first) = loaded.index.get(&id) {
            return Err(error(
                file,
                row,
                Some("id"),
                format!("{id} is already used on row {}", loaded.rows[first].row),
            ));
        }
        loaded.index.insert(id, loaded.rows.len());
        loaded.rows.push(Row { row, id, obj });
    }
    Ok(loaded)
}

/// Checks that `value` reads as a `T`, naming the failing field.
fn check_as<T: DeserializeOwned>(
    value: &Map<String, Value>,
) -> Result<T, (Option<String>, String)> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let path = e.path().to_string();
        ((path != ".").then_some(path), e.into_inner().to_string())
    })
}

/// Checks one row of a child table as its HSDS object.
fn check_row(table: &str, value: &Map<String, Value>) -> Result<(), (Option<String>, String)> {
    match table {
        "metadata" => check_as::<Metadata>(value).map(drop),
        "attribute" => check_as::<Attribute>(value).map(drop),
        "language" => check_as::<Language>(value).map(drop),
        "phone" => check_as::<Phone>(value).map(drop),
        "contact" => check_as::<Contact>(value).map(drop),
        "address" => check_as::<Address>(value).map(drop),
        "accessibility" => check_as::<Accessibility>(value).map(drop),
        "schedule" => {
            let s = check_as::<Schedule>(value)?;
            s.check()
                .map_err(|e| (Some(e.field.clone()), e.error.to_string()))
        }
        "funding" => check_as::<Funding>(value).map(drop),
        "service_area" => check_as::<ServiceArea>(value).map(drop),
        "required_document" => check_as::<RequiredDocument>(value).map(drop),
        "cost_option" => check_as::<CostOption>(value).map(drop),
        "url" => check_as::<Url>(value).map(drop),
        "organization_identifier" => check_as::<OrganizationIdentifier>(value).map(drop),
        "unit" => check_as::<Unit>(value).map(drop),
        "service_capacity" => check_as::<ServiceCapacity>(value).map(drop),
        "program" => check_as::<Program>(value).map(drop),
        _ => Ok(()),
    }
}

/// Child tables in the order they are nested: every table comes after the tables nested in
/// it (metadata can belong to attributes, languages to phones, phones to contacts, …).
const CHILD_ORDER: &[&str] = &[
    "metadata",
    "attribute",
    "language",
    "phone",
    "contact",
    "address",
    "accessibility",
    "schedule",
    "funding",
    "service_area",
    "required_document",
    "cost_option",
    "url",
    "organization_identifier",
    "unit",
    "service_capacity",
    "program",
];

struct Package {
    tables: HashMap<&'static str, Loaded>,
    files: HashMap<&'static str, PathBuf>,
    warnings: Vec<String>,
}

impl Package {
    fn file_name(&self, table: &str) -> String {
        self.files
            .get(table)
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| table.to_owned())
    }

    /// Nests the rows of `child` into their parents and checks each row.
    fn nest_children(&mut self, child: &'static str) -> Result<(), ImportError> {
        let Some(mut loaded) = self.tables.remove(child) else {
            return Ok(());
        };
        if child == "service_capacity" {
            self.embed_units(&mut loaded)?;
        }
        for row in &loaded.rows {
            check_row(child, &row.obj).map_err(|(field, message)| {
                ImportError::new(&loaded.origin(row.row), field.as_deref(), message)
            })?;
        }
        match child {
            "metadata" => self.link(
                &loaded,
                "resource_id",
                "resource_type",
                METADATA_OWNERS,
                "metadata",
            )?,
            "attribute" => self.link(
                &loaded,
                "link_id",
                "link_entity",
                ATTRIBUTE_OWNERS,
                "attributes",
            )?,
            _ => self.nest_by_columns(&loaded)?,
        }
        self.tables.insert(child, loaded);
        Ok(())
    }

    fn parent_id(loaded: &Loaded, row: &Row, column: &str) -> Result<Option<Uuid>, ImportError> {
        match row.obj.get(column).and_then(Value::as_str) {
            None => Ok(None),
            Some(raw) => raw.parse::<Uuid>().map(Some).map_err(|_| {
                error(
                    &loaded.file,
                    row.row,
                    Some(column),
                    format!("expected a UUID, found {raw:?}"),
                )
            }),
        }
    }

    fn nest_by_columns(&mut self, loaded: &Loaded) -> Result<(), ImportError> {
        let nests: Vec<_> = NESTS
            .iter()
            .filter(|n| n.child == loaded.table.name && n.nested_on_import)
            .filter_map(|n| match n.via {
                Via::Child(column) => Some((n, column)),
                Via::Parent(_) => None,
            })
            .collect();
        if nests.is_empty() {
            return Ok(());
        }
        for row in &loaded.rows {
            let mut placed = false;
            for (n, column) in &nests {
                let Some(parent_id) = Self::parent_id(loaded, row, column)? else {
                    continue;
                };
                let parent_file = self.file_name(n.parent);
                let parent = self
                    .tables
                    .get_mut(n.parent)
                    .and_then(|p| p.index.get(&parent_id).copied().map(|i| &mut p.rows[i]));
                let Some(parent) = parent else {
                    return Err(error(
                        &loaded.file,
                        row.row,
                        Some(column),
                        format!(
                            "refers to {} {parent_id}, which is not in {parent_file}",
                            n.parent
                        ),
                    ));
                };
                parent.push(n.field, &row.obj);
                placed = true;
            }
            if !placed {
                self.warnings.push(format!(
                    "{}: row {}: skipped: the {} {} belongs to no {}",
                    loaded.file.display(),
                    row.row,
                    loaded.table.name,
                    row.id,
                    nests
                        .iter()
                        .map(|(n, _)| n.parent)
                        .collect::<Vec<_>>()
                        .join(" or "),
                ));
            }
        }
        Ok(())
    }

    /// Nests attribute or metadata rows into the record named by `id_column`, looking first
    /// in the table named by `kind_column`.
    fn link(
        &mut self,
        loaded: &Loaded,
        id_column: &str,
        kind_column: &str,
        owners: &[&'static str],
        field: &str,
    ) -> Result<(), ImportError> {
        for row in &loaded.rows {
            let Some(owner_id) = Self::parent_id(loaded, row, id_column)? else {
                return Err(error(
                    &loaded.file,
                    row.row,
                    Some(id_column),
                    "is required but blank",
                ));
            };
            let hint = row.obj.get(kind_column).and_then(Value::as_str);
            let order = hint
                .and_then(|h| owners.iter().find(|o| **o == h))
                .into_iter()
                .chain(owners.iter());
            let mut placed = false;
            for owner in order {
                if let Some(t) = self.tables.get_mut(owner) {
                    if let Some(&i) = t.index.get(&owner_id) {
                        t.rows[i].push(field, &row.obj);
                        placed = true;
                        break;
                    }
                }
            }
            if !placed {
                return Err(error(
                    &loaded.file,
                    row.row,
                    Some(id_column),
                    format!("refers to {owner_id}, which is in none of the tables this {} can belong to", loaded.table.name),
                ));
            }
        }
        Ok(())
    }

    fn embed_units(&mut self, capacities: &mut Loaded) -> Result<(), ImportError> {
        let units_file = self.file_name("unit");
        for row in &mut capacities.rows {
            let unit_id = match row.obj.get("unit_id").and_then(Value::as_str) {
                None => {
                    return Err(error(
                        &capacities.file,
                        row.row,
                        Some("unit_id"),
                        "is required but blank",
                    ))
                }
                Some(raw) => raw.parse::<Uuid>().map_err(|_| {
                    error(
                        &capacities.file,
                        row.row,
                        Some("unit_id"),
                        format!("expected a UUID, found {raw:?}"),
                    )
                })?,
            };
            let unit = self
                .tables
                .get("unit")
                .and_then(|u| u.index.get(&unit_id).map(|&i| u.rows[i].obj.clone()));
            let Some(unit) = unit else {
                return Err(error(
                    &capacities.file,
                    row.row,
                    Some("unit_id"),
                    format!("refers to unit {unit_id}, which is not in {units_file}"),
                ));
            };
            row.obj.insert("unit".into(), Value::Object(unit));
        }
        Ok(())
    }

    fn roots<T: DeserializeOwned>(
        &mut self,
        table: &str,
        wrap: impl Fn(T) -> Root,
        out: &mut Vec<(Origin, Root)>,
    ) -> Result<(), ImportError> {
        let Some(loaded) = self.tables.remove(table) else {
            return Ok(());
        };
        for row in loaded.rows {
            let at = Origin::new(&loaded.file, Some(row.row));
            let record: T = serde_path_to_error::deserialize(row.obj).map_err(|e| {
                let path = e.path().to_string();
                let field = (path != ".").then_some(path);
                ImportError::new(&at, field.as_deref(), e.into_inner().to_string())
            })?;
            out.push((at, wrap(record)));
        }
        Ok(())
    }
}

/// The aggregates of a package in writing order, with where each came from, and warnings.
type Read = (Vec<(Origin, Root)>, Vec<String>);

fn read_package(path: &Path) -> Result<Read, ImportError> {
    let files = locate(path)?;
    let mut package = Package {
        tables: HashMap::new(),
        files: files.clone(),
        warnings: Vec::new(),
    };
    for t in TABLES.iter() {
        if let Some(file) = files.get(t.name).filter(|f| f.is_file()) {
            package.tables.insert(t.name, read_table(t, file)?);
        }
    }
    if package.tables.is_empty() {
        return Err(ImportError::file(
            path,
            "no HSDS 3 tables here (expected services.csv, organizations.csv, …)",
        ));
    }
    for child in CHILD_ORDER {
        package.nest_children(child)?;
    }
    let mut out = Vec::new();
    package.roots("taxonomy", |t| Root::Taxonomy(Box::new(t)), &mut out)?;
    package.roots(
        "taxonomy_term",
        |t| Root::TaxonomyTerm(Box::new(t)),
        &mut out,
    )?;
    package.roots(
        "organization",
        |o| Root::Organization(Box::new(o)),
        &mut out,
    )?;
    package.roots("location", |l| Root::Location(Box::new(l)), &mut out)?;
    package.roots("service", |s| Root::Service(Box::new(s)), &mut out)?;
    package.roots(
        "service_at_location",
        |s| Root::ServiceAtLocation(Box::new(s)),
        &mut out,
    )?;
    Ok((out, package.warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hsds3_json::tests::Collected;

    fn official() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/hsds/spec-3.1/examples/csv")
    }

    fn fixed() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds3/csv-official-fixed")
    }

    async fn import_dir(dir: &Path) -> Result<Collected, ImportError> {
        let mut c = Collected::default();
        run(dir, &mut c).await.map(|()| c)
    }

    /// A copy of the fixed official example with `edit` applied to one file.
    fn edited(file: &str, edit: impl Fn(String) -> String) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for e in std::fs::read_dir(fixed()).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_owned();
            let mut text = std::fs::read_to_string(&p).unwrap();
            if name == file {
                text = edit(text);
            }
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
    }

    #[tokio::test]
    async fn the_fixed_official_example_builds_full_aggregates() {
        let c = import_dir(&fixed()).await.unwrap();
        assert_eq!(c.services.len(), 1);
        assert_eq!(c.organizations.len(), 1);
        assert_eq!(c.locations.len(), 1);
        assert_eq!(c.service_at_locations.len(), 1);
        assert_eq!(c.taxonomies.len(), 1);
        assert_eq!(c.taxonomy_terms.len(), 1);
        let (s, at) = &c.services[0];
        assert_eq!(at.row, Some(2));
        assert!(at.file.ends_with("services.csv"));
        // The phone row names its service, location, organization, contact and
        // service-at-location: it is nested under all of them.
        assert_eq!(s.phones.len(), 1);
        assert_eq!(s.phones[0].languages.len(), 1);
        assert_eq!(s.contacts.len(), 1);
        assert_eq!(s.contacts[0].phones.len(), 1);
        assert_eq!(s.schedules.len(), 1);
        assert_eq!(s.schedules[0].byday.as_deref(), Some("TH,FR"));
        assert_eq!(s.languages.len(), 1);
        assert_eq!(s.funding.len(), 1);
        assert_eq!(s.cost_options.len(), 1);
        assert_eq!(s.required_documents.len(), 1);
        assert_eq!(s.service_areas.len(), 1);
        assert_eq!(s.capacities.len(), 1);
        assert_eq!(s.capacities[0].unit.name.as_str(), "Kilogram");
        assert_eq!(s.attributes.len(), 1);
        let org = &c.organizations[0].0;
        assert_eq!(org.programs.len(), 1);
        assert_eq!(org.organization_identifiers.len(), 1);
        assert_eq!(org.phones.len(), 1);
        assert_eq!(org.contacts.len(), 1);
        let loc = &c.locations[0].0;
        assert_eq!(loc.addresses.len(), 1);
        assert_eq!(loc.accessibility.len(), 1);
        assert_eq!(loc.metadata.len(), 1);
        let sal = &c.service_at_locations[0].0;
        assert_eq!(
            (
                sal.phones.len(),
                sal.schedules.len(),
                sal.service_areas.len()
            ),
            (1, 1, 1)
        );
        // url.csv of the example has no parent columns: its row is skipped with a warning.
        assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
        assert!(c.warnings[0].contains("url.csv: row 2"), "{:?}", c.warnings);
    }

    #[tokio::test]
    async fn the_unfixed_official_example_reports_its_first_broken_reference() {
        let e = import_dir(&official()).await.unwrap_err();
        assert!(e.file.ends_with("metadata.csv"), "{e}");
        assert_eq!(
            (e.row, e.field.as_deref()),
            (Some(2), Some("resource_id")),
            "{e}"
        );
    }

    #[tokio::test]
    async fn a_missing_required_column_names_file_and_column() {
        let dir = edited("services.csv", |t| t.replacen(",status,", ",state,", 1));
        let e = import_dir(dir.path()).await.unwrap_err();
        assert!(e.file.ends_with("services.csv"), "{e}");
        assert_eq!(
            (e.row, e.field.as_deref()),
            (Some(1), Some("status")),
            "{e}"
        );
    }

    #[tokio::test]
    async fn a_bad_value_names_file_row_and_field() {
        let dir = edited("locations.csv", |t| t.replace(",51.5,", ",151.5,"));
        let e = import_dir(dir.path()).await.unwrap_err();
        assert!(e.file.ends_with("locations.csv"), "{e}");
        assert_eq!(
            (e.row, e.field.as_deref()),
            (Some(2), Some("latitude")),
            "{e}"
        );

        let dir = edited("phones.csv", |t| {
            t.replace(",100,voice,", ",one hundred,voice,")
        });
        let e = import_dir(dir.path()).await.unwrap_err();
        assert!(e.file.ends_with("phones.csv"), "{e}");
        assert_eq!(
            (e.row, e.field.as_deref()),
            (Some(2), Some("extension")),
            "{e}"
        );

        let dir = edited("schedules.csv", |t| t.replace("\"TH,FR\"", "\"TH,XX\""));
        let e = import_dir(dir.path()).await.unwrap_err();
        assert!(e.file.ends_with("schedules.csv"), "{e}");
        assert_eq!((e.row, e.field.as_deref()), (Some(2), Some("byday")), "{e}");
    }

    #[tokio::test]
    async fn a_child_pointing_at_a_missing_parent_is_an_error() {
        let dir = edited("contacts.csv", |t| {
            t.replace(
                "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
                "ae67a707-5893-4225-b0b1-320ab9cb596b",
            )
        });
        let e = import_dir(dir.path()).await.unwrap_err();
        assert!(e.file.ends_with("contacts.csv"), "{e}");
        assert_eq!(
            (e.row, e.field.as_deref()),
            (Some(2), Some("organization_id")),
            "{e}"
        );
        assert!(e.message.contains("not in organizations.csv"), "{e}");
    }

    #[tokio::test]
    async fn extra_columns_are_ignored_and_the_datapackage_names_the_files() {
        let dir = edited("services.csv", |t| {
            let mut lines = t.lines().map(str::to_owned).collect::<Vec<_>>();
            lines[0].push_str(",our_extra");
            lines[1].push_str(",whatever");
            lines.join("\n")
        });
        std::fs::rename(dir.path().join("services.csv"), dir.path().join("svc.csv")).unwrap();
        std::fs::write(
            dir.path().join("datapackage.json"),
            r#"{"resources": [{"name": "service", "path": "svc.csv"}]}"#,
        )
        .unwrap();
        let c = import_dir(dir.path()).await.unwrap();
        assert_eq!(c.services.len(), 1);
        assert!(c.services[0].1.file.ends_with("svc.csv"));
    }
}
