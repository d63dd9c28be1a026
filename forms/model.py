"""The in-memory form definition: immutable dataclasses built (and validated) by the loader.

Field names follow the YAML format described in forms/README.md; FHIR Questionnaire names
(``linkId``, ``ordinalValue``, ``enableWhen``) become snake_case attributes here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Union

RISK_CLASSES = ("normal", "watch", "high_risk")
"""The center's three classes, mildest first (정상군 / 관심군 / 고위험군)."""

RISK_CLASS_LABELS = {
    "normal": {"ko": "정상군", "en": "normal"},
    "watch": {"ko": "관심군", "en": "watch"},
    "high_risk": {"ko": "고위험군", "en": "high risk"},
}

SEXES = ("M", "F")
FLAG_KINDS = ("safety", "clinical")
NOTICE = "notice"  # kind of the flag raised when a flag's item was left unanswered
KINDS = ("screening", "survey")

Number = Union[int, float]


def risk_rank(risk_class: str | None) -> int:
    """Order of a class: -1 for none, 0 normal, 1 watch, 2 high_risk."""
    return -1 if risk_class is None else RISK_CLASSES.index(risk_class)


@dataclass(frozen=True)
class Text:
    """A text in Korean (required) and English (optional; falls back to Korean)."""

    ko: str
    en: str | None = None

    def get(self, lang: str = "ko") -> str:
        if lang == "en" and self.en:
            return self.en
        return self.ko

    def to_dict(self) -> dict:
        out = {"ko": self.ko}
        if self.en is not None:
            out["en"] = self.en
        return out

    @classmethod
    def from_dict(cls, data: Mapping) -> "Text":
        return cls(ko=data["ko"], en=data.get("en"))


@dataclass(frozen=True)
class Option:
    value: int  # the option's ordinalValue: what an answer carries and what is scored
    label: Text | None = None  # None when the wording is not shipped


@dataclass(frozen=True)
class EnableWhen:
    """FHIR-style skip logic: the item applies only when ``link_id <operator> answer``."""

    link_id: str
    operator: str
    answer: int

    def holds(self, value: int) -> bool:
        op = self.operator
        if op == "=":
            return value == self.answer
        if op == "!=":
            return value != self.answer
        if op == ">=":
            return value >= self.answer
        if op == "<=":
            return value <= self.answer
        if op == ">":
            return value > self.answer
        return value < self.answer  # "<"


@dataclass(frozen=True)
class Item:
    link_id: str
    type: str  # "choice" or "text"
    text: Text | None
    options: tuple[Option, ...] = ()
    reverse: bool = False
    scored: bool = True
    enable_when: tuple[EnableWhen, ...] = ()
    enable_behavior: str = "all"  # "all" or "any"

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options)

    @property
    def min_value(self) -> int:
        return min(self.values)

    @property
    def max_value(self) -> int:
        return max(self.values)

    def score_of(self, value: int) -> int:
        """The item score for an answer: mirrored within the option range when reversed."""
        if self.reverse:
            return self.min_value + self.max_value - value
        return value

    def option(self, value: int) -> Option | None:
        for o in self.options:
            if o.value == value:
                return o
        return None


@dataclass(frozen=True)
class Band:
    id: str
    min: Number
    max: Number
    label: Text
    risk_class: str | None  # required on instrument bands, optional on subscale bands

    def contains(self, value: Number) -> bool:
        return self.min <= value <= self.max


@dataclass(frozen=True)
class BandSet:
    """Bands of one score: one list for everyone, or one list per sex (AUDIT-K)."""

    common: tuple[Band, ...] = ()
    by_sex: Mapping[str, tuple[Band, ...]] = field(default_factory=dict)

    @property
    def sex_dependent(self) -> bool:
        return bool(self.by_sex)

    def bands_for(self, sex: str | None) -> tuple[Band, ...]:
        if self.by_sex:
            return self.by_sex[sex] if sex in self.by_sex else ()
        return self.common

    def all_bands(self) -> tuple[Band, ...]:
        if self.by_sex:
            return tuple(b for sex in sorted(self.by_sex) for b in self.by_sex[sex])
        return self.common

    def find(self, value: Number, sex: str | None) -> Band | None:
        for band in self.bands_for(sex):
            if band.contains(value):
                return band
        return None


@dataclass(frozen=True)
class ScoreSpec:
    """How one score (the total or a subscale) is computed from item scores."""

    id: str  # "total" or the subscale id
    title: Text | None
    method: str  # "sum" or "mean"
    items: tuple[str, ...]
    max_missing: int = 0
    rescale: tuple[Number, Number] | None = None
    round: int | None = None  # decimals kept for mean / rescaled scores
    bands: BandSet | None = None
    lo: Number = 0  # lowest possible score
    hi: Number = 0  # highest possible score

    @property
    def integer_valued(self) -> bool:
        return self.method == "sum" and self.rescale is None


@dataclass(frozen=True)
class MissingRule:
    method: str = "none"  # "none" or "prorate"
    max_missing: int = 0
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemCondition:
    """Raised when the answer (as given, before reversal) to ``item`` is at least ``min``."""

    item: str
    min: int


@dataclass(frozen=True)
class EndorsedCondition:
    """Raised when enough items per subscale score at least ``at_least`` (PCL-5's DSM-5 rule)."""

    at_least: int
    require: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class FlagRule:
    id: str
    kind: str  # "safety" or "clinical"
    when: ItemCondition | EndorsedCondition
    message: Text
    raise_class: str | None = None
    unanswered_message: Text | None = None


@dataclass(frozen=True)
class BandIs:
    subscale: str
    bands: tuple[str, ...]


@dataclass(frozen=True)
class AllOf:
    conditions: tuple["ProfileCondition", ...]


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple["ProfileCondition", ...]


ProfileCondition = Union[BandIs, AllOf, AnyOf]


@dataclass(frozen=True)
class Profile:
    """An instrument-level band derived from subscale bands (for instruments with no total)."""

    id: str
    label: Text
    risk_class: str
    when: ProfileCondition | None  # None: the fallback, always matches


@dataclass(frozen=True)
class Definition:
    id: str
    version: str
    title: Text
    kind: str  # "screening" or "survey"
    license: str
    source: str
    notes: str
    ship_wording: bool
    accept_totals: bool
    instructions: Text | None
    items: tuple[Item, ...]
    total: ScoreSpec | None
    subscales: tuple[ScoreSpec, ...]
    missing: MissingRule
    flags: tuple[FlagRule, ...]
    profiles: tuple[Profile, ...]
    file: str = ""  # file the definition was loaded from (for messages)
    wording_source: str | None = None  # file the item wording came from, if an overlay

    def item(self, link_id: str) -> Item | None:
        for it in self.items:
            if it.link_id == link_id:
                return it
        return None

    def subscale(self, subscale_id: str) -> ScoreSpec | None:
        for s in self.subscales:
            if s.id == subscale_id:
                return s
        return None

    @property
    def choice_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.type == "choice")

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.type == "choice" and i.scored)

    @property
    def sex_dependent(self) -> bool:
        specs = ([self.total] if self.total else []) + list(self.subscales)
        return any(s.bands is not None and s.bands.sex_dependent for s in specs)

    @property
    def has_wording(self) -> bool:
        return any(i.text is not None for i in self.items)

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)


def version_key(version: str) -> tuple[int, ...]:
    """Sort key of a dotted version string ("1.10" sorts after "1.9")."""
    return tuple(int(p) for p in version.split("."))
