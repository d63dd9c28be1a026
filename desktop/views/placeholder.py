from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    """A view whose issue has not landed yet: it says what is coming instead of pretending."""

    def __init__(self, context, title: str, coming: str, parent=None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        text = QLabel(coming)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignTop)
        layout.addWidget(heading)
        layout.addWidget(text)

    def refresh(self) -> None:
        pass
