"""App start: fonts, language, which database (configured, or the demo), login, main window."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .config import AppConfig, demo_db_path


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="maumdesk gui")
    p.add_argument("--db", type=Path)
    p.add_argument("--user")
    p.add_argument("--view", default="today")
    p.add_argument("--screenshot", type=Path)
    p.add_argument("--lang", choices=("ko", "en"))
    return p.parse_args(argv)


def ensure_demo(path: Path, progress=None) -> Path:
    """The demo center, made once (production key cost, synthetic data only)."""
    if not path.exists():
        from storage.demo import DEFAULT_DEMO_PASSWORD, create_demo
        path.parent.mkdir(parents=True, exist_ok=True)
        create_demo(path, years=1, seed=1, password=os.environ.get("MAUMDESK_PASSWORD") or DEFAULT_DEMO_PASSWORD,
                    progress=progress)
    return path


def run(argv: list[str]) -> int:
    args = _parse(argv)
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

    from .look import install_language, register_fonts

    config = AppConfig.load()
    lang = args.lang or config.language or "ko"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Maumdesk")
    register_fonts(app)
    install_language(app, lang)

    db = args.db or (Path(config.database) if config.database else None)
    is_demo = db is None
    if is_demo:
        db = demo_db_path()
        if not db.exists():
            from .workers import Job, start
            dialog = QProgressDialog(app.translate("App", "Creating the demo center (synthetic data)…"), "", 0, 0)
            dialog.setCancelButton(None)
            dialog.setWindowTitle("Maumdesk")
            dialog.show()
            job = start(Job(lambda progress: ensure_demo(db, progress)))
            outcome: dict = {}
            job.signals.progress.connect(lambda d, t: (dialog.setMaximum(t), dialog.setValue(d)))
            job.signals.done.connect(lambda r: (outcome.setdefault("ok", r), dialog.close()))
            job.signals.failed.connect(lambda e: (outcome.setdefault("error", e), dialog.close()))
            while not outcome:
                app.processEvents()
                if not outcome:
                    from PySide6.QtCore import QThread
                    QThread.msleep(20)
            if "error" in outcome:
                QMessageBox.critical(None, "Maumdesk", str(outcome["error"]))
                return 1

    from storage.store import Store

    from .login_dialog import LoginDialog
    from .main_window import MainWindow

    password = os.environ.get("MAUMDESK_PASSWORD")
    note = app.translate("App", "(demo: synthetic data)") if is_demo else ""
    dialog = LoginDialog(db, lang=lang, user=args.user or ("lead" if is_demo else config.last_user or ""), title_note=note)
    if args.user and password:
        dialog.password.setText(password)
        dialog.try_login()
        dialog.wait_for_job()
        if dialog.vault is None:
            print(dialog.message.text(), file=sys.stderr)
            return 1
    elif dialog.exec() != dialog.DialogCode.Accepted:
        return 1
    store = Store(dialog.vault)
    window = MainWindow(store, lang=lang)
    window.show()
    if args.screenshot:
        app.processEvents()
        window.grab().save(str(args.screenshot))
        window.close()
        return 0
    return app.exec()
