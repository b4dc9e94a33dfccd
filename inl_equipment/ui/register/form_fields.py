"""The inputs of the item form and how a value goes in and comes out of each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

_NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that may be left empty (shown blank at its minimum date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty date field with a calendar pop-up."""
        super().__init__(parent)
        self.setCalendarPopup(True)
        # ISO dates, as `formatting.day` writes them everywhere else.
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(_NO_DATE)

    def value(self) -> date | None:
        """The date entered, or None when the field is empty."""
        d = self.date()
        return None if d == _NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        """Show `value` (None: empty)."""
        self.setDate(_NO_DATE if value is None else QDate(value.year, value.month, value.day))


#: The bundled face that draws Lao (the app font's fallbacks hold it too).
LAO_FAMILY = "Noto Sans Lao"


def lao_line(parent: QWidget | None = None) -> QLineEdit:
    """A one-line input for Lao text: the Lao face first, so marks stack as they should."""
    line = QLineEdit(parent)
    font = QFont(line.font())
    font.setFamilies([LAO_FAMILY, *[f for f in font.families() if f != LAO_FAMILY]])
    line.setFont(font)
    return line


def choice_box(choices: Sequence[tuple[Any, str]], none_label: str | None = None) -> QComboBox:
    """A drop-down of (value, text) choices, with a first "none" entry when labelled."""
    box = QComboBox()
    if none_label is not None:
        box.addItem(none_label, None)
    for value, text in choices:
        box.addItem(text, value)
    box.setMaxVisibleItems(20)
    # Long unit names must not make the form wider than a laptop screen.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    return box


def set_input(widget: QWidget, value: Any, *, money: bool = False) -> None:
    """Put a stored value in its input (`money`: an amount, shown as typed: `1825.00`)."""
    if isinstance(widget, OptionalDateEdit):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QSpinBox):
        widget.setValue(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QLineEdit):
        # An amount is shown the way it is typed (no "$", no separators) so that
        # editing it is editing the figure; `parse_money` reads either form.
        widget.setText(f"{Decimal(value):.2f}" if money else str(value))


def input_value(widget: QWidget) -> Any:
    """What an input holds: a date or None, a choice's value, a number or the text."""
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return None


def change_signal(widget: QWidget) -> SignalInstance:
    """The signal an input emits when the user changes it."""
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if not isinstance(widget, QLineEdit):
        raise TypeError(f"no change signal for {type(widget).__name__}")
    return widget.textChanged
