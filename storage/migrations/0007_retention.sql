-- Retention and destruction (개인정보 보호법 제21조; docs/retention.md). Portable SQL.

-- One row per destruction list the center lead approved: the clients on it are in
-- retention_review_items; destruction removes exactly those (each checked again first).
CREATE TABLE retention_reviews (
    id           INTEGER PRIMARY KEY,
    listed_for   TEXT NOT NULL,          -- the day the list was computed for ('YYYY-MM-DD')
    approved_at  TEXT NOT NULL,
    approved_by  INTEGER NOT NULL REFERENCES staff(id),
    status       TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('approved', 'destroyed', 'cancelled')),
    destroyed_at TEXT,
    destroyed_by INTEGER REFERENCES staff(id),
    counts       TEXT NOT NULL DEFAULT '{}',  -- JSON: records destroyed per kind; never names or codes
    -- 1 from the committed delete until VACUUM and the WAL truncation have run: set in the delete's
    -- own transaction, so a crash in between leaves the marker and the next unlock runs the wipe.
    wipe_pending INTEGER NOT NULL DEFAULT 0 CHECK (wipe_pending IN (0, 1))
);

-- The approved snapshot. client_id has no foreign key on purpose: the row outlives the destroyed
-- client as a bare number (like audit_log.client_id), which identifies no one once the client is gone.
CREATE TABLE retention_review_items (
    review_id INTEGER NOT NULL REFERENCES retention_reviews(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL,
    rule      TEXT NOT NULL,             -- the record kind whose period ends last
    last_on   TEXT NOT NULL,             -- that kind's latest date for the client
    due_on    TEXT NOT NULL,             -- last_on + the kind's period; destroyable after it
    years     INTEGER NOT NULL,          -- the kind's period in force when the list was approved
    outcome   TEXT CHECK (outcome IS NULL OR outcome IN ('destroyed', 'kept')),  -- kept: new activity since approval
    PRIMARY KEY (review_id, client_id)
);

-- Anonymous waitlist enquiries (a name or alias, a phone, a memo; no client record) past the
-- contact-data period, approved on the same list. waitlist_id has no foreign key: it outlives
-- the deleted entry as a bare number.
CREATE TABLE retention_review_enquiries (
    review_id   INTEGER NOT NULL REFERENCES retention_reviews(id) ON DELETE CASCADE,
    waitlist_id INTEGER NOT NULL,
    last_on     TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    years       INTEGER NOT NULL,
    outcome     TEXT CHECK (outcome IS NULL OR outcome IN ('destroyed', 'kept')),
    PRIMARY KEY (review_id, waitlist_id)
);

-- Import keys (0002_import.sql) are hashes of a row's content, and a service row's content holds
-- the client code: a code list would reverse them. Each key now names its client, so the key goes
-- with the client when the file is destroyed (ON DELETE CASCADE). Keys of clients, sessions,
-- screenings and referrals get their client back from the record; attendance keys written before
-- this version cannot (their record is the program session): they stay without one (docs/retention.md,
-- "Not covered").
ALTER TABLE import_rows ADD COLUMN client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE;
UPDATE import_rows SET client_id = entity_id WHERE entity = 'client' AND entity_id IN (SELECT id FROM clients);
UPDATE import_rows SET client_id = (SELECT s.client_id FROM counseling_sessions s WHERE s.id = import_rows.entity_id)
 WHERE entity = 'session';
UPDATE import_rows SET client_id = (SELECT s.client_id FROM screenings s WHERE s.id = import_rows.entity_id)
 WHERE entity = 'screening';
UPDATE import_rows SET client_id = (SELECT r.client_id FROM referrals r WHERE r.id = import_rows.entity_id)
 WHERE entity = 'referral';
CREATE INDEX import_rows_client ON import_rows(client_id);

-- Destruction deletes clients through ON DELETE CASCADE, and every deleted parent row makes
-- SQLite look up its children by the referencing column: without an index each lookup scans the
-- whole child table (5,665 clients of a 5-year demo center took 16 s). These are the referencing
-- columns that had no index.
CREATE INDEX sessions_case ON counseling_sessions(case_id);
CREATE INDEX sessions_appointment ON counseling_sessions(appointment_id);
CREATE INDEX participants_client ON session_participants(client_id);
CREATE INDEX addenda_session ON note_addenda(session_id);
CREATE INDEX followups_client ON safety_followups(client_id);
CREATE INDEX followups_screening ON safety_followups(screening_id);
CREATE INDEX referrals_client ON referrals(client_id);
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX registrations_client ON program_registrations(client_id);
