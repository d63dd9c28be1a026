"""What every view shares: the open store, the language, name masking, and navigation."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from storage.hangul import mask_name
from storage.store import Store


class AppContext(QObject):
    """Views never reach into each other: they ask the context to navigate, and listen to
    ``changed`` to refresh what they show after someone else wrote."""

    navigate_requested = Signal(str, object)   # view name, argument (e.g. client id, session id)
    changed = Signal(str)                      # what kind of record changed: "appointment", "client", ...

    def __init__(self, store: Store, lang: str = "ko") -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self.mask_names = bool(store.settings.get("mask_names", False))

    @property
    def actor(self):
        return self.store.actor

    def show_name(self, name: str) -> str:
        return mask_name(name) if self.mask_names else name

    def navigate(self, view: str, argument=None) -> None:
        self.navigate_requested.emit(view, argument)

    def notify(self, what: str) -> None:
        self.changed.emit(what)

    @staticmethod
    def today() -> date:
        return date.today()

    def label(self, vocab: dict, code: str) -> str:
        from storage.vocabulary import label
        return label(vocab, code, self.lang)


def korean_date(d: date, lang: str = "ko", weekday: bool = True) -> str:
    """Dates as people in Korea write them: 2026년 3월 5일 (목)."""
    if lang != "ko":
        return d.strftime("%a %d %b %Y") if weekday else d.strftime("%d %b %Y")
    days = "월화수목금토일"
    text = f"{d.year}년 {d.month}월 {d.day}일"
    return f"{text} ({days[d.weekday()]})" if weekday else text
