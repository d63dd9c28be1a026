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
    counts       TEXT NOT NULL DEFAULT '{}'   -- JSON: records destroyed per kind; never names or codes
);

-- The approved snapshot. client_id has no foreign key on purpose: the row outlives the destroyed
-- client as a bare number (like audit_log.client_id), which identifies no one once the client is gone.
CREATE TABLE retention_review_items (
    review_id INTEGER NOT NULL REFERENCES retention_reviews(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL,
    rule      TEXT NOT NULL,             -- the record kind whose period ends last
    last_on   TEXT NOT NULL,             -- that kind's latest date for the client
    due_on    TEXT NOT NULL,             -- last_on + the kind's period; destroyable after it
    outcome   TEXT CHECK (outcome IS NULL OR outcome IN ('destroyed', 'kept')),  -- kept: new activity since approval
    PRIMARY KEY (review_id, client_id)
);

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
