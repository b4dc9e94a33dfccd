"""What the monitoring documents' dialogs share: the target file, its folder, failures in words.

The last folder a checklist or report went to (or came from) is remembered in
QSettings under "monitoring/last_folder", so the next document goes there too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from inl_equipment.i18n import translate
from inl_equipment.interchange.atomic_files import AtomicWriteError
from inl_equipment.interchange.raw_table import ReadError
from inl_equipment.services.checklists import ChecklistError
from inl_equipment.services.items import ValidationError
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.exports.export_dialog import default_folder

LAST_FOLDER_KEY = "monitoring/last_folder"
FORMATS = ("pdf", "xlsx")
#: Every extension a target may carry (the reports add CSV): changing format replaces it.
KNOWN_SUFFIXES = ("pdf", "xlsx", "csv")


def last_folder(settings: QSettings) -> Path:
    """The folder the last monitoring document went to (Documents at first)."""
    saved = settings.value(LAST_FOLDER_KEY, "")
    folder = Path(str(saved)) if saved else None
    return folder if folder is not None and folder.is_dir() else default_folder()


def remember_folder(settings: QSettings, path: Path) -> None:
    """Remember the folder of `path` for the next document."""
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))


def failure_text(exc: BaseException, path: Path | None = None) -> str:
    """Why a document could not be made, read or recorded, in words (never a traceback)."""
    if isinstance(exc, ValidationError):
        return " ".join(str(m) for m in exc.messages.values()) or str(exc)
    if isinstance(exc, ChecklistError | ReadError | AtomicWriteError | ValueError):
        return str(exc)
    name = path.name if path is not None else ""
    if isinstance(exc, PermissionError):
        return translate(
            "MonitoringFiles",
            "{name} could not be written: the file may be open in another program "
            "(close it there), or the folder may be read-only.",
        ).format(name=name)
    if isinstance(exc, FileNotFoundError):
        return translate("MonitoringFiles", "There is no file or folder {path}.").format(
            path=exc.filename or path or ""
        )
    if isinstance(exc, OSError):
        return translate(
            "MonitoringFiles", "The computer could not use the file ({error})."
        ).format(error=exc.strerror or str(exc))
    return translate("MonitoringFiles", "Something went wrong ({error}).").format(error=str(exc))


def show_written(parent: QWidget, title: str, text: str, paths: Sequence[Path]) -> None:
    """Say what was written, with an "Open folder" choice."""
    box = QMessageBox(parent)
    box.setObjectName("documentWritten")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    open_folder = box.addButton(
        translate("MonitoringFiles", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    run_dialog(box)
    if box.clickedButton() is open_folder and paths:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))


class SaveTarget(QWidget):
    """The format (PDF or XLSX) and the file to write, with a Browse button.

    Signals:
        changed(): the format or the file changed.
    """

    changed = Signal()

    def __init__(self, settings: QSettings, stem: str, parent: QWidget | None = None) -> None:
        """A target named `stem`.pdf in the last folder used."""
        super().__init__(parent)
        self._settings = settings
        self.format = QComboBox()
        self.format.setObjectName("documentFormat")
        self.format.addItem(self.tr("PDF, to print (.pdf)"), "pdf")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.path = QLineEdit(str(last_folder(settings) / f"{stem}.pdf"))
        self.path.setObjectName("documentPath")
        self.browse_button = QPushButton(self.tr("Browse…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.path.textChanged.connect(lambda _t: self.changed.emit())
        self.browse_button.clicked.connect(self.browse)

    def current_format(self) -> str:
        """ "pdf" or "xlsx"."""
        return str(self.format.currentData())

    def set_format(self, fmt: str) -> None:
        """Choose the format as if picked in its list."""
        self.format.setCurrentIndex(self.format.findData(fmt))

    def set_target(self, path: str | Path) -> None:
        """Choose the file without the file dialog (tests, scripted use)."""
        self.path.setText(str(path))

    def set_stem(self, stem: str) -> None:
        """Name the file `stem` (same folder, same format)."""
        folder = self.target().parent if self.path.text().strip() else last_folder(self._settings)
        self.set_target(folder / f"{stem}.{self.current_format()}")

    def target(self) -> Path:
        """The file to write, as typed; its suffix follows the format."""
        text = self.path.text().strip()
        if not text:
            return Path()
        path = Path(text).expanduser()
        suffix = f".{self.current_format()}"
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def remember(self) -> None:
        """Remember the target's folder for the next document."""
        remember_folder(self._settings, self.target())

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text and Path(text).suffix.lower().lstrip(".") in KNOWN_SUFFIXES:
            self.path.setText(str(Path(text).with_suffix(f".{self.current_format()}")))
        self.changed.emit()

    def browse(self) -> None:
        """Ask for the file (its extension follows the format)."""
        fmt = self.current_format()
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "csv": self.tr("CSV files (*.csv)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write to"), self.path.text(), filters[fmt]
        )
        if path:
            chosen = Path(path)
            self.set_target(chosen if chosen.suffix else chosen.with_suffix(f".{fmt}"))
            self.remember()


def confirm_replace(parent: QWidget, target: Path) -> bool:
    """True when `target` does not exist yet, or the user agrees to replace it."""
    if not target.exists():
        return True
    answer = QMessageBox.question(
        parent,
        translate("MonitoringFiles", "Replace file?"),
        translate("MonitoringFiles", "{name} already exists. Replace it?").format(name=target.name),
    )
    return answer == QMessageBox.StandardButton.Yes


def target_problem(target: Path) -> str | None:
    """Why `target` cannot be written, checked before any work (None: it can)."""
    if not target.name or target.name.startswith("."):
        return translate("MonitoringFiles", "Give the file a name.")
    if not target.parent.is_dir():
        return translate("MonitoringFiles", "The folder {folder} does not exist.").format(
            folder=target.parent
        )
    if target.is_dir():
        return translate("MonitoringFiles", "{path} is a folder; give a file name.").format(
            path=target
        )
    return None
