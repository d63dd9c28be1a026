"""Validation of bands, profiles and flags: the rules that turn scores into the center's
classes and into warnings. Used by schema.py; failures name file and field like the rest."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from .fields import Fields, join
from .model import (
    FLAG_KINDS, RISK_CLASSES, SEXES, AllOf, AnyOf, Band, BandIs, BandSet, EndorsedCondition,
    FlagRule, Item, ItemCondition, Profile, ScoreSpec,
)

ID_PATTERN = r"[a-z][a-z0-9_]*"
ID_HELP = ("must be lower-case letters, digits and _ (starting with a letter)",
           "영문 소문자, 숫자, _ 로만 쓰고 영문자로 시작해야 합니다")


# -- bands -------------------------------------------------------------------------------------

def band_set(f: Fields, value: Any, path: str, spec: ScoreSpec, need_class: bool) -> BandSet:
    if isinstance(value, dict):
        m = f.mapping(value, path, required=("by_sex",))
        per_sex = f.mapping(m["by_sex"], join(path, "by_sex"), required=SEXES)
        return BandSet(by_sex={s: _band_list(f, per_sex[s], join(join(path, "by_sex"), s), spec,
                                             need_class) for s in SEXES})
    return BandSet(common=_band_list(f, value, path, spec, need_class))


def _fmt(x: Fraction) -> str:
    return str(int(x)) if x.denominator == 1 else str(float(x))


def _band_list(f: Fields, value: Any, path: str, spec: ScoreSpec,
               need_class: bool) -> tuple[Band, ...]:
    raw = f.list(value, path)
    step = Fraction(1) if spec.integer_valued else Fraction(1, 10 ** spec.round)
    bands: list[Band] = []
    bounds: list[tuple[Fraction, Fraction]] = []
    for k, entry in enumerate(raw):
        p = join(path, k)
        required = ("id", "min", "max", "label") + (("class",) if need_class else ())
        m = f.mapping(entry, p, required=required, optional=() if need_class else ("class",))
        band_id = f.string(m["id"], join(p, "id"), ID_PATTERN, ID_HELP)
        if any(b.id == band_id for b in bands):
            raise f.fail(join(p, "id"), "duplicate_id", f"band id '{band_id}' is used twice",
                         f"구간 id '{band_id}'가 중복됩니다")
        lo = _bound(f, m["min"], join(p, "min"), spec, step)
        hi = _bound(f, m["max"], join(p, "max"), spec, step)
        if hi < lo:
            raise f.fail(join(p, "max"), "bad_range", "must not be below min", "min보다 작을 수 없습니다")
        risk = f.choice(m["class"], join(p, "class"), RISK_CLASSES) if "class" in m else None
        bands.append(Band(id=band_id, min=m["min"], max=m["max"],
                          label=f.text(m["label"], join(p, "label")), risk_class=risk))
        bounds.append((lo, hi))
    first, last = bounds[0], bounds[-1]
    s_lo, s_hi = Fraction(str(spec.lo)), Fraction(str(spec.hi))
    if first[0] != s_lo:
        raise f.fail(join(join(path, 0), "min"), "bands_gap",
                     f"the first band starts at {_fmt(first[0])} but the lowest possible score is "
                     f"{_fmt(s_lo)}",
                     f"첫 구간이 {_fmt(first[0])}에서 시작하지만 가능한 최저 점수는 {_fmt(s_lo)}입니다")
    for k in range(1, len(bounds)):
        prev, cur = bounds[k - 1], bounds[k]
        p = join(join(path, k), "min")
        if cur[0] <= prev[1]:
            raise f.fail(p, "bands_overlap",
                         f"overlaps the band before it ({_fmt(prev[0])}-{_fmt(prev[1])}); list bands "
                         "from low to high without overlap",
                         f"앞 구간({_fmt(prev[0])}-{_fmt(prev[1])})과 겹칩니다; 구간은 낮은 점수부터 겹치지 않게 써야 합니다")
        if cur[0] > prev[1] + step:
            raise f.fail(p, "bands_gap",
                         f"leaves a gap: scores between {_fmt(prev[1])} and {_fmt(cur[0])} fall in no band",
                         f"빈틈이 있습니다: {_fmt(prev[1])}과 {_fmt(cur[0])} 사이의 점수가 어느 구간에도 속하지 않습니다")
    if last[1] != s_hi:
        raise f.fail(join(join(path, len(bounds) - 1), "max"), "bands_gap",
                     f"the last band ends at {_fmt(last[1])} but the highest possible score is "
                     f"{_fmt(s_hi)}",
                     f"마지막 구간이 {_fmt(last[1])}에서 끝나지만 가능한 최고 점수는 {_fmt(s_hi)}입니다")
    return tuple(bands)


def _bound(f: Fields, value: Any, path: str, spec: ScoreSpec, step: Fraction) -> Fraction:
    number = f.number(value, path)
    exact = Fraction(str(number))
    if spec.integer_valued and exact.denominator != 1:
        raise f.fail(path, "wrong_type", "must be a whole number (this score is a whole number)",
                     "정수여야 합니다 (이 점수는 정수입니다)")
    if (exact / step).denominator != 1:
        raise f.fail(path, "bad_value", f"has more decimals than the score keeps (round: {spec.round})",
                     f"점수가 유지하는 소수 자릿수(round: {spec.round})보다 자릿수가 많습니다")
    return exact


# -- profiles and flags ------------------------------------------------------------------------

def profiles(f: Fields, value: Any, subscales: tuple[ScoreSpec, ...]) -> tuple[Profile, ...]:
    raw = f.list(value, "profiles")
    out: list[Profile] = []
    for k, entry in enumerate(raw):
        path = join("profiles", k)
        m = f.mapping(entry, path, required=("id", "label", "class"), optional=("when",))
        profile_id = f.string(m["id"], join(path, "id"), ID_PATTERN, ID_HELP)
        label = f.text(m["label"], join(path, "label"))
        risk = f.choice(m["class"], join(path, "class"), RISK_CLASSES)
        is_last = k == len(raw) - 1
        when = None
        if "when" in m:
            if is_last:
                raise f.fail(join(path, "when"), "bad_value",
                             "the last profile is the fallback and must have no 'when'",
                             "마지막 프로파일은 기본값이므로 'when'이 없어야 합니다")
            when = _profile_condition(f, m["when"], join(path, "when"), subscales)
        elif not is_last:
            raise f.fail(join(path, "when"), "missing_field",
                         "required on every profile but the last (the fallback)",
                         "마지막(기본값)을 뺀 모든 프로파일에 필요합니다")
        out.append(Profile(id=profile_id, label=label, risk_class=risk, when=when))
    return tuple(out)


def _profile_condition(f: Fields, value: Any, path: str, subscales: tuple[ScoreSpec, ...]):
    if isinstance(value, dict) and set(value) in ({"all"}, {"any"}):
        key = next(iter(value))
        parts = tuple(_profile_condition(f, v, join(join(path, key), k), subscales)
                      for k, v in enumerate(f.list(value[key], join(path, key))))
        return AllOf(parts) if key == "all" else AnyOf(parts)
    m = f.mapping(value, path, required=("subscale", "band"))
    name = f.string(m["subscale"], join(path, "subscale"))
    spec = next((s for s in subscales if s.id == name), None)
    if spec is None or spec.bands is None:
        raise f.fail(join(path, "subscale"), "unknown_subscale",
                     f"names no subscale with bands ('{name}')", f"구간이 있는 하위척도가 아닙니다 ('{name}')")
    wanted = m["band"] if isinstance(m["band"], list) else [m["band"]]
    known = {b.id for b in spec.bands.all_bands()}
    for k, band in enumerate(wanted):
        band = f.string(band, join(path, "band"))
        if band not in known:
            raise f.fail(join(path, "band"), "unknown_band",
                         f"subscale '{name}' has no band '{band}'", f"하위척도 '{name}'에 '{band}' 구간이 없습니다")
    return BandIs(subscale=name, bands=tuple(wanted))


def flags(f: Fields, value: Any, items: tuple[Item, ...],
           subscales: tuple[ScoreSpec, ...]) -> tuple[FlagRule, ...]:
    if value is None:
        return ()
    by_id = {i.link_id: i for i in items}
    out: list[FlagRule] = []
    for k, entry in enumerate(f.list(value, "flags", non_empty=False)):
        path = join("flags", k)
        m = f.mapping(entry, path, required=("id", "kind", "when", "message"),
                      optional=("raise_class", "unanswered_message"))
        flag_id = f.string(m["id"], join(path, "id"), ID_PATTERN, ID_HELP)
        if any(fl.id == flag_id for fl in out):
            raise f.fail(join(path, "id"), "duplicate_id", f"flag id '{flag_id}' is used twice",
                         f"경고 id '{flag_id}'가 중복됩니다")
        kind = f.choice(m["kind"], join(path, "kind"), FLAG_KINDS)
        wpath = join(path, "when")
        if isinstance(m["when"], dict) and "endorsed" in m["when"]:
            when = _endorsed(f, f.mapping(m["when"], wpath, required=("endorsed",))["endorsed"],
                             join(wpath, "endorsed"), subscales)
        else:
            w = f.mapping(m["when"], wpath, required=("item", "min"))
            link = f.string(w["item"], join(wpath, "item"))
            item = by_id.get(link)
            if item is None or item.type != "choice":
                raise f.fail(join(wpath, "item"), "unknown_item",
                             f"names no choice item of this form ('{link}')",
                             f"이 검사지에 없는 선택형 문항입니다 ('{link}')")
            minimum = f.integer(w["min"], join(wpath, "min"))
            if minimum > item.max_value:
                raise f.fail(join(wpath, "min"), "bad_value",
                             "no option of the item reaches it, so the flag could never be raised",
                             "이 값에 이르는 선택지가 없어 경고가 결코 나올 수 없습니다")
            if minimum <= item.min_value:
                raise f.fail(join(wpath, "min"), "bad_value",
                             "every answer reaches it, so the flag would always be raised",
                             "모든 응답이 이 값에 이르러 경고가 항상 나옵니다")
            when = ItemCondition(item=link, min=minimum)
        unanswered = None
        if "unanswered_message" in m:
            if not isinstance(when, ItemCondition):
                raise f.fail(join(path, "unanswered_message"), "bad_value",
                             "only applies to a flag on one item", "한 문항에 대한 경고에만 쓸 수 있습니다")
            unanswered = f.text(m["unanswered_message"], join(path, "unanswered_message"))
        raise_class = (f.choice(m["raise_class"], join(path, "raise_class"), RISK_CLASSES)
                       if "raise_class" in m else None)
        out.append(FlagRule(id=flag_id, kind=kind, when=when,
                            message=f.text(m["message"], join(path, "message")),
                            raise_class=raise_class, unanswered_message=unanswered))
    return tuple(out)


def _endorsed(f: Fields, value: Any, path: str,
              subscales: tuple[ScoreSpec, ...]) -> EndorsedCondition:
    m = f.mapping(value, path, required=("at_least", "require"))
    at_least = f.integer(m["at_least"], join(path, "at_least"))
    req_path = join(path, "require")
    if not isinstance(m["require"], dict) or not m["require"]:
        raise f.wrong_type(req_path, "mapping")
    require = []
    for name, count in m["require"].items():
        spec = next((s for s in subscales if s.id == name), None)
        if spec is None:
            raise f.fail(join(req_path, str(name)), "unknown_subscale",
                         f"names no subscale of this form ('{name}')", f"이 검사지에 없는 하위척도입니다 ('{name}')")
        count = f.integer(count, join(req_path, name), minimum=1)
        if count > len(spec.items):
            raise f.fail(join(req_path, name), "bad_value",
                         f"subscale '{name}' has only {len(spec.items)} items",
                         f"하위척도 '{name}'의 문항은 {len(spec.items)}개뿐입니다")
        require.append((name, count))
    return EndorsedCondition(at_least=at_least, require=tuple(require))
