"""File → Properties: where the open register is, its size, contents and last backup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from inl_equipment.formatting import local_time, megabytes, number
from inl_equipment.services.register_facts import RegisterFacts


class PropertiesDialog(QDialog):
    """The register's facts as a form of selectable text."""

    def __init__(self, facts: RegisterFacts, parent: QWidget | None = None) -> None:
        """Show `facts`."""
        super().__init__(parent)
        self.setObjectName("propertiesDialog")
        self.setWindowTitle(self.tr("Register properties"))
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setHorizontalSpacing(16)
        backup = (
            self.tr("{when} ({count} kept)").format(
                when=local_time(facts.last_backup), count=number(facts.backups)
            )
            if facts.last_backup is not None
            else self.tr("none yet")
        )
        rows = [
            ("location", self.tr("Location"), facts.location),
            (
                "size",
                self.tr("Size"),
                megabytes(facts.size) if facts.size is not None else self.tr("on a server"),
            ),
            ("items", self.tr("Items"), number(facts.items)),
            ("receipts", self.tr("Receipts"), number(facts.receipts)),
            ("backup", self.tr("Last backup"), backup),
            ("schema", self.tr("Schema version"), facts.schema),
            (
                "mode",
                self.tr("Opened"),
                self.tr("read-only") if facts.read_only else self.tr("for editing"),
            ),
        ]
        for key, caption, text in rows:
            value = QLabel(text)
            value.setObjectName(f"property_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(caption, value)
            self.values[key] = value
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(520)
