"""What the screening, referral and follow-up widgets share: the forms registry, colours,
error labels, dates and the questions they ask (one place, so tests can answer them)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

import forms
from storage.errors import StorageError

ERROR_STYLE = "color: #b00020;"
RISK_COLORS = {"normal": "#2e7d32", "watch": "#b26a00", "high_risk": "#c62828"}
# Light fills of the band areas on the score charts, by class (subscale bands without a class
# alternate two greys).
BAND_FILLS = {"normal": "#e3f1e4", "watch": "#fdf0d5", "high_risk": "#fbe0e0"}
NEUTRAL_FILLS = ("#eeeeee", "#f7f7f7")
SAFETY_STYLE = ("QFrame#safetyNotice { background: #fdecea; border: 2px solid #c62828; border-radius: 4px; }"
                " QLabel { color: #8e0000; }")
NOTICE_STYLE = ("QFrame#noticeBox { background: #fff4e0; border: 1px solid #b26a00; border-radius: 4px; }"
                " QLabel { color: #6d4100; }")


def registry_for(context) -> forms.Registry:
    """The built-in instruments plus the center's own forms: ``context.forms_registry`` when the
    app set one, else ``forms/`` beside the database file when that folder exists."""
    given = getattr(context, "forms_registry", None)
    if given is not None:
        return given
    path = getattr(getattr(context.store, "vault", None), "path", None)
    if path is not None:
        folder = Path(path).parent / "forms"
        if folder.is_dir():
            try:
                return forms.center_registry(folder)
            except forms.FormError:
                pass  # a broken center file must not stop screening with the built-ins
    return forms.builtin_registry()


def error_text(exc: Exception, lang: str) -> str:
    """The storage's or the forms engine's own message in the user's language."""
    if isinstance(exc, (StorageError, forms.FormError)):
        return exc.message(lang)
    return QCoreApplication.translate("ScreeningCommon", "Something went wrong; nothing was changed. Please try again.")


def error_label() -> QLabel:
    label = QLabel("")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def day_text(iso: str | None, lang: str) -> str:
    """A stored date as people in Korea write it, without the weekday."""
    if not iso:
        return "—"
    from ...context import korean_date
    return korean_date(date.fromisoformat(iso[:10]), lang, weekday=False)


def number_text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def won(amount: int | None, lang: str) -> str:
    amount = amount or 0
    return f"{amount:,}원" if lang == "ko" else f"KRW {amount:,}"


def site_for(context, client_site: int | None) -> int | None:
    """Where a record is made: the account's site, else the client's, else the first site."""
    if context.actor.site_id is not None:
        return context.actor.site_id
    if client_site is not None:
        return client_site
    sites = context.store.sites.sites()
    return sites[0].id if sites else None


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask; the safe answer (cancel) is the default button. Tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("ScreeningCommon", "Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok
