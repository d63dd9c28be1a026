"""Retention and destruction (보존·파기), for the center lead: this month's list of clients past
retention (client codes, never names), approving it, destroying an approved list (off the UI thread: the
database is rebuilt afterwards), the history of destructions and the backups that still hold
destroyed records. The rules and their sources: docs/retention.md."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from storage.errors import StorageError

from ...context import korean_date
from . import dialogs
from .common import StatusLine, Table, error_text, run_job, take_password


def kind_labels() -> dict[str, str]:
    return {
        "counseling": QCoreApplication.translate("RetentionTab", "Counseling records"),
        "screening": QCoreApplication.translate("RetentionTab", "Screenings"),
        "program": QCoreApplication.translate("RetentionTab", "Program attendance"),
        "appointment": QCoreApplication.translate("RetentionTab", "Appointments"),
        "contact": QCoreApplication.translate("RetentionTab", "Contact data only"),
        "audit_log": QCoreApplication.translate("RetentionTab", "Audit log (minimum)"),
    }


def count_labels() -> dict[str, str]:
    return {
        "clients": QCoreApplication.translate("RetentionTab", "clients"),
        "cases": QCoreApplication.translate("RetentionTab", "cases"),
        "sessions": QCoreApplication.translate("RetentionTab", "sessions"),
        "screenings": QCoreApplication.translate("RetentionTab", "screenings"),
        "appointments": QCoreApplication.translate("RetentionTab", "appointments"),
        "attendance": QCoreApplication.translate("RetentionTab", "attendances"),
        "referrals": QCoreApplication.translate("RetentionTab", "referrals"),
        "waitlist": QCoreApplication.translate("RetentionTab", "waitlist entries"),
        "enquiries": QCoreApplication.translate("RetentionTab", "anonymous enquiries"),
    }


def mention_labels() -> dict[str, str]:
    return {
        "note": QCoreApplication.translate("RetentionTab", "session note"),
        "addendum": QCoreApplication.translate("RetentionTab", "addendum"),
        "supervision": QCoreApplication.translate("RetentionTab", "supervision comment"),
        "referral": QCoreApplication.translate("RetentionTab", "referral"),
        "appointment": QCoreApplication.translate("RetentionTab", "appointment memo"),
        "waitlist": QCoreApplication.translate("RetentionTab", "waitlist memo"),
    }


def status_labels() -> dict[str, str]:
    return {
        "approved": QCoreApplication.translate("RetentionTab", "approved, not yet destroyed"),
        "destroyed": QCoreApplication.translate("RetentionTab", "destroyed"),
        "cancelled": QCoreApplication.translate("RetentionTab", "cancelled"),
    }


def choose_folder(parent, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


class RetentionTab(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("retentionTab")
        self.running = False
        self.due: list = []
        self.history: list = []
        self.flags: list = []

        # --- this month's list
        self.due_title = QLabel()
        self.due_title.setObjectName("retentionDueTitle")
        self.due_title.setWordWrap(True)
        self.due_table = Table([self.tr("Client code"), self.tr("Record kept longest"), self.tr("Last record"),
                                self.tr("Period"), self.tr("Kept until")], "retentionDue")
        self.approve_button = QPushButton(self.tr("Approve this list…"))
        self.approve_button.setObjectName("approveRetention")
        self.approve_button.clicked.connect(self.approve)
        self.due_status = StatusLine("retentionDueStatus")
        self.mentions_button = QPushButton(self.tr("Search other clients' records for these names"))
        self.mentions_button.setObjectName("retentionMentions")
        self.mentions_button.clicked.connect(self.find_mentions)
        self.mentions_text = QLabel()
        self.mentions_text.setObjectName("retentionMentionsText")
        self.mentions_text.setWordWrap(True)
        due_box = QGroupBox(self.tr("Records past their retention period"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_title)
        due_layout.addWidget(self.due_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.mentions_button)
        row.addStretch(1)
        due_layout.addLayout(row)
        due_layout.addWidget(self.mentions_text)
        due_layout.addWidget(self.due_status)

        # --- approved lists and destructions
        self.history_table = Table([self.tr("Approved"), self.tr("Approved by"), self.tr("Clients"), self.tr("Status"),
                                    self.tr("Destroyed"), self.tr("Records destroyed")], "retentionHistory")
        self.password = QLineEdit()
        self.password.setObjectName("retentionPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setPlaceholderText(self.tr("your password, to confirm"))
        self.destroy_button = QPushButton(self.tr("Destroy the selected list…"))
        self.destroy_button.setObjectName("destroyRetention")
        self.destroy_button.clicked.connect(self.destroy)
        self.cancel_button = QPushButton(self.tr("Cancel the selected list"))
        self.cancel_button.setObjectName("cancelRetention")
        self.cancel_button.clicked.connect(self.cancel_list)
        self.history_status = StatusLine("retentionHistoryStatus")
        history_box = QGroupBox(self.tr("Approved lists and destructions"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.password)
        row.addWidget(self.destroy_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        history_layout.addLayout(row)
        history_layout.addWidget(self.history_status)

        # --- backups
        self.folder = QLineEdit()
        self.folder.setObjectName("retentionBackupFolder")
        self.folder.setPlaceholderText(self.tr("the backup folder, to check the files in it too"))
        folder_button = QPushButton(self.tr("Choose…"))
        folder_button.setObjectName("retentionChooseFolder")
        folder_button.clicked.connect(self.choose_folder)
        self.folder.editingFinished.connect(self.load_backups)
        self.backup_table = Table([self.tr("Backup"), self.tr("Made"), self.tr("Why")], "retentionBackups")
        self.mark_button = QPushButton(self.tr("Mark the selected backup as destroyed…"))
        self.mark_button.setObjectName("markBackupDestroyed")
        self.mark_button.clicked.connect(self.mark_destroyed)
        self.backup_status = StatusLine("retentionBackupStatus")
        backup_hint = QLabel(self.tr("A backup made before a destruction still holds the destroyed records. Destroy "
                                     "those copies (delete the file and empty the drive's trash, or wipe the drive), "
                                     "then mark them here. A backup made after the destruction holds none of them."))
        backup_hint.setWordWrap(True)
        backup_hint.setStyleSheet("color: #555;")
        backup_box = QGroupBox(self.tr("Backups to destroy"))
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addWidget(backup_hint)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(folder_button)
        backup_layout.addLayout(row)
        backup_layout.addWidget(self.backup_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.mark_button)
        row.addStretch(1)
        backup_layout.addLayout(row)
        backup_layout.addWidget(self.backup_status)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(due_box, 1)
        top.addWidget(history_box, 1)
        layout.addLayout(top, 3)
        layout.addWidget(backup_box, 2)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.load_due()
        self.load_history()
        self.load_backups()

    def _date(self, d) -> str:
        return korean_date(d, self.context.lang, weekday=False)

    def load_due(self) -> None:
        retention = self.context.store.retention
        today = retention.today()            # the repository's day: approval is checked against it
        self.due = retention.past_retention()
        labels = kind_labels()
        self.due_title.setText(self.tr("As of %1: %2 clients whose every retention period has ended. Their whole "
                                       "file (cases, notes, screenings, appointments, attendance) is destroyed "
                                       "together.").replace("%1", self._date(today))
                               .replace("%2", str(sum(not item.enquiry for item in self.due))))
        enquiries = sum(item.enquiry for item in self.due)
        if enquiries:
            self.due_title.setText(self.due_title.text() + " " + self.tr(
                "Also %1 anonymous waitlist enquiries past the contact-data period.").replace("%1", str(enquiries)))
        self.due_table.setRowCount(len(self.due))
        for row, item in enumerate(self.due):
            years = self.tr("%1 years").replace("%1", str(item.years))
            # the full client code: the lead must be able to check whose file goes before approving
            who = self.tr("anonymous waitlist enquiry") if item.enquiry else item.code
            for col, text in enumerate((who, labels.get(item.rule, item.rule), self._date(item.last_on),
                                        years, self._date(item.due_on))):
                self.due_table.setItem(row, col, QTableWidgetItem(text))
        self.approve_button.setEnabled(bool(self.due) and not self.running)
        self.mentions_button.setEnabled(any(not item.enquiry for item in self.due))
        self.mentions_text.clear()

    def find_mentions(self) -> list:
        """Where other clients' records name someone on the list: destruction leaves those
        (docs/retention.md), so the lead sees them first. Masked codes, kinds and dates only."""
        ids = [item.client_id for item in self.due if not item.enquiry]
        try:
            found = self.context.store.retention.mentions(ids)
        except StorageError as exc:
            self.due_status.error(error_text(exc, self.context.lang))
            return []
        if not found:
            self.mentions_text.setText(self.tr("No other client's record names anyone on this list."))
            return found
        labels = mention_labels()
        places = "; ".join(f"{m.code} {labels.get(m.kind, m.kind)} {m.day}" for m in found[:20])
        more = self.tr(" and %1 more").replace("%1", str(len(found) - 20)) if len(found) > 20 else ""
        self.mentions_text.setText(self.tr(
            "%1 records of other clients name someone on this list; destruction does not change them. Check "
            "them (a signed note can only get an addendum): %2").replace("%1", str(len(found)))
            .replace("%2", places + more))
        return found

    def _counts_text(self, counts: dict) -> str:
        labels = count_labels()
        return ", ".join(f"{labels[k]} {counts[k]}" for k in labels if counts.get(k))

    def load_history(self) -> None:
        self.history = self.context.store.retention.reviews()
        statuses = status_labels()
        self.history_table.setRowCount(len(self.history))
        for row, r in enumerate(self.history):
            destroyed = r.destroyed_at[:10] if r.destroyed_at else ""
            for col, text in enumerate((r.approved_at[:10], r.approved_by, str(r.items), statuses.get(r.status, r.status),
                                        destroyed, self._counts_text(r.counts))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.history_table.setItem(row, col, cell)
        pending = next((i for i, r in enumerate(self.history) if r.status == "approved"), -1)
        if pending >= 0:
            self.history_table.selectRow(pending)

    def load_backups(self) -> None:
        folder = self.folder.text().strip()
        folders = [Path(folder)] if folder and Path(folder).is_dir() else []
        self.flags = self.context.store.retention.flagged_backups(self.context.today(), folders)
        why = {"before_destruction": self.tr("made before a destruction: holds destroyed records"),
               "older_than_retention": self.tr("older than the longest retention period")}
        self.backup_table.setRowCount(len(self.flags))
        for row, flag in enumerate(self.flags):
            for col, text in enumerate((flag.name, flag.made_at.strftime("%Y-%m-%d %H:%M"),
                                        "; ".join(why[r] for r in flag.reasons))):
                self.backup_table.setItem(row, col, QTableWidgetItem(text))
        self.mark_button.setEnabled(bool(self.flags))

    def choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Backup folder"), self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)
            self.load_backups()

    # --- approving and destroying ------------------------------------------------------------
    def approve(self) -> bool:
        self.due_status.clear_text()
        if not self.due:
            return False
        ids = [item.client_id for item in self.due if not item.enquiry]
        enquiries = [item.waitlist_id for item in self.due if item.enquiry]
        text = self.tr("Approve the destruction of the records of %1 clients? Nothing is deleted yet: the list is "
                       "kept as approved, and destroying it is a separate step.").replace("%1", str(len(ids)))
        if enquiries:
            text += " " + self.tr("Also %1 anonymous waitlist enquiries (name, phone, memo).").replace(
                "%1", str(len(enquiries)))
        if not dialogs.confirm(self, self.tr("Approve destruction"), text, self.tr("Approve")):
            return False
        try:
            self.context.store.retention.approve(ids, enquiries)
        except StorageError as exc:
            self.due_status.error(error_text(exc, self.context.lang))
            return False
        text = self.tr("The list of %1 clients is approved. Destroy it below.").replace("%1", str(len(ids)))
        if enquiries:
            text += " " + self.tr("Also %1 anonymous waitlist enquiries.").replace("%1", str(len(enquiries)))
        self.due_status.ok(text)
        self.load_history()
        return True

    def _selected_review(self):
        row = self.history_table.currentRow()
        return self.history[row] if 0 <= row < len(self.history) else None

    def destroy(self) -> bool:
        self.history_status.clear_text()
        review = self._selected_review()
        if self.running or review is None or review.status != "approved":
            self.history_status.error(self.tr("Select an approved list that is not yet destroyed."))
            return False
        (password,) = take_password(self.password)
        store = self.context.store
        if not password or not store.vault.check_password(password):
            self.history_status.error(self.tr("The password is not right; nothing was destroyed."))
            return False
        text = self.tr("Destroy the records of %1 clients for good? They are removed from the database so that they "
                       "cannot be recovered. Backups made before now still hold them.").replace("%1", str(review.items))
        if not dialogs.confirm(self, self.tr("Destroy records"), text, self.tr("Destroy")):
            return False
        # The delete is one short transaction on the main connection; rebuilding the file and
        # emptying the WAL take longer and run in a worker on a connection of their own.
        try:
            result = store.retention.destroy(review.id, wipe=False)
        except StorageError as exc:
            self.history_status.error(error_text(exc, self.context.lang))
            return False
        self.running = True
        for w in (self.destroy_button, self.cancel_button, self.approve_button):
            w.setEnabled(False)
        self.history_status.ok(self.tr("Destroying and rebuilding the database…"))
        self.context.notify("client")
        retention = store.retention
        self._job = run_job(lambda _progress: retention.wipe_free_space(),
                            done=lambda cleared: self._destroyed(result, cleared),
                            failed=lambda exc: self._wipe_failed(result, exc))
        return True

    def _finish(self) -> None:
        self.running = False
        for w in (self.destroy_button, self.cancel_button):
            w.setEnabled(True)
        self.refresh()

    def _destroyed(self, result, wal_cleared: bool) -> None:
        self._finish()
        text = self.tr("Destroyed: %1.").replace("%1", self._counts_text(result.counts) or "0")
        if result.kept:
            text += " " + self.tr("%1 clients were kept: they have new records since the approval.").replace(
                "%1", str(result.kept))
        if not wal_cleared:
            text += " " + self.tr("Another window is still reading the database; the temporary log file (WAL) is "
                                  "emptied when that finishes, or at the next login.")
        self.history_status.ok(text)

    def _wipe_failed(self, result, exc: BaseException) -> None:
        """The records are deleted (zeroed in place); only the rebuild failed. Say so plainly."""
        self._finish()
        self.history_status.error(
            self.tr("Destroyed: %1. Rebuilding the database afterwards failed (%2); it is tried again "
                    "automatically at the next login.")
            .replace("%1", self._counts_text(result.counts) or "0").replace("%2", error_text(exc, self.context.lang)))

    def cancel_list(self) -> bool:
        self.history_status.clear_text()
        review = self._selected_review()
        if review is None or review.status != "approved":
            self.history_status.error(self.tr("Select an approved list that is not yet destroyed."))
            return False
        try:
            self.context.store.retention.cancel(review.id)
        except StorageError as exc:
            self.history_status.error(error_text(exc, self.context.lang))
            return False
        self.history_status.ok(self.tr("The list was cancelled; nothing was destroyed."))
        self.load_history()
        return True

    def mark_destroyed(self) -> bool:
        self.backup_status.clear_text()
        row = self.backup_table.currentRow()
        if not 0 <= row < len(self.flags):
            self.backup_status.error(self.tr("Select a backup first."))
            return False
        name = self.flags[row].name
        text = self.tr("Record that the backup %1 was destroyed (every copy of it)?").replace("%1", name)
        if not dialogs.confirm(self, self.tr("Backup destroyed"), text, self.tr("Mark as destroyed")):
            return False
        try:
            self.context.store.retention.mark_backup_destroyed(name)
        except StorageError as exc:
            self.backup_status.error(error_text(exc, self.context.lang))
            return False
        self.backup_status.ok(self.tr("Recorded: %1 was destroyed.").replace("%1", name))
        self.load_backups()
        return True
