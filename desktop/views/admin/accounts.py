"""Accounts: who may log in, with which role and site; passwords reset by the administrator;
a new recovery code. Adding an account or setting a password derives a key (about half a
second at the production cost), so those run off the UI thread."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLayout, QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from storage.access import ROLE_NAMES, ROLES, SUPERVISOR_ROLES
from storage.errors import StorageError
from storage.records import Staff

from . import dialogs
from .common import StatusLine, Table, error_text, password_field, password_problem, run_job, take_password


def role_label(role: str, lang: str) -> str:
    names = ROLE_NAMES.get(role)
    return names[0 if lang == "ko" else 1] if names else role


class AccountDialog(QDialog):
    """Add an account (with its first password, typed twice) or edit name, role, site, the
    supervision flag and the supervisor of an existing one. Emits ``saved(message)`` when storage accepted it."""

    saved = Signal(str)

    def __init__(self, context, kdf, staff: Staff | None = None, parent=None) -> None:
        super().__init__(parent)
        self.context, self.kdf, self.staff = context, kdf, staff
        self.busy = False
        self.adding = staff is None
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Add an account") if self.adding else self.tr("Edit account"))
        store, lang = context.store, context.lang
        self.login = QLineEdit(staff.login if staff else "")
        self.login.setObjectName("accountLogin")
        self.login.setPlaceholderText(self.tr("e.g. kim.sh (lower-case letters, digits, . _ -)"))
        self.login.setReadOnly(not self.adding)
        self.name = QLineEdit(staff.display_name if staff else "")
        self.name.setObjectName("accountName")
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        for role in ROLES:
            self.role.addItem(role_label(role, lang), role)
        self.role.setCurrentIndex(self.role.findData(staff.role if staff else "counselor"))
        self.site = QComboBox()
        self.site.setObjectName("accountSite")
        self.site.addItem(self.tr("No site (all sites)"), None)
        for site in store.sites.sites(include_inactive=True):
            if site.active or (staff and staff.site_id == site.id):
                self.site.addItem(site.name, site.id)
        self.site.setCurrentIndex(max(0, self.site.findData(staff.site_id if staff else None)))
        self.supervision = QCheckBox(self.tr("Needs supervision (notes are co-signed by a supervisor)"))
        self.supervision.setObjectName("accountSupervision")
        self.supervision.setChecked(bool(staff and staff.needs_supervision))
        # Candidates only; storage validates again (active, a note-writing role, not supervised).
        self.supervisor = QComboBox()
        self.supervisor.setObjectName("accountSupervisor")
        self.supervisor.addItem(self.tr("The center lead"), None)
        for s in store.staff.list():
            if s.role in SUPERVISOR_ROLES and not s.needs_supervision and (staff is None or s.id != staff.id):
                self.supervisor.addItem(f"{s.display_name} ({role_label(s.role, lang)})", s.id)
        self.supervisor.setCurrentIndex(max(0, self.supervisor.findData(staff.supervisor_id if staff else None)))
        self.supervisor.setEnabled(self.supervision.isChecked())
        self.supervision.toggled.connect(self.supervisor.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Account name *"), self.login)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Site"), self.site)
        form.addRow("", self.supervision)
        form.addRow(self.tr("Supervisor"), self.supervisor)
        self.password = password_field("accountPassword")
        self.password2 = password_field("accountPassword2")
        self.password2.setPlaceholderText(self.tr("the same password again"))
        if self.adding:
            form.addRow(self.tr("Password *"), self.password)
            form.addRow(self.tr("Password again *"), self.password2)
        else:
            self.password.hide()
            self.password2.hide()
        self.message = StatusLine("accountMessage")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Add account") if self.adding else self.tr("Save"),
                                    QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("accountOk")
        self.cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_save)
        self.cancel.clicked.connect(self.reject)
        self.password2.returnPressed.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SetMinimumSize)
        self.resize(540, self.sizeHint().height())

    def _record(self) -> Staff:
        return Staff(login=self.login.text().strip(), display_name=self.name.text().strip(),
                     role=self.role.currentData(), site_id=self.site.currentData(),
                     needs_supervision=self.supervision.isChecked(),
                     supervisor_id=self.supervisor.currentData() if self.supervision.isChecked() else None,
                     active=self.staff.active if self.staff else True)

    def try_save(self) -> None:
        if self.busy:
            return
        self.message.clear_text()
        record = self._record()
        repo = self.context.store.staff
        if not self.adding:
            try:
                repo.update(record)
            except StorageError as exc:
                self.message.error(error_text(exc, self.context.lang))
                return
            self.accept()
            self.saved.emit(self.tr("Account %1 saved.").replace("%1", record.login))
            return
        first, second = take_password(self.password, self.password2)
        problem = password_problem(first, second)
        if problem:
            self.message.error(problem)
            self.password.setFocus()
            return
        self._set_busy(True)
        kdf = self.kdf
        self._job = run_job(lambda _p: repo.add(record, first, kdf=kdf), done=self._added, failed=self._failed)

    def _added(self, staff: Staff) -> None:
        self._set_busy(False)
        self.accept()
        self.saved.emit(self.tr("Account %1 added. It can log in now.").replace("%1", staff.login))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.error(error_text(exc, self.context.lang))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok.setEnabled(not busy)
        self.cancel.setEnabled(not busy)
        if busy:
            self.message.ok(self.tr("Working…"))

    def reject(self) -> None:
        if self.busy:
            return
        take_password(self.password, self.password2)
        super().reject()


class PasswordDialog(QDialog):
    """A new password for an account (a forgotten one, or reactivating a deactivated account)."""

    saved = Signal(str)

    def __init__(self, context, kdf, staff: Staff, *, reactivate: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.context, self.kdf, self.staff, self.reactivating = context, kdf, staff, reactivate
        self.busy = False
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Reactivate account") if reactivate else self.tr("Reset password"))
        who = QLabel((self.tr("Reactivate %1 with a new password. Tell the person the password in person; they "
                              "should change it at their next login.") if reactivate else
                      self.tr("Set a new password for %1, who forgot theirs. Tell the person the password in "
                              "person; they should change it at their next login."))
                     .replace("%1", f"{staff.display_name} ({staff.login})"))
        who.setWordWrap(True)
        self.password = password_field("newPassword")
        self.password2 = password_field("newPassword2")
        self.password2.setPlaceholderText(self.tr("the same password again"))
        self.password2.returnPressed.connect(self.try_save)
        form = QFormLayout()
        form.addRow(self.tr("New password *"), self.password)
        form.addRow(self.tr("Password again *"), self.password2)
        self.message = StatusLine("passwordMessage")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Reactivate") if reactivate else self.tr("Set password"),
                                    QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("passwordOk")
        self.cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_save)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SetMinimumSize)
        self.resize(500, self.sizeHint().height())

    def try_save(self) -> None:
        if self.busy:
            return
        first, second = take_password(self.password, self.password2)
        problem = password_problem(first, second)
        if problem:
            self.message.error(problem)
            self.password.setFocus()
            return
        repo, login, kdf = self.context.store.staff, self.staff.login, self.kdf
        work = repo.reactivate if self.reactivating else repo.reset_password
        self.busy = True
        self.ok.setEnabled(False)
        self.cancel.setEnabled(False)
        self.message.ok(self.tr("Working…"))
        self._job = run_job(lambda _p: work(login, first, kdf=kdf), done=self._done, failed=self._failed)

    def _done(self, _result) -> None:
        self.busy = False
        self.accept()
        text = (self.tr("Account %1 is active again with the new password.") if self.reactivating
                else self.tr("New password set for %1."))
        self.saved.emit(text.replace("%1", self.staff.login))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.ok.setEnabled(True)
        self.cancel.setEnabled(True)
        self.message.error(error_text(exc, self.context.lang))

    def reject(self) -> None:
        if self.busy:
            return
        take_password(self.password, self.password2)
        super().reject()


class AccountsTab(QWidget):
    def __init__(self, context, kdf_source, parent=None) -> None:
        super().__init__(parent)
        self.context, self.kdf_source = context, kdf_source
        self.setObjectName("accountsTab")
        self.dialog: QDialog | None = None
        self.rows: list[Staff] = []
        self.table = Table([self.tr("Account"), self.tr("Name"), self.tr("Role"), self.tr("Site"), self.tr("Status"),
                            self.tr("Needs supervision"), self.tr("Supervisor")], "accountsTable")
        self.table.row_chosen.connect(lambda _row: self.edit_account())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add account…"))
        self.add_button.setObjectName("addAccount")
        self.add_button.setToolTip(self.tr("Add an account (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editAccount")
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.setObjectName("resetPassword")
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.deactivate_button.setObjectName("deactivateAccount")
        self.reactivate_button = QPushButton(self.tr("Reactivate…"))
        self.reactivate_button.setObjectName("reactivateAccount")
        self.recovery_button = QPushButton(self.tr("New recovery code…"))
        self.recovery_button.setObjectName("newRecoveryCode")
        self.recovery_button.setToolTip(self.tr("Replace the printed recovery code (the old one stops working)"))
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.recovery_button.clicked.connect(self.new_recovery_code)
        self.status = StatusLine("accountsStatus")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.reset_button, self.deactivate_button,
                  self.reactivate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        hint = QLabel(self.tr("A deactivated account can no longer log in; its records stay. Enter opens the "
                              "selected account."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        add = QShortcut(QKeySequence("Ctrl+N"), self)
        add.setContext(Qt.WidgetWithChildrenShortcut)
        add.activated.connect(self.add_account)
        self._update_buttons()

    def refresh(self) -> None:
        store, lang = self.context.store, self.context.lang
        selected = self.selected()
        sites = {s.id: s.name for s in store.sites.sites(include_inactive=True)}
        self.rows = store.staff.list(include_inactive=True)
        names = {s.id: s.display_name for s in self.rows}
        self.table.setRowCount(len(self.rows))
        for row, s in enumerate(self.rows):
            values = [s.login, s.display_name, role_label(s.role, lang),
                      sites.get(s.site_id, "—") if s.site_id else self.tr("all sites"),
                      self.tr("active") if s.active else self.tr("deactivated"),
                      self.tr("yes") if s.needs_supervision else "", self._supervisor_text(s, names)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not s.active:
                    item.setForeground(Qt.gray)
                self.table.setItem(row, col, item)
        if selected:
            self.select(selected.login)
        self._update_buttons()

    def _supervisor_text(self, s: Staff, names: dict) -> str:
        if not s.needs_supervision:
            return ""
        return names.get(s.supervisor_id, "?") if s.supervisor_id else self.tr("the center lead")

    def select(self, login: str) -> None:
        for row, s in enumerate(self.rows):
            if s.login == login:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return

    def selected(self) -> Staff | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        s = self.selected()
        self.edit_button.setEnabled(s is not None)
        self.reset_button.setEnabled(bool(s and s.active))
        self.deactivate_button.setEnabled(bool(s and s.active))  # storage explains refusals (own, last admin)
        self.reactivate_button.setEnabled(bool(s and not s.active))

    # --- actions -----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, message: str) -> None:
        login = self.dialog.staff.login if getattr(self.dialog, "staff", None) else self.dialog.login.text().strip()
        self.refresh()
        self.select(login)
        self.status.ok(message)
        self.context.notify("staff")

    def add_account(self) -> QDialog:
        self.status.clear_text()
        return self._open(AccountDialog(self.context, self.kdf_source(), parent=self))

    def edit_account(self) -> QDialog | None:
        staff = self.selected()
        if staff is None:
            return None
        self.status.clear_text()
        return self._open(AccountDialog(self.context, self.kdf_source(), staff, parent=self))

    def reset_password(self) -> QDialog | None:
        staff = self.selected()
        if staff is None or not staff.active:
            return None
        self.status.clear_text()
        return self._open(PasswordDialog(self.context, self.kdf_source(), staff, parent=self))

    def reactivate(self) -> QDialog | None:
        staff = self.selected()
        if staff is None or staff.active:
            return None
        self.status.clear_text()
        return self._open(PasswordDialog(self.context, self.kdf_source(), staff, reactivate=True, parent=self))

    def deactivate(self) -> bool:
        staff = self.selected()
        if staff is None:
            return False
        self.status.clear_text()
        if not dialogs.confirm(self, self.tr("Deactivate account"),
                               self.tr("Deactivate %1? The account can no longer log in and its key is deleted. "
                                       "Its records stay. You can reactivate it later with a new password.")
                               .replace("%1", f"{staff.display_name} ({staff.login})"),
                               self.tr("Deactivate")):
            return False
        try:
            self.context.store.staff.deactivate(staff.login)
        except StorageError as exc:
            self.status.error(error_text(exc, self.context.lang))
            return False
        self.refresh()
        self.select(staff.login)
        self.status.ok(self.tr("Account %1 deactivated.").replace("%1", staff.login))
        self.context.notify("staff")
        return True

    def new_recovery_code(self) -> bool:
        self.status.clear_text()
        if not dialogs.confirm(self, self.tr("New recovery code"),
                               self.tr("Make a new recovery code? The printed code in use now stops working at "
                                       "once. The new code is shown once: have a printer or a USB stick ready."),
                               self.tr("Make a new code")):
            return False
        vault, kdf = self.context.store.vault, self.kdf_source()
        self.recovery_button.setEnabled(False)
        self.status.ok(self.tr("Working…"))
        self._job = run_job(lambda _p: vault.new_recovery_code(kdf=kdf), done=self._show_code,
                            failed=self._code_failed)
        return True

    def _show_code(self, code: str) -> None:
        self.recovery_button.setEnabled(True)
        self.status.ok(self.tr("A new recovery code was made; the old one no longer works."))
        center = self.context.store.settings.get("center_name") or ""
        self.dialog = dialogs.RecoveryCodeDialog(code, center, self)
        self.dialog.open()

    def _code_failed(self, exc: BaseException) -> None:
        self.recovery_button.setEnabled(True)
        self.status.error(error_text(exc, self.context.lang))
