"""The synthetic demo center (storage/demo.py): deterministic, in DOMAIN.md's mix, and made of
records the repositories would have written (no overlapping bookings, scores that re-score,
follow-ups for flags, a clean `verify`). One 1-year demo is generated per module."""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import date, timedelta

import pytest

import forms
from storage.demo import DEFAULT_DEMO_PASSWORD, LOGINS, create_demo
from storage.errors import DatabaseExists
from storage.kdf import FAST_TEST_KDF
from storage.store import Store
from storage.vault import Vault

TODAY = date(2026, 11, 28)
WINDOW = ("2025-11-28", "2026-11-28")   # the demo year: [today - 1 year, today)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    calls: list[tuple[int, int]] = []
    summary = create_demo(path, years=1, seed=1, kdf=FAST_TEST_KDF, today=TODAY,
                          progress=lambda done, total: calls.append((done, total)))
    return {"path": path, "summary": summary, "progress": calls}


@contextmanager
def opened(demo, login: str = "lead"):
    vault = Vault.unlock(demo["path"], login, DEFAULT_DEMO_PASSWORD)
    try:
        yield vault
    finally:
        vault.close()


def rows(vault, sql: str, params: tuple = ()) -> list[tuple]:
    return vault.conn.execute(sql, params).fetchall()


def scalar(vault, sql: str, params: tuple = ()):
    return vault.conn.execute(sql, params).fetchone()[0]


def first_clients(path, password=DEFAULT_DEMO_PASSWORD) -> list[tuple]:
    with Vault.unlock(path, "lead", password) as vault:
        return rows(vault, "SELECT code, name, sex, birth_year FROM clients ORDER BY id LIMIT 50")


# --- determinism -------------------------------------------------------------------------------
def test_same_seed_same_center_other_seed_other_center(demo, tmp_path):
    again = create_demo(tmp_path / "again.db", years=1, seed=1, kdf=FAST_TEST_KDF, today=TODAY)
    assert again.counts == demo["summary"].counts
    assert first_clients(tmp_path / "again.db") == first_clients(demo["path"])

    other = create_demo(tmp_path / "other.db", years=1, seed=2, kdf=FAST_TEST_KDF, today=TODAY)
    assert other.counts != demo["summary"].counts
    assert first_clients(tmp_path / "other.db") != first_clients(demo["path"])


# --- summary, accounts, audit -----------------------------------------------------------------
def test_summary_counts_match_the_database(demo):
    summary = demo["summary"]
    assert summary.db_path == demo["path"]
    assert summary.logins == ["lead", "admin", "coord"] + [f"counselor{i}" for i in range(1, 8)] == LOGINS
    with opened(demo) as vault:
        for table, key in (("clients", "clients"), ("counseling_sessions", "counseling_sessions"),
                           ("screenings", "screenings"), ("program_attendance", "program_attendance"),
                           ("safety_followups", "followups"), ("appointments", "appointments"),
                           ("referrals", "referrals"), ("satisfaction_responses", "satisfaction_responses")):
            copies_out = " WHERE program_session_id IS NULL" if table == "counseling_sessions" else ""
            assert scalar(vault, f"SELECT count(*) FROM {table}{copies_out}") == summary.counts[key], table
        assert scalar(vault, "SELECT sum(headcount) FROM program_sessions") == summary.counts["headcount"]


def test_every_account_unlocks_with_the_password(demo):
    roles = {}
    for login in LOGINS:
        with opened(demo, login) as vault:
            roles[login] = (vault.actor.role, vault.actor.site_id)
    assert roles["lead"][0] == "lead" and roles["admin"][0] == "admin" and roles["coord"][0] == "coordinator"
    counselors = [roles[f"counselor{i}"] for i in range(1, 8)]
    assert all(role == "counselor" for role, _ in counselors)
    assert len({site for _, site in counselors}) == 2          # spread over both sites
    with opened(demo) as vault:
        assert 1 <= scalar(vault, "SELECT count(*) FROM staff WHERE needs_supervision = 1") <= 2
        names = [r[0] for r in rows(vault, "SELECT display_name FROM staff")]
        assert all(2 <= len(n) <= 4 for n in names)             # Korean names, not logins
        settings = dict(rows(vault, "SELECT key, value FROM settings"))
        assert json.loads(settings["center_name"]) == "마음건강 힐링센터 (데모)"


def test_sites_and_rooms(demo):
    with opened(demo) as vault:
        sites = rows(vault, "SELECT id, name FROM sites ORDER BY id")
        assert [name for _, name in sites] == ["본관", "별관"]
        for site_id, _ in sites:
            kinds = [k for (k,) in rows(vault, "SELECT kind FROM rooms WHERE site_id = ?", (site_id,))]
            assert kinds.count("individual") == 2 and kinds.count("group") == 1


def test_one_audit_row_for_the_bulk_load(demo):
    with opened(demo) as vault:
        found = rows(vault, "SELECT actor, detail FROM audit_log WHERE action = 'demo_generate'")
        assert len(found) == 1
        assert found[0][0] == "admin"
        assert json.loads(found[0][1]) == demo["summary"].counts
        assert scalar(vault, "SELECT count(*) FROM audit_log WHERE actor = 'admin'") < 100   # no row per record


def test_database_verifies(demo):
    with opened(demo, "admin") as vault:
        assert vault.verify() == []


def test_progress_is_reported(demo):
    calls = demo["progress"]
    assert calls and calls[-1] == (100, 100)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_an_existing_database_is_left_alone(demo, tmp_path):
    size = demo["path"].stat().st_size
    with pytest.raises(DatabaseExists):
        create_demo(demo["path"], years=1, kdf=FAST_TEST_KDF, today=TODAY)
    assert demo["path"].stat().st_size == size
    first_clients(demo["path"])   # still opens


# --- volume and mix (DOMAIN.md) ----------------------------------------------------------------
def test_a_year_has_about_20000_services_in_the_domain_mix(demo):
    with opened(demo) as vault:
        counseling = scalar(vault, "SELECT count(*) FROM counseling_sessions WHERE session_date >= ? AND session_date < ?",
                            WINDOW)
        screening = scalar(vault, "SELECT count(*) FROM screenings WHERE taken_on >= ? AND taken_on < ?", WINDOW)
        named = scalar(vault, "SELECT count(*) FROM program_attendance pa JOIN program_sessions ps"
                              " ON ps.id = pa.program_session_id WHERE ps.starts_at >= ? AND ps.starts_at < ?", WINDOW)
        counted = scalar(vault, "SELECT coalesce(sum(headcount), 0) FROM program_sessions"
                                " WHERE starts_at >= ? AND starts_at < ?", WINDOW)
        programs = named + counted
        assert screening > counseling > programs > 0
        assert abs(counseling + screening + programs - 20_000) <= 0.15 * 20_000
        clients = scalar(vault, "SELECT count(*) FROM clients")
        assert 1_200 <= clients <= 2_000
        # program sessions: ~50 in-center sessions, ~20 outreach visits, 2 campaigns
        by_category = dict(rows(vault, "SELECT p.category, count(*) FROM program_sessions ps JOIN programs p"
                                       " ON p.id = ps.program_id WHERE ps.starts_at < ? GROUP BY 1", (WINDOW[1],)))
        assert 40 <= by_category["stress_relief"] + by_category["resilience"] + by_category["relationships"] <= 60
        assert 15 <= by_category["outreach"] <= 25
        assert scalar(vault, "SELECT count(*) FROM programs WHERE category = 'campaign'") == 2
        assert 20 <= scalar(vault, "SELECT count(*) FROM referrals") <= 40


def test_every_client_has_at_least_one_service_and_first_seen_is_the_first(demo):
    with opened(demo) as vault:
        firsts = rows(vault, """
            SELECT c.id, c.first_seen_on, min(s.day) FROM clients c LEFT JOIN (
                SELECT client_id, session_date AS day FROM counseling_sessions
                UNION ALL SELECT client_id, taken_on FROM screenings
                UNION ALL SELECT pa.client_id, substr(ps.starts_at, 1, 10) FROM program_attendance pa
                          JOIN program_sessions ps ON ps.id = pa.program_session_id) s ON s.client_id = c.id
            GROUP BY c.id""")
        assert all(first is not None for _, _, first in firsts)
        assert all(seen == first for _, seen, first in firsts)
        assert scalar(vault, "SELECT count(*) FROM clients WHERE name_initials = '' OR phone_tail IS NULL") == 0
        assert scalar(vault, "SELECT count(*) FROM clients WHERE phone NOT GLOB '010-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'") == 0
        assert scalar(vault, "SELECT min(birth_year) >= 1965 AND max(birth_year) <= 2002 FROM clients") == 1
        codes = [c for (c,) in rows(vault, "SELECT code FROM clients ORDER BY id LIMIT 3")]
        assert codes == ["2025-0001", "2025-0002", "2025-0003"]


def test_screenings_are_what_the_forms_engine_says(demo):
    registry = forms.builtin_registry()
    with opened(demo) as vault:
        sample = rows(vault, "SELECT s.instrument_id, s.instrument_version, s.answers, s.result, s.total, s.band,"
                             " s.risk_class, s.flag_count, c.sex FROM screenings s JOIN clients c ON c.id = s.client_id"
                             " WHERE s.id % 97 = 0")
        assert len(sample) > 50
        for instrument, version, answers, result, total, band, risk_class, flag_count, sex in sample:
            again = forms.score(registry.get(instrument, version), json.loads(answers)["answers"], sex=sex)
            assert again.to_dict() == json.loads(result)
            assert total == (again.total.value if again.total else None)
            assert band == (again.band.id if again.band else None)
            assert risk_class == again.risk_class
            assert flag_count == len([f for f in again.flags if f.kind == "safety"])
        # the overall class of a client's day is forms.classify_overall over that day's results
        assert scalar(vault, "SELECT count(*) FROM (SELECT client_id, taken_on FROM screenings"
                             " GROUP BY 1, 2 HAVING count(DISTINCT coalesce(overall_class, '-')) > 1)") == 0
        days = rows(vault, "SELECT client_id, taken_on, overall_class FROM screenings WHERE id % 89 = 0")
        for client_id, taken_on, overall in days:
            latest = {}
            for (text,) in rows(vault, "SELECT result FROM screenings WHERE client_id = ? AND taken_on = ? ORDER BY id",
                                (client_id, taken_on)):
                result = forms.ScoreResult.from_dict(json.loads(text))
                latest[result.form_id] = result
            assert overall == forms.classify_overall(list(latest.values())).risk_class
        people = dict(rows(vault, "SELECT overall_class, count(*) FROM (SELECT DISTINCT client_id, taken_on,"
                                  " overall_class FROM screenings) GROUP BY 1"))
        assert people["normal"] > people["watch"] > people["high_risk"] > 0
        mix = dict(rows(vault, "SELECT risk_class, count(*) FROM screenings GROUP BY 1"))
        everyone = sum(mix.values())
        assert mix["normal"] > everyone / 2
        assert 0.12 <= mix["watch"] / everyone <= 0.30
        assert 0.03 <= mix["high_risk"] / everyone <= 0.10
        used = dict(rows(vault, "SELECT instrument_id, count(*) FROM screenings GROUP BY 1"))
        assert {"phq9", "gad7", "pss10"} <= set(used)
        assert used["phq9"] == max(used.values())


def test_flags_raise_followups_most_old_ones_closed(demo):
    with opened(demo) as vault:
        flagged = scalar(vault, "SELECT coalesce(sum(flag_count), 0) FROM screenings")
        followups = rows(vault, "SELECT f.status, f.raised_at, f.action, f.closed_by, s.taken_on, s.answers, f.reason"
                                " FROM safety_followups f JOIN screenings s ON s.id = f.screening_id")
        assert len(followups) == flagged > 0
        assert any(status == "open" for status, *_ in followups)
        closed = [f for f in followups if f[0] == "closed"]
        assert len(closed) > len(followups) / 2 and all(f[2] and f[3] for f in closed)
        for status, raised_at, *_ , taken_on, answers, reason in followups:
            assert raised_at[:10] == taken_on
        item9 = [json.loads(a)["answers"].get("phq9_9", 0) for *_, a, r in followups if r.startswith("phq9.")]
        assert item9 and all(v >= 1 for v in item9)
        old_open = scalar(vault, "SELECT count(*) FROM safety_followups WHERE status = 'open' AND raised_at < ?",
                          ((TODAY - timedelta(days=30)).isoformat(),))
        assert old_open <= 0.1 * len(followups)


# --- counseling -------------------------------------------------------------------------------
def test_no_two_bookings_overlap_for_a_counselor_or_a_room(demo):
    with opened(demo) as vault:
        for column in ("counselor_id", "room_id"):
            clashes = scalar(vault, f"""
                SELECT count(*) FROM appointments a JOIN appointments b
                  ON a.{column} = b.{column} AND a.id < b.id
                 AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
               WHERE a.status IN ('booked', 'attended') AND b.status IN ('booked', 'attended')""")
            assert clashes == 0, column
        # program sessions in a room do not collide with counseling there either
        assert scalar(vault, """
            SELECT count(*) FROM program_sessions p JOIN appointments a ON a.room_id = p.room_id
             AND a.starts_at < p.ends_at AND p.starts_at < a.ends_at AND a.status IN ('booked', 'attended')""") == 0


def test_appointments_past_attended_future_booked(demo):
    with opened(demo) as vault:
        today, horizon = TODAY.isoformat(), (TODAY + timedelta(days=15)).isoformat()
        assert scalar(vault, "SELECT count(*) FROM appointments WHERE status = 'booked' AND starts_at < ?", (today,)) == 0
        assert scalar(vault, "SELECT count(*) FROM appointments WHERE status <> 'booked' AND starts_at >= ?", (today,)) == 0
        booked = scalar(vault, "SELECT count(*) FROM appointments WHERE status = 'booked'")
        assert booked > 20
        assert scalar(vault, "SELECT max(starts_at) FROM appointments") < horizon
        statuses = dict(rows(vault, "SELECT status, count(*) FROM appointments GROUP BY 1"))
        assert statuses["no_show"] > 0 and statuses["cancelled"] > 0
        # every non-group session of a case sits on an attended appointment of its client
        assert scalar(vault, """
            SELECT count(*) FROM counseling_sessions s LEFT JOIN appointments a ON a.id = s.appointment_id
             WHERE s.kind <> 'group' AND (a.id IS NULL OR a.client_id <> s.client_id OR a.status <> 'attended'
                   OR substr(a.starts_at, 1, 10) <> s.session_date OR a.counselor_id <> s.counselor_id)""") == 0


def test_cases_problems_and_sessions(demo):
    with opened(demo) as vault:
        assert scalar(vault, "SELECT count(*) FROM (SELECT client_id FROM cases WHERE status = 'open'"
                             " GROUP BY client_id HAVING count(*) > 1)") == 0
        assert scalar(vault, "SELECT count(*) FROM cases c WHERE (SELECT count(*) FROM case_problems p"
                             " WHERE p.case_id = c.id AND p.is_primary = 1) <> 1") == 0
        assert scalar(vault, "SELECT max(n) FROM (SELECT count(*) n FROM case_problems GROUP BY case_id)") <= 3
        assert scalar(vault, "SELECT count(*) FROM cases WHERE status = 'closed' AND (closed_on IS NULL"
                             " OR close_reason IS NULL OR closed_on < opened_on)") == 0
        assert scalar(vault, "SELECT count(*) FROM counseling_sessions s JOIN cases c ON c.id = s.case_id"
                             " WHERE s.session_date < c.opened_on OR (c.closed_on IS NOT NULL"
                             " AND s.session_date > c.closed_on) OR s.client_id <> c.client_id") == 0
        per_case = scalar(vault, "SELECT avg(n) FROM (SELECT count(*) n FROM counseling_sessions"
                                 " WHERE case_id IS NOT NULL GROUP BY case_id)")
        assert 5 <= per_case <= 10
        kinds = dict(rows(vault, "SELECT kind, count(*) FROM counseling_sessions GROUP BY 1"))
        assert kinds["individual"] > kinds["group"] > 0 and kinds["family"] > 0
        methods = dict(rows(vault, "SELECT method, count(*) FROM counseling_sessions GROUP BY 1"))
        assert methods["in_person"] > sum(methods.values()) / 2 and {"phone", "video"} <= set(methods)
        assert scalar(vault, "SELECT count(*) FROM session_participants") > 0


def test_group_sessions_share_a_key_and_an_appointment(demo):
    with opened(demo) as vault:
        groups = rows(vault, "SELECT group_key, count(*), count(DISTINCT appointment_id), count(DISTINCT session_date),"
                             " count(DISTINCT counselor_id), count(DISTINCT client_id) FROM counseling_sessions"
                             " WHERE kind = 'group' AND program_session_id IS NULL GROUP BY group_key")
        assert groups
        for key, members, appointments, days, counselors, clients in groups:
            assert key and appointments == days == counselors == 1 and members == clients >= 2
        assert scalar(vault, "SELECT count(*) FROM counseling_sessions WHERE kind = 'group' AND group_key IS NULL") == 0


def test_notes_signed_in_the_past_some_drafts(demo):
    with opened(demo) as vault:
        status = dict(rows(vault, "SELECT note_status, count(*) FROM counseling_sessions GROUP BY 1"))
        assert status["signed"] > 10 * status["draft"] > 0
        assert scalar(vault, "SELECT count(*) FROM counseling_sessions WHERE note_status = 'signed'"
                             " AND (signed_at IS NULL OR signed_by IS NULL OR signed_at < session_date)") == 0
        for template, note in rows(vault, "SELECT template, note FROM counseling_sessions WHERE id % 50 = 0"
                                          " AND program_session_id IS NULL"):
            sections = json.loads(note)
            expected = {"soap": {"subjective", "objective", "assessment", "plan"},
                        "dap": {"data", "assessment", "plan"}, "free": {"text"}}[template]
            assert set(sections) == expected
            assert all(any("\uac00" <= ch <= "\ud7a3" for ch in text) for text in sections.values())


def test_a_few_group_notes_written_and_signed_through_the_repository(demo):
    """The demo's latest stress-relief and resilience sessions carry a group note: one copy per
    attending member, signed, headed with the program and n, naming no member."""
    with opened(demo) as vault:
        notes = rows(vault, "SELECT program_session_id FROM group_notes")
        assert 1 <= len(notes) <= 6
        for (ps,) in notes:
            attending = {r[0]: (r[1], r[2]) for r in rows(
                vault, "SELECT c.id, c.name, c.code FROM program_attendance a JOIN clients c ON c.id = a.client_id"
                       " WHERE a.program_session_id = ?", (ps,))}
            copies = rows(vault, "SELECT client_id, note, note_status FROM counseling_sessions"
                                 " WHERE program_session_id = ?", (ps,))
            assert {c for c, _, _ in copies} == set(attending) and all(st == "signed" for _, _, st in copies)
            for client_id, note, _ in copies:
                text = json.loads(note)
                assert set(text) >= {"group", "text"} and text["group"].startswith("집단상담: ")
                others = [v for c, pair in attending.items() if c != client_id for v in pair]
                assert not any(word in note for word in others)


# --- programs, referrals, surveys, plans --------------------------------------------------------
def test_programs_named_attendance_and_headcounts(demo):
    with opened(demo) as vault:
        assert scalar(vault, "SELECT count(*) FROM program_sessions ps JOIN programs p ON p.id = ps.program_id"
                             " WHERE p.category IN ('outreach', 'campaign') AND ps.room_id IS NOT NULL") == 0
        assert scalar(vault, "SELECT count(*) FROM program_attendance pa JOIN program_sessions ps"
                             " ON ps.id = pa.program_session_id JOIN programs p ON p.id = ps.program_id"
                             " WHERE p.category IN ('outreach', 'campaign')") == 0
        assert scalar(vault, "SELECT count(*) FROM program_sessions WHERE starts_at >= ?"
                             " AND (headcount IS NOT NULL OR id IN (SELECT program_session_id FROM program_attendance))",
                      (TODAY.isoformat(),)) == 0
        assert scalar(vault, "SELECT count(*) FROM program_attendance WHERE walk_in = 1") > 0
        assert scalar(vault, "SELECT count(*) FROM program_attendance pa JOIN program_sessions ps"
                             " ON ps.id = pa.program_session_id WHERE pa.walk_in = 0 AND pa.client_id NOT IN"
                             " (SELECT client_id FROM program_registrations WHERE program_id = ps.program_id)") == 0
        assert scalar(vault, "SELECT count(*) FROM programs WHERE category = 'outreach' AND department IS NULL") == 0


def test_referrals_surveys_and_plans(demo):
    with opened(demo) as vault:
        assert scalar(vault, "SELECT max(cost_support_krw) FROM referrals") <= 1_000_000
        kinds = dict(rows(vault, "SELECT destination_kind, count(*) FROM referrals GROUP BY 1"))
        assert kinds["designated_clinic"] > sum(kinds.values()) / 2
        assert scalar(vault, "SELECT count(*) FROM referrals r JOIN cases c ON c.id = r.case_id"
                             " WHERE r.client_id <> c.client_id") == 0
        months = rows(vault, "SELECT period_month, service_line, count(*) FROM satisfaction_responses GROUP BY 1, 2")
        assert len({m for m, _, _ in months}) >= 12 and {line for _, line, _ in months} == {"counseling", "screening", "program"}
        means = rows(vault, "SELECT avg(usefulness), avg(comfort), avg(participation), avg(suitability),"
                            " avg(recommend), avg(revisit), avg(environment) FROM satisfaction_responses")[0]
        assert all(4.3 <= m <= 4.95 for m in means)
        plans = rows(vault, "SELECT year, service_line FROM annual_plans")
        assert {(2025, line) for line in ("counseling", "screening", "program", "referral")} <= set(plans)
        assert {(2026, line) for line in ("counseling", "screening", "program", "referral")} <= set(plans)


# --- the repositories read what the demo wrote --------------------------------------------------
def test_repositories_work_on_the_demo(demo):
    with opened(demo, "counselor1") as vault:
        store = Store(vault)
        me = vault.actor.id
        session_id = scalar(vault, "SELECT max(id) FROM counseling_sessions WHERE counselor_id = ? AND kind = 'individual'",
                            (me,))
        session = store.sessions.get(session_id)
        assert session.note and session.counselor_id == me
        assert store.sessions.drafts_of(me) is not None
        assert store.clients.search("ㄱ", limit=5)
        client_id = session.client_id
        assert store.cases.for_client(client_id)
        assert store.screenings.for_client(client_id)
        assert store.appointments.in_range(TODAY.isoformat() + "T00:00",
                                           (TODAY + timedelta(days=14)).isoformat() + "T00:00")
    with opened(demo, "lead") as vault:
        store = Store(vault)
        assert store.followups.open_items()
        assert store.referrals.all()
        program_id = scalar(vault, "SELECT min(id) FROM programs WHERE category = 'campaign'")
        assert sum(store.programs.totals(program_id).values()) > 0
        assert store.plans.for_year(2026)


def test_no_appointments_or_program_sessions_on_public_holidays(demo):
    """The demo's calendar follows the holidays package (설날, 추석, 대체공휴일, election days)."""
    from storage.holidays import public_holidays
    days = {d.isoformat() for d in public_holidays(TODAY - timedelta(days=400), TODAY + timedelta(days=30))}
    assert {"2026-02-17", "2026-06-03", "2026-09-25", "2026-10-05"} <= days    # 설날, 지방선거일, 추석, 대체공휴일
    with opened(demo) as vault:
        booked = {r[0] for r in rows(vault, "SELECT DISTINCT substr(starts_at, 1, 10) FROM appointments")}
        program = {r[0] for r in rows(vault, "SELECT DISTINCT substr(starts_at, 1, 10) FROM program_sessions")}
    assert booked and program
    assert booked & days == set() and program & days == set()


def test_supervised_counselors_have_a_supervisor_and_notes_in_sign_off(demo):
    with opened(demo) as vault:
        trainees = rows(vault, "SELECT id, supervisor_id FROM staff WHERE needs_supervision = 1")
        assert trainees and all(sup is not None for _, sup in trainees)
        status = dict(rows(vault, "SELECT status, count(*) FROM note_signoffs GROUP BY 1"))
        assert status.get("cosigned", 0) > 0 and status.get("pending", 0) > 0
        # co-signed notes are signed by their author; waiting and returned ones are drafts
        assert scalar(vault, "SELECT count(*) FROM note_signoffs o JOIN counseling_sessions s ON s.id = o.session_id"
                             " WHERE (o.status = 'cosigned') <> (s.note_status = 'signed')") == 0
        assert scalar(vault, "SELECT count(*) FROM note_signoffs o JOIN counseling_sessions s ON s.id = o.session_id"
                             " JOIN staff t ON t.id = s.counselor_id WHERE o.reviewer_id <> t.supervisor_id") == 0
    store = Store(Vault.unlock(demo["path"], "lead", DEFAULT_DEMO_PASSWORD))
    try:
        assert store.supervision.queue(everyone=True)
    finally:
        store.close()
