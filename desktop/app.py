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
    if db is None and not args.user:
        from .new_center import NewCenterWizard, StartChoice
        choice = StartChoice()
        if choice.exec() != choice.DialogCode.Accepted:
            return 1
        if choice.choice == StartChoice.CREATE:
            wizard = NewCenterWizard(lang=lang)
            if wizard.exec() != wizard.DialogCode.Accepted or wizard.db_path is None:
                return 1
            db = wizard.db_path
        elif choice.choice == StartChoice.OPEN:
            db = choice.path
        if db is not None:
            config.database = str(db)
            try:
                config.save()
            except OSError:
                pass
    is_demo = db is None
    if is_demo:
        db = demo_db_path()
        if not db.exists():
            from .workers import Job, start
            dialog = QProgressDialog(app.translate("App", "Creating the demo center (synthetic data)…"), "", 0, 0)
            dialog.setCancelButton(None)
            dialog.setWindowTitle("Maumdesk")
            dialog.show()
            outcome: dict = {}
            start(Job(lambda progress: ensure_demo(db, progress)),
                  progress=lambda d, t: (dialog.setMaximum(t), dialog.setValue(d)),
                  done=lambda r: (outcome.setdefault("ok", r), dialog.close()),
                  failed=lambda e: (outcome.setdefault("error", e), dialog.close()))
            while not outcome:
                app.processEvents()
                if not outcome:
                    from PySide6.QtCore import QThread
                    QThread.msleep(20)
            if "error" in outcome:
                QMessageBox.critical(None, "Maumdesk", str(outcome["error"]))
                return 1

    from .session import run_session
    note = app.translate("App", "(demo: synthetic data)") if is_demo else ""
    user = args.user or ("lead" if is_demo else config.last_user or "")
    return run_session(app, db, lang=lang, user=user, note=note, view=args.view, screenshot=args.screenshot,
                       password=os.environ.get("MAUMDESK_PASSWORD") if args.user else None, config=config)
