"""Backups: write an encrypted archive (off the UI thread, with progress and Cancel), check the
open database, and restore an archive into a NEW file (never over the open one).

The folder last used is remembered for this run of the app only (``last_folder``): the app's
config file has no field for it yet.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from storage.backup import SUFFIX, BackupCancelled, create_backup, restore_backup

from ...config import AppConfig
from .common import StatusLine, error_text, password_field, run_job, take_password

last_folder: str = ""   # this session's last backup folder


def choose_folder(parent, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def choose_archive(parent, title: str, start: str, filters: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, start, filters)[0]


def choose_new_file(parent, title: str, start: str, filters: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, start, filters, options=QFileDialog.DontConfirmOverwrite)[0]


class BackupTab(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("backupTab")
        self.running: str | None = None      # "backup" | "verify" | "restore" while a job runs
        self._cancel = threading.Event()
        self.restored_path: Path | None = None
        self.last_backup = None

        # --- back up
        self.folder = QLineEdit(last_folder)
        self.folder.setObjectName("backupFolder")
        self.folder.setPlaceholderText(self.tr("a folder on another disk, e.g. a USB drive"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.setObjectName("chooseBackupFolder")
        self.folder_button.clicked.connect(self.choose_backup_folder)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelBackup")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        self.backup_status = StatusLine("backupStatus")
        backup_box = QGroupBox(self.tr("Back up"))
        column = QVBoxLayout(backup_box)
        intro = QLabel(self.tr("A backup is one encrypted file (the database and its key file). It opens only with a "
                               "staff password or the recovery code. Keep copies on another disk than this PC's."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder")))
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_button)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        self.progress.setMinimumWidth(300)
        column.addLayout(row)
        column.addWidget(self.backup_status)

        # --- verify
        self.verify_button = QPushButton(self.tr("Verify database"))
        self.verify_button.setObjectName("verifyDatabase")
        self.verify_button.clicked.connect(self.verify)
        self.verify_status = StatusLine("verifyStatus")
        verify_box = QGroupBox(self.tr("Check the database"))
        column = QVBoxLayout(verify_box)
        text = QLabel(self.tr("Checks every page, the structure, the audit trail's chain and the key slots."))
        text.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(text, 1)
        column.addLayout(row)
        column.addWidget(self.verify_status)

        # --- restore
        self.archive = QLineEdit()
        self.archive.setObjectName("restoreArchive")
        self.archive.setPlaceholderText(self.tr("the backup file (%1)").replace("%1", SUFFIX))
        self.archive_button = QPushButton(self.tr("Choose…"))
        self.archive_button.setObjectName("chooseArchive")
        self.archive_button.clicked.connect(self.choose_restore_archive)
        self.target = QLineEdit()
        self.target.setObjectName("restoreTarget")
        self.target.setPlaceholderText(self.tr("a new file name; an existing file is never overwritten"))
        self.target_button = QPushButton(self.tr("Choose…"))
        self.target_button.setObjectName("chooseTarget")
        self.target_button.clicked.connect(self.choose_restore_target)
        self.restore_password = password_field("restorePassword")
        self.restore_password.setPlaceholderText(self.tr("your password at the time of the backup"))
        self.restore_password.returnPressed.connect(self.restore)
        self.restore_button = QPushButton(self.tr("Restore and verify"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore)
        self.restore_progress = QProgressBar()
        self.restore_progress.setObjectName("restoreProgress")
        self.restore_progress.setRange(0, 0)
        self.restore_progress.setVisible(False)
        self.restore_status = StatusLine("restoreStatus")
        self.use_button = QPushButton(self.tr("Open this database from the next start"))
        self.use_button.setObjectName("useRestored")
        self.use_button.setVisible(False)
        self.use_button.clicked.connect(self.use_restored)
        restore_box = QGroupBox(self.tr("Restore a backup"))
        column = QVBoxLayout(restore_box)
        note = QLabel(self.tr("The backup is restored into a new file; the database open now is not changed."))
        note.setWordWrap(True)
        column.addWidget(note)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Backup file")), 0, 0)
        grid.addWidget(self.archive, 0, 1)
        grid.addWidget(self.archive_button, 0, 2)
        grid.addWidget(QLabel(self.tr("Restore as")), 1, 0)
        grid.addWidget(self.target, 1, 1)
        grid.addWidget(self.target_button, 1, 2)
        grid.addWidget(QLabel(self.tr("Password")), 2, 0)
        grid.addWidget(self.restore_password, 2, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.restore_progress, 1)
        row.addStretch(0)
        self.restore_progress.setMinimumWidth(300)
        column.addLayout(row)
        column.addWidget(self.restore_status)
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addStretch(1)
        column.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(backup_box)
        layout.addWidget(verify_box)
        layout.addWidget(restore_box)
        layout.addStretch(1)

    def refresh(self) -> None:
        if not self.folder.text():
            self.folder.setText(last_folder)

    # --- choosing files ----------------------------------------------------------------------
    def choose_backup_folder(self) -> str:
        folder = choose_folder(self, self.tr("Folder for the backup"), self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)
        return folder

    def choose_restore_archive(self) -> str:
        path = choose_archive(self, self.tr("Backup to restore"), self.folder.text() or str(Path.home()),
                              self.tr("Maumdesk backups (*%1)").replace("%1", SUFFIX))
        if path:
            self.archive.setText(path)
            if not self.target.text():
                self.target.setText(str(self._suggest_target(Path(path))))
        return path

    def choose_restore_target(self) -> str:
        start = self.target.text() or str(self.context.store.vault.path.parent)
        path = choose_new_file(self, self.tr("Restore as (a new file)"), start, self.tr("Databases (*.db)"))
        if path:
            self.target.setText(path)
        return path

    def _suggest_target(self, archive: Path) -> Path:
        folder = self.context.store.vault.path.parent
        candidate = folder / f"{archive.stem}-restored.db"
        n = 2
        while candidate.exists():
            candidate = folder / f"{archive.stem}-restored-{n}.db"
            n += 1
        return candidate

    # --- jobs --------------------------------------------------------------------------------
    def _set_running(self, what: str | None) -> None:
        self.running = what
        idle = what is None
        for w in (self.backup_button, self.folder_button, self.verify_button, self.restore_button,
                  self.archive_button, self.target_button):
            w.setEnabled(idle)
        self.cancel_button.setEnabled(what == "backup")
        if what == "backup":
            self.progress.setVisible(True)
        self.restore_progress.setVisible(what == "restore")

    def back_up(self) -> bool:
        global last_folder
        if self.running:
            return False
        self.backup_status.clear_text()
        folder = self.folder.text().strip() or self.choose_backup_folder()
        if not folder:
            return False
        last_folder = folder
        self._cancel = threading.Event()
        cancelled, vault = self._cancel.is_set, self.context.store.vault
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._set_running("backup")
        self.backup_status.ok(self.tr("Copying the database…"))
        self._job = run_job(lambda progress: create_backup(vault, folder, progress=progress, cancelled=cancelled),
                            done=self._backup_done, failed=self._backup_failed, progress=self._backup_progress)
        return True

    def _backup_progress(self, done: int, total: int) -> None:
        if self.running != "backup":
            return
        if total and done < total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        elif not self._cancel.is_set():
            self.progress.setRange(0, 0)   # copied; the copy is being re-read and checked
            self.cancel_button.setEnabled(False)
            self.backup_status.ok(self.tr("Checking the copy…"))

    def cancel(self) -> None:
        if self.running == "backup":
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.backup_status.ok(self.tr("Cancelling…"))

    def _backup_done(self, info) -> None:
        self._set_running(None)
        self.last_backup = info
        self.progress.setVisible(False)
        size = f"{info.size_bytes / 1_048_576:.1f}"
        self.backup_status.ok(self.tr("Backup written to %1 (%2 MB) and verified: it opens, and its pages, structure "
                                      "and audit trail are intact.").replace("%1", str(info.path)).replace("%2", size))
        self.context.notify("backup")

    def _backup_failed(self, exc: BaseException) -> None:
        self._set_running(None)
        self.progress.setVisible(False)
        if isinstance(exc, BackupCancelled):
            self.backup_status.error(self.tr("Backup cancelled; nothing was written."))
        else:
            self.backup_status.error(error_text(exc, self.context.lang))

    def verify(self) -> bool:
        if self.running:
            return False
        self.verify_status.ok(self.tr("Checking…"))
        vault = self.context.store.vault
        self._set_running("verify")
        self._job = run_job(lambda _p: vault.verify_on_reader(), done=self._verified, failed=self._verify_failed)
        return True

    def _verified(self, problems: list[str]) -> None:
        self._set_running(None)
        if problems:
            self.verify_status.error(self.tr("Problems found (restore the latest backup if the database is damaged):")
                                     + "\n" + "\n".join(problems))
        else:
            self.verify_status.ok(self.tr("All good: every page, the structure, the audit chain and the key slots "
                                          "checked out."))

    def _verify_failed(self, exc: BaseException) -> None:
        self._set_running(None)
        self.verify_status.error(error_text(exc, self.context.lang))

    def restore(self) -> bool:
        if self.running:
            return False
        self.restore_status.clear_text()
        self.use_button.setVisible(False)
        [password] = take_password(self.restore_password)
        archive, target = self.archive.text().strip(), self.target.text().strip()
        if not archive or not target:
            self.restore_status.error(self.tr("Choose the backup file and a new file to restore it into."))
            return False
        target_path = Path(target).expanduser()
        if not target_path.is_absolute():
            target_path = self.context.store.vault.path.parent / target_path
        if not password:
            self.restore_status.error(self.tr("Type your password: the backup opens with it."))
            self.restore_password.setFocus()
            return False
        login = self.context.actor.login
        self._set_running("restore")
        self.restore_status.ok(self.tr("Restoring and checking…"))

        def work(_progress):
            vault = restore_backup(Path(archive), target_path, login, password)
            try:
                return vault.path, vault.verify()
            finally:
                vault.close()

        self._job = run_job(work, done=self._restored, failed=self._restore_failed)
        return True

    def _restored(self, result) -> None:
        self._set_running(None)
        path, problems = result
        if problems:
            self.restore_status.error(self.tr("Restored to %1, but the check found problems:").replace("%1", str(path))
                                      + "\n" + "\n".join(problems))
            return
        self.restored_path = Path(path)
        self.restore_status.ok(self.tr("Restored to %1 and verified: no problems found. Keep the file and its key "
                                       "file (%2) together. The database open now is unchanged; to work with the "
                                       "restored one, open it at the next start.")
                               .replace("%1", str(path)).replace("%2", Path(str(path) + ".keys").name))
        self.use_button.setVisible(True)

    def _restore_failed(self, exc: BaseException) -> None:
        self._set_running(None)
        self.restore_status.error(error_text(exc, self.context.lang))

    def use_restored(self) -> bool:
        if self.restored_path is None:
            return False
        config = AppConfig.load()
        config.database = str(self.restored_path)
        try:
            config.save()
        except OSError:
            self.restore_status.error(self.tr("The app's settings could not be saved."))
            return False
        self.use_button.setVisible(False)
        self.restore_status.ok(self.tr("From the next start the app opens %1. Log out or close the app to switch.")
                               .replace("%1", str(self.restored_path)))
        return True
