//! HSDS 1.x tabular datapackage importer, for the exports 2-1-1s made with Open Referral's
//! `hsds_transformer` (e.g. Open211 Miami, 2019).
//!
//! The path is the package folder (with `datapackage.json` and `data/`), its `data/` folder,
//! or its `datapackage.json`. Every table is read whole (off the async runtime), child tables
//! are indexed by their parent's legacy id, and then organizations, locations, services and
//! services-at-location are written in that order.
//!
//! # Mapping
//!
//! * **Ids.** Every legacy integer id becomes `stable_id(<source>, <kind>, <id>)` where
//!   `<source>` is the package folder's name (`miami-open211-2019`, whether the package or
//!   its `data/` folder is given), so importing the same package again writes the same ids.
//!   Child rows without ids (the Miami schedules) get ids derived from their parent and
//!   position. The legacy ids are kept: organizations get an `organization_identifier`
//!   (scheme = the source, type `HSDS 1.x organization id`), locations an
//!   `external_identifier`, services an attribute (`link_type` `legacy_id`), since HSDS 3.1
//!   services have no identifier field.
//! * **Organizations of services.** A service's `organization_id` must name an organization.
//!   2-1-1 exports also point services at their *site* record, which the export wrote as a
//!   service (Miami: 447 services); such a service is linked to that service's
//!   organization, the site's id is kept as an attribute (`legacy_parent_id`) and a note is
//!   written. An id that is neither is an error.
//! * **Organizations of locations.** The Miami export fills `locations.organization_id`
//!   with the location's own id; when it names no organization, the organization of the
//!   services at the location (via `services_at_location.csv`) is used.
//! * **Taxonomy.** `services_taxonomy.csv` codes become service attributes
//!   (`link_type` `taxonomy_code`, `label` e.g. `AIRS/211 taxonomy code`, `value` the code).
//!   When the package includes `taxonomy.csv` its terms are imported and the attributes
//!   link to them; otherwise (Miami: the AIRS taxonomy is proprietary and was left out) no
//!   AIRS terms are invented.
//! * **Attribute types.** HSDS 3.1 tables require every attribute to name a taxonomy term,
//!   so the kinds of attribute above (record id, parent record id, source marker, AIRS
//!   code, other code) are the terms of a small per-package taxonomy, `<source> import
//!   attributes` (ids `stable_id(<source>, "taxonomy_term", "puerta:<kind>")`), written only
//!   when used. The term says what the attribute is; its `value` carries the data.
//! * **Eligibility.** `eligibility.csv` rows with a `service_id` become the service's
//!   `eligibility_description`; rows without one cannot be linked and are reported.
//! * **Contacts** are not imported: the Miami rows name individual staff members
//!   (personal data we do not store) and their phone numbers are truncated.
//! * **Cleaning.** See [`clean`]: names in capitals are re-cased, literal `\n` becomes a
//!   new line, `###MON###` markers are removed (and kept as service attributes,
//!   `link_type` `source_marker`), URLs without a scheme get `http://`, states and countries
//!   become codes (blank country = `US`), phone numbers are normalised, free-text
//!   languages become ISO 639 codes (text naming no language goes to the service's
//!   `interpretation_services`), opening hours become weekly schedules.
//!
//! Data-quality problems (a blank street, an unusable URL, an unreadable time) skip the
//! value and add a note to the report; corrupt input (a missing required column,
//! unparseable CSV, a link to a record that does not exist) stops the import with an
//! error naming the file, row and field.

pub(crate) mod clean;
pub(crate) mod table;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use puerta_domain::ids::stable_id;
use puerta_domain::language;
use puerta_domain::{
    Accessibility, Address, Attribute, ClockTime, Email, Frequency, Language, Latitude, Location,
    Longitude, Name, Organization, OrganizationIdentifier, Phone, PlaceKind, Schedule, Service,
    ServiceAtLocation, ServiceStatus, Taxonomy, TaxonomyTerm, Text, WebUrl, Weekday,
};
use uuid::Uuid;

use crate::{ImportError, Origin, Writer};
use table::{Row, Table};

pub use clean::title_case;

/// Imports the HSDS 1.x datapackage at `path`.
pub async fn import(path: &Path, w: &mut Writer) -> Result<(), ImportError> {
    let package = Package::locate(path)?;
    w.stage("reading CSV tables");
    let parsed = {
        let package = package.clone();
        tokio::task::spawn_blocking(move || read_package(&package))
            .await
            .map_err(|e| ImportError::file(path, format!("the CSV reader stopped: {e}")))??
    };
    for note in parsed.notes {
        w.warn(note);
    }
    if !parsed.taxonomies.is_empty() {
        w.stage("taxonomy.csv");
        for (t, at) in &parsed.taxonomies {
            w.taxonomy(t, at).await?;
        }
        for (t, at) in &parsed.terms {
            w.taxonomy_term(t, at).await?;
        }
    }
    w.stage("organizations.csv");
    for (o, at) in &parsed.organizations {
        w.organization(o, at).await?;
    }
    w.stage("locations.csv");
    for (l, at) in &parsed.locations {
        w.location(l, at).await?;
    }
    w.stage("services.csv");
    for (s, at) in &parsed.services {
        w.service(s, at).await?;
    }
    w.stage("services_at_location.csv");
    for (s, at) in &parsed.service_at_locations {
        w.service_at_location(s, at).await?;
    }
    Ok(())
}

/// The source key that the ids of the package at `path` are derived from: the package
/// folder's name (the parent of `data/`).
pub fn source_key(path: &Path) -> Result<String, ImportError> {
    Package::locate(path).map(|p| p.source)
}

/// Where the tables are and which source key the ids use.
#[derive(Debug, Clone)]
struct Package {
    data: PathBuf,
    source: String,
}

impl Package {
    fn locate(path: &Path) -> Result<Self, ImportError> {
        let dir = if path.is_file() {
            if path.file_name().is_some_and(|n| n == "datapackage.json") {
                path.parent().unwrap_or(Path::new(".")).to_path_buf()
            } else {
                return Err(ImportError::file(
                    path,
                    "expected an HSDS 1.x package folder, its data/ folder or its datapackage.json",
                ));
            }
        } else if path.is_dir() {
            path.to_path_buf()
        } else {
            return Err(ImportError::file(path, "no such file or folder"));
        };
        let has_tables =
            |d: &Path| d.join("services.csv").is_file() || d.join("organizations.csv").is_file();
        let (root, data) = if has_tables(&dir.join("data")) {
            (dir.clone(), dir.join("data"))
        } else if has_tables(&dir) {
            let root = if dir.file_name().is_some_and(|n| n == "data") {
                dir.parent().map_or_else(|| dir.clone(), Path::to_path_buf)
            } else {
                dir.clone()
            };
            (root, dir)
        } else {
            return Err(ImportError::file(
                path,
                "no organizations.csv or services.csv here or in data/: not an HSDS 1.x datapackage",
            ));
        };
        let named = std::fs::canonicalize(&root).unwrap_or(root);
        let source = named
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "hsds1".to_owned());
        Ok(Self { data, source })
    }
}

/// Everything read from a package, ready to write.
#[derive(Default)]
struct Parsed {
    notes: Vec<String>,
    taxonomies: Vec<(Taxonomy, Origin)>,
    terms: Vec<(TaxonomyTerm, Origin)>,
    organizations: Vec<(Organization, Origin)>,
    locations: Vec<(Location, Origin)>,
    services: Vec<(Service, Origin)>,
    service_at_locations: Vec<(ServiceAtLocation, Origin)>,
}

/// Notes about cleaned or skipped data, counted by kind with a few examples each.
#[derive(Default)]
struct Notes {
    order: Vec<String>,
    entries: HashMap<String, (u64, Vec<String>)>,
    plain: Vec<String>,
}

impl Notes {
    const EXAMPLES: usize = 3;

    fn add(&mut self, what: impl Into<String>, example: impl FnOnce() -> String) {
        let what = what.into();
        if !self.entries.contains_key(&what) {
            self.order.push(what.clone());
        }
        let entry = self.entries.entry(what).or_default();
        entry.0 += 1;
        if entry.1.len() < Self::EXAMPLES {
            // One line per note: new lines inside quoted data are shown as spaces.
            entry.1.push(example().replace(['\n', '\r'], " "));
        }
    }

    fn say(&mut self, message: impl Into<String>) {
        self.plain.push(message.into());
    }

    fn into_messages(mut self) -> Vec<String> {
        let mut out = std::mem::take(&mut self.plain);
        for what in &self.order {
            if let Some((count, examples)) = self.entries.get(what) {
                let mut line = format!("{what}: {count}");
                if !examples.is_empty() {
                    line.push_str(&format!(" (e.g. {})", examples.join("; ")));
                }
                out.push(line);
            }
        }
        out
    }
}

struct Ctx {
    source: String,
    notes: Notes,
    /// Attribute types used so far (their terms are written with the import).
    attribute_types: Vec<AttributeType>,
}

impl Ctx {
    fn new(source: &str) -> Self {
        Self {
            source: source.to_owned(),
            notes: Notes::default(),
            attribute_types: Vec::new(),
        }
    }

    fn id(&self, kind: &str, legacy: &str) -> Uuid {
        stable_id(&self.source, kind, legacy)
    }

    /// The term typing attributes of kind `t`, remembering that it is needed.
    fn attribute_term(&mut self, t: AttributeType) -> Uuid {
        if !self.attribute_types.contains(&t) {
            self.attribute_types.push(t);
        }
        self.id("taxonomy_term", &format!("puerta:{}", t.term_code()))
    }
}

/// The kinds of service attributes this importer keeps. HSDS 3.1 tables require every
/// attribute to name a taxonomy term, so each kind is a term of a small per-package
/// taxonomy of attribute types (written only when used). The AIRS codes themselves stay
/// attribute values: no AIRS terms are made up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AttributeType {
    LegacyId,
    LegacyParentId,
    SourceMarker,
    AirsCode,
    TaxonomyCode,
}

impl AttributeType {
    const ALL: [AttributeType; 5] = [
        AttributeType::LegacyId,
        AttributeType::LegacyParentId,
        AttributeType::SourceMarker,
        AttributeType::AirsCode,
        AttributeType::TaxonomyCode,
    ];

    /// Also the attribute's `link_type`.
    fn code(self) -> &'static str {
        match self {
            AttributeType::LegacyId => "legacy_id",
            AttributeType::LegacyParentId => "legacy_parent_id",
            AttributeType::SourceMarker => "source_marker",
            AttributeType::AirsCode | AttributeType::TaxonomyCode => "taxonomy_code",
        }
    }

    fn term_code(self) -> &'static str {
        match self {
            AttributeType::AirsCode => "airs_code",
            other => other.code(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            AttributeType::LegacyId => "Record id in the source",
            AttributeType::LegacyParentId => "Parent record id in the source",
            AttributeType::SourceMarker => "Marker in the source text",
            AttributeType::AirsCode => "AIRS/211 taxonomy code",
            AttributeType::TaxonomyCode => "Classification code (taxonomy not included)",
        }
    }

    fn description(self) -> &'static str {
        match self {
            AttributeType::LegacyId => "The attribute's value is the record's id in the directory it was imported from.",
            AttributeType::LegacyParentId => "The attribute's value is the id of the record the source named as the service's organization: a 2-1-1 site record that the export wrote as a service.",
            AttributeType::SourceMarker => "The attribute's value is a marker such as ###MON### that the source put in the service's text; it was removed from the text and kept here.",
            AttributeType::AirsCode => "The attribute's value is a code of the AIRS / 211 LA County taxonomy. That taxonomy is licensed and was not included in the source, so only the code is kept.",
            AttributeType::TaxonomyCode => "The attribute's value is a classification code from the source whose taxonomy was not included in it.",
        }
    }
}

/// The record a child row belongs to, by legacy id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Owner {
    Organization(String),
    Service(String),
    Location(String),
    ServiceAtLocation(String),
}

impl Owner {
    fn key(&self) -> String {
        match self {
            Owner::Organization(id) => format!("organization:{id}"),
            Owner::Service(id) => format!("service:{id}"),
            Owner::Location(id) => format!("location:{id}"),
            Owner::ServiceAtLocation(id) => format!("service_at_location:{id}"),
        }
    }
}

/// One row of `regular_schedules.csv`, before rows with the same hours are merged.
struct ScheduleRow {
    day: Weekday,
    opens: Option<ClockTime>,
    closes: Option<ClockTime>,
    text: Option<String>,
}

/// Child records of one owner.
#[derive(Default)]
struct Children {
    phones: Vec<Phone>,
    schedule_rows: Vec<ScheduleRow>,
    language_texts: Vec<(String, String)>,
    eligibility: Vec<String>,
    addresses: Vec<Address>,
    accessibility: Vec<Accessibility>,
    taxonomy: Vec<Attribute>,
}

/// Legacy ids of the main tables, each with its row.
struct Ids<'a> {
    organizations: HashMap<&'a str, Row<'a>>,
    services: HashMap<&'a str, Row<'a>>,
    locations: HashMap<&'a str, Row<'a>>,
    service_at_locations: HashSet<&'a str>,
}

#[derive(Clone, Copy)]
enum Parent {
    Organization,
    Service,
    Location,
    ServiceAtLocation,
}

impl Parent {
    fn noun(self) -> &'static str {
        match self {
            Parent::Organization => "organization",
            Parent::Service => "service",
            Parent::Location => "location",
            Parent::ServiceAtLocation => "service_at_location",
        }
    }

    fn file(self) -> &'static str {
        match self {
            Parent::Organization => "organizations.csv",
            Parent::Service => "services.csv",
            Parent::Location => "locations.csv",
            Parent::ServiceAtLocation => "services_at_location.csv",
        }
    }

    fn owner(self, id: &str) -> Owner {
        match self {
            Parent::Organization => Owner::Organization(id.to_owned()),
            Parent::Service => Owner::Service(id.to_owned()),
            Parent::Location => Owner::Location(id.to_owned()),
            Parent::ServiceAtLocation => Owner::ServiceAtLocation(id.to_owned()),
        }
    }
}

impl Ids<'_> {
    fn contains(&self, parent: Parent, id: &str) -> bool {
        match parent {
            Parent::Organization => self.organizations.contains_key(id),
            Parent::Service => self.services.contains_key(id),
            Parent::Location => self.locations.contains_key(id),
            Parent::ServiceAtLocation => self.service_at_locations.contains(id),
        }
    }

    /// The owner of a child row: the first non-blank parent column in `order`. Every
    /// non-blank parent column must name an existing record.
    fn owner(&self, row: &Row, order: &[(&str, Parent)]) -> Result<Option<Owner>, ImportError> {
        let mut owner = None;
        for (column, parent) in order {
            let id = row.get(column);
            if id.is_empty() {
                continue;
            }
            if !self.contains(*parent, id) {
                return Err(row.error(
                    column,
                    format!("{} {id} does not exist in {}", parent.noun(), parent.file()),
                ));
            }
            if owner.is_none() {
                owner = Some(parent.owner(id));
            }
        }
        Ok(owner)
    }
}

/// Reads the main table's ids: each must be present and unique.
fn index_ids(table: &Table) -> Result<HashMap<&str, Row<'_>>, ImportError> {
    let mut ids: HashMap<&str, Row<'_>> = HashMap::with_capacity(table.len());
    for row in table.rows() {
        let id = row.get("id");
        if id.is_empty() {
            return Err(row.error("id", "is required but blank"));
        }
        if let Some(first) = ids.insert(id, row) {
            return Err(row.error(
                "id",
                format!("id {id} appears twice (also row {})", first.row),
            ));
        }
    }
    Ok(ids)
}

fn required_table(data: &Path, name: &str) -> Result<Table, ImportError> {
    let path = data.join(name);
    if !path.is_file() {
        return Err(ImportError::file(
            path,
            "required table is missing from the package",
        ));
    }
    Table::read(&path)
}

fn optional_table(data: &Path, name: &str) -> Result<Option<Table>, ImportError> {
    let path = data.join(name);
    if path.is_file() {
        Table::read(&path).map(Some)
    } else {
        Ok(None)
    }
}

/// Tables this importer reads (others are reported as not imported).
const KNOWN_FILES: &[&str] = &[
    "organizations.csv",
    "services.csv",
    "locations.csv",
    "services_at_location.csv",
    "physical_addresses.csv",
    "postal_addresses.csv",
    "phones.csv",
    "regular_schedules.csv",
    "languages.csv",
    "eligibility.csv",
    "accessibility_for_disabilities.csv",
    "services_taxonomy.csv",
    "taxonomy.csv",
    "contacts.csv",
];

fn read_package(package: &Package) -> Result<Parsed, ImportError> {
    let data = &package.data;
    let mut ctx = Ctx::new(&package.source);

    let organizations = required_table(data, "organizations.csv")?;
    organizations.require(&["id", "name"])?;
    let services = required_table(data, "services.csv")?;
    services.require(&["id", "organization_id", "name"])?;
    let locations = optional_table(data, "locations.csv")?;
    if let Some(t) = &locations {
        t.require(&["id"])?;
    }
    let sals = optional_table(data, "services_at_location.csv")?;
    if let Some(t) = &sals {
        t.require(&["service_id", "location_id"])?;
    }

    let mut sal_ids = HashSet::new();
    if let Some(t) = &sals {
        for row in t.rows() {
            let id = row.get("id");
            if !id.is_empty() && !sal_ids.insert(id) {
                return Err(row.error("id", format!("id {id} appears twice")));
            }
        }
    }
    let ids = Ids {
        organizations: index_ids(&organizations)?,
        services: index_ids(&services)?,
        locations: locations
            .as_ref()
            .map(index_ids)
            .transpose()?
            .unwrap_or_default(),
        service_at_locations: sal_ids,
    };

    let mut children: HashMap<Owner, Children> = HashMap::new();
    let mut parsed = Parsed::default();
    let terms = read_taxonomy(data, &mut ctx, &mut parsed)?;
    read_phones(data, &ids, &mut ctx, &mut children)?;
    read_schedules(data, &ids, &mut ctx, &mut children)?;
    read_languages(data, &ids, &mut ctx, &mut children)?;
    read_eligibility(data, &ids, &mut ctx, &mut children)?;
    read_accessibility(data, &ids, &mut ctx, &mut children)?;
    for (file, kind) in [
        ("physical_addresses.csv", PlaceKind::Physical),
        ("postal_addresses.csv", PlaceKind::Postal),
    ] {
        read_addresses(data, file, kind, &ids, &mut ctx, &mut children)?;
    }
    read_service_taxonomy(data, &ids, &terms, &mut ctx, &mut children)?;
    note_unread_files(data, &mut ctx);

    let service_orgs = resolve_service_organizations(&services, &ids, &mut ctx)?;
    build_organizations(&organizations, &mut ctx, &mut children, &mut parsed)?;
    if let Some(t) = &locations {
        build_locations(
            t,
            sals.as_ref(),
            &ids,
            &service_orgs,
            &mut ctx,
            &mut children,
            &mut parsed,
        )?;
    }
    build_services(
        &services,
        &service_orgs,
        &mut ctx,
        &mut children,
        &mut parsed,
    )?;
    if let Some(t) = &sals {
        build_service_at_locations(t, &ids, &mut ctx, &mut children, &mut parsed)?;
    }
    attribute_taxonomy(
        &ctx,
        &Origin::new(data.join("services.csv"), None),
        &mut parsed,
    )?;
    parsed.notes = ctx.notes.into_messages();
    Ok(parsed)
}

// ---------------------------------------------------------------------------------------
// Child tables
// ---------------------------------------------------------------------------------------

fn read_phones(
    data: &Path,
    ids: &Ids,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
) -> Result<(), ImportError> {
    let Some(t) = optional_table(data, "phones.csv")? else {
        return Ok(());
    };
    t.require(&["number"])?;
    t.require_any(&[
        "service_id",
        "location_id",
        "organization_id",
        "service_at_location_id",
    ])?;
    for row in t.rows() {
        let Some(owner) = ids.owner(
            &row,
            &[
                ("service_id", Parent::Service),
                ("service_at_location_id", Parent::ServiceAtLocation),
                ("location_id", Parent::Location),
                ("organization_id", Parent::Organization),
            ],
        )?
        else {
            ctx.notes.add(
                "phones.csv: phone linked to no organization, service or location, skipped",
                || row.at(),
            );
            continue;
        };
        let Some(number) = clean::normalise_phone(row.get("number"), row.get("extension")) else {
            ctx.notes
                .add("phones.csv: phone without a number skipped", || row.at());
            continue;
        };
        if !number.normalised {
            ctx.notes.add(
                "phones.csv: number not in North American form, kept as written",
                || format!("{} `{}`", row.at(), number.number),
            );
        }
        let Ok(number_name) = Name::parse(&number.number) else {
            ctx.notes
                .add("phones.csv: unusable phone number skipped", || row.at());
            continue;
        };
        let legacy = row.get("id");
        let id = if legacy.is_empty() {
            ctx.id("phone", &format!("{}:row{}", owner.key(), row.row))
        } else {
            ctx.id("phone", legacy)
        };
        let phone_type = phone_type(row.get("type"));
        if phone_type.is_none() && !row.get("type").is_empty() {
            ctx.notes.add("phones.csv: unknown phone type dropped", || {
                format!("{} `{}`", row.at(), row.get("type"))
            });
        }
        let mut description: Vec<String> = clean::clean_text(row.raw("description"))
            .into_iter()
            .collect();
        if let Some(ext) = &number.extension_text {
            description.push(format!("Extension {ext}"));
        }
        let mut languages = Vec::new();
        if let Some(text) = clean::clean_text(row.raw("language")) {
            for m in language::recognise(&text) {
                if languages
                    .iter()
                    .any(|l: &Language| l.code.as_deref() == Some(m.code))
                {
                    continue;
                }
                languages.push(Language {
                    id: ctx.id("language", &format!("phone:{id}:{}", m.code)),
                    service_id: None,
                    location_id: None,
                    phone_id: Some(id),
                    name: Some(m.name.to_owned()),
                    code: Some(m.code.to_owned()),
                    note: m.note.map(str::to_owned),
                    attributes: vec![],
                    metadata: vec![],
                });
            }
            if languages.is_empty() || !language::names_only_languages(&text) {
                description.push(format!("Languages: {text}"));
            }
        }
        let mut phone = Phone {
            id,
            location_id: None,
            service_id: None,
            organization_id: None,
            contact_id: None,
            service_at_location_id: None,
            number: number_name,
            extension: number.extension,
            phone_type,
            description: (!description.is_empty()).then(|| description.join("\n")),
            languages,
            attributes: vec![],
            metadata: vec![],
        };
        match &owner {
            Owner::Service(s) => phone.service_id = Some(ctx.id("service", s)),
            Owner::Location(l) => phone.location_id = Some(ctx.id("location", l)),
            Owner::Organization(o) => phone.organization_id = Some(ctx.id("organization", o)),
            Owner::ServiceAtLocation(s) => {
                phone.service_at_location_id = Some(ctx.id("service_at_location", s));
            }
        }
        children.entry(owner).or_default().phones.push(phone);
    }
    Ok(())
}

fn phone_type(raw: &str) -> Option<String> {
    let t = raw.trim().to_ascii_lowercase();
    let mapped = match t.as_str() {
        "voice" | "phone" | "telephone" | "hotline" | "main" | "office" => "voice",
        "fax" | "facsimile" => "fax",
        "text" | "sms" => "text",
        "cell" | "mobile" | "cellular" => "cell",
        "video" => "video",
        "pager" => "pager",
        "textphone" | "tty" | "tdd" | "tty/tdd" => "textphone",
        _ => return None,
    };
    Some(mapped.to_owned())
}

fn read_schedules(
    data: &Path,
    ids: &Ids,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
) -> Result<(), ImportError> {
    let Some(t) = optional_table(data, "regular_schedules.csv")? else {
        return Ok(());
    };
    t.require(&["weekday"])?;
    t.require_any(&["service_id", "location_id", "service_at_location_id"])?;
    for row in t.rows() {
        let Some(owner) = ids.owner(
            &row,
            &[
                ("service_id", Parent::Service),
                ("service_at_location_id", Parent::ServiceAtLocation),
                ("location_id", Parent::Location),
            ],
        )?
        else {
            ctx.notes.add(
                "regular_schedules.csv: hours linked to nothing, skipped",
                || row.at(),
            );
            continue;
        };
        let text = clean::clean_text(row.raw("original_text"))
            .or_else(|| clean::clean_text(row.raw("description")));
        let Some(day) = clean::read_weekday(row.get("weekday")) else {
            ctx.notes.add(
                "regular_schedules.csv: unreadable weekday, row skipped",
                || format!("{} `{}`", row.at(), row.get("weekday")),
            );
            continue;
        };
        let opens_raw = row.get("opens_at");
        let closes_raw = row.get("closes_at");
        let opens = clean::read_time(opens_raw);
        let closes = clean::read_time(closes_raw);
        for (raw, read) in [(opens_raw, opens), (closes_raw, closes)] {
            match read {
                clean::TimeRead::Unreadable => ctx.notes.add(
                    "regular_schedules.csv: unreadable time left out (the original text stays in the schedule description)",
                    || format!("{} `{raw}`", row.at()),
                ),
                clean::TimeRead::Time { time, lenient: true, .. } => ctx.notes.add(
                    "regular_schedules.csv: time written loosely, read anyway",
                    || format!("{} `{raw}` as {time}", row.at()),
                ),
                _ => {}
            }
        }
        let (opens, closes, inferred) = clean::read_opening_hours(opens, closes);
        if inferred {
            ctx.notes.add("regular_schedules.csv: closing time without am/pm before the opening time, read as pm", || {
                format!("{} `{opens_raw}`–`{closes_raw}`", row.at())
            });
        }
        children
            .entry(owner)
            .or_default()
            .schedule_rows
            .push(ScheduleRow {
                day,
                opens,
                closes,
                text,
            });
    }
    Ok(())
}

/// Opening, closing, description and days of the rows merged into one schedule.
type ScheduleGroup<'a> = (
    Option<ClockTime>,
    Option<ClockTime>,
    Option<&'a str>,
    Vec<Weekday>,
);

/// Merges the one-row-per-day hours of an owner into weekly schedules: rows with the same
/// hours and text become one schedule with several days.
fn build_schedules(
    ctx: &Ctx,
    owner: &Owner,
    owner_id: Uuid,
    rows: &[ScheduleRow],
) -> Vec<Schedule> {
    let mut groups: Vec<ScheduleGroup> = Vec::new();
    for r in rows {
        let text = r.text.as_deref();
        match groups
            .iter_mut()
            .find(|g| g.0 == r.opens && g.1 == r.closes && g.2 == text)
        {
            Some(g) => {
                if !g.3.contains(&r.day) {
                    g.3.push(r.day);
                }
            }
            None => groups.push((r.opens, r.closes, text, vec![r.day])),
        }
    }
    groups
        .into_iter()
        .enumerate()
        .map(|(n, (opens, closes, text, mut days))| {
            days.sort_by_key(|d| Weekday::ALL.iter().position(|x| x == d));
            let mut s = Schedule::new(ctx.id("schedule", &format!("{}:{n}", owner.key())));
            match owner {
                Owner::Service(_) => s.service_id = Some(owner_id),
                Owner::Location(_) => s.location_id = Some(owner_id),
                Owner::ServiceAtLocation(_) => s.service_at_location_id = Some(owner_id),
                Owner::Organization(_) => {}
            }
            s.freq = Some(Frequency::Weekly);
            s.byday = Some(days.iter().map(|d| d.code()).collect::<Vec<_>>().join(","));
            s.opens_at = opens;
            s.closes_at = closes;
            s.description = text.map(str::to_owned);
            s
        })
        .collect()
}

fn read_languages(
    data: &Path,
    ids: &Ids,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
) -> Result<(), ImportError> {
    let Some(t) = optional_table(data, "languages.csv")? else {
        return Ok(());
    };
    t.require(&["language"])?;
    t.require_any(&["service_id", "location_id"])?;
    for row in t.rows() {
        let Some(owner) = ids.owner(
            &row,
            &[
                ("service_id", Parent::Service),
                ("location_id", Parent::Location),
            ],
        )?
        else {
            ctx.notes
                .add("languages.csv: language linked to nothing, skipped", || {
                    row.at()
                });
            continue;
        };
        if let Some(text) = clean::clean_text(row.raw("language")) {
            children
                .entry(owner)
                .or_default()
                .language_texts
                .push((text, row.at()));
        }
    }
    Ok(())
}

/// Turns an owner's free-text languages into Language records (one per ISO code) and the
/// text that says more than a list of languages ("other languages available upon
/// request") into interpretation notes.
fn build_languages(
    ctx: &mut Ctx,
    owner: &Owner,
    owner_id: Uuid,
    texts: &[(String, String)],
) -> (Vec<Language>, Vec<String>) {
    let mut languages: Vec<Language> = Vec::new();
    let mut other: Vec<String> = Vec::new();
    for (text, at) in texts {
        let matches = language::recognise(text);
        for m in &matches {
            if languages.iter().any(|l| l.code.as_deref() == Some(m.code)) {
                continue;
            }
            let mut l = Language {
                id: ctx.id("language", &format!("{}:{}", owner.key(), m.code)),
                service_id: None,
                location_id: None,
                phone_id: None,
                name: Some(m.name.to_owned()),
                code: Some(m.code.to_owned()),
                note: m.note.map(str::to_owned),
                attributes: vec![],
                metadata: vec![],
            };
            match owner {
                Owner::Location(_) => l.location_id = Some(owner_id),
                _ => l.service_id = Some(owner_id),
            }
            languages.push(l);
        }
        if matches.is_empty() {
            ctx.notes.add(
                "languages.csv: text naming no language kept as interpretation services (for a location: as a language without a code)",
                || format!("{at} `{text}`"),
            );
        } else if !language::names_only_languages(text) {
            ctx.notes.add(
                "languages.csv: text naming languages and more: codes taken, text also kept as interpretation services",
                || format!("{at} `{text}`"),
            );
        } else {
            continue;
        }
        if !other.contains(text) {
            other.push(text.clone());
        }
    }
    (languages, other)
}

fn read_eligibility(
    data: &Path,
    ids: &Ids,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
) -> Result<(), ImportError> {
    let Some(t) = optional_table(data, "eligibility.csv")? else {
        return Ok(());
    };
    t.require(&["eligibility"])?;
    let mut unlinked = 0usize;
    for row in t.rows() {
        let Some(text) = clean::clean_text(row.raw("eligibility")) else {
            continue;
        };
        match ids.owner(&row, &[("service_id", Parent::Service)])? {
            Some(owner) => children.entry(owner).or_default().eligibility.push(text),
            None => unlinked += 1,
        }
    }
    if unlinked > 0 {
        ctx.notes.say(format!(
            "eligibility.csv: {unlinked} of {} rows have no service_id (and no id), so they cannot be linked to a service and were not imported",
            t.len()
        ));
    }
    Ok(())
}

fn read_accessibility(
    data: &Path,
    ids: &Ids,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
) -> Result<(), ImportError> {
    let Some(t) = optional_table(data, "accessibility_for_disabilities.csv")? else {
        return Ok(());
    };
    t.require(&["location_id"])?;
    for row in t.rows() {
        let description = clean::clean_text(row.raw("accessibility"));
        let details = clean::clean_text(row.raw("details"));
        if description.is_none() && details.is_none() {
            continue;
        }
        let Some(owner) = ids.owner(&row, &[("location_id", Parent::Location)])? else {
            ctx.notes.add(
                "accessibility_for_disabilities.csv: row without location_id skipped",
                || row.at(),
            );
            continue;
        };
        let legacy = row.get("id");
        let id = if legacy.is_empty() {
            ctx.id("accessibility", &format!("{}:row{}", owner.key(), row.row))
        } else {
            ctx.id("accessibility", legacy)
        };
        let Owner::Location(loc) = &owner else {
            continue;
        };
        let location_id = Some(ctx.id("location", loc));
        children
            .entry(owner)
            .or_default()
            .accessibility
            .push(Accessibility {
                id,
                location_id,
                description,
                details,
                url: None,
                attributes: vec![],
                metadata: vec![],
            });
    }
    Ok(())
}

fn read_addresses(
    data: &Path,
    file: &str,
    kind: PlaceKind,
    ids: &Ids,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
) -> Result<(), ImportError> {
    let Some(t) = optional_table(data, file)? else {
        return Ok(());
    };
    t.require(&[
        "location_id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
    ])?;
    let id_kind = if kind == PlaceKind::Postal {
        "postal_address"
    } else {
        "physical_address"
    };
    for row in t.rows() {
        let Some(owner) = ids.owner(&row, &[("location_id", Parent::Location)])? else {
            ctx.notes.add(
                format!("{file}: address without location_id skipped"),
                || row.at(),
            );
            continue;
        };
        let Owner::Location(loc) = &owner else {
            continue;
        };
        let mut line1 = clean::clean_line(row.raw("address_1"));
        let mut line2: Vec<String> = ["address_2", "address_3", "address_4"]
            .iter()
            .filter_map(|c| clean::clean_line(row.raw(c)))
            .collect();
        if line1.is_none() && !line2.is_empty() {
            line1 = Some(line2.remove(0));
            ctx.notes.add(
                format!("{file}: blank address_1 filled from address_2"),
                || row.at(),
            );
        }
        let city = clean::clean_line(row.raw("city"));
        let state = clean::clean_state(row.raw("state_province"));
        let postal = clean::clean_line(row.raw("postal_code"));
        let (Some(line1), Some(city), Some(state), Some(postal)) =
            (line1, city.clone(), state.clone(), postal.clone())
        else {
            let blank: Vec<&str> = [
                (
                    "street",
                    clean::clean_line(row.raw("address_1")).is_none()
                        && clean::clean_line(row.raw("address_2")).is_none(),
                ),
                ("city", city.is_none()),
                ("state", state.is_none()),
                ("postal code", postal.is_none()),
            ]
            .iter()
            .filter(|(_, b)| *b)
            .map(|(n, _)| *n)
            .collect();
            ctx.notes.add(
                format!("{file}: address with a blank street, city, state or postal code skipped"),
                || format!("{} (location {loc}: {} blank)", row.at(), blank.join(", ")),
            );
            continue;
        };
        let (country, assumed) = clean::clean_country(row.raw("country"));
        if assumed {
            ctx.notes
                .add(format!("{file}: blank country read as US"), || row.at());
        }
        let address_type = if kind == PlaceKind::Physical && clean::is_po_box(&line1) {
            ctx.notes.add(
                format!("{file}: post-office box recorded as a postal address"),
                || row.at(),
            );
            PlaceKind::Postal
        } else {
            kind
        };
        let legacy = row.get("id");
        let id = if legacy.is_empty() {
            ctx.id(id_kind, &format!("{}:row{}", owner.key(), row.row))
        } else {
            ctx.id(id_kind, legacy)
        };
        let name =
            |field: &str, v: String| Name::parse(v).map_err(|e| row.error(field, e.to_string()));
        let address = Address {
            id,
            location_id: Some(ctx.id("location", loc)),
            attention: clean::clean_line(row.raw("attention")),
            address_1: name("address_1", line1)?,
            address_2: (!line2.is_empty()).then(|| line2.join(", ")),
            city: name("city", city)?,
            region: clean::clean_line(row.raw("region")),
            state_province: name("state_province", state)?,
            postal_code: name("postal_code", postal)?,
            country: name("country", country)?,
            address_type,
            attributes: vec![],
            metadata: vec![],
        };
        children.entry(owner).or_default().addresses.push(address);
    }
    Ok(())
}

/// Terms of the package's own `taxonomy.csv`, by legacy id (code).
type Terms = HashMap<String, Uuid>;

fn read_taxonomy(data: &Path, ctx: &mut Ctx, parsed: &mut Parsed) -> Result<Terms, ImportError> {
    let Some(t) = optional_table(data, "taxonomy.csv")? else {
        return Ok(Terms::new());
    };
    t.require(&["id", "name"])?;
    let rows: Vec<crate::open_eligibility::TreeRow> = t
        .rows()
        .map(|row| crate::open_eligibility::TreeRow::from_row(&row))
        .collect::<Result<_, _>>()?;
    let paths = crate::open_eligibility::check_tree(&rows)?;
    let mut taxonomies: Vec<String> = Vec::new();
    let mut terms = Terms::new();
    for (r, row) in rows.iter().zip(t.rows()) {
        let vocabulary = clean::clean_line(row.raw("vocabulary"))
            .unwrap_or_else(|| format!("{} taxonomy", ctx.source));
        let taxonomy_id = ctx.id("taxonomy", &vocabulary);
        if !taxonomies.contains(&vocabulary) {
            let name =
                Name::parse(&vocabulary).map_err(|e| row.error("vocabulary", e.to_string()))?;
            parsed.taxonomies.push((
                Taxonomy {
                    id: taxonomy_id,
                    name: name.clone(),
                    description: Text::parse(format!(
                        "{vocabulary} (from the {} datapackage)",
                        ctx.source
                    ))
                    .map_err(|e| row.error("vocabulary", e.to_string()))?,
                    uri: None,
                    version: None,
                    metadata: vec![],
                },
                row.origin(),
            ));
            taxonomies.push(vocabulary.clone());
        }
        let id = ctx.id("taxonomy_term", &r.id);
        terms.insert(r.id.clone(), id);
        let path = paths.get(&r.id).cloned().unwrap_or_else(|| r.name.clone());
        parsed.terms.push((
            TaxonomyTerm {
                id,
                code: puerta_domain::Code::parse(&r.id).ok(),
                name: Name::parse(&r.name).map_err(|e| row.error("name", e.to_string()))?,
                description: Text::parse(&path).map_err(|e| row.error("name", e.to_string()))?,
                parent_id: r.parent.as_deref().map(|p| ctx.id("taxonomy_term", p)),
                taxonomy: Some(vocabulary),
                taxonomy_detail: None,
                language: None,
                taxonomy_id: Some(taxonomy_id),
                term_uri: None,
                metadata: vec![],
            },
            row.origin(),
        ));
    }
    Ok(terms)
}

/// Whether `code` looks like an AIRS / 2-1-1 LA taxonomy code: a top-level section letter
/// (`P`), a two-letter category (`PX`) or a deeper code (`BD-1800.2000-150`).
fn is_airs_code(code: &str) -> bool {
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    let rest = &code.as_bytes()[letters..];
    (1..=2).contains(&letters)
        && (rest.is_empty()
            || (letters == 2
                && rest.len() > 1
                && rest[0] == b'-'
                && rest[1..]
                    .iter()
                    .all(|c| c.is_ascii_digit() || *c == b'.' || *c == b'-')))
}

fn read_service_taxonomy(
    data: &Path,
    ids: &Ids,
    terms: &Terms,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
) -> Result<(), ImportError> {
    let Some(t) = optional_table(data, "services_taxonomy.csv")? else {
        return Ok(());
    };
    t.require(&["service_id", "taxonomy_id"])?;
    for row in t.rows() {
        let code = row.get("taxonomy_id");
        if code.is_empty() {
            ctx.notes.add(
                "services_taxonomy.csv: row without a taxonomy code skipped",
                || row.at(),
            );
            continue;
        }
        let Some(owner) = ids.owner(&row, &[("service_id", Parent::Service)])? else {
            return Err(row.error("service_id", "is required but blank"));
        };
        let Owner::Service(service) = &owner else {
            continue;
        };
        let service_id = ctx.id("service", service);
        let seen = children
            .get(&owner)
            .is_some_and(|c| c.taxonomy.iter().any(|a| a.value.as_deref() == Some(code)));
        if seen {
            continue;
        }
        let term = terms.get(code).copied();
        if term.is_none() && !terms.is_empty() {
            ctx.notes.add(
                "services_taxonomy.csv: code not in taxonomy.csv, kept as a code only",
                || format!("{} `{code}`", row.at()),
            );
        }
        let legacy = row.get("id");
        let id = if legacy.is_empty() {
            ctx.id("service_taxonomy", &format!("{service}:{code}"))
        } else {
            ctx.id("service_taxonomy", legacy)
        };
        let (label, term) = match term {
            Some(term) => ("Taxonomy term", term),
            None if is_airs_code(code) => (
                "AIRS/211 taxonomy code",
                ctx.attribute_term(AttributeType::AirsCode),
            ),
            None => (
                "Taxonomy code",
                ctx.attribute_term(AttributeType::TaxonomyCode),
            ),
        };
        let label = match clean::clean_line(row.raw("taxonomy_detail")) {
            Some(detail) => format!("{label} ({detail})"),
            None => label.to_owned(),
        };
        let entry = children.entry(owner).or_default();
        entry.taxonomy.push(Attribute {
            id,
            link_id: Some(service_id),
            taxonomy_term_id: Some(term),
            link_type: Some("taxonomy_code".to_owned()),
            link_entity: Some("service".to_owned()),
            value: Some(code.to_owned()),
            taxonomy_term: None,
            label: Some(label),
            metadata: vec![],
        });
    }
    Ok(())
}

fn note_unread_files(data: &Path, ctx: &mut Ctx) {
    let Ok(entries) = std::fs::read_dir(data) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".csv"))
        .collect();
    names.sort();
    for name in names {
        if name == "contacts.csv" {
            let rows = Table::read(&data.join(&name)).map(|t| t.len()).ok();
            ctx.notes.say(format!(
                "contacts.csv: {} not imported: contacts name individual staff (personal data is not stored) and the export truncated their phone numbers",
                rows.map_or_else(|| "rows".to_owned(), |n| format!("{n} rows"))
            ));
        } else if !KNOWN_FILES.contains(&name.as_str()) {
            ctx.notes.say(format!(
                "{name}: this table is not imported by the HSDS 1.x importer"
            ));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Main tables
// ---------------------------------------------------------------------------------------

/// How a service's `organization_id` was resolved.
struct ServiceOrganization<'a> {
    organization: &'a str,
    /// The service (a 2-1-1 site record) the row named instead of an organization.
    via: Option<&'a str>,
}

fn resolve_service_organizations<'a>(
    services: &'a Table,
    ids: &Ids<'a>,
    ctx: &mut Ctx,
) -> Result<HashMap<&'a str, ServiceOrganization<'a>>, ImportError> {
    let mut out = HashMap::with_capacity(services.len());
    for row in services.rows() {
        let id = row.get("id");
        let named = row.get("organization_id");
        if named.is_empty() {
            return Err(row.error("organization_id", "is required but blank"));
        }
        if ids.organizations.contains_key(named) {
            out.insert(
                id,
                ServiceOrganization {
                    organization: named,
                    via: None,
                },
            );
            continue;
        }
        // Follow service → service links (site records) to an organization.
        let mut at = named;
        let mut seen = vec![id];
        let resolved = loop {
            match ids.services.get(at) {
                Some(parent) if !seen.contains(&at) && seen.len() < 8 => {
                    seen.push(at);
                    let next = parent.get("organization_id");
                    if ids.organizations.contains_key(next) {
                        break Some(next);
                    }
                    at = next;
                }
                _ => break None,
            }
        };
        let Some(organization) = resolved else {
            return Err(row.error(
                "organization_id",
                format!("organization {named} does not exist in organizations.csv"),
            ));
        };
        ctx.notes.add(
            "services.csv: organization_id names a service (a 2-1-1 site record), not an organization; linked to that service's organization",
            || format!("{} (service {id} → {named} → organization {organization})", row.at()),
        );
        out.insert(
            id,
            ServiceOrganization {
                organization,
                via: Some(named),
            },
        );
    }
    Ok(out)
}

fn required_name(row: &Row, field: &str, ctx: &mut Ctx) -> Result<Name, ImportError> {
    let Some((name, recased)) = clean::tidy_name(row.raw(field)) else {
        return Err(row.error(field, "is required but blank"));
    };
    if recased {
        ctx.notes.add(
            format!("{}: names in capitals re-cased", file_of(row)),
            || format!("{} `{name}`", row.at()),
        );
    }
    Name::parse(name).map_err(|e| row.error(field, e.to_string()))
}

fn alternate_name(row: &Row) -> Option<String> {
    clean::tidy_alternate_name(row.raw("alternate_name")).map(|(n, _)| n)
}

fn file_of(row: &Row) -> String {
    row.at()
        .split(" row ")
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// A cleaned multi-line field, with notes about what cleaning did.
fn text(row: &Row, field: &str, ctx: &mut Ctx) -> (Option<String>, Vec<String>) {
    let c = clean::clean_text_detailed(row.raw(field));
    if c.unescaped {
        ctx.notes.add(
            format!(
                "{}: literal \\n sequences turned into new lines",
                file_of(row)
            ),
            || format!("{} {field}", row.at()),
        );
    }
    if !c.markers.is_empty() {
        ctx.notes.add(
            format!("{}: ###…### markers removed from text", file_of(row)),
            || format!("{} {field} {}", row.at(), c.markers.join(",")),
        );
    }
    if c.mojibake {
        ctx.notes.add(
            format!("{}: garbled punctuation or accents repaired", file_of(row)),
            || format!("{} {field}", row.at()),
        );
    }
    (c.text, c.markers)
}

fn web_url(row: &Row, field: &str, ctx: &mut Ctx) -> Option<WebUrl> {
    let raw = row.get(field);
    if raw.is_empty() {
        return None;
    }
    let repaired = clean::repair_url(raw);
    match WebUrl::parse_lenient(&repaired) {
        Ok(url) => {
            if url.is_some() && !clean::has_scheme(raw) {
                ctx.notes.add(
                    format!("{}: URL without a scheme, http:// added", file_of(row)),
                    || format!("{} `{raw}`", row.at()),
                );
            }
            if url.is_some() && repaired != raw {
                ctx.notes.add(
                    format!("{}: characters not allowed in URLs repaired", file_of(row)),
                    || format!("{} `{raw}`", row.at()),
                );
            }
            url
        }
        Err(_) => {
            ctx.notes
                .add(format!("{}: unusable URL dropped", file_of(row)), || {
                    format!("{} `{raw}`", row.at())
                });
            None
        }
    }
}

fn email(row: &Row, ctx: &mut Ctx) -> Option<Email> {
    let raw = row.get("email");
    if raw.is_empty() {
        return None;
    }
    match Email::parse(raw) {
        Ok(e) => Some(e),
        Err(_) => {
            // The address itself is not repeated in the note: it may name a person.
            ctx.notes.add(
                format!("{}: invalid e-mail address dropped", file_of(row)),
                || row.at(),
            );
            None
        }
    }
}

fn build_organizations(
    table: &Table,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
    parsed: &mut Parsed,
) -> Result<(), ImportError> {
    for row in table.rows() {
        let legacy = row.get("id");
        let id = ctx.id("organization", legacy);
        let name = required_name(&row, "name", ctx)?;
        let (description, _) = text(&row, "description", ctx);
        let description = match description {
            Some(d) => d,
            None => {
                ctx.notes.add(
                    "organizations.csv: blank description replaced by the name",
                    || row.at(),
                );
                name.as_str().to_owned()
            }
        };
        let mut o = Organization::new(
            id,
            name,
            Text::parse(description).map_err(|e| row.error("description", e.to_string()))?,
        );
        o.alternate_name = alternate_name(&row);
        o.email = email(&row, ctx);
        o.website = web_url(&row, "url", ctx);
        o.tax_status = clean::clean_line(row.raw("tax_status"));
        o.tax_id = clean::clean_line(row.raw("tax_id"));
        o.legal_status = clean::clean_line(row.raw("legal_status"));
        let year = row.get("year_incorporated");
        if !year.is_empty() {
            o.year_incorporated = year
                .parse::<u16>()
                .ok()
                .filter(|y| (1600..=2100).contains(y));
            if o.year_incorporated.is_none() {
                ctx.notes.add(
                    "organizations.csv: unreadable year_incorporated dropped",
                    || format!("{} `{year}`", row.at()),
                );
            }
        }
        o.organization_identifiers.push(OrganizationIdentifier {
            id: ctx.id("organization_identifier", legacy),
            organization_id: Some(id),
            identifier_scheme: Some(ctx.source.clone()),
            identifier_type: Name::parse("HSDS 1.x organization id")
                .map_err(|e| row.error("id", e.to_string()))?,
            identifier: puerta_domain::Code::parse(legacy)
                .map_err(|e| row.error("id", e.to_string()))?,
            attributes: vec![],
            metadata: vec![],
        });
        if let Some(c) = children.remove(&Owner::Organization(legacy.to_owned())) {
            o.phones = c.phones;
        }
        parsed.organizations.push((o, row.origin()));
    }
    Ok(())
}

fn coordinates(row: &Row, ctx: &mut Ctx) -> Option<(Latitude, Longitude)> {
    let (lat, lon) = (row.get("latitude"), row.get("longitude"));
    if lat.is_empty() && lon.is_empty() {
        return None;
    }
    let point = lat
        .parse::<f64>()
        .ok()
        .and_then(|v| Latitude::new(v).ok())
        .zip(lon.parse::<f64>().ok().and_then(|v| Longitude::new(v).ok()))
        .filter(|(la, lo)| !(la.degrees() == 0.0 && lo.degrees() == 0.0));
    if point.is_none() {
        ctx.notes
            .add("locations.csv: unusable coordinates dropped", || {
                format!("{} `{lat}`,`{lon}`", row.at())
            });
    }
    point
}

fn build_locations(
    table: &Table,
    sals: Option<&Table>,
    ids: &Ids,
    service_orgs: &HashMap<&str, ServiceOrganization>,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
    parsed: &mut Parsed,
) -> Result<(), ImportError> {
    // The organizations of the services delivered at each location.
    let mut orgs_at: HashMap<&str, Vec<&str>> = HashMap::new();
    if let Some(t) = sals {
        for row in t.rows() {
            if let Some(org) = service_orgs.get(row.get("service_id")) {
                let list = orgs_at.entry(row.get("location_id")).or_default();
                if !list.contains(&org.organization) {
                    list.push(org.organization);
                }
            }
        }
    }
    for row in table.rows() {
        let legacy = row.get("id");
        let id = ctx.id("location", legacy);
        let owner = Owner::Location(legacy.to_owned());
        let c = children.remove(&owner).unwrap_or_default();
        let point = coordinates(&row, ctx);
        let location_type = if point.is_some()
            || c.addresses
                .iter()
                .any(|a| a.address_type == PlaceKind::Physical)
        {
            PlaceKind::Physical
        } else if !c.addresses.is_empty() {
            PlaceKind::Postal
        } else {
            ctx.notes.add("locations.csv: location with no usable address and no coordinates recorded as virtual", || row.at());
            PlaceKind::Virtual
        };
        let mut l = Location::new(id, location_type);
        let named = row.get("organization_id");
        l.organization_id = if ids.organizations.contains_key(named) {
            Some(ctx.id("organization", named))
        } else {
            match orgs_at.get(legacy).map(Vec::as_slice) {
                Some([org]) => {
                    if !named.is_empty() {
                        ctx.notes.add(
                            "locations.csv: organization_id names no organization; taken from the services at the location",
                            || format!("{} (location {legacy} → organization {org})", row.at()),
                        );
                    }
                    Some(ctx.id("organization", org))
                }
                _ => {
                    if !named.is_empty() {
                        ctx.notes.add(
                            "locations.csv: organization_id names no organization and the services there do not tell; left out",
                            || row.at(),
                        );
                    }
                    None
                }
            }
        };
        if let Some((name, recased)) = clean::tidy_name(row.raw("name")) {
            if recased {
                ctx.notes
                    .add("locations.csv: names in capitals re-cased", || {
                        format!("{} `{name}`", row.at())
                    });
            }
            l.name = Some(name);
        }
        l.alternate_name = alternate_name(&row);
        l.description = text(&row, "description", ctx).0;
        l.transportation = clean::clean_text(row.raw("transportation"));
        if let Some((la, lo)) = point {
            l.latitude = Some(la);
            l.longitude = Some(lo);
        }
        l.external_identifier = Some(legacy.to_owned());
        l.external_identifier_type = Some(format!("{} location id", ctx.source));
        l.url = web_url(&row, "url", ctx);
        let (languages, other) = build_languages(ctx, &owner, id, &c.language_texts);
        l.languages = languages;
        // Locations have no interpretation field; text naming no language is kept as a
        // language entry without a code so that it is not lost.
        for text in other {
            l.languages.push(Language {
                id: ctx.id("language", &format!("{}:text:{text}", owner.key())),
                service_id: None,
                location_id: Some(id),
                phone_id: None,
                name: Some(text),
                code: None,
                note: None,
                attributes: vec![],
                metadata: vec![],
            });
        }
        l.addresses = c.addresses;
        l.accessibility = c.accessibility;
        l.phones = c.phones;
        l.schedules = build_schedules(ctx, &owner, id, &c.schedule_rows);
        parsed.locations.push((l, row.origin()));
    }
    Ok(())
}

fn legacy_attribute(
    ctx: &mut Ctx,
    service: Uuid,
    key: &str,
    kind: AttributeType,
    label: String,
    value: &str,
) -> Attribute {
    Attribute {
        id: ctx.id("service_attribute", key),
        link_id: Some(service),
        taxonomy_term_id: Some(ctx.attribute_term(kind)),
        link_type: Some(kind.code().to_owned()),
        link_entity: Some("service".to_owned()),
        value: Some(value.to_owned()),
        taxonomy_term: None,
        label: Some(label),
        metadata: vec![],
    }
}

/// The taxonomy of the attribute types used by this import (see [`AttributeType`]).
fn attribute_taxonomy(ctx: &Ctx, at: &Origin, parsed: &mut Parsed) -> Result<(), ImportError> {
    if ctx.attribute_types.is_empty() {
        return Ok(());
    }
    let name =
        |text: String| Name::parse(text).map_err(|e| ImportError::new(at, None, e.to_string()));
    let text =
        |text: String| Text::parse(text).map_err(|e| ImportError::new(at, None, e.to_string()));
    let taxonomy_id = ctx.id("taxonomy", "puerta:attributes");
    parsed.taxonomies.push((
        Taxonomy {
            id: taxonomy_id,
            name: name(format!("{} import attributes", ctx.source))?,
            description: text(format!(
                "Types of the attributes kept when the HSDS 1.x package {} was imported: record ids in the source, markers found in its text, and classification codes whose taxonomy the package does not include. These terms describe attributes, not services.",
                ctx.source
            ))?,
            uri: None,
            version: None,
            metadata: vec![],
        },
        at.clone(),
    ));
    for t in AttributeType::ALL
        .into_iter()
        .filter(|t| ctx.attribute_types.contains(t))
    {
        parsed.terms.push((
            TaxonomyTerm {
                id: ctx.id("taxonomy_term", &format!("puerta:{}", t.term_code())),
                code: puerta_domain::Code::parse(t.term_code()).ok(),
                name: name(t.name().to_owned())?,
                description: text(t.description().to_owned())?,
                parent_id: None,
                taxonomy: Some(format!("{} import attributes", ctx.source)),
                taxonomy_detail: None,
                language: Some("en".to_owned()),
                taxonomy_id: Some(taxonomy_id),
                term_uri: None,
                metadata: vec![],
            },
            at.clone(),
        ));
    }
    Ok(())
}

fn service_status(row: &Row, ctx: &mut Ctx) -> ServiceStatus {
    match row.get("status").to_ascii_lowercase().as_str() {
        "" | "active" => ServiceStatus::Active,
        "inactive" => ServiceStatus::Inactive,
        "defunct" => ServiceStatus::Defunct,
        "temporarily closed" | "temporarily_closed" => ServiceStatus::TemporarilyClosed,
        other => {
            let other = other.to_owned();
            ctx.notes
                .add("services.csv: unknown status read as active", || {
                    format!("{} `{other}`", row.at())
                });
            ServiceStatus::Active
        }
    }
}

fn build_services(
    table: &Table,
    service_orgs: &HashMap<&str, ServiceOrganization>,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
    parsed: &mut Parsed,
) -> Result<(), ImportError> {
    for row in table.rows() {
        let legacy = row.get("id");
        let id = ctx.id("service", legacy);
        let owner = Owner::Service(legacy.to_owned());
        let c = children.remove(&owner).unwrap_or_default();
        let mut s = Service::new(id, required_name(&row, "name", ctx)?);
        if let Some(org) = service_orgs.get(legacy) {
            s.organization_id = Some(ctx.id("organization", org.organization));
            if let Some(via) = org.via {
                s.attributes.push(legacy_attribute(
                    ctx,
                    id,
                    &format!("{legacy}:legacy_parent_id"),
                    AttributeType::LegacyParentId,
                    format!("{} parent record id", ctx.source),
                    via,
                ));
            }
        }
        if !row.get("program_id").is_empty() {
            ctx.notes.add(
                "services.csv: program_id ignored (no programs.csv support)",
                || row.at(),
            );
        }
        s.alternate_name = alternate_name(&row);
        let (description, markers) = text(&row, "description", ctx);
        s.description = description;
        s.url = web_url(&row, "url", ctx);
        s.email = email(&row, ctx);
        s.status = service_status(&row, ctx);
        s.application_process = text(&row, "application_process", ctx).0;
        s.wait_time = clean::clean_text(row.raw("wait_time"));
        s.fees_description = clean::clean_text(row.raw("fees"));
        s.accreditations = clean::clean_text(row.raw("accreditations"));
        s.licenses = clean::clean_text(row.raw("licenses"));
        if !c.eligibility.is_empty() {
            s.eligibility_description = Some(c.eligibility.join("\n\n"));
        }
        let (languages, other) = build_languages(ctx, &owner, id, &c.language_texts);
        s.languages = languages;
        let mut interpretation: Vec<String> = clean::clean_text(row.raw("interpretation_services"))
            .into_iter()
            .collect();
        for t in other {
            if !interpretation.contains(&t) {
                interpretation.push(t);
            }
        }
        s.interpretation_services = (!interpretation.is_empty()).then(|| interpretation.join("\n"));
        s.phones = c.phones;
        s.schedules = build_schedules(ctx, &owner, id, &c.schedule_rows);
        s.attributes.insert(
            0,
            legacy_attribute(
                ctx,
                id,
                &format!("{legacy}:legacy_id"),
                AttributeType::LegacyId,
                format!("{} service id", ctx.source),
                legacy,
            ),
        );
        for m in &markers {
            s.attributes.push(legacy_attribute(
                ctx,
                id,
                &format!("{legacy}:marker:{m}"),
                AttributeType::SourceMarker,
                format!("{} marker", ctx.source),
                m,
            ));
        }
        s.attributes.extend(c.taxonomy);
        parsed.services.push((s, row.origin()));
    }
    Ok(())
}

fn build_service_at_locations(
    table: &Table,
    ids: &Ids,
    ctx: &mut Ctx,
    children: &mut HashMap<Owner, Children>,
    parsed: &mut Parsed,
) -> Result<(), ImportError> {
    for row in table.rows() {
        let service = row.get("service_id");
        let location = row.get("location_id");
        for (field, value, parent) in [
            ("service_id", service, Parent::Service),
            ("location_id", location, Parent::Location),
        ] {
            if value.is_empty() {
                return Err(row.error(field, "is required but blank"));
            }
            if !ids.contains(parent, value) {
                return Err(row.error(
                    field,
                    format!(
                        "{} {value} does not exist in {}",
                        parent.noun(),
                        parent.file()
                    ),
                ));
            }
        }
        let legacy = row.get("id");
        let id = if legacy.is_empty() {
            ctx.id("service_at_location", &format!("{service}@{location}"))
        } else {
            ctx.id("service_at_location", legacy)
        };
        let owner = Owner::ServiceAtLocation(legacy.to_owned());
        let c = if legacy.is_empty() {
            Children::default()
        } else {
            children.remove(&owner).unwrap_or_default()
        };
        parsed.service_at_locations.push((
            ServiceAtLocation {
                id,
                service_id: Some(ctx.id("service", service)),
                location_id: Some(ctx.id("location", location)),
                description: text(&row, "description", ctx).0,
                service_areas: vec![],
                contacts: vec![],
                phones: c.phones,
                schedules: build_schedules(ctx, &owner, id, &c.schedule_rows),
                location: None,
                attributes: vec![],
                metadata: vec![],
            },
            row.origin(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const MIAMI: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/hsds/datasets/miami-open211-2019"
    );

    #[test]
    fn the_miami_package_parses_whole() {
        let package = Package::locate(Path::new(MIAMI)).unwrap();
        assert_eq!(package.source, "miami-open211-2019");
        let data = Package::locate(&Path::new(MIAMI).join("data")).unwrap();
        assert_eq!(data.source, package.source);
        let p = read_package(&package).unwrap();
        assert_eq!(p.organizations.len(), 1074);
        assert_eq!(p.services.len(), 4089);
        assert_eq!(p.locations.len(), 4089);
        assert_eq!(p.service_at_locations.len(), 4089);
        let s136 = &p
            .services
            .iter()
            .find(|(s, _)| s.id == stable_id("miami-open211-2019", "service", "136"))
            .unwrap()
            .0;
        assert_eq!(
            s136.name.as_str(),
            "Girl Scouts Council of Tropical Florida, Inc."
        );
        assert_eq!(s136.schedules.len(), 1);
        assert_eq!(s136.schedules[0].byday.as_deref(), Some("MO,TU,WE,TH,FR"));
        let codes: Vec<_> = s136
            .languages
            .iter()
            .filter_map(|l| l.code.as_deref())
            .collect();
        assert_eq!(codes, ["en", "es", "ht"]);
        // Every service found its organization, and every location too.
        assert!(p.services.iter().all(|(s, _)| s.organization_id.is_some()));
        assert!(p.locations.iter().all(|(l, _)| l.organization_id.is_some()));
        // Re-reading gives the same records (ids and content), so re-imports change nothing.
        let again = read_package(&package).unwrap();
        assert!(again
            .services
            .iter()
            .zip(&p.services)
            .all(|(a, b)| a.0 == b.0));
        assert!(again
            .locations
            .iter()
            .zip(&p.locations)
            .all(|(a, b)| a.0 == b.0));
        assert_eq!(again.notes, p.notes);
    }

    #[test]
    fn airs_codes_are_recognised() {
        for code in ["PN-8100.4500-240", "PX", "P", "LH-3000", "YB-9500.1500-630"] {
            assert!(is_airs_code(code), "{code}");
        }
        for code in ["1101", "px", "PNX", "PN-", "P-100", "Legal", ""] {
            assert!(!is_airs_code(code), "{code}");
        }
    }

    #[test]
    fn notes_are_counted_with_a_few_examples() {
        let mut n = Notes::default();
        for i in 0..5 {
            n.add("x.csv: thing fixed", || format!("row {i}"));
        }
        n.say("plain note");
        assert_eq!(
            n.into_messages(),
            [
                "plain note",
                "x.csv: thing fixed: 5 (e.g. row 0; row 1; row 2)"
            ]
        );
    }

    fn day_rows(days: &[Weekday], opens: &str, closes: &str, text: &str) -> Vec<ScheduleRow> {
        days.iter()
            .map(|&day| ScheduleRow {
                day,
                opens: ClockTime::parse(opens).ok(),
                closes: ClockTime::parse(closes).ok(),
                text: Some(text.to_owned()),
            })
            .collect()
    }

    #[test]
    fn daily_rows_merge_into_weekly_schedules() {
        use Weekday::*;
        let ctx = Ctx::new("test");
        let mut rows = day_rows(&[FR, MO, TU, WE, TH], "9:00am", "5:00pm", "9-5 weekdays");
        rows.extend(day_rows(&[SA], "10:00am", "2:00pm", "Sat 10-2"));
        rows.extend(day_rows(&[MO], "9:00am", "5:00pm", "9-5 weekdays"));
        let owner = Owner::Service("136".into());
        let s = build_schedules(&ctx, &owner, Uuid::nil(), &rows);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].byday.as_deref(), Some("MO,TU,WE,TH,FR"));
        assert_eq!(s[0].opens_at.unwrap().to_string(), "09:00:00");
        assert_eq!(s[0].closes_at.unwrap().to_string(), "17:00:00");
        assert_eq!(s[0].freq, Some(Frequency::Weekly));
        assert_eq!(s[0].description.as_deref(), Some("9-5 weekdays"));
        assert_eq!(s[0].service_id, Some(Uuid::nil()));
        assert_eq!(s[1].byday.as_deref(), Some("SA"));
        // Ids are stable: derived from the owner and the schedule's position.
        assert_eq!(s[0].id, stable_id("test", "schedule", "service:136:0"));
        assert!(s.iter().all(|x| x.check().is_ok()));
    }

    #[test]
    fn free_text_languages_become_codes_and_notes() {
        let mut ctx = Ctx::new("test");
        let owner = Owner::Service("1".into());
        let texts: Vec<(String, String)> = [
            "English",
            "Spanish (limited)",
            "Creole",
            "other languages available upon request",
            "English and Spanish",
            "Creole with translators as needed",
        ]
        .iter()
        .map(|t| (t.to_string(), "languages.csv row 2".to_owned()))
        .collect();
        let (langs, other) = build_languages(&mut ctx, &owner, Uuid::nil(), &texts);
        let codes: Vec<_> = langs.iter().map(|l| l.code.as_deref().unwrap()).collect();
        assert_eq!(codes, ["en", "es", "ht"]);
        assert_eq!(langs[1].note.as_deref(), Some("limited"));
        assert_eq!(langs[2].name.as_deref(), Some("Haitian Creole"));
        assert!(langs.iter().all(|l| l.service_id == Some(Uuid::nil())));
        assert_eq!(
            other,
            [
                "other languages available upon request",
                "Creole with translators as needed"
            ]
        );
        assert_eq!(ctx.notes.into_messages().len(), 2);
    }
}
