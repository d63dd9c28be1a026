"""ClientsView: the list, a chart and the note editor as pages of one stack.

The main window calls ``open_target(what, argument)`` for "client" (client id), "note"
(session id) and "note_for_appointment" (appointment id), ``save_all()`` before an idle lock
or log-out, and ``refresh()`` when the view is shown.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from storage.errors import StorageError
from storage.vocabulary import SESSION_KINDS

from .chart import ChartPage
from .common import error_label, error_text, show_error
from .editor_host import EditorHost
from .intake_dialog import IntakeDialog
from .list_view import ClientListPage
from .note_editor import NewNote, NoteEditor

class ClientsView(EditorHost, QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("clientsView")
        self.list_page = ClientListPage(context)
        self.chart = ChartPage(context)
        self.editor: NoteEditor | None = None
        self.intake: IntakeDialog | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.chart)
        self.message = error_label()
        self.message.setObjectName("clientsMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.list_page.open_client.connect(lambda client_id: self.open_target("client", client_id))
        self.list_page.new_client_requested.connect(self.new_client)
        self.list_page.masking_changed.connect(self._masking_changed)
        self.chart.back_requested.connect(self.show_list)
        self.chart.open_note.connect(lambda session_id: self.open_target("note", session_id))
        self.chart.new_note.connect(self.new_note)
        new_client = QShortcut(QKeySequence("Ctrl+N"), self)
        new_client.setContext(Qt.WidgetWithChildrenShortcut)
        new_client.activated.connect(self.new_client)
        self._stale: set[str] = set()
        context.changed.connect(self._changed)

    # --- the main window's API ---------------------------------------------------------------
    def open_target(self, what: str, argument=None) -> bool:
        """Show a client's chart ("client"), a note ("note", session id), or a new note for an
        appointment ("note_for_appointment"; its draft if one was started). False when refused
        (the page then shows why)."""
        show_error(self.message, "")
        if what == "client":
            if not self._leave_editor():
                return False
            ok = self.chart.load(int(argument))
            self.stack.setCurrentWidget(self.chart)
            self.chart.setFocus()
            return ok
        if what == "note":
            if not self._leave_editor():   # asked first: the new note is opened (and audited) only then
                return False
            self._show_editor(NoteEditor(self.context, session_id=int(argument)))
            return not self.editor.denied
        if what == "note_for_appointment":
            return self._note_for_appointment(int(argument))
        return False

    def save_all(self) -> bool:
        """Write an open note draft now (before a lock, a log-out, a close)."""
        return self.editor.save_now() if self.editor is not None else True

    def refresh(self) -> None:
        if "client" in self._stale:
            self.list_page.reload()
        if self.stack.currentWidget() is self.chart and self._stale:
            self.chart.reload()
        self._stale.clear()

    # --- pages -------------------------------------------------------------------------------
    def show_list(self) -> None:
        if not self._leave_editor():
            return
        self.stack.setCurrentWidget(self.list_page)
        if "client" in self._stale:
            self.list_page.reload()
            self._stale.discard("client")
        self.list_page.setFocus()

    def show_chart(self) -> None:
        if not self._leave_editor():
            return
        self.stack.setCurrentWidget(self.chart)
        if self.chart.client is not None:
            self.chart.reload()  # the note may have changed; no new 'view' audit row
            self._stale.clear()
        self.chart.setFocus()

    def _show_editor(self, editor: NoteEditor) -> None:
        if not self._leave_editor():
            editor.deleteLater()
            return
        self.editor = editor
        editor.back_requested.connect(self._editor_back)
        editor.access_granted.connect(lambda session_id: self.open_target("note", session_id))
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        first = next(iter(editor.sections.values()), None)
        (first or editor.back).setFocus()

    def _editor_back(self) -> None:
        editor = self.editor
        if editor is not None and editor.client_id is not None and (
                self.chart.client is None or self.chart.client.id != editor.client_id):
            if self._leave_editor():
                self.open_target("client", editor.client_id)
        else:
            self.show_chart()


    # --- new records -------------------------------------------------------------------------
    def new_client(self) -> None:
        if not self.context.store.clients.may("client.write"):
            return
        dialog = IntakeDialog(self.context, self)
        self.intake = dialog
        dialog.accepted.connect(lambda: dialog.created and self.open_target("client", dialog.created.id))
        dialog.open()

    def _site_for(self, client_site: int | None) -> int | None:
        if self.context.actor.site_id is not None:
            return self.context.actor.site_id
        if client_site is not None:
            return client_site
        sites = self.context.store.sites.sites()
        return sites[0].id if sites else None

    def new_note(self, client_id: int) -> bool:
        store, actor = self.context.store, self.context.actor
        case = store.cases.open_case(client_id)
        client_site = self.chart.client.site_id if self.chart.client and self.chart.client.id == client_id else None
        new = NewNote(client_id=client_id, counselor_id=actor.id, site_id=self._site_for(client_site),
                      session_date=self.context.today().isoformat(), case_id=case.id if case else None)
        self._show_editor(NoteEditor(self.context, new=new))
        return True

    def _note_for_appointment(self, appointment_id: int) -> bool:
        store = self.context.store
        try:
            appt = store.appointments.get(appointment_id)
            existing = store.sessions.for_appointment(appointment_id)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        if appt.client_id is None:
            show_error(self.message, self.tr("This appointment has no client. Open the note from a client's chart."))
            return False
        mine = [s for s in existing if s.client_id == appt.client_id]
        if mine:
            return self.open_target("note", mine[0].id)
        case = store.cases.open_case(appt.client_id)
        length = datetime.fromisoformat(appt.ends_at) - datetime.fromisoformat(appt.starts_at)
        minutes = max(1, int(length.total_seconds() // 60))
        new = NewNote(client_id=appt.client_id, counselor_id=appt.counselor_id, site_id=appt.site_id,
                      session_date=appt.starts_at[:10], kind=appt.kind if appt.kind in SESSION_KINDS else "individual",
                      minutes=min(minutes, 600), case_id=case.id if case else None, appointment_id=appt.id)
        self._show_editor(NoteEditor(self.context, new=new))
        return True

    # --- changes elsewhere -------------------------------------------------------------------
    def _changed(self, what: str) -> None:
        self._stale.add(what)
        if what == "mask_names":
            self.list_page.sync_mask()
            self.chart.names_changed()

    def _masking_changed(self, _on: bool) -> None:
        self.chart.names_changed()
        self.context.notify("mask_names")
