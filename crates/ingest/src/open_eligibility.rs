//! Open Eligibility taxonomy importer.
//!
//! Open Eligibility (<https://openeligibility.org>, maintained by Open Referral) is a small
//! open taxonomy of human services and situations: 289 terms in a two- or three-level tree
//! with integer ids (`1101` Emergency … `1111` Legal). The path is the folder holding
//! `taxonomy.csv` (or `taxonomy.json`), or one of those files.
//!
//! One [`Taxonomy`] record is written ([`TAXONOMY_ID`]) and one [`TaxonomyTerm`] per row:
//! its id is [`term_id`]`(<integer id>)`, its `code` the integer id, its parent mapped the
//! same way (`parent_id` 0 means a top-level term). Open Eligibility has no descriptions,
//! so a term's description is its place in the tree, e.g. `Legal > Advocacy & Legal Aid >
//! Citizenship & Immigration`; names repeat across branches ("Help Pay for Food" is both
//! an emergency payment and a food benefit), and the path tells them apart.
//!
//! Other code (the demo directory) links services to terms with [`term_id`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use puerta_domain::ids::stable_id;
use puerta_domain::{Code, Name, Taxonomy, TaxonomyTerm, Text, WebUrl};
use uuid::Uuid;

use crate::hsds1::table::{Row, Table};
use crate::{ImportError, Origin, Writer};

/// The `source` part of the stable ids of Open Eligibility records.
pub const SOURCE: &str = "open-eligibility";

/// Id of the Open Eligibility taxonomy: `stable_id("open-eligibility", "taxonomy",
/// "open-eligibility")` (checked by a test).
pub const TAXONOMY_ID: Uuid = Uuid::from_u128(0x61b3_ce0e_011d_5cb2_8c93_eab2_d042_a787);

/// Display name of the taxonomy (also each term's `taxonomy` text).
pub const TAXONOMY_NAME: &str = "Open Eligibility";

/// The upstream taxonomy has no version numbers; this is the date of the last change to
/// its files in openreferral/openeligibility (the tree has been stable since).
pub const VERSION: &str = "2019-05-01";

const DESCRIPTION: &str = "Open Eligibility: an open taxonomy of human services and human \
situations, maintained by Open Referral to accompany the Human Services Data Specification. \
A derivative of \"Human Services Taxonomy\" by Aunt Bertha, Inc., licensed under CC BY-SA 3.0.";

/// The id of the Open Eligibility taxonomy (same value as [`TAXONOMY_ID`]).
pub fn taxonomy_id() -> Uuid {
    stable_id(SOURCE, "taxonomy", "open-eligibility")
}

/// The id of the Open Eligibility term with integer code `code` (e.g. `"1111"` for Legal).
pub fn term_id(code: &str) -> Uuid {
    stable_id(SOURCE, "taxonomy_term", code)
}

/// The taxonomy record written by the import.
pub fn taxonomy() -> Result<Taxonomy, puerta_domain::FieldError> {
    Ok(Taxonomy {
        id: TAXONOMY_ID,
        name: Name::parse(TAXONOMY_NAME)?,
        description: Text::parse(DESCRIPTION)?,
        uri: Some(WebUrl::parse("https://openeligibility.org")?),
        version: Some(VERSION.to_owned()),
        metadata: vec![],
    })
}

/// Imports the Open Eligibility taxonomy at `path`.
pub async fn import(path: &Path, w: &mut Writer) -> Result<(), ImportError> {
    let file = locate(path)?;
    w.stage("taxonomy.csv");
    let rows = if file.extension().is_some_and(|e| e == "json") {
        read_json(&file)?
    } else {
        let table = Table::read(&file)?;
        table.require(&["id", "name", "parent_id"])?;
        table
            .rows()
            .map(|row| TreeRow::from_row(&row))
            .collect::<Result<Vec<_>, _>>()?
    };
    let paths = check_tree(&rows)?;
    let by_id: HashMap<&str, &TreeRow> = rows.iter().map(|r| (r.id.as_str(), r)).collect();
    for r in &rows {
        if let Some(v) = r.vocabulary.as_deref().filter(|v| *v != TAXONOMY_NAME) {
            w.warn(format!(
                "{} row {}: vocabulary `{v}` is not Open Eligibility; imported as Open Eligibility anyway",
                file_name(&file),
                r.origin.row.unwrap_or(0)
            ));
        }
        let parent = r.parent.as_deref().and_then(|p| by_id.get(p));
        if let (Some(p), Some(named)) = (parent, r.parent_name.as_deref()) {
            if p.name != named {
                w.warn(format!(
                    "{} row {}: parent_name `{named}` differs from the name of parent {} (`{}`)",
                    file_name(&file),
                    r.origin.row.unwrap_or(0),
                    p.id,
                    p.name
                ));
            }
        }
    }
    let origin = Origin::new(&file, None);
    let t = taxonomy().map_err(|e| ImportError::new(&origin, None, e.to_string()))?;
    w.taxonomy(&t, &origin).await?;
    for r in &rows {
        let path = paths.get(&r.id).cloned().unwrap_or_else(|| r.name.clone());
        let term = TaxonomyTerm {
            id: term_id(&r.id),
            code: Some(Code::parse(&r.id).map_err(|e| r.error("id", e.to_string()))?),
            name: Name::parse(&r.name).map_err(|e| r.error("name", e.to_string()))?,
            description: Text::parse(&path).map_err(|e| r.error("name", e.to_string()))?,
            parent_id: r.parent.as_deref().map(term_id),
            taxonomy: Some(TAXONOMY_NAME.to_owned()),
            taxonomy_detail: None,
            language: Some("en".to_owned()),
            taxonomy_id: Some(TAXONOMY_ID),
            term_uri: None,
            metadata: vec![],
        };
        w.taxonomy_term(&term, &r.origin).await?;
    }
    Ok(())
}

fn file_name(file: &Path) -> String {
    file.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The taxonomy file: `path` itself, or `taxonomy.csv` (else `taxonomy.json`) in it.
fn locate(path: &Path) -> Result<PathBuf, ImportError> {
    if path.is_file() {
        return Ok(path.to_path_buf());
    }
    if path.is_dir() {
        for name in ["taxonomy.csv", "taxonomy.json"] {
            let f = path.join(name);
            if f.is_file() {
                return Ok(f);
            }
        }
        return Err(ImportError::file(
            path,
            "no taxonomy.csv or taxonomy.json in this folder",
        ));
    }
    Err(ImportError::file(path, "no such file or folder"))
}

/// One row of a taxonomy tree (Open Eligibility's columns, also HSDS 1.x `taxonomy.csv`).
#[derive(Debug, Clone)]
pub(crate) struct TreeRow {
    pub origin: Origin,
    pub id: String,
    pub name: String,
    /// `None` for top-level terms (blank or `0`).
    pub parent: Option<String>,
    pub parent_name: Option<String>,
    pub vocabulary: Option<String>,
}

impl TreeRow {
    pub fn from_row(row: &Row) -> Result<Self, ImportError> {
        Self::new(
            row.origin(),
            row.get("id"),
            row.get("name"),
            row.get("parent_id"),
            row.get("parent_name"),
            row.get("vocabulary"),
        )
    }

    fn new(
        origin: Origin,
        id: &str,
        name: &str,
        parent: &str,
        parent_name: &str,
        vocabulary: &str,
    ) -> Result<Self, ImportError> {
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let row = Self {
            origin,
            id: id.trim().to_owned(),
            name: name.split_whitespace().collect::<Vec<_>>().join(" "),
            parent: text(parent).filter(|p| p != "0"),
            parent_name: text(parent_name),
            vocabulary: text(vocabulary),
        };
        if row.id.is_empty() {
            return Err(row.error("id", "is required but blank"));
        }
        if row.name.is_empty() {
            return Err(row.error("name", "is required but blank"));
        }
        Ok(row)
    }

    fn error(&self, field: &str, message: impl Into<String>) -> ImportError {
        ImportError::new(&self.origin, Some(field), message)
    }
}

/// Checks that ids are unique and every parent exists without loops, and returns each
/// term's path from the top (`Legal > Advocacy & Legal Aid > Citizenship & Immigration`).
pub(crate) fn check_tree(rows: &[TreeRow]) -> Result<HashMap<String, String>, ImportError> {
    let mut by_id: HashMap<&str, &TreeRow> = HashMap::with_capacity(rows.len());
    for r in rows {
        if let Some(first) = by_id.insert(r.id.as_str(), r) {
            return Err(r.error(
                "id",
                format!(
                    "id {} appears twice (also row {})",
                    r.id,
                    first.origin.row.unwrap_or(0)
                ),
            ));
        }
    }
    let mut paths = HashMap::with_capacity(rows.len());
    for r in rows {
        let mut names = vec![r.name.as_str()];
        let mut at = r;
        while let Some(parent) = at.parent.as_deref() {
            let Some(p) = by_id.get(parent) else {
                let message = format!("parent {parent} does not exist in the taxonomy");
                return Err(if at.id == r.id {
                    r.error("parent_id", message)
                } else {
                    at.error("parent_id", message)
                });
            };
            if names.len() > rows.len() || p.id == r.id {
                return Err(r.error("parent_id", "the chain of parents loops back to this term"));
            }
            names.push(p.name.as_str());
            at = p;
        }
        names.reverse();
        paths.insert(r.id.clone(), names.join(" > "));
    }
    Ok(paths)
}

/// Reads `taxonomy.json`: an array of objects with the CSV's fields (strings or numbers).
fn read_json(file: &Path) -> Result<Vec<TreeRow>, ImportError> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| ImportError::file(file, format!("cannot read: {e}")))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| ImportError::file(file, format!("not valid JSON: {e}")))?;
    let items = value
        .as_array()
        .ok_or_else(|| ImportError::file(file, "expected a JSON array of terms"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let origin = Origin::new(file, Some(i as u64 + 1));
            let field = |name: &str| -> String {
                match item.get(name) {
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(serde_json::Value::Number(n)) => n.to_string(),
                    _ => String::new(),
                }
            };
            for required in ["id", "name"] {
                if item.get(required).is_none() {
                    return Err(ImportError::new(&origin, Some(required), "is missing"));
                }
            }
            TreeRow::new(
                origin,
                &field("id"),
                &field("name"),
                &field("parent_id"),
                &field("parent_name"),
                &field("vocabulary"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(n: u64, id: &str, name: &str, parent: &str) -> TreeRow {
        TreeRow::new(
            Origin::new("taxonomy.csv", Some(n)),
            id,
            name,
            parent,
            "",
            "",
        )
        .unwrap()
    }

    #[test]
    fn the_constant_id_is_the_derived_id() {
        assert_eq!(TAXONOMY_ID, taxonomy_id());
        assert_eq!(
            term_id("1111"),
            stable_id("open-eligibility", "taxonomy_term", "1111")
        );
        assert_ne!(term_id("1111"), term_id("1101"));
        let t = taxonomy().unwrap();
        assert_eq!(t.name.as_str(), "Open Eligibility");
        assert_eq!(t.uri.unwrap().as_str(), "https://openeligibility.org");
    }

    #[test]
    fn paths_name_every_ancestor() {
        let rows = [
            row(2, "1111", "Legal", "0"),
            row(3, "1200", "Advocacy & Legal Aid", "1111"),
            row(4, "1210", "Citizenship & Immigration", "1200"),
        ];
        let paths = check_tree(&rows).unwrap();
        assert_eq!(paths["1111"], "Legal");
        assert_eq!(
            paths["1210"],
            "Legal > Advocacy & Legal Aid > Citizenship & Immigration"
        );
        assert_eq!(rows[0].parent, None);
    }

    #[test]
    fn broken_trees_are_errors_naming_the_row_and_field() {
        let missing = [row(2, "1", "A", "0"), row(3, "2", "B", "99")];
        let e = check_tree(&missing).unwrap_err();
        assert_eq!((e.row, e.field.as_deref()), (Some(3), Some("parent_id")));
        assert!(e.message.contains("99"), "{e}");
        let looped = [row(2, "1", "A", "2"), row(3, "2", "B", "1")];
        let e = check_tree(&looped).unwrap_err();
        assert_eq!((e.row, e.field.as_deref()), (Some(2), Some("parent_id")));
        let twice = [row(2, "1", "A", ""), row(3, "1", "B", "")];
        let e = check_tree(&twice).unwrap_err();
        assert_eq!((e.row, e.field.as_deref()), (Some(3), Some("id")));
        assert!(TreeRow::new(Origin::new("t", Some(5)), " ", "x", "", "", "").is_err());
    }
}
