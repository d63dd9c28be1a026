"""Each benchmark figure: how it is measured and its target (issue 7)."""
from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from .datagen import BENCH_WEEK_START, CITY, PASSWORD, Size


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: tuple[float | None, float | None] | None = None  # (low, high)

    @property
    def ok(self) -> bool:
        lo, hi = self.target
        return (lo is None or self.value >= lo) and (hi is None or self.value <= hi)

    @property
    def target_text(self) -> str:
        lo, hi = self.target
        if lo is not None and hi is not None:
            return f"{lo:g}–{hi:g} {self.unit}"
        return f"<= {hi:g} {self.unit}" if hi is not None else f">= {lo:g} {self.unit}"


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_of(fn, runs: int) -> float:
    return statistics.median(timed(fn) for _ in range(runs))


def report(name: str, value: float, unit: str, target=None) -> Figure:
    if target is not None and not isinstance(target, tuple):
        target = (None, target)
    fig = Figure(name, value, unit, target)
    print(f"{name}: {value:.4g} {unit}", flush=True)
    return fig


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def _store(db: Path):
    from storage.store import Store
    from storage.vault import Vault
    return Store(Vault.unlock(db, "lead", PASSWORD))


def run_all(size: Size, db: Path, plain: Path, runs: int) -> list[Figure]:
    from reports.period import Period
    from reports.usage import build_usage_report
    from storage.repos.statistics import StatisticsRepository
    from storage.vault import Vault

    n = size.name
    city = size is CITY
    out: list[Figure] = []

    def unlock_once():
        Vault.unlock(db, "lead", PASSWORD).close()
    out.append(report(f"{n}.unlock", median_of(unlock_once, runs), "s", target=(0.3, 1.0)))

    store = _store(db)
    try:
        # Client search as you type: each keystroke runs the list's count + first page.
        queries = []
        for word in ("김", "김민", "김민준", "이", "이서", "박", "최지"):
            queries.append(word)
        queries += ["ㄱ", "ㄱㅁ", "ㄱㅁㅈ", "ㅇㅅ", "ㅂㅈㅎ"]
        queries += ["B00", "B0001", "B00012", "B000123", "5678"]
        times = []
        for _ in range(max(1, runs // 2)):
            for q in queries:
                times.append(timed(lambda: (store.clients.count(q), store.clients.search(q, limit=100))))
        # Informational: the repository alone; the target applies to typing into the list (run_ui).
        out.append(report(f"{n}.client_search_p95", p95(times) * 1000, "ms"))

        week_end = BENCH_WEEK_START + timedelta(days=7)
        week = (f"{BENCH_WEEK_START.isoformat()}T00:00", f"{week_end.isoformat()}T00:00")
        site_id = store.sites.sites()[0].id
        count = len(store.appointments.in_range(*week, site_id=site_id))
        out.append(report(f"{n}.calendar_week_load", median_of(
            lambda: store.appointments.in_range(*week, site_id=site_id), runs) * 1000, "ms",
            target=100 if city else None))
        print(f"  ({count} appointments in the week)")

        def chart():
            store.clients.get(1)
            store.sessions.for_client(1)
            store.screenings.for_client(1)
            store.referrals.for_client(1)
            store.appointments.for_client(1)
        out.append(report(f"{n}.client_chart_open", median_of(chart, runs) * 1000, "ms", target=100 if city else None))

        month, year = Period.month("2026-10"), Period.year(2025)
        out.append(report(f"{n}.monthly_statistics", median_of(lambda: build_usage_report(store, month), runs) * 1000,
                          "ms", target=300 if city else None))
        from reports.pdf import render_pdf
        tmp = Path(tempfile.mkdtemp())
        out.append(report(f"{n}.monthly_pdf", median_of(
            lambda: render_pdf(build_usage_report(store, month), tmp / "m.pdf"), runs), "s", target=2 if city else None))
        out.append(report(f"{n}.yearly_statistics", median_of(lambda: build_usage_report(store, year), runs), "s",
                          target=1 if city else None))
        from reports.city import build_city_export
        out.append(report(f"{n}.city_export_month", median_of(lambda: build_city_export(store, "2026-10"), runs) * 1000,
                          "ms", target=500 if city else None))

        # SQLCipher's cost: the same monthly statistics on the plain SQLite twin. A fresh
        # repository each run, as each report has: one instance remembers its per-person
        # groups, and the runs after the first would time a cache.
        stats = StatisticsRepository(store.vault)
        enc = median_of(lambda: _month_stats(StatisticsRepository(store.vault)), runs)
        plain_conn = sqlite3.connect(plain, isolation_level=None)
        plain_conn.execute("PRAGMA cache_size = -65536")
        fake = SimpleNamespace(conn=plain_conn, actor=store.actor)
        bare = median_of(lambda: _month_stats(StatisticsRepository(fake)), runs)
        out.append(report(f"{n}.sqlcipher_cost_ratio", enc / bare, "x", target=1.3 if city else None))
        plain_conn.close()
        # The app's statistics versus a hand-written query of the same counts.
        hand = median_of(lambda: _hand_written(store.vault.conn), runs)
        app = median_of(lambda: StatisticsRepository(store.vault).service_lines("2026-10-01", "2026-10-31"), runs)
        app_counts = stats.service_lines("2026-10-01", "2026-10-31")
        app_counts["program"]["visits"] = app_counts["program"]["named_visits"]  # the query has no head-counts
        expected = {k: (app_counts[k]["visits"], app_counts[k]["persons"])
                    for k in ("counseling", "screening", "program", "referral")}
        expected["total_persons"] = app_counts["total"]["persons"]
        if _hand_written(store.vault.conn) != expected:
            raise SystemExit("the hand-written query and the app disagree: the ratio would be meaningless")
        out.append(report(f"{n}.app_vs_handwritten_ratio", app / hand, "x", target=2 if city else None))

        backups = Path(tempfile.mkdtemp())
        from storage.backup import create_backup
        size_mb = db.stat().st_size / 1e6
        seconds = timed(lambda: create_backup(store.vault, backups))
        out.append(report(f"{n}.backup_speed", size_mb / seconds, "MB/s"))
        out.append(report(f"{n}.verify", timed(store.vault.verify), "s"))
        shutil.rmtree(backups, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)
    finally:
        store.close()
    return out


def _probe(name: str, db: Path) -> dict:
    result = subprocess.run([sys.executable, "-m", "bench.ui_probes", name, str(db)], capture_output=True,
                            text=True, timeout=600)
    for line in result.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise SystemExit(f"probe {name} failed:\n{result.stderr[-2000:]}")


def _start_to_login(db: Path) -> float:
    """Wall time from starting the process to the login window shown (offscreen)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.ui_probes", "start", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.startswith("LOGIN_WINDOW_SHOWN"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit("the login window never showed")
    proc.wait(timeout=60)
    return elapsed


def run_ui(size: Size, db: Path, runs: int) -> list[Figure]:
    n, city = size.name, size is CITY
    out = [report(f"{n}.start_to_login_window", statistics.median(_start_to_login(db) for _ in range(runs)), "s",
                  target=1.5 if city else None)]
    search = _probe("search", db)
    out.append(report(f"{n}.client_search_as_you_type_p95", search["p95"] * 1000, "ms", target=50 if city else None))
    calendar = _probe("calendar", db)
    print(f"  ({calendar['appointments']} appointments shown)")
    out.append(report(f"{n}.calendar_week_shown", calendar["seconds"] * 1000, "ms", target=100 if city else None))
    out.append(report(f"{n}.client_chart_shown", _probe("chart", db)["seconds"] * 1000, "ms",
                      target=100 if city else None))
    out.append(report(f"{n}.app_peak_memory", _probe("memory", db)["peak_mb"], "MB", target=300 if city else None))
    return out


def _month_stats(stats) -> None:
    s, e = "2026-10-01", "2026-10-31"
    stats.service_lines(s, e)
    stats.counseling_kinds(s, e)
    stats.counseling_methods(s, e)
    stats.by_counselor(s, e)
    stats.by_problem(s, e)
    stats.new_and_continuing(s, e)
    stats.demographics(s, e)
    stats.screening_bands(s, e)
    stats.programs(s, e)
    stats.referrals(s, e)


def _hand_written(conn) -> dict:
    """The bare minimum for the same counts: person-visits and persons per line for October, in
    one query each, and the persons of all lines together (the report's total) in one more."""
    out = {}
    lines = (
        ("counseling", "FROM counseling_sessions WHERE session_date BETWEEN '2026-10-01' AND '2026-10-31'", "client_id"),
        ("screening", "FROM screenings WHERE taken_on BETWEEN '2026-10-01' AND '2026-10-31'", "client_id"),
        ("program", "FROM program_attendance a JOIN program_sessions s ON s.id = a.program_session_id"
                    " WHERE s.starts_at >= '2026-10-01' AND s.starts_at < '2026-11-01'", "a.client_id"),
        ("referral", "FROM referrals WHERE referred_on BETWEEN '2026-10-01' AND '2026-10-31'", "client_id"),
    )
    for line, where, who in lines:
        out[line] = tuple(conn.execute(f"SELECT count(*), count(DISTINCT {who}) {where}").fetchone())
    union = " UNION ".join(f"SELECT {who} {where}" for _line, where, who in lines)
    out["total_persons"] = conn.execute(f"SELECT count(*) FROM ({union})").fetchone()[0]
    return out
