"""Retire an item: lost, stolen or disposed, with the disposition data.

The form checks the details with the service's own rules
(`items.retire_messages`) before it asks to confirm, so the question is asked
about a complete record; the service checks them again when saving.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

from inl_equipment.i18n import Text
from inl_equipment.interchange.parsing import ParseError, parse_money
from inl_equipment.services.items import ValidationError, retire_choices, retire_messages
from inl_equipment.services.vocabulary import status_word
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.form_errors import FormErrors
from inl_equipment.ui.style import Role, set_role

RetireFn = Callable[[str, date, str, Decimal | None], object]
#: The form's fields in the order their messages are listed.
_FIELDS = ("status", "disposal_date", "disposal_method", "disposal_price")


class RetireDialog(QDialog):
    """Asks how an item left service and saves it through `retire`."""

    def __init__(self, title: str, retire: RetireFn, parent: QWidget | None = None) -> None:
        """The form for the item called `title`; OK saves through `retire`."""
        super().__init__(parent)
        self.setObjectName("retireDialog")
        self.setWindowTitle(self.tr("Retire {item}").format(item=title))
        self._title = title
        self._retire = retire
        self.status = QComboBox()
        for value, label in retire_choices():
            self.status.addItem(label, value)
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.method = QLineEdit()
        self.method.setPlaceholderText(
            self.tr("e.g. sold at auction, destroyed, police report no.")
        )
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("sale price in USD, if sold"))
        # The form is short: its messages are listed together under the fields.
        self._errors = FormErrors()
        self.error = self._errors.label_for("retire", small=False)
        self.error.setObjectName("retireError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self.setMinimumWidth(520)
        self._connect_signals()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        what = QLabel(self._title)
        what.setObjectName("retireWhat")
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        set_role(what, Role.STRONG)
        form.addRow(what)
        form.addRow(self.tr("Outcome"), self.status)
        form.addRow(self.tr("Date"), self.when)
        form.addRow(self.tr("Method / reference"), self.method)
        form.addRow(self.tr("Sale price"), self.price)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def _show(self, messages: Mapping[str, Text]) -> None:
        """List the messages, in form order (none: hide the list)."""
        ordered = [str(messages[n]) for n in _FIELDS if n in messages]
        ordered += [str(m) for n, m in messages.items() if n not in _FIELDS]
        self._errors.show({"retire": "\n".join(ordered)} if ordered else {})

    def _on_ok(self) -> None:
        try:
            price = parse_money(self.price.text())
        except ParseError as exc:
            self._show(
                {"disposal_price": self.tr("Sale price: {problem}").format(problem=str(exc))}
            )
            return
        d = self.when.date()
        status, when, method = (
            self.status.currentData(),
            date(d.year(), d.month(), d.day()),
            self.method.text(),
        )
        problems = retire_messages(status, when, method, price)
        self._show(problems)
        if problems or not self._confirmed(status):
            return
        try:
            self._retire(status, when, method, price)
        except ValidationError as exc:
            self._show(exc.messages)
            return
        except Exception as exc:  # noqa: BLE001 - disk full, read-only…: say so, stay open
            show_error(self, exc)
            return
        self.accept()

    def _confirmed(self, status: str) -> bool:
        """Whether the user confirms recording the item with this outcome."""
        answer = QMessageBox.question(
            self,
            self.tr("Retire item"),
            self.tr(
                "Record {item} as {outcome}? A retired item cannot be handed over "
                "again and keeps this status."
            ).format(item=self._title, outcome=str(status_word(status))),
        )
        return answer == QMessageBox.StandardButton.Yes
