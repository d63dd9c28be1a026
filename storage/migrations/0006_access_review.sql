-- Emergency access ("break the glass") and the monthly access-log review (issue 10, items 4 and 6).
-- Portable SQL (SQLite and PostgreSQL alike).

-- One row per emergency access: a staff member who may not read a client's notes states why and
-- reads them for a bounded time. The reason is free text, so it lives here (encrypted with the
-- rest of the database) and never in the audit trail's detail. The lead acknowledges each one.
CREATE TABLE emergency_accesses (
    id              INTEGER PRIMARY KEY,
    staff_id        INTEGER NOT NULL REFERENCES staff(id),
    client_id       INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,   -- destroyed with the client (retention)
    reason          TEXT NOT NULL,
    granted_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,              -- granted_at + a fixed number of hours
    acknowledged_by INTEGER REFERENCES staff(id),
    acknowledged_at TEXT
);
-- The note-read check asks "does this account hold a grant for this client?" on every read.
CREATE INDEX emergency_accesses_grant ON emergency_accesses(staff_id, client_id, expires_at);
-- The lead's list at login: the ones not yet acknowledged.
CREATE INDEX emergency_accesses_ack ON emergency_accesses(acknowledged_at, granted_at);

-- One row per reviewed month (개인정보의 안전성 확보조치 기준: 접속기록 월 1회 이상 점검), with the
-- counts the lead saw when marking it, so a later look can tell what the review covered.
CREATE TABLE access_reviews (
    month        TEXT PRIMARY KEY,             -- 'YYYY-MM'
    reviewed_by  INTEGER NOT NULL REFERENCES staff(id),
    reviewed_at  TEXT NOT NULL,
    comment      TEXT NOT NULL,
    out_of_hours INTEGER NOT NULL,
    many_charts  INTEGER NOT NULL,
    break_glass  INTEGER NOT NULL,
    exports      INTEGER NOT NULL
);

-- The review reads one month of a few actions (views, break_glass, export, backup). The existing
-- audit_actor_at index does not help a query over all accounts, and an index on (at) alone would
-- still walk every row of the month, most of them autosaved drafts ('save_draft' every few
-- seconds of typing). (action, at) reads only the rows the review shows.
CREATE INDEX audit_action_at ON audit_log(action, at);

-- The day the review came to this database: the monthly reminder starts with this month, not
-- with the first audit row of a database used for years before (CURRENT_DATE: SQLite and PostgreSQL).
INSERT INTO settings (key, value) VALUES ('access_review_since', '"' || CURRENT_DATE || '"');
