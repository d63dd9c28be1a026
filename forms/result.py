"""The outcome of scoring one form: plain, immutable, and JSON round-trippable.

A result carries its labels (band, flags) in both languages so a stored result can be shown
without its definition; it names the (form_id, form_version) it was scored with so it can be
re-scored and compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .errors import FormError
from .model import Number, Text

RESULT_FORMAT = 1  # bump when the dict layout changes; from_dict refuses unknown layouts


@dataclass(frozen=True)
class BandResult:
    id: str
    label: Text
    risk_class: str | None

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label.to_dict(), "class": self.risk_class}

    @classmethod
    def from_dict(cls, d: Mapping) -> "BandResult":
        return cls(id=d["id"], label=Text.from_dict(d["label"]), risk_class=d["class"])


@dataclass(frozen=True)
class ScaleScore:
    """One score (the total or a subscale)."""

    value: Number | None  # None when too many of its items are missing
    raw: Number | None  # before rescaling; equal to value when not rescaled
    prorated: bool = False  # computed from fewer items than the scale has
    answered: int = 0  # items that contributed (0 when the score was entered directly)
    band: BandResult | None = None

    def to_dict(self) -> dict:
        return {"value": self.value, "raw": self.raw, "prorated": self.prorated,
                "answered": self.answered,
                "band": self.band.to_dict() if self.band else None}

    @classmethod
    def from_dict(cls, d: Mapping) -> "ScaleScore":
        return cls(value=d["value"], raw=d["raw"], prorated=d["prorated"], answered=d["answered"],
                   band=BandResult.from_dict(d["band"]) if d["band"] else None)


@dataclass(frozen=True)
class Flag:
    id: str
    kind: str  # "safety", "clinical" or "notice" (a flag's item left unanswered)
    message: Text

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "message": self.message.to_dict()}

    @classmethod
    def from_dict(cls, d: Mapping) -> "Flag":
        return cls(id=d["id"], kind=d["kind"], message=Text.from_dict(d["message"]))


@dataclass(frozen=True)
class ScoreResult:
    form_id: str
    form_version: str
    source: str  # "answers" (item answers) or "totals" (scores entered by the counselor)
    sex: str | None  # kept only when the bands depend on it
    answers: Mapping[str, Any] = field(default_factory=dict)  # as given, by linkId
    item_scores: Mapping[str, int] = field(default_factory=dict)  # after reversal / skip logic
    total: ScaleScore | None = None
    subscales: Mapping[str, ScaleScore] = field(default_factory=dict)
    band: BandResult | None = None
    risk_class: str | None = None  # the band's class, raised by flags; None when incomplete
    flags: tuple[Flag, ...] = ()
    missing: tuple[str, ...] = ()  # scored items left unanswered
    complete: bool = False

    @property
    def has_safety_flag(self) -> bool:
        return any(f.kind == "safety" for f in self.flags)

    def to_dict(self) -> dict:
        return {
            "format": RESULT_FORMAT,
            "form_id": self.form_id,
            "form_version": self.form_version,
            "source": self.source,
            "sex": self.sex,
            "answers": dict(self.answers),
            "item_scores": dict(self.item_scores),
            "total": self.total.to_dict() if self.total else None,
            "subscales": {k: v.to_dict() for k, v in self.subscales.items()},
            "band": self.band.to_dict() if self.band else None,
            "class": self.risk_class,
            "flags": [f.to_dict() for f in self.flags],
            "missing": list(self.missing),
            "complete": self.complete,
        }

    @classmethod
    def from_dict(cls, d: Mapping) -> "ScoreResult":
        if d.get("format") != RESULT_FORMAT:
            raise FormError("bad_result", f"Unknown result format {d.get('format')!r}.",
                            f"알 수 없는 결과 형식입니다 ({d.get('format')!r}).")
        return cls(
            form_id=d["form_id"],
            form_version=d["form_version"],
            source=d["source"],
            sex=d["sex"],
            answers=dict(d["answers"]),
            item_scores=dict(d["item_scores"]),
            total=ScaleScore.from_dict(d["total"]) if d["total"] else None,
            subscales={k: ScaleScore.from_dict(v) for k, v in d["subscales"].items()},
            band=BandResult.from_dict(d["band"]) if d["band"] else None,
            risk_class=d["class"],
            flags=tuple(Flag.from_dict(f) for f in d["flags"]),
            missing=tuple(d["missing"]),
            complete=d["complete"],
        )
