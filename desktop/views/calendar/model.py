"""What the calendar shows, without widgets: the days and columns of a site, its appointments
loaded with one ``in_range`` call, where each block sits (column, minutes, lane), and the
arithmetic of moving a block (to another slot, day or column)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from storage.errors import PermissionDenied
from storage.records import Appointment

DAY_START = 8 * 60          # the grid runs 08:00 ...
DAY_END = 20 * 60           # ... to 20:00
SLOT = 30                   # one row, in minutes
ROWS = (DAY_END - DAY_START) // SLOT
CLINICAL_ROLES = ("counselor", "psychiatrist", "lead")
WEEKDAYS_KO = "월화수목금토일"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(d: date, lang: str = "ko") -> str:
    """A column heading: 3월 9일 (월) / Mon 9 Mar."""
    if lang == "ko":
        return f"{d.month}월 {d.day}일 ({WEEKDAYS_KO[d.weekday()]})"
    return f"{WEEKDAYS_EN[d.weekday()]} {d.day} {MONTHS_EN[d.month - 1]}"


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M")


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def minutes_of(dt: datetime) -> int:
    return dt.hour * 60 + dt.minute


@dataclass(frozen=True)
class Column:
    day: date
    kind: str               # "counselor" | "room"
    key: int | None         # staff id, room id, or None for "no room"
    title: str


@dataclass
class Block:
    appt: Appointment
    column: int
    start: int              # minutes since midnight, clamped to the grid
    end: int
    lane: int = 0
    lanes: int = 1
    client: str = ""        # as shown (masked when the setting is on)


class CalendarModel:
    """Loads and lays out one site's day or week. ``mode`` is "day" or "week", ``by`` is
    "counselor" or "room"."""

    def __init__(self, store, lang: str = "ko", show_name=lambda name: name) -> None:
        self.store = store
        self.lang = lang
        self.show_name = show_name
        self.site_id: int | None = None
        self.day = date.today()
        self.mode = "week"
        self.by = "counselor"
        self.only: int | None = None          # show a single counselor/room (None: all)
        self.show_cancelled = False
        self.show_weekend = False
        self.appointments: list[Appointment] = []
        self.blocks: list[Block] = []
        self.columns: list[Column] = []
        self.days: list[date] = []
        self.staff: dict[int, object] = {}
        self.rooms: dict[int, object] = {}
        self.clients: dict[int, object] = {}
        self.holidays: dict = {}              # date -> storage.holidays.Holiday in the period
        self.error = None                     # a StorageError met while loading, shown by the view
        self.loads = 0                        # how many in_range calls were made (tests check: one per load)

    # --- the period -------------------------------------------------------------------------
    @property
    def first_day(self) -> date:
        return self.day if self.mode == "day" else week_start(self.day)

    @property
    def span_days(self) -> int:
        return 1 if self.mode == "day" else 7

    def step(self, direction: int) -> None:
        self.day += timedelta(days=direction * self.span_days)

    def contains(self, d: date) -> bool:
        return self.first_day <= d < self.first_day + timedelta(days=self.span_days)

    # --- people and rooms -------------------------------------------------------------------
    def counselors(self) -> list:
        """Everyone who can hold an appointment: clinical staff, active, any site."""
        return [s for s in self.staff.values() if s.active and s.role in CLINICAL_ROLES]

    def site_rooms(self) -> list:
        return [r for r in self.rooms.values() if r.site_id == self.site_id and r.active]

    def resources(self, filtered: bool = True) -> list[tuple[int | None, str]]:
        """The columns of one day: (key, title) for counselors or rooms of this site; with
        ``filtered``, only the one picked in ``only`` (when it is still there)."""
        if self.by == "room":
            found = [(r.id, r.name) for r in self.site_rooms()]
            keys = {k for k, _ in found}
            for a in self.appointments:                 # a room since deactivated still shows its bookings
                if a.room_id is not None and a.room_id not in keys and a.room_id in self.rooms:
                    found.append((a.room_id, self.rooms[a.room_id].name))
                    keys.add(a.room_id)
            if any(a.room_id is None for a in self.appointments):
                found.append((None, ""))                # "no room", titled by the view
        else:
            found = [(s.id, s.display_name) for s in self.counselors()
                     if s.site_id in (self.site_id, None)]
            keys = {k for k, _ in found}
            for a in self.appointments:                 # someone from the other site booked here
                if a.counselor_id not in keys:
                    person = self.staff.get(a.counselor_id)
                    found.append((a.counselor_id, person.display_name if person else "?"))
                    keys.add(a.counselor_id)
            if not found:
                found = [(s.id, s.display_name) for s in self.counselors()]
        if filtered and self.only is not None:
            found = [(k, t) for k, t in found if k == self.only] or found
        return found

    # --- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        """One ``in_range`` call for the whole period, then names in one call each."""
        store = self.store
        self.error = None
        self.staff = {s.id: s for s in store.staff.list(include_inactive=True)}
        self.rooms = {r.id: r for r in store.sites.rooms(include_inactive=True)}
        start = datetime.combine(self.first_day, time())
        end = start + timedelta(days=self.span_days)
        try:
            self.loads += 1
            self.appointments = store.appointments.in_range(iso(start), iso(end), site_id=self.site_id,
                                                            include_cancelled=self.show_cancelled)
        except PermissionDenied as exc:
            self.appointments, self.error = [], exc
        ids = sorted({a.client_id for a in self.appointments if a.client_id})
        try:
            self.clients = {c.id: c for c in store.clients.by_ids(ids)} if ids else {}
        except PermissionDenied:
            self.clients = {}
        self.holidays = store.settings.days_off().between(start.date(), end.date())
        self.layout()

    def layout(self) -> None:
        first = self.first_day
        self.days = [first + timedelta(days=i) for i in range(self.span_days)]
        if self.mode == "week" and not self.show_weekend:
            busy = {parse(a.starts_at).date() for a in self.appointments}
            self.days = [d for d in self.days if d.weekday() < 5 or d in busy]
        self.columns = [Column(d, self.by, key, title) for d in self.days for key, title in self.resources()]
        index = {(c.day, c.key): i for i, c in enumerate(self.columns)}
        blocks = []
        for a in self.appointments:
            start, end = parse(a.starts_at), parse(a.ends_at)
            key = a.room_id if self.by == "room" else a.counselor_id
            col = index.get((start.date(), key))
            if col is None:
                continue
            s = max(DAY_START, min(minutes_of(start), DAY_END - SLOT))
            e = minutes_of(end) if end.date() == start.date() else DAY_END
            e = min(DAY_END, max(e, s + SLOT // 2))
            blocks.append(Block(a, col, s, e, client=self.client_label(a)))
        self.blocks = _lanes(blocks)

    def client_label(self, a: Appointment) -> str:
        if not a.client_id:
            return ""
        client = self.clients.get(a.client_id)
        return self.show_name(client.name) if client else "?"

    # --- looking things up ------------------------------------------------------------------
    def holiday_name(self, d: date) -> str:
        """The public holiday or center closed day on ``d`` in the user's language, or ''."""
        h = self.holidays.get(d)
        return h.name(self.lang) if h else ""

    def block_of(self, appointment_id: int | None) -> Block | None:
        for b in self.blocks:
            if b.appt.id == appointment_id:
                return b
        return None

    def blocks_at(self, column: int, minute: int) -> list[Block]:
        return [b for b in self.blocks if b.column == column and b.start <= minute < b.end]

    def slot_start(self, column: int, row: int) -> datetime:
        day = self.columns[column].day
        return datetime.combine(day, time()) + timedelta(minutes=DAY_START + row * SLOT)

    def column_index(self, day: date, key: int | None) -> int | None:
        for i, c in enumerate(self.columns):
            if c.day == day and c.key == key:
                return i
        return None

    def resource_title(self, a: Appointment) -> str:
        """The other resource, shown inside a block: the room when columns are counselors."""
        if self.by == "room":
            person = self.staff.get(a.counselor_id)
            return person.display_name if person else ""
        room = self.rooms.get(a.room_id) if a.room_id else None
        return room.name if room else ""

    # --- moving -----------------------------------------------------------------------------
    def moved(self, a: Appointment, start: datetime, key=..., kind: str | None = None) -> Appointment:
        """A copy of ``a`` at ``start`` (same length), in the column ``key`` of kind ``kind``."""
        length = parse(a.ends_at) - parse(a.starts_at)
        copy = replace(a, starts_at=iso(start), ends_at=iso(start + length))
        if key is not ...:
            if (kind or self.by) == "room":
                copy.room_id = key
            else:
                copy.counselor_id = key
        return copy

    def nudged(self, a: Appointment, minutes: int = 0, days: int = 0, columns: int = 0) -> Appointment | None:
        """Ctrl+arrows: 30 minutes, a day, or the neighbouring counselor/room; None when it
        would leave the grid."""
        start = parse(a.starts_at) + timedelta(minutes=minutes, days=days)
        end = parse(a.ends_at) + timedelta(minutes=minutes, days=days)
        if minutes and (minutes_of(start) < DAY_START or minutes_of(end) > DAY_END or end.date() != start.date()):
            return None
        if not columns:
            return self.moved(a, start)
        keys = [k for k, _ in self.resources()]
        current = a.room_id if self.by == "room" else a.counselor_id
        if current not in keys:
            return None
        target = keys.index(current) + columns
        if not 0 <= target < len(keys):
            return None
        return self.moved(a, start, keys[target])


def _lanes(blocks: list[Block]) -> list[Block]:
    """Side by side where blocks overlap in one column (e.g. a no-show and its replacement)."""
    blocks.sort(key=lambda b: (b.column, b.start, b.appt.status == "cancelled", b.end, b.appt.id or 0))
    out: list[Block] = []
    group: list[Block] = []
    group_end = -1
    group_col = None
    lane_ends: list[int] = []

    def close_group():
        for b in group:
            b.lanes = len(lane_ends)
        out.extend(group)

    for b in blocks:
        if b.column != group_col or b.start >= group_end:
            if group:
                close_group()
            group, lane_ends, group_col, group_end = [], [], b.column, -1
        for lane, end in enumerate(lane_ends):
            if end <= b.start:
                b.lane, lane_ends[lane] = lane, b.end
                break
        else:
            b.lane = len(lane_ends)
            lane_ends.append(b.end)
        group.append(b)
        group_end = max(group_end, b.end)
    if group:
        close_group()
    return out
