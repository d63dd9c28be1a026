"""The usage report as plain data: every figure computed once, rendered many ways."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime

from storage.repos.statistics import LINES, StatisticsRepository

from .period import Period

REPORT_SCHEMA = 1


@dataclass
class UsageReport:
    center: str
    site: str | None            # None: all sites
    period: dict                # start, end, kind, label_ko, label_en
    generated_at: str
    generated_by: str           # display name of the account
    lines: dict                 # line -> {visits, persons[, named_visits, headcount]}; "total"
    counseling_kinds: dict
    counseling_methods: dict
    counselors: list
    problems: list
    new_and_continuing: dict
    demographics: dict
    screening_bands: dict
    screened_by_class: dict     # distinct persons by their highest overall class
    programs: dict
    followups: dict
    referrals: dict
    satisfaction: dict
    last_year: dict             # same period a year earlier: lines
    year_to_date: dict          # lines (visits only), Jan 1 .. period end
    last_year_to_date: dict     # lines (visits only)
    plan: dict                  # line -> {target, ytd, percent}
    trend: dict                 # 'YYYY-MM' -> line -> visits (12 months ending with the period)
    # added, booked, placed, withdrawn, waiting at the end, median days (StatisticsRepository.waitlist)
    waitlist: dict = field(default_factory=dict)
    schema: int = REPORT_SCHEMA

    def to_dict(self) -> dict:
        return asdict(self)


def _change(now: int, before: int) -> float | None:
    return round((now - before) * 100.0 / before, 1) if before else None


def build_usage_report(store, period: Period, site_id: int | None = None) -> UsageReport:
    """Compute the report for ``period`` (one site or all). Needs the report.run permission."""
    stats = StatisticsRepository(store.vault)
    s, e = period.start.isoformat(), period.end.isoformat()
    ly = period.shifted_years(-1)
    with store.vault.reader() as reader, ThreadPoolExecutor(max_workers=1) as pool:
        # Last year's figures on a second connection, on the other core, meanwhile.
        # The two halves take about as long: last year's lines and the screening figures over
        # there, everything else here.
        other = StatisticsRepository(store.vault, reader)
        last_year_job = pool.submit(lambda: (other.service_lines(ly.start.isoformat(), ly.end.isoformat(), site_id),
                                             other.screening_bands(s, e, site_id),
                                             other.screened_by_class(s, e, site_id)))
        report = _build(store, stats, period, site_id, s, e)
        report.last_year, report.screening_bands, report.screened_by_class = last_year_job.result()
    for line in (*LINES, "total"):
        report.lines[line]["change_vs_last_year"] = _change(report.lines[line]["visits"],
                                                            report.last_year[line]["visits"])
    return report


def _build(store, stats, period: Period, site_id: int | None, s: str, e: str) -> UsageReport:
    people = stats.people(s, e, site_id)  # first: the lines then reuse its per-person groups
    lines = stats.service_lines(s, e, site_id)
    # Year to date: visits only (the plan counts person-visits), the cheap query.
    ytd_p = period.year_to_date()
    ytd = stats.service_lines(ytd_p.start.isoformat(), ytd_p.end.isoformat(), site_id, persons=False)
    lytd_p = ytd_p.shifted_years(-1)
    lytd = stats.service_lines(lytd_p.start.isoformat(), lytd_p.end.isoformat(), site_id, persons=False)
    targets = stats.plan_targets(period.end.year, site_id)
    plan = {}
    for line in LINES:
        target = targets.get(line)
        done = ytd[line]["visits"]
        plan[line] = {"target": target, "ytd": done,
                      "percent": round(done * 100.0 / target, 1) if target else None}
    first_month, last_month = period.months
    trend_first, trend_last = period.last_12_months()
    site_name = None
    if site_id is not None:
        site_name = next((x.name for x in store.sites.sites(include_inactive=True) if x.id == site_id), str(site_id))
    return UsageReport(
        center=store.settings.get("center_name") or "",
        site=site_name,
        period={"start": s, "end": e, "kind": period.kind, "label_ko": period.label_ko, "label_en": period.label_en},
        generated_at=datetime.now().astimezone().isoformat(timespec="minutes"),
        generated_by=store.actor.display_name,
        lines=lines,
        counseling_kinds=stats.counseling_kinds(s, e, site_id),
        counseling_methods=stats.counseling_methods(s, e, site_id),
        counselors=stats.by_counselor(s, e, site_id),
        problems=stats.by_problem(s, e, site_id),
        new_and_continuing=people["new_and_continuing"],
        demographics=people["demographics"],
        screening_bands={},     # filled in by build_usage_report from the other thread
        screened_by_class={},
        programs=stats.programs(s, e, site_id),
        followups=stats.followups(s, e, site_id),
        referrals=stats.referrals(s, e, site_id),
        waitlist=stats.waitlist(s, e, site_id),
        satisfaction=stats.satisfaction(first_month, last_month, site_id),
        last_year={},  # filled in by build_usage_report from the other thread
        year_to_date=ytd,
        last_year_to_date=lytd,
        plan=plan,
        trend=stats.monthly_visits(trend_first, trend_last, site_id),
    )
