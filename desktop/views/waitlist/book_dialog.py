"""Booking from the waitlist: the calendar's appointment dialog, prefilled from the wish (the
wished counselor, the entry's site and its first individual room, the next weekday at the
wished time of day) with the client fixed. Saving books the appointment and resolves the entry
in one step (``WaitlistRepository.book``); a clash is shown in the dialog as the calendar shows
it, and nothing is written."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from storage.errors import StorageError
from storage.records import Appointment
from storage.repos.waitlist import CLINICAL_ROLES

from ..calendar.dialog import AppointmentDialog
from ..calendar.model import CalendarModel, iso

START_HOUR = {"any": 10, "weekday_morning": 10, "weekday_afternoon": 14, "weekday_evening": 18}
FIRST_MINUTES = 50


def next_weekday(today: date) -> date:
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def draft_for(context, entry, model: CalendarModel) -> Appointment:
    """The appointment the wish suggests; the person booking changes what does not fit."""
    store, actor = context.store, context.actor
    counselor = entry.counselor_id
    if counselor is None:
        if actor.role in CLINICAL_ROLES:
            counselor = actor.id
        else:
            here = [s for s in model.counselors() if s.site_id in (entry.site_id, None)] or model.counselors()
            here.sort(key=lambda s: (s.role != "counselor", s.id))   # a counselor before the lead
            counselor = here[0].id if here else actor.id
    rooms = [r for r in model.rooms.values() if r.site_id == entry.site_id and r.active and r.kind == "individual"]
    kind = "individual"
    try:
        if entry.client_id is None or store.cases.open_case(entry.client_id) is None:
            kind = "intake"   # a first meeting
    except StorageError:
        kind = "intake"
    start = datetime.combine(next_weekday(context.today()), time(START_HOUR.get(entry.time_pref, 10)))
    return Appointment(site_id=entry.site_id, counselor_id=counselor, room_id=rooms[0].id if rooms else None,
                       kind=kind, client_id=entry.client_id, starts_at=iso(start),
                       ends_at=iso(start + timedelta(minutes=FIRST_MINUTES)))


def calendar_model(context, site_id: int) -> CalendarModel:
    """The people and rooms the appointment dialog offers (no appointments are loaded)."""
    model = CalendarModel(context.store, context.lang, context.show_name)
    model.site_id = site_id
    model.staff = {s.id: s for s in context.store.staff.list(include_inactive=True)}
    model.rooms = {r.id: r for r in context.store.sites.rooms(include_inactive=True)}
    return model


class WaitlistBookDialog(AppointmentDialog):
    """``booked`` holds the appointment after ``accept``."""

    def __init__(self, context, entry, client_name: str, client_code: str, parent=None) -> None:
        self.entry = entry
        self.booked: Appointment | None = None
        model = calendar_model(context, entry.site_id)
        super().__init__(context, model, draft_for(context, entry, model), self._book, mode="new",
                         client_name=client_name, client_code=client_code, parent=parent)
        self.setObjectName("waitlistBookDialog")
        self.setWindowTitle(self.tr("Book from the waitlist"))
        for widget in (self.search, self.results, self.no_client, self.repeat, self.times, self.skip_holidays):
            widget.hide()   # the client is the entry's; a first appointment, not a series
        self.counselor.setFocus()

    def _book(self, appointment: Appointment, _repeat: int, _skip_holidays: bool = True) -> None:
        self.booked = self.context.store.waitlist.book(self.entry.id, appointment)
