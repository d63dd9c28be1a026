"""What the desktop tests share: typing Hangul, and Korean with a test file's proposed texts."""
from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.look import install_language, register_fonts


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII as key clicks, Hangul the way an input method delivers it (a
    committed QInputMethodEvent per syllable; QTest.keyClicks cannot send non-Latin-1 keys)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


class OverlayTranslator(QTranslator):
    """Serves a dict of texts on top of the shipped translation (None = ask the next one)."""

    def __init__(self, texts: dict, parent=None) -> None:
        super().__init__(parent)
        self.texts = texts

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 (Qt's name)
        return self.texts.get(source)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def korean_with(qapp, texts: dict):
    """Generator for a fixture: the bundled font, Korean, and ``texts`` on top; English after."""
    register_fonts(qapp)
    install_language(qapp, "ko")
    extra = OverlayTranslator(texts, qapp)
    qapp.installTranslator(extra)
    yield qapp
    qapp.removeTranslator(extra)
    install_language(qapp, "en")
