"""The benchmark command must keep working: one run at the tiny size (figures are printed,
not judged: timing belongs to `python -m bench`, never to a test)."""
from __future__ import annotations

import re
import subprocess
import sys

FIGURES = ("generate", "unlock", "client_search_p95", "calendar_week_load", "client_chart_open",
           "monthly_statistics", "monthly_pdf", "yearly_statistics", "city_export_month", "sqlcipher_cost_ratio",
           "app_vs_handwritten_ratio", "backup_speed", "verify", "start_to_login_window",
           "client_search_as_you_type_p95", "calendar_week_shown", "client_chart_shown", "app_peak_memory")


def test_bench_runs_at_tiny_size(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bench", "--sizes", "tiny", "--runs", "1", "--data", str(tmp_path)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    printed = dict(re.findall(r"^tiny\.(\w+): ([0-9.e+-]+) \S+$", result.stdout, re.M))
    assert set(FIGURES) <= set(printed), result.stdout
    assert all(float(v) > 0 for v in printed.values())
    assert re.search(r"^\d+ met, \d+ missed$", result.stdout, re.M)


def test_a_probes_peak_memory_is_its_own_not_its_parents():
    """ru_maxrss carries the parent's peak across fork + exec; the probe reads its own (VmHWM)."""
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"\1" * len(ballast[::4096])    # touched: resident in this process
    child = subprocess.run([sys.executable, "-c", "from bench.ui_probes import peak_kib; print(peak_kib())"],
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == 0, child.stderr
    assert float(child.stdout) < 200 * 1024        # KiB: the child's few tens of MB, not our 400+
    del ballast
