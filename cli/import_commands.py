"""`maumdesk import clients|services FILE …`: records from the old program's spreadsheets.

Exit codes: 0 every row is importable (or already imported) and, without --dry-run, written;
1 rows were refused (listed; nothing written unless --skip-bad) or the file cannot be used;
2 a usage error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .commands import _common, _open

TEXTS = {
    "dry_run": ("시험 실행: 아무것도 저장하지 않았습니다.", "Dry run: nothing was saved."),
    "written": ("가져왔습니다 (가져오기 #{id}).", "Imported (import #{id})."),
    "nothing_new": ("새로 가져올 행이 없습니다. 아무것도 저장하지 않았습니다.", "No new rows. Nothing was saved."),
    "refused": ("가져올 수 없는 행이 있어 아무것도 저장하지 않았습니다. 파일을 고치거나 --skip-bad 로 나머지만 가져오세요.",
                "Some rows cannot be imported, so nothing was saved. Fix the file, or use --skip-bad to import the rest."),
    "partial": ("가져올 수 있는 행만 가져왔습니다 (가져오기 #{id}); 위의 행은 빠졌습니다.",
                "Imported the good rows only (import #{id}); the rows above were left out."),
    "progress": ("{done:,}행 확인…", "{done:,} rows checked…"),
}


def _t(key: str, lang: str, **kw) -> str:
    ko, en = TEXTS[key]
    return (ko if lang == "ko" else en).format(**kw)


def _progress_printer(lang: str):
    def progress(done: int, total: int) -> None:
        if done % 10_000 == 0 or done == total:
            print(_t("progress", lang, done=done), file=sys.stderr, end="\n" if done == total else "\r", flush=True)
    return progress


def cmd_import(args, lang) -> int:
    from storage import importing  # noqa: PLC0415
    mapping = importing.read_mapping_file(args.mapping) if args.mapping else None
    options = importing.Options(historical_totals=args.historical_totals)
    progress = _progress_printer(lang) if sys.stderr.isatty() else None
    with _open(args, lang) as vault:
        common = dict(mapping=mapping, source=args.source, sheet=args.sheet, header_row=args.header_row,
                      options=options, progress=progress)
        if args.dry_run:
            report = importing.dry_run(vault, args.what, args.file, **common)
        else:
            report = importing.run_import(vault, args.what, args.file, skip_bad=args.skip_bad, **common)
    limit = None if args.all_rows else 500
    for line in report.summary_lines(lang, max_issues=limit):
        print(line)
    if args.dry_run:
        print(_t("dry_run", lang))
    elif report.written:
        print(_t("partial" if report.issues else "written", lang, id=report.import_id))
    elif report.issues:
        print(_t("refused", lang))
    else:
        print(_t("nothing_new", lang))
    return 1 if report.issues else 0


def register(sub) -> None:
    p = sub.add_parser("import", help="이전 프로그램 자료 가져오기 / import the old program's records (CSV, XLSX)")
    p.add_argument("what", choices=("clients", "services"), help="clients: 내담자 / services: 상담·검진·프로그램·연계")
    p.add_argument("file", type=Path, help="FILE.csv | .xlsx (UTF-8 or CP949)")
    _common(p)
    p.add_argument("--mapping", type=Path, help="열 연결 파일 / column mapping (.json, .yaml): {their heading: our column}")
    p.add_argument("--source", help="자료 출처 이름; 연결을 저장·재사용 / source name: the mapping is saved and reused")
    p.add_argument("--dry-run", action="store_true", help="확인만, 저장 안 함 / check only, write nothing")
    p.add_argument("--skip-bad", action="store_true", help="잘못된 행을 빼고 가져오기 / import the good rows, list the rest")
    p.add_argument("--sheet", help="XLSX 시트 이름 / sheet name (default: the first)")
    p.add_argument("--header-row", type=int, default=1, help="제목 행 번호 / heading row number (default 1)")
    p.add_argument("--historical-totals", action="store_true",
                   help="과거 총점만 있는 PHQ-9 등도 가져오기(안전 문항 확인 없음) / accept past totals of forms that "
                        "need item answers (no safety-item check)")
    p.add_argument("--all-rows", action="store_true", help="잘못된 행을 모두 표시 / list every refused row (default: 500)")
    p.add_argument("--lang", choices=("ko", "en"), default=argparse.SUPPRESS, help="메시지 언어 / message language")
    p.set_defaults(handler=cmd_import)
