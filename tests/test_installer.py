"""The installer's promises that can be checked without building it (the PyInstaller build itself
is too slow for the suite: installer/build_linux.sh && installer/smoke_test.sh does that).

- Upgrade in place keeps data: a database made by the previous schema version opens with the
  current code, its migrations run, a copy of the old file is kept, and the data is intact.
- The spec bundles every data file the app reads, and every package of the app.
- The Windows installer script keeps user data out of Program Files and out of the uninstaller.
- User data lives in the OS user folders, never beside the program.
"""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from storage import migrate as m
from storage import vault as vault_module
from storage.connection import open_encrypted
from storage.kdf import FAST_TEST_KDF
from storage.records import Client, Consent, Site, Staff
from storage.store import Store
from storage.vault import Vault

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "maumdesk.spec"
ISS = INSTALLER / "maumdesk.iss"
ADMIN_PW, COUNSELOR_PW = "admin-pass-1", "counselor-pass-1"


# --- upgrade keeps data -------------------------------------------------------------------------
def _old_center(path: Path, monkeypatch, old: int) -> dict:
    """A center as the previous release left it: schema at version ``old``, with an account, a
    site and a client (synthetic), written by that release's migrations."""
    real_migrate = vault_module.migrate
    with monkeypatch.context() as patch:
        patch.setattr(vault_module, "migrate",
                      lambda conn, db_path, **kw: real_migrate(conn, db_path, **{**kw, "target": old}))
        vault, _ = Vault.create(path, admin_login="admin", admin_password=ADMIN_PW, center_name="업그레이드 센터",
                                kdf=FAST_TEST_KDF)
        store = Store(vault)
        site = store.sites.add_site(Site(name="본관"))
        store.staff.add(Staff(login="c1", display_name="박상담", role="counselor", site_id=site.id), COUNSELOR_PW,
                        kdf=FAST_TEST_KDF)
        vault.close()
        store = Store(Vault.unlock(path, "c1", COUNSELOR_PW))
        client = store.clients.add(
            Client(code="2026-0001", name="홍길동", sex="M", birth_year=1984, job_group="civil_service",
                   site_id=site.id),
            consents=[Consent(kind="service", version="2026-1", scope="상담 서비스", given=True,
                              given_on="2026-03-02")])
        assert m.current_version(store.vault.conn) == old
        key = store.vault._key
        store.close()
    return {"site": site.id, "client": client.id, "key": key}


def _check_upgrade(tmp_path, monkeypatch, old: int) -> None:
    path = tmp_path / "center.db"
    made = _old_center(path, monkeypatch, old)
    copy = tmp_path / f"center.db.pre-v{old + 1}.bak"
    assert not copy.exists()

    # The new release opens it: migrations run on unlock, a copy of the old file is kept.
    store = Store(Vault.unlock(path, "c1", COUNSELOR_PW))
    try:
        assert m.current_version(store.vault.conn) == m.LATEST
        client = store.clients.get(made["client"])
        assert (client.code, client.name, client.birth_year) == ("2026-0001", "홍길동", 1984)
        assert [s.name for s in store.sites.sites()] == ["본관"]
        assert store.settings.get("center_name") == "업그레이드 센터"
        assert store.vault.verify() == []  # pages, structure, audit chain and key slots still hold
    finally:
        store.close()
    assert copy.is_file()
    old_conn = open_encrypted(copy, made["key"])  # the copy is the old database, still encrypted
    try:
        assert m.current_version(old_conn) == old
        assert old_conn.execute("SELECT code FROM clients").fetchall() == [("2026-0001",)]
    finally:
        old_conn.close()
    # Every account still opens it; a second start migrates nothing and copies nothing more.
    Vault.unlock(path, "admin", ADMIN_PW).close()
    assert sorted(p.name for p in tmp_path.glob("center.db.pre-v*.bak")) == [copy.name]


@pytest.mark.skipif(m.LATEST < 2, reason="needs two released schema versions")
def test_upgrade_from_the_previous_schema_keeps_data(tmp_path, monkeypatch):
    _check_upgrade(tmp_path, monkeypatch, old=m.LATEST - 1)


def test_upgrade_to_a_new_migration_keeps_data(tmp_path, monkeypatch):
    """The next release adds a migration: today's schema is then the previous one."""
    shipped = m.available()
    nxt = m.Migration(len(shipped) + 1, "installer_probe",
                      "CREATE TABLE installer_probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL DEFAULT '');")
    monkeypatch.setattr(m, "available", lambda: [*shipped, nxt])
    monkeypatch.setattr(m, "LATEST", len(shipped) + 1)
    _check_upgrade(tmp_path, monkeypatch, old=len(shipped))


# --- the spec -----------------------------------------------------------------------------------
def _spec_literal(name: str):
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {SPEC.name}")


def _app_packages() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    return sorted(p.rstrip("*") for p in include)


def test_spec_lists_the_data_folders():
    folders = dict(_spec_literal("DATA_FOLDERS"))
    for needed in ("resources/fonts", "resources/i18n", "forms/definitions", "storage/migrations"):
        assert needed in folders, needed
    assert "*.ttf" in folders["resources/fonts"] and "*.txt" in folders["resources/fonts"]  # OFL beside the font
    assert "*.qm" in folders["resources/i18n"]
    assert "*.sql" in folders["storage/migrations"]
    assert "*.yaml" in folders["forms/definitions"]


def test_spec_covers_every_data_file_of_the_app():
    """A data file added to a package later (a new folder of definitions, a new resource kind)
    must be added to DATA_FOLDERS, or the bundle would lack it."""
    folders = _spec_literal("DATA_FOLDERS")
    not_data = {".py", ".pyc", ".ts", ".md"}  # code, translation sources (.qm ships), docs
    missing = []
    for package in _app_packages():
        for file in (ROOT / package).rglob("*"):
            if not file.is_file() or file.suffix in not_data or "__pycache__" in file.parts:
                continue
            rel = file.relative_to(ROOT)
            folder = rel.parent.as_posix()
            if not any(folder == f and any(fnmatch(file.name, p) for p in patterns) for f, patterns in folders):
                missing.append(rel.as_posix())
    assert missing == []
    assert (ROOT / "resources" / "fonts" / "OFL-NanumGothic.txt").is_file()


def test_spec_collects_every_app_package_and_leaves_out_the_heavy_unused_parts():
    assert sorted(_spec_literal("PACKAGES")) == _app_packages()
    excludes = set(_spec_literal("EXCLUDES"))
    for heavy in ("tkinter", "numpy", "scipy", "pytest", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick",
                  "PySide6.QtWebEngineCore", "PySide6.QtPdf", "PySide6.Qt3DCore", "PySide6.QtMultimedia"):
        assert heavy in excludes, heavy
    for used in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"):
        assert used not in excludes, used
    text = SPEC.read_text(encoding="utf-8")
    assert "maumdesk_launcher.py" in text and (INSTALLER / "maumdesk_launcher.py").is_file()
    assert 'name="maumdesk"' in text and 'name="maumdesk-cli"' in text


def test_launcher_runs_the_cli_and_survives_a_missing_console(monkeypatch):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(INSTALLER / "maumdesk_launcher.py"), "--version"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    from cli.__version__ import VERSION
    assert done.stdout.strip() == VERSION

    # A windowed Windows build has sys.stdout = None: the launcher gives it somewhere to go.
    sys.path.insert(0, str(INSTALLER))
    try:
        import maumdesk_launcher
    finally:
        sys.path.remove(str(INSTALLER))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    maumdesk_launcher._usable_streams()
    print("nowhere")  # must not raise
    sys.stdout.close()
    sys.stderr.close()


def test_build_script_compiles_translations_before_the_bundle():
    script = (INSTALLER / "build_linux.sh").read_text(encoding="utf-8")
    assert script.index("resources.i18n.build") < script.index("PyInstaller --noconfirm")
    assert "installer/maumdesk.spec" in script
    windows = (INSTALLER / "build_windows.ps1").read_text(encoding="utf-8")
    assert windows.index("-m resources.i18n.build") < windows.index("-m PyInstaller")
    assert "maumdesk.iss" in windows and "--self-test" in windows
    smoke = (INSTALLER / "smoke_test.sh").read_text(encoding="utf-8")
    assert "env -i" in smoke and "--self-test" in smoke and "QT_QPA_PLATFORM=offscreen" in smoke


# --- the Windows installer script ---------------------------------------------------------------
def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in ISS.read_text(encoding="utf-8-sig").splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\[[A-Za-z]+\]", stripped):
            current = stripped[1:-1].lower()
            sections.setdefault(current, [])
        elif current and stripped and not stripped.startswith(";"):
            sections[current].append(stripped)
    return sections


def test_windows_installer_upgrades_in_place_and_never_touches_user_data():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads UTF-8 (Korean names) only with a BOM"
    sections = _iss_sections()
    setup = "\n".join(sections["setup"])
    # A fixed AppId is what makes a newer installer upgrade the installed copy in place.
    assert re.search(r"AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup)
    assert "DefaultDirName={autopf}" in setup
    assert "UsePreviousAppDir=yes" in setup
    # The program comes from the PyInstaller folder; nothing of a user's data is in it.
    files = "\n".join(sections["files"])
    assert r"dist\maumdesk\*" in files and "recursesubdirs" in files
    # Upgrade: only the old program's own files are cleared; uninstall deletes no user folder.
    for line in sections.get("installdelete", []):
        assert "{app}\\_internal" in line, line
    user_folders = ("{localappdata}", "{userappdata}", "{commonappdata}", "{userdocs}", "{%USERPROFILE")
    for name in ("uninstalldelete", "installdelete"):
        for line in sections.get(name, []):
            assert not any(folder.lower() in line.lower() for folder in user_folders), line
    assert "uninstalldelete" not in sections  # the uninstaller removes what it installed, nothing else
    icons = "\n".join(sections["icons"])
    assert "{group}" in icons and "maumdesk.exe" in icons and "maumdesk-cli.exe" in icons
    assert "uninstallexe" in icons.lower()


# --- where data lives ---------------------------------------------------------------------------
def test_user_data_lives_in_the_user_folders_not_beside_the_program(tmp_path, monkeypatch):
    from desktop import config
    install = tmp_path / "Program Files" / "Maumdesk"
    (install / "_internal").mkdir(parents=True)
    monkeypatch.delenv("MAUMDESK_HOME", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(install / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(install / "maumdesk.exe"))
    for folder in (config.data_dir(), config.config_dir(), config.demo_db_path().parent):
        assert install not in folder.parents and folder != install
        assert "Maumdesk" in folder.parts
