"""Round trips through every repository: what goes in comes back out, validated and audited."""
from __future__ import annotations

import pytest

from storage import errors
from storage.records import (AnnualPlan, Appointment, Attendance, Case, Client, Consent, CounselingSession,
                             Participant, Program, ProgramSession, Referral, Room, SatisfactionResponse, Site)


def _client(store, code="2026-0001", name="홍길동", **kw):
    defaults = dict(sex="M", birth_year=1984, job_group="civil_service", department="민원여권과",
                    phone="010-2345-6789")
    defaults.update(kw)
    return store.clients.add(Client(code=code, name=name, **defaults), consents=[
        Consent(kind="service", version="2026-1", scope="상담 서비스", given=True, given_on="2026-03-02"),
        Consent(kind="sensitive", version="2026-1", scope="건강정보(민감정보)", given=True, given_on="2026-03-02")])


def _audit_actions(store, entity=None):
    sql = "SELECT action, entity FROM audit_log"
    return [(a, e) for a, e in store.vault.conn.execute(sql) if entity is None or e == entity]


def test_sites_and_rooms(open_as, created):
    store = open_as("admin")
    site = store.sites.add_site(Site(name="분소", address="시청 별관 3층"))
    room = store.sites.add_room(Room(site_id=site.id, name="상담실A", kind="individual"))
    assert [s.name for s in store.sites.sites()] == ["본관", "별관", "분소"]
    assert store.sites.rooms(site.id) == [room]
    room.active = False
    store.sites.update_room(room)
    assert store.sites.rooms(site.id) == []
    assert store.sites.rooms(site.id, include_inactive=True)[0].active is False
    with pytest.raises(errors.ValidationError):
        store.sites.add_room(Room(site_id=site.id, name="x", kind="kitchen"))


def test_staff_roles_and_last_admin(open_as):
    store = open_as("admin")
    c1 = store.staff.get("c1")
    assert (c1.role, c1.display_name, c1.active) == ("counselor", "박상담", True)
    c1.needs_supervision = True
    c1.role = "psychiatrist"
    store.staff.update(c1)
    assert store.staff.get("c1").needs_supervision and store.staff.get("c1").role == "psychiatrist"
    admin = store.staff.get("admin")
    admin.role = "lead"
    with pytest.raises(errors.LastAdmin):
        store.staff.update(admin)
    with pytest.raises(errors.ValidationError):
        store.staff.add(store.staff.get("c2"), "password-123")  # login taken


def test_client_round_trip_search_and_consent(open_as):
    store = open_as("c1")
    c = _client(store)
    _client(store, code="2026-0002", name="홍길순", sex="F", phone="010-1111-2222")
    _client(store, code="2026-0003", name="김철수", phone=None)
    got = store.clients.get(c.id)
    assert (got.code, got.name, got.sex, got.birth_year, got.job_group) == ("2026-0001", "홍길동", "M", 1984, "civil_service")
    assert [x.name for x in store.clients.search("ㅎㄱㄷ")] == ["홍길동"]
    assert [x.name for x in store.clients.search("ㅎㄱ")] == ["홍길동", "홍길순"]
    assert [x.name for x in store.clients.search("홍길")] == ["홍길동", "홍길순"]
    assert [x.name for x in store.clients.search("6789")] == ["홍길동"]
    assert [x.name for x in store.clients.search("0003")] == ["김철수"]
    assert store.clients.count("홍") == 2
    assert store.clients.search("%") == []  # wildcards are literal
    assert [k.kind for k in store.clients.consents(c.id)] == ["service", "sensitive"]
    assert len(store.clients.possible_duplicates("홍길동", 1984)) == 1
    got.department = "여권과"
    store.clients.update(got)
    assert store.clients.get(c.id).department == "여권과"
    assert ("view", "client") in _audit_actions(store)
    assert store.clients.next_code(2026) == "2026-0004"


@pytest.mark.parametrize("field,value", [("sex", "X"), ("birth_year", 1800), ("job_group", "pilot"),
                                         ("name", " "), ("code", "a b")])
def test_client_validation_names_the_field(open_as, field, value):
    store = open_as("c1")
    data = dict(code="2026-0009", name="이영희", sex="F", birth_year=1990, job_group="welfare")
    data[field] = value
    with pytest.raises(errors.ValidationError) as caught:
        store.clients.add(Client(**data))
    assert field in caught.value.message("en") and field in caught.value.message("ko")
    assert store.clients.count() == 0


def test_cases_and_problems(open_as):
    store = open_as("c1")
    c = _client(store)
    case = store.cases.open(Case(client_id=c.id, counselor_id=store.actor.id, opened_on="2026-03-02",
                                 primary_problem="complaint_abuse", secondary_problems=["sleep", "depression"]))
    got = store.cases.get(case.id)
    assert got.primary_problem == "complaint_abuse" and set(got.secondary_problems) == {"sleep", "depression"}
    with pytest.raises(errors.ValidationError):
        store.cases.open(Case(client_id=c.id, counselor_id=store.actor.id, opened_on="2026-03-03",
                              primary_problem="sleep"))
    store.cases.set_problems(case.id, "depression", [])
    assert store.cases.get(case.id).primary_problem == "depression"
    assert store.cases.close(case.id, "2026-05-01", "goals_met") == 0
    assert store.cases.get(case.id).status == "closed"
    store.cases.reopen(case.id)
    assert store.cases.open_case(c.id).id == case.id
    with pytest.raises(errors.ValidationError):
        store.cases.set_problems(case.id, "no_such_problem", [])


def test_appointments_conflicts_and_recurrence(open_as):
    store = open_as("coord")
    c = _client(store)
    c1 = store.staff.get("c1").id
    c2 = store.staff.get("c2").id
    room = store.sites.rooms(1)[0].id
    a = store.appointments.add(Appointment(site_id=1, counselor_id=c1, room_id=room, client_id=c.id,
                                           starts_at="2026-03-05T14:00", ends_at="2026-03-05T14:50"))
    with pytest.raises(errors.Conflict) as same_counselor:
        store.appointments.add(Appointment(site_id=1, counselor_id=c1, client_id=c.id,
                                           starts_at="2026-03-05T14:30", ends_at="2026-03-05T15:20"))
    assert "박상담" in same_counselor.value.message("ko") and "14:00" in same_counselor.value.message("en")
    with pytest.raises(errors.Conflict) as same_room:
        store.appointments.add(Appointment(site_id=1, counselor_id=c2, room_id=room, client_id=c.id,
                                           starts_at="2026-03-05T14:49", ends_at="2026-03-05T15:30"))
    assert "상담실1" in same_room.value.message("ko")
    # Back-to-back is fine; a cancelled slot frees the time.
    store.appointments.add(Appointment(site_id=1, counselor_id=c1, room_id=room, client_id=c.id,
                                       starts_at="2026-03-05T14:50", ends_at="2026-03-05T15:40"))
    store.appointments.set_status(a.id, "cancelled")
    store.appointments.add(Appointment(site_id=1, counselor_id=c2, room_id=room, client_id=c.id,
                                       starts_at="2026-03-05T14:00", ends_at="2026-03-05T14:50"))
    series = store.appointments.add_weekly(
        Appointment(site_id=1, counselor_id=c2, client_id=c.id, starts_at="2026-03-10T10:00",
                    ends_at="2026-03-10T10:50"), 6, skip_dates={"2026-03-17"})
    assert [s.starts_at[:10] for s in series] == ["2026-03-10", "2026-03-24", "2026-03-31", "2026-04-07",
                                                  "2026-04-14", "2026-04-21"]
    week = store.appointments.in_range("2026-03-02T00:00", "2026-03-09T00:00", site_id=1)
    assert len(week) == 2  # the cancelled one is hidden
    assert len(store.appointments.in_range("2026-03-02T00:00", "2026-03-09T00:00", include_cancelled=True)) == 3
    moved = series[0]
    moved.starts_at, moved.ends_at = "2026-03-11T10:00", "2026-03-11T10:50"
    store.appointments.update(moved)
    assert store.appointments.get(moved.id).starts_at == "2026-03-11T10:00"
    # A series that clashes anywhere is refused whole.
    before = len(store.appointments.for_client(c.id))
    with pytest.raises(errors.Conflict):
        store.appointments.add_weekly(Appointment(site_id=1, counselor_id=c2, client_id=c.id,
                                                  starts_at="2026-03-03T10:00", ends_at="2026-03-03T10:50"), 4)
    assert len(store.appointments.for_client(c.id)) == before
    with pytest.raises(errors.ValidationError):
        store.appointments.add(Appointment(site_id=1, counselor_id=c1, client_id=c.id,
                                           starts_at="2026-03-05T16:00", ends_at="2026-03-05T15:00"))


def test_session_note_draft_sign_addendum(open_as):
    store = open_as("c1")
    c = _client(store)
    s = store.sessions.create(CounselingSession(
        client_id=c.id, kind="family", method="in_person", session_date="2026-03-05", minutes=50,
        counselor_id=store.actor.id, site_id=1, template="soap",
        participants=[Participant(client_id=None, relation="spouse")]))
    store.sessions.save_draft(s.id, note={"subjective": "악성 민원 이후 잠을 못 잠", "plan": "2주 후"})
    got = store.sessions.get(s.id)
    assert got.note["subjective"] == "악성 민원 이후 잠을 못 잠" and got.note_status == "draft"
    assert got.participants == [Participant(client_id=None, relation="spouse")]
    with pytest.raises(errors.ValidationError):
        store.sessions.save_draft(s.id, note={"data": "wrong template section"})
    store.sessions.sign(s.id)
    with pytest.raises(errors.NoteLocked) as locked:
        store.sessions.save_draft(s.id, note={"subjective": "changed"})
    assert "addendum" in locked.value.message("ko")
    store.sessions.add_addendum(s.id, "3/6 전화로 안부 확인")
    got = store.sessions.get(s.id)
    assert got.note_status == "signed" and got.signed_by == store.actor.id
    assert [a.text for a in got.addenda] == ["3/6 전화로 안부 확인"]
    assert got.note["subjective"] == "악성 민원 이후 잠을 못 잠"
    assert store.clients.get(c.id).first_seen_on == "2026-03-05"
    timeline = store.sessions.for_client(c.id)
    assert timeline[0].note == {}  # the timeline never carries note text
    with pytest.raises(errors.ValidationError):
        store.sessions.create(CounselingSession(client_id=c.id, kind="individual", method="telepathy",
                                                session_date="2026-03-05", minutes=50,
                                                counselor_id=store.actor.id, site_id=1))


def test_programs_attendance_and_headcount(open_as):
    store = open_as("c1")
    a = _client(store)
    b = _client(store, code="2026-0002", name="이민지", sex="F")
    p = store.programs.add(Program(name="마음챙김 스트레스 완화", category="stress_relief", site_id=1,
                                   starts_on="2026-04-01", facilitator_id=store.actor.id, planned_sessions=4))
    s1 = store.programs.add_session(ProgramSession(program_id=p.id, session_no=0, starts_at="2026-04-01T15:00",
                                                   ends_at="2026-04-01T16:30", room_id=3))
    store.programs.register(p.id, a.id)
    store.programs.set_attendance(s1.id, [Attendance(s1.id, a.id), Attendance(s1.id, b.id, walk_in=True)])
    assert store.programs.attendance(s1.id) == [Attendance(s1.id, a.id, False), Attendance(s1.id, b.id, True)]
    outreach = store.programs.add(Program(name="찾아가는 상담실", category="outreach", site_id=1,
                                          starts_on="2026-04-10", department="소방재난본부"))
    o1 = store.programs.add_session(ProgramSession(program_id=outreach.id, session_no=0,
                                                   starts_at="2026-04-10T10:00", ends_at="2026-04-10T12:00",
                                                   location="소방재난본부 회의실"))
    store.programs.set_headcount(o1.id, 37)
    assert store.programs.totals(p.id) == {s1.id: 2}
    assert store.programs.totals(outreach.id) == {o1.id: 37}
    with pytest.raises(errors.ValidationError):
        store.programs.set_headcount(o1.id, -1)
    with pytest.raises(errors.ValidationError):
        store.programs.add_session(ProgramSession(program_id=p.id, session_no=0, starts_at="2026-04-08T15:00",
                                                  ends_at="2026-04-08T16:00"))  # neither room nor place


def test_referrals(open_as):
    store = open_as("c1")
    c = _client(store)
    store.cases.open(Case(client_id=c.id, counselor_id=store.actor.id, opened_on="2026-03-02",
                          primary_problem="depression"))
    r = store.referrals.add(Referral(client_id=c.id, destination_kind="designated_clinic", destination_name="OO정신건강의학과",
                                     reason="중등도 이상 우울", referred_on="2026-03-20", site_id=1, cost_support_krw=300000))
    store.referrals.update_outcome(r.id, "attended", "진료 시작", cost_support_krw=450000)
    got = store.referrals.get(r.id)
    assert (got.outcome, got.cost_support_krw, got.outcome_note) == ("attended", 450000, "진료 시작")
    with pytest.raises(errors.ValidationError):
        store.referrals.update_outcome(r.id, "attended", cost_support_krw=1_000_001)
    assert [x.id for x in store.referrals.all()] == [r.id]


def test_satisfaction_plans_settings(open_as):
    store = open_as("lead")
    items = dict(usefulness=5, comfort=4, participation=5, suitability=4, recommend=5, revisit=5, environment=3)
    store.surveys.add(SatisfactionResponse(site_id=1, service_line="counseling", period_month="2026-03", **items))
    got = store.surveys.for_month("2026-03")
    assert len(got) == 1 and got[0].environment == 3
    with pytest.raises(errors.ValidationError):
        store.surveys.add(SatisfactionResponse(site_id=1, service_line="counseling", period_month="2026-03",
                                               **{**items, "comfort": 6}))
    store.plans.set(AnnualPlan(year=2026, service_line="program", target_person_visits=4500))
    store.plans.set(AnnualPlan(year=2026, service_line="program", target_person_visits=4600))
    assert [(p.service_line, p.target_person_visits) for p in store.plans.for_year(2026)] == [("program", 4600)]
    store.settings.set("idle_lock_minutes", 5)
    assert store.settings.get("idle_lock_minutes") == 5
    with pytest.raises(errors.ValidationError):
        store.settings.set("idle_lock_minutes", 0)
    with pytest.raises(errors.ValidationError):
        store.settings.set("db_id", "x")


def test_disk_full_loses_nothing(open_as):
    """SQLITE_FULL (simulated with max_page_count) gives DiskFull; earlier data stays intact."""
    store = open_as("c1")
    _client(store)
    conn = store.vault.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(errors.DiskFull) as caught:
        for i in range(2, 400):
            _client(store, code=f"2026-{i:04d}", name="가" * 30, department="부" * 60)
    assert "디스크" in caught.value.message("ko") and "disk" in caught.value.message("en")
    conn.execute(f"PRAGMA max_page_count = {pages * 100}")
    assert store.clients.get(1).name == "홍길동"
    assert store.vault.verify() == []
    _client(store, code="2026-0999", name="나중에")  # works again once there is room
