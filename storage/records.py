"""Plain records that go in and out of the repositories (never cursors or rows)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Site:
    name: str
    address: str | None = None
    active: bool = True
    id: int | None = None


@dataclass
class Room:
    site_id: int
    name: str
    kind: str = "individual"  # individual | group | office
    active: bool = True
    id: int | None = None


@dataclass
class Staff:
    login: str
    display_name: str
    role: str
    site_id: int | None = None
    active: bool = True
    needs_supervision: bool = False
    created_at: str | None = None
    id: int | None = None
    supervisor_id: int | None = None   # with needs_supervision; None: the center lead(s) supervise


@dataclass
class Consent:
    kind: str          # service | sensitive | third_party | recording
    version: str
    scope: str
    given: bool
    given_on: str
    withdrawn_on: str | None = None
    id: int | None = None
    client_id: int | None = None


@dataclass
class Client:
    code: str
    name: str
    sex: str           # F | M
    birth_year: int
    job_group: str
    department: str | None = None
    phone: str | None = None
    email: str | None = None
    site_id: int | None = None
    status: str = "active"
    first_seen_on: str | None = None
    created_at: str | None = None
    id: int | None = None


@dataclass
class Case:
    client_id: int
    counselor_id: int
    opened_on: str
    primary_problem: str
    secondary_problems: list[str] = field(default_factory=list)
    closed_on: str | None = None
    close_reason: str | None = None
    status: str = "open"
    id: int | None = None


@dataclass
class Appointment:
    site_id: int
    counselor_id: int
    starts_at: str     # 'YYYY-MM-DDTHH:MM' local
    ends_at: str
    kind: str = "individual"
    client_id: int | None = None
    room_id: int | None = None
    status: str = "booked"
    recurrence_id: int | None = None
    memo: str | None = None
    id: int | None = None


@dataclass
class Participant:
    client_id: int | None = None
    relation: str | None = None


@dataclass
class Addendum:
    text: str
    written_at: str
    written_by: int
    id: int | None = None


@dataclass
class CounselingSession:
    client_id: int
    kind: str          # individual | group | family
    method: str        # in_person | phone | video | visit | online
    session_date: str
    minutes: int
    counselor_id: int
    site_id: int
    case_id: int | None = None
    appointment_id: int | None = None
    group_key: str | None = None
    template: str = "free"
    note: dict[str, str] = field(default_factory=dict)
    note_status: str = "draft"
    signed_at: str | None = None
    signed_by: int | None = None
    participants: list[Participant] = field(default_factory=list)
    addenda: list[Addendum] = field(default_factory=list)
    id: int | None = None


@dataclass
class Screening:
    client_id: int
    instrument_id: str
    instrument_version: str
    taken_on: str
    channel: str
    answers: dict
    result: dict
    site_id: int
    entered_by: int
    total: float | None = None
    band: str | None = None
    risk_class: str | None = None
    overall_class: str | None = None
    flag_count: int = 0
    id: int | None = None


@dataclass
class FollowUp:
    client_id: int
    reason: str
    raised_at: str
    screening_id: int | None = None
    assigned_to: int | None = None
    status: str = "open"
    closed_at: str | None = None
    closed_by: int | None = None
    action: str | None = None
    id: int | None = None


@dataclass
class Program:
    name: str
    category: str
    site_id: int
    starts_on: str
    facilitator_id: int | None = None
    department: str | None = None
    ends_on: str | None = None
    planned_sessions: int | None = None
    description: str | None = None
    id: int | None = None


@dataclass
class ProgramSession:
    program_id: int
    session_no: int
    starts_at: str
    ends_at: str
    room_id: int | None = None
    location: str | None = None
    headcount: int | None = None
    id: int | None = None


@dataclass
class Attendance:
    program_session_id: int
    client_id: int
    walk_in: bool = False


@dataclass
class Referral:
    client_id: int
    destination_kind: str
    reason: str
    referred_on: str
    site_id: int
    destination_name: str | None = None
    case_id: int | None = None
    cost_support_krw: int = 0
    outcome: str = "pending"
    outcome_note: str | None = None
    created_by: int | None = None
    id: int | None = None


SATISFACTION_ITEMS = ("usefulness", "comfort", "participation", "suitability", "recommend", "revisit", "environment")


@dataclass
class SatisfactionResponse:
    site_id: int
    service_line: str
    period_month: str
    usefulness: int
    comfort: int
    participation: int
    suitability: int
    recommend: int
    revisit: int
    environment: int
    comment: str | None = None
    id: int | None = None


@dataclass
class AnnualPlan:
    year: int
    service_line: str
    target_person_visits: int
    site_id: int | None = None
    budget_krw: int | None = None
    id: int | None = None


@dataclass
class SignOffComment:
    """One remark in a note's supervision thread (``kind``: the step it came with)."""

    author_id: int
    text: str
    written_at: str
    kind: str = "comment"   # comment | submit | return | cosign
    id: int | None = None


@dataclass
class SignOff:
    """A note under supervision: submitted by its author, returned or co-signed by a supervisor."""

    session_id: int
    status: str              # pending | returned | cosigned
    author_id: int           # the counselor who wrote (and signed) the note
    client_id: int
    session_date: str
    kind: str
    submitted_at: str
    rounds: int = 1
    reviewer_id: int | None = None   # whose queue; None: the center lead(s)
    decided_at: str | None = None
    cosigned_by: int | None = None
    cosigned_at: str | None = None
    comments: list[SignOffComment] = field(default_factory=list)
