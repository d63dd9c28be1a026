-- Waitlist (대기자): people waiting for a counselor, a time of day or a program. Portable SQL
-- (SQLite and PostgreSQL alike). An entry is either a registered client (client_id) or an
-- anonymous enquiry: only a name or alias and a phone number to call back, nothing else, until
-- the person comes in for intake and becomes a client.
CREATE TABLE waitlist (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    contact_name      TEXT,                 -- anonymous enquiry: a name or alias
    contact_phone     TEXT,                 -- anonymous enquiry: where to call back
    site_id           INTEGER NOT NULL REFERENCES sites(id),
    -- the wish: any of a counselor, a time of day and a program (all optional)
    counselor_id      INTEGER REFERENCES staff(id),
    time_pref         TEXT NOT NULL DEFAULT 'any'
                      CHECK (time_pref IN ('any', 'weekday_morning', 'weekday_afternoon', 'weekday_evening')),
    program_id        INTEGER REFERENCES programs(id) ON DELETE SET NULL,
    priority          TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'urgent')),
    memo              TEXT,
    added_at          TEXT NOT NULL,
    added_by          INTEGER NOT NULL REFERENCES staff(id),
    status            TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'booked', 'placed', 'withdrawn')),
    resolved_at       TEXT,
    resolved_by       INTEGER REFERENCES staff(id),
    withdraw_reason   TEXT CHECK (withdraw_reason IS NULL OR withdraw_reason IN
                                  ('found_elsewhere', 'no_longer_needed', 'no_contact', 'declined', 'duplicate', 'other')),
    -- what it turned into: the appointment booked, or the program the client was registered in
    -- (the registration is program_registrations(placed_program_id, client_id))
    appointment_id    INTEGER REFERENCES appointments(id) ON DELETE SET NULL,
    placed_program_id INTEGER REFERENCES programs(id) ON DELETE SET NULL,
    CHECK (status = 'waiting' OR (resolved_at IS NOT NULL AND resolved_by IS NOT NULL)),
    CHECK (status <> 'withdrawn' OR withdraw_reason IS NOT NULL),
    -- a withdrawn enquiry that never became a client keeps no contact (nothing to call back about)
    CHECK (client_id IS NOT NULL OR contact_name IS NOT NULL OR status = 'withdrawn')
);
-- The list a coordinator opens every morning: the waiting entries of one site, oldest first.
-- Resolved entries pile up over the years; this keeps the waiting ones one index range.
CREATE INDEX waitlist_status ON waitlist(status, site_id, added_at);
-- "Is this client already waiting?" on every add, and the cascade when a client record is
-- destroyed (an unindexed child key makes each parent delete scan the table).
CREATE INDEX waitlist_client ON waitlist(client_id);
-- No index for the monthly report's month-end count: it reads every entry added up to the
-- month's end, a few hundred rows a year, which an index on added_at would not narrow much.
