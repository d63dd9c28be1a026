-- Schema v1. Portable SQL (SQLite and PostgreSQL alike) except where noted: a PostgreSQL
-- server mode is planned. Dates are ISO-8601 text ('YYYY-MM-DD', 'YYYY-MM-DDTHH:MM') in the
-- center's local time; months are 'YYYY-MM'.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL              -- JSON
);

CREATE TABLE sites (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    address TEXT,
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE rooms (
    id      INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id),
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'office')),
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (site_id, name)
);

CREATE TABLE staff (
    id                INTEGER PRIMARY KEY,
    login             TEXT NOT NULL UNIQUE,
    display_name      TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role IN ('counselor', 'lead', 'admin', 'psychiatrist', 'coordinator')),
    site_id           INTEGER REFERENCES sites(id),
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    needs_supervision INTEGER NOT NULL DEFAULT 0 CHECK (needs_supervision IN (0, 1)),
    created_at        TEXT NOT NULL
);

CREATE TABLE clients (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,   -- pseudonymous code used everywhere outside the chart
    name          TEXT NOT NULL,
    name_initials TEXT NOT NULL,          -- Hangul initial consonants (ㅎㄱㄷ), for search
    sex           TEXT NOT NULL CHECK (sex IN ('F', 'M')),
    birth_year    INTEGER NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    job_group     TEXT NOT NULL,
    department    TEXT,
    phone         TEXT,
    phone_tail    TEXT,                   -- last 4 digits, for search
    email         TEXT,
    site_id       INTEGER REFERENCES sites(id),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    first_seen_on TEXT,                   -- date of first service: new vs. continuing clients
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES staff(id)
);
CREATE INDEX clients_name ON clients(name);
CREATE INDEX clients_initials ON clients(name_initials, name);  -- range + order of an initials search
CREATE INDEX clients_phone_tail ON clients(phone_tail);

CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('service', 'sensitive', 'third_party', 'recording')),
    version      TEXT NOT NULL,
    scope        TEXT NOT NULL,
    given        INTEGER NOT NULL CHECK (given IN (0, 1)),
    given_on     TEXT NOT NULL,
    withdrawn_on TEXT,
    recorded_by  INTEGER REFERENCES staff(id)
);
CREATE INDEX consents_client ON consents(client_id);

CREATE TABLE problem_codes (
    code       TEXT PRIMARY KEY,
    grp        TEXT NOT NULL CHECK (grp IN ('work', 'personal', 'family', 'crisis')),
    name_ko    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE cases (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    counselor_id INTEGER NOT NULL REFERENCES staff(id),
    opened_on    TEXT NOT NULL,
    closed_on    TEXT,
    close_reason TEXT,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
);
CREATE INDEX cases_client ON cases(client_id);
CREATE INDEX cases_counselor ON cases(counselor_id, status);

CREATE TABLE case_problems (
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    problem_code TEXT NOT NULL REFERENCES problem_codes(code),
    is_primary   INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
    PRIMARY KEY (case_id, problem_code)
);

CREATE TABLE recurrences (
    id            INTEGER PRIMARY KEY,
    freq          TEXT NOT NULL CHECK (freq IN ('weekly')),
    interval_n    INTEGER NOT NULL DEFAULT 1 CHECK (interval_n >= 1),
    occurrences   INTEGER NOT NULL CHECK (occurrences BETWEEN 1 AND 104),
    skip_holidays INTEGER NOT NULL DEFAULT 1 CHECK (skip_holidays IN (0, 1))
);

CREATE TABLE appointments (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL REFERENCES sites(id),
    counselor_id  INTEGER NOT NULL REFERENCES staff(id),
    room_id       INTEGER REFERENCES rooms(id),
    client_id     INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('intake', 'individual', 'group', 'family', 'screening', 'program', 'other')),
    starts_at     TEXT NOT NULL,
    ends_at       TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'attended', 'cancelled', 'no_show')),
    recurrence_id INTEGER REFERENCES recurrences(id),
    memo          TEXT,
    created_by    INTEGER REFERENCES staff(id),
    updated_at    TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointments_site_time ON appointments(site_id, starts_at);
CREATE INDEX appointments_counselor_time ON appointments(counselor_id, starts_at);
CREATE INDEX appointments_room_time ON appointments(room_id, starts_at);
CREATE INDEX appointments_client ON appointments(client_id);

CREATE TABLE counseling_sessions (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    case_id        INTEGER REFERENCES cases(id),
    appointment_id INTEGER REFERENCES appointments(id),
    group_key      TEXT,                 -- rows of one group session share it (one row per member)
    kind           TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'family')),
    method         TEXT NOT NULL CHECK (method IN ('in_person', 'phone', 'video', 'visit', 'online')),
    session_date   TEXT NOT NULL,
    minutes        INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    counselor_id   INTEGER NOT NULL REFERENCES staff(id),
    site_id        INTEGER NOT NULL REFERENCES sites(id),
    template       TEXT NOT NULL DEFAULT 'free' CHECK (template IN ('soap', 'dap', 'free')),
    note           TEXT NOT NULL DEFAULT '{}',   -- JSON: section -> text
    note_status    TEXT NOT NULL DEFAULT 'draft' CHECK (note_status IN ('draft', 'signed')),
    signed_at      TEXT,
    signed_by      INTEGER REFERENCES staff(id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
-- Covering the report queries: session rows carry the note text, so reading them for counts
-- would decrypt far more pages (city size: 2.9 s -> 0.23 s for a year-to-date count).
CREATE INDEX sessions_date ON counseling_sessions(session_date, site_id, client_id, kind, method, counselor_id,
                                                  case_id, minutes);
CREATE INDEX sessions_client ON counseling_sessions(client_id, session_date);
CREATE INDEX sessions_counselor ON counseling_sessions(counselor_id, session_date);

CREATE TABLE session_participants (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES counseling_sessions(id) ON DELETE CASCADE,
    client_id  INTEGER REFERENCES clients(id) ON DELETE CASCADE,   -- NULL: a family member who is not a client
    relation   TEXT                                                -- e.g. spouse, child
);
CREATE INDEX participants_session ON session_participants(session_id);

CREATE TABLE note_addenda (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES counseling_sessions(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    written_at TEXT NOT NULL,
    written_by INTEGER NOT NULL REFERENCES staff(id)
);

CREATE TABLE screenings (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    instrument_id      TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    taken_on           TEXT NOT NULL,
    channel            TEXT NOT NULL CHECK (channel IN ('in_person', 'online', 'paper', 'phone')),
    answers            TEXT NOT NULL,    -- JSON: linkId -> value, or entered totals
    result             TEXT NOT NULL,    -- JSON: the scoring engine's result
    total              REAL,
    band               TEXT,
    risk_class         TEXT CHECK (risk_class IN ('normal', 'watch', 'high_risk')),   -- this instrument
    overall_class      TEXT CHECK (overall_class IN ('normal', 'watch', 'high_risk')), -- all taken that day
    flag_count         INTEGER NOT NULL DEFAULT 0,
    site_id            INTEGER NOT NULL REFERENCES sites(id),
    entered_by         INTEGER NOT NULL REFERENCES staff(id),
    created_at         TEXT NOT NULL
);
-- Covering, for the same reason: each screening row carries its answers and result as JSON.
CREATE INDEX screenings_date ON screenings(taken_on, site_id, client_id, instrument_id, risk_class, overall_class);
CREATE INDEX screenings_client ON screenings(client_id, taken_on);

CREATE TABLE safety_followups (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    screening_id INTEGER REFERENCES screenings(id) ON DELETE CASCADE,
    reason       TEXT NOT NULL,          -- '<form>.<flag>', e.g. 'phq9.self_harm'
    raised_at    TEXT NOT NULL,
    assigned_to  INTEGER REFERENCES staff(id),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at    TEXT,
    closed_by    INTEGER REFERENCES staff(id),
    action       TEXT,
    CHECK (status = 'open' OR (closed_at IS NOT NULL AND closed_by IS NOT NULL AND action IS NOT NULL))
);
CREATE INDEX followups_status ON safety_followups(status, raised_at);

CREATE TABLE programs (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    category         TEXT NOT NULL CHECK (category IN ('stress_relief', 'resilience', 'relationships', 'outreach', 'campaign', 'other')),
    site_id          INTEGER NOT NULL REFERENCES sites(id),
    facilitator_id   INTEGER REFERENCES staff(id),
    department       TEXT,               -- for outreach: which department was visited
    starts_on        TEXT NOT NULL,
    ends_on          TEXT,
    planned_sessions INTEGER,
    description      TEXT
);

CREATE TABLE program_registrations (
    program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    PRIMARY KEY (program_id, client_id)
);

CREATE TABLE program_sessions (
    id         INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
    session_no INTEGER NOT NULL,
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    room_id    INTEGER REFERENCES rooms(id),
    location   TEXT,                     -- outside the center (a department's meeting room)
    headcount  INTEGER CHECK (headcount IS NULL OR headcount >= 0),   -- anonymous attendance
    UNIQUE (program_id, session_no)
);
CREATE INDEX program_sessions_time ON program_sessions(starts_at);

CREATE TABLE program_attendance (
    program_session_id INTEGER NOT NULL REFERENCES program_sessions(id) ON DELETE CASCADE,
    client_id          INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    walk_in            INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
    PRIMARY KEY (program_session_id, client_id)
);
CREATE INDEX attendance_client ON program_attendance(client_id);

CREATE TABLE referrals (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    case_id          INTEGER REFERENCES cases(id),
    destination_kind TEXT NOT NULL CHECK (destination_kind IN ('designated_clinic', 'psychiatrist', 'external')),
    destination_name TEXT,
    reason           TEXT NOT NULL,
    referred_on      TEXT NOT NULL,
    cost_support_krw INTEGER NOT NULL DEFAULT 0 CHECK (cost_support_krw >= 0),
    outcome          TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'attended', 'completed', 'declined', 'unknown')),
    outcome_note     TEXT,
    site_id          INTEGER NOT NULL REFERENCES sites(id),
    created_by       INTEGER NOT NULL REFERENCES staff(id)
);
CREATE INDEX referrals_date ON referrals(referred_on);

-- Anonymous by design: no client reference at all.
CREATE TABLE satisfaction_responses (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL REFERENCES sites(id),
    service_line  TEXT NOT NULL CHECK (service_line IN ('counseling', 'screening', 'program')),
    period_month  TEXT NOT NULL,
    usefulness    INTEGER NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    comfort       INTEGER NOT NULL CHECK (comfort BETWEEN 1 AND 5),
    participation INTEGER NOT NULL CHECK (participation BETWEEN 1 AND 5),
    suitability   INTEGER NOT NULL CHECK (suitability BETWEEN 1 AND 5),
    recommend     INTEGER NOT NULL CHECK (recommend BETWEEN 1 AND 5),
    revisit       INTEGER NOT NULL CHECK (revisit BETWEEN 1 AND 5),
    environment   INTEGER NOT NULL CHECK (environment BETWEEN 1 AND 5),
    comment       TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX satisfaction_month ON satisfaction_responses(period_month);

CREATE TABLE annual_plans (
    id                    INTEGER PRIMARY KEY,
    year                  INTEGER NOT NULL,
    site_id               INTEGER REFERENCES sites(id),   -- NULL: the whole center
    service_line          TEXT NOT NULL CHECK (service_line IN ('counseling', 'screening', 'program', 'referral')),
    target_person_visits  INTEGER NOT NULL CHECK (target_person_visits >= 0),
    budget_krw            INTEGER
);
CREATE UNIQUE INDEX annual_plans_key ON annual_plans(year, COALESCE(site_id, 0), service_line);

-- Append-only and hash-chained: each row's hash covers the previous row's hash.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,           -- staff login (or 'system')
    workstation TEXT NOT NULL,
    client_id   INTEGER,                 -- no foreign key: the trail outlives a destroyed record
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    detail      TEXT NOT NULL DEFAULT '{}',  -- JSON; never names, notes or answers
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_client ON audit_log(client_id);
CREATE INDEX audit_actor_at ON audit_log(actor, at);

-- SQLite only (a PostgreSQL port uses a rule or revoked privileges): refuse edits of the trail.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

-- Presenting problems (주호소), grouped as the center counts them.
INSERT INTO problem_codes (code, grp, name_ko, name_en, sort_order) VALUES
 ('work_stress',        'work',     '직무 스트레스',        'Job stress',                  10),
 ('work_relations',     'work',     '직장 내 대인관계',     'Relationships at work',       11),
 ('complaint_abuse',    'work',     '악성 민원 피해',       'Abusive complaints',          12),
 ('harassment',         'work',     '직장 내 괴롭힘',       'Workplace harassment',        13),
 ('burnout',            'work',     '소진',                 'Burnout',                     14),
 ('career',             'work',     '진로·경력',            'Career',                      15),
 ('depression',         'personal', '우울',                 'Depression',                  20),
 ('anxiety',            'personal', '불안',                 'Anxiety',                     21),
 ('sleep',              'personal', '수면',                 'Sleep',                       22),
 ('alcohol',            'personal', '음주·중독',            'Alcohol and addiction',       23),
 ('trauma',             'personal', '외상 사건',            'Traumatic event',             24),
 ('emotion',            'personal', '정서 조절',            'Emotion regulation',          25),
 ('health',             'personal', '신체 건강',            'Physical health',             26),
 ('self',               'personal', '자기 이해',            'Self-understanding',          27),
 ('couple',             'family',   '부부 관계',            'Couple relationship',         30),
 ('parenting',          'family',   '자녀 양육',            'Parenting',                   31),
 ('family_conflict',    'family',   '가족 갈등',            'Family conflict',             32),
 ('caregiving',         'family',   '돌봄 부담',            'Caregiving burden',           33),
 ('suicide_risk',       'crisis',   '자살 위기',            'Suicide risk',                40),
 ('self_harm',          'crisis',   '자해',                 'Self-harm',                   41),
 ('violence',           'crisis',   '폭력 피해',            'Violence',                    42),
 ('grief',              'crisis',   '상실·애도',            'Loss and grief',              43);
