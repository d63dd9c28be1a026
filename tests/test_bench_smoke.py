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
