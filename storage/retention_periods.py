"""How long each kind of record is kept, and where each default comes from (docs/retention.md).

A period runs from a record's date: a closed case from the day it closed, a session, screening,
attendance or appointment from its day, a registration with no service from the day it was made.
A client's file is destroyed as one, once the last of its periods has run out (see
storage/repos/retention.py), so no part of a person's record outlives the rest half-deleted.
"""
from __future__ import annotations

from .validation import invalid

SETTING = "retention_years"

# Years. Korean law sets no period for workplace counseling records as such; 개인정보 보호법
# 제21조 ① says to destroy personal data without delay once its retention period has passed.
# The center follows the medical-records rule by analogy for clinical records, since its
# counseling and screening data are 민감정보 (mental health) handled alongside a psychiatrist:
DEFAULTS = {
    # 의료법 시행규칙 제15조 ① 2호: 진료기록부 10년 -> counseling records (cases, session notes and
    # addenda, referrals, safety follow-ups, consents), 10 years after the case closes.
    "counseling": 10,
    # 의료법 시행규칙 제15조 ① 5호: 검사내용 및 검사소견기록 5년 -> screenings, 5 years after taken.
    "screening": 5,
    # The center's own rule (no statute): program attendance and registrations, 3 years: the
    # yearly report compares with last year, and the contract is re-tendered every 3 years.
    "program": 3,
    # The center's own rule: appointments (incl. cancelled and no-shows), 3 years.
    "appointment": 3,
    # The center's own rule: a registered person's contact data (name, phone, e-mail) with no
    # service at all, 3 years after registration (waitlist-like entries).
    "contact": 3,
    # 개인정보의 안전성 확보조치 기준 제8조 ①: access records at least 1 year, at least 2 years for a
    # system handling 민감정보. The app never trims its audit trail (hash chain, no names in it);
    # this is the floor any archiving of the trail must respect.
    "audit_log": 2,
}
RECORD_KINDS = ("counseling", "screening", "program", "appointment", "contact")
# Floors. Counseling and screening follow the medical-records periods by analogy: that is the
# center's recorded decision (docs/retention.md), so the lead may lengthen them in the app but
# not cut them below it; shortening needs a new decision written there and here, not a click.
# The audit log's floor is the statute's (안전성 확보조치 기준 제8조 ①: 2 years, 민감정보).
LIMITS = {kind: (1, 50) for kind in DEFAULTS} | {"counseling": (10, 50), "screening": (5, 50), "audit_log": (2, 50)}


def check_periods(value) -> dict:
    """A complete, valid {kind: years} mapping, or a ValidationError naming what is wrong."""
    if not isinstance(value, dict) or set(value) != set(DEFAULTS):
        raise invalid(SETTING, "보존기간은 모든 기록 종류에 대해 정해야 합니다",
                      "a retention period is needed for every record kind")
    for kind, years in value.items():
        lo, hi = LIMITS[kind]
        if not isinstance(years, int) or isinstance(years, bool) or not lo <= years <= hi:
            raise invalid(SETTING, f"{kind}: {lo}~{hi}년이어야 합니다", f"{kind}: must be {lo}-{hi} years")
    return dict(value)
