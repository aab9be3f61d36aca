//! The HSDS 3.1 tabular form: one CSV table per object type, every child row pointing at its
//! parents through id columns. Shared by the CSV importer ([`crate::hsds3_csv`]) and the CSV
//! exporter, so both read and write exactly the same tables and columns.
//!
//! Tables and columns follow the official HSDS 3.1 `datapackage.json`, in its order, with two
//! corrections from the object schemas: its `service_capacity` and `unit` field lists are
//! broken (fixed upstream in 3.1.1). The `meta_table_description` table has no counterpart in
//! the domain model and is left out.

use std::collections::HashMap;
use std::io::Write;

use serde_json::{json, Map, Value};

/// A column's type in the datapackage (Frictionless table schema types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldType {
    Text,
    Number,
    Date,
    Time,
    DateTime,
}

use FieldType::{Date, DateTime, Number, Text, Time};

impl FieldType {
    fn frictionless(self) -> &'static str {
        match self {
            Text => "string",
            Number => "number",
            Date => "date",
            Time => "time",
            DateTime => "datetime",
        }
    }
}

/// One column of a table.
#[derive(Debug)]
pub(crate) struct Field {
    pub name: &'static str,
    pub ty: FieldType,
    /// `uuid`, `email` or `uri` for strings with a format.
    pub format: Option<&'static str>,
    /// The spec requires the column in the tabular form.
    pub required: bool,
}

const fn field(
    name: &'static str,
    ty: FieldType,
    format: Option<&'static str>,
    required: bool,
) -> Field {
    Field {
        name,
        ty,
        format,
        required,
    }
}

/// One CSV table: the resource name (the HSDS object name) and its file.
#[derive(Debug)]
pub(crate) struct Table {
    pub name: &'static str,
    pub path: &'static str,
    pub fields: &'static [Field],
    /// `(column, referenced table)`; the referenced column is always `id`.
    pub foreign_keys: &'static [(&'static str, &'static str)],
}

/// The table named `name` (an HSDS object name such as `service_at_location`).
pub(crate) fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

fn table_index(name: &str) -> Option<usize> {
    TABLES.iter().position(|t| t.name == name)
}

/// How a nested object is tied to the object that contains it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Via {
    /// The child's column holds the parent's id (`phone.service_id`).
    Child(&'static str),
    /// The parent's column holds the embedded child's id (`service.organization_id`).
    Parent(&'static str),
}

/// A field of an HSDS object that holds other objects (an array, or one embedded object).
#[derive(Debug)]
pub(crate) struct Nest {
    pub parent: &'static str,
    pub field: &'static str,
    pub child: &'static str,
    pub via: Via,
    /// Whether the importer nests the child into the parent. Relations between aggregates
    /// that the store keeps apart (an organization's locations, a service's organization)
    /// are only followed when exporting.
    pub nested_on_import: bool,
}

const fn nest(
    parent: &'static str,
    field: &'static str,
    child: &'static str,
    via: Via,
    nested_on_import: bool,
) -> Nest {
    Nest {
        parent,
        field,
        child,
        via,
        nested_on_import,
    }
}

/// Every nesting of the HSDS 3.1 objects except `attributes` and `metadata`, which any object
/// may carry (see [`ATTRIBUTE_OWNERS`] and [`METADATA_OWNERS`]). Order matters when
/// exporting: a service's `organization` comes before its `program`, whose organization is
/// the service's.
pub(crate) const NESTS: &[Nest] = &[
    nest(
        "organization",
        "additional_websites",
        "url",
        Via::Child("organization_id"),
        true,
    ),
    nest(
        "organization",
        "funding",
        "funding",
        Via::Child("organization_id"),
        true,
    ),
    nest(
        "organization",
        "contacts",
        "contact",
        Via::Child("organization_id"),
        true,
    ),
    nest(
        "organization",
        "phones",
        "phone",
        Via::Child("organization_id"),
        true,
    ),
    nest(
        "organization",
        "locations",
        "location",
        Via::Child("organization_id"),
        false,
    ),
    nest(
        "organization",
        "programs",
        "program",
        Via::Child("organization_id"),
        true,
    ),
    nest(
        "organization",
        "organization_identifiers",
        "organization_identifier",
        Via::Child("organization_id"),
        true,
    ),
    nest(
        "service",
        "additional_urls",
        "url",
        Via::Child("service_id"),
        true,
    ),
    nest("service", "phones", "phone", Via::Child("service_id"), true),
    nest(
        "service",
        "schedules",
        "schedule",
        Via::Child("service_id"),
        true,
    ),
    nest(
        "service",
        "service_areas",
        "service_area",
        Via::Child("service_id"),
        true,
    ),
    nest(
        "service",
        "service_at_locations",
        "service_at_location",
        Via::Child("service_id"),
        false,
    ),
    nest(
        "service",
        "languages",
        "language",
        Via::Child("service_id"),
        true,
    ),
    nest(
        "service",
        "organization",
        "organization",
        Via::Parent("organization_id"),
        false,
    ),
    nest(
        "service",
        "funding",
        "funding",
        Via::Child("service_id"),
        true,
    ),
    nest(
        "service",
        "cost_options",
        "cost_option",
        Via::Child("service_id"),
        true,
    ),
    nest(
        "service",
        "program",
        "program",
        Via::Parent("program_id"),
        false,
    ),
    nest(
        "service",
        "required_documents",
        "required_document",
        Via::Child("service_id"),
        true,
    ),
    nest(
        "service",
        "contacts",
        "contact",
        Via::Child("service_id"),
        true,
    ),
    nest(
        "service",
        "capacities",
        "service_capacity",
        Via::Child("service_id"),
        true,
    ),
    nest(
        "service_at_location",
        "service_areas",
        "service_area",
        Via::Child("service_at_location_id"),
        true,
    ),
    nest(
        "service_at_location",
        "contacts",
        "contact",
        Via::Child("service_at_location_id"),
        true,
    ),
    nest(
        "service_at_location",
        "phones",
        "phone",
        Via::Child("service_at_location_id"),
        true,
    ),
    nest(
        "service_at_location",
        "schedules",
        "schedule",
        Via::Child("service_at_location_id"),
        true,
    ),
    nest(
        "service_at_location",
        "location",
        "location",
        Via::Parent("location_id"),
        false,
    ),
    nest(
        "location",
        "languages",
        "language",
        Via::Child("location_id"),
        true,
    ),
    nest(
        "location",
        "addresses",
        "address",
        Via::Child("location_id"),
        true,
    ),
    nest(
        "location",
        "contacts",
        "contact",
        Via::Child("location_id"),
        true,
    ),
    nest(
        "location",
        "accessibility",
        "accessibility",
        Via::Child("location_id"),
        true,
    ),
    nest(
        "location",
        "phones",
        "phone",
        Via::Child("location_id"),
        true,
    ),
    nest(
        "location",
        "schedules",
        "schedule",
        Via::Child("location_id"),
        true,
    ),
    nest("contact", "phones", "phone", Via::Child("contact_id"), true),
    nest(
        "phone",
        "languages",
        "language",
        Via::Child("phone_id"),
        true,
    ),
    nest(
        "service_capacity",
        "unit",
        "unit",
        Via::Parent("unit_id"),
        true,
    ),
    nest(
        "attribute",
        "taxonomy_term",
        "taxonomy_term",
        Via::Parent("taxonomy_term_id"),
        false,
    ),
    nest(
        "taxonomy_term",
        "taxonomy_detail",
        "taxonomy",
        Via::Parent("taxonomy_id"),
        false,
    ),
];

/// Objects with `attributes` in the domain model; an attribute row names its owner with
/// `link_id` (the owner's id) and `link_entity` (the owner's table).
pub(crate) const ATTRIBUTE_OWNERS: &[&str] = &[
    "organization",
    "service",
    "service_at_location",
    "location",
    "contact",
    "phone",
    "language",
    "address",
    "accessibility",
    "schedule",
    "funding",
    "service_area",
    "required_document",
    "cost_option",
    "url",
    "unit",
    "service_capacity",
    "organization_identifier",
    "program",
];

/// Objects with `metadata`; a metadata row names its owner with `resource_id` and
/// `resource_type`.
pub(crate) const METADATA_OWNERS: &[&str] = &[
    "organization",
    "service",
    "service_at_location",
    "location",
    "contact",
    "phone",
    "language",
    "address",
    "accessibility",
    "schedule",
    "funding",
    "service_area",
    "required_document",
    "cost_option",
    "url",
    "unit",
    "service_capacity",
    "organization_identifier",
    "program",
    "attribute",
    "taxonomy",
    "taxonomy_term",
];

/// Reads one CSV cell as the JSON value the domain type expects. Blank cells are absent.
pub(crate) fn cell_value(field: &Field, raw: &str) -> Result<Option<Value>, String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match field.ty {
        Number => {
            if let Ok(i) = trimmed.parse::<i64>() {
                return Ok(Some(Value::from(i)));
            }
            trimmed
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(|n| Some(Value::Number(n)))
                .ok_or_else(|| format!("expected a number, found {raw:?}"))
        }
        // Free text keeps its spacing; codes, ids, dates and times do not.
        Text if field.format.is_none() => Ok(Some(Value::String(raw.to_owned()))),
        _ => Ok(Some(Value::String(trimmed.to_owned()))),
    }
}

/// Writes one JSON value as a CSV cell; absent and structured values are blank.
fn cell_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

/// Sets `obj[key]` unless it already holds a value.
fn set_default(obj: &mut Map<String, Value>, key: &str, value: Value) {
    match obj.get(key) {
        None | Some(Value::Null) => {
            obj.insert(key.to_owned(), value);
        }
        Some(_) => {}
    }
}

#[derive(Default)]
struct Rows {
    index: HashMap<String, usize>,
    rows: Vec<Vec<Option<String>>>,
}

/// Turns nested HSDS objects into table rows, one row per id.
///
/// The same object often appears in several places (a phone under its service, its location
/// and its contact): its copies become one row whose foreign-key columns name every parent,
/// as in the official tabular example. When copies disagree on a value the first one is kept
/// and the disagreement is counted.
pub(crate) struct Flattener {
    tables: Vec<Rows>,
    conflicts: u64,
    examples: Vec<String>,
}

impl Default for Flattener {
    fn default() -> Self {
        Self::new()
    }
}

impl Flattener {
    pub(crate) fn new() -> Self {
        Self {
            tables: TABLES.iter().map(|_| Rows::default()).collect(),
            conflicts: 0,
            examples: Vec::new(),
        }
    }

    /// Adds an object of table `table` (e.g. a full service) and everything nested in it.
    pub(crate) fn add(&mut self, table: &'static str, value: Value) {
        if let (Value::Object(obj), Some(t)) = (value, table_index(table)) {
            self.object(t, obj, None);
        }
    }

    fn object(
        &mut self,
        t: usize,
        mut obj: Map<String, Value>,
        owner: Option<(&'static str, &str)>,
    ) {
        let name = TABLES[t].name;
        let Some(id) = obj.get("id").and_then(Value::as_str).map(str::to_owned) else {
            return;
        };
        if let Some((owner_table, owner_id)) = owner {
            // Attributes and metadata belong to the object they are nested in.
            if name == "attribute" {
                obj.insert("link_id".into(), owner_id.into());
                set_default(&mut obj, "link_entity", owner_table.into());
            } else if name == "metadata" {
                obj.insert("resource_id".into(), owner_id.into());
                set_default(&mut obj, "resource_type", owner_table.into());
            }
        }
        for n in NESTS.iter().filter(|n| n.parent == name) {
            if let Via::Parent(column) = n.via {
                if let Some(child_id) = obj.get(n.field).and_then(|c| c.get("id")).cloned() {
                    set_default(&mut obj, column, child_id);
                }
            }
        }
        if name == "service" {
            // A service's program belongs to the service's organization.
            if let Some(org) = obj.get("organization_id").cloned() {
                if let Some(Value::Object(program)) = obj.get_mut("program") {
                    set_default(program, "organization_id", org);
                }
            }
        }
        self.row(t, &id, &obj);
        for n in NESTS.iter().filter(|n| n.parent == name) {
            let Some(children) = obj.remove(n.field) else {
                continue;
            };
            let Some(ct) = table_index(n.child) else {
                continue;
            };
            let items = match children {
                Value::Array(items) => items,
                one @ Value::Object(_) => vec![one],
                _ => continue,
            };
            for item in items {
                if let Value::Object(mut child) = item {
                    if let Via::Child(column) = n.via {
                        set_default(&mut child, column, id.as_str().into());
                    }
                    self.object(ct, child, Some((name, &id)));
                }
            }
        }
        for (key, child_table) in [("attributes", "attribute"), ("metadata", "metadata")] {
            let (Some(Value::Array(items)), Some(ct)) = (obj.remove(key), table_index(child_table))
            else {
                continue;
            };
            for item in items {
                if let Value::Object(child) = item {
                    self.object(ct, child, Some((name, &id)));
                }
            }
        }
    }

    fn row(&mut self, t: usize, id: &str, obj: &Map<String, Value>) {
        let table = &TABLES[t];
        let cells: Vec<Option<String>> = table
            .fields
            .iter()
            .map(|f| obj.get(f.name).and_then(cell_text))
            .collect();
        let rows = &mut self.tables[t];
        let Some(&at) = rows.index.get(id) else {
            rows.index.insert(id.to_owned(), rows.rows.len());
            rows.rows.push(cells);
            return;
        };
        let existing = &mut rows.rows[at];
        for (i, cell) in cells.into_iter().enumerate() {
            match (&existing[i], cell) {
                (None, Some(new)) => existing[i] = Some(new),
                (Some(old), Some(new)) if *old != new => {
                    self.conflicts += 1;
                    if self.examples.len() < 5 {
                        self.examples.push(format!(
                            "{} {id}: `{}` differs between copies",
                            table.name, table.fields[i].name
                        ));
                    }
                }
                _ => {}
            }
        }
    }

    /// Values that differed between copies of one record (the first copy was kept), with a
    /// few examples naming table, id and column (never the values).
    pub(crate) fn conflicts(&self) -> (u64, &[String]) {
        (self.conflicts, &self.examples)
    }

    /// Number of rows of each table so far, in [`TABLES`] order.
    pub(crate) fn counts(&self) -> impl Iterator<Item = (&'static Table, usize)> + '_ {
        TABLES
            .iter()
            .zip(&self.tables)
            .map(|(t, r)| (t, r.rows.len()))
    }

    /// Writes every table as CSV, rows ordered by id, one file per table (header only when
    /// empty). `open` creates the output for a file name.
    pub(crate) fn write<W: Write>(
        &self,
        mut open: impl FnMut(&'static Table) -> std::io::Result<W>,
    ) -> Result<(), csv::Error> {
        for (table, rows) in TABLES.iter().zip(&self.tables) {
            let mut out = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(open(table)?);
            out.write_record(table.fields.iter().map(|f| f.name))?;
            let mut order: Vec<(&String, usize)> =
                rows.index.iter().map(|(k, v)| (k, *v)).collect();
            order.sort_unstable();
            for (_, i) in order {
                out.write_record(rows.rows[i].iter().map(|c| c.as_deref().unwrap_or("")))?;
            }
            out.flush()?;
        }
        Ok(())
    }
}

/// The `datapackage.json` describing the tables written by [`Flattener::write`].
pub(crate) fn datapackage() -> Value {
    let resources: Vec<Value> = TABLES
        .iter()
        .map(|t| {
            let fields: Vec<Value> = t
                .fields
                .iter()
                .map(|f| {
                    let mut v = json!({
                        "name": f.name,
                        "type": f.ty.frictionless(),
                        "constraints": { "required": f.required, "unique": f.name == "id" },
                    });
                    if let (Some(format), Value::Object(o)) = (f.format, &mut v) {
                        o.insert("format".into(), format.into());
                    }
                    v
                })
                .collect();
            let foreign_keys: Vec<Value> = t
                .foreign_keys
                .iter()
                .map(|(column, resource)| {
                    json!({ "fields": column, "reference": { "resource": resource, "fields": "id" } })
                })
                .collect();
            json!({
                "name": t.name,
                "path": t.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": { "fields": fields, "primaryKey": "id", "foreignKeys": foreign_keys },
            })
        })
        .collect();
    json!({
        "name": "hsds",
        "title": "Human Services Data Specification 3.1 tabular export",
        "profile": "tabular-data-package",
        "homepage": "https://docs.openreferral.org/en/latest/",
        "resources": resources,
    })
}

pub(crate) const TABLES: [Table; 23] = [
    Table {
        name: "organization",
        path: "organizations.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("name", Text, None, true),
            field("alternate_name", Text, None, false),
            field("description", Text, None, true),
            field("email", Text, Some("email"), false),
            field("website", Text, Some("uri"), false),
            field("tax_status", Text, None, false),
            field("tax_id", Text, None, false),
            field("year_incorporated", Number, None, false),
            field("legal_status", Text, None, false),
            field("logo", Text, None, false),
            field("uri", Text, Some("uri"), false),
            field("parent_organization_id", Text, Some("uuid"), false),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "program",
        path: "programs.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("organization_id", Text, Some("uuid"), true),
            field("name", Text, None, true),
            field("alternate_name", Text, None, false),
            field("description", Text, None, true),
        ],
        foreign_keys: &[("organization_id", "organization")],
    },
    Table {
        name: "service",
        path: "services.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("organization_id", Text, Some("uuid"), true),
            field("program_id", Text, Some("uuid"), false),
            field("name", Text, None, true),
            field("alternate_name", Text, None, false),
            field("description", Text, None, false),
            field("url", Text, Some("uri"), false),
            field("email", Text, Some("email"), false),
            field("status", Text, None, true),
            field("interpretation_services", Text, None, false),
            field("application_process", Text, None, false),
            field("fees_description", Text, None, false),
            field("wait_time", Text, None, false),
            field("fees", Text, None, false),
            field("accreditations", Text, None, false),
            field("eligibility_description", Text, None, false),
            field("minimum_age", Number, None, false),
            field("maximum_age", Number, None, false),
            field("assured_date", Date, None, false),
            field("assurer_email", Text, Some("email"), false),
            field("licenses", Text, None, false),
            field("alert", Text, None, false),
            field("last_modified", DateTime, None, false),
        ],
        foreign_keys: &[
            ("organization_id", "organization"),
            ("program_id", "program"),
        ],
    },
    Table {
        name: "attribute",
        path: "attributes.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("link_id", Text, Some("uuid"), true),
            field("taxonomy_term_id", Text, Some("uuid"), true),
            field("link_type", Text, None, false),
            field("link_entity", Text, None, true),
            field("value", Text, None, false),
            field("label", Text, None, false),
        ],
        foreign_keys: &[("taxonomy_term_id", "taxonomy_term")],
    },
    Table {
        name: "service_at_location",
        path: "service_at_location.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("service_id", Text, Some("uuid"), true),
            field("location_id", Text, Some("uuid"), true),
            field("description", Text, None, false),
        ],
        foreign_keys: &[("service_id", "service"), ("location_id", "location")],
    },
    Table {
        name: "location",
        path: "locations.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("location_type", Text, None, true),
            field("url", Text, Some("uri"), false),
            field("organization_id", Text, Some("uuid"), false),
            field("name", Text, None, false),
            field("alternate_name", Text, None, false),
            field("description", Text, None, false),
            field("transportation", Text, None, false),
            field("latitude", Number, None, false),
            field("longitude", Number, None, false),
            field("external_identifier", Text, None, false),
            field("external_identifier_type", Text, None, false),
        ],
        foreign_keys: &[("organization_id", "organization")],
    },
    Table {
        name: "phone",
        path: "phones.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("location_id", Text, Some("uuid"), false),
            field("service_id", Text, Some("uuid"), false),
            field("organization_id", Text, Some("uuid"), false),
            field("contact_id", Text, Some("uuid"), false),
            field("service_at_location_id", Text, Some("uuid"), false),
            field("number", Text, None, true),
            field("extension", Number, None, false),
            field("type", Text, None, false),
            field("description", Text, None, false),
        ],
        foreign_keys: &[
            ("contact_id", "contact"),
            ("location_id", "location"),
            ("organization_id", "organization"),
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Table {
        name: "contact",
        path: "contacts.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("organization_id", Text, Some("uuid"), false),
            field("service_id", Text, Some("uuid"), false),
            field("service_at_location_id", Text, Some("uuid"), false),
            field("location_id", Text, Some("uuid"), false),
            field("name", Text, None, false),
            field("title", Text, None, false),
            field("department", Text, None, false),
            field("email", Text, Some("email"), false),
        ],
        foreign_keys: &[
            ("location_id", "location"),
            ("organization_id", "organization"),
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Table {
        name: "address",
        path: "addresses.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("location_id", Text, Some("uuid"), false),
            field("attention", Text, None, false),
            field("address_1", Text, None, true),
            field("address_2", Text, None, false),
            field("city", Text, None, true),
            field("region", Text, None, false),
            field("state_province", Text, None, true),
            field("postal_code", Text, None, true),
            field("country", Text, None, true),
            field("address_type", Text, None, true),
        ],
        foreign_keys: &[("location_id", "location")],
    },
    Table {
        name: "schedule",
        path: "schedules.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("service_id", Text, Some("uuid"), false),
            field("location_id", Text, Some("uuid"), false),
            field("service_at_location_id", Text, Some("uuid"), false),
            field("valid_from", Date, None, false),
            field("valid_to", Date, None, false),
            field("dtstart", Date, None, false),
            field("timezone", Number, None, false),
            field("until", Date, None, false),
            field("count", Number, None, false),
            field("wkst", Text, None, false),
            field("freq", Text, None, false),
            field("interval", Number, None, false),
            field("byday", Text, None, false),
            field("byweekno", Text, None, false),
            field("bymonthday", Text, None, false),
            field("byyearday", Text, None, false),
            field("description", Text, None, false),
            field("opens_at", Time, None, false),
            field("closes_at", Time, None, false),
            field("schedule_link", Text, Some("uri"), false),
            field("attending_type", Text, None, false),
            field("notes", Text, None, false),
        ],
        foreign_keys: &[
            ("location_id", "location"),
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Table {
        name: "funding",
        path: "funding.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("organization_id", Text, Some("uuid"), false),
            field("service_id", Text, Some("uuid"), false),
            field("source", Text, None, false),
        ],
        foreign_keys: &[
            ("organization_id", "organization"),
            ("service_id", "service"),
        ],
    },
    Table {
        name: "service_area",
        path: "service_areas.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("service_id", Text, Some("uuid"), false),
            field("service_at_location_id", Text, Some("uuid"), false),
            field("name", Text, None, false),
            field("description", Text, None, false),
            field("extent", Text, None, false),
            field("extent_type", Text, None, false),
            field("uri", Text, None, false),
        ],
        foreign_keys: &[
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Table {
        name: "required_document",
        path: "required_documents.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("service_id", Text, Some("uuid"), false),
            field("document", Text, None, false),
            field("uri", Text, Some("uri"), false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "language",
        path: "languages.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("service_id", Text, Some("uuid"), false),
            field("location_id", Text, Some("uuid"), false),
            field("phone_id", Text, Some("uuid"), false),
            field("name", Text, None, false),
            field("code", Text, None, false),
            field("note", Text, None, false),
        ],
        foreign_keys: &[
            ("location_id", "location"),
            ("phone_id", "phone"),
            ("service_id", "service"),
        ],
    },
    Table {
        name: "accessibility",
        path: "accessibility.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("location_id", Text, Some("uuid"), false),
            field("description", Text, None, false),
            field("details", Text, None, false),
            field("url", Text, Some("uri"), false),
        ],
        foreign_keys: &[("location_id", "location")],
    },
    Table {
        name: "taxonomy_term",
        path: "taxonomy_terms.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("code", Text, None, false),
            field("name", Text, None, true),
            field("description", Text, None, true),
            field("parent_id", Text, Some("uuid"), false),
            field("taxonomy", Text, None, false),
            field("language", Text, None, false),
            field("taxonomy_id", Text, Some("uuid"), false),
            field("term_uri", Text, Some("uri"), false),
        ],
        foreign_keys: &[("taxonomy_id", "taxonomy")],
    },
    Table {
        name: "metadata",
        path: "metadata.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("resource_id", Text, Some("uuid"), true),
            field("resource_type", Text, None, true),
            field("last_action_date", Date, None, true),
            field("last_action_type", Text, None, true),
            field("field_name", Text, None, true),
            field("previous_value", Text, None, true),
            field("replacement_value", Text, None, true),
            field("updated_by", Text, None, true),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "cost_option",
        path: "cost_options.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("service_id", Text, Some("uuid"), true),
            field("valid_from", Date, None, false),
            field("valid_to", Date, None, false),
            field("option", Text, None, false),
            field("currency", Text, None, false),
            field("amount", Number, None, false),
            field("amount_description", Text, None, false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "organization_identifier",
        path: "organization_identifiers.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("organization_id", Text, Some("uuid"), true),
            field("identifier_scheme", Text, None, false),
            field("identifier_type", Text, None, true),
            field("identifier", Text, None, true),
        ],
        foreign_keys: &[("organization_id", "organization")],
    },
    Table {
        name: "taxonomy",
        path: "taxonomies.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("name", Text, None, true),
            field("description", Text, None, true),
            field("uri", Text, Some("uri"), false),
            field("version", Text, None, false),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "service_capacity",
        path: "service_capacity.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("service_id", Text, Some("uuid"), true),
            field("unit_id", Text, Some("uuid"), true),
            field("available", Number, None, true),
            field("maximum", Number, None, false),
            field("description", Text, None, false),
            field("updated", DateTime, None, true),
        ],
        foreign_keys: &[("service_id", "service"), ("unit_id", "unit")],
    },
    Table {
        name: "unit",
        path: "units.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("name", Text, None, true),
            field("scheme", Text, None, false),
            field("identifier", Text, None, false),
            field("uri", Text, Some("uri"), false),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "url",
        path: "url.csv",
        fields: &[
            field("id", Text, Some("uuid"), true),
            field("label", Text, None, false),
            field("url", Text, Some("uri"), true),
            field("organization_id", Text, Some("uuid"), false),
            field("service_id", Text, Some("uuid"), false),
        ],
        foreign_keys: &[
            ("organization_id", "organization"),
            ("service_id", "service"),
        ],
    },
];
