-- Supervision sign-off (issue 10): a counselor in training submits notes; their supervisor
-- comments, returns them for revision or co-signs them. Portable SQL (SQLite and PostgreSQL).

-- Who supervises an account that needs supervision. NULL: the center lead(s) do.
ALTER TABLE staff ADD COLUMN supervisor_id INTEGER REFERENCES staff(id);

-- One row per note that went to sign-off; counseling_sessions.note_status stays 'draft' until
-- the co-signature, so counts and the 'draft'/'signed' rule elsewhere are unchanged.
CREATE TABLE note_signoffs (
    session_id   INTEGER PRIMARY KEY REFERENCES counseling_sessions(id) ON DELETE CASCADE,
    -- closed: returned, then signed by its author alone after their supervision ended
    status       TEXT NOT NULL CHECK (status IN ('pending', 'returned', 'cosigned', 'closed')),
    reviewer_id  INTEGER REFERENCES staff(id),   -- whose queue it is in; NULL: the center lead(s)
    rounds       INTEGER NOT NULL DEFAULT 1,     -- how many times it was submitted
    submitted_at TEXT NOT NULL,                  -- the latest submission: the author's signature time
    decided_at   TEXT,                           -- the latest return or the co-signature
    cosigned_by  INTEGER REFERENCES staff(id),
    cosigned_at  TEXT
);
CREATE INDEX note_signoffs_queue ON note_signoffs(status, reviewer_id);

-- The conversation about a note under supervision; kept after the co-signature.
CREATE TABLE signoff_comments (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES counseling_sessions(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES staff(id),
    kind       TEXT NOT NULL CHECK (kind IN ('comment', 'submit', 'return', 'cosign')),  -- the step it came with
    text       TEXT NOT NULL,
    written_at TEXT NOT NULL
);
CREATE INDEX signoff_comments_session ON signoff_comments(session_id, id);
