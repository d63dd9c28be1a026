"""The layer rules of DESIGN.md, checked on the source: imports point one way, and Qt code
never runs SQL."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = {"cli", "desktop", "storage", "forms", "reports", "resources"}
ALLOWED = {
    "storage": {"storage", "forms"},
    "forms": {"forms", "resources"},
    "reports": {"reports", "storage", "forms", "resources"},
    "desktop": {"desktop", "storage", "forms", "reports", "resources"},
    "cli": OURS,
}
QT = ("PySide6", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def _files(package: str):
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_dependencies_point_one_way(package):
    for path in _files(package):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in OURS:
                assert top in ALLOWED[package], f"{path.relative_to(ROOT)} imports {name}"
            if package in ("storage", "forms", "reports"):
                assert top not in QT, f"{path.relative_to(ROOT)} imports Qt"


def test_desktop_runs_no_sql():
    for path in _files("desktop"):
        text = path.read_text(encoding="utf-8")
        for needle in (".execute(", "executescript", "sqlcipher", ".conn."):
            assert needle not in text, f"{path.relative_to(ROOT)} contains {needle}"
