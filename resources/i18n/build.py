"""Compile the translation sources (.ts, in git) into .qm files (build output, not in git).

Run by the setup scripts and the bundle build: ``python -m resources.i18n.build``.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):  # the venv's own, not on PATH
        candidate = Path(sys.executable).parent / name
        if candidate.exists():
            return str(candidate)
    return None


def build(force: bool = False) -> list[Path]:
    tool = lrelease()
    built = []
    for ts in sorted(HERE.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            if tool is None:
                raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build(force="--force" in sys.argv):
        print(path)
