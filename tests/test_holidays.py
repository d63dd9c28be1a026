"""Holidays without widgets: the library's Korean calendar (lunar 설날/추석, 대체공휴일, election
days), the center's closed days (setting: validated, role-checked, audited), and weekly series
that pass over them without counting them (or book them when asked), the choice stored."""
from __future__ import annotations

import json
from datetime import date

import pytest

from storage import errors, holidays
from storage.holidays import DaysOff, plan_weekly, public_holidays
from storage.records import Appointment, Client


def names(start: str, end: str, lang: str = "ko") -> dict[str, str]:
    found = public_holidays(date.fromisoformat(start), date.fromisoformat(end))
    return {d.isoformat(): h.name(lang) for d, h in found.items()}


# --- the library's calendar ------------------------------------------------------------------------
def test_lunar_new_year_and_chuseok_2026():
    assert names("2026-02-14", "2026-02-20") == {"2026-02-16": "설날 전날", "2026-02-17": "설날",
                                                 "2026-02-18": "설날 다음날"}
    assert names("2026-09-20", "2026-09-30") == {"2026-09-24": "추석 전날", "2026-09-25": "추석",
                                                 "2026-09-26": "추석 다음날"}
    assert names("2026-09-25", "2026-09-26", "en") == {"2026-09-25": "Chuseok"}


def test_substitute_holidays():
    # 2026: 삼일절 and 광복절 fall on a Sunday, 개천절 on a Saturday, 부처님오신날 on a Sunday.
    subs = {d: n for d, n in names("2026-01-01", "2027-01-01").items() if "대체" in n}
    assert subs == {"2026-03-02": "삼일절 대체 휴일", "2026-05-25": "부처님오신날 대체 휴일",
                    "2026-08-17": "광복절 대체 휴일", "2026-10-05": "개천절 대체 휴일"}
    assert names("2025-10-08", "2025-10-09") == {"2025-10-08": "추석 대체 휴일"}    # 추석 met 개천절 (Fri)
    assert names("2024-02-12", "2024-02-13") == {"2024-02-12": "설날 대체 휴일"}    # 설날 on a Saturday
    assert "Alternative holiday" in names("2026-03-02", "2026-03-03", "en")["2026-03-02"]


def test_election_days_and_temporary_holidays_are_in_the_library():
    assert names("2026-06-03", "2026-06-04") == {"2026-06-03": "지방선거일"}
    assert names("2024-04-10", "2024-04-11") == {"2024-04-10": "국회의원 선거일"}
    assert names("2025-06-03", "2025-06-04") == {"2025-06-03": "대통령 선거일"}
    assert names("2025-01-27", "2025-01-28") == {"2025-01-27": "임시공휴일"}
    assert names("2024-10-01", "2024-10-02") == {"2024-10-01": "국군의 날"}


def test_two_holidays_on_one_day_keep_both_names():
    assert names("2025-05-05", "2025-05-06") == {"2025-05-05": "부처님오신날 · 어린이날"}
    assert names("2025-05-05", "2025-05-06", "en")["2025-05-05"] == "Buddha's Birthday · Children's Day"


def test_an_ordinary_week_has_none():
    assert names("2026-03-09", "2026-03-16") == {}


# --- the center's closed days --------------------------------------------------------------------
def test_closed_days_setting_is_validated_stored_and_audited(open_as):
    store = open_as("lead")
    store.settings.set(holidays.SETTING, [{"date": "2026-12-31", "name": " 종무식 "},
                                          {"date": "2026-05-01", "name": "근로자의 날"}])
    assert store.settings.closed_days() == [{"date": "2026-05-01", "name": "근로자의 날"},
                                            {"date": "2026-12-31", "name": "종무식"}]     # sorted, stripped
    audit = store.vault.conn.execute("SELECT action, entity, entity_id, detail FROM audit_log"
                                     " WHERE entity = 'setting' ORDER BY id DESC LIMIT 1").fetchone()
    assert audit[:3] == ("set", "setting", holidays.SETTING) and "종무식" not in (audit[3] or "")
    bad = [
        {"date": "2026-02-30", "name": "x"},
        [{"date": "2026-02-03", "name": ""}],
        [{"date": "2026-02-03", "name": "x" * (holidays.MAX_NAME + 1)}],
        [{"date": "2026-02-03", "name": "a\nb"}],
        [{"date": "2026-02-03", "name": "a"}, {"date": "2026-02-03", "name": "b"}],
        [{"date": "1999-12-31", "name": "x"}],
        [{"date": "2026-02-03"}],
        [{"date": "2026-02-30", "name": "x"}],
        [{"date": "2026-02-03", "name": "x", "memo": "y"}],
        [{"date": "2026-01-01", "name": "x"}] * (holidays.MAX_CLOSED_DAYS + 1),
    ]
    for value in bad:
        with pytest.raises(errors.ValidationError):
            store.settings.set(holidays.SETTING, value)
    assert len(store.settings.closed_days()) == 2                                 # nothing changed
    coord = open_as("coord")
    with pytest.raises(errors.PermissionDenied):
        coord.settings.set(holidays.SETTING, [])
    assert len(coord.settings.closed_days()) == 2                                 # but everyone reads them


def test_days_off_merge_public_and_center_days():
    off = DaysOff([{"date": "2026-05-04", "name": "센터 휴무"}, {"date": "2026-05-05", "name": "가정의 달 행사"}])
    found = off.between(date(2026, 5, 1), date(2026, 5, 8))
    assert {d.isoformat(): (h.name_ko, h.center) for d, h in found.items()} == {
        "2026-05-01": ("노동절", False), "2026-05-04": ("센터 휴무", True),
        "2026-05-05": ("어린이날 · 가정의 달 행사", False)}
    assert off.get(date(2026, 5, 4)).short() == "센터 휴무(5/4)"
    assert off.get(date(2026, 5, 6)) is None


def test_plan_weekly_counts_only_booked_dates():
    dates, skipped = plan_weekly(date(2026, 9, 11), 4, days_off=DaysOff())      # Fridays: 추석, 한글날
    assert [d.isoformat() for d in dates] == ["2026-09-11", "2026-09-18", "2026-10-02", "2026-10-16"]
    assert [h.short() for h in skipped] == ["추석(9/25)", "한글날(10/9)"]
    dates, skipped = plan_weekly(date(2026, 9, 11), 4)
    assert [d.isoformat() for d in dates] == ["2026-09-11", "2026-09-18", "2026-09-25", "2026-10-02"]
    assert skipped == []


# --- weekly series in the repository ---------------------------------------------------------------
@pytest.fixture
def booking(open_as, created):
    store = open_as("coord")
    client = store.clients.add(Client(code="2026-0001", name="홍길동", sex="F", birth_year=1988, job_group="admin"))
    c1 = next(s.id for s in store.staff.list() if s.login == "c1")

    def first(day: str, hh: int = 10) -> Appointment:
        return Appointment(site_id=created["sites"][0], counselor_id=c1, client_id=client.id,
                           starts_at=f"{day}T{hh:02d}:00", ends_at=f"{day}T{hh:02d}:50")
    return store, first


def series_row(store, recurrence_id):
    return store.vault.conn.execute("SELECT occurrences, skip_holidays FROM recurrences WHERE id = ?",
                                    (recurrence_id,)).fetchone()


def test_a_weekly_series_over_chuseok_skips_it_and_keeps_its_length(booking):
    store, first = booking
    series = store.appointments.add_weekly(first("2026-09-17"), 4)      # Thursdays; 9/24 is 추석 전날
    assert [a.starts_at for a in series] == ["2026-09-17T10:00", "2026-10-01T10:00", "2026-10-08T10:00",
                                             "2026-10-15T10:00"]
    assert [(h.day.isoformat(), h.name_ko) for h in series.skipped] == [("2026-09-24", "추석 전날")]
    assert series_row(store, series.recurrence_id) == (4, 1)
    assert store.appointments.skips_holidays(series.recurrence_id)
    assert {a.recurrence_id for a in store.appointments.for_client(series[0].client_id)} == {series.recurrence_id}
    detail = store.vault.conn.execute("SELECT detail FROM audit_log WHERE entity = 'appointment_series'"
                                      " ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert json.loads(detail) == {"count": 4, "skipped_holidays": 1}


def test_with_skipping_off_the_series_books_the_holiday(booking):
    store, first = booking
    series = store.appointments.add_weekly(first("2026-09-17"), 4, skip_holidays=False)
    assert [a.starts_at[:10] for a in series] == ["2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08"]
    assert series.skipped == []
    assert series_row(store, series.recurrence_id) == (4, 0)
    assert not store.appointments.skips_holidays(series.recurrence_id)


def test_a_series_skips_the_centers_closed_days_too(booking, open_as):
    lead = open_as("lead")
    lead.settings.set(holidays.SETTING, [{"date": "2026-03-17", "name": "센터 워크숍"}])
    _closed, first = booking                   # open_as closed the coordinator's store: open it again
    store = open_as("coord")
    series = store.appointments.add_weekly(first("2026-03-10"), 3)
    assert [a.starts_at[:10] for a in series] == ["2026-03-10", "2026-03-24", "2026-03-31"]
    assert [h.short() for h in series.skipped] == ["센터 워크숍(3/17)"]


def test_explicit_skip_dates_still_work_and_are_not_counted(booking):
    store, first = booking
    series = store.appointments.add_weekly(first("2026-03-10"), 3, skip_dates={"2026-03-17"}, skip_holidays=False)
    assert [a.starts_at[:10] for a in series] == ["2026-03-10", "2026-03-24", "2026-03-31"]
    assert series_row(store, series.recurrence_id) == (3, 0)


def test_a_single_appointment_on_a_holiday_is_allowed(booking):
    store, first = booking
    a = store.appointments.add(first("2026-09-25"))                  # 추석: warned in the dialog, not refused
    assert store.appointments.get(a.id).starts_at == "2026-09-25T10:00"


def test_a_public_holiday_marked_open_is_a_working_day():
    off = DaysOff([{"date": "2026-05-01", "name": "정상 근무", "open": True}])
    assert off.get(date(2026, 5, 1)) is None and off.get(date(2026, 5, 5)) is not None
    dates, skipped = plan_weekly(date(2026, 4, 24), 3, days_off=off)       # Fridays
    assert [d.isoformat() for d in dates] == ["2026-04-24", "2026-05-01", "2026-05-08"] and skipped == []
    assert holidays.check_closed_days([{"date": "2026-05-01", "name": "x", "open": True}]) == [
        {"date": "2026-05-01", "name": "x", "open": True}]
    with pytest.raises(errors.ValidationError):
        holidays.check_closed_days([{"date": "2026-05-01", "name": "x", "open": "yes"}])


def test_new_years_day_is_called_sinjeong():
    assert public_holidays(date(2027, 1, 1), date(2027, 1, 2))[date(2027, 1, 1)].name_ko == "신정"


def test_a_series_crossing_the_new_year_skips_christmas_new_years_day_and_a_center_day():
    off = DaysOff([{"date": "2027-01-08", "name": "시무식"}])
    dates, skipped = plan_weekly(date(2026, 12, 18), 4, days_off=off)        # Fridays
    assert [d.isoformat() for d in dates] == ["2026-12-18", "2027-01-15", "2027-01-22", "2027-01-29"]
    assert [h.short() for h in skipped] == ["기독탄신일(12/25)", "신정(1/1)", "시무식(1/8)"]


def test_a_series_whose_first_date_is_a_holiday_starts_the_week_after():
    dates, skipped = plan_weekly(date(2026, 9, 25), 2, days_off=DaysOff())  # 추석
    assert [d.isoformat() for d in dates] == ["2026-10-02", "2026-10-16"]
    assert [h.short() for h in skipped] == ["추석(9/25)", "한글날(10/9)"]
