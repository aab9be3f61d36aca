//! In-process tests of the HSDS API over a real SQLite store, one module per resource.

mod cache;
mod errors;
mod fixtures;
mod helpers;
mod openapi;
mod organizations;
mod root;
mod search;
mod service_at_locations;
mod services;
mod taxonomies;
