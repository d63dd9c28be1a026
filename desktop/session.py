"""One working session: log in, work in the main window, log out (and the next person logs in)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from storage.store import Store

from .login_dialog import LoginDialog
from .main_window import MainWindow


def login(db: Path, *, lang: str, user: str, note: str = "", password: str | None = None):
    """Show the login dialog (or use ``password`` for scripted runs); returns a Store or None."""
    dialog = LoginDialog(db, lang=lang, user=user, title_note=note)
    if password:
        dialog.password.setText(password)
        dialog.try_login()
        dialog.wait_for_job()
        if dialog.vault is None:
            print(dialog.message.text(), file=sys.stderr)
            return None
    elif dialog.exec() != dialog.DialogCode.Accepted:
        return None
    return Store(dialog.vault)


def open_view(window: MainWindow, view: str) -> None:
    """--view today|calendar|clients|client:CODE|note:ID|audit|access_review|…"""
    name, _, argument = (view or "today").partition(":")
    if name == "client" and argument:
        client_id = window.store.clients.id_for_code(argument)
        window.open("client", client_id)
    elif name == "note" and argument:
        window.open("note", int(argument))
    elif name == "screening" and argument:
        window.open("screening", window.store.clients.id_for_code(argument))
    elif name in ("audit", "access_review"):
        window.open(name)
    elif name in window.views:
        window.show_view(name)
    else:
        raise ValueError(f"unknown view: {view}")


def run_session(app: QApplication, db: Path, *, lang: str, user: str, note: str, view: str | None,
                screenshot: Path | None, password: str | None, config) -> int:
    while True:
        store = login(db, lang=lang, user=user, note=note, password=password)
        if store is None:
            return 1
        if config is not None and not password:
            config.last_user = store.actor.login
            try:
                config.save()
            except OSError:
                pass  # a read-only profile must not stop anyone working
        window = MainWindow(store, lang=lang)
        window.show()
        try:
            open_view(window, view)
        except Exception as exc:  # noqa: BLE001 (a bad --view is told, not a crash)
            print(str(exc), file=sys.stderr)
            window.close()
            return 2
        if screenshot:
            app.processEvents()
            window.grab().save(str(screenshot))
            window.close()
            return 0
        logged_out = []
        window.logged_out.connect(lambda: logged_out.append(True))
        app.exec()
        if not logged_out:
            return 0
        password = None  # the next person types their own
        user = ""
