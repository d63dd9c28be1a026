"""`maumdesk --self-test`: does this installation (source tree or PyInstaller bundle) have what
it needs? Run by the IT person after installing, by the installer build's smoke test, and by CI.

Checks, each independent of the others (one failing does not hide the rest):

- font: the bundled NanumGothic loads in Qt and in ReportLab and has Hangul glyphs;
- translations: the Korean .qm loads and a known string translates;
- forms: every built-in instrument loads, and PHQ-9 scores a known answer sheet correctly;
- database: a throw-away encrypted database is created (all migrations), unlocked, refuses a
  wrong password, and verifies (page HMACs, structure, audit chain, key slots);
- PDF: a one-page PDF with the embedded Korean font is written and read back;
- holidays: the holidays package gives 2026's 추석 in Korean and English (its translation files
  are data a bundle must carry).

Everything is written to one temporary folder, deleted at the end; no client data, no user
settings, nothing in the user-data folder. The database uses a cheap key-derivation cost passed
explicitly: it is a self-test, not anyone's database. Exit 0 when all pass, 1 naming what failed.
"""
from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

# A known string of the Korean translation (desktop/login_dialog.py's window title).
KNOWN_CONTEXT = "LoginDialog"
KNOWN_SOURCE = "Maumdesk — log in"
KNOWN_KOREAN = "마음데스크 — 로그인"

# PHQ-9 answer sheets with their published scores (Kroenke et al. 2001: bands 5/10/15/20; item 9
# at 1 or more raises the safety flag).
PHQ9_CASES = (
    ((1, 2, 1, 2, 1, 2, 1, 2, 0), 12, "moderate", "watch", False),
    ((3, 3, 3, 3, 3, 3, 3, 3, 3), 27, "severe", "high_risk", True),
)

WORDS = {
    "title": ("마음데스크 {version} 자체 검사", "Maumdesk {version} self-test"),
    "from_bundle": ("설치본: {path}", "installed bundle: {path}"),
    "from_source": ("소스: {path}", "source tree: {path}"),
    "ok": ("통과", "OK"),
    "fail": ("실패", "FAIL"),
    "seconds": ("{s:.2f}초", "{s:.2f} s"),
    "all_ok": ("자체 검사 통과: {n}개 항목 모두 정상입니다.", "Self-test passed: all {n} checks are sound."),
    "failed": ("자체 검사 실패 ({bad}/{n}): {names}", "Self-test failed ({bad} of {n}): {names}"),
    "font": ("글꼴 (Qt, ReportLab)", "font (Qt, ReportLab)"),
    "translations": ("번역", "translations"),
    "forms": ("선별검사 양식", "forms"),
    "database": ("암호화 데이터베이스", "encrypted database"),
    "pdf": ("PDF", "PDF"),
    "holidays": ("공휴일", "public holidays"),
}


class Problem(Exception):
    """A check failed for a reason it can name in both languages."""

    def __init__(self, ko: str, en: str) -> None:
        super().__init__(en)
        self.ko, self.en = ko, en

    def text(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


def _w(key: str, lang: str, **params) -> str:
    ko, en = WORDS[key]
    return (ko if lang == "ko" else en).format(**params)


def _need_file(path: Path, what_ko: str, what_en: str) -> Path:
    if not path.is_file() or path.stat().st_size == 0:
        raise Problem(f"{what_ko} 파일이 없거나 비어 있습니다: {path}", f"{what_en} is missing or empty: {path}")
    return path


# --- Qt ----------------------------------------------------------------------------------------
_app = None  # keep the QApplication alive while the checks use it


def _qt_app():
    """The running QApplication, or a new one on the offscreen platform: the self-test shows
    no window, so it also works over a remote shell or on a machine with no display."""
    global _app
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([sys.argv[0] if sys.argv else "maumdesk"])
    _app = app
    return app


def check_font(tmp: Path) -> str:
    from resources import KOREAN_FONT, KOREAN_FONT_BOLD, resource_path
    paths = [_need_file(resource_path(*parts), "글꼴", "font file") for parts in (KOREAN_FONT, KOREAN_FONT_BOLD)]
    _need_file(resource_path("fonts", "OFL-NanumGothic.txt"), "글꼴 사용권(OFL)", "font licence (OFL)")

    _qt_app()
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
    families = []
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise Problem(f"Qt가 글꼴을 읽지 못했습니다: {path.name}", f"Qt could not load the font: {path.name}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    family = families[0] if families else ""
    if "Nanum" not in family:
        raise Problem(f"Qt 글꼴 이름이 예상과 다릅니다: {family!r}", f"unexpected Qt font family: {family!r}")
    if not QFontMetrics(QFont(family)).inFontUcs4(ord("한")):
        raise Problem("Qt 글꼴에 한글 글리프가 없습니다", "the Qt font has no Hangul glyph")

    from reportlab.pdfbase.ttfonts import TTFont
    for path in paths:
        try:
            face = TTFont("MaumdeskSelfTest", str(path)).face
        except Exception as exc:  # noqa: BLE001 (ReportLab raises several kinds)
            raise Problem(f"ReportLab이 글꼴을 읽지 못했습니다: {path.name} ({exc})",
                          f"ReportLab could not load the font: {path.name} ({exc})") from None
        if ord("한") not in face.charToGlyph:
            raise Problem(f"ReportLab 글꼴에 한글 글리프가 없습니다: {path.name}",
                          f"the ReportLab font has no Hangul glyph: {path.name}")
    return f"{family} ({', '.join(p.name for p in paths)})"


def check_translations(tmp: Path) -> str:
    from resources import resource_path
    qm = _need_file(resource_path("i18n", "maumdesk_ko.qm"), "번역(.qm)", "translation (.qm)")
    _qt_app()
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise Problem(f"Qt가 번역 파일을 읽지 못했습니다: {qm.name}", f"Qt could not load the translation: {qm.name}")
    got = translator.translate(KNOWN_CONTEXT, KNOWN_SOURCE)
    if got != KNOWN_KOREAN:
        raise Problem(f"'{KNOWN_SOURCE}'의 번역이 {got!r}입니다 ({KNOWN_KOREAN!r}이어야 함)",
                      f"'{KNOWN_SOURCE}' translates to {got!r}, expected {KNOWN_KOREAN!r}")
    return f"{qm.name}: '{KNOWN_SOURCE}' → '{got}'"


def check_forms(tmp: Path) -> str:
    # Read afresh (not the cached builtin_registry()): the files as they are in this installation.
    from forms.loader import load_builtin_definitions
    from forms.registry import Registry
    from forms.scoring import score
    definitions = load_builtin_definitions()
    if not definitions:
        raise Problem("기본 양식 정의(forms/definitions/*.yaml)를 찾지 못했습니다",
                      "no built-in form definitions found (forms/definitions/*.yaml)")
    registry = Registry(definitions)
    if "phq9" not in registry:
        raise Problem("PHQ-9 정의가 없습니다", "the PHQ-9 definition is missing")
    phq9 = registry.get("phq9")
    for values, total, band, risk, safety in PHQ9_CASES:
        result = score(phq9, {f"phq9_{i}": v for i, v in enumerate(values, start=1)})
        got = (result.total.value if result.total else None, result.band.id if result.band else None,
               result.risk_class, result.has_safety_flag)
        if got != (total, band, risk, safety) or not result.complete:
            raise Problem(f"PHQ-9 채점 오류: {values} → {got} ({(total, band, risk, safety)}이어야 함)",
                          f"PHQ-9 scored wrongly: {values} → {got}, expected {(total, band, risk, safety)}")
    return f"{len(registry)}: {', '.join(sorted(d.id for d in registry.list()))}; PHQ-9 12→moderate, 27→severe+safety"


def check_database(tmp: Path) -> str:
    from storage import migrate
    from storage.errors import WrongPassword
    from storage.kdf import KdfCost
    from storage.vault import Vault
    if migrate.LATEST < 1:
        raise Problem("스키마 마이그레이션(storage/migrations/*.sql)을 찾지 못했습니다",
                      "no schema migrations found (storage/migrations/*.sql)")
    cheap = KdfCost(iterations=1, lanes=1, memory_kib=8 * 1024)  # a throw-away database: cheap on purpose
    path = tmp / "self-test.db"
    password = secrets.token_urlsafe(16)
    vault, _recovery = Vault.create(path, admin_login="selftest", admin_password=password,
                                    center_name="자체 검사", kdf=cheap, workstation="self-test")
    vault.close()
    with open(path, "rb") as handle:
        if handle.read(16) == b"SQLite format 3\x00":
            raise Problem("데이터베이스 파일이 암호화되지 않았습니다", "the database file is not encrypted")
    try:
        Vault.unlock(path, "selftest", password + "x", workstation="self-test").close()
    except WrongPassword:
        pass
    else:
        raise Problem("틀린 비밀번호로 열렸습니다", "a wrong password opened the database")
    vault = Vault.unlock(path, "selftest", password, workstation="self-test")
    try:
        version = int(vault.conn.execute("PRAGMA user_version").fetchone()[0])
        cipher = vault.conn.execute("PRAGMA cipher_version").fetchone()
        problems = vault.verify()
    finally:
        vault.close()
    if version != migrate.LATEST:
        raise Problem(f"스키마 버전 {version} (최신 {migrate.LATEST}이어야 함)",
                      f"schema version {version}, expected {migrate.LATEST}")
    if problems:
        raise Problem("검증 실패: " + "; ".join(problems), "verification failed: " + "; ".join(problems))
    from storage.sqlite_tuning import disable_memory_statistics
    # Informational: off lets the report's two threads run side by side (storage/sqlite_tuning.py).
    statistics = "memory statistics off" if disable_memory_statistics() else "memory statistics on (slower reports)"
    return f"SQLCipher {cipher[0] if cipher else '?'}, schema v{version}, {statistics}"


def check_pdf(tmp: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from reports.pdf import FONT, FONT_BOLD, register_fonts
    register_fonts()
    path = tmp / "self-test.pdf"
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
    head = ParagraphStyle("head", body, fontName=FONT_BOLD, fontSize=14, leading=18)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Maumdesk self-test", creator="Maumdesk")
    doc.build([Paragraph("마음데스크 자체 검사 / Maumdesk self-test", head),
               Paragraph("한글 글꼴이 포함된 한 쪽짜리 PDF입니다. 내담자 정보는 없습니다.", body),
               Table([["항목", "값"], ["상담", "12"], ["선별검사", "34"]], style=[("FONT", (0, 0), (-1, -1), FONT)])])
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-"):
        raise Problem("PDF 파일이 비었거나 PDF가 아닙니다", "the PDF file is empty or not a PDF")
    if b"NanumGothic" not in data:
        raise Problem("PDF에 한글 글꼴이 포함되지 않았습니다", "the Korean font is not embedded in the PDF")
    import pikepdf  # the same library that encrypts report PDFs: its native part must load too
    with pikepdf.open(path) as pdf:
        pages = len(pdf.pages)
    if pages != 1:
        raise Problem(f"PDF가 {pages}쪽입니다 (1쪽이어야 함)", f"the PDF has {pages} pages, expected 1")
    return f"1 page, {len(data):,} bytes, NanumGothic embedded"


def check_holidays(tmp: Path) -> str:
    from datetime import date

    from storage.holidays import library_version, public_holidays
    found = public_holidays(date(2026, 9, 25), date(2026, 9, 26)).get(date(2026, 9, 25))
    got = (found.name_ko, found.name_en) if found else None
    if got != ("추석", "Chuseok"):
        raise Problem(f"2026-09-25가 {got!r}입니다 (추석이어야 함)", f"2026-09-25 is {got!r}, expected Chuseok")
    return f"holidays {library_version()}: 2026-09-25 {got[0]} / {got[1]}"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("font", check_font),
    ("translations", check_translations),
    ("forms", check_forms),
    ("database", check_database),
    ("pdf", check_pdf),
    ("holidays", check_holidays),
]


def _describe(exc: BaseException, lang: str) -> str:
    if isinstance(exc, Problem):
        return exc.text(lang)
    message = getattr(exc, "message", None)
    if callable(message):  # StorageError and FormError speak both languages
        try:
            return str(message(lang))
        except Exception:  # noqa: BLE001
            pass
    return f"{type(exc).__name__}: {exc}"


def run(lang: str = "ko", out=None, err=None) -> int:
    """Run every check; print one line each. Returns 0 when all pass, 1 otherwise."""
    out = out or sys.stdout
    err = err or sys.stderr
    lang = "en" if lang == "en" else "ko"
    from . import __version__
    print(_w("title", lang, version=__version__.VERSION), file=out)
    frozen = getattr(sys, "_MEIPASS", None)
    where = _w("from_bundle", lang, path=frozen) if frozen else _w("from_source", lang,
                                                                  path=Path(__file__).resolve().parent.parent)
    print(f"  {where}", file=out)
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="maumdesk-selftest-", ignore_cleanup_errors=True) as folder:
        tmp = Path(folder)
        for key, check in CHECKS:
            started = time.perf_counter()
            try:
                detail = check(tmp)
                status = _w("ok", lang)
            except Exception as exc:  # noqa: BLE001 (every failure is reported, none stops the rest)
                detail = _describe(exc, lang)
                status = _w("fail", lang)
                failed.append(_w(key, lang))
            took = _w("seconds", lang, s=time.perf_counter() - started)
            print(f"  [{status}] {_w(key, lang)}: {detail} ({took})", file=out)
            out.flush()
    if failed:
        print(_w("failed", lang, bad=len(failed), n=len(CHECKS), names=", ".join(failed)), file=err)
        return 1
    print(_w("all_ok", lang, n=len(CHECKS)), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MAUMDESK_LANG", "ko")))
