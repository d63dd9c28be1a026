"""The two "save" dialogs: the usage report (PDF/XLSX/CSV/JSON, optional PDF password) and the
city export (month, site, k, CSV/XLSX/JSON). Both ask where to write and for the PURPOSE of
the export, which the audit log keeps; without a purpose nothing is written.

The dialogs write nothing: ``request()`` hands the choices to the view, which writes the file
in a Job and records the export. The passwords are taken out of their fields by
``take_password()`` (the fields are cleared then)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLayout, QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from .text import fill

ERROR_STYLE = "color: #b00020;"
PURPOSE_MAX = 200
REPORT_FORMATS = (".pdf", ".xlsx", ".csv", ".json")
CITY_FORMATS = (".csv", ".xlsx", ".json")


# Module-level texts are written out as translate("ReportExport", "...") calls so that lupdate
# finds them (a wrapper taking a variable hides them from it).
def format_names() -> dict[str, str]:
    return {".pdf": QCoreApplication.translate("ReportExport", "PDF document (*.pdf)"),
            ".xlsx": QCoreApplication.translate("ReportExport", "Excel workbook (*.xlsx)"),
            ".csv": QCoreApplication.translate("ReportExport", "CSV, UTF-8 (*.csv)"),
            ".json": QCoreApplication.translate("ReportExport", "JSON (*.json)")}


def default_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def safe_file_part(text: str) -> str:
    """A site name as part of a file name (no path separators or characters Windows refuses)."""
    return "".join("_" if ch in '\\/:*?"<>|' or ch.isspace() else ch for ch in text).strip("._") or "site"


def ask_file(parent, title: str, path: Path, suffix: str) -> str:
    """The system's save-file dialog (it asks before replacing a file); '' when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(path), format_names()[suffix])
    return chosen


def confirm_replace(parent, path: Path) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(QCoreApplication.translate("ReportExport", "Replace the file?"))
    box.setText(fill(QCoreApplication.translate("ReportExport", "%1 already exists. Replace it?"),
                     path.name))
    yes = box.addButton(QCoreApplication.translate("ReportExport", "Replace"), QMessageBox.AcceptRole)
    no = box.addButton(QCoreApplication.translate("ReportExport", "Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


class ExportDialog(QDialog):
    """Where (format + file) and why (purpose). Subclasses add their own fields above."""

    def __init__(self, title: str, formats: tuple[str, ...], folder: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.folder = Path(folder)
        self._auto_name = True          # the file name follows the choices until the user types one
        self._confirmed: str | None = None  # a path the system dialog already asked to replace

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.fmt = QComboBox()
        self.fmt.setObjectName("exportFormat")
        names = format_names()
        for suffix in formats:
            self.fmt.addItem(names[suffix], suffix)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setMinimumWidth(400)  # room for a folder and the file name
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("exportBrowse")
        self.browse.setAutoDefault(False)
        self.where = QWidget()
        row = QHBoxLayout(self.where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("exportPurpose")
        self.purpose.setMaxLength(PURPOSE_MAX)
        self.purpose.setPlaceholderText(self.tr("e.g. monthly report to the city, internal meeting"))
        self.purpose.setToolTip(self.tr("Why this file is made; it is kept in the audit log with your name"))
        self.error = QLabel("")
        self.error.setObjectName("exportError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.AcceptRole)
        self.ok_button.setObjectName("exportSave")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fmt.currentIndexChanged.connect(self._format_changed)
        self.path.textEdited.connect(self._typed_path)
        self.path.textChanged.connect(self.path.setToolTip)
        self.browse.clicked.connect(self.choose_file)

    def finish_layout(self, first: list, notice: str = "", after: list = ()) -> None:
        """Called by subclasses: their ``first`` rows (label, field), then format, file and
        purpose, then the ``after`` rows; the tab order follows the rows."""
        for label, field in first:
            self.form.addRow(label, field)
        self.form.addRow(self.tr("F&ormat:"), self.fmt)
        self.form.addRow(self.tr("&File:"), self.where)
        self.form.addRow(self.tr("&Purpose (required):"), self.purpose)
        for label, field in after:
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SetMinimumSize)  # grows when a message appears
        if notice:
            label = QLabel(notice)
            label.setWordWrap(True)
            label.setStyleSheet("color: #555;")
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        chain = [f for _l, f in first if f.focusPolicy() != Qt.NoFocus]
        chain += [self.fmt, self.path, self.browse, self.purpose]
        chain += [f for _l, f in after if f.focusPolicy() != Qt.NoFocus]
        chain += [self.ok_button, self.cancel_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        self.update_name()

    # --- the file name ---------------------------------------------------------------------------
    def suffix(self) -> str:
        return self.fmt.currentData()

    def stem(self) -> str:  # subclasses: the default name without suffix
        return "export"

    def update_name(self) -> None:
        if self._auto_name:
            self.path.setText(str(self.folder / (self.stem() + self.suffix())))
        else:
            current = self.path.text().strip()
            if current:
                self.path.setText(str(Path(current).with_suffix(self.suffix())))
        self._confirmed = None

    def _format_changed(self, _index: int) -> None:
        self.update_name()

    def _typed_path(self, _text: str) -> None:
        self._auto_name = False
        self._confirmed = None

    def choose_file(self) -> None:
        current = Path(self.path.text().strip() or str(self.folder / (self.stem() + self.suffix())))
        chosen = ask_file(self, self.windowTitle(), current, self.suffix())
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
            self._confirmed = None  # the system dialog asked about another name
        else:
            self._confirmed = str(path)
        self._auto_name = False
        self.path.setText(str(path))
        self.purpose.setFocus()

    # --- checking --------------------------------------------------------------------------------
    def show_error(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if field is not None:
            field.setFocus()

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
        return path

    def check(self) -> bool:
        """Every field in order; the first problem is shown and its field gets the focus."""
        path = self.target()
        if path is None:
            self.show_error(self.tr("Choose where to save the file."), self.path)
            return False
        if not path.parent.is_dir():
            self.show_error(fill(self.tr("The folder %1 does not exist."), str(path.parent)), self.path)
            return False
        if path.is_dir():
            self.show_error(self.tr("Give a file name, not a folder."), self.path)
            return False
        if not self.purpose.text().strip():
            self.show_error(self.tr("Write the purpose of this export: it is kept in the audit log "
                                    "(personal-information safety rules)."), self.purpose)
            return False
        if not self.check_more():
            return False
        if path.exists() and self._confirmed != str(path) and not confirm_replace(self, path):
            self.show_error(self.tr("Not saved: choose another file name."), self.path)
            return False
        self.show_error("")
        return True

    def check_more(self) -> bool:
        return True

    def accept(self) -> None:
        if self.check():
            super().accept()

    def request(self) -> dict:
        return {"path": self.target(), "fmt": self.suffix(), "purpose": self.purpose.text().strip()}


class SaveReportDialog(ExportDialog):
    """Saving the usage report on screen."""

    def __init__(self, stem: str, what: str, folder: Path, parent=None) -> None:
        super().__init__("", REPORT_FORMATS, folder, parent)
        self.setWindowTitle(self.tr("Save the report"))
        self.setObjectName("saveReportDialog")
        self._stem = stem
        self.protect = QCheckBox(self.tr("Protect the PDF with a password"))
        self.protect.setObjectName("pdfProtect")
        self.password = QLineEdit()
        self.password.setObjectName("pdfPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("pdfPasswordRepeat")
        self.repeat.setEchoMode(QLineEdit.Password)
        self.what = QLabel(what)
        self.what.setObjectName("saveWhat")
        self.finish_layout([(self.tr("Report:"), self.what)],
                           after=[("", self.protect), (self.tr("Pass&word:"), self.password),
                                  (self.tr("&Repeat password:"), self.repeat)])
        self.protect.toggled.connect(self._sync_password)
        self._sync_password()

    def stem(self) -> str:
        return self._stem

    def _format_changed(self, index: int) -> None:
        super()._format_changed(index)
        self._sync_password()

    def _sync_password(self) -> None:
        pdf = self.suffix() == ".pdf"
        self.protect.setEnabled(pdf)
        if not pdf:
            self.protect.setChecked(False)
        on = pdf and self.protect.isChecked()
        for field in (self.password, self.repeat):
            field.setEnabled(on)
            if not on:
                field.clear()

    def check_more(self) -> bool:
        if not self.protect.isChecked():
            return True
        if len(self.password.text()) < 4:
            self.show_error(self.tr("The password needs at least 4 characters."), self.password)
            return False
        if self.password.text() != self.repeat.text():
            self.repeat.clear()
            self.show_error(self.tr("The two passwords differ. Type the password again."), self.repeat)
            return False
        return True

    def take_password(self) -> str | None:
        """The PDF password (None: no password); the fields are emptied."""
        password = self.password.text() if self.protect.isChecked() else None
        self.password.clear()
        self.repeat.clear()
        return password or None


class CityExportDialog(ExportDialog):
    """The city's anonymized monthly counts: which month and site, the threshold k."""

    def __init__(self, month: str, sites: list[tuple[str, int | None]], site_id: int | None, k: int, folder: Path,
                 parent=None) -> None:
        super().__init__("", CITY_FORMATS, folder, parent)
        self.setWindowTitle(self.tr("City export"))
        self.setObjectName("cityExportDialog")
        self.month = QDateEdit(QDate(int(month[:4]), int(month[5:7]), 1))
        self.month.setObjectName("cityMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.site = QComboBox()
        self.site.setObjectName("citySite")
        for name, sid in sites:
            self.site.addItem(name, sid)
        self.site.setCurrentIndex(max(0, self.site.findData(site_id)))
        self.k = QSpinBox()
        self.k.setObjectName("cityK")
        self.k.setRange(2, 99)
        self.k.setValue(max(2, int(k)))
        self.k.setToolTip(self.tr("Counts of fewer than k persons are withheld (and what would reveal them)"))
        self.finish_layout([(self.tr("&Month:"), self.month), (self.tr("S&ite:"), self.site),
                            (self.tr("Smallest published count (&k):"), self.k)],
                           self.tr("Counts only, by service, sex, age band and job group: no names, codes or dates. "
                                   "Counts of fewer than k persons are withheld, and so is anything that would "
                                   "reveal them."))
        self.month.dateChanged.connect(lambda *_: self.update_name())
        self.site.currentIndexChanged.connect(lambda *_: self.update_name())

    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def stem(self) -> str:
        stem = fill(self.tr("%1_city_counts"), self.month_text())
        if self.site.currentData() is not None:
            stem += "_" + safe_file_part(self.site.currentText())
        return stem

    def request(self) -> dict:
        return {**super().request(), "month": self.month_text(), "site_id": self.site.currentData(),
                "site": self.site.currentText() if self.site.currentData() is not None else None,
                "k": self.k.value()}
