"""Retention and destruction: which clients are past retention, approval then destruction of
exactly the approved, the audit trace, flagged backups, and the proof on disk: after
destruction the client's name is in no decrypted page of the database, no frame of its WAL,
and no page of a backup made afterwards (tests/sqlcipher_pages.py decrypts them itself)."""
from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from storage import errors
from storage.backup import create_backup
from storage.records import (Appointment, Attendance, Case, Client, Consent, CounselingSession, Program,
                             ProgramSession, Referral)
from storage.repos import retention as retention_module
from storage.repos.retention import add_years
from storage.retention_periods import DEFAULTS

from .sqlcipher_pages import backup_pages, database_pages, find, wal_frames

GONE = "파기될홍길순"          # the client to destroy
GONE_PHONE = "010-9876-5432"
KEPT = "남을김영희"            # a client with an open case: never due
NOTE = "악성민원으로잠을못잠-기록"


@pytest.fixture
def day(monkeypatch):
    """Sets the retention repository's clock (approve/destroy take no day from the caller)."""
    def set_day(d: date) -> date:
        monkeypatch.setattr(retention_module, "clock", lambda: d)
        return d
    return set_day


def _client(store, code, name, **kw):
    return store.clients.add(Client(code=code, name=name, sex="F", birth_year=1985, job_group="admin", **kw),
                             [Consent(kind="service", version="1", scope="상담", given=True, given_on="2026-01-05")])


def _full_file(store, name=GONE, code="2026-0001", closed="2026-02-01", hour=10):
    """A client with one of every kind of record, the case closed on ``closed`` (no safety flag:
    closing a follow-up is counseling activity of its own day)."""
    c = _client(store, code, name, phone=GONE_PHONE)
    case = store.cases.open(Case(client_id=c.id, counselor_id=store.actor.id, opened_on="2026-01-05",
                                 primary_problem="depression", secondary_problems=["sleep"]))
    appt = store.appointments.add(Appointment(site_id=1, counselor_id=store.actor.id, client_id=c.id, room_id=1,
                                              starts_at=f"2026-01-12T{hour:02d}:00", ends_at=f"2026-01-12T{hour:02d}:50",
                                              memo=f"{name} 첫 상담"))
    s = store.sessions.create(CounselingSession(client_id=c.id, kind="individual", method="in_person",
                                                session_date="2026-01-12", minutes=50, counselor_id=store.actor.id,
                                                site_id=1, case_id=case.id, appointment_id=appt.id,
                                                note={"text": f"{name}: {NOTE}"}))
    store.sessions.sign(s.id)
    store.sessions.add_addendum(s.id, f"{name} 추가기록")
    store.screenings.record(c.id, "phq9", taken_on="2026-01-20", site_id=1, answers=[1, 1, 1, 1, 1, 1, 1, 0, 0])
    store.referrals.add(Referral(client_id=c.id, case_id=case.id, destination_kind="designated_clinic",
                                 destination_name="OO의원", reason=f"{name} 의뢰", referred_on="2026-01-21", site_id=1))
    program = store.programs.add(Program(name="스트레스 완화", category="stress_relief", site_id=1,
                                         starts_on="2026-01-15", facilitator_id=store.actor.id))
    ps = store.programs.add_session(ProgramSession(program_id=program.id, session_no=1, starts_at=f"2026-01-15T{hour + 4:02d}:00",
                                                   ends_at=f"2026-01-15T{hour + 4:02d}:50", room_id=3))
    store.programs.register(program.id, c.id)
    store.programs.set_attendance(ps.id, [Attendance(ps.id, c.id)])
    store.cases.close(case.id, closed, "goals_met")
    return c


def _everything(path: Path, key: bytes) -> list[bytes]:
    pages = database_pages(path, key)
    salt = path.read_bytes()[:16]
    return pages + wal_frames(Path(str(path) + "-wal"), key, salt)


def test_destroyed_name_is_nowhere_on_disk(open_as, tmp_path, day):
    store = open_as("lead")
    gone = _full_file(store)
    kept = _client(store, "2026-0002", KEPT)
    store.cases.open(Case(client_id=kept.id, counselor_id=store.actor.id, opened_on="2026-01-05",
                          primary_problem="sleep"))
    # A note over 4 KB with the name in the middle: it lives on overflow pages, possibly split.
    long_note = "가" * 2100 + GONE + "나" * 2100
    store.sessions.create(CounselingSession(client_id=gone.id, kind="individual", method="in_person",
                                            session_date="2026-01-19", minutes=50, counselor_id=store.actor.id,
                                            site_id=1, note={"text": long_note}))
    path, key = store.vault.path, store.vault._key
    old_backups = tmp_path / "old"
    old_backups.mkdir()
    before_backup = create_backup(store.vault, old_backups)

    # The decryptor works (every page's HMAC checks) and sees live data, the name included.
    pages = _everything(path, key)
    assert find(pages, "테스트 센터") and find(pages, KEPT)
    assert find(pages, GONE) and find(pages, GONE_PHONE) and find(pages, NOTE)
    assert find(pages, "가" * 20 + GONE + "나" * 20)               # the long note's middle, before
    assert find(backup_pages(before_backup.path, key, tmp_path), GONE)

    today = day(date(2037, 3, 1))
    due = store.retention.past_retention(today)
    assert [p.client_id for p in due] == [gone.id]
    review = store.retention.approve([gone.id])
    result = store.retention.destroy(review.id)
    assert result.wal_cleared and result.kept == 0
    assert result.counts["clients"] == 1 and result.counts["sessions"] == 2 and result.counts["screenings"] == 1

    pages = _everything(path, key)
    assert find(pages, KEPT) and find(pages, "테스트 센터")     # still reading real pages
    for needle in (GONE, GONE_PHONE, NOTE, "2026-0001", "가" * 20 + GONE + "나" * 20, "가" * 100):
        assert find(pages, needle) == [], needle
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0

    new_backups = tmp_path / "new"
    new_backups.mkdir()
    after = create_backup(store.vault, new_backups)
    backup = backup_pages(after.path, key, tmp_path)
    assert find(backup, KEPT)
    for needle in (GONE, GONE_PHONE, NOTE, "2026-0001"):
        assert find(backup, needle) == [], needle

    # Written after the destruction too: the pages on disk once the app has closed.
    store.close()
    pages = _everything(path, key)
    assert find(pages, GONE) == [] and find(pages, KEPT)


def test_every_table_naming_a_client_cascades(open_as):
    """A table added later that names a client without ON DELETE CASCADE would make destruction
    fail (or, with foreign keys off, leave the rows): catch it here."""
    conn = open_as("lead").vault.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
            if fk[2] == "clients":
                assert fk[6] == "CASCADE", f"{table}.{fk[3]} references clients without ON DELETE CASCADE"


def test_secure_delete_is_on(open_as):
    assert open_as("lead").vault.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_a_reader_holding_a_snapshot_delays_only_the_wal_wipe(open_as, monkeypatch, day):
    monkeypatch.setattr(retention_module, "CHECKPOINT_WAIT_MS", 50)
    store = open_as("lead")
    gone = _full_file(store)
    path, key = store.vault.path, store.vault._key
    day(date(2037, 3, 1))
    review = store.retention.approve([gone.id])
    with store.vault.reader() as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM clients").fetchone()   # holds its snapshot
        result = store.retention.destroy(review.id)
        assert not result.wal_cleared
        assert store.vault.conn.execute("SELECT count(*) FROM clients WHERE id = ?", (gone.id,)).fetchone()[0] == 0
        reader.execute("COMMIT")
    assert store.retention.finish_wipe()
    assert find(_everything(path, key), GONE) == []


def test_past_retention_edges(open_as, day):
    store = open_as("lead")
    c = _full_file(store, closed="2026-02-01")
    ids = lambda today: [p.client_id for p in store.retention.past_retention(day(today))]  # noqa: E731
    assert c.id not in ids(date(2036, 2, 1))           # exactly 10 years: still kept
    assert c.id in ids(date(2036, 2, 2))               # the day after: due
    item = store.retention.past_retention(day(date(2036, 2, 2)))[0]
    assert (item.rule, item.last_on, item.due_on, item.years) == ("counseling", date(2026, 2, 1), date(2036, 2, 1), 10)

    # A later screening within its own period keeps the whole file.
    store.screenings.record(c.id, "phq9", taken_on="2033-06-01", site_id=1, answers=[0] * 9)
    assert c.id not in ids(date(2037, 1, 1))
    assert store.retention.past_retention(day(date(2038, 6, 2)))[0].rule == "screening"

    # An open case is never due; nor a registration with services of its own period.
    open_one = _client(store, "2026-0003", "진행중")
    store.cases.open(Case(client_id=open_one.id, counselor_id=store.actor.id, opened_on="2026-01-05",
                          primary_problem="sleep"))
    assert open_one.id not in ids(date(2090, 1, 1))

    # Contact data only (no service): 3 years from registration.
    contact = _client(store, "2026-0004", "연락처만")
    registered = date.fromisoformat(store.clients.get(contact.id).created_at[:10])
    assert contact.id not in ids(add_years(registered, 3))
    assert contact.id in ids(add_years(registered, 3) + timedelta(days=1))

    # The lead lengthens the counseling period: the list follows the setting.
    store.settings.set("retention_years", {**DEFAULTS, "counseling": 12})
    assert c.id not in ids(date(2038, 2, 2)) and c.id in ids(date(2038, 6, 2))


def test_retention_setting_is_validated(open_as):
    store = open_as("lead")
    assert store.retention.periods() == DEFAULTS and DEFAULTS["counseling"] == 10
    for bad in ({**DEFAULTS, "counseling": 0}, {**DEFAULTS, "audit_log": 1}, {"counseling": 10},
                {**DEFAULTS, "screening": "5"}, {**DEFAULTS, "program": True}, [10]):
        with pytest.raises(errors.ValidationError):
            store.settings.set("retention_years", bad)
    store.settings.set("retention_years", {**DEFAULTS, "appointment": 5})
    assert store.retention.periods()["appointment"] == 5
    store = open_as("c1")
    with pytest.raises(errors.PermissionDenied):
        store.settings.set("retention_years", DEFAULTS)
    with pytest.raises(errors.PermissionDenied):
        store.retention.past_retention(date(2040, 1, 1))


def test_destruction_destroys_exactly_the_approved(open_as, day):
    store = open_as("lead")
    a = _full_file(store, name="가파기", code="2026-0011")
    b = _full_file(store, name="나대기", code="2026-0012", hour=11)
    late = _full_file(store, name="다새로", code="2026-0013", hour=12)
    today = day(date(2037, 3, 1))
    assert {p.client_id for p in store.retention.past_retention(today)} == {a.id, b.id, late.id}
    with pytest.raises(errors.ValidationError):
        store.retention.approve([a.id, 999_999])        # not on the list: refused whole
    review = store.retention.approve([a.id, late.id])
    assert review.status == "approved" and review.items == 2
    # New activity after the approval: an appointment booked for the client keeps the file.
    store.appointments.add(Appointment(site_id=1, counselor_id=store.actor.id, client_id=late.id,
                                       starts_at="2037-02-20T10:00", ends_at="2037-02-20T10:50"))
    result = store.retention.destroy(review.id)
    assert result.kept == 1 and result.counts["clients"] == 1
    remaining = {r[0] for r in store.vault.conn.execute("SELECT id FROM clients")}
    assert a.id not in remaining and {b.id, late.id} <= remaining
    for table in ("cases", "counseling_sessions", "screenings", "appointments", "program_attendance", "consents",
                  "referrals", "safety_followups", "program_registrations"):
        assert store.vault.conn.execute(f"SELECT count(*) FROM {table} WHERE client_id = ?", (a.id,)).fetchone()[0] == 0
    with pytest.raises(errors.ValidationError):
        store.retention.destroy(review.id)               # once only
    history = store.retention.reviews()
    assert history[0].status == "destroyed" and history[0].destroyed_by == "lead"
    assert history[0].counts["clients"] == 1
    assert store.vault.verify() == []                          # audit chain and integrity intact


def test_the_audit_trace_has_counts_but_no_name_or_code(open_as, day):
    store = open_as("lead")
    c = _full_file(store)
    day(date(2037, 3, 1))
    review = store.retention.approve([c.id])
    store.retention.destroy(review.id)
    entries = store.audit.entries(limit=500)
    destroy = [e for e in entries if e.action == "destroy" and e.entity == "retention_review"]
    assert len(destroy) == 1
    detail = destroy[0].detail
    assert detail["counts"]["clients"] == 1 and detail["counts"]["cases"] == 1 and detail["approved_by"] == "lead"
    assert detail["destroyed_on"] == date.today().isoformat()
    text = json.dumps([e.__dict__ for e in entries], ensure_ascii=False)
    for needle in (GONE, "2026-0001", GONE_PHONE):
        assert needle not in text
    assert any(e.client_id == c.id for e in entries)            # old rows keep the bare number


def test_backups_made_before_destruction_are_flagged(open_as, tmp_path, day):
    store = open_as("lead")
    c = _full_file(store)
    folder = tmp_path / "backups"
    folder.mkdir()
    old = create_backup(store.vault, folder)
    premigration = Path(str(store.vault.path) + ".pre-v2.bak")
    shutil.copy2(store.vault.path, premigration)
    day(date(2037, 3, 1))
    now = date.today()
    assert store.retention.flagged_backups(now, [folder]) == []
    review = store.retention.approve([c.id])
    store.retention.destroy(review.id)
    flagged = {f.name: f for f in store.retention.flagged_backups(now, [folder])}
    assert set(flagged) == {old.path.name, premigration.name}
    assert flagged[old.path.name].reasons == ["before_destruction"]
    # Made afterwards: holds none of it, not flagged.
    new_folder = tmp_path / "after"
    new_folder.mkdir()
    new = create_backup(store.vault, new_folder)
    assert new.path.name not in {f.name for f in store.retention.flagged_backups(now, [folder, new_folder])}
    # Older than the longest period: flagged even without a destruction since.
    assert "older_than_retention" in {r for f in store.retention.flagged_backups(add_years(now, 11), [new_folder])
                                      for r in f.reasons}
    store.retention.mark_backup_destroyed(old.path.name)
    assert old.path.name not in {f.name for f in store.retention.flagged_backups(now, [folder])}


def test_an_imported_clients_import_key_goes_too(open_as, tmp_path, day):
    """An imported client's import key is their code: destruction removes it with them."""
    from storage.importing import run_import
    store = open_as("lead")
    path = tmp_path / "clients.csv"
    path.write_text("client_code,name,sex,birth_year,job_group\nIMP-0001,수입된이름,F,1990,admin\n", encoding="utf-8")
    run_import(store.vault, "clients", path)
    client_id = store.clients.id_for_code("IMP-0001")
    keys = lambda: store.vault.conn.execute(   # noqa: E731
        "SELECT count(*) FROM import_rows WHERE entity = 'client' AND entity_id = ?", (client_id,)).fetchone()[0]
    assert keys() == 1
    day(add_years(date.today(), 3) + timedelta(days=1))    # contact data only: 3 years
    review = store.retention.approve([client_id])
    store.retention.destroy(review.id)
    assert keys() == 0
    assert find(_everything(store.vault.path, store.vault._key), "IMP-0001") == []


# --- review findings (docs/retention.md; /work/reports/review-wl-ret.md) ----------------------------

def test_a_client_waiting_on_the_list_is_never_due(open_as, day):
    from storage.repos.waitlist import WaitlistEntry
    store = open_as("lead")
    c = _client(store, "2020-0001", "대기중인사람")
    registered = date.fromisoformat(store.clients.get(c.id).created_at[:10])
    entry = store.waitlist.add(WaitlistEntry(site_id=1, client_id=c.id, priority="urgent"))
    ids = lambda d: [p.client_id for p in store.retention.past_retention(day(d))]  # noqa: E731
    assert c.id not in ids(add_years(registered, 40))             # waiting: never due
    with pytest.raises(errors.ValidationError):
        store.retention.approve([c.id])
    # Taken off the list today: the entry's date counts (as an appointment request, 3 years).
    store.waitlist.withdraw(entry.id, "declined")
    resolved = date.fromisoformat(store.waitlist.get(entry.id).resolved_at[:10])
    assert c.id not in ids(add_years(resolved, 3))
    assert store.retention.past_retention(day(add_years(resolved, 3) + timedelta(days=1)))[0].rule == "appointment"


def test_today_is_the_repositorys_not_the_callers(open_as):
    """A far-future day cannot be passed in to run every period out (the review's probe)."""
    store = open_as("lead")
    c = _client(store, "2026-0100", "현재내담자")
    nxt = (date.today() + timedelta(days=7)).isoformat()
    store.appointments.add(Appointment(site_id=1, counselor_id=store.actor.id, client_id=c.id, room_id=1,
                                       starts_at=f"{nxt}T10:00", ends_at=f"{nxt}T10:50"))
    with pytest.raises(TypeError):
        store.retention.approve([c.id], date(2099, 1, 1))         # no day parameter at all
    with pytest.raises(errors.ValidationError):
        store.retention.past_retention(date(2099, 1, 1))          # a day after today is refused
    with pytest.raises(errors.ValidationError):
        store.retention.approve([c.id])                           # not due today
    assert store.vault.conn.execute("SELECT count(*) FROM clients WHERE id = ?", (c.id,)).fetchone()[0] == 1


def test_the_scan_finds_text_spanning_overflow_pages(open_as):
    """A 36 KB note: every marker, wherever the page boundaries fall, is found by find()."""
    from .conftest import login
    store = open_as("lead")
    c = _client(store, "2026-0200", "오버플로")
    markers = [f"표식{i:03d}이름" for i in range(800)]
    text = "".join("a" * 10 + m for m in markers)
    store.sessions.create(CounselingSession(client_id=c.id, kind="individual", method="in_person",
                                            session_date="2026-01-12", minutes=50, counselor_id=store.actor.id,
                                            site_id=1, note={"text": text}))
    store.close()
    path = store.vault.path
    s2 = login(path, "lead")
    pages = _everything(path, s2.vault._key)
    naive = [m for m in markers if not any(m.encode() in p for p in pages)]
    assert naive, "no marker crosses a page boundary: the test would prove nothing"
    assert [m for m in markers if not find(pages, m)] == []
    assert find(pages, "없는표식999") == []
    s2.close()


def test_periods_are_the_leads_with_floors_and_in_the_trail(open_as, day):
    admin = open_as("admin")
    with pytest.raises(errors.PermissionDenied):
        admin.settings.set("retention_years", {**DEFAULTS, "counseling": 12})
    store = open_as("lead")
    for floor in ({**DEFAULTS, "counseling": 9}, {**DEFAULTS, "screening": 4}):
        with pytest.raises(errors.ValidationError):
            store.settings.set("retention_years", floor)
    store.settings.set("retention_years", {**DEFAULTS, "appointment": 4})
    row = store.vault.conn.execute("SELECT detail FROM audit_log WHERE action = 'set'"
                                   " AND entity_id = 'retention_years'").fetchone()
    detail = json.loads(row[0])
    assert detail == {"old": DEFAULTS, "new": {**DEFAULTS, "appointment": 4}}
    c = _full_file(store)
    day(date(2037, 3, 1))
    review = store.retention.approve([c.id])
    assert store.vault.conn.execute("SELECT rule, years FROM retention_review_items WHERE review_id = ?",
                                    (review.id,)).fetchall() == [("counseling", 10)]
    store.retention.destroy(review.id)
    trace = [e for e in store.audit.entries(limit=50) if e.action == "destroy" and e.entity == "retention_review"]
    assert trace[0].detail["periods"] == {"counseling": 10, "screening": 5, "program": 3, "appointment": 4,
                                          "contact": 3}
    assert trace[0].detail["approved_periods"] == {"counseling": 10}


def test_anonymous_enquiries_lose_their_memo_and_go_on_the_list(open_as, day, monkeypatch):
    from storage.repos import waitlist as waitlist_module
    from storage.repos.waitlist import WaitlistEntry
    store = open_as("lead")
    monkeypatch.setattr(waitlist_module, "now_iso", lambda: "2020-01-02T09:00:00+09:00")
    waiting = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="홍길동", contact_phone="010-1234-5678",
                                               memo="야간만"))
    gone = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="김철수", contact_phone="010-2222-3333",
                                            memo="김철수 님 배우자 문제"))
    store.waitlist.withdraw(gone.id, "no_contact")
    assert store.vault.conn.execute("SELECT contact_name, contact_phone, memo FROM waitlist WHERE id = ?",
                                    (gone.id,)).fetchone() == (None, None, None)
    # A client's memo stays (the wish the booking needs; the client's file, destroyed with it).
    c = _client(store, "2026-0300", "메모남음")
    mine = store.waitlist.add(WaitlistEntry(site_id=1, client_id=c.id, memo="오전만"))
    store.waitlist.withdraw(mine.id, "declined")
    assert store.waitlist.get(mine.id).memo == "오전만"

    monkeypatch.setattr(waitlist_module, "now_iso", lambda: "2026-01-02T09:00:00+09:00")
    recent = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="최근", contact_phone="010-5555-6666"))
    listed = store.retention.past_retention(day(date(2023, 1, 3)))
    assert [(p.waitlist_id, p.rule, p.years) for p in listed if p.enquiry] == [(waiting.id, "contact", 3)]
    assert recent.id not in [p.waitlist_id for p in listed]
    review = store.retention.approve([], [waiting.id])
    assert review.items == 1
    result = store.retention.destroy(review.id)
    assert result.counts["enquiries"] == 1 and result.counts["clients"] == 0
    left = [r[0] for r in store.vault.conn.execute("SELECT id FROM waitlist WHERE client_id IS NULL")]
    assert waiting.id not in left and recent.id in left
    assert find(_everything(store.vault.path, store.vault._key), "010-1234-5678") == []


def test_a_crash_before_the_wipe_is_finished_at_the_next_unlock(open_as, day, tmp_path):
    from .conftest import login
    store = open_as("lead")
    gone = _full_file(store)
    day(date(2037, 3, 1))
    review = store.retention.approve([gone.id])
    store.retention.destroy(review.id, wipe=False)                 # the desktop's worker never runs
    assert store.retention.wipe_pending()
    path, key = store.vault.path, store.vault._key
    crash = tmp_path / "crash"
    crash.mkdir()
    for f in path.parent.iterdir():                                # the files as a crash leaves them
        if f.name.startswith(path.name) and f.is_file():
            shutil.copy2(f, crash / f.name)
    copy = crash / path.name
    assert find(_everything(copy, key), GONE)                      # still on disk
    reopened = login(copy, "lead")                                 # the next unlock
    assert not reopened.retention.wipe_pending()
    assert find(_everything(copy, key), GONE) == [] and find(_everything(copy, key), "테스트 센터")
    assert reopened.vault.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'wipe'"
                                       " AND entity = 'retention_review'").fetchone()[0] == 1
    reopened.close()
    store.retention.wipe_free_space()                              # the original: the worker's wipe clears it
    assert not store.retention.wipe_pending()


def test_attendance_import_keys_go_with_the_client(open_as, day, tmp_path):
    """Attendance keys hash the client code: they now name their client and cascade."""
    from storage.importing import run_import
    store = open_as("lead")
    clients = tmp_path / "clients.csv"
    clients.write_text("client_code,name,sex,birth_year,job_group\nIMP-0002,출석이름,F,1990,admin\n", encoding="utf-8")
    run_import(store.vault, "clients", clients)
    services = tmp_path / "services.csv"
    services.write_text("client_code,date,service,minutes,site,program,program_category\n"
                        "IMP-0002,2026-01-15,program,120,1,마음챙김,stress_relief\n", encoding="utf-8")
    report = run_import(store.vault, "services", services)
    client_id = store.clients.id_for_code("IMP-0002")
    keys = lambda: store.vault.conn.execute(   # noqa: E731
        "SELECT entity FROM import_rows WHERE client_id = ? ORDER BY entity", (client_id,)).fetchall()
    assert keys() == [("attendance",), ("client",)], report
    day(date(2029, 1, 16))                                          # program attendance: 3 years
    review = store.retention.approve([client_id])
    store.retention.destroy(review.id)
    assert store.vault.conn.execute("SELECT count(*) FROM import_rows WHERE entity = 'attendance'").fetchone()[0] == 0


def test_other_clients_records_naming_a_listed_client_are_shown_not_changed(open_as, day):
    store = open_as("lead")
    gone = _full_file(store)
    other = _client(store, "2026-0009", "다른사람")
    store.cases.open(Case(client_id=other.id, counselor_id=store.actor.id, opened_on="2026-01-05",
                          primary_problem="sleep"))
    s = store.sessions.create(CounselingSession(client_id=other.id, kind="individual", method="in_person",
                                                session_date="2026-02-03", minutes=50, counselor_id=store.actor.id,
                                                site_id=1, note={"text": f"배우자 {GONE} 씨와 갈등"}))
    store.sessions.create(CounselingSession(client_id=other.id, kind="individual", method="in_person",
                                            session_date="2026-02-10", minutes=50, counselor_id=store.actor.id,
                                            site_id=1, note={"text": "이름 없음"}))
    day(date(2037, 3, 1))
    found = store.retention.mentions([gone.id])
    assert [(m.kind, m.client_id, m.code, m.day) for m in found] == [("note", other.id, "2026-0009", "2026-02-03")]
    assert store.audit.entries(limit=5)[0].action != "search"              # nothing written, nothing logged
    review = store.retention.approve([gone.id])
    store.retention.destroy(review.id)
    assert GONE in store.vault.conn.execute("SELECT note FROM counseling_sessions WHERE id = ?",
                                            (s.id,)).fetchone()[0]          # not covered, as docs say


def test_a_full_disk_during_the_wipe_is_said_and_the_wipe_stays_pending(open_as, day, monkeypatch):
    """VACUUM needs free space the size of the file: when it is missing the records are already
    deleted, the person reads "the disk is full", and the next unlock wipes again."""
    from storage import wipe as wiping
    from storage.connection import DatabaseError
    store = open_as("lead")
    gone = _full_file(store)
    day(date(2037, 3, 1))
    review = store.retention.approve([gone.id])
    store.retention.destroy(review.id, wipe=False)

    def full(*_args, **_kwargs):
        raise DatabaseError("database or disk is full")
    monkeypatch.setattr(wiping, "wipe", full)
    with pytest.raises(errors.DiskFull) as caught:
        store.retention.wipe_free_space()
    assert "디스크 공간이 부족" in caught.value.message("ko")
    assert store.retention.wipe_pending()                         # nothing lost: tried again later
    assert store.vault.conn.execute("SELECT count(*) FROM clients WHERE id = ?", (gone.id,)).fetchone()[0] == 0
    monkeypatch.undo()
    assert store.retention.wipe_free_space() and not store.retention.wipe_pending()
