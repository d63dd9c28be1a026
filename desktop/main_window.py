"""The main window: navigation on the left, one view at a time, idle lock over everything."""
from __future__ import annotations

import importlib

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QWidget)

from storage.access import ROLE_NAMES, scope

from .context import AppContext
from .idle_lock import IdleWatcher, LockScreen

# name -> (module, class); imported when the window is built.
VIEW_CLASSES = {
    "today": ("desktop.views.today", "TodayView"),
    "calendar": ("desktop.views.calendar", "CalendarView"),
    "clients": ("desktop.views.clients", "ClientsView"),
    "waitlist": ("desktop.views.waitlist", "WaitlistView"),
    "followups": ("desktop.views.followups", "FollowUpsView"),
    "programs": ("desktop.views.programs", "ProgramsView"),
    "reports": ("desktop.views.reports", "ReportsView"),
    "admin": ("desktop.views.admin", "AdminView"),
    "supervision": ("desktop.views.supervision", "SupervisionView"),
}

# A view is listed only for roles that may use some of it: a counselor has no reports or
# administration, the administrator no clients (a view that only says "not allowed" is noise).
VIEW_NEEDS = {
    "calendar": ("appointment.read",), "clients": ("client.read",), "waitlist": ("waitlist.read",),
    "followups": ("followup.read",), "programs": ("program.read",), "reports": ("report.run",),
    "admin": ("staff.manage", "site.manage", "settings.manage", "plan.manage", "backup.run", "audit.read",
              "import.run", "access.review", "retention.manage"),
}


def views_for(role: str) -> list[str]:
    return [name for name in VIEW_CLASSES
            if name == "today" or name == "supervision" or any(scope(role, p) for p in VIEW_NEEDS.get(name, ()))]


class MainWindow(QMainWindow):
    logged_out = Signal()

    def __init__(self, store, lang: str = "ko") -> None:
        super().__init__()
        self.context = AppContext(store, lang)
        self.store = store
        actor = store.actor
        center = store.settings.get("center_name") or ""
        self.setWindowTitle(self.tr("Maumdesk") + (f" — {center}" if center else ""))
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self.views: dict[str, QWidget] = {}
        titles = {
            "today": self.tr("Today"), "calendar": self.tr("Calendar"), "clients": self.tr("Clients"),
            "waitlist": self.tr("Waitlist"), "followups": self.tr("Safety follow-ups"), "programs": self.tr("Programs"),
            "reports": self.tr("Reports"),
            "admin": self.tr("Administration"),
        }
        if store.supervision.supervises_anyone():  # last, so the other views keep their Ctrl+number
            titles["supervision"] = self.tr("Supervision")
        allowed = views_for(actor.role)
        titles = {name: title for name, title in titles.items() if name in allowed}
        for index, (name, title) in enumerate(titles.items()):
            view = self._make_view(name)
            self.views[name] = view
            self.stack.addWidget(view)
            QListWidgetItem(title, self.nav)
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            shortcut.triggered.connect(lambda _=False, i=index: self.nav.setCurrentRow(i))
            self.addAction(shortcut)
        self.nav.currentRowChanged.connect(self._switch)
        role = ROLE_NAMES[actor.role][0 if lang == "ko" else 1]
        self.who = QLabel(f"{actor.display_name} · {role}")
        self.statusBar().addPermanentWidget(self.who)

        self.lock_screen = LockScreen(self.context)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.logout_requested.connect(self.logout)
        self.outer = QStackedWidget()
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.outer.addWidget(body)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        self.idle = IdleWatcher(float(store.settings.get("idle_lock_minutes", 10)), self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        lock_now = QAction(self)
        lock_now.setShortcut(QKeySequence("Ctrl+L"))
        lock_now.triggered.connect(self.lock)
        self.addAction(lock_now)
        self.context.navigate_requested.connect(self.open)
        self.context.changed.connect(self._setting_changed)
        self.nav.setCurrentRow(0)
        self._closing_for_logout = False

    def _setting_changed(self, what: str) -> None:
        if what == "settings":  # the admin changed the idle time: it applies at once
            self.idle.set_minutes(float(self.store.settings.get("idle_lock_minutes", 10)))

    def _wait_for_background_work(self) -> None:
        """A backup or restore still running in a worker must finish before the vault closes."""
        from PySide6.QtCore import QThreadPool
        QThreadPool.globalInstance().waitForDone(120_000)

    def _make_view(self, name: str) -> QWidget:
        module, cls = VIEW_CLASSES[name]
        return getattr(importlib.import_module(module), cls)(self.context)

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        view = self.stack.currentWidget()
        if hasattr(view, "refresh"):
            view.refresh()

    def show_view(self, name: str) -> None:
        if name in self.views:   # a view this role does not have stays where it is
            self.nav.setCurrentRow(list(self.views).index(name))

    def open(self, what: str, argument=None) -> None:
        """Navigation asked for by a view: a view name; 'audit' (the admin view's audit log) or
        'access_review' (its monthly access-log review);
        'screening' with a client id (the entry form); 'group_note' with (program id, program
        session id) (the programs view's group-note dialog); or 'client'/'note'/'note_for_appointment'
        with an id (the clients view)."""
        if what in self.views:
            self.show_view(what)
            return
        if what in ("audit", "access_review") and "admin" in self.views:
            self.show_view("admin")
            admin = self.views["admin"]
            show = getattr(admin, "show_audit" if what == "audit" else "show_access_review", None)
            if show is not None:
                show()
            return
        if what == "group_note" and "programs" in self.views:   # (program id, session id): its dialog
            self.show_view("programs")
            self.views["programs"].open_group_note(*argument)
            return
        if what == "screening":
            try:
                module = importlib.import_module("desktop.views.screening")
            except ImportError:
                return
            module.open_entry(self.context, argument, parent=self)
            return
        clients = self.views.get("clients")
        if hasattr(clients, "open_target"):
            self.show_view("clients")
            clients.open_target(what, argument)

    # --- locking -------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.outer.currentWidget() is self.lock_screen

    def save_all(self) -> None:
        for view in self.views.values():
            if hasattr(view, "save_all"):
                view.save_all()

    def lock(self) -> None:
        if self.locked:
            return
        self.save_all()
        self.idle.pause()
        self._hidden_dialogs = [w for w in self.findChildren(QWidget)
                                if w.isWindow() and w is not self and w.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()  # an open dialog (a note, a booking) must not show over the lock
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.password.setFocus()

    def unlock(self) -> None:
        self.outer.setCurrentIndex(0)
        for dialog in getattr(self, "_hidden_dialogs", []):
            dialog.show()  # a half-filled intake form comes back as it was
        self._hidden_dialogs = []
        self.idle.resume()

    def logout(self) -> None:
        self.save_all()
        self._closing_for_logout = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.save_all()
        self._wait_for_background_work()
        QApplication.instance().removeEventFilter(self.idle)
        self.idle.pause()
        self.store.close()
        super().closeEvent(event)
        if self._closing_for_logout:
            self.logged_out.emit()
