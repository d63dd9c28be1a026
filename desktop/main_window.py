"""The main window. For now: who is logged in, which database, and that it is unlocked
(the calendar, clients and notes views arrive with the desktop issue)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from storage.access import ROLE_NAMES
from storage.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store, lang: str = "ko") -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        actor = store.actor
        center = store.settings.get("center_name") or ""
        self.setWindowTitle(self.tr("Maumdesk") + (f" — {center}" if center else ""))
        self.resize(900, 600)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setAlignment(Qt.AlignTop)
        title = QLabel(self.tr("The database is unlocked."))
        title.setObjectName("status")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        role = ROLE_NAMES[actor.role][0 if lang == "ko" else 1]
        who = QLabel(self.tr("Logged in as %1 (%2, %3)").replace("%1", actor.display_name)
                     .replace("%2", actor.login).replace("%3", role))
        where = QLabel(self.tr("Center: %1 · file: %2").replace("%1", center or "—").replace("%2", store.vault.path.name))
        note = QLabel(self.tr("Every record is kept encrypted on this PC, and every access is logged."))
        for widget in (title, who, where, note):
            widget.setWordWrap(True)
            layout.addWidget(widget)
        self.setCentralWidget(body)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.store.close()
        super().closeEvent(event)
