//! HSDS 3.x JSON importer.
//!
//! The path is a file or a folder of `.json` / `.ndjson` / `.jsonl` files (only the folder's
//! own files, in name order; sub-folders are not read). A file holds one object, a JSON
//! array of objects, an HSDS API page (`{"contents": [...]}`), or NDJSON (one object per
//! line, recognised by the extension or by a first line that is a whole JSON value).
//!
//! What the objects are comes from the file name: `taxonomies*` / `taxonomy.json` hold
//! taxonomies, `taxonomy_terms*` taxonomy terms, `organizations*` organizations (optionally
//! with their `services` and `locations`, as in `organization_full`), anything else full
//! services. Taxonomy files are read first, then organizations, then services.
//!
//! A full service embeds its `organization`, `program`, `service_at_locations[].location` and
//! its attributes' `taxonomy_term`s; they are split into the store's aggregates. A record that
//! appears several times (an organization shared by many services) is written once; a repeat
//! with different content is an error, except for embedded taxonomy terms, which are copies
//! of the taxonomy (the first copy wins). Programs are stored with their organization.
//!
//! NDJSON is the bulk path: a blocking thread reads, parses and splits line by line (arrays
//! element by element) into a bounded channel while this task writes to the store. Memory
//! holds the ids and content hashes of the records seen, never the file.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::hash::Hasher;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use puerta_domain::{
    Location, Organization, Program, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm,
};
use serde::de::{DeserializeOwned, SeqAccess, Visitor};
use serde::{Deserializer, Serialize};
use serde_json::Value;
use tokio::sync::mpsc;
use uuid::Uuid;

use crate::{ImportError, Origin, Writer};

/// Records the reader thread may run ahead of the writes.
const CHANNEL_CAPACITY: usize = 1024;

/// Where the importers put records: the import [`Writer`], or a collector in unit tests.
pub(crate) trait Sink {
    async fn organization(&mut self, o: &Organization, at: &Origin) -> Result<(), ImportError>;
    async fn location(&mut self, l: &Location, at: &Origin) -> Result<(), ImportError>;
    async fn service(&mut self, s: &Service, at: &Origin) -> Result<(), ImportError>;
    async fn service_at_location(
        &mut self,
        sal: &ServiceAtLocation,
        at: &Origin,
    ) -> Result<(), ImportError>;
    async fn taxonomy(&mut self, t: &Taxonomy, at: &Origin) -> Result<(), ImportError>;
    async fn taxonomy_term(&mut self, t: &TaxonomyTerm, at: &Origin) -> Result<(), ImportError>;
    fn stage(&mut self, what: &str);
    fn warn(&mut self, message: String);
}

impl Sink for Writer {
    async fn organization(&mut self, o: &Organization, at: &Origin) -> Result<(), ImportError> {
        Writer::organization(self, o, at).await
    }
    async fn location(&mut self, l: &Location, at: &Origin) -> Result<(), ImportError> {
        Writer::location(self, l, at).await
    }
    async fn service(&mut self, s: &Service, at: &Origin) -> Result<(), ImportError> {
        Writer::service(self, s, at).await
    }
    async fn service_at_location(
        &mut self,
        sal: &ServiceAtLocation,
        at: &Origin,
    ) -> Result<(), ImportError> {
        Writer::service_at_location(self, sal, at).await
    }
    async fn taxonomy(&mut self, t: &Taxonomy, at: &Origin) -> Result<(), ImportError> {
        Writer::taxonomy(self, t, at).await
    }
    async fn taxonomy_term(&mut self, t: &TaxonomyTerm, at: &Origin) -> Result<(), ImportError> {
        Writer::taxonomy_term(self, t, at).await
    }
    fn stage(&mut self, what: &str) {
        Writer::stage(self, what);
    }
    fn warn(&mut self, message: String) {
        Writer::warn(self, message);
    }
}

/// Imports HSDS 3.x JSON from a file or a folder of files.
pub async fn import(path: &Path, w: &mut Writer) -> Result<(), ImportError> {
    run(path, w).await
}

pub(crate) async fn run<S: Sink>(path: &Path, sink: &mut S) -> Result<(), ImportError> {
    let files = files_of(path)?;
    let (tx, mut rx) = mpsc::channel(CHANNEL_CAPACITY);
    let reader = tokio::task::spawn_blocking(move || read_all(files, tx));
    let mut at = Origin::new(path, None);
    while let Some(item) = rx.recv().await {
        let Write { row, op } = item?;
        at.row = row;
        match op {
            Op::File(file) => {
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                sink.stage(&name);
                at.file = file;
            }
            Op::Organization(o) => sink.organization(&o, &at).await?,
            Op::Location(l) => sink.location(&l, &at).await?,
            Op::ServiceAtLocation(sal) => sink.service_at_location(&sal, &at).await?,
            Op::Service(s) => sink.service(&s, &at).await?,
            Op::Taxonomy(t) => sink.taxonomy(&t, &at).await?,
            Op::TaxonomyTerm(t) => sink.taxonomy_term(&t, &at).await?,
        }
    }
    reader
        .await
        .map_err(|e| ImportError::file(path, format!("the JSON reader stopped: {e}")))
}

/// What the objects of a file are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Content {
    Taxonomies,
    TaxonomyTerms,
    Organizations,
    Services,
}

fn content_of(file: &Path) -> Content {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if stem.starts_with("taxonomy_term") {
        Content::TaxonomyTerms
    } else if stem.starts_with("taxonom") {
        Content::Taxonomies
    } else if stem.starts_with("organization") {
        Content::Organizations
    } else {
        Content::Services
    }
}

fn is_json_name(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "json" | "ndjson" | "jsonl"))
}

/// The files to read, taxonomies first, then organizations, then services, each in name order.
fn files_of(path: &Path) -> Result<Vec<(PathBuf, Content)>, ImportError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| ImportError::file(path, format!("cannot read: {e}")))?;
    if !meta.is_dir() {
        return Ok(vec![(path.to_path_buf(), content_of(path))]);
    }
    let mut files = Vec::new();
    let entries = std::fs::read_dir(path)
        .map_err(|e| ImportError::file(path, format!("cannot read folder: {e}")))?;
    for entry in entries {
        let entry =
            entry.map_err(|e| ImportError::file(path, format!("cannot read folder: {e}")))?;
        let p = entry.path();
        let skip = p
            .file_name()
            .is_some_and(|n| n == "datapackage.json" || n == "base.json");
        if p.is_file() && is_json_name(&p) && !skip {
            let content = content_of(&p);
            files.push((p, content));
        }
    }
    if files.is_empty() {
        return Err(ImportError::file(
            path,
            "no .json, .ndjson or .jsonl files in this folder",
        ));
    }
    files.sort_by(|a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
    Ok(files)
}

/// One object as read from a file.
enum Record {
    Service(Box<Service>),
    Organization(Box<Organization>, Vec<Service>),
    Taxonomy(Box<Taxonomy>),
    TaxonomyTerm(Box<TaxonomyTerm>),
}

/// A record for the store, split out of what was read.
enum Op {
    /// The following records come from this file.
    File(PathBuf),
    Organization(Box<Organization>),
    Location(Box<Location>),
    ServiceAtLocation(Box<ServiceAtLocation>),
    Service(Box<Service>),
    Taxonomy(Box<Taxonomy>),
    TaxonomyTerm(Box<TaxonomyTerm>),
}

/// An [`Op`] and the row (array element or NDJSON line, 1-based) it came from.
struct Write {
    row: Option<u64>,
    op: Op,
}

type Item = Result<Write, ImportError>;

/// Why reading stopped early.
enum Halt {
    /// The data is wrong: report this.
    Failed(ImportError),
    /// The writing side hung up (it failed and reports its own error).
    Stopped,
}

impl From<ImportError> for Halt {
    fn from(e: ImportError) -> Self {
        Halt::Failed(e)
    }
}

/// A record that could not be read: the field path (if any) and the reason.
struct Bad {
    field: Option<String>,
    message: String,
}

impl Bad {
    fn into_error(self, file: &Path, row: Option<u64>) -> ImportError {
        ImportError {
            file: file.to_path_buf(),
            row,
            field: self.field,
            message: self.message,
        }
    }

    fn from_path_error(e: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = e.path().to_string();
        Self {
            field: (path != ".").then_some(path),
            message: e.into_inner().to_string(),
        }
    }

    fn prefixed(mut self, prefix: &str) -> Self {
        self.field = Some(match self.field {
            Some(f) => format!("{prefix}.{f}"),
            None => prefix.to_owned(),
        });
        self
    }
}

/// Reads `text` as `T`, naming the failing field when it cannot.
fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, Bad> {
    match serde_json::from_str(text) {
        Ok(v) => Ok(v),
        Err(fast) => {
            // The slower reader tracks where in the object the error is.
            let mut de = serde_json::Deserializer::from_str(text);
            match serde_path_to_error::deserialize::<_, T>(&mut de) {
                Err(e) => Err(Bad::from_path_error(e)),
                Ok(_) => Err(Bad {
                    field: None,
                    message: fast.to_string(),
                }),
            }
        }
    }
}

fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, Bad> {
    serde_path_to_error::deserialize(value).map_err(Bad::from_path_error)
}

fn record_from_value(content: Content, value: Value) -> Result<Record, Bad> {
    Ok(match content {
        Content::Services => Record::Service(Box::new(from_value(value)?)),
        Content::Taxonomies => Record::Taxonomy(Box::new(from_value(value)?)),
        Content::TaxonomyTerms => Record::TaxonomyTerm(Box::new(from_value(value)?)),
        Content::Organizations => {
            let mut value = value;
            let services = match value.as_object_mut().and_then(|o| o.remove("services")) {
                Some(Value::Array(items)) => items,
                Some(Value::Null) | None => Vec::new(),
                Some(_) => {
                    return Err(Bad {
                        field: Some("services".into()),
                        message: "expected an array of services".into(),
                    })
                }
            };
            let org: Organization = from_value(value)?;
            let services = services
                .into_iter()
                .enumerate()
                .map(|(i, s)| from_value(s).map_err(|b| b.prefixed(&format!("services[{i}]"))))
                .collect::<Result<Vec<Service>, Bad>>()?;
            Record::Organization(Box::new(org), services)
        }
    })
}

fn record_from_text(content: Content, text: &str) -> Result<Record, Bad> {
    match content {
        // The bulk path: straight from text to the typed service, no intermediate tree.
        Content::Services => from_text(text).map(|s| Record::Service(Box::new(s))),
        _ => {
            let value: Value = serde_json::from_str(text).map_err(|e| Bad {
                field: None,
                message: format!("invalid JSON: {e}"),
            })?;
            record_from_value(content, value)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Lines,
    Array,
    Single,
}

fn open(file: &Path) -> Result<BufReader<File>, ImportError> {
    File::open(file)
        .map(|f| BufReader::with_capacity(1 << 18, f))
        .map_err(|e| ImportError::file(file, format!("cannot read: {e}")))
}

/// Decides how a file is laid out from its extension and its first bytes.
fn layout_of(file: &Path) -> Result<Layout, ImportError> {
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(ext.as_deref(), Some("ndjson" | "jsonl")) {
        return Ok(Layout::Lines);
    }
    let mut reader = open(file)?;
    let mut line = String::new();
    loop {
        line.clear();
        let n = reader
            .read_line(&mut line)
            .map_err(|e| ImportError::file(file, format!("cannot read: {e}")))?;
        if n == 0 {
            return Err(ImportError::file(file, "the file is empty"));
        }
        let t = line.trim_start_matches('\u{feff}').trim();
        if t.is_empty() {
            continue;
        }
        return match t.as_bytes()[0] {
            b'[' => Ok(Layout::Array),
            b'{' if serde_json::from_str::<serde::de::IgnoredAny>(t).is_ok() => Ok(Layout::Lines),
            b'{' => Ok(Layout::Single),
            _ => Err(ImportError::file(
                file,
                "not HSDS JSON: expected an object, an array of objects, or one object per line",
            )),
        };
    }
}

/// Reads and splits every file on a blocking thread, sending the records to write (or the
/// first error) to `out`. Parsing and splitting thus run beside the database writes.
fn read_all(files: Vec<(PathBuf, Content)>, out: mpsc::Sender<Item>) {
    let mut split = Splitter::new(out);
    for (file, content) in files {
        let result = split.begin(&file).and_then(|()| match layout_of(&file)? {
            Layout::Lines => read_lines(&file, content, &mut split),
            Layout::Array => read_array(&file, content, &mut split),
            Layout::Single => read_single(&file, content, &mut split),
        });
        match result {
            Ok(()) => {}
            Err(Halt::Stopped) => return,
            Err(Halt::Failed(e)) => {
                let _ = split.out.blocking_send(Err(e));
                return;
            }
        }
    }
}

fn read_lines(file: &Path, content: Content, split: &mut Splitter) -> Result<(), Halt> {
    let mut reader = open(file)?;
    let mut line = String::new();
    let mut number = 0u64;
    loop {
        line.clear();
        number += 1;
        let n = reader.read_line(&mut line).map_err(|e| {
            ImportError::new(
                &Origin::new(file, Some(number)),
                None,
                format!("cannot read: {e}"),
            )
        })?;
        if n == 0 {
            return Ok(());
        }
        let text = if number == 1 {
            line.trim_start_matches('\u{feff}').trim()
        } else {
            line.trim()
        };
        if text.is_empty() {
            continue;
        }
        let record =
            record_from_text(content, text).map_err(|b| b.into_error(file, Some(number)))?;
        split.record(record, Some(number))?;
    }
}

fn read_single(file: &Path, content: Content, split: &mut Splitter) -> Result<(), Halt> {
    let mut text = String::new();
    open(file)?
        .read_to_string(&mut text)
        .map_err(|e| ImportError::file(file, format!("cannot read: {e}")))?;
    let text = text.trim_start_matches('\u{feff}');
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ImportError::file(file, format!("invalid JSON: {e}")))?;
    // An HSDS API page: the records are its `contents`.
    let page = value
        .as_object()
        .is_some_and(|o| o.get("contents").is_some_and(Value::is_array) && !o.contains_key("id"));
    if page {
        let Value::Object(mut o) = value else {
            return Ok(());
        };
        let Some(Value::Array(items)) = o.remove("contents") else {
            return Ok(());
        };
        for (i, item) in items.into_iter().enumerate() {
            let row = Some(i as u64 + 1);
            let record = record_from_value(content, item).map_err(|b| b.into_error(file, row))?;
            split.record(record, row)?;
        }
        return Ok(());
    }
    let record = if content == Content::Services {
        // Read the text again so that an error names the first bad field in file order.
        drop(value);
        record_from_text(content, text)
    } else {
        record_from_value(content, value)
    }
    .map_err(|b| b.into_error(file, None))?;
    split.record(record, None)
}

/// Streams the elements of a top-level JSON array without holding the whole array.
fn read_array(file: &Path, content: Content, split: &mut Splitter) -> Result<(), Halt> {
    struct Elements<'a> {
        file: &'a Path,
        content: Content,
        split: &'a mut Splitter,
        /// Elements read so far.
        count: u64,
        /// Set when reading stopped for a reason other than bad JSON.
        halt: Option<Halt>,
    }

    impl<'de> Visitor<'de> for &mut Elements<'_> {
        type Value = ();

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an array of HSDS objects")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            loop {
                let row = Some(self.count + 1);
                let Some(value) = seq.next_element::<Value>()? else {
                    return Ok(());
                };
                self.count += 1;
                let done = record_from_value(self.content, value)
                    .map_err(|b| Halt::Failed(b.into_error(self.file, row)))
                    .and_then(|record| self.split.record(record, row));
                if let Err(halt) = done {
                    self.halt = Some(halt);
                    return Err(serde::de::Error::custom("stopped"));
                }
            }
        }
    }

    let reader = open(file)?;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let mut elements = Elements {
        file,
        content,
        split,
        count: 0,
        halt: None,
    };
    let parsed = (&mut de)
        .deserialize_seq(&mut elements)
        .and_then(|()| de.end());
    if let Some(halt) = elements.halt.take() {
        return Err(halt);
    }
    parsed.map_err(|e| {
        Halt::Failed(ImportError::new(
            &Origin::new(file, Some(elements.count + 1)),
            None,
            format!("invalid JSON: {e}"),
        ))
    })
}

/// Where a record was first seen: an index into [`Splitter::files`] and a row.
#[derive(Debug, Clone, Copy)]
struct FirstSeen {
    file: u32,
    row: Option<u64>,
}

#[derive(Debug)]
struct Seen {
    hash: u64,
    at: FirstSeen,
}

#[derive(Debug)]
struct OrgSeen {
    hash: u64,
    at: FirstSeen,
    /// The programs written with the organization so far.
    programs: Vec<Program>,
}

#[derive(Debug)]
struct LocationSeen {
    /// Content hash without `organization_id`, which only some copies carry.
    hash: u64,
    organization_id: Option<Uuid>,
    at: FirstSeen,
}

/// Splits full objects into aggregates and hands each aggregate over once.
struct Splitter {
    out: mpsc::Sender<Item>,
    files: Vec<PathBuf>,
    /// The row being split.
    row: Option<u64>,
    organizations: HashMap<Uuid, OrgSeen>,
    locations: HashMap<Uuid, LocationSeen>,
    service_at_locations: HashMap<Uuid, Seen>,
    services: HashMap<Uuid, Seen>,
    taxonomies: HashSet<Uuid>,
    taxonomy_terms: HashSet<Uuid>,
    buf: Vec<u8>,
}

impl Splitter {
    fn new(out: mpsc::Sender<Item>) -> Self {
        Self {
            out,
            files: Vec::new(),
            row: None,
            organizations: HashMap::new(),
            locations: HashMap::new(),
            service_at_locations: HashMap::new(),
            services: HashMap::new(),
            taxonomies: HashSet::new(),
            taxonomy_terms: HashSet::new(),
            buf: Vec::new(),
        }
    }

    /// Starts reading `file`.
    fn begin(&mut self, file: &Path) -> Result<(), Halt> {
        self.files.push(file.to_path_buf());
        self.row = None;
        self.emit(Op::File(file.to_path_buf()))
    }

    fn emit(&self, op: Op) -> Result<(), Halt> {
        self.out
            .blocking_send(Ok(Write { row: self.row, op }))
            .map_err(|_| Halt::Stopped)
    }

    fn origin(&self) -> Origin {
        Origin::new(self.files.last().cloned().unwrap_or_default(), self.row)
    }

    fn fail(&self, field: Option<&str>, message: impl Into<String>) -> Halt {
        Halt::Failed(ImportError::new(&self.origin(), field, message))
    }

    fn here(&self) -> FirstSeen {
        FirstSeen {
            file: self.files.len().saturating_sub(1) as u32,
            row: self.row,
        }
    }

    fn describe(&self, seen: FirstSeen) -> String {
        let file = self
            .files
            .get(seen.file as usize)
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        match seen.row {
            Some(r) => format!("{file}, row {r}"),
            None => file,
        }
    }

    fn repeated(&self, kind: &str, id: Uuid, first: FirstSeen) -> Halt {
        self.fail(
            None,
            format!(
                "{kind} {id} appears again with different content (first at {}); one id must describe one {kind}",
                self.describe(first)
            ),
        )
    }

    /// A hash of the record's JSON form, to tell identical repeats from conflicting ones.
    fn fingerprint<T: Serialize>(&mut self, value: &T) -> u64 {
        self.buf.clear();
        if serde_json::to_writer(&mut self.buf, value).is_err() {
            self.buf.clear();
        }
        let mut h = DefaultHasher::new();
        h.write(&self.buf);
        h.finish()
    }

    fn record(&mut self, record: Record, row: Option<u64>) -> Result<(), Halt> {
        self.row = row;
        match record {
            Record::Service(s) => self.service(*s),
            Record::Organization(o, services) => {
                let bare = Organization {
                    locations: Vec::new(),
                    programs: Vec::new(),
                    ..(*o).clone()
                };
                self.organization(*o, None)?;
                for (i, mut s) in services.into_iter().enumerate() {
                    match s.organization_id {
                        None => s.organization_id = Some(bare.id),
                        Some(id) if id != bare.id => {
                            return Err(self.fail(
                                Some(&format!("services[{i}].organization_id")),
                                format!(
                                    "is {id}, but the service is listed under organization {}",
                                    bare.id
                                ),
                            ))
                        }
                        Some(_) => {}
                    }
                    if s.organization.is_none() {
                        s.organization = Some(Box::new(bare.clone()));
                    }
                    self.service(s).map_err(|halt| match halt {
                        Halt::Failed(mut e) => {
                            e.field = Some(match e.field.take() {
                                Some(f) => format!("services[{i}].{f}"),
                                None => format!("services[{i}]"),
                            });
                            Halt::Failed(e)
                        }
                        stopped => stopped,
                    })?;
                }
                Ok(())
            }
            Record::Taxonomy(t) => self.taxonomy(*t),
            Record::TaxonomyTerm(t) => self.taxonomy_term(*t),
        }
    }

    fn service(&mut self, mut s: Service) -> Result<(), Halt> {
        s.check()
            .map_err(|e| self.fail(Some(&e.field), e.error.to_string()))?;
        let organization = s.organization.take();
        if let Some(o) = &organization {
            s.organization_id.get_or_insert(o.id);
        }
        let program = s.program.take();
        if let Some(p) = &program {
            match s.program_id {
                None => s.program_id = Some(p.id),
                Some(id) if id != p.id => {
                    return Err(self.fail(
                        Some("program_id"),
                        format!("is {id}, but the embedded program is {}", p.id),
                    ))
                }
                Some(_) => {}
            }
        }
        match (organization, program) {
            (Some(o), program) => self.organization(*o, program)?,
            (None, Some(p)) => {
                let known = s
                    .organization_id
                    .and_then(|id| self.organizations.get(&id))
                    .is_some_and(|o| o.programs.iter().any(|q| q.id == p.id));
                if !known {
                    return Err(self.fail(
                        Some("program"),
                        "the service embeds a program but not its organization; programs are stored with their organization, so embed `organization` too",
                    ));
                }
            }
            (None, None) => {}
        }
        for (i, mut sal) in std::mem::take(&mut s.service_at_locations)
            .into_iter()
            .enumerate()
        {
            match sal.service_id {
                None => sal.service_id = Some(s.id),
                Some(id) if id != s.id => {
                    return Err(self.fail(
                        Some(&format!("service_at_locations[{i}].service_id")),
                        format!("is {id}, but the service is {}", s.id),
                    ))
                }
                Some(_) => {}
            }
            if let Some(location) = sal.location.take() {
                match sal.location_id {
                    None => sal.location_id = Some(location.id),
                    Some(id) if id != location.id => {
                        return Err(self.fail(
                            Some(&format!("service_at_locations[{i}].location_id")),
                            format!("is {id}, but the embedded location is {}", location.id),
                        ))
                    }
                    Some(_) => {}
                }
                self.location(location)?;
            }
            self.service_at_location(sal)?;
        }
        // Embedded terms are copies of the taxonomy: store them once, keep the reference.
        let mut terms = Vec::new();
        for a in &mut s.attributes {
            if let Some(term) = a.taxonomy_term.take() {
                a.taxonomy_term_id.get_or_insert(term.id);
                terms.push(term);
            }
        }
        for term in terms {
            self.taxonomy_term(term)?;
        }
        let hash = self.fingerprint(&s);
        if let Some(seen) = self.services.get(&s.id) {
            if seen.hash == hash {
                return Ok(());
            }
            return Err(self.repeated("service", s.id, seen.at));
        }
        let first = self.here();
        self.services.insert(s.id, Seen { hash, at: first });
        self.emit(Op::Service(Box::new(s)))
    }

    fn organization(&mut self, mut o: Organization, program: Option<Program>) -> Result<(), Halt> {
        let locations = std::mem::take(&mut o.locations);
        let mut programs = std::mem::take(&mut o.programs);
        programs.extend(program);
        for p in &mut programs {
            p.organization_id.get_or_insert(o.id);
        }
        let hash = self.fingerprint(&o);
        let first = self.here();
        match self.organizations.get_mut(&o.id) {
            None => {
                let mut kept: Vec<Program> = Vec::with_capacity(programs.len());
                for p in programs {
                    if !kept.iter().any(|k| k.id == p.id) {
                        kept.push(p);
                    }
                }
                o.programs = kept.clone();
                self.organizations.insert(
                    o.id,
                    OrgSeen {
                        hash,
                        at: first,
                        programs: kept,
                    },
                );
                let id = o.id;
                self.emit(Op::Organization(Box::new(o)))?;
                locations_of(self, locations, id)
            }
            Some(seen) => {
                if seen.hash != hash {
                    let first = seen.at;
                    return Err(self.repeated("organization", o.id, first));
                }
                let mut added = false;
                for p in programs {
                    if !seen.programs.iter().any(|k| k.id == p.id) {
                        seen.programs.push(p);
                        added = true;
                    }
                }
                let id = o.id;
                if added {
                    // A program seen for the first time: write the organization again with it.
                    o.programs = seen.programs.clone();
                    self.emit(Op::Organization(Box::new(o)))?;
                }
                locations_of(self, locations, id)
            }
        }
    }

    fn location(&mut self, mut l: Location) -> Result<(), Halt> {
        let organization_id = l.organization_id.take();
        let hash = self.fingerprint(&l);
        l.organization_id = organization_id;
        let first = self.here();
        match self.locations.get_mut(&l.id) {
            None => {
                self.locations.insert(
                    l.id,
                    LocationSeen {
                        hash,
                        organization_id,
                        at: first,
                    },
                );
                self.emit(Op::Location(Box::new(l)))
            }
            Some(seen) => {
                let same_org = organization_id.is_none()
                    || seen.organization_id.is_none()
                    || seen.organization_id == organization_id;
                if seen.hash != hash || !same_org {
                    let first = seen.at;
                    return Err(self.repeated("location", l.id, first));
                }
                if seen.organization_id.is_none() && organization_id.is_some() {
                    // A later copy names the organization: keep that.
                    seen.organization_id = organization_id;
                    return self.emit(Op::Location(Box::new(l)));
                }
                Ok(())
            }
        }
    }

    fn service_at_location(&mut self, sal: ServiceAtLocation) -> Result<(), Halt> {
        let hash = self.fingerprint(&sal);
        if let Some(seen) = self.service_at_locations.get(&sal.id) {
            if seen.hash == hash {
                return Ok(());
            }
            return Err(self.repeated("service_at_location", sal.id, seen.at));
        }
        let first = self.here();
        self.service_at_locations
            .insert(sal.id, Seen { hash, at: first });
        self.emit(Op::ServiceAtLocation(Box::new(sal)))
    }

    fn taxonomy(&mut self, t: Taxonomy) -> Result<(), Halt> {
        if self.taxonomies.insert(t.id) {
            self.emit(Op::Taxonomy(Box::new(t)))?;
        }
        Ok(())
    }

    fn taxonomy_term(&mut self, mut t: TaxonomyTerm) -> Result<(), Halt> {
        if !self.taxonomy_terms.insert(t.id) {
            return Ok(());
        }
        if let Some(detail) = &t.taxonomy_detail {
            t.taxonomy_id.get_or_insert(detail.id);
            self.taxonomy(detail.clone())?;
        }
        self.emit(Op::TaxonomyTerm(Box::new(t)))
    }
}

/// Splits out the locations listed under organization `id`, which they belong to.
fn locations_of(split: &mut Splitter, locations: Vec<Location>, id: Uuid) -> Result<(), Halt> {
    for mut l in locations {
        l.organization_id.get_or_insert(id);
        split.location(l)?;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Collects what an importer writes, in order.
    #[derive(Default, Debug)]
    pub(crate) struct Collected {
        pub organizations: Vec<(Organization, Origin)>,
        pub locations: Vec<(Location, Origin)>,
        pub services: Vec<(Service, Origin)>,
        pub service_at_locations: Vec<(ServiceAtLocation, Origin)>,
        pub taxonomies: Vec<(Taxonomy, Origin)>,
        pub taxonomy_terms: Vec<(TaxonomyTerm, Origin)>,
        pub warnings: Vec<String>,
    }

    impl Sink for Collected {
        async fn organization(&mut self, o: &Organization, at: &Origin) -> Result<(), ImportError> {
            self.organizations.push((o.clone(), at.clone()));
            Ok(())
        }
        async fn location(&mut self, l: &Location, at: &Origin) -> Result<(), ImportError> {
            self.locations.push((l.clone(), at.clone()));
            Ok(())
        }
        async fn service(&mut self, s: &Service, at: &Origin) -> Result<(), ImportError> {
            s.check()
                .map_err(|e| ImportError::new(at, Some(&e.field), e.error.to_string()))?;
            self.services.push((s.clone(), at.clone()));
            Ok(())
        }
        async fn service_at_location(
            &mut self,
            sal: &ServiceAtLocation,
            at: &Origin,
        ) -> Result<(), ImportError> {
            self.service_at_locations.push((sal.clone(), at.clone()));
            Ok(())
        }
        async fn taxonomy(&mut self, t: &Taxonomy, at: &Origin) -> Result<(), ImportError> {
            self.taxonomies.push((t.clone(), at.clone()));
            Ok(())
        }
        async fn taxonomy_term(
            &mut self,
            t: &TaxonomyTerm,
            at: &Origin,
        ) -> Result<(), ImportError> {
            self.taxonomy_terms.push((t.clone(), at.clone()));
            Ok(())
        }
        fn stage(&mut self, _what: &str) {}
        fn warn(&mut self, message: String) {
            self.warnings.push(message);
        }
    }

    fn official() -> String {
        puerta_testkit::official_example("service_full.json")
    }

    /// The official example with its two known defects fixed (latitude 100 is not on Earth;
    /// the term's parent is not part of the example).
    fn official_fixed() -> Value {
        let mut v: Value = serde_json::from_str(&official()).unwrap();
        for path in [
            "/service_at_locations/0/location",
            "/organization/locations/0",
        ] {
            let loc = v.pointer_mut(path).unwrap();
            loc["latitude"] = 51.5.into();
            loc["longitude"] = (-0.12).into();
        }
        v["attributes"][0]["taxonomy_term"]
            .as_object_mut()
            .unwrap()
            .remove("parent_id");
        v
    }

    async fn import_text(name: &str, text: &str) -> Result<Collected, ImportError> {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap();
        let mut c = Collected::default();
        run(&file, &mut c).await.map(|()| c)
    }

    fn service_json(id: u128, org: u128, loc: u128) -> String {
        let (id, org, loc, sal) = (
            Uuid::from_u128(id),
            Uuid::from_u128(org),
            Uuid::from_u128(loc),
            Uuid::from_u128(id + 1000),
        );
        serde_json::json!({
            "id": id, "name": format!("Service {id}"), "status": "active",
            "organization": {"id": org, "name": "Org", "description": "An organization"},
            "service_at_locations": [{"id": sal, "location": {"id": loc, "location_type": "physical", "latitude": 25.7, "longitude": -80.2}}],
        })
        .to_string()
    }

    #[tokio::test]
    async fn the_official_full_service_is_split_into_aggregates() {
        let text = serde_json::to_string_pretty(&official_fixed()).unwrap();
        let c = import_text("service_full.json", &text).await.unwrap();
        assert_eq!(c.services.len(), 1);
        let (s, at) = &c.services[0];
        assert_eq!(at.row, None);
        assert!(s.organization.is_none() && s.program.is_none());
        assert!(s.service_at_locations.is_empty());
        let org_id = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
            .parse::<Uuid>()
            .unwrap();
        assert_eq!(s.organization_id, Some(org_id));
        assert_eq!(
            s.program_id,
            Some("e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42".parse().unwrap())
        );
        // The organization is written once, with its program.
        assert_eq!(c.organizations.len(), 1);
        let org = &c.organizations[0].0;
        assert_eq!(org.programs.len(), 1);
        assert_eq!(org.programs[0].organization_id, Some(org_id));
        assert!(org.locations.is_empty());
        // The location arrives twice (organization and service-at-location), identical: once,
        // with the organization that listed it.
        assert_eq!(c.locations.len(), 1, "{:?}", c.locations);
        assert_eq!(c.locations[0].0.organization_id, Some(org_id));
        let sal = &c.service_at_locations[0].0;
        assert_eq!(sal.service_id, Some(s.id));
        assert_eq!(sal.location_id, Some(c.locations[0].0.id));
        assert!(sal.location.is_none());
        // The attribute's term and its taxonomy are stored; the attribute keeps the id.
        assert_eq!(c.taxonomy_terms.len(), 1);
        assert_eq!(c.taxonomies.len(), 1);
        assert_eq!(
            c.taxonomy_terms[0].0.taxonomy_id,
            Some("5c4d79d7-cc55-470e-9f1f-8cad074e4892".parse().unwrap())
        );
        assert_eq!(
            s.attributes[0].taxonomy_term_id,
            Some(c.taxonomy_terms[0].0.id)
        );
        assert!(s.attributes[0].taxonomy_term.is_none());
    }

    #[tokio::test]
    async fn the_unfixed_official_example_names_the_bad_field() {
        let e = import_text("service_full.json", &official())
            .await
            .unwrap_err();
        assert_eq!(
            e.field.as_deref(),
            Some("service_at_locations[0].location.latitude"),
            "{e}"
        );
        assert!(e.message.contains("between -90 and 90"), "{e}");
        assert_eq!(e.row, None);
    }

    #[tokio::test]
    async fn ndjson_rows_are_line_numbers_and_bad_fields_are_named() {
        let good = service_json(1, 100, 200);
        let bad = service_json(2, 100, 201).replace("25.7", "125.7");
        let text = format!("{good}\n\n{bad}\n");
        let e = import_text("s.ndjson", &text).await.unwrap_err();
        assert_eq!(e.row, Some(3), "{e}");
        assert_eq!(
            e.field.as_deref(),
            Some("service_at_locations[0].location.latitude")
        );
        assert!(
            e.to_string()
                .contains("s.ndjson: row 3: field `service_at_locations[0].location.latitude`"),
            "{e}"
        );
    }

    #[tokio::test]
    async fn ndjson_is_recognised_by_content_and_shared_records_are_written_once() {
        let lines: Vec<String> = (0..5).map(|i| service_json(i + 1, 100, 200)).collect();
        let c = import_text("all.json", &lines.join("\n")).await.unwrap();
        assert_eq!(c.services.len(), 5);
        assert_eq!(c.organizations.len(), 1);
        assert_eq!(c.locations.len(), 1);
        assert_eq!(c.service_at_locations.len(), 5);
        assert_eq!(c.services[4].1.row, Some(5));
    }

    #[tokio::test]
    async fn arrays_report_the_element_and_truncated_files_the_position() {
        let a = service_json(1, 100, 200);
        let b = service_json(2, 100, 201).replace("\"active\"", "\"open\"");
        let e = import_text("s.json", &format!("[{a},\n{b}]"))
            .await
            .unwrap_err();
        assert_eq!(
            (e.row, e.field.as_deref()),
            (Some(2), Some("status")),
            "{e}"
        );

        let c = import_text("s.json", &format!("[{a},\n{a}]"))
            .await
            .unwrap();
        assert_eq!(c.services.len(), 1, "identical repeats are written once");

        let e = import_text("s.json", &format!("[{a},\n{}", &a[..40]))
            .await
            .unwrap_err();
        assert_eq!(e.row, Some(2), "{e}");
        assert!(e.message.contains("line 2 column"), "{e}");

        let pretty = serde_json::to_string_pretty(&official_fixed()).unwrap();
        let e = import_text("one.json", &pretty[..pretty.len() / 2])
            .await
            .unwrap_err();
        assert!(
            e.message.contains("EOF while parsing") && e.message.contains("line"),
            "{e}"
        );
    }

    #[tokio::test]
    async fn a_conflicting_repeat_is_an_error_naming_both_places() {
        let a = service_json(1, 100, 200);
        let b = service_json(2, 100, 200).replace("\"name\":\"Org\"", "\"name\":\"Other Org\"");
        assert!(b.contains("Other Org"));
        let e = import_text("s.ndjson", &format!("{a}\n{b}\n"))
            .await
            .unwrap_err();
        assert_eq!(e.row, Some(2));
        assert!(
            e.message
                .contains("organization 00000000-0000-0000-0000-000000000064 appears again"),
            "{e}"
        );
        assert!(e.message.contains("s.ndjson, row 1"), "{e}");
    }

    #[tokio::test]
    async fn pages_taxonomies_and_organization_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let examples = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/hsds/spec-3.1/examples");
        std::fs::copy(
            examples.join("taxonomy_list.json"),
            dir.path().join("taxonomy_list.json"),
        )
        .unwrap();
        let mut org: Value = serde_json::from_str(
            &std::fs::read_to_string(examples.join("organization_full.json")).unwrap(),
        )
        .unwrap();
        org["locations"][0]["latitude"] = 51.5.into();
        org["services"][0]["service_at_locations"][0]["location"]["latitude"] = 51.5.into();
        org["services"][0]["attributes"][0]["taxonomy_term"]
            .as_object_mut()
            .unwrap()
            .remove("parent_id");
        std::fs::write(dir.path().join("organizations.json"), org.to_string()).unwrap();
        let mut c = Collected::default();
        run(dir.path(), &mut c).await.unwrap();
        assert_eq!(c.taxonomies.len(), 1);
        assert_eq!(c.taxonomies[0].1.row, Some(1));
        assert_eq!(c.organizations.len(), 1);
        assert_eq!(c.organizations[0].0.programs.len(), 1);
        assert_eq!(c.services.len(), 1);
        assert_eq!(
            c.services[0].0.organization_id,
            Some(c.organizations[0].0.id)
        );
        assert_eq!(c.locations.len(), 1);
    }
}

#[cfg(test)]
mod speed {
    use super::*;

    /// Counts what it is given; the importer's own cost, without a database.
    #[derive(Default)]
    struct Count(u64, u64);

    impl Sink for Count {
        async fn organization(&mut self, _: &Organization, _: &Origin) -> Result<(), ImportError> {
            self.0 += 1;
            Ok(())
        }
        async fn location(&mut self, _: &Location, _: &Origin) -> Result<(), ImportError> {
            self.0 += 1;
            Ok(())
        }
        async fn service(&mut self, _: &Service, _: &Origin) -> Result<(), ImportError> {
            self.0 += 1;
            self.1 += 1;
            Ok(())
        }
        async fn service_at_location(
            &mut self,
            _: &ServiceAtLocation,
            _: &Origin,
        ) -> Result<(), ImportError> {
            self.0 += 1;
            Ok(())
        }
        async fn taxonomy(&mut self, _: &Taxonomy, _: &Origin) -> Result<(), ImportError> {
            Ok(())
        }
        async fn taxonomy_term(&mut self, _: &TaxonomyTerm, _: &Origin) -> Result<(), ImportError> {
            Ok(())
        }
        fn stage(&mut self, _: &str) {}
        fn warn(&mut self, _: String) {}
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    #[ignore = "timing only; run in release mode"]
    async fn parse_and_split_100k_services() {
        use std::io::Write;
        let seed = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds3/json/services.ndjson"),
        )
        .unwrap();
        let seed: Vec<&str> = seed.lines().collect();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("bulk.ndjson");
        let mut out = std::io::BufWriter::new(File::create(&file).unwrap());
        for i in 0..100_000u32 {
            let line = seed[i as usize % seed.len()].replace("5a1e0000-", &format!("{i:08x}-"));
            writeln!(out, "{line}").unwrap();
        }
        out.flush().unwrap();
        drop(out);
        let started = std::time::Instant::now();
        let mut c = Count::default();
        run(&file, &mut c).await.unwrap();
        eprintln!("{} records in {:.2?}", c.0, started.elapsed());
        assert_eq!(c.1, 100_000);
    }
}
