"""What a dry run or an import tells the user: counts, refused rows with reasons, skipped rows.

Row numbers are the ones the user sees in Excel: the heading row is row 1 (or ``header_row``),
the first data row below it is the next number. Reasons are codes with a Korean and an English
sentence; a reason may show the cell's value only for non-identifying columns (a date, a
service, a counselor's name, a client code), never a client's name, phone, e-mail or department.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# code -> (Korean, English). Parameters: value, lo, hi, first, computed, allowed, detail.
REASONS: dict[str, tuple[str, str]] = {
    "missing_value": ("필수 값이 비어 있습니다", "a required value is missing"),
    "bad_date": ("날짜를 읽을 수 없습니다 ('{value}'; 예: 2024-03-05, 2024.3.5, 24.03.05, 2024년 3월 5일)",
                 "cannot read the date ('{value}'; e.g. 2024-03-05, 2024.3.5, 24.03.05, 2024년 3월 5일)"),
    "future_date": ("미래의 날짜입니다 ('{value}')", "the date is in the future ('{value}')"),
    "old_date": ("너무 오래된 날짜입니다 ('{value}'; 1990년 이후)", "the date is too old ('{value}'; 1990 or later)"),
    "bad_time": ("시간을 읽을 수 없습니다 ('{value}'; 예: 14:00, 오후 2:30)",
                 "cannot read the time ('{value}'; e.g. 14:00, 2:30 PM)"),
    "bad_number": ("숫자가 아닙니다 ('{value}')", "not a number ('{value}')"),
    "out_of_range": ("{lo}~{hi} 사이여야 합니다 ('{value}')", "must be between {lo} and {hi} ('{value}')"),
    "too_long": ("{hi}자 이내여야 합니다", "at most {hi} characters"),
    "unknown_service": ("알 수 없는 서비스입니다 ('{value}'; 가능: {allowed})",
                        "unknown service ('{value}'; one of: {allowed})"),
    "unknown_method": ("알 수 없는 상담 방법입니다 ('{value}'; 가능: {allowed})",
                       "unknown method ('{value}'; one of: {allowed})"),
    "unknown_counselor": ("등록된 직원이 아닙니다 ('{value}'); 로그인이나 이름으로 적거나, "
                          "퇴사한 상담사는 계정을 만든 뒤 비활성화하세요",
                          "no such staff account ('{value}'); write the login or the name, or create (then deactivate) "
                          "an account for a counselor who has left"),
    "ambiguous_counselor": ("같은 이름의 직원이 여럿입니다 ('{value}'); 로그인으로 적으세요",
                            "several staff have this name ('{value}'); write the login"),
    "unknown_site": ("등록된 지점이 아닙니다 ('{value}'; 가능: {allowed})", "unknown site ('{value}'; one of: {allowed})"),
    "unknown_client": ("등록되지 않은 내담자 번호입니다 ('{value}'); 내담자 파일을 먼저 가져오세요",
                       "unknown client code ('{value}'); import the clients file first"),
    "bad_client_code": ("내담자 번호는 영문·숫자·- 3~20자입니다 ('{value}')",
                        "the client code is 3-20 letters, digits or - ('{value}')"),
    "client_exists": ("이미 등록된 내담자 번호입니다 ('{value}')", "the client code is already in use ('{value}')"),
    "unknown_sex": ("성별은 남/여 (M/F)로 적으세요 ('{value}')", "sex must be 남/여 or M/F ('{value}')"),
    "unknown_job_group": ("알 수 없는 직군입니다 ('{value}'; 가능: {allowed})", "unknown job group ('{value}'; one of: {allowed})"),
    "unknown_status": ("상태는 active/inactive (활성/비활성)입니다 ('{value}')",
                       "status must be active/inactive ('{value}')"),
    "unknown_instrument": ("알 수 없는 검사입니다 ('{value}'; 가능: {allowed})",
                           "unknown instrument ('{value}'; one of: {allowed})"),
    "no_score": ("검사 점수가 없습니다: 총점(total)이나 문항 응답(item1, item2 …)을 넣으세요",
                 "no score: give the total or the item answers (item1, item2 …)"),
    "score": ("점수를 계산할 수 없습니다: {detail}", "the score cannot be computed: {detail}"),
    "totals_not_accepted": ("{value} 검사는 문항 응답이 필요합니다(안전 문항). 과거 총점만 있으면 "
                            "--historical-totals 로 가져오세요(안전 문항 확인 없이 판정만 계산)",
                            "{value} needs the item answers (a safety item). For past totals only, import with "
                            "--historical-totals (class from the total, no safety-item check)"),
    "total_mismatch": ("총점({value})이 문항 응답으로 계산한 점수({computed})와 다릅니다",
                       "the total ({value}) differs from the score of the item answers ({computed})"),
    "unknown_category": ("알 수 없는 프로그램 분류입니다 ('{value}'; 가능: {allowed})",
                         "unknown program category ('{value}'; one of: {allowed})"),
    "client_or_headcount": ("프로그램 행에는 내담자 번호나 인원(headcount)이 있어야 합니다",
                            "a program row needs a client code or a head-count"),
    "unknown_referral_kind": ("알 수 없는 연계 구분입니다 ('{value}'; 가능: {allowed})",
                              "unknown referral destination kind ('{value}'; one of: {allowed})"),
    "unknown_outcome": ("알 수 없는 연계 결과입니다 ('{value}'; 가능: {allowed})",
                        "unknown referral outcome ('{value}'; one of: {allowed})"),
    "duplicate": ("파일 안의 {first}행과 같은 내용입니다", "the same as row {first} of this file"),
    "duplicate_attendance": ("같은 회기에 같은 내담자가 {first}행에도 있습니다",
                             "the same client attends the same program session in row {first} too"),
    "already_imported": ("이미 가져온 행입니다(건너뜀)", "already imported (skipped)"),
    "already_recorded": ("이미 기록된 출석입니다(건너뜀)", "attendance already recorded (skipped)"),
}

# Reasons that skip a row without refusing it: the data is already in the database.
SKIP_REASONS = ("already_imported", "already_recorded")


def reason_text(code: str, lang: str, params: dict) -> str:
    ko, en = REASONS.get(code, (code, code))
    template = ko if lang == "ko" else en
    if f"detail_{lang}" in params:   # a message of the forms engine, in both languages
        params = {**params, "detail": params[f"detail_{lang}"]}
    elif "detail_en" in params:
        params = {**params, "detail": params["detail_en"]}
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column as Excel shows it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class RowIssue:
    """One reason a row cannot be imported (or is skipped)."""

    row: int                    # as Excel shows it
    code: str                   # a key of REASONS
    column: str | None = None   # our column name (e.g. "date"); None for the whole row
    heading: str | None = None  # the file's heading of that column
    letter: str | None = None   # the file's column letter (A, B, …)
    params: dict = field(default_factory=dict)

    @property
    def skipped(self) -> bool:
        return self.code in SKIP_REASONS

    def message(self, lang: str = "ko") -> str:
        return reason_text(self.code, lang, self.params)

    def where(self, lang: str = "ko") -> str:
        """'12행 C열 상담일(date)' / 'row 12, column C 상담일 (date)'."""
        if lang == "ko":
            out = f"{self.row}행"
            if self.letter:
                out += f" {self.letter}열"
        else:
            out = f"row {self.row}"
            if self.letter:
                out += f", column {self.letter}"
        if self.heading and self.column and self.heading != self.column:
            out += f" {self.heading} ({self.column})"
        elif self.heading or self.column:
            out += f" {self.heading or self.column}"
        return out

    def to_dict(self) -> dict:
        return {"row": self.row, "code": self.code, "column": self.column, "heading": self.heading,
                "letter": self.letter, "params": dict(self.params),
                "ko": self.message("ko"), "en": self.message("en")}


# Count keys, in the order they are shown, with their labels.
COUNT_LABELS: dict[str, tuple[str, str]] = {
    "clients": ("내담자", "clients"),
    "sessions": ("상담(연인원)", "counseling sessions (person-visits)"),
    "sessions_individual": ("  개인상담", "  individual"),
    "sessions_group": ("  집단상담(구성원별 1건)", "  group (one per member)"),
    "sessions_family": ("  가족상담", "  family"),
    "group_sessions": ("집단상담 회기", "group sessions held"),
    "screenings": ("심리검진(검사지별 1건)", "screenings (one per questionnaire)"),
    "followups": ("안전 확인 요청(위험 문항)", "safety follow-ups (flagged items)"),
    "followups_open": ("  그중 열린 상태", "  of which left open"),
    "programs": ("새 프로그램", "new programs"),
    "program_sessions": ("새 프로그램 회기", "new program sessions"),
    "attendance": ("프로그램 출석(명단)", "program attendance (named)"),
    "headcount": ("프로그램 인원(명단 없음)", "program head-count (no names)"),
    "referrals": ("연계", "referrals"),
}


@dataclass
class ImportReport:
    """The result of ``dry_run`` or ``run_import`` (the same shape for both)."""

    kind: str                               # clients | services
    file_name: str
    sha256: str
    file_format: str                        # csv | xlsx
    encoding: str | None                    # for CSV: utf-8, utf-8-sig, cp949, utf-16
    sheet: str | None                       # for XLSX
    source: str
    dry_run: bool
    skip_bad: bool = False
    columns: dict[str, str] = field(default_factory=dict)   # their heading -> our column
    ignored: list[str] = field(default_factory=list)        # their headings not used
    notes: list[tuple[str, str]] = field(default_factory=list)   # (ko, en) remarks about the file
    rows_read: int = 0                      # data rows with anything in them
    rows_ok: int = 0                        # rows that are (or would be) imported
    counts: dict[str, int] = field(default_factory=dict)
    issues: list[RowIssue] = field(default_factory=list)    # refused rows' reasons (several per row possible)
    skipped: list[RowIssue] = field(default_factory=list)   # already imported / recorded
    written: bool = False
    import_id: int | None = None
    cancelled: bool = False

    @property
    def refused_rows(self) -> list[int]:
        return sorted({i.row for i in self.issues})

    @property
    def rows_refused(self) -> int:
        return len({i.row for i in self.issues})

    @property
    def rows_skipped(self) -> int:
        return len({i.row for i in self.skipped})

    @property
    def ok(self) -> bool:
        """Every row is importable (or already imported)."""
        return not self.issues

    def to_dict(self) -> dict:
        return {"kind": self.kind, "file_name": self.file_name, "sha256": self.sha256, "format": self.file_format,
                "encoding": self.encoding, "sheet": self.sheet, "source": self.source, "dry_run": self.dry_run,
                "skip_bad": self.skip_bad, "columns": dict(self.columns), "ignored": list(self.ignored),
                "rows_read": self.rows_read, "rows_ok": self.rows_ok, "rows_refused": self.rows_refused,
                "rows_skipped": self.rows_skipped, "counts": dict(self.counts),
                "issues": [i.to_dict() for i in self.issues], "skipped": [i.to_dict() for i in self.skipped],
                "written": self.written, "import_id": self.import_id}

    def summary_lines(self, lang: str = "ko", *, max_issues: int | None = None) -> list[str]:
        """The text the CLI prints (and a wizard may show as-is)."""
        ko = lang == "ko"
        out = []
        what = f"{self.file_name} ({self.file_format}" + (f", {self.encoding}" if self.encoding else "") + \
            (f", {self.sheet}" if self.sheet else "") + ")"
        out.append(("파일: " if ko else "File: ") + what)
        if self.columns:
            pairs = ", ".join(f"{h} → {c}" if h != c else c for h, c in self.columns.items())
            out.append(("열: " if ko else "Columns: ") + pairs)
        if self.ignored:
            out.append(("쓰지 않는 열: " if ko else "Columns not used: ") + ", ".join(self.ignored))
        for note_ko, note_en in self.notes:
            out.append(("참고: " if ko else "Note: ") + (note_ko if ko else note_en))
        if ko:
            out.append(f"읽은 행 {self.rows_read:,}, 가져올 수 있는 행 {self.rows_ok:,}, "
                       f"가져올 수 없는 행 {self.rows_refused:,}, 이미 가져온 행 {self.rows_skipped:,}")
        else:
            out.append(f"Rows read {self.rows_read:,}; importable {self.rows_ok:,}; refused {self.rows_refused:,};"
                       f" already imported {self.rows_skipped:,}")
        head = ("만들어질 기록:" if self.dry_run or not self.written else "만든 기록:") if ko else \
            ("Would create:" if self.dry_run or not self.written else "Created:")
        out.append(head)
        for key, (label_ko, label_en) in COUNT_LABELS.items():
            if key in self.counts and (self.counts[key] or not key.startswith(("sessions_", "followups_"))):
                out.append(f"  {label_ko if ko else label_en}: {self.counts[key]:,}")
        if self.issues:
            out.append("가져올 수 없는 행:" if ko else "Rows that cannot be imported:")
            shown = self.issues if max_issues is None else self.issues[:max_issues]
            for issue in shown:
                out.append(f"  {issue.where(lang)}: {issue.message(lang)}")
            if len(shown) < len(self.issues):
                rest = len(self.issues) - len(shown)
                out.append(f"  … 그 밖에 {rest:,}건" if ko else f"  … and {rest:,} more")
        if self.skipped:
            by_code: dict[str, list[int]] = {}
            for issue in self.skipped:
                by_code.setdefault(issue.code, []).append(issue.row)
            for code, rows in by_code.items():
                out.append(f"{reason_text(code, lang, {})}: " + (f"{len(rows):,}행 " if ko else f"{len(rows):,} rows ")
                           + "(" + row_ranges(rows) + ")")
        return out


def row_ranges(rows: list[int], limit: int = 12) -> str:
    """[2, 3, 4, 7] -> '2-4, 7' (at most ``limit`` ranges, then '…')."""
    rows = sorted(set(rows))
    ranges: list[tuple[int, int]] = []
    for r in rows:
        if ranges and r == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], r)
        else:
            ranges.append((r, r))
    parts = [f"{a}" if a == b else f"{a}-{b}" for a, b in ranges[:limit]]
    if len(ranges) > limit:
        parts.append("…")
    return ", ".join(parts)
