"""The reports dialog's file: PDF, XLSX and (for the handover register) CSV.

The monitoring documents' `SaveTarget` (format, file, Browse, last folder; it knows
CSV's extension and file filter) with CSV offered, and the list of formats
following the report chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from inl_equipment.ui.monitoring.document_files import SaveTarget


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
