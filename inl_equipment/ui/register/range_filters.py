"""More filters: ranges of acquisition date, latest end-use check and unit value.

They sit in a small panel the filter bar's "More filters" button opens; the
button says how many are set ("More filters (2)"). Each end may be left
empty (open); both ends are included.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from inl_equipment.interchange.parsing import ParseError, parse_money
from inl_equipment.ui.register.form_fields import OptionalDateEdit
from inl_equipment.ui.style import Role, set_role


def _iso(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


class RangeFilters(QWidget):
    """From/to inputs for acquired, last checked and unit value.

    Signals:
        changed(): a range changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty ranges."""
        super().__init__(parent)
        self.dates = {
            key: (OptionalDateEdit(), OptionalDateEdit()) for key in ("acquired", "checked")
        }
        self.values = (QLineEdit(), QLineEdit())
        for box in self.values:
            box.setPlaceholderText("0.00")
            box.setMaximumWidth(120)
        self.problem = QLabel()
        set_role(self.problem, Role.FIELD_ERROR)
        self.problem.hide()
        form = QFormLayout(self)
        self._captions = [QLabel(), QLabel(), QLabel()]
        for caption, pair in zip(self._captions, (*self.dates.values(), self.values), strict=True):
            row = QHBoxLayout()
            row.addWidget(pair[0])
            row.addWidget(QLabel("–"))
            row.addWidget(pair[1])
            form.addRow(caption, row)
        form.addRow(self.problem)
        self.retranslate()
        for low, high in self.dates.values():
            low.dateChanged.connect(lambda _d: self.changed.emit())
            high.dateChanged.connect(lambda _d: self.changed.emit())
        for box in self.values:
            box.editingFinished.connect(self.changed.emit)

    def retranslate(self) -> None:
        """Set the captions in the interface's language."""
        for caption, text in zip(
            self._captions,
            (self.tr("Acquired"), self.tr("Last checked"), self.tr("Unit value (USD)")),
            strict=True,
        ):
            caption.setText(text)

    # -- values ------------------------------------------------------------------------
    def ranges(self) -> dict[str, Any]:
        """`Query` fields: acquired, checked (ISO from/to) and value (cents from/to)."""
        out: dict[str, Any] = {
            key: (_iso(low.value()), _iso(high.value())) for key, (low, high) in self.dates.items()
        }
        cents: list[int | None] = []
        bad = ""
        for box in self.values:
            try:
                amount = parse_money(box.text()) if box.text().strip() else None
            except ParseError as exc:
                amount, bad = None, str(exc)
            cents.append(None if amount is None else int(amount * 100))
        self.problem.setText(bad)
        self.problem.setVisible(bool(bad))
        out["value"] = (cents[0], cents[1])
        return out

    def set_ranges(self, acquired: tuple[str, str], checked: tuple[str, str], value: Any) -> None:
        """Show these ranges (as a `Query` holds them), without `changed`."""
        self.blockSignals(True)
        for key, span in (("acquired", acquired), ("checked", checked)):
            for box, text in zip(self.dates[key], span, strict=True):
                box.blockSignals(True)
                box.set_value(_day(text))
                box.blockSignals(False)
        for line, cents in zip(self.values, value, strict=True):
            line.setText("" if cents is None else str(Decimal(cents).scaleb(-2)))
        self.blockSignals(False)

    def count(self) -> int:
        """How many of the three ranges are set."""
        r = self.ranges()
        return sum(span not in (("", ""), (None, None)) for span in r.values())
