"""`maumdesk forms ...`: list, show, score and check form definitions from the command line.

``register(subparsers)`` adds the ``forms`` command to the app's argparse parser; the handler
returns the exit code: 0 ok, 1 a problem the user can fix (bad answers, bad file), 2 usage.
``main(argv)`` runs the command alone (used by tests).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

from .errors import AnswerError, FormError
from .loader import WORDING_SUFFIX, load_definition
from .model import RISK_CLASS_LABELS, Definition, ScoreSpec
from .registry import Registry, builtin_registry, center_registry
from .result import ScaleScore, ScoreResult
from .scoring import score
from .wording import load_wording

WORDS = {
    "ko": {
        "total": "총점", "band": "판정", "subscales": "하위척도", "flags": "경고",
        "missing": "미응답 문항", "incomplete": "미완성: 응답이 부족해 판정하지 않았습니다",
        "prorated": "누락 문항 보정", "answered": "응답", "class": "분류",
        "safety": "안전", "clinical": "임상", "notice": "확인",
        "screening": "검사", "survey": "설문", "scoring_only": "채점 전용(문구 미제공)",
        "license": "라이선스", "source": "출처", "notes": "비고", "items": "문항",
        "unscored": "채점 안 함", "reverse": "역채점", "no_wording": "문구 미제공",
        "scoring": "채점", "sum": "합계", "mean": "평균", "range": "범위", "bands": "판정 구간",
        "flag_rules": "경고 규칙", "versions": "버전", "max_missing": "누락 허용",
        "required": "반드시 응답", "entered": "직접 입력한 점수",
        "ok": "정상", "items_n": "문항", "sex": "성별", "wording_ok": "문구 파일 정상",
    },
    "en": {
        "total": "Total", "band": "Band", "subscales": "Subscales", "flags": "Flags",
        "missing": "Unanswered items", "incomplete": "Incomplete: too few answers to classify",
        "prorated": "prorated for missing items", "answered": "answered", "class": "Class",
        "safety": "safety", "clinical": "clinical", "notice": "notice",
        "screening": "screening", "survey": "survey", "scoring_only": "scoring only (no wording)",
        "license": "License", "source": "Source", "notes": "Notes", "items": "Items",
        "unscored": "not scored", "reverse": "reverse-scored", "no_wording": "wording not shipped",
        "scoring": "Scoring", "sum": "sum", "mean": "mean", "range": "range", "bands": "Bands",
        "flag_rules": "Flag rules", "versions": "Versions", "max_missing": "missing allowed",
        "required": "must be answered", "entered": "scores entered directly",
        "ok": "OK", "items_n": "items", "sex": "sex", "wording_ok": "wording file OK",
    },
}


def register(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("forms", help="screening forms: list, show, score, check",
                                   description="Screening questionnaires and surveys.")
    parser.set_defaults(handler=handle, forms_parser=parser)
    sub = parser.add_subparsers(dest="forms_command", metavar="COMMAND")

    def common(p: argparse.ArgumentParser, with_dir: bool = True) -> None:
        # SUPPRESS: `maumdesk --lang en forms …` sets it too, and a default here would override it.
        p.add_argument("--lang", choices=("ko", "en"), default=argparse.SUPPRESS, help="output language")
        if with_dir:
            p.add_argument("--dir", metavar="FOLDER",
                           help="the center's forms folder (own forms and wording overlays)")

    p = sub.add_parser("list", help="list the available forms")
    p.add_argument("--all", action="store_true", help="every version, not only the newest")
    common(p)
    p = sub.add_parser("show", help="show one form's items, scoring and bands")
    p.add_argument("form_id", metavar="ID")
    p.add_argument("--version")
    common(p)
    p = sub.add_parser("score", help="score answers or entered totals")
    p.add_argument("form_id", metavar="ID")
    given = p.add_mutually_exclusive_group(required=True)
    given.add_argument("--answers", help="values in item order, e.g. 1,0,2,,3 (empty or - for "
                                         "unanswered), or linkId=value pairs")
    given.add_argument("--totals", help="entered scores, e.g. total=15 or EE=30,DP=5,PA=35")
    p.add_argument("--sex", choices=("F", "M", "f", "m"), help="needed when bands depend on sex")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--version")
    common(p)
    p = sub.add_parser("check", help="validate a definition (or <id>.wording.yaml) file")
    p.add_argument("path", metavar="PATH")
    common(p)
    return parser


def handle(args: argparse.Namespace, lang: str | None = None) -> int:
    command = getattr(args, "forms_command", None)
    if command is None:
        args.forms_parser.print_usage(sys.stderr)
        return 2
    lang = getattr(args, "lang", None) or lang or "ko"
    try:
        return COMMANDS[command](args, WORDS[lang], lang)
    except FormError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="maumdesk")
    register(parser.add_subparsers(dest="command"))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error, 0 after --help
        return exc.code if isinstance(exc.code, int) else 2
    if not hasattr(args, "handler"):
        parser.print_usage(sys.stderr)
        return 2
    return args.handler(args)


def _registry(args: argparse.Namespace) -> Registry:
    return center_registry(args.dir) if args.dir else builtin_registry()


# -- list / show -------------------------------------------------------------------------------

def _list(args: argparse.Namespace, w: dict, lang: str) -> int:
    for d in _registry(args).list(all_versions=args.all):
        tags = [w[d.kind]] + ([w["scoring_only"]] if not d.has_wording else [])
        print(f"{d.id:<14} {d.version:<6} {d.title.get(lang)}  [{', '.join(tags)}]")
    return 0


def _show(args: argparse.Namespace, w: dict, lang: str) -> int:
    registry = _registry(args)
    d = registry.get(args.form_id, args.version)
    out = [f"{d.title.get(lang)} ({d.id} v{d.version})",
           f"{w['versions']}: {', '.join(registry.versions(d.id))}",
           f"{w['license']}: {d.license}", f"{w['source']}: {d.source}"]
    if d.notes:
        out.append(f"{w['notes']}: {d.notes}")
    if d.instructions:
        out.append(d.instructions.get(lang))
    out.append(f"{w['items']}:")
    for item in d.items:
        tags = ([w["unscored"]] if item.type == "choice" and not item.scored else []) + (
            [w["reverse"]] if item.reverse else [])
        text = item.text.get(lang) if item.text else f"({w['no_wording']})"
        out.append(f"  {item.link_id}: {text}" + (f" [{', '.join(tags)}]" if tags else ""))
        if item.options:
            out.append("      " + " / ".join(
                f"{o.value}" + (f" {o.label.get(lang)}" if o.label else "") for o in item.options))
    out.append(f"{w['scoring']}:")
    for spec in ([d.total] if d.total else []) + list(d.subscales):
        out.extend(_describe_spec(spec, d, w, lang))
    if d.profiles:
        out.append(f"{w['bands']}:")
        for p in d.profiles:
            out.append(f"  {p.id}: {p.label.get(lang)} -> {RISK_CLASS_LABELS[p.risk_class][lang]}")
    if d.flags:
        out.append(f"{w['flag_rules']}:")
        for rule in d.flags:
            out.append(f"  {rule.id} [{w[rule.kind]}]: {rule.message.get(lang)}")
    print("\n".join(out))
    return 0


def _describe_spec(spec: ScoreSpec, d: Definition, w: dict, lang: str) -> list[str]:
    name = w["total"] if spec.id == "total" else f"{spec.id}" + (
        f" {spec.title.get(lang)}" if spec.title else "")
    lo, hi = spec.lo, spec.hi
    line = f"  {name}: {w[spec.method]}, {w['range']} {lo}-{hi}"
    if spec.max_missing:
        line += f", {w['max_missing']} {spec.max_missing}"
    required = [r for r in d.missing.required if r in spec.items]
    if required:
        line += f", {w['required']}: {', '.join(required)}"
    out = [line]
    if spec.bands is not None:
        for sex in (sorted(spec.bands.by_sex) or [None]):
            prefix = f"    [{w['sex']} {sex}] " if sex else "    "
            for b in spec.bands.bands_for(sex):
                cls = f" -> {RISK_CLASS_LABELS[b.risk_class][lang]}" if b.risk_class else ""
                out.append(f"{prefix}{b.min}-{b.max} {b.label.get(lang)}{cls}")
    return out


# -- score -------------------------------------------------------------------------------------

def _score(args: argparse.Namespace, w: dict, lang: str) -> int:
    d = _registry(args).get(args.form_id, args.version)
    if args.totals is not None:
        result = score(d, sex=args.sex, totals=_parse_totals(args.totals))
    else:
        result = score(d, _parse_answers(args.answers), sex=args.sex)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(_render(result, d, w, lang))
    return 0


def _number(token: str, position: str) -> int | float:
    try:
        return float(token) if "." in token else int(token)
    except ValueError:
        raise AnswerError("not_integer", f"{position}: not a number.",
                          f"{position}: 숫자가 아닙니다.") from None


def _parse_answers(text: str) -> dict[str, Any] | list[Any]:
    tokens = [t.strip() for t in text.split(",")]
    if any("=" in t for t in tokens):
        pairs = {}
        for t in tokens:
            key, _, value = t.partition("=")
            pairs[key.strip()] = None if value.strip() in ("", "-") else _whole(value.strip(), key.strip())
        return pairs
    return [None if t in ("", "-") else _whole(t, f"#{i}") for i, t in enumerate(tokens, start=1)]


def _whole(token: str, position: str) -> int:
    try:
        return int(token)
    except ValueError:
        raise AnswerError("not_integer", f"Answer {position}: not a whole number.",
                          f"{position} 응답: 정수가 아닙니다.") from None


def _parse_totals(text: str) -> dict[str, int | float]:
    totals = {}
    for t in text.split(","):
        key, sep, value = t.partition("=")
        if not sep:
            raise AnswerError("bad_totals", "Write totals as name=value, e.g. total=15.",
                              "총점은 이름=값 형식으로 쓰세요 (예: total=15).")
        totals[key.strip()] = _number(value.strip(), key.strip())
    return totals


def _render(r: ScoreResult, d: Definition, w: dict, lang: str) -> str:
    out = [f"{d.title.get(lang)} ({r.form_id} v{r.form_version})"]
    if r.source == "totals":
        out.append(f"({w['entered']})")
    if r.total is not None:
        out.append(f"{w['total']}: {_value(r.total, len(d.total.items), w)}")
    for sid, s in r.subscales.items():
        spec = d.subscale(sid)
        title = f" {spec.title.get(lang)}" if spec.title else ""
        band = f" — {s.band.label.get(lang)}" if s.band else ""
        out.append(f"  {sid}{title}: {_value(s, len(spec.items), w)}{band}")
    if r.band is not None:
        cls = f" — {RISK_CLASS_LABELS[r.band.risk_class][lang]}" if r.band.risk_class else ""
        out.append(f"{w['band']}: {r.band.label.get(lang)}{cls}")
    elif not r.complete:
        out.append(w["incomplete"])
    if r.risk_class and (r.band is None or r.band.risk_class != r.risk_class):
        out.append(f"{w['class']}: {RISK_CLASS_LABELS[r.risk_class][lang]}")
    for f in r.flags:
        out.append(f"{w['flags']} [{w[f.kind]}]: {f.message.get(lang)}")
    if r.missing:
        out.append(f"{w['missing']}: {', '.join(r.missing)}")
    return "\n".join(out)


def _value(s: ScaleScore, n_items: int, w: dict) -> str:
    if s.value is None:
        return "-"
    if s.prorated:
        return f"{s.value} ({w['prorated']}: {w['answered']} {s.answered}/{n_items})"
    return str(s.value)


# -- check -------------------------------------------------------------------------------------

def _check(args: argparse.Namespace, w: dict, lang: str) -> int:
    path = Path(args.path)
    if path.name.endswith(WORDING_SUFFIX):
        form_id = path.name[: -len(WORDING_SUFFIX)]
        d = load_wording(_registry(args).get(form_id), path)
        print(f"{w['ok']}: {path.name}: {w['wording_ok']} ({d.id} v{d.version})")
        return 0
    d = load_definition(path)
    # A center form must not reuse the (id, version) of a built-in one.
    builtin_registry().with_definitions([d])
    print(f"{w['ok']}: {path.name}: {d.id} v{d.version}, {len(d.items)} {w['items_n']}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, dict, str], int]] = {
    "list": _list, "show": _show, "score": _score, "check": _check,
}
