"""The scoring engine: answers in, a ScoreResult out. Pure: no I/O, no Qt, no SQL.

Arithmetic runs on Fractions and rounds half up at the end, so a score never depends on float
rounding and re-scoring the same answers with the same definition gives an equal result.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any, Mapping, Sequence

from .errors import AnswerError
from .model import (
    SEXES, AllOf, AnyOf, BandIs, Definition, EndorsedCondition, Item, ItemCondition, Number,
    ScoreSpec, risk_rank,
)
from .result import BandResult, Flag, ScaleScore, ScoreResult

TEXT_MAX_LENGTH = 4000  # free-text answers (survey comments); longer is almost surely a paste error

Answers = Mapping[str, Any] | Sequence[Any] | None


def score(definition: Definition, answers: Answers = None, sex: str | None = None,
          totals: Mapping[str, Number] | None = None) -> ScoreResult:
    """Score ``answers`` (a {linkId: value} mapping, or a list of values for the choice items
    in item order, None for unanswered) or, for forms that accept them, ``totals`` entered by
    the counselor ({"total": n} and/or {subscale_id: n}). ``sex`` ("M"/"F") is required when
    the bands depend on it and is not kept otherwise."""
    sex = _check_sex(definition, sex)
    if totals is not None:
        if answers:
            raise AnswerError("answers_and_totals",
                              "Give either item answers or totals, not both.",
                              "문항 응답과 총점 중 하나만 입력하세요.")
        return _score_totals(definition, totals, sex)
    given = _normalise(definition, answers)
    return _score_answers(definition, given, sex)


# -- input checks ------------------------------------------------------------------------------

def _check_sex(definition: Definition, sex: Any) -> str | None:
    if sex is not None:
        if not isinstance(sex, str) or sex.upper() not in SEXES:
            raise AnswerError("bad_sex", "Sex must be 'M' (male) or 'F' (female).",
                              "성별은 'M'(남) 또는 'F'(여)여야 합니다.")
        sex = sex.upper()
    if not definition.sex_dependent:
        return None  # not needed, so not kept with the result
    if sex is None:
        raise AnswerError("sex_required",
                          f"{definition.id}: the bands depend on sex; give sex 'M' or 'F'.",
                          f"{definition.id}: 판정 기준이 성별에 따라 다릅니다; 성별(M 또는 F)을 입력하세요.")
    return sex


def _normalise(definition: Definition, answers: Answers) -> dict[str, Any]:
    if answers is None:
        return {}
    out: dict[str, Any] = {}
    if isinstance(answers, Mapping):
        for key, value in answers.items():
            item = definition.item(key) if isinstance(key, str) else None
            if item is None:
                raise AnswerError("unknown_item",
                                  f"'{key}' is not an item of {definition.id}.",
                                  f"'{key}'는 {definition.id} 검사지의 문항이 아닙니다.", link_id=str(key))
            if value is not None:
                out[key] = _check_value(item, value)
        return out
    if isinstance(answers, (list, tuple)):
        choice = definition.choice_items
        trailing = 0  # unscored items at the end (PHQ-9's difficulty item) may be left off
        for item in reversed(choice):
            if item.scored:
                break
            trailing += 1
        low, high = len(choice) - trailing, len(choice)
        if not low <= len(answers) <= high:
            expected = str(high) if low == high else f"{low}-{high}"
            raise AnswerError(
                "wrong_count",
                f"{definition.id} expects {expected} answers (one per item, in order); "
                f"got {len(answers)}.",
                f"{definition.id} 검사지는 응답 {expected}개가 필요합니다 (문항 순서대로 하나씩); "
                f"{len(answers)}개를 받았습니다.")
        for item, value in zip(choice, answers):
            if value is not None:
                out[item.link_id] = _check_value(item, value)
        return out
    raise AnswerError("bad_answers",
                      "Answers must be a mapping of linkId to value, or a list in item order.",
                      "응답은 {linkId: 값} 형태이거나 문항 순서대로 된 목록이어야 합니다.")


def _check_value(item: Item, value: Any) -> Any:
    link = item.link_id
    if item.type == "text":
        if not isinstance(value, str):
            raise AnswerError("not_text", f"{link}: the answer must be text.",
                              f"{link}: 응답은 글이어야 합니다.", link_id=link)
        if len(value) > TEXT_MAX_LENGTH:
            raise AnswerError("text_too_long",
                              f"{link}: the answer is longer than {TEXT_MAX_LENGTH} characters.",
                              f"{link}: 응답이 {TEXT_MAX_LENGTH}자를 넘습니다.", link_id=link)
        return value
    allowed = ", ".join(str(v) for v in item.values)
    # Messages never echo the value: an answer is client data.
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswerError("not_integer",
                          f"{link}: the answer must be a whole number (allowed: {allowed}).",
                          f"{link}: 응답은 정수여야 합니다 (가능한 값: {allowed}).", link_id=link)
    if value not in item.values:
        raise AnswerError("not_an_option",
                          f"{link}: the answer is not one of the allowed values ({allowed}).",
                          f"{link}: 응답이 가능한 값({allowed}) 중 하나가 아닙니다.", link_id=link)
    return value


# -- scoring from answers ----------------------------------------------------------------------

def _score_answers(definition: Definition, given: dict[str, Any], sex: str | None) -> ScoreResult:
    values: dict[str, int] = {}
    skipped: set[str] = set()
    for item in definition.choice_items:
        if item.link_id in given:
            values[item.link_id] = given[item.link_id]
        elif item.enable_when and _disabled(item, values):
            # Skip logic (e.g. AUDIT: never drinks -> items 2-8 not asked): a skipped item gets
            # the lowest score, as the instrument's manual scores it.
            values[item.link_id] = item.max_value if item.reverse else item.min_value
            skipped.add(item.link_id)
    item_scores = {i.link_id: i.score_of(values[i.link_id])
                   for i in definition.scored_items if i.link_id in values}
    missing = tuple(i.link_id for i in definition.scored_items if i.link_id not in values)

    total = _scale(definition, definition.total, item_scores, sex) if definition.total else None
    subscales = {s.id: _scale(definition, s, item_scores, sex) for s in definition.subscales}
    flags, raised = _flags(definition, values, skipped, item_scores)
    return _assemble(definition, "answers", sex, given, item_scores, total, subscales, flags,
                     raised, missing)


def _disabled(item: Item, values: Mapping[str, int]) -> bool:
    """True only when the enableWhen conditions are known to be unmet (unknown: enabled)."""
    states = [c.holds(values[c.link_id]) if c.link_id in values else None
              for c in item.enable_when]
    if item.enable_behavior == "all":
        return False in states
    return all(s is False for s in states)


def _scale(definition: Definition, spec: ScoreSpec, item_scores: Mapping[str, int],
           sex: str | None) -> ScaleScore:
    present = [item_scores[link] for link in spec.items if link in item_scores]
    n_missing = len(spec.items) - len(present)
    blocked = any(link in definition.missing.required and link not in item_scores
                  for link in spec.items)
    if blocked or n_missing > spec.max_missing:
        return ScaleScore(value=None, raw=None, prorated=False, answered=len(present))
    if spec.method == "sum":
        exact = Fraction(sum(present) * len(spec.items), len(present))  # prorated when missing
        raw: Number = _round_half_up(exact, None)
    else:
        exact = Fraction(sum(present), len(present))
        raw = _round_half_up(exact, spec.round)
    value = raw
    if spec.rescale is not None:
        # Rescale the reported raw score (after its rounding) so raw and value always agree.
        raw_lo, raw_hi = _raw_range(definition, spec)
        to_lo, to_hi = (Fraction(str(x)) for x in spec.rescale)
        value = _round_half_up((Fraction(str(raw)) - raw_lo) * (to_hi - to_lo) / (raw_hi - raw_lo)
                               + to_lo, spec.round)
    return ScaleScore(value=value, raw=raw, prorated=n_missing > 0, answered=len(present),
                      band=_band(spec, value, sex))


def _raw_range(definition: Definition, spec: ScoreSpec) -> tuple[Fraction, Fraction]:
    items = [definition.item(link) for link in spec.items]
    if spec.method == "sum":
        return Fraction(sum(i.min_value for i in items)), Fraction(sum(i.max_value for i in items))
    return Fraction(min(i.min_value for i in items)), Fraction(max(i.max_value for i in items))


def _round_half_up(x: Fraction, digits: int | None) -> Number:
    if digits is None:
        return math.floor(x + Fraction(1, 2))
    scale = 10 ** digits
    return float(Fraction(math.floor(x * scale + Fraction(1, 2)), scale))


def _band(spec: ScoreSpec, value: Number | None, sex: str | None) -> BandResult | None:
    if spec.bands is None or value is None:
        return None
    band = spec.bands.find(value, sex)
    if band is None:
        return None
    return BandResult(id=band.id, label=band.label, risk_class=band.risk_class)


def _flags(definition: Definition, values: Mapping[str, int], skipped: set[str],
           item_scores: Mapping[str, int]) -> tuple[list[Flag], list[str]]:
    """Flags are checked on whatever was answered, even when the result is incomplete: a
    safety answer must never be lost because some other item was left blank."""
    flags: list[Flag] = []
    raised: list[str] = []
    for rule in definition.flags:
        if isinstance(rule.when, ItemCondition):
            if rule.when.item in skipped:
                continue  # not asked, by the form's own skip logic
            value = values.get(rule.when.item)
            if value is None:
                if rule.unanswered_message is not None:
                    flags.append(Flag(f"{rule.id}_unanswered", "notice", rule.unanswered_message))
                continue
            hit = value >= rule.when.min
        else:
            hit = _endorsed(definition, rule.when, item_scores)
        if hit:
            flags.append(Flag(rule.id, rule.kind, rule.message))
            if rule.raise_class:
                raised.append(rule.raise_class)
    return flags, raised


def _endorsed(definition: Definition, cond: EndorsedCondition,
              item_scores: Mapping[str, int]) -> bool:
    # Missing items are never assumed endorsed: the rule can only fire on what was answered.
    for subscale_id, needed in cond.require:
        spec = definition.subscale(subscale_id)
        count = sum(1 for link in spec.items if item_scores.get(link, cond.at_least - 1) >= cond.at_least)
        if count < needed:
            return False
    return True


# -- scoring from entered totals ---------------------------------------------------------------

def _score_totals(definition: Definition, totals: Any, sex: str | None) -> ScoreResult:
    if not definition.accept_totals:
        raise AnswerError("totals_not_accepted",
                          f"{definition.id}: enter the item answers; this form does not accept totals.",
                          f"{definition.id}: 이 검사지는 총점 입력을 받지 않습니다; 문항 응답을 입력하세요.")
    specs = ({"total": definition.total} if definition.total else {}) | {
        s.id: s for s in definition.subscales}
    if not isinstance(totals, Mapping) or not totals:
        names = ", ".join(specs)
        raise AnswerError("bad_totals", f"Give at least one score ({names}).",
                          f"점수를 하나 이상 입력하세요 ({names}).")
    entered: dict[str, ScaleScore] = {}
    for key, value in totals.items():
        spec = specs.get(key)
        if spec is None:
            names = ", ".join(specs)
            raise AnswerError("unknown_score", f"'{key}' is not a score of {definition.id} ({names}).",
                              f"'{key}'는 {definition.id} 검사지의 점수가 아닙니다 ({names}).")
        whole = spec.integer_valued
        if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)):
            kind_en, kind_ko = ("a whole number", "정수") if whole else ("a number", "숫자")
            raise AnswerError("not_integer" if whole else "not_number",
                              f"{key}: the score must be {kind_en}.", f"{key}: 점수는 {kind_ko}여야 합니다.")
        if not spec.lo <= value <= spec.hi:
            raise AnswerError("total_out_of_range",
                              f"{key}: the score must be between {spec.lo} and {spec.hi}.",
                              f"{key}: 점수는 {spec.lo}에서 {spec.hi} 사이여야 합니다.")
        if not whole:
            value = _round_half_up(Fraction(str(value)), spec.round)
        raw = value if spec.rescale is None else None
        entered[key] = ScaleScore(value=value, raw=raw, band=_band(spec, value, sex))
    empty = ScaleScore(value=None, raw=None)
    total = entered.get("total", empty) if definition.total else None
    subscales = {s.id: entered.get(s.id, empty) for s in definition.subscales}
    return _assemble(definition, "totals", sex, {}, {}, total, subscales, [], [], ())


# -- putting a result together -----------------------------------------------------------------

def _assemble(definition: Definition, source: str, sex: str | None, answers: Mapping[str, Any],
              item_scores: Mapping[str, int], total: ScaleScore | None,
              subscales: Mapping[str, ScaleScore], flags: list[Flag], raised: list[str],
              missing: tuple[str, ...]) -> ScoreResult:
    if total is not None:
        complete = total.value is not None
    else:
        complete = all(s.value is not None for s in subscales.values())
    band = None
    if total is not None:
        band = total.band
    elif definition.profiles and complete:
        band = _profile_band(definition, subscales)
    risk_class = None
    if definition.kind == "screening":
        classes = ([band.risk_class] if band and band.risk_class else []) + raised
        risk_class = max(classes, key=risk_rank) if classes else None
    return ScoreResult(
        form_id=definition.id, form_version=definition.version, source=source, sex=sex,
        answers=dict(answers), item_scores=dict(item_scores), total=total,
        subscales=dict(subscales), band=band, risk_class=risk_class, flags=tuple(flags),
        missing=missing, complete=complete,
    )


def _profile_band(definition: Definition, subscales: Mapping[str, ScaleScore]) -> BandResult:
    def holds(cond) -> bool:
        if isinstance(cond, AllOf):
            return all(holds(c) for c in cond.conditions)
        if isinstance(cond, AnyOf):
            return any(holds(c) for c in cond.conditions)
        assert isinstance(cond, BandIs)
        band = subscales[cond.subscale].band
        return band is not None and band.id in cond.bands

    for profile in definition.profiles:
        if profile.when is None or holds(profile.when):
            return BandResult(id=profile.id, label=profile.label, risk_class=profile.risk_class)
    raise AssertionError("the schema guarantees a fallback profile")
