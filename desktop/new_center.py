"""First start without a database: open the demo, open a center's file, or create a new center
(center name, sites, rooms, the first administrator; the recovery code shown once)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.kdf import PRODUCTION_KDF
from storage.records import Room, Site
from storage.store import Store
from storage.validation import MIN_PASSWORD
from storage.vault import Vault

from .config import data_dir
from .workers import Job, start


class StartChoice(QDialog):
    """Shown once, when no database is configured."""

    DEMO, OPEN, CREATE = "demo", "open", "create"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Maumdesk — start"))
        self.choice: str | None = None
        self.path: Path | None = None
        text = QLabel(self.tr("No center database is set up on this PC yet."))
        create = QPushButton(self.tr("Create a new center database…"))
        create.setObjectName("startCreate")
        demo = QPushButton(self.tr("Open the demo center (synthetic data)"))
        demo.setObjectName("startDemo")
        demo.setDefault(True)
        existing = QPushButton(self.tr("Open an existing database file…"))
        existing.setObjectName("startOpen")
        create.clicked.connect(lambda: self._choose(self.CREATE))
        demo.clicked.connect(lambda: self._choose(self.DEMO))
        existing.clicked.connect(self._open_existing)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for button in (demo, create, existing):
            layout.addWidget(button)
        self.setMinimumWidth(420)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _open_existing(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a center database"), str(data_dir()),
                                              self.tr("Maumdesk database (*.db)"))
        if name:
            self.path = Path(name)
            self._choose(self.OPEN)


class NewCenterWizard(QDialog):
    """Two steps and a last page: the center, its first administrator, then the recovery code."""

    def __init__(self, parent=None, *, lang: str = "ko", kdf=PRODUCTION_KDF) -> None:
        super().__init__(parent)
        self.lang = lang
        self.kdf = kdf  # tests pass a cheap cost explicitly; the shipped default is production
        self.db_path: Path | None = None
        self.recovery_code = ""
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Create a new center database"))
        self.pages = QStackedWidget()

        center = QWidget()
        form = QFormLayout(center)
        self.center_name = QLineEdit()
        self.center_name.setObjectName("wizCenter")
        self.center_name.setPlaceholderText(self.tr("e.g. 시청 직원 마음건강 힐링센터"))
        self.sites = QLineEdit("본관, 별관")
        self.sites.setObjectName("wizSites")
        self.individual_rooms = QSpinBox()
        self.individual_rooms.setRange(0, 20)
        self.individual_rooms.setValue(2)
        self.group_rooms = QSpinBox()
        self.group_rooms.setRange(0, 10)
        self.group_rooms.setValue(1)
        self.location = QLineEdit(str(data_dir() / "center.db"))
        self.location.setObjectName("wizLocation")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Center name *"), self.center_name)
        form.addRow(self.tr("Sites (comma-separated) *"), self.sites)
        form.addRow(self.tr("Counseling rooms per site"), self.individual_rooms)
        form.addRow(self.tr("Group rooms per site"), self.group_rooms)
        form.addRow(self.tr("Database file"), where)

        admin = QWidget()
        form = QFormLayout(admin)
        self.login = QLineEdit("admin")
        self.login.setObjectName("wizLogin")
        self.admin_name = QLineEdit()
        self.admin_name.setObjectName("wizAdminName")
        self.password = QLineEdit()
        self.password.setObjectName("wizPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD)))
        self.password_again = QLineEdit()
        self.password_again.setObjectName("wizPasswordAgain")
        self.password_again.setEchoMode(QLineEdit.Password)
        form.addRow(QLabel(self.tr("The first administrator manages accounts, sites and backups and reads no "
                                   "client records.")))
        form.addRow(self.tr("Account *"), self.login)
        form.addRow(self.tr("Name *"), self.admin_name)
        form.addRow(self.tr("Password *"), self.password)
        form.addRow(self.tr("Password again *"), self.password_again)

        done = QWidget()
        box = QVBoxLayout(done)
        box.addWidget(QLabel(self.tr("The center database was created. This is its recovery code. It is shown "
                                     "only now: print it or save it, and keep it locked away. It is needed when "
                                     "a password is forgotten.")))
        self.code_label = QLabel("")
        self.code_label.setObjectName("wizRecoveryCode")
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.code_label.setStyleSheet("font-size: 18pt; font-weight: bold; font-family: monospace; padding: 12px;")
        save = QPushButton(self.tr("Save to a file…"))
        save.clicked.connect(self.save_code)
        self.stored = QCheckBox(self.tr("I have printed or saved the recovery code and stored it safely"))
        self.stored.setObjectName("wizStored")
        self.stored.toggled.connect(lambda on: self.finish.setEnabled(on))
        box.addWidget(self.code_label)
        box.addWidget(save)
        box.addWidget(self.stored)
        box.addStretch(1)

        for page in (center, admin, done):
            self.pages.addWidget(page)
        self.message = QLabel("")
        self.message.setObjectName("wizMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox()
        self.back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ActionRole)
        self.next = buttons.addButton(self.tr("Next"), QDialogButtonBox.ActionRole)
        self.finish = buttons.addButton(self.tr("Finish"), QDialogButtonBox.AcceptRole)
        self.cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.back.clicked.connect(lambda: self._go(0))
        self.next.clicked.connect(self.next_step)
        self.finish.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._go(0)

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back.setVisible(index == 1)
        self.next.setVisible(index < 2)
        self.next.setText(self.tr("Create") if index == 1 else self.tr("Next"))
        self.finish.setVisible(index == 2)
        self.finish.setEnabled(False)
        self.cancel.setVisible(index < 2)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.location.text(),
                                              self.tr("Maumdesk database (*.db)"))
        if name:
            self.location.setText(name if name.endswith(".db") else name + ".db")

    def site_names(self) -> list[str]:
        return [s.strip() for s in self.sites.text().replace("，", ",").split(",") if s.strip()]

    def next_step(self) -> None:
        self.message.clear()
        if self.pages.currentIndex() == 0:
            if not self.center_name.text().strip() or not self.site_names():
                self.message.setText(self.tr("Enter the center's name and at least one site."))
                return
            self._go(1)
            self.login.setFocus()
            return
        password, again = self.password.text(), self.password_again.text()
        self.password.clear()
        self.password_again.clear()  # password fields clear themselves after use
        if password != again:
            self.message.setText(self.tr("The two passwords are not the same. Please type them again."))
            return
        if not self.admin_name.text().strip():
            self.message.setText(self.tr("Enter the administrator's name."))
            return
        self.create(password)

    def create(self, password: str) -> None:
        path = Path(self.location.text().strip())
        path.parent.mkdir(parents=True, exist_ok=True)
        login, name, center = self.login.text().strip(), self.admin_name.text().strip(), self.center_name.text().strip()
        sites, individual, group, kdf = self.site_names(), self.individual_rooms.value(), self.group_rooms.value(), self.kdf

        def work(_progress):
            vault, code = Vault.create(path, admin_login=login, admin_password=password, admin_name=name,
                                       center_name=center, kdf=kdf)
            try:
                store = Store(vault)
                for site_name in sites:
                    site = store.sites.add_site(Site(name=site_name))
                    for i in range(individual):
                        store.sites.add_room(Room(site_id=site.id, name=f"상담실{i + 1}", kind="individual"))
                    for i in range(group):
                        store.sites.add_room(Room(site_id=site.id, name=f"집단상담실{i + 1}" if group > 1 else "집단상담실",
                                                  kind="group"))
            finally:
                vault.close()
            return code

        self.next.setEnabled(False)
        self.message.setStyleSheet("color: #555;")
        self.message.setText(self.tr("Creating the encrypted database…"))
        self.job = start(Job(work), done=lambda code: self._created(path, code), failed=self._failed)

    def _created(self, path: Path, code: str) -> None:
        self.job = None
        self.db_path = path
        self.recovery_code = code
        self.code_label.setText(code)
        self.message.clear()
        self.message.setStyleSheet("color: #b00020;")
        self.next.setEnabled(True)
        self._go(2)

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self.next.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(exc.message(self.lang) if isinstance(exc, StorageError) else str(exc))

    def save_code(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery code"), "recovery-code.txt",
                                              self.tr("Text (*.txt)"))
        return self.write_code(Path(name)) if name else None

    def write_code(self, path: Path) -> Path:
        path.write_text(f"Maumdesk recovery code / 마음데스크 복구 코드\n{self.recovery_code}\n", encoding="utf-8")
        return path

    def done(self, result: int) -> None:  # noqa: D401 (Qt's name): the code leaves the screen with the dialog
        if self.pages.currentIndex() == 2 and result != QDialog.Accepted and not self.stored.isChecked():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Store the recovery code first."))
            return
        self.code_label.clear()
        super().done(result)

    def wait(self, timeout_ms: int = 30000) -> None:
        """For tests: block until the creation job has reported."""
        from PySide6.QtCore import QCoreApplication, QElapsedTimer
        clock = QElapsedTimer()
        clock.start()
        while self.job is not None and clock.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
