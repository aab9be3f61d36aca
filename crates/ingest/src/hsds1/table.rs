//! One CSV table read whole, with its header and the row number of every record, so that
//! every error can name the file, the row (the header is row 1) and the column.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use csv::StringRecord;

use crate::{ImportError, Origin};

/// A CSV file read into memory.
pub(crate) struct Table {
    pub file: PathBuf,
    headers: Vec<String>,
    columns: HashMap<String, usize>,
    records: Vec<(u64, StringRecord)>,
}

impl Table {
    /// Reads `file`. Unparseable CSV (unbalanced quotes that make a row short, a row with the
    /// wrong number of columns, invalid UTF-8) is an error naming the row and, when a row is
    /// short, the first missing column.
    pub fn read(file: &Path) -> Result<Self, ImportError> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_path(file)
            .map_err(|e| ImportError::file(file, format!("cannot open: {e}")))?;
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| csv_error(file, &[], e))?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
            .collect();
        if headers.iter().all(String::is_empty) {
            return Err(ImportError::new(
                &Origin::new(file, Some(1)),
                None,
                "the file has no header row",
            ));
        }
        let mut columns = HashMap::new();
        for (i, h) in headers.iter().enumerate() {
            if h.is_empty() {
                continue;
            }
            if columns.insert(h.clone(), i).is_some() {
                return Err(ImportError::new(
                    &Origin::new(file, Some(1)),
                    Some(h),
                    "the column appears twice in the header",
                ));
            }
        }
        let mut records = Vec::new();
        for result in reader.records() {
            let record = result.map_err(|e| csv_error(file, &headers, e))?;
            let row = record.position().map_or(0, |p| p.record() + 1);
            records.push((row, record));
        }
        Ok(Self {
            file: file.to_path_buf(),
            headers,
            columns,
            records,
        })
    }

    /// Fails unless every column in `names` is in the header (reported at row 1).
    pub fn require(&self, names: &[&str]) -> Result<(), ImportError> {
        for name in names {
            if !self.columns.contains_key(*name) {
                return Err(ImportError::new(
                    &Origin::new(&self.file, Some(1)),
                    Some(name),
                    format!(
                        "required column is missing (the header has: {})",
                        self.headers.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Fails unless at least one of `names` is in the header.
    pub fn require_any(&self, names: &[&str]) -> Result<(), ImportError> {
        if names.iter().any(|n| self.columns.contains_key(*n)) {
            return Ok(());
        }
        Err(ImportError::new(
            &Origin::new(&self.file, Some(1)),
            names.first().copied(),
            format!("needs at least one of the columns {}", names.join(", ")),
        ))
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records.iter().map(move |(row, record)| Row {
            table: self,
            row: *row,
            record,
        })
    }

    pub fn file_name(&self) -> String {
        self.file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    }
}

/// One data row of a [`Table`].
#[derive(Clone, Copy)]
pub(crate) struct Row<'a> {
    table: &'a Table,
    pub row: u64,
    record: &'a StringRecord,
}

impl<'a> Row<'a> {
    /// The cell of column `name`, trimmed; empty when the column is absent.
    pub fn get(&self, name: &str) -> &'a str {
        self.raw(name).trim()
    }

    /// The cell of column `name` as written (not trimmed).
    pub fn raw(&self, name: &str) -> &'a str {
        self.table
            .columns
            .get(name)
            .and_then(|&i| self.record.get(i))
            .unwrap_or("")
    }

    pub fn origin(&self) -> Origin {
        Origin::new(&self.table.file, Some(self.row))
    }

    pub fn error(&self, field: &str, message: impl Into<String>) -> ImportError {
        ImportError::new(&self.origin(), Some(field), message)
    }

    /// `file row N` for notes.
    pub fn at(&self) -> String {
        format!("{} row {}", self.table.file_name(), self.row)
    }
}

fn csv_error(file: &Path, headers: &[String], e: csv::Error) -> ImportError {
    let row = e.position().map(|p| p.record() + 1);
    let origin = Origin::new(file, row);
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            let (field, what) = if len < expected_len {
                (
                    usize::try_from(*len).ok().and_then(|i| headers.get(i)),
                    "the row ends early (a truncated file or an unbalanced quote?)",
                )
            } else {
                (headers.last(), "the row has more cells than the header")
            };
            ImportError::new(
                &origin,
                field.map(String::as_str),
                format!("{what}: {len} cells where the header has {expected_len}"),
            )
        }
        csv::ErrorKind::Utf8 { err, .. } => ImportError::new(
            &origin,
            headers.get(err.field()).map(String::as_str),
            "the cell is not valid UTF-8 text",
        ),
        _ => ImportError::new(&origin, None, format!("unreadable CSV: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn rows_are_numbered_from_the_header_even_across_multi_line_cells() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "t.csv",
            "\u{feff}ID,Name\n1,\"two\nlines\"\n2, padded \n",
        );
        let t = Table::read(&p).unwrap();
        let rows: Vec<_> = t
            .rows()
            .map(|r| (r.row, r.get("id"), r.get("name")))
            .collect();
        assert_eq!(rows, [(2, "1", "two\nlines"), (3, "2", "padded")]);
        assert_eq!(t.rows().nth(1).unwrap().raw("name"), " padded ");
        assert_eq!(t.rows().next().unwrap().get("missing"), "");
    }

    #[test]
    fn a_missing_column_is_reported_at_the_header() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "services.csv", "id,name\n1,x\n");
        let t = Table::read(&p).unwrap();
        let e = t.require(&["id", "organization_id"]).unwrap_err();
        assert_eq!(e.row, Some(1));
        assert_eq!(e.field.as_deref(), Some("organization_id"));
        assert!(t.require_any(&["service_id", "location_id"]).is_err());
    }

    #[test]
    fn a_short_row_names_the_first_missing_column() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "s.csv", "id,name,url\n1,a,b\n2,\"cut off");
        let e = Table::read(&p).err().unwrap();
        assert_eq!(e.row, Some(3));
        assert_eq!(e.field.as_deref(), Some("url"));
        assert!(e.message.contains("ends early"), "{e}");
    }

    #[test]
    fn invalid_utf8_names_the_cell() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("u.csv");
        std::fs::write(&p, b"id,name\n1,ok\n2,bad \xff\n").unwrap();
        let e = Table::read(&p).err().unwrap();
        assert_eq!((e.row, e.field.as_deref()), (Some(3), Some("name")));
    }
}
