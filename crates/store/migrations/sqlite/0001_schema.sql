-- Puerta schema, SQLite dialect. Keep in lockstep with migrations/postgres/0001_schema.sql.
--
-- Each HSDS aggregate is one row: the columns that queries filter and sort on, plus `doc`,
-- the aggregate's JSON exactly as serde_json wrote it (compared byte for byte on upsert so
-- that re-importing identical data changes nothing). `sort_name` and `search_text` are
-- lower-cased in Rust so both backends agree; `modified` is unix microseconds.

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY NOT NULL,
    source      TEXT NOT NULL,
    sort_name   TEXT NOT NULL,
    search_text TEXT NOT NULL,
    doc         TEXT NOT NULL,
    modified    INTEGER NOT NULL
);
CREATE INDEX organizations_source ON organizations (source);
CREATE INDEX organizations_sort ON organizations (sort_name, id);

CREATE TABLE locations (
    id              TEXT PRIMARY KEY NOT NULL,
    source          TEXT NOT NULL,
    organization_id TEXT,
    sort_name       TEXT NOT NULL,
    latitude        REAL,
    longitude       REAL,
    postcode        TEXT,
    search_text     TEXT NOT NULL,
    doc             TEXT NOT NULL,
    modified        INTEGER NOT NULL
);
CREATE INDEX locations_source ON locations (source);
CREATE INDEX locations_organization ON locations (organization_id);
CREATE INDEX locations_point ON locations (latitude, longitude);
CREATE INDEX locations_postcode ON locations (postcode);

CREATE TABLE services (
    id              TEXT PRIMARY KEY NOT NULL,
    source          TEXT NOT NULL,
    organization_id TEXT,
    program_id      TEXT,
    sort_name       TEXT NOT NULL,
    search_text     TEXT NOT NULL,
    doc             TEXT NOT NULL,
    modified        INTEGER NOT NULL
);
CREATE INDEX services_source ON services (source);
CREATE INDEX services_organization ON services (organization_id);
CREATE INDEX services_sort ON services (sort_name, id);
CREATE INDEX services_modified ON services (modified);

CREATE TABLE service_at_locations (
    id          TEXT PRIMARY KEY NOT NULL,
    source      TEXT NOT NULL,
    service_id  TEXT,
    location_id TEXT,
    search_text TEXT NOT NULL,
    doc         TEXT NOT NULL,
    modified    INTEGER NOT NULL
);
CREATE INDEX service_at_locations_source ON service_at_locations (source);
CREATE INDEX service_at_locations_service ON service_at_locations (service_id);
CREATE INDEX service_at_locations_location ON service_at_locations (location_id);
CREATE INDEX service_at_locations_modified ON service_at_locations (modified);

CREATE TABLE taxonomies (
    id          TEXT PRIMARY KEY NOT NULL,
    source      TEXT NOT NULL,
    sort_name   TEXT NOT NULL,
    search_text TEXT NOT NULL,
    doc         TEXT NOT NULL,
    modified    INTEGER NOT NULL
);
CREATE INDEX taxonomies_source ON taxonomies (source);
CREATE INDEX taxonomies_sort ON taxonomies (sort_name, id);

CREATE TABLE taxonomy_terms (
    id          TEXT PRIMARY KEY NOT NULL,
    source      TEXT NOT NULL,
    taxonomy_id TEXT,
    parent_id   TEXT,
    code        TEXT,
    sort_name   TEXT NOT NULL,
    search_text TEXT NOT NULL,
    doc         TEXT NOT NULL,
    modified    INTEGER NOT NULL
);
CREATE INDEX taxonomy_terms_source ON taxonomy_terms (source);
CREATE INDEX taxonomy_terms_taxonomy_code ON taxonomy_terms (taxonomy_id, code);
CREATE INDEX taxonomy_terms_parent ON taxonomy_terms (parent_id);
CREATE INDEX taxonomy_terms_sort ON taxonomy_terms (sort_name, id);

-- Which terms a service is classified under, derived from its attributes on every write.
CREATE TABLE service_taxonomy_terms (
    service_id       TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    taxonomy_term_id TEXT NOT NULL,
    PRIMARY KEY (service_id, taxonomy_term_id)
);
CREATE INDEX service_taxonomy_terms_term ON service_taxonomy_terms (taxonomy_term_id);

-- The change feed: one row per insert, changed update or delete, in commit order.
CREATE TABLE changes (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    kind    TEXT NOT NULL,
    id      TEXT NOT NULL,
    deleted BOOLEAN NOT NULL
);
