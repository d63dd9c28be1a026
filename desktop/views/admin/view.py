"""AdminView: one tab per administrative task, shown only to the roles docs/roles.md allows
(storage enforces the same rules again on every write)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from storage.access import scope
from storage.kdf import PRODUCTION_KDF

from .access_review_tab import AccessReviewTab
from .accounts import AccountsTab
from .audit_tab import AuditTab
from .backup_tab import BackupTab
from .import_tab import ImportTab
from .retention_tab import RetentionTab
from .settings_tab import SettingsTab
from .sites import SitesTab


class AdminView(QWidget):
    """``kdf`` is the key-derivation cost for new passwords and recovery codes: the production
    cost unless a test sets a cheaper one on the view."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.kdf = PRODUCTION_KDF
        self.setObjectName("adminView")
        role = context.actor.role
        allowed = lambda permission: scope(role, permission) is not None  # noqa: E731
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.accounts = AccountsTab(context, lambda: self.kdf) if allowed("staff.manage") else None
        self.sites = SitesTab(context) if allowed("site.manage") else None
        self.settings = (SettingsTab(context) if allowed("settings.manage") or allowed("plan.manage") else None)
        self.backup = BackupTab(context) if allowed("backup.run") else None
        self.audit = AuditTab(context) if allowed("audit.read") else None
        self.importer = ImportTab(context) if allowed("import.run") else None
        self.review = AccessReviewTab(context) if allowed("access.review") else None
        self.retention = RetentionTab(context) if allowed("retention.manage") else None
        for tab, title in ((self.accounts, self.tr("Accounts")), (self.sites, self.tr("Sites and rooms")),
                           (self.settings, self.tr("Center settings")), (self.backup, self.tr("Backup")),
                           (self.audit, self.tr("Audit log")), (self.review, self.tr("Access review")),
                           (self.importer, self.tr("Import")),
                           (self.retention, self.tr("Retention and destruction"))):
            if tab is not None:
                self.tabs.addTab(tab, title)
        self.denied = QLabel(self.tr("Administration is for the administrator and the center lead. Your role "
                                     "has no administrative tasks."))
        self.denied.setObjectName("adminDenied")
        self.denied.setWordWrap(True)
        self.denied.setAlignment(Qt.AlignCenter)
        layout = QVBoxLayout(self)
        if self.tabs.count():
            layout.addWidget(self.tabs)
            self.denied.hide()
        else:
            self.tabs.hide()
            layout.addWidget(self.denied)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        context.changed.connect(self._changed)
        self.refresh()

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def refresh(self) -> None:
        """Reload the tab on show (the main window calls this when the view is switched to)."""
        tab = self.tabs.currentWidget()
        if tab is not None and hasattr(tab, "refresh"):
            tab.refresh()

    def _changed(self, what: str) -> None:
        if what in ("staff", "site") and self.isVisible():
            self.refresh()

    @property
    def busy(self) -> bool:
        """True while a backup, check, restore, import, destruction or key derivation runs in a worker thread (the
        vault must stay open until it reports)."""
        dialog = getattr(self.accounts, "dialog", None) if self.accounts else None
        return bool((self.backup and self.backup.running) or (self.audit and self.audit.checking)
                    or (self.importer and self.importer.running)
                    or (self.retention and self.retention.running)
                    or getattr(dialog, "busy", False)
                    or (self.accounts and not self.accounts.recovery_button.isEnabled()))

    def show_access_review(self) -> bool:
        """Select the monthly access-log review (the main window's ``open("access_review")``)."""
        if self.review is None:
            return False
        self.tabs.setCurrentWidget(self.review)
        return True

    def show_audit(self) -> bool:
        """Select the audit log (the main window's ``open("audit")``)."""
        if self.audit is None:
            return False
        self.tabs.setCurrentWidget(self.audit)
        return True
