"""The usage report as titled tables: the ONE place where figures become rows and headings.

PDF, XLSX and CSV all render these tables, so a heading or a note is written once. Cells hold
numbers as numbers (int/float) or None (no figure, e.g. no plan target); formatting is the
renderers' job, guided by each column's kind:

- ``text``  a label
- ``int``   a count (thousands separators)
- ``pct``   a percentage given in percent units (4.8 means 4.8 %)
- ``chg``   a change in percent units, shown with its sign (+4.8 %, -2.1 %)
- ``krw``   an amount in won (thousands separators)
- ``dec1``  a decimal shown with one digit (hours)
- ``dec2``  a decimal shown with two digits (satisfaction means on a 5-point scale)
"""
from __future__ import annotations

import calendar
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from functools import lru_cache

from storage import vocabulary as V
from storage.records import SATISFACTION_ITEMS
from storage.repos.statistics import AGE_BANDS, LINES

from .usage import UsageReport

KINDS = ("text", "int", "pct", "chg", "krw", "dec1", "dec2")


@dataclass
class Table:
    id: str
    title: str
    headers: list[str]
    rows: list[list]
    notes: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)   # one per column, see the module doc
    total_row: bool = False                           # the last row is a total (shown bold)

    def __post_init__(self) -> None:
        if not self.kinds:
            self.kinds = ["text"] + ["int"] * (len(self.headers) - 1)
        assert len(self.kinds) == len(self.headers), (self.id, self.kinds, self.headers)
        assert all(k in KINDS for k in self.kinds), self.kinds
        for row in self.rows:
            assert len(row) == len(self.headers), (self.id, row)


# --- words -----------------------------------------------------------------------------------
AGE_BAND_LABELS = {
    "20s_or_less": ("20대 이하", "20s or younger"),
    "30s": ("30대", "30s"),
    "40s": ("40대", "40s"),
    "50s": ("50대", "50s"),
    "60s_plus": ("60대 이상", "60s or older"),
}
SATISFACTION_LABELS = {
    "usefulness": ("유익성", "Usefulness"),
    "comfort": ("편안함", "Comfort"),
    "participation": ("참여 만족도", "Participation"),
    "suitability": ("적합성", "Suitability"),
    "recommend": ("권유의사", "Would recommend"),
    "revisit": ("재방문 의사", "Would return"),
    "environment": ("환경 만족도", "Environment"),
}
PROBLEM_GROUPS = {
    "work": ("직무", "Work"),
    "personal": ("개인", "Personal"),
    "family": ("가족", "Family"),
    "crisis": ("위기", "Crisis"),
}
RISK_COLUMNS = ("normal", "watch", "high_risk", "incomplete")
RISK_LABELS = {**V.RISK_CLASSES, "incomplete": ("미완료", "Incomplete")}
NEW_CONTINUING = {"new": ("신규", "New"), "continuing": ("계속", "Continuing")}

# Every other word of the reports (also used by the PDF and XLSX renderers).
WORDS = {
    "app": ("마음데스크", "Maumdesk"),
    "confidential": ("대외비 — 개인을 식별할 수 있는 정보 없음 · 마음데스크",
                     "Confidential — no personally identifying information · Maumdesk"),
    "confidential_notice": (
        "이 보고서는 센터 내부용 대외비 문서입니다. 집계된 건수와 상담사 이름만 담고 있으며 내담자를 "
        "식별할 수 있는 정보는 포함하지 않습니다. 센터 밖(시청·인사 부서 등)에 제출할 때에는 익명화된 "
        "시 보고용 자료(소규모 칸 숨김)를 사용하십시오.",
        "This report is an internal, confidential document of the center. It holds counts and the "
        "counselors' names only, no information that identifies a client. For anything sent outside "
        "the center (the city, HR), use the anonymized city export (small cells suppressed)."),
    "report_month": ("월간 이용 현황 보고서", "Monthly usage report"),
    "report_year": ("연간 이용 현황 보고서", "Annual usage report"),
    "report_range": ("이용 현황 보고서", "Usage report"),
    "all_sites": ("전체", "All sites"),
    "site": ("기관(사이트)", "Site"),
    "period": ("기간", "Period"),
    "generated": ("작성", "Generated"),
    "generated_by": ("작성자", "By"),
    "summary": ("요약", "Summary"),
    "details": ("세부 현황", "Details"),
    "charts": ("추이와 분포", "Trend and distribution"),
    "total": ("합계", "Total"),
    "item": ("구분", "Item"),
    "visits": ("연인원", "Person-visits"),
    "persons": ("실인원", "Distinct persons"),
    "share": ("비율", "Share"),
    "ly_visits": ("전년 동기 연인원", "Last year visits"),
    "ly_persons": ("전년 동기 실인원", "Last year persons"),
    "change": ("전년 대비 증감률", "Change vs last year"),
    "ytd_visits": ("연간 누계 연인원", "Year-to-date visits"),
    "lytd_visits": ("전년 누계 연인원", "Last year to date: person-visits"),
    "target": ("연간 목표(계획)", "Annual target"),
    "target_pct": ("목표 대비", "% of target"),
    "sessions_n": ("회기(연인원)", "Sessions (person-visits)"),
    "hours": ("상담 시간(시간)", "Counseling hours"),
    "counselor": ("상담사", "Counselor"),
    "problem_group": ("영역", "Area"),
    "problem": ("주호소", "Presenting problem"),
    "sex": ("성별", "Sex"),
    "age_band": ("연령대", "Age band"),
    "job_group": ("직군", "Job group"),
    "instrument": ("검사", "Instrument"),
    "screen_total": ("계", "Total"),
    "screen_class": ("종합 판정", "Overall class"),
    "flagged_pct": ("관심·고위험 비율", "Watch + high risk"),
    "category": ("분류", "Category"),
    "prog_sessions": ("운영 회기", "Sessions held"),
    "named_visits": ("명단 참석", "Named attendance"),
    "headcount": ("익명 인원", "Anonymous head-count"),
    "total_visits": ("연인원 계", "Person-visits, total"),
    "count": ("건수", "Count"),
    "of_raised": ("발생 대비", "Of raised"),
    "destination": ("연계처", "Destination"),
    "referrals_n": ("연계 건수", "Referrals"),
    "cost": ("치료비 지원(원)", "Treatment cost support (KRW)"),
    "median_days": ("대기일 중앙값(일)", "Median days waited"),
    "sat_item": ("문항", "Item"),
    "sat_mean": ("평균 점수(5점 만점)", "Mean (of 5)"),
    "responses": ("응답 수", "Responses"),
    "mean": ("평균", "Mean"),
    "month": ("월", "Month"),
    "unknown": ("미상", "Unknown"),
    "page": ("쪽", "page"),
}

TITLES = {
    "summary": ("1. 서비스별 이용 현황", "1. Usage by service line"),
    "counseling_kinds": ("2. 상담 유형별", "2. Counseling by kind"),
    "counseling_methods": ("3. 상담 방법별", "3. Counseling by method"),
    "counselors": ("4. 상담사별", "4. Counseling by counselor"),
    "problems": ("5. 주호소 문제별", "5. Counseling by presenting problem"),
    "new_continuing": ("6. 신규·계속 이용자", "6. New and continuing clients"),
    "sex": ("7. 성별", "7. By sex"),
    "age_band": ("8. 연령대별", "8. By age band"),
    "job_group": ("9. 직군별", "9. By job group"),
    "screening": ("10. 심리검진 결과 분포", "10. Screening results by class"),
    "screened_persons": ("10-1. 심리검진 수검자 판정별(실인원)", "10-1. Persons screened by overall class"),
    "programs": ("11. 심리안정 프로그램", "11. Programs by category"),
    "followups": ("12. 안전 후속조치", "12. Safety follow-ups"),
    "referrals": ("13. 지정클리닉 등 연계", "13. Referrals"),
    "waitlist": ("13-1. 대기자", "13-1. Waitlist"),
    "satisfaction": ("14. 만족도 조사", "14. Satisfaction survey"),
    "trend": ("15. 월별 연인원 추이", "15. Person-visits by month"),
}

NOTES = {
    "persons_not_additive": (
        "실인원은 기간 전체에서 중복 없이 센 수이며 월별 합계와 다를 수 있습니다.",
        "Distinct persons are counted once over the whole period and may differ from the sum of months."),
    "total_persons": (
        "합계의 실인원은 여러 서비스를 이용한 사람을 한 번만 센 수이므로 서비스별 실인원의 합보다 작을 수 있습니다.",
        "The total of distinct persons counts a person using several services once, so it can be "
        "smaller than the sum of the lines."),
    "headcount_in_visits": (
        "심리안정 프로그램 연인원에는 명단 없이 센 익명 참석 인원 {n}명이 포함되며, 익명 인원은 실인원에 포함되지 않습니다.",
        "Program person-visits include {n} anonymous head-count attendances, which are not in distinct persons."),
    "ytd": ("연간 누계는 {year}년 1월 1일부터 기간 말일까지입니다. 목표 대비는 누계 연인원 ÷ 연간 목표입니다.",
            "Year to date runs from 1 January {year} to the end of the period; of target = year-to-date "
            "person-visits ÷ annual target."),
    "group_persons": (
        "실인원 합계는 전체 상담의 실인원입니다. 한 사람이 여러 유형을 이용하면 각 유형에 모두 셉니다.",
        "The total of persons is counseling's distinct persons; a person in several kinds is in each."),
    "counselor_persons": (
        "한 내담자가 여러 상담사를 만나면 각 상담사에 모두 포함되므로 합계의 실인원은 상담사별 합과 다를 수 있습니다. "
        "상담사 이름은 센터 내부용입니다.",
        "A client seen by several counselors is counted for each, so the total of persons can differ "
        "from the sum. Counselors' names are for internal use."),
    "problems": ("사례의 주 호소 문제(1순위) 기준으로 센 상담 회기입니다. 실인원은 문제별로 중복될 수 있어 합계를 내지 않습니다.",
                 "Counseling sessions counted by the case's primary presenting problem. Persons may appear "
                 "under several problems, so they are not totalled."),
    "new_continuing": ("신규: 기간 안에 처음 서비스를 받은 사람. 계속: 그 전에도 이용한 사람.",
                       "New: first service ever within the period. Continuing: used a service before."),
    "demographics": ("명단이 있는 서비스만 셉니다(익명 참석 인원 제외). 연령은 기간 말 연도 기준입니다.",
                     "Named services only (anonymous head-counts excluded); age as of the period's end year."),
    "screening": ("검사지 1건이 연인원 1입니다(한 번 방문에 여러 검사를 하면 각각 셉니다).",
                  "Each questionnaire taken is one person-visit (a visit with several questionnaires counts each)."),
    "programs": ("익명 인원은 명단 없이 센 참석 인원(찾아가는 프로그램·캠페인 등)으로 연인원에는 포함되고 실인원에는 포함되지 않습니다.",
                 "Anonymous head-counts (outreach, campaigns) are in person-visits, never in distinct persons."),
    "followups": ("현재 미종결은 보고서 작성 시점의 전체 미종결 건수입니다(기간과 무관).",
                  "Open now is the number of open follow-ups when the report was made (any period)."),
    "referrals": ("치료비 지원은 연계 건에 기록된 지원 금액의 합계(원)입니다.",
                  "Cost support is the sum of the support amounts recorded on the referrals (KRW)."),
    "waitlist": ("기간 말 대기는 기간 말일까지 등록되고 그날까지 예약·배정·취소되지 않은 항목입니다. "
                 "첫 상담까지의 대기일은 대기자 명단에서 예약된 사람이 예약일 이후 처음 상담을 받은 날까지이며, "
                 "그 첫 상담이 기간 안에 있었던 사람만 셉니다(예약일이 아니라 실제 첫 회기 기준).",
                 "Waiting at the end: entries added by the period's last day and not booked, placed or withdrawn "
                 "by then. Days to the first session run from the entry to the first counseling session on or "
                 "after its booking, for people whose first session fell in the period (the session held, not "
                 "the booking)."),
    "total_distinct": ("합계의 실인원은 한 사람을 한 번만 센 수이므로 각 행의 합과 다를 수 있습니다.",
                       "The total of distinct persons counts each person once and can differ from the sum of rows."),
    "screened_persons": ("한 사람이 기간 중 여러 검사를 받았으면 가장 높은 종합 판정으로 한 번만 셉니다.",
                         "A person screened several times in the period is counted once, at the highest overall class."),
    "satisfaction_none": ("기간 안에 응답이 없습니다.", "No responses in the period."),
    "satisfaction": ("5점 척도(1 = 매우 그렇지 않다, 5 = 매우 그렇다) 평균입니다.",
                     "Means on a 5-point scale (1 = strongly disagree, 5 = strongly agree)."),
    "trend": ("월별 연인원은 더할 수 있습니다. 프로그램에는 익명 참석 인원이 포함됩니다.",
              "Monthly person-visits add up; programs include anonymous head-counts."),
}


def _pick(pair, lang: str) -> str:
    return pair[0] if lang == "ko" else pair[1]


def word(key: str, lang: str = "ko") -> str:
    return _pick(WORDS[key], lang)


def note(key: str, lang: str = "ko", **kw) -> str:
    return _pick(NOTES[key], lang).format(**kw)


def label_of(vocab: dict, code, lang: str = "ko") -> str:
    if code is None:
        return word("unknown", lang)
    entry = vocab.get(code)
    return _pick(entry, lang) if entry else str(code)


@lru_cache(maxsize=256)
def instrument_title(instrument_id: str, lang: str = "ko") -> str:
    """The questionnaire's title from the built-in forms; its id when unknown (a center's own form)."""
    try:
        from forms import builtin_registry
        return builtin_registry().get(instrument_id).title.get(lang)
    except Exception:  # noqa: BLE001 - an unknown or broken definition must not stop a report
        return instrument_id


def instrument_short(instrument_id: str, lang: str = "ko") -> str:
    """A short label for charts: 'PHQ-9' out of 'PHQ-9 우울 선별검사'."""
    title = instrument_title(instrument_id, lang)
    first = title.split(" ")[0]
    if first.isascii() and len(first) >= 2:
        return first
    return title if len(title) <= 12 else title[:11] + "…"


def report_title(report: UsageReport, lang: str = "ko") -> str:
    kind = report.period.get("kind")
    return word({"month": "report_month", "year": "report_year"}.get(kind, "report_range"), lang)


def period_label(report: UsageReport, lang: str = "ko") -> str:
    return report.period["label_ko"] if lang == "ko" else report.period["label_en"]


def site_label(report: UsageReport, lang: str = "ko") -> str:
    return report.site or word("all_sites", lang)


def trend_months(report: UsageReport) -> list[str]:
    """The 12 months ending with the period's last month (months without data included)."""
    end = date.fromisoformat(report.period["end"])
    y, m = end.year, end.month
    out = []
    for _ in range(12):
        out.append(f"{y}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def pct(part, whole) -> float | None:
    return round(part * 100.0 / whole, 1) if whole else None


def change_pct(now, before) -> float | None:
    return round((now - before) * 100.0 / before, 1) if before else None


# --- the tables ------------------------------------------------------------------------------
def _ordered(data: dict, vocab_order) -> list:
    """Codes of ``data`` in the vocabulary's order, unknown codes after (sorted)."""
    known = [c for c in vocab_order if c in data]
    rest = sorted((c for c in data if c not in vocab_order), key=lambda c: (c is None, str(c)))
    return known + rest


def _summary(r: UsageReport, lang: str) -> Table:
    is_year = r.period.get("kind") == "year"
    headers = [word("item", lang), word("visits", lang), word("persons", lang), word("ly_visits", lang),
               word("ly_persons", lang), word("change", lang)]
    kinds = ["text", "int", "int", "int", "int", "chg"]
    if not is_year:
        headers += [word("ytd_visits", lang)]
        kinds += ["int"]
    headers += [word("target", lang), word("target_pct", lang)]
    kinds += ["int", "pct"]
    rows = []
    targets = []
    for line in (*LINES, "total"):
        now = r.lines.get(line, {})
        before = r.last_year.get(line, {})
        visits, persons = now.get("visits", 0), now.get("persons", 0)
        change = now.get("change_vs_last_year", change_pct(visits, before.get("visits", 0)))
        ytd = r.year_to_date.get(line, {}).get("visits", 0)
        if line == "total":
            name = word("total", lang)
            target = sum(targets) if targets and None not in targets else None
            ytd_for_target = ytd
        else:
            name = label_of(V.SERVICE_LINES, line, lang)
            p = r.plan.get(line, {})
            target = p.get("target")
            targets.append(target)
            ytd_for_target = p.get("ytd", ytd)
        row = [name, visits, persons, before.get("visits", 0), before.get("persons", 0), change]
        if not is_year:
            row.append(ytd)
        row += [target, pct(ytd_for_target, target)]
        rows.append(row)
    notes = [note("total_persons", lang), note("persons_not_additive", lang)]
    headcount = r.lines.get("program", {}).get("headcount", 0)
    if headcount:
        notes.append(note("headcount_in_visits", lang, n=f"{headcount:,}"))
    if not is_year:
        notes.append(note("ytd", lang, year=r.period["end"][:4]))
    return Table("summary", _pick(TITLES["summary"], lang), headers, rows, notes, kinds, total_row=True)


def _visits_persons(tid: str, r: UsageReport, data: dict, vocab: dict, order, lang: str,
                    total_persons: int | None, notes: list[str], first_header: str) -> Table:
    codes = _ordered(data, order)
    total_visits = sum(data[c].get("visits", 0) for c in codes)
    rows = [[label_of(vocab, c, lang), data[c].get("visits", 0), data[c].get("persons", 0),
             pct(data[c].get("visits", 0), total_visits)] for c in codes]
    rows.append([word("total", lang), total_visits,
                 total_persons if total_persons is not None else sum(data[c].get("persons", 0) for c in codes),
                 100.0 if total_visits else None])
    headers = [first_header, word("visits", lang), word("persons", lang), word("share", lang) + f" ({word('visits', lang)})"]
    return Table(tid, _pick(TITLES[tid], lang), headers, rows, notes, ["text", "int", "int", "pct"], total_row=True)


def _counselors(r: UsageReport, lang: str) -> Table:
    rows = []
    for c in r.counselors:
        minutes = c.get("minutes") or 0
        rows.append([c.get("name") or c.get("login") or "?", c.get("visits", 0), c.get("persons", 0),
                     round(minutes / 60.0, 1)])
    minutes = sum(c.get("minutes") or 0 for c in r.counselors)
    rows.append([word("total", lang), sum(c.get("visits", 0) for c in r.counselors),
                 r.lines.get("counseling", {}).get("persons", 0), round(minutes / 60.0, 1)])
    headers = [word("counselor", lang), word("sessions_n", lang), word("persons", lang), word("hours", lang)]
    return Table("counselors", _pick(TITLES["counselors"], lang), headers, rows,
                 [note("counselor_persons", lang)], ["text", "int", "int", "dec1"], total_row=True)


def _problems(r: UsageReport, lang: str) -> Table:
    rows = []
    for p in r.problems:
        name = (p.get("name_ko") if lang == "ko" else p.get("name_en")) or p.get("code")
        rows.append([label_of(PROBLEM_GROUPS, p.get("group"), lang), name, p.get("visits", 0), p.get("persons", 0)])
    # a client may have cases with different problems: no total of distinct persons is made up here
    rows.append([word("total", lang), "", sum(p.get("visits", 0) for p in r.problems), None])
    headers = [word("problem_group", lang), word("problem", lang), word("visits", lang), word("persons", lang)]
    return Table("problems", _pick(TITLES["problems"], lang), headers, rows, [note("problems", lang)],
                 ["text", "text", "int", "int"], total_row=True)


def _new_continuing(r: UsageReport, lang: str) -> Table:
    data = r.new_and_continuing
    total = sum(data.get(k, 0) or 0 for k in NEW_CONTINUING)
    rows = [[label_of(NEW_CONTINUING, k, lang), data.get(k, 0) or 0, pct(data.get(k, 0) or 0, total)]
            for k in NEW_CONTINUING]
    rows.append([word("total", lang), total, 100.0 if total else None])
    headers = [word("item", lang), word("persons", lang), word("share", lang)]
    return Table("new_continuing", _pick(TITLES["new_continuing"], lang), headers, rows,
                 [note("new_continuing", lang)], ["text", "int", "pct"], total_row=True)


def _demographic(tid: str, r: UsageReport, vocab: dict, order, header_key: str, lang: str) -> Table:
    data = r.demographics.get(tid, {})
    codes = _ordered(data, order)
    total_persons = sum(data[c].get("persons", 0) for c in codes)
    rows = [[label_of(vocab, c, lang), data[c].get("visits", 0), data[c].get("persons", 0),
             pct(data[c].get("persons", 0), total_persons)] for c in codes]
    rows.append([word("total", lang), sum(data[c].get("visits", 0) for c in codes), total_persons,
                 100.0 if total_persons else None])
    headers = [word(header_key, lang), word("visits", lang), word("persons", lang),
               word("share", lang) + f" ({word('persons', lang)})"]
    return Table(tid, _pick(TITLES[tid], lang), headers, rows, [note("demographics", lang)],
                 ["text", "int", "int", "pct"], total_row=True)


def screening_columns(report: UsageReport) -> list[str]:
    """The risk classes shown: the three classes always, 'incomplete' only when there are any."""
    cols = ["normal", "watch", "high_risk"]
    extra = sorted({k for v in report.screening_bands.values() for k in v} - set(RISK_COLUMNS))
    if any(v.get("incomplete") for v in report.screening_bands.values()):
        cols.append("incomplete")
    return cols + extra


def _screening(r: UsageReport, lang: str) -> Table:
    cols = screening_columns(r)
    rows = []
    sums = [0] * len(cols)
    for inst in sorted(r.screening_bands, key=lambda i: instrument_title(i, lang)):
        counts = [r.screening_bands[inst].get(c, 0) or 0 for c in cols]
        sums = [a + b for a, b in zip(sums, counts)]
        n = sum(counts)
        flagged = (r.screening_bands[inst].get("watch", 0) or 0) + (r.screening_bands[inst].get("high_risk", 0) or 0)
        rows.append([instrument_title(inst, lang), *counts, n, pct(flagged, n)])
    n = sum(sums)
    flagged = sum(s for c, s in zip(cols, sums) if c in ("watch", "high_risk"))
    rows.append([word("total", lang), *sums, n, pct(flagged, n)])
    headers = [word("instrument", lang), *[label_of(RISK_LABELS, c, lang) for c in cols],
               word("screen_total", lang), word("flagged_pct", lang)]
    return Table("screening", _pick(TITLES["screening"], lang), headers, rows, [note("screening", lang)],
                 ["text", *["int"] * (len(cols) + 1), "pct"], total_row=True)


def screened_persons_columns(report: UsageReport) -> list[str]:
    data = report.screened_by_class or {}
    cols = ["normal", "watch", "high_risk"]
    if data.get("incomplete"):
        cols.append("incomplete")
    return cols + sorted(set(data) - set(RISK_COLUMNS))


def _screened_persons(r: UsageReport, lang: str) -> Table:
    data = r.screened_by_class or {}
    cols = screened_persons_columns(r)
    total = sum(data.get(c, 0) or 0 for c in cols)
    rows = [[label_of(RISK_LABELS, c, lang), data.get(c, 0) or 0, pct(data.get(c, 0) or 0, total)] for c in cols]
    rows.append([word("total", lang), total, 100.0 if total else None])
    headers = [word("screen_class", lang), word("persons", lang), word("share", lang)]
    return Table("screened_persons", _pick(TITLES["screened_persons"], lang), headers, rows,
                 [note("screened_persons", lang)], ["text", "int", "pct"], total_row=True)


def _programs(r: UsageReport, lang: str) -> Table:
    data = r.programs
    codes = _ordered(data, list(V.PROGRAM_CATEGORIES))
    fields = ("sessions", "named_visits", "headcount", "visits")
    rows = [[label_of(V.PROGRAM_CATEGORIES, c, lang), *[data[c].get(f, 0) for f in fields], data[c].get("persons", 0)]
            for c in codes]
    rows.append([word("total", lang), *[sum(data[c].get(f, 0) for c in codes) for f in fields],
                 r.lines.get("program", {}).get("persons", sum(data[c].get("persons", 0) for c in codes))])
    headers = [word("category", lang), word("prog_sessions", lang), word("named_visits", lang),
               word("headcount", lang), word("total_visits", lang), word("persons", lang)]
    return Table("programs", _pick(TITLES["programs"], lang), headers, rows,
                 [note("programs", lang), note("total_distinct", lang)],
                 ["text", "int", "int", "int", "int", "int"], total_row=True)


FOLLOWUP_ROWS = {
    "raised": ("기간 중 발생", "Raised in the period"),
    "closed": ("종결", "Closed"),
    "closed_within_1_day": ("1일 이내 종결", "Closed within 1 day"),
    "closed_within_7_days": ("7일 이내 종결", "Closed within 7 days"),
    "open_now": ("현재 미종결(작성 시점)", "Open now (at generation)"),
}


def _followups(r: UsageReport, lang: str) -> Table:
    f = r.followups
    raised = f.get("raised", 0) or 0
    rows = []
    for key, pair in FOLLOWUP_ROWS.items():
        n = f.get(key, 0) or 0
        share = None if key in ("raised", "open_now") else pct(n, raised)
        rows.append([_pick(pair, lang), n, share])
    headers = [word("item", lang), word("count", lang), word("of_raised", lang)]
    return Table("followups", _pick(TITLES["followups"], lang), headers, rows, [note("followups", lang)],
                 ["text", "int", "pct"])


def _referrals(r: UsageReport, lang: str) -> Table:
    data = r.referrals
    codes = _ordered(data, list(V.REFERRAL_KINDS))
    rows = [[label_of(V.REFERRAL_KINDS, c, lang), data[c].get("referrals", 0), data[c].get("persons", 0),
             data[c].get("cost_support_krw", 0) or 0] for c in codes]
    rows.append([word("total", lang), sum(data[c].get("referrals", 0) for c in codes),
                 r.lines.get("referral", {}).get("persons", sum(data[c].get("persons", 0) for c in codes)),
                 sum(data[c].get("cost_support_krw", 0) or 0 for c in codes)])
    headers = [word("destination", lang), word("referrals_n", lang), word("persons", lang), word("cost", lang)]
    return Table("referrals", _pick(TITLES["referrals"], lang), headers, rows,
                 [note("referrals", lang), note("total_distinct", lang)],
                 ["text", "int", "int", "krw"], total_row=True)


WAITLIST_ROWS = {
    "added": ("기간 중 등록", "Added in the period", None),
    "booked": ("상담 예약으로 전환", "Booked an appointment", "booked_median_days"),
    "first_session": ("첫 상담 실시 (기간 중)", "First session held (in the period)", "first_session_median_days"),
    "placed": ("프로그램 배정", "Placed in a program", "placed_median_days"),
    "withdrawn": ("대기 취소", "Withdrawn", "withdrawn_median_days"),
    "waiting_at_end": ("기간 말 대기", "Waiting at the period's end", "waiting_median_days"),
    "waiting_urgent_at_end": ("  그중 긴급", "  of them urgent", None),
}


def _waitlist(r: UsageReport, lang: str) -> Table:
    w = r.waitlist or {}
    rows = [[_pick(pair[:2], lang), w.get(key, 0) or 0, w.get(days) if days else None]
            for key, pair in WAITLIST_ROWS.items() for days in (pair[2],)]
    headers = [word("item", lang), word("count", lang), word("median_days", lang)]
    return Table("waitlist", _pick(TITLES["waitlist"], lang), headers, rows, [note("waitlist", lang)],
                 ["text", "int", "dec1"])


def _satisfaction(r: UsageReport, lang: str) -> Table:
    s = r.satisfaction or {}
    n = s.get("responses", 0) or 0
    items = s.get("items", {}) or {}
    rows = [[label_of(SATISFACTION_LABELS, i, lang), items.get(i), n] for i in SATISFACTION_ITEMS]
    rows.append([word("mean", lang), s.get("overall"), n])
    headers = [word("sat_item", lang), word("sat_mean", lang), word("responses", lang)]
    notes = [note("satisfaction", lang) if n else note("satisfaction_none", lang)]
    return Table("satisfaction", _pick(TITLES["satisfaction"], lang), headers, rows, notes,
                 ["text", "dec2", "int"], total_row=True)


def _trend(r: UsageReport, lang: str) -> Table:
    rows = []
    for month in trend_months(r):
        data = r.trend.get(month, {})
        values = [data.get(line, 0) or 0 for line in LINES]
        rows.append([month, *values, sum(values)])
    totals = [sum(row[i] for row in rows) for i in range(1, len(LINES) + 2)]
    rows.append([word("total", lang), *totals])
    headers = [word("month", lang), *[label_of(V.SERVICE_LINES, l, lang) for l in LINES], word("total", lang)]
    return Table("trend", _pick(TITLES["trend"], lang), headers, rows, [note("trend", lang)],
                 ["text", *["int"] * (len(LINES) + 1)], total_row=True)


def report_tables(report: UsageReport, lang: str = "ko") -> list[Table]:
    """Every table of the usage report, in the order of a center's monthly report."""
    lang = "en" if lang == "en" else "ko"
    r = as_report(report)
    counseling_persons = r.lines.get("counseling", {}).get("persons")
    group_note = [note("group_persons", lang)]
    return [
        _summary(r, lang),
        _visits_persons("counseling_kinds", r, r.counseling_kinds, V.SESSION_KINDS, list(V.SESSION_KINDS), lang,
                        counseling_persons, group_note, word("item", lang)),
        _visits_persons("counseling_methods", r, r.counseling_methods, V.METHODS, list(V.METHODS), lang,
                        counseling_persons, group_note, word("item", lang)),
        _counselors(r, lang),
        _problems(r, lang),
        _new_continuing(r, lang),
        _demographic("sex", r, V.SEXES, list(V.SEXES), "sex", lang),
        _demographic("age_band", r, AGE_BAND_LABELS, list(AGE_BANDS), "age_band", lang),
        _demographic("job_group", r, V.JOB_GROUPS, list(V.JOB_GROUPS), "job_group", lang),
        _screening(r, lang),
        _screened_persons(r, lang),
        _programs(r, lang),
        _followups(r, lang),
        _referrals(r, lang),
        _waitlist(r, lang),
        _satisfaction(r, lang),
        _trend(r, lang),
    ]


def as_report(report) -> UsageReport:
    """A UsageReport from itself or from its ``to_dict()`` (e.g. a saved JSON report)."""
    if isinstance(report, UsageReport):
        return report
    if isinstance(report, dict):
        # a report saved by an older or newer version: missing figures are empty, unknown ones ignored
        names = {f.name: f for f in fields(UsageReport)}
        data = {k: v for k, v in report.items() if k in names}
        for name, f in names.items():
            if name not in data and f.default is MISSING and f.default_factory is MISSING:
                data[name] = [] if name in ("counselors", "problems") else {}
        return UsageReport(**data)
    raise TypeError(f"not a usage report: {type(report).__name__}")


def summary_sentences(report: UsageReport, lang: str = "ko") -> list[str]:
    """One or two sentences written from the figures (for the summary page)."""
    r = as_report(report)
    total = r.lines.get("total", {})
    visits, persons = total.get("visits", 0), total.get("persons", 0)
    before = r.last_year.get("total", {}).get("visits", 0)
    change = change_pct(visits, before)
    period = period_label(r, lang)
    out = []
    if lang == "ko":
        s = f"{period} 이용은 연인원 {visits:,}명, 실인원 {persons:,}명입니다."
        if change is None:
            s += " 전년 같은 기간의 기록이 없어 비교하지 않았습니다."
        elif change > 0:
            s += f" 전년 같은 기간(연인원 {before:,}명)보다 {change:.1f}% 늘었습니다."
        elif change < 0:
            s += f" 전년 같은 기간(연인원 {before:,}명)보다 {abs(change):.1f}% 줄었습니다."
        else:
            s += f" 전년 같은 기간(연인원 {before:,}명)과 같습니다."
        out.append(s)
    else:
        s = f"For {period}: {visits:,} person-visits by {persons:,} distinct persons."
        if change is None:
            s += " There are no records for the same period last year to compare with."
        elif change > 0:
            s += f" That is {change:.1f}% more than the same period last year ({before:,})."
        elif change < 0:
            s += f" That is {abs(change):.1f}% fewer than the same period last year ({before:,})."
        else:
            s += f" The same as the same period last year ({before:,})."
        out.append(s)
    # the largest line and the plan
    lines = [(r.lines.get(l, {}).get("visits", 0), l) for l in LINES]
    top_visits, top = max(lines)
    plan_bits = []
    for line in LINES:
        p = r.plan.get(line, {}) or {}
        if p.get("percent") is not None:
            plan_bits.append((label_of(V.SERVICE_LINES, line, lang), p["percent"]))
    if top_visits and visits:
        name = label_of(V.SERVICE_LINES, top, lang)
        share = top_visits * 100.0 / visits
        if lang == "ko":
            s = f"가장 많은 서비스는 {name}(연인원의 {share:.0f}%)입니다."
        else:
            s = f"The largest line is {name} ({share:.0f}% of person-visits)."
        if plan_bits:
            end = date.fromisoformat(r.period["end"])
            expected = round((end.timetuple().tm_yday) * 100.0 / (366 if calendar.isleap(end.year) else 365))
            joined = ", ".join(f"{n} {v:.1f}%" for n, v in plan_bits)
            if lang == "ko":
                s += f" 연간 목표 대비 누계 달성률은 {joined}입니다(기간 말 기준 경과율 {expected}%)."
            else:
                s += f" Year to date against the annual targets: {joined} ({expected}% of the year elapsed)."
        out.append(s)
    return out
