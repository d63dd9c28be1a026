"""Overall classification of a client across the instruments they took: normal / watch /
high_risk (정상군 / 관심군 / 고위험군), configurable per center by a small policy dict.

The default policy (documented in forms/README.md):
  * high_risk if any instrument is high_risk or any safety flag was raised;
  * otherwise watch if any instrument is watch;
  * otherwise normal; None when no result could be classified (all incomplete or surveys).
Pass one result per instrument (normally the latest); the function does not pick among them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .errors import PolicyError
from .model import RISK_CLASSES, risk_rank
from .result import ScoreResult

DEFAULT_POLICY: Mapping[str, Any] = {
    # Class an answered safety item (e.g. PHQ-9 item 9) gives the client: "high_risk",
    # "watch", or None to leave it to the counselor (the flag is still shown).
    "safety_flag": "high_risk",
    # How many instruments at high_risk make the client high_risk.
    "high_risk_min": 1,
    # How many instruments at watch or above make the client (at least) watch.
    "watch_min": 1,
    # When set to N: N or more instruments at watch or above make the client high_risk.
    "watch_count_to_high_risk": None,
    # Form ids not counted at all (e.g. an instrument used only for research).
    "ignore": (),
    # Per-form class changes, e.g. {"pss10": {"watch": "normal"}}.
    "remap": {},
}


@dataclass(frozen=True)
class Reason:
    """Why the client is at least watch: an instrument's class or a safety flag."""

    form_id: str
    form_version: str
    risk_class: str
    band_id: str | None = None
    flag_id: str | None = None

    def to_dict(self) -> dict:
        return {"form_id": self.form_id, "form_version": self.form_version,
                "class": self.risk_class, "band_id": self.band_id, "flag_id": self.flag_id}


@dataclass(frozen=True)
class OverallClassification:
    risk_class: str | None
    reasons: tuple[Reason, ...] = ()

    def to_dict(self) -> dict:
        return {"class": self.risk_class, "reasons": [r.to_dict() for r in self.reasons]}


def classify_overall(results: Iterable[ScoreResult],
                     policy: Mapping[str, Any] | None = None) -> OverallClassification:
    p = _check_policy(policy)
    classes: list[str] = []
    reasons: list[Reason] = []
    safety_class = None
    for result in results:
        if result.form_id in p["ignore"]:
            continue
        cls = result.risk_class
        if cls is not None:
            cls = p["remap"].get(result.form_id, {}).get(cls, cls)
            classes.append(cls)
            if cls != "normal":
                reasons.append(Reason(result.form_id, result.form_version, cls,
                                      band_id=result.band.id if result.band else None))
        if p["safety_flag"] is not None:
            for flag in result.flags:
                if flag.kind == "safety":
                    safety_class = p["safety_flag"]
                    reasons.append(Reason(result.form_id, result.form_version, p["safety_flag"],
                                          flag_id=flag.id))
    n_high = sum(1 for c in classes if c == "high_risk")
    n_watch = sum(1 for c in classes if risk_rank(c) >= risk_rank("watch"))
    escalate = p["watch_count_to_high_risk"]
    if (n_high >= p["high_risk_min"] or safety_class == "high_risk"
            or (escalate is not None and n_watch >= escalate)):
        overall = "high_risk"
    elif n_watch >= p["watch_min"] or safety_class == "watch":
        overall = "watch"
    elif classes:
        overall = "normal"
    else:
        overall = None
    reasons.sort(key=lambda r: -risk_rank(r.risk_class))
    return OverallClassification(risk_class=overall, reasons=tuple(reasons))


def _check_policy(policy: Mapping[str, Any] | None) -> dict[str, Any]:
    merged = dict(DEFAULT_POLICY)
    if policy is None:
        return merged
    if not isinstance(policy, Mapping):
        raise PolicyError("The classification policy must be a mapping.", "분류 정책은 매핑이어야 합니다.")
    for key, value in policy.items():
        if key not in DEFAULT_POLICY:
            raise PolicyError(f"Unknown policy setting '{key}'.", f"알 수 없는 정책 설정입니다: '{key}'.")
        merged[key] = value
    if merged["safety_flag"] not in (None, "watch", "high_risk"):
        raise PolicyError("safety_flag must be 'high_risk', 'watch' or None.",
                          "safety_flag는 'high_risk', 'watch', None 중 하나여야 합니다.")
    for key in ("high_risk_min", "watch_min", "watch_count_to_high_risk"):
        value = merged[key]
        if value is None and key == "watch_count_to_high_risk":
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise PolicyError(f"{key} must be a whole number of at least 1.",
                              f"{key}는 1 이상의 정수여야 합니다.")
    if isinstance(merged["ignore"], str) or not all(isinstance(x, str) for x in merged["ignore"]):
        raise PolicyError("ignore must be a list of form ids.", "ignore는 검사지 id 목록이어야 합니다.")
    remap = merged["remap"]
    if not isinstance(remap, Mapping) or not all(
            isinstance(m, Mapping) and all(a in RISK_CLASSES and b in RISK_CLASSES
                                           for a, b in m.items()) for m in remap.values()):
        raise PolicyError("remap must look like {form_id: {class: class}} using normal, watch, high_risk.",
                          "remap은 {검사지 id: {분류: 분류}} 형식이어야 합니다 (normal, watch, high_risk).")
    return merged
