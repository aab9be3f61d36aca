//! Puerta's domain: the HSDS 3.1 model and pure directory logic. No I/O, no async.

pub mod error;
pub mod hsds;
pub mod ids;
pub mod language;
pub mod legal;
pub mod report;
pub mod rules;
pub mod schedule;
pub mod values;

pub use error::{FieldError, RecordError};
pub use hsds::*;
pub use values::{
    distance_m, Age, ClockTime, Code, Email, GeoPoint, Latitude, Longitude, Name, Text, WebUrl,
    EARTH_RADIUS_M, MAX_TEXT_CHARS,
};
