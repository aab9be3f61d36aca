-- "Report a problem" reports, for the staff who keep listings current. SQLite dialect; keep
-- in lockstep with migrations/postgres/0002_problem_reports.sql.
--
-- Not an HSDS record: no source, no document, no change-feed entry, never exported.
-- `service_id` has no foreign key on purpose: `import --replace` deletes and rewrites a
-- source's services, and a report must neither block that nor vanish with it (the service
-- usually comes back with the same id). A report on a service that is gone stays until
-- staff resolve it or it ages out. `received` is the day (UTC) as `YYYY-MM-DD` text, which
-- sorts and compares as dates; there is no time of day. `id` is never reused.

CREATE TABLE problem_reports (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id TEXT NOT NULL,
    category   TEXT NOT NULL,
    text       TEXT NOT NULL,
    received   TEXT NOT NULL
);
CREATE INDEX problem_reports_service ON problem_reports (service_id, received);
CREATE INDEX problem_reports_received ON problem_reports (received, id);
