"""Retire an item: lost, stolen or disposed, with the disposition data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from inl_equipment.db.models import ItemStatus
from inl_equipment.interchange.parsing import ParseError, parse_money
from inl_equipment.services.columns import status_label
from inl_equipment.services.items import ValidationError
from inl_equipment.ui.errors import show_error

RetireFn = Callable[[str, date, str, Decimal | None], None]


class RetireDialog(QDialog):
    """Asks how an item left service and saves it through `retire`."""

    def __init__(self, title: str, retire: RetireFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retireDialog")
        self.setWindowTitle(f"Retire {title}")
        self._retire = retire
        self.status = QComboBox()
        for s in (ItemStatus.DISPOSED, ItemStatus.LOST, ItemStatus.STOLEN):
            self.status.addItem(status_label(s.value), s.value)
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.method = QLineEdit()
        self.method.setPlaceholderText("e.g. sold at auction, destroyed, police report no.")
        self.price = QLineEdit()
        self.price.setPlaceholderText("sale price in USD, if sold")
        self.error = QLabel()
        self.error.setObjectName("retireError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        what = QLabel(title)
        what.setObjectName("retireWhat")
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        form.addRow(what)
        form.addRow("Outcome", self.status)
        form.addRow("Date", self.when)
        form.addRow("Method / reference", self.method)
        form.addRow("Sale price", self.price)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def _on_ok(self) -> None:
        try:
            price = parse_money(self.price.text())
        except ParseError as exc:
            self.error.setText(f"Sale price: {exc}")
            return
        d = self.when.date()
        if self.status.currentData() == ItemStatus.DISPOSED and not self.method.text().strip():
            # Said before the confirmation, so the question is asked about a complete record.
            self.error.setText("Say how the item was disposed of (sold, destroyed…).")
            return
        confirm = QMessageBox.question(
            self,
            "Retire item",
            f"Record {self.windowTitle().removeprefix('Retire ')} as "
            f"{self.status.currentText().lower()}? A retired item cannot be handed over "
            "again and keeps this status.",
        )
        if confirm != QMessageBox.StandardButton.Yes:
            return
        try:
            self._retire(
                self.status.currentData(),
                date(d.year(), d.month(), d.day()),
                self.method.text(),
                price,
            )
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        except Exception as exc:  # noqa: BLE001 - disk full, read-only…: say so, stay open
            show_error(self, exc)
            return
        self.accept()
