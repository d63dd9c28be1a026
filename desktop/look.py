"""Fonts and translations: a center PC may have no Korean font, so the app brings its own."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import KOREAN_FONT, KOREAN_FONT_BOLD, resource_path

_translators: list[QTranslator] = []


def register_fonts(app: QApplication) -> str:
    """Register the bundled NanumGothic and make it the app font; returns the family name."""
    family = ""
    for parts in (KOREAN_FONT, KOREAN_FONT_BOLD):
        font_id = QFontDatabase.addApplicationFont(str(resource_path(*parts)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        font = QFont(family)
        font.setPointSize(10)
        app.setFont(font)
    return family


def install_language(app: QApplication, lang: str) -> bool:
    """Korean is the default; English is the source language of the code's strings."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(QLocale(QLocale.Korean if lang == "ko" else QLocale.English))
    if lang != "ko":
        return True
    qm = resource_path("i18n", "maumdesk_ko.qm")
    if not qm.exists():
        try:
            from resources.i18n.build import build
            build()
        except Exception:  # noqa: BLE001 (an untranslated UI beats no UI)
            return False
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True
