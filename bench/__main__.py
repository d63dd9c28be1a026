"""`python -m bench [--sizes center,city] [--runs 5] [--data DIR]`: build (or reuse) the
benchmark databases and print one line per figure, `name: value unit` (median of the runs),
then which targets were met. Timing lives here, never in the test-suite."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import figures
from .datagen import CENTER, CITY, TINY, build

SIZES = {"tiny": TINY, "center": CENTER, "city": CITY}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench")
    p.add_argument("--sizes", default="center,city", help="comma list of tiny, center, city")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--data", type=Path, default=Path(os.environ.get("MAUMDESK_BENCH_DATA", ".bench-data")),
                   help="where the generated databases are kept between runs")
    p.add_argument("--rebuild", action="store_true")
    args = p.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    results: list[figures.Figure] = []
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for name in args.sizes.split(","):
        size = SIZES[name.strip()]
        db = args.data / f"{size.name}.db"
        plain = args.data / f"{size.name}.plain.db"
        if args.rebuild or not db.exists():
            for f in args.data.glob(f"{size.name}.*"):
                f.unlink()
            seconds = figures.timed(lambda: build(db, size, plain_twin=plain, progress=lambda m: print(m, flush=True)))
            results.append(figures.report(f"{size.name}.generate", seconds, "s",
                                          target=180 if size is CITY else None))
        results += figures.run_all(size, db, plain, runs=args.runs)
        results += figures.run_ui(size, db, runs=args.runs)
    print()
    print("targets:")
    met = missed = 0
    for r in results:
        if r.target is None:
            continue
        ok = r.ok
        met += ok
        missed += not ok
        print(f"  {'met   ' if ok else 'MISSED'} {r.name}: {r.value:.3g} {r.unit} (target {r.target_text})")
    print(f"{met} met, {missed} missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
