"""Clients: the lazily fetched client list, intake, the client chart and session notes.

``ClientsView`` is what the main window shows; it routes ``open_target("client" | "note" |
"note_for_appointment", id)`` and saves open note drafts on ``save_all()``.
"""
from .view import ClientsView

__all__ = ["ClientsView"]
