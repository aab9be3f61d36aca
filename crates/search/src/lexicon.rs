//! The cross-lingual need lexicon: what residents type in their own language ("abogado
//! gratis", "免费律师", "trabay", "học tiếng Anh") mapped to Open Eligibility taxonomy codes
//! and to English search terms, so that queries in any language find services that are
//! described only in English.
//!
//! This module owns the lexicon data format (`data/lexicon/needs.yaml`, embedded in the
//! binary; a city file can be laid on top, see `data/lexicon/README.md`), its validation,
//! the text normalisation shared by terms and queries, and [`Lexicon::expand`].
//!
//! Matching, in short: query and terms go through the same [`normalize`] (NFKC, lower case,
//! diacritics folded for Latin scripts, Arabic/Persian letter variants unified, Arabic
//! article dropped, Cyrillic ё→е). Alphabetic terms match whole words as phrases (a word
//! written `stem*` matches any word starting with `stem`); Chinese, Japanese and Korean
//! terms match as substrings, ignoring spaces. Overlapping matches are resolved longest
//! first, so "abogado de inmigración" is one match, not two.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The shipped lexicon, embedded so a binary works without the data folder.
const SHIPPED_YAML: &str = include_str!("../../../data/lexicon/needs.yaml");
/// How errors in the shipped lexicon name it.
const SHIPPED_ORIGIN: &str = "data/lexicon/needs.yaml";

/// Environment variable naming a city lexicon file to lay over the shipped one.
pub const LEXICON_ENV: &str = "PUERTA_LEXICON";

/// Review states a language may declare.
const REVIEW_STATES: &[&str] = &["draft", "reviewed"];

/// Letters a `stem*` word must have before the `*` (shorter stems match too much).
const MIN_PREFIX_CHARS: usize = 3;

/// Queries are cut to this many bytes before matching (a search box, not a document).
const MAX_QUERY_BYTES: usize = 2_000;

/// How a query was understood through the lexicon.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Expansion {
    /// English search terms to add to the full-text query (lower case, deduplicated).
    pub english_terms: Vec<String>,
    /// Open Eligibility taxonomy codes (`taxonomy_terms.code`) the query maps to.
    pub taxonomy_codes: Vec<String>,
    /// Which lexicon entries matched, for "why" and for debugging.
    pub matches: Vec<LexiconMatch>,
}

impl Expansion {
    /// True when nothing in the query is a known need.
    pub fn is_empty(&self) -> bool {
        self.matches.is_empty()
    }

    /// The ids of the needs that matched, in query order, without repeats.
    pub fn needs(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.matches {
            if !out.contains(&m.need.as_str()) {
                out.push(&m.need);
            }
        }
        out
    }
}

/// One lexicon entry found in a query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LexiconMatch {
    /// The need's id in the lexicon (e.g. `legal.free-lawyer`).
    pub need: String,
    /// The language of the term that matched (BCP 47: `es`, `zh-Hant`, ...).
    pub language: String,
    /// The term as written in the lexicon.
    pub term: String,
}

/// A lexicon file could not be read, parsed or accepted. The message names the file, the
/// need and the field, e.g. "city-lexicon.yaml: need `food.pantry`, terms.es[2]: blank term".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LexiconError {
    #[error("{origin}: cannot read the lexicon file: {message}")]
    Read { origin: String, message: String },
    #[error("{origin}: not a valid lexicon file: {message}")]
    Syntax { origin: String, message: String },
    #[error("{origin}: {field}: {problem}")]
    File {
        origin: String,
        field: String,
        problem: String,
    },
    #[error("{origin}: need `{need}`, {field}: {problem}")]
    Need {
        origin: String,
        need: String,
        field: String,
        problem: String,
    },
}

/// A language the lexicon has terms in, with the honest state of its review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Language {
    /// BCP 47 tag (`es`, `zh-Hant`, `ht`).
    pub tag: String,
    /// The language's name in itself ("Español", "Kreyòl ayisyen").
    pub name: String,
    /// `draft` (written by the Puerta team, not yet checked by fluent speakers) or `reviewed`.
    pub review: String,
    /// Who reviewed, or what is known to be missing.
    pub note: Option<String>,
}

/// One need (e.g. free lawyer, food pantry) after shipped and city files are merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Need {
    /// Stable id (`legal.free-lawyer`).
    pub id: String,
    /// What the need is, for curators.
    pub description: Option<String>,
    /// Open Eligibility codes (`taxonomy_terms.code`, e.g. `1375`).
    pub taxonomy_codes: Vec<String>,
    /// English words that occur in directory descriptions of such services (lower case).
    pub english_terms: Vec<String>,
    /// What residents type, per language tag, as written in the lexicon files.
    pub terms: BTreeMap<String, Vec<String>>,
    /// For each taxonomy code: the file it came from and its index there (error messages).
    #[serde(skip)]
    code_origins: Vec<CodeOrigin>,
}

/// Where a taxonomy code was written: the file and the index in its `taxonomy` list.
type CodeOrigin = (Arc<str>, usize);

/// The merged lexicon, ready to expand queries.
#[derive(Debug, Clone)]
pub struct Lexicon {
    version: String,
    updated: Option<String>,
    languages: Vec<Language>,
    needs: Vec<Need>,
    matcher: Matcher,
}

impl Lexicon {
    /// The lexicon shipped with Puerta (`data/lexicon/needs.yaml`, embedded at build time).
    pub fn shipped() -> Result<Lexicon, LexiconError> {
        Lexicon::from_yaml(SHIPPED_YAML, SHIPPED_ORIGIN)
    }

    /// A complete lexicon from YAML text; `origin` names the text in error messages.
    /// The file must declare `version` and its `languages`.
    pub fn from_yaml(text: &str, origin: &str) -> Result<Lexicon, LexiconError> {
        let doc = parse(text, origin)?;
        let version = match doc.version.as_ref().map(|v| v.as_text()) {
            Some(v) if !v.trim().is_empty() => v.trim().to_string(),
            _ => return Err(file_error(origin, "version", "missing or blank")),
        };
        let updated = doc.updated.as_ref().map(|u| u.as_text());
        let mut builder = Builder::default();
        builder.apply(doc, origin)?;
        builder.finish(version, updated)
    }

    /// The shipped lexicon with the city file at `path` laid over it (see the README in
    /// `data/lexicon/`): new needs are added, terms of existing needs are added to, or
    /// replaced field by field when the city entry says `replace: true`.
    pub fn load_with_overlay(path: impl AsRef<Path>) -> Result<Lexicon, LexiconError> {
        let path = path.as_ref();
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| LexiconError::Read {
            origin: origin.clone(),
            message: e.to_string(),
        })?;
        Lexicon::shipped()?.with_overlay(&text, &origin)
    }

    /// The shipped lexicon, with the city file named by `PUERTA_LEXICON` laid over it when
    /// that variable is set and not blank.
    pub fn from_env() -> Result<Lexicon, LexiconError> {
        match std::env::var_os(LEXICON_ENV) {
            Some(path) if !path.is_empty() => Lexicon::load_with_overlay(path),
            _ => Lexicon::shipped(),
        }
    }

    /// This lexicon with a city file's YAML text laid over it (`origin` names the file).
    pub fn with_overlay(&self, text: &str, origin: &str) -> Result<Lexicon, LexiconError> {
        let doc = parse(text, origin)?;
        let version = match doc.version.as_ref().map(|v| v.as_text()) {
            Some(v) if !v.trim().is_empty() => format!("{}+{}", self.version, v.trim()),
            _ => self.version.clone(),
        };
        let updated = doc
            .updated
            .as_ref()
            .map(|u| u.as_text())
            .or_else(|| self.updated.clone());
        let mut builder = Builder::from_lexicon(self);
        builder.apply(doc, origin)?;
        builder.finish(version, updated)
    }

    /// Checks every taxonomy code against the codes the directory knows (e.g. the ids in
    /// `data/taxonomies/open-eligibility/taxonomy.csv`).
    pub fn check_taxonomy_codes<I, S>(&self, known: I) -> Result<(), LexiconError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let known: HashSet<String> = known
            .into_iter()
            .map(|s| s.as_ref().trim().to_string())
            .collect();
        for need in &self.needs {
            for (code, (origin, index)) in need.taxonomy_codes.iter().zip(&need.code_origins) {
                if !known.contains(code) {
                    return Err(LexiconError::Need {
                        origin: origin.to_string(),
                        need: need.id.clone(),
                        field: format!("taxonomy[{index}]"),
                        problem: format!("unknown taxonomy code `{code}`"),
                    });
                }
            }
        }
        Ok(())
    }

    /// The lexicon's version: the shipped version, plus `+<city version>` with an overlay.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// When the lexicon was last updated (as written in the file).
    pub fn updated(&self) -> Option<&str> {
        self.updated.as_deref()
    }

    /// Language tags the lexicon has terms in, in the order the files declare them.
    pub fn languages(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.tag.as_str()).collect()
    }

    /// The declared languages with their review state.
    pub fn language_info(&self) -> &[Language] {
        &self.languages
    }

    /// All needs, in file order.
    pub fn needs(&self) -> &[Need] {
        &self.needs
    }

    /// One need by id.
    pub fn need(&self, id: &str) -> Option<&Need> {
        self.needs.iter().find(|n| n.id == id)
    }

    /// What the query asks for, through the lexicon, checked against every language.
    pub fn expand(&self, query: &str) -> Expansion {
        self.expand_for_locale(query, None)
    }

    /// Like [`Lexicon::expand`]; when one written term belongs to several languages
    /// ("asilo" is Spanish and Portuguese), the match is reported in `locale`'s language
    /// if it is one of them (`es-MX` counts as `es`).
    pub fn expand_for_locale(&self, query: &str, locale: Option<&str>) -> Expansion {
        let query = truncate(query, MAX_QUERY_BYTES);
        let normalized = normalize(query);
        let preferred = locale.and_then(|l| self.language_index(l));
        let mut spans = self.matcher.find(&normalized);
        spans.sort_by_key(|s| s.start);

        let mut out = Expansion::default();
        let mut seen_terms: HashSet<&str> = HashSet::new();
        let mut seen_codes: HashSet<&str> = HashSet::new();
        for span in spans {
            let key = &self.matcher.keys[span.key];
            let mut needs_here: Vec<u32> = Vec::new();
            for hit in &key.hits {
                if !needs_here.contains(&hit.need) {
                    needs_here.push(hit.need);
                }
            }
            for need_index in needs_here {
                // Hits are stored in language order; prefer the resident's language.
                let candidates = key.hits.iter().filter(|h| h.need == need_index);
                let mut chosen: Option<&Hit> = None;
                for hit in candidates {
                    if chosen.is_none() || Some(hit.language) == preferred {
                        chosen = Some(hit);
                    }
                    if Some(hit.language) == preferred {
                        break;
                    }
                }
                let Some(hit) = chosen else { continue };
                let Some(need) = self.needs.get(need_index as usize) else {
                    continue;
                };
                let language = self
                    .languages
                    .get(hit.language as usize)
                    .map(|l| l.tag.clone())
                    .unwrap_or_default();
                let found = LexiconMatch {
                    need: need.id.clone(),
                    language,
                    term: hit.term.clone(),
                };
                if !out.matches.contains(&found) {
                    out.matches.push(found);
                }
                for term in &need.english_terms {
                    if seen_terms.insert(term) {
                        out.english_terms.push(term.clone());
                    }
                }
                for code in &need.taxonomy_codes {
                    if seen_codes.insert(code) {
                        out.taxonomy_codes.push(code.clone());
                    }
                }
            }
        }
        out
    }

    fn language_index(&self, locale: &str) -> Option<u32> {
        let locale = locale.trim();
        let exact = self
            .languages
            .iter()
            .position(|l| l.tag.eq_ignore_ascii_case(locale));
        let found = exact.or_else(|| {
            // `zh-Hant-TW` → `zh-Hant`, `es-MX` → `es`: the longest declared tag that prefixes it.
            self.languages
                .iter()
                .enumerate()
                .filter(|(_, l)| {
                    locale.len() > l.tag.len()
                        && locale.is_char_boundary(l.tag.len())
                        && locale[..l.tag.len()].eq_ignore_ascii_case(&l.tag)
                        && locale[l.tag.len()..].starts_with(['-', '_'])
                })
                .max_by_key(|(_, l)| l.tag.len())
                .map(|(i, _)| i)
        });
        found.and_then(|i| u32::try_from(i).ok())
    }
}

// ---------------------------------------------------------------------------------------
// The file format.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDoc {
    #[serde(default)]
    version: Option<Scalar>,
    #[serde(default)]
    updated: Option<Scalar>,
    /// Free text; documented in the README, not interpreted.
    #[serde(default)]
    #[allow(dead_code)]
    licence: Option<String>,
    #[serde(default)]
    languages: Vec<LanguageDoc>,
    #[serde(default)]
    needs: Vec<NeedDoc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageDoc {
    tag: String,
    name: String,
    review: String,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NeedDoc {
    id: String,
    #[serde(default)]
    description: Option<String>,
    /// City files: replace the fields given instead of adding to them.
    #[serde(default)]
    replace: bool,
    #[serde(default)]
    taxonomy: Option<Vec<Scalar>>,
    #[serde(default)]
    search: Option<Vec<String>>,
    #[serde(default)]
    terms: BTreeMap<String, Vec<String>>,
}

/// A YAML scalar written with or without quotes (`1375` or `"1375"`, `2026-05-01`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Integer(i64),
    Float(f64),
}

impl Scalar {
    fn as_text(&self) -> String {
        match self {
            Scalar::Text(s) => s.clone(),
            Scalar::Integer(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
        }
    }
}

fn parse(text: &str, origin: &str) -> Result<FileDoc, LexiconError> {
    serde_saphyr::from_str::<FileDoc>(text).map_err(|e| LexiconError::Syntax {
        origin: origin.to_string(),
        message: e.to_string(),
    })
}

fn file_error(origin: &str, field: &str, problem: &str) -> LexiconError {
    LexiconError::File {
        origin: origin.to_string(),
        field: field.to_string(),
        problem: problem.to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// Merging files into needs.

#[derive(Default)]
struct Builder {
    languages: Vec<Language>,
    needs: Vec<Need>,
    by_id: HashMap<String, usize>,
}

impl Builder {
    fn from_lexicon(lexicon: &Lexicon) -> Builder {
        let by_id = lexicon
            .needs
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();
        Builder {
            languages: lexicon.languages.clone(),
            needs: lexicon.needs.clone(),
            by_id,
        }
    }

    fn apply(&mut self, doc: FileDoc, origin: &str) -> Result<(), LexiconError> {
        let origin_arc: Arc<str> = Arc::from(origin);
        for (i, lang) in doc.languages.into_iter().enumerate() {
            let field = |f: &str| format!("languages[{i}].{f}");
            let tag = lang.tag.trim().to_string();
            if !valid_language_tag(&tag) {
                return Err(file_error(
                    origin,
                    &field("tag"),
                    &format!("`{tag}` is not a BCP 47 language tag like `es` or `zh-Hant`"),
                ));
            }
            if lang.name.trim().is_empty() {
                return Err(file_error(origin, &field("name"), "blank name"));
            }
            let review = lang.review.trim().to_string();
            if !REVIEW_STATES.contains(&review.as_str()) {
                return Err(file_error(
                    origin,
                    &field("review"),
                    &format!("`{review}` is not one of: {}", REVIEW_STATES.join(", ")),
                ));
            }
            let language = Language {
                tag: tag.clone(),
                name: lang.name.trim().to_string(),
                review,
                note: lang.note.map(|n| n.trim().to_string()),
            };
            match self.languages.iter_mut().find(|l| l.tag == tag) {
                Some(existing) => *existing = language,
                None => self.languages.push(language),
            }
        }

        let mut ids_in_file: HashMap<String, usize> = HashMap::new();
        for (i, doc) in doc.needs.into_iter().enumerate() {
            let id = doc.id.trim().to_string();
            if id.is_empty() {
                return Err(file_error(
                    origin,
                    &format!("needs[{i}].id"),
                    "blank need id",
                ));
            }
            if !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c))
            {
                return Err(file_error(
                    origin,
                    &format!("needs[{i}].id"),
                    &format!("`{id}`: need ids use a-z, 0-9, `.`, `-` and `_` only"),
                ));
            }
            if let Some(first) = ids_in_file.insert(id.clone(), i) {
                return Err(LexiconError::Need {
                    origin: origin.to_string(),
                    need: id,
                    field: format!("needs[{i}]"),
                    problem: format!("duplicate need id (first defined at needs[{first}])"),
                });
            }
            self.apply_need(doc, id, origin, &origin_arc)?;
        }
        Ok(())
    }

    fn apply_need(
        &mut self,
        doc: NeedDoc,
        id: String,
        origin: &str,
        origin_arc: &Arc<str>,
    ) -> Result<(), LexiconError> {
        let err = |field: String, problem: String| LexiconError::Need {
            origin: origin.to_string(),
            need: id.clone(),
            field,
            problem,
        };

        let mut codes: Option<Vec<(String, CodeOrigin)>> = None;
        if let Some(list) = &doc.taxonomy {
            let mut out = Vec::new();
            for (j, code) in list.iter().enumerate() {
                let code = code.as_text().trim().to_string();
                if code.is_empty() {
                    return Err(err(format!("taxonomy[{j}]"), "blank code".into()));
                }
                if !out.iter().any(|(c, _)| *c == code) {
                    out.push((code, (origin_arc.clone(), j)));
                }
            }
            codes = Some(out);
        }

        let mut english: Option<Vec<String>> = None;
        if let Some(list) = &doc.search {
            let mut out: Vec<String> = Vec::new();
            for (j, term) in list.iter().enumerate() {
                let term = term.trim().to_lowercase();
                if term.is_empty() {
                    return Err(err(format!("search[{j}]"), "blank term".into()));
                }
                if !out.contains(&term) {
                    out.push(term);
                }
            }
            english = Some(out);
        }

        let mut terms: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (tag, list) in &doc.terms {
            if !self.languages.iter().any(|l| &l.tag == tag) {
                return Err(err(
                    format!("terms.{tag}"),
                    format!("unknown language tag `{tag}` (declare it under `languages:`)"),
                ));
            }
            let mut seen: HashMap<String, usize> = HashMap::new();
            let mut out = Vec::new();
            for (j, term) in list.iter().enumerate() {
                let field = format!("terms.{tag}[{j}]");
                let pattern = compile_term(term).map_err(|problem| err(field.clone(), problem))?;
                if let Some(first) = seen.insert(pattern.key(), j) {
                    return Err(err(
                        field,
                        format!(
                            "`{}` is the same as terms.{tag}[{first}] once accents and case are ignored",
                            term.trim()
                        ),
                    ));
                }
                out.push(term.trim().to_string());
            }
            terms.insert(tag.clone(), out);
        }

        match self.by_id.get(&id).copied() {
            Some(index) => {
                let Some(need) = self.needs.get_mut(index) else {
                    return Err(err("id".into(), "internal: lost need".into()));
                };
                if doc.description.is_some() {
                    need.description = doc.description.map(|d| d.trim().to_string());
                }
                if let Some(codes) = codes {
                    if doc.replace {
                        need.taxonomy_codes.clear();
                        need.code_origins.clear();
                    }
                    for (code, at) in codes {
                        if !need.taxonomy_codes.contains(&code) {
                            need.taxonomy_codes.push(code);
                            need.code_origins.push(at);
                        }
                    }
                }
                if let Some(english) = english {
                    if doc.replace {
                        need.english_terms.clear();
                    }
                    for term in english {
                        if !need.english_terms.contains(&term) {
                            need.english_terms.push(term);
                        }
                    }
                }
                for (tag, list) in terms {
                    let slot = need.terms.entry(tag).or_default();
                    if doc.replace {
                        slot.clear();
                    }
                    for term in list {
                        let key = compile_term(&term).map(|p| p.key()).unwrap_or_default();
                        let already = slot
                            .iter()
                            .any(|t| compile_term(t).map(|p| p.key()).unwrap_or_default() == key);
                        if !already {
                            slot.push(term);
                        }
                    }
                }
            }
            None => {
                let codes = codes.unwrap_or_default();
                let english = english.unwrap_or_default();
                if english.is_empty() && codes.is_empty() {
                    return Err(err(
                        "search".into(),
                        "a new need needs English search terms or taxonomy codes".into(),
                    ));
                }
                if terms.values().all(|t| t.is_empty()) {
                    return Err(err("terms".into(), "a new need needs terms".into()));
                }
                let (taxonomy_codes, code_origins) = codes.into_iter().unzip();
                self.by_id.insert(id.clone(), self.needs.len());
                self.needs.push(Need {
                    id,
                    description: doc.description.map(|d| d.trim().to_string()),
                    taxonomy_codes,
                    english_terms: english,
                    terms,
                    code_origins,
                });
            }
        }
        Ok(())
    }

    fn finish(self, version: String, updated: Option<String>) -> Result<Lexicon, LexiconError> {
        let matcher = Matcher::build(&self.languages, &self.needs)?;
        Ok(Lexicon {
            version,
            updated,
            languages: self.languages,
            needs: self.needs,
            matcher,
        })
    }
}

fn valid_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

// ---------------------------------------------------------------------------------------
// Terms and matching.

/// A term compiled for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pattern {
    /// Whole words, in order; `prefix` words match any word that starts with them.
    Words(Vec<WordPattern>),
    /// Chinese/Japanese/Korean: a substring of the query with spaces removed.
    Substring(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct WordPattern {
    text: String,
    prefix: bool,
}

impl Pattern {
    /// One string per distinct pattern (terms equal after normalisation share it).
    fn key(&self) -> String {
        match self {
            Pattern::Words(words) => {
                let mut key = String::from("w:");
                for (i, w) in words.iter().enumerate() {
                    if i > 0 {
                        key.push(' ');
                    }
                    key.push_str(&w.text);
                    if w.prefix {
                        key.push('*');
                    }
                }
                key
            }
            Pattern::Substring(s) => format!("s:{s}"),
        }
    }
}

fn compile_term(term: &str) -> Result<Pattern, String> {
    let trimmed = term.trim();
    if trimmed.is_empty() {
        return Err("blank term".into());
    }
    let normalized = normalize(trimmed);
    if normalized.chars().any(is_cjk) {
        if trimmed.contains('*') {
            return Err(format!(
                "`{trimmed}`: `*` is not used in Chinese, Japanese or Korean terms (they match inside longer words already)"
            ));
        }
        let compact: String = normalized.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.chars().count() < 2 {
            return Err(format!(
                "`{trimmed}`: Chinese, Japanese and Korean terms need at least 2 characters"
            ));
        }
        return Ok(Pattern::Substring(compact));
    }

    let mut words = Vec::new();
    for raw in trimmed.split_whitespace() {
        let (body, prefix) = match raw.strip_suffix('*') {
            Some(body) => (body, true),
            None => (raw, false),
        };
        if body.contains('*') {
            return Err(format!(
                "`{trimmed}`: `*` may only end a word (`stem*` matches words starting with `stem`)"
            ));
        }
        let tokens: Vec<String> = tokens(&normalize(body))
            .into_iter()
            .map(|t| t.text.to_string())
            .collect();
        let count = tokens.len();
        for (k, text) in tokens.into_iter().enumerate() {
            let is_prefix = prefix && k + 1 == count;
            if is_prefix && text.chars().count() < MIN_PREFIX_CHARS {
                return Err(format!(
                    "`{trimmed}`: `{text}*` is too short; write at least {MIN_PREFIX_CHARS} letters before `*`"
                ));
            }
            words.push(WordPattern {
                text,
                prefix: is_prefix,
            });
        }
    }
    if words.is_empty() {
        return Err(format!("`{trimmed}` has no letters or digits"));
    }
    Ok(Pattern::Words(words))
}

/// One distinct normalised term and every (need, language, written term) it stands for.
#[derive(Debug, Clone)]
struct Key {
    /// Word count (phrases) — used for nothing but debugging; spans decide length.
    pattern: Pattern,
    hits: Vec<Hit>,
}

#[derive(Debug, Clone)]
struct Hit {
    need: u32,
    language: u32,
    term: String,
}

/// A key found in the normalised query, as a byte range of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
    key: usize,
}

#[derive(Debug, Clone)]
struct Matcher {
    keys: Vec<Key>,
    /// Word keys by their first word (when that word is whole).
    by_first_word: HashMap<String, Vec<usize>>,
    /// Word keys whose first word is a `stem*`, by the stem's first three characters.
    by_first_stem: HashMap<String, Vec<usize>>,
    /// CJK substring keys; pattern i is `substring_keys[i]`.
    substrings: Option<AhoCorasick>,
    substring_keys: Vec<usize>,
}

impl Matcher {
    fn build(languages: &[Language], needs: &[Need]) -> Result<Matcher, LexiconError> {
        let mut keys: Vec<Key> = Vec::new();
        let mut key_index: HashMap<String, usize> = HashMap::new();
        // Language order first, so each key's hits are in language order.
        for (lang_index, lang) in languages.iter().enumerate() {
            for (need_index, need) in needs.iter().enumerate() {
                let Some(list) = need.terms.get(&lang.tag) else {
                    continue;
                };
                for (j, term) in list.iter().enumerate() {
                    let pattern = compile_term(term).map_err(|problem| LexiconError::Need {
                        origin: "lexicon".into(),
                        need: need.id.clone(),
                        field: format!("terms.{}[{j}]", lang.tag),
                        problem,
                    })?;
                    let k = pattern.key();
                    let index = match key_index.get(&k) {
                        Some(&i) => i,
                        None => {
                            keys.push(Key {
                                pattern,
                                hits: Vec::new(),
                            });
                            key_index.insert(k, keys.len() - 1);
                            keys.len() - 1
                        }
                    };
                    let hit = Hit {
                        need: u32::try_from(need_index).unwrap_or(u32::MAX),
                        language: u32::try_from(lang_index).unwrap_or(u32::MAX),
                        term: term.clone(),
                    };
                    if let Some(key) = keys.get_mut(index) {
                        key.hits.push(hit);
                    }
                }
            }
        }

        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_first_stem: HashMap<String, Vec<usize>> = HashMap::new();
        let mut substring_patterns: Vec<String> = Vec::new();
        let mut substring_keys: Vec<usize> = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            match &key.pattern {
                Pattern::Words(words) => {
                    let Some(first) = words.first() else { continue };
                    if first.prefix {
                        let stem: String = first.text.chars().take(MIN_PREFIX_CHARS).collect();
                        by_first_stem.entry(stem).or_default().push(i);
                    } else {
                        by_first_word.entry(first.text.clone()).or_default().push(i);
                    }
                }
                Pattern::Substring(s) => {
                    substring_patterns.push(s.clone());
                    substring_keys.push(i);
                }
            }
        }
        let substrings = if substring_patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&substring_patterns)
                    .map_err(|e| file_error("lexicon", "terms", &e.to_string()))?,
            )
        };
        Ok(Matcher {
            keys,
            by_first_word,
            by_first_stem,
            substrings,
            substring_keys,
        })
    }

    /// The non-overlapping matches in `normalized`, longest first.
    fn find(&self, normalized: &str) -> Vec<Span> {
        let words = tokens(normalized);
        let mut candidates: Vec<Span> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let exact = self.by_first_word.get(word.text).into_iter().flatten();
            let stem: String = word.text.chars().take(MIN_PREFIX_CHARS).collect();
            let stemmed = if word.text.chars().count() >= MIN_PREFIX_CHARS {
                self.by_first_stem.get(&stem)
            } else {
                None
            };
            for &k in exact.chain(stemmed.into_iter().flatten()) {
                let Some(Key {
                    pattern: Pattern::Words(pattern),
                    ..
                }) = self.keys.get(k)
                else {
                    continue;
                };
                let Some(rest) = words.get(i..i + pattern.len()) else {
                    continue;
                };
                let all = pattern.iter().zip(rest).all(|(p, w)| {
                    if p.prefix {
                        w.text.starts_with(p.text.as_str())
                    } else {
                        w.text == p.text
                    }
                });
                if let (true, Some(last)) = (all, rest.last()) {
                    candidates.push(Span {
                        start: word.start,
                        end: last.end,
                        key: k,
                    });
                }
            }
        }

        if let Some(ac) = &self.substrings {
            if normalized.chars().any(is_cjk) {
                // Match on the query without spaces; map positions back for overlaps.
                let mut compact = String::with_capacity(normalized.len());
                let mut starts: Vec<usize> = Vec::with_capacity(normalized.len() + 1);
                let mut ends: Vec<usize> = Vec::with_capacity(normalized.len() + 1);
                for (at, c) in normalized.char_indices() {
                    if c.is_whitespace() {
                        continue;
                    }
                    compact.push(c);
                    for _ in 0..c.len_utf8() {
                        starts.push(at);
                        ends.push(at + c.len_utf8());
                    }
                }
                for m in ac.find_overlapping_iter(&compact) {
                    let (Some(&start), Some(&end), Some(&key)) = (
                        starts.get(m.start()),
                        m.end().checked_sub(1).and_then(|e| ends.get(e)),
                        self.substring_keys.get(m.pattern().as_usize()),
                    ) else {
                        continue;
                    };
                    candidates.push(Span { start, end, key });
                }
            }
        }

        // Longest first (in characters of the normalised query), then leftmost.
        candidates.sort_by(|a, b| {
            let la = normalized
                .get(a.start..a.end)
                .map_or(0, |s| s.chars().count());
            let lb = normalized
                .get(b.start..b.end)
                .map_or(0, |s| s.chars().count());
            lb.cmp(&la)
                .then(a.start.cmp(&b.start))
                .then(a.key.cmp(&b.key))
        });
        let mut chosen: Vec<Span> = Vec::new();
        for c in candidates {
            let overlaps = chosen.iter().any(|s| {
                c.start < s.end && s.start < c.end && (s.start, s.end) != (c.start, c.end)
            });
            let same_key = chosen.iter().any(|s| s.key == c.key && s.start == c.start);
            // Keys over exactly the same text are alternatives (two needs share a word): keep all.
            if !overlaps && !same_key {
                chosen.push(c);
            }
        }
        chosen
    }
}

// ---------------------------------------------------------------------------------------
// Normalisation.

/// The form queries and terms are compared in: NFKC; lower case; diacritics removed from
/// Latin letters (Spanish, French, Portuguese, Vietnamese, Haitian Creole: "manjè" =
/// "manje", "học tiếng Anh" = "hoc tieng anh"); ё→е and ї→і; Arabic and Persian harakat,
/// tatweel and hamza seats removed, alef variants → ا, ى/ی → ي, ک → ك, ة → ه, the article
/// ال dropped from longer words; Eastern Arabic digits → ASCII; apostrophes inside Cyrillic
/// words dropped ("м'ясо" = "мясо").
pub fn normalize(text: &str) -> String {
    let lowered: String = text.nfkc().flat_map(char::to_lowercase).collect();
    let mut folded = String::with_capacity(lowered.len());
    let mut base: Option<char> = None;
    for c in lowered.nfd() {
        if is_combining_mark(c) {
            let drop = match base {
                Some(b) if b.is_ascii_alphabetic() || is_latin(b) => true,
                Some(b) if is_arabic(b) => true,
                Some(b) if is_cyrillic(b) => c == '\u{0308}',
                _ => false,
            };
            if !drop {
                folded.push(c);
            }
            continue;
        }
        base = Some(c);
        if let Some(f) = fold_char(c) {
            folded.push(f);
        }
    }
    let composed: String = folded.nfc().collect();
    drop_cyrillic_apostrophes_and_articles(&composed)
}

fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'đ' => 'd',
        'ł' => 'l',
        'ø' => 'o',
        'ı' => 'i',
        'ß' => 's',
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02B9}' | '`' | '\u{00B4}' => '\'',
        '\u{0640}' | '\u{200D}' | '\u{00AD}' | '\u{FEFF}' => return None, // tatweel, ZWJ, soft hyphen, BOM
        '\u{0649}' | '\u{06CC}' | '\u{06D2}' => '\u{064A}',               // ى ی ے → ي
        '\u{06A9}' => '\u{0643}',                                         // ک → ك
        '\u{0629}' | '\u{06D5}' | '\u{06C1}' => '\u{0647}',               // ة ە ہ → ه
        '\u{0671}' => '\u{0627}',                                         // ٱ → ا
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + '0' as u32).unwrap_or(c),
        _ => c,
    })
}

fn drop_cyrillic_apostrophes_and_articles(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\''
            && i > 0
            && i + 1 < chars.len()
            && is_cyrillic(chars[i - 1])
            && is_cyrillic(chars[i + 1])
        {
            i += 1;
            continue;
        }
        let word_start = i == 0 || !is_word_char(chars[i - 1]);
        if word_start && is_arabic(c) {
            let mut end = i;
            while end < chars.len() && is_arabic(chars[end]) {
                end += 1;
            }
            let word = &chars[i..end];
            // The article ال ("the"), and لل ("for the"), on words long enough to carry one.
            let article = word.len() >= 4 && word[0] == 'ا' && word[1] == 'ل';
            let for_the = word.len() >= 5 && word[0] == 'ل' && word[1] == 'ل';
            let skip = if article || for_the { 2 } else { 0 };
            out.extend(&word[skip..]);
            i = end;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn is_latin(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
        && c.is_alphabetic()
}

/// Han, kana and Hangul: scripts written without spaces between words (or, for Korean,
/// with particles glued to nouns), matched as substrings.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'   // Hangul jamo
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3130}'..='\u{318F}' // Hangul compatibility jamo
        | '\u{3400}'..='\u{4DBF}' // Han extension A
        | '\u{4E00}'..='\u{9FFF}' // Han
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        | '\u{F900}'..='\u{FAFF}' // Han compatibility
        | '\u{20000}'..='\u{3134F}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// Words of a normalised text: runs of letters, digits and marks, also split where a
/// CJK character meets a non-CJK one ("daca续期" is "daca" + "续期").
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    for (at, c) in text.char_indices() {
        if is_word_char(c) {
            let cjk = is_cjk(c);
            match start {
                Some((s, was_cjk)) if was_cjk != cjk => {
                    out.push(Token {
                        text: &text[s..at],
                        start: s,
                        end: at,
                    });
                    start = Some((at, cjk));
                }
                Some(_) => {}
                None => start = Some((at, cjk)),
            }
        } else if let Some((s, _)) = start.take() {
            out.push(Token {
                text: &text[s..at],
                start: s,
                end: at,
            });
        }
    }
    if let Some((s, _)) = start {
        out.push(Token {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lexicon_loads_and_every_need_has_every_language() {
        let lexicon = Lexicon::shipped().unwrap_or_else(|e| panic!("{e}"));
        let mut missing = Vec::new();
        for need in lexicon.needs() {
            for lang in lexicon.languages() {
                if need.terms.get(lang).is_none_or(|t| t.is_empty()) {
                    missing.push(format!("{}/{lang}", need.id));
                }
            }
        }
        assert!(missing.is_empty(), "needs without terms: {missing:?}");
    }

    /// One written term in two needs makes a query fire both; allowed only where listed.
    #[test]
    fn no_normalised_term_belongs_to_two_needs() {
        let lexicon = Lexicon::shipped().unwrap_or_else(|e| panic!("{e}"));
        let mut owner: HashMap<String, String> = HashMap::new();
        let mut clashes = Vec::new();
        for need in lexicon.needs() {
            let mut keys: HashSet<String> = HashSet::new();
            for list in need.terms.values() {
                for term in list {
                    keys.insert(compile_term(term).map(|p| p.key()).unwrap_or_default());
                }
            }
            for key in keys {
                if let Some(other) = owner.insert(key.clone(), need.id.clone()) {
                    clashes.push(format!("{key}: {other} and {}", need.id));
                }
            }
        }
        assert!(clashes.is_empty(), "terms in two needs: {clashes:#?}");
    }

    #[test]
    fn arabic_article_and_cyrillic_apostrophe_are_normalised() {
        assert_eq!(normalize("المحامي"), normalize("محامي"));
        assert_eq!(normalize("м’ясо"), "мясо");
        assert_eq!(normalize("Ёлка"), "елка");
        assert_eq!(normalize("HỌC TIẾNG ANH"), "hoc tieng anh");
    }
}
