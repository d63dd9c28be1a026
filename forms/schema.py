"""Builds a Definition from parsed YAML, refusing anything malformed.

Checks run in file order so the first problem reported is the first one a person reading the
file meets. Every failure is a DefinitionError naming the file, the field path
(``items[3].options[1].ordinalValue``; indexes count from 0) and the problem.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping

from .fields import Fields, join
from .model import (
    KINDS, Definition, EnableWhen, Item, MissingRule, Option, Profile, ScoreSpec, Text,
)
from .schema_rules import ID_HELP, ID_PATTERN, band_set, flags, profiles

LINK_ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_.-]*"
LINK_ID_HELP = ("must be letters, digits, '_', '.' or '-'", "영문자, 숫자, '_', '.', '-' 만 쓸 수 있습니다")
VERSION_PATTERN = r"\d+(\.\d+)*"
VERSION_HELP = ('must look like "1.0" (digits separated by dots)', '"1.0"처럼 숫자와 점으로 써야 합니다')
OPERATORS = ("=", "!=", ">=", "<=", ">", "<")
DEFAULT_ROUND = 2  # decimals kept for means and rescaled scores unless the file says otherwise

TOP_REQUIRED = ("id", "version", "title", "license", "source", "ship_wording", "items", "scoring")
TOP_OPTIONAL = ("kind", "notes", "instructions", "accept_totals", "option_sets", "bands",
                "profiles", "flags")


def build_definition(data: Any, file: str) -> Definition:
    f = Fields(file)
    top = f.mapping(data, "", TOP_REQUIRED, TOP_OPTIONAL)
    form_id = f.string(top["id"], "id", ID_PATTERN, ID_HELP)
    version = _version(f, top["version"])
    title = f.text(top["title"], "title")
    kind = f.choice(top.get("kind", "screening"), "kind", KINDS)
    license_ = f.string(top["license"], "license")
    source = f.string(top["source"], "source")
    notes = f.string(top["notes"], "notes") if "notes" in top else ""
    ship = f.boolean(top["ship_wording"], "ship_wording")
    accept_totals = (f.boolean(top["accept_totals"], "accept_totals")
                     if "accept_totals" in top else not ship)
    instructions = None
    if "instructions" in top:
        _refuse_wording(f, ship, "instructions")
        instructions = f.text(top["instructions"], "instructions")

    option_sets = _option_sets(f, top.get("option_sets"), ship)
    items = _items(f, top["items"], ship, option_sets)
    total, subscales, missing = _scoring(f, top["scoring"], items)

    if "bands" in top:
        if total is None:
            raise f.fail("bands", "no_total", "bands read the total score, but scoring has no total",
                         "bands는 총점을 판정하는데 scoring에 total이 없습니다")
        total = replace(total, bands=band_set(f, top["bands"], "bands", total, need_class=True))
    profile_list = profiles(f, top["profiles"], subscales) if "profiles" in top else ()
    flag_rules = flags(f, top.get("flags"), items, subscales)
    _check_kind(f, kind, top, total, profile_list)

    if accept_totals and any(fl.kind == "safety" for fl in flag_rules):
        raise f.fail("accept_totals", "bad_value",
                     "cannot be true while a safety flag needs the item answers",
                     "안전 경고(safety flag)가 문항 응답을 필요로 하므로 true일 수 없습니다")
    return Definition(
        id=form_id, version=version, title=title, kind=kind, license=license_, source=source,
        notes=notes, ship_wording=ship, accept_totals=accept_totals, instructions=instructions,
        items=items, total=total, subscales=subscales, missing=missing, flags=flag_rules,
        profiles=profile_list, file=file,
    )


def _version(f: Fields, value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise f.fail("version", "wrong_type",
                     'must be a quoted string such as "1.0" (unquoted, YAML reads it as a number)',
                     '"1.0"처럼 따옴표로 감싼 문자열이어야 합니다 (따옴표가 없으면 YAML이 숫자로 읽습니다)')
    return f.string(value, "version", VERSION_PATTERN, VERSION_HELP)


def _refuse_wording(f: Fields, ship: bool, path: str) -> None:
    if not ship:
        raise f.fail(path, "wording_not_shipped",
                     "must not be given when ship_wording is false: put licensed wording in the "
                     "center's wording overlay file instead",
                     "ship_wording이 false이면 넣을 수 없습니다: 사용 허가받은 문구는 센터의 문구 파일에 넣으세요")


# -- items -------------------------------------------------------------------------------------

def _options(f: Fields, value: Any, path: str, ship: bool) -> tuple[Option, ...]:
    raw = f.list(value, path)
    if len(raw) < 2:
        raise f.fail(path, "bad_value", "needs at least two options", "선택지가 두 개 이상 있어야 합니다")
    options: list[Option] = []
    for j, entry in enumerate(raw):
        p = join(path, j)
        m = f.mapping(entry, p, required=("ordinalValue",), optional=("label",))
        value_ = f.integer(m["ordinalValue"], join(p, "ordinalValue"))
        if any(o.value == value_ for o in options):
            raise f.fail(join(p, "ordinalValue"), "duplicate_value",
                         "the same ordinalValue is used by another option of this item",
                         "같은 ordinalValue를 쓰는 선택지가 이미 있습니다")
        label = None
        if "label" in m:
            _refuse_wording(f, ship, join(p, "label"))
            label = f.text(m["label"], join(p, "label"))
        elif ship:
            raise f.fail(join(p, "label"), "missing_field",
                         "required field is missing (ship_wording is true)",
                         "필수 항목이 없습니다 (ship_wording이 true입니다)")
        options.append(Option(value=value_, label=label))
    return tuple(options)


def _option_sets(f: Fields, value: Any, ship: bool) -> dict[str, tuple[Option, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise f.wrong_type("option_sets", "mapping")
    out = {}
    for name, opts in value.items():
        f.string(name, join("option_sets", str(name)), ID_PATTERN, ID_HELP)
        out[name] = _options(f, opts, join("option_sets", name), ship)
    return out


ITEM_KEYS = ("type", "text", "options", "option_set", "reverse", "scored", "enableWhen",
             "enableBehavior")


def _items(f: Fields, value: Any, ship: bool,
           option_sets: Mapping[str, tuple[Option, ...]]) -> tuple[Item, ...]:
    raw = f.list(value, "items")
    items: list[Item] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(raw):
        path = join("items", i)
        m = f.mapping(entry, path, required=("linkId",), optional=ITEM_KEYS)
        link = f.string(m["linkId"], join(path, "linkId"), LINK_ID_PATTERN, LINK_ID_HELP)
        if link in seen:
            raise f.fail(join(path, "linkId"), "duplicate_link_id",
                         f"duplicate linkId '{link}' (already used by items[{seen[link]}])",
                         f"linkId '{link}'가 중복됩니다 (items[{seen[link]}]에서 이미 사용)")
        seen[link] = i
        kind = f.choice(m.get("type", "choice"), join(path, "type"), ("choice", "text"))
        text = None
        if "text" in m:
            _refuse_wording(f, ship, join(path, "text"))
            text = f.text(m["text"], join(path, "text"))
        elif ship:
            raise f.fail(join(path, "text"), "missing_field",
                         "required field is missing (ship_wording is true)",
                         "필수 항목이 없습니다 (ship_wording이 true입니다)")
        if kind == "text":
            items.append(_text_item(f, m, path, link, text))
        else:
            items.append(_choice_item(f, m, path, link, text, ship, option_sets, items))
    return tuple(items)


def _text_item(f: Fields, m: Mapping, path: str, link: str, text: Text | None) -> Item:
    for key in ("options", "option_set", "reverse", "enableWhen", "enableBehavior"):
        if key in m:
            raise f.fail(join(path, key), "bad_value", "not allowed on a free-text item",
                         "자유 기술 문항에는 쓸 수 없습니다")
    if "scored" in m and f.boolean(m["scored"], join(path, "scored")):
        raise f.fail(join(path, "scored"), "bad_value", "a free-text item cannot be scored",
                     "자유 기술 문항은 채점할 수 없습니다")
    return Item(link_id=link, type="text", text=text, scored=False)


def _choice_item(f: Fields, m: Mapping, path: str, link: str, text: Text | None, ship: bool,
                 option_sets: Mapping[str, tuple[Option, ...]], earlier: list[Item]) -> Item:
    if ("options" in m) == ("option_set" in m):
        raise f.fail(join(path, "options"), "missing_field",
                     "give exactly one of 'options' or 'option_set'",
                     "'options'와 'option_set' 중 하나만 써야 합니다")
    if "options" in m:
        options = _options(f, m["options"], join(path, "options"), ship)
    else:
        name = f.string(m["option_set"], join(path, "option_set"))
        if name not in option_sets:
            raise f.fail(join(path, "option_set"), "unknown_option_set",
                         f"names no entry of option_sets ('{name}')",
                         f"option_sets에 '{name}' 항목이 없습니다")
        options = option_sets[name]
    scored = f.boolean(m.get("scored", True), join(path, "scored"))
    reverse = f.boolean(m.get("reverse", False), join(path, "reverse"))
    if reverse:
        values = {o.value for o in options}
        mirrored = {min(values) + max(values) - v for v in values}
        if not scored:
            raise f.fail(join(path, "reverse"), "cannot_reverse",
                         "an unscored item cannot be reverse-scored", "채점하지 않는 문항은 역채점할 수 없습니다")
        if mirrored != values:
            raise f.fail(join(path, "reverse"), "cannot_reverse",
                         "cannot reverse: the option values are not symmetric, so a reversed "
                         "answer would not be one of them",
                         "역채점할 수 없습니다: 선택지 값이 대칭이 아니어서 뒤집은 값이 선택지에 없습니다")
    enable_when: tuple[EnableWhen, ...] = ()
    if "enableWhen" in m:
        enable_when = _enable_when(f, m["enableWhen"], join(path, "enableWhen"), earlier)
    if "enableBehavior" in m and not enable_when:
        raise f.fail(join(path, "enableBehavior"), "bad_value", "only allowed with enableWhen",
                     "enableWhen이 있을 때만 쓸 수 있습니다")
    behavior = f.choice(m.get("enableBehavior", "all"), join(path, "enableBehavior"), ("all", "any"))
    return Item(link_id=link, type="choice", text=text, options=options, reverse=reverse,
                scored=scored, enable_when=enable_when, enable_behavior=behavior)


def _enable_when(f: Fields, value: Any, path: str, earlier: list[Item]) -> tuple[EnableWhen, ...]:
    out = []
    known = {i.link_id for i in earlier if i.type == "choice"}
    for k, entry in enumerate(f.list(value, path)):
        p = join(path, k)
        m = f.mapping(entry, p, required=("linkId", "operator", "answer"))
        target = f.string(m["linkId"], join(p, "linkId"))
        if target not in known:
            raise f.fail(join(p, "linkId"), "unknown_item",
                         f"'{target}' is not an earlier choice item (enableWhen may only refer to "
                         "items before this one)",
                         f"'{target}'는 앞에 나온 선택형 문항이 아닙니다 (enableWhen은 앞 문항만 가리킬 수 있습니다)")
        op = f.choice(m["operator"], join(p, "operator"), OPERATORS)
        out.append(EnableWhen(link_id=target, operator=op, answer=f.integer(m["answer"], join(p, "answer"))))
    return tuple(out)


# -- scoring -----------------------------------------------------------------------------------

def _scoring(f: Fields, value: Any, items: tuple[Item, ...]):
    sc = f.mapping(value, "scoring", optional=("total", "subscales", "missing"))
    by_id = {i.link_id: i for i in items}
    missing = _missing(f, sc.get("missing"), by_id)
    total = None
    if "total" in sc:
        total = _spec(f, sc["total"], "scoring.total", by_id, missing, is_total=True)
    subscales: list[ScoreSpec] = []
    if "subscales" in sc:
        for k, entry in enumerate(f.list(sc["subscales"], "scoring.subscales")):
            path = join("scoring.subscales", k)
            spec = _spec(f, entry, path, by_id, missing, is_total=False)
            if spec.id == "total" or any(s.id == spec.id for s in subscales):
                raise f.fail(join(path, "id"), "duplicate_id",
                             f"subscale id '{spec.id}' is used twice (or is the reserved 'total')",
                             f"하위척도 id '{spec.id}'가 중복되거나 예약어 'total'입니다")
            if "bands" in entry:
                spec = replace(spec, bands=band_set(f, entry["bands"], join(path, "bands"), spec,
                                                     need_class=False))
            subscales.append(spec)
    if total is None and not subscales:
        raise f.fail("scoring", "missing_field", "needs a total or at least one subscale",
                     "total 또는 하위척도(subscales)가 하나 이상 있어야 합니다")
    return total, tuple(subscales), missing


def _scored_item(f: Fields, link: Any, path: str, by_id: Mapping[str, Item]) -> str:
    link = f.string(link, path)
    item = by_id.get(link)
    if item is None:
        raise f.fail(path, "unknown_item", f"names no item of this form ('{link}')",
                     f"이 검사지에 없는 문항입니다 ('{link}')")
    if item.type != "choice" or not item.scored:
        raise f.fail(path, "not_scored", f"'{link}' is not a scored item",
                     f"'{link}'는 채점하는 문항이 아닙니다")
    return link


def _missing(f: Fields, value: Any, by_id: Mapping[str, Item]) -> MissingRule:
    if value is None:
        return MissingRule()
    m = f.mapping(value, "scoring.missing", optional=("method", "max_missing", "required"))
    method = f.choice(m.get("method", "none"), "scoring.missing.method", ("none", "prorate"),
                      code="unknown_method")
    max_missing = f.integer(m.get("max_missing", 0), "scoring.missing.max_missing", minimum=0)
    if method == "none" and max_missing:
        raise f.fail("scoring.missing.max_missing", "bad_value", "needs method: prorate",
                     "method: prorate 일 때만 쓸 수 있습니다")
    required = tuple(_scored_item(f, v, join("scoring.missing.required", k), by_id)
                     for k, v in enumerate(f.list(m.get("required", []), "scoring.missing.required",
                                                  non_empty=False)))
    return MissingRule(method=method, max_missing=max_missing, required=required)


def _spec(f: Fields, value: Any, path: str, by_id: Mapping[str, Item], missing: MissingRule,
          is_total: bool) -> ScoreSpec:
    if is_total:
        m = f.mapping(value, path, required=("method",), optional=("items", "rescale", "round"))
        spec_id, title = "total", None
    else:
        m = f.mapping(value, path, required=("id", "method", "items"),
                      optional=("title", "rescale", "round", "bands", "max_missing"))
        spec_id = f.string(m["id"], join(path, "id"), r"[A-Za-z][A-Za-z0-9_]*",
                           ("must be letters, digits and _", "영문자, 숫자, _ 만 쓸 수 있습니다"))
        title = f.text(m["title"], join(path, "title")) if "title" in m else None
    method = f.choice(m["method"], join(path, "method"), ("sum", "mean"), code="unknown_method")
    if "items" in m:
        links = [_scored_item(f, v, join(join(path, "items"), k), by_id)
                 for k, v in enumerate(f.list(m["items"], join(path, "items")))]
        if len(set(links)) != len(links):
            raise f.fail(join(path, "items"), "duplicate_link_id", "lists an item twice",
                         "같은 문항이 두 번 들어 있습니다")
    else:
        links = [i.link_id for i in by_id.values() if i.type == "choice" and i.scored]
        if not links:
            raise f.fail(path, "bad_value", "the form has no scored item", "채점하는 문항이 없습니다")
    if is_total:
        max_missing = missing.max_missing
        mm_path = "scoring.missing.max_missing"
    else:
        mm_path = join(path, "max_missing")
        max_missing = f.integer(m.get("max_missing", 0), mm_path, minimum=0)
        if max_missing and missing.method != "prorate":
            raise f.fail(mm_path, "bad_value", "needs scoring.missing.method: prorate",
                         "scoring.missing.method: prorate 일 때만 쓸 수 있습니다")
    if max_missing >= len(links):
        raise f.fail(mm_path, "bad_value", "must be smaller than the number of items scored",
                     "채점 문항 수보다 작아야 합니다")
    rescale = None
    if "rescale" in m:
        rm = f.mapping(m["rescale"], join(path, "rescale"), required=("min", "max"))
        r_lo = f.number(rm["min"], join(path, "rescale.min"))
        r_hi = f.number(rm["max"], join(path, "rescale.max"))
        if r_lo >= r_hi:
            raise f.fail(join(path, "rescale.max"), "bad_value", "must be greater than rescale.min",
                         "rescale.min보다 커야 합니다")
        rescale = (r_lo, r_hi)
    round_ = None
    if method == "mean" or rescale is not None:
        round_ = DEFAULT_ROUND
    if "round" in m:
        if round_ is None:
            raise f.fail(join(path, "round"), "bad_value",
                         "only applies to a mean or a rescaled score (a plain sum is a whole number)",
                         "평균이나 환산 점수에만 쓸 수 있습니다 (단순 합계는 정수입니다)")
        round_ = f.integer(m["round"], join(path, "round"), minimum=0)
        if round_ > 6:
            raise f.fail(join(path, "round"), "bad_value", "must be at most 6", "6 이하여야 합니다")
    items = [by_id[link] for link in links]
    if rescale is not None:
        lo, hi = rescale
    elif method == "sum":
        lo, hi = sum(i.min_value for i in items), sum(i.max_value for i in items)
    else:
        lo, hi = min(i.min_value for i in items), max(i.max_value for i in items)
    return ScoreSpec(id=spec_id, title=title, method=method, items=tuple(links),
                     max_missing=max_missing, rescale=rescale, round=round_, lo=lo, hi=hi)


def _check_kind(f: Fields, kind: str, top: Mapping, total: ScoreSpec | None,
                profile_list: tuple[Profile, ...]) -> None:
    has_bands = total is not None and total.bands is not None
    if kind == "survey":
        for key in ("bands", "profiles"):
            if key in top:
                raise f.fail(key, "bad_value",
                             "a survey is not classified into normal / watch / high_risk",
                             "설문(survey)은 정상군/관심군/고위험군으로 분류하지 않습니다")
        return
    if has_bands and profile_list:
        raise f.fail("profiles", "bad_value", "give bands for the total or profiles, not both",
                     "총점 구간(bands)과 프로파일(profiles) 중 하나만 써야 합니다")
    if not has_bands and not profile_list:
        raise f.fail("bands", "missing_field",
                     "a screening form needs bands on its total (or profiles when it has no total) "
                     "to map scores onto normal / watch / high_risk",
                     "검사지는 총점 구간(bands) 또는 총점이 없을 때 프로파일(profiles)이 있어야 "
                     "정상군/관심군/고위험군을 정할 수 있습니다")
    if profile_list and total is not None:
        raise f.fail("profiles", "bad_value", "profiles are for forms without a total; use bands",
                     "프로파일은 총점이 없는 검사지에 씁니다; bands를 쓰세요")
