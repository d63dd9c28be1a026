-- Schema v2: importing the old customer-management program's spreadsheets (storage/importing,
-- docs/import.md). Portable SQL (SQLite and PostgreSQL alike).

-- One row per import that wrote something: which file (name and SHA-256), by whom, what came of it.
CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('clients', 'services')),
    source       TEXT NOT NULL DEFAULT '',   -- the source name given (--source); '' when none
    file_name    TEXT NOT NULL,              -- the base name only, never the folder
    sha256       TEXT NOT NULL,
    rows_read    INTEGER NOT NULL,
    rows_written INTEGER NOT NULL,
    rows_refused INTEGER NOT NULL,           -- left out with --skip-bad
    rows_skipped INTEGER NOT NULL,           -- already imported before
    counts       TEXT NOT NULL DEFAULT '{}', -- JSON: clients, sessions, screenings, ... created
    imported_at  TEXT NOT NULL,
    imported_by  INTEGER NOT NULL REFERENCES staff(id)
);

-- Every imported row, by a stable key (a hash of the source, the kind and the row's normalized
-- content; for clients the client code), so importing the same rows again creates nothing.
CREATE TABLE import_rows (
    source    TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('clients', 'services')),
    row_key   TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    entity    TEXT NOT NULL,   -- client | session | screening | attendance | headcount | referral
    entity_id INTEGER,         -- the record made (for attendance and head-count: the program session)
    PRIMARY KEY (source, kind, row_key)
);
CREATE INDEX import_rows_import ON import_rows(import_id);

-- Column mappings saved per source name, so next month's file from the same program maps itself.
CREATE TABLE import_mappings (
    source     TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('clients', 'services')),
    mapping    TEXT NOT NULL,   -- JSON: {"columns": {their heading: our column}, "values": {...}}
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES staff(id),
    PRIMARY KEY (source, kind)
);
