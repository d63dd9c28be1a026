"""`maumdesk report …`, `maumdesk export city …` and `maumdesk city merge …`."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from storage.errors import NotFound, StorageError

from .commands import _common, _open
from .secrets_input import ask

TEXTS = {
    "purpose": ("용도(감사 기록에 남습니다)", "Purpose (kept in the audit log)"),
    "no_purpose": ("내보내기 용도를 --purpose 로 적어 주세요(개인정보 안전성 확보조치 기준).",
                   "Give the purpose of the export with --purpose (required by the personal-information safety rules)."),
    "written": ("저장했습니다: {path}", "Written: {path}"),
    "merged": ("{n}개 파일을 합산했습니다: {path}", "Added up {n} files: {path}"),
    "bad_period": ("기간이 올바르지 않습니다: {detail}", "The period is not valid: {detail}"),
}


def _t(key: str, lang: str, **kw) -> str:
    ko, en = TEXTS[key]
    return (ko if lang == "ko" else en).format(**kw)


def _purpose(args, lang) -> str:
    if args.purpose and args.purpose.strip():
        return args.purpose.strip()
    if sys.stdin.isatty():
        answer = input(_t("purpose", lang) + ": ").strip()
        if answer:
            return answer
    raise ValueError(_t("no_purpose", lang))


def _site_id(store, name: str | None) -> int | None:
    if not name:
        return None
    for site in store.sites.sites(include_inactive=True):
        if site.name == name or str(site.id) == name:
            return site.id
    raise NotFound(what=f"site {name}")


def _period(args, lang):
    from reports.period import Period
    try:
        if args.kind == "monthly":
            return Period.month(args.month or "")
        if args.kind == "yearly":
            return Period.year(int(args.year))
        return Period.range(args.from_date, args.to_date)
    except (TypeError, ValueError) as exc:
        raise ValueError(_t("bad_period", lang, detail=exc)) from None


def cmd_report(args, lang) -> int:
    from reports.render import render
    from reports.usage import build_usage_report
    period = _period(args, lang)
    purpose = _purpose(args, lang)
    password = os.environ.get("MAUMDESK_PDF_PASSWORD") if args.encrypt else None
    if args.encrypt and not password:
        password = ask("MAUMDESK_PDF_PASSWORD", "new_password", lang, confirm=True)
    store = _store(args, lang)
    try:
        site_id = _site_id(store, args.site)
        report = build_usage_report(store, period, site_id)
        out = render(report, args.out, lang=lang, password=password)
        store.audit.record_export(kind=f"report_{args.kind}", period=period.label_en, fmt=Path(args.out).suffix,
                                  file_name=Path(args.out).name, purpose=purpose, site=args.site)
    finally:
        store.close()
    print(_t("written", lang, path=out))
    return 0


def cmd_export_city(args, lang) -> int:
    from reports import city
    from reports.period import Period
    try:
        Period.month(args.month or "")
    except ValueError as exc:
        raise ValueError(_t("bad_period", lang, detail=exc)) from None
    purpose = _purpose(args, lang)
    store = _store(args, lang)
    try:
        try:
            export = city.build_city_export(store, args.month, _site_id(store, args.site), k=args.k)
            out = city.write_export(export, args.out)
        except city.CityExportError as exc:
            print(exc.message(lang), file=sys.stderr)
            return 1
        store.audit.record_export(kind="city_export", period=args.month, fmt=Path(args.out).suffix,
                                  file_name=Path(args.out).name, purpose=purpose, site=args.site)
    finally:
        store.close()
    print(_t("written", lang, path=out))
    return 0


def cmd_city_merge(args, lang) -> int:
    from reports import city
    try:
        out = city.merge_exports([Path(p) for p in args.files], Path(args.out))
    except city.CityExportError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    print(_t("merged", lang, n=len(args.files), path=out))
    return 0


def _store(args, lang):
    from storage.store import Store
    return Store(_open(args, lang))


def register(sub) -> None:
    p = sub.add_parser("report", help="이용 실적 보고서 / usage report (PDF, XLSX, CSV, JSON)")
    p.add_argument("kind", choices=("monthly", "yearly", "range"))
    _common(p)
    p.add_argument("--month", help="YYYY-MM (monthly)")
    p.add_argument("--year", help="YYYY (yearly)")
    p.add_argument("--from", dest="from_date", help="YYYY-MM-DD (range)")
    p.add_argument("--to", dest="to_date", help="YYYY-MM-DD (range)")
    p.add_argument("--site", help="지점 이름 / site name (default: all sites)")
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf | .xlsx | .csv | .json")
    p.add_argument("--purpose", help="용도 / purpose (audit log)")
    p.add_argument("--encrypt", action="store_true", help="PDF 비밀번호 / password-protect the PDF "
                                                          "(MAUMDESK_PDF_PASSWORD or a prompt)")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("export", help="시 제출용 익명 통계 / the city's anonymized export")
    what = p.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    q = what.add_parser("city", help="월별 익명 집계 / monthly anonymized counts")
    _common(q)
    q.add_argument("--month", required=True, help="YYYY-MM")
    q.add_argument("--site", help="지점 / site (default: the whole center)")
    q.add_argument("--k", type=int, help="최소 칸 크기 / smallest published cell (default: the center setting, 5)")
    q.add_argument("--out", required=True, type=Path, help="FILE.csv | .xlsx | .json")
    q.add_argument("--purpose", help="용도 / purpose (audit log)")
    q.set_defaults(handler=cmd_export_city)

    p = sub.add_parser("city", help="시 담당자용 / for the city")
    what = p.add_subparsers(dest="city_what", metavar="WHAT", required=True)
    q = what.add_parser("merge", help="여러 센터·지점 파일 합산 / add up many export files")
    q.add_argument("files", nargs="+", type=Path)
    q.add_argument("--out", required=True, type=Path)
    q.set_defaults(handler=cmd_city_merge)
