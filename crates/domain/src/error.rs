//! Typed errors for values and records that fail their invariants.

use thiserror::Error;

/// Why one field's value was rejected.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum FieldError {
    #[error("is required but blank")]
    Blank,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("expected {expected}, found {found:?}")]
    Invalid {
        expected: &'static str,
        found: String,
    },
    #[error("must be between {min} and {max}, found {found}")]
    OutOfRange { min: f64, max: f64, found: f64 },
}

/// A record that cannot be accepted, naming the field at fault.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{record}.{field}: {error}")]
pub struct RecordError {
    /// The HSDS object type, e.g. `service` or `schedule`.
    pub record: &'static str,
    /// The field name as in HSDS, possibly a path like `phones[0].number`.
    pub field: String,
    pub error: FieldError,
}

impl RecordError {
    pub fn new(record: &'static str, field: impl Into<String>, error: FieldError) -> Self {
        Self {
            record,
            field: field.into(),
            error,
        }
    }
}
