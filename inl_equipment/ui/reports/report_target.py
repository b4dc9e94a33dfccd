"""The reports dialog's file: PDF, XLSX and (for the handover register) CSV.

The monitoring documents' `SaveTarget` (format, file, Browse, last folder) with a
third format, and the list of formats following the report chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from inl_equipment.ui.monitoring.document_files import SaveTarget

ALL_FORMATS = ("pdf", "xlsx", "csv")


class ReportTarget(SaveTarget):
    """The format and the file of a report, with a Browse button.

    Signals:
        changed(): the format or the file changed.
    """

    def __init__(self, settings: QSettings, stem: str, parent: QWidget | None = None) -> None:
        """A target named `stem`.pdf in the last folder used."""
        super().__init__(settings, stem, parent)
        self.format.addItem(self.tr("CSV, for other programs (.csv)"), "csv")

    def set_formats(self, formats: Sequence[str]) -> None:
        """Offer only `formats` (the current one is kept when it is among them)."""
        labels = {
            "pdf": self.tr("PDF, to print (.pdf)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "csv": self.tr("CSV, for other programs (.csv)"),
        }
        current = self.current_format()
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in formats:
            self.format.addItem(labels[fmt], fmt)
        self.format.setCurrentIndex(max(self.format.findData(current), 0))
        self.format.blockSignals(False)
        self._format_changed()

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text and Path(text).suffix.lower().lstrip(".") in ALL_FORMATS:
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
