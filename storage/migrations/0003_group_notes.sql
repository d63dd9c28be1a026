-- Group notes (issue 10): a group session is one row per member, never one record that names
-- the others. The facilitator writes the group's note once, on a program session; every
-- attending named member gets a copy in their own record (counseling_sessions kind='group',
-- linked by group_key and program_session_id). Portable SQL (SQLite and PostgreSQL alike).

-- The shared note, stored once: what every member's copy repeats. It names nobody (checked by
-- storage/repos/group_notes.py before anything is written).
CREATE TABLE group_notes (
    id                 INTEGER PRIMARY KEY,
    program_session_id INTEGER NOT NULL UNIQUE REFERENCES program_sessions(id) ON DELETE CASCADE,
    group_key          TEXT NOT NULL UNIQUE,      -- the members' copies carry the same key
    author_id          INTEGER NOT NULL REFERENCES staff(id),
    template           TEXT NOT NULL DEFAULT 'free' CHECK (template IN ('soap', 'dap', 'free')),
    note               TEXT NOT NULL DEFAULT '{}', -- JSON: section -> text (no names, no codes)
    -- JSON: client id -> that member's own line. Kept here, not only on the copy, so a member
    -- marked absent (copy deleted) and then present again gets their line back.
    lines              TEXT NOT NULL DEFAULT '{}',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

-- A member's copy points at its program session, so attendance and copies can be kept in step
-- (absent: no copy; a signed copy keeps its member on the attendance list).
ALTER TABLE counseling_sessions ADD COLUMN program_session_id INTEGER REFERENCES program_sessions(id);
-- Partial: only copies are indexed. A full index was chosen by SQLite for the report queries'
-- "program_session_id IS NULL" (every ordinary session) and walked the whole table: a month's
-- statistics at city size went from 0.16 s to 7.6 s.
CREATE INDEX sessions_program_session ON counseling_sessions(program_session_id)
    WHERE program_session_id IS NOT NULL;

-- The report queries leave the copies out (the service is counted once, as program
-- attendance). Rebuilt with the new column so the counts stay on the covering index.
DROP INDEX sessions_date;
CREATE INDEX sessions_date ON counseling_sessions(session_date, site_id, client_id, kind, method, counselor_id,
                                                  case_id, minutes, program_session_id);

-- The old shape: a group note written in the note editor was ONE row with the other members as
-- session_participants. Each such member gets a row of their own (same date, counselor, length,
-- method, status), so a group counts one service per member, like the demo and the import.
-- The original text stays where it was written (its author's client's record); the new rows do
-- not copy it, since it may name the others: they say where the note is instead.
UPDATE counseling_sessions SET group_key = 'migrated-' || id
 WHERE kind = 'group' AND group_key IS NULL
   AND EXISTS (SELECT 1 FROM session_participants p WHERE p.session_id = counseling_sessions.id
                                                     AND p.client_id IS NOT NULL);

INSERT INTO counseling_sessions (client_id, case_id, appointment_id, group_key, kind, method, session_date, minutes,
                                 counselor_id, site_id, template, note, note_status, signed_at, signed_by,
                                 created_at, updated_at)
SELECT DISTINCT p.client_id, NULL, NULL, s.group_key, 'group', s.method, s.session_date, s.minutes,
       s.counselor_id, s.site_id, 'free',
       '{"text": "집단상담 참여 (이전 기록에서 옮김: 이 회기의 기록은 작성 상담사가 보관한 원 기록에 있습니다)"}',
       s.note_status, s.signed_at, s.signed_by, s.created_at, s.updated_at
  FROM session_participants p JOIN counseling_sessions s ON s.id = p.session_id
 WHERE s.kind = 'group' AND p.client_id IS NOT NULL AND p.client_id <> s.client_id
   AND NOT EXISTS (SELECT 1 FROM counseling_sessions o WHERE o.group_key = s.group_key AND o.client_id = p.client_id)
   -- The old editor let a counselor write the same group into several members' records, each
   -- listing the others: those members already have their row (same day, same counselor), and a
   -- member listed in several of them gets one row, from the first (else N rows become N x N).
   AND NOT EXISTS (SELECT 1 FROM counseling_sessions o WHERE o.client_id = p.client_id AND o.kind = 'group'
                      AND o.session_date = s.session_date AND o.counselor_id = s.counselor_id)
   AND s.id = (SELECT min(s2.id) FROM counseling_sessions s2 JOIN session_participants p2 ON p2.session_id = s2.id
                WHERE s2.kind = 'group' AND p2.client_id = p.client_id
                  AND s2.session_date = s.session_date AND s2.counselor_id = s.counselor_id);

-- The new members' first visit may be earlier than what their record said.
UPDATE clients SET first_seen_on = (SELECT min(s.session_date) FROM counseling_sessions s WHERE s.client_id = clients.id)
 WHERE EXISTS (SELECT 1 FROM counseling_sessions s WHERE s.client_id = clients.id AND s.kind = 'group'
                  AND (clients.first_seen_on IS NULL OR clients.first_seen_on > s.session_date));

-- Family sessions keep their participants (one session with relatives); groups no longer have any.
DELETE FROM session_participants
 WHERE client_id IS NOT NULL
   AND session_id IN (SELECT id FROM counseling_sessions WHERE kind = 'group');
