//! Exporters (HSDS 3.1 JSON and CSV datapackage). PLACEHOLDER.
