//! PLACEHOLDER: being implemented.
use std::path::Path;

use crate::{ImportError, Writer};

pub async fn import(path: &Path, _w: &mut Writer) -> Result<(), ImportError> {
    Err(ImportError::file(path, "not implemented yet"))
}
