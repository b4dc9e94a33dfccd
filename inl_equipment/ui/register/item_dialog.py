"""Add or edit one item, with inline validation and the item's history.

The dialog checks the rules that need no database as the user types (Save
stays disabled and each message sits under its field); rules that need the
database (a unique asset tag) come back from the save callback as a
`ValidationError` and are shown the same way.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.db.models import RETIRED_STATUSES, Condition, ItemStatus
from inl_equipment.interchange.import_rows import parse_percent
from inl_equipment.interchange.parsing import ParseError, parse_money
from inl_equipment.services.columns import condition_label, status_label
from inl_equipment.services.history_text import ReadableEntry
from inl_equipment.services.items import ItemInput, ItemRecord, ValidationError, field_errors
from inl_equipment.services.reference import RefRecord
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.screen import fit_to_screen

_NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that may be left empty (shown blank at its minimum date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(_NO_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == _NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_NO_DATE if value is None else QDate(value.year, value.month, value.day))


def _combo(items: Sequence[tuple[str, Any]], none_label: str | None = None) -> QComboBox:
    box = QComboBox()
    if none_label is not None:
        box.addItem(none_label, None)
    for text, data in items:
        box.addItem(text, data)
    box.setMaxVisibleItems(20)
    # Long unit names must not make the form wider than a laptop screen.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    return box


def _set_combo(box: QComboBox, data: Any) -> None:
    i = box.findData(data)
    box.setCurrentIndex(max(i, 0))


class ItemDialog(QDialog):
    """The item form (Details tab) and its audit history (History tab)."""

    def __init__(
        self,
        refs: dict[str, list[RefRecord]],
        save: Callable[[ItemInput], int],
        record: ItemRecord | None = None,
        history: Sequence[ReadableEntry] = (),
        parent: QWidget | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self._save = save
        self._record = record
        self._read_only = read_only
        self.saved_id: int | None = None
        self.setWindowTitle(f"Item {record.values.asset_tag}" if record else "New item")
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._server_errors: dict[str, str] = {}
        self._build(refs, history)
        self._load(record.values if record else ItemInput())
        self._connect_signals()
        self._revalidate()
        fit_to_screen(self, 1010, 760)

    # -- building -----------------------------------------------------------
    def _build(self, refs: dict[str, list[RefRecord]], history: Sequence[ReadableEntry]) -> None:
        tabs = QTabWidget()
        details = QWidget()
        grid = QGridLayout(details)
        grid.setHorizontalSpacing(14)
        names = {k: [(r.name, r.id) for r in v] for k, v in refs.items()}
        statuses = [(status_label(s.value), s.value) for s in ItemStatus]
        conditions = [(condition_label(c.value), c.value) for c in Condition]
        money = QLineEdit()
        money.setPlaceholderText("0.00")
        share = QLineEdit()
        share.setPlaceholderText("100")
        quantity = QSpinBox()
        quantity.setRange(0, 10_000_000)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(70)
        description = QLineEdit()
        layout: list[tuple[str, str, QWidget, int]] = [
            ("asset_tag", "Asset tag *", QLineEdit(), 0),
            ("serial_number", "Serial / VIN / frame no.", QLineEdit(), 1),
            ("description", "Description *", description, 0),
            ("category_id", "Category *", _combo(names.get("category", []), "— choose —"), 1),
            ("make", "Make", QLineEdit(), 0),
            ("model", "Model", QLineEdit(), 1),
            ("quantity", "Quantity *", quantity, 0),
            ("unit", "Unit", QLineEdit(), 1),
            ("lot_number", "Lot number", QLineEdit(), 0),
            ("expiry_date", "Expiry date", OptionalDateEdit(), 1),
            ("unit_value", "Unit value (USD)", money, 0),
            ("acquisition_date", "Acquisition date", OptionalDateEdit(), 1),
            ("funding_source_id", "Funding source", _combo(names.get("funding", []), "—"), 0),
            ("title_holder", "Title holder", QLineEdit(), 1),
            ("federal_share_pct", "Federal share %", share, 0),
            ("vendor", "Vendor", QLineEdit(), 1),
            ("po_number", "Purchase order no.", QLineEdit(), 0),
            ("status", "Status", _combo(statuses), 1),
            (
                "holder_agency_id",
                "Holder (unit)",
                _combo(names.get("agency", []), "— donor stock —"),
                0,
            ),
            ("location_id", "Location", _combo(names.get("location", []), "—"), 1),
            ("condition", "Condition", _combo(conditions), 0),
        ]
        rows = [0, 0]
        for name, label, widget, col in layout:
            self._add_field(grid, name, label, widget, rows[col], col * 2)
            rows[col] += 2
        self._add_field(grid, "notes", "Notes", notes, max(rows), 0, span=3)
        self._lock_custody(max(rows) + 2, grid)
        # Scrolls on a small screen rather than pushing Save off the bottom.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(details)
        tabs.addTab(scroller, "&Details")
        tabs.addTab(self._history_table(history), f"&History ({len(history)})")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._summary = QLabel()
        self._summary.setObjectName("errorSummary")
        self._summary.setStyleSheet("color: #b00020;")
        box = QVBoxLayout(self)
        box.addWidget(tabs)
        box.addWidget(self._summary)
        box.addWidget(self._buttons)

    def _lock_custody(self, row: int, grid: QGridLayout) -> None:
        """Custody of an existing item changes only with a receipt, or through Retire.

        A new item may be registered where it already is (equipment handed over
        before the register existed); afterwards holder, location and handed
        over/back move only through Handovers, so every move has signed paper.
        """
        status_box = self._fields["status"]
        assert isinstance(status_box, QComboBox)
        current = self._record.values.status if self._record else None
        for i in range(status_box.count()):
            value = status_box.itemData(i)
            allowed = value not in RETIRED_STATUSES and (
                current is None
                or value in (ItemStatus.IN_STOCK, ItemStatus.IN_REPAIR)
                or value == current
            )
            status_box.model().item(i).setEnabled(allowed)  # type: ignore[attr-defined]
        record = self._record
        if record is None:
            return
        if current not in (ItemStatus.IN_STOCK, ItemStatus.IN_REPAIR):
            status_box.setEnabled(False)
        for name in ("holder_agency_id", "location_id"):
            self._fields[name].setEnabled(False)
        # User text (the disposal method) is escaped: a label is rich text.
        parts = ["Holder, location and status change through Handovers (with a receipt) or Retire."]
        if record.values.status in RETIRED_STATUSES:
            when = f"{record.disposal_date:%Y-%m-%d}" if record.disposal_date else "date unknown"
            detail = f"<b>{html.escape(status_label(record.values.status))}</b> on {when}"
            if record.disposal_method:
                detail += f" · {html.escape(record.disposal_method)}"
            if record.disposal_price is not None:
                detail += f" · sale price ${record.disposal_price:,.2f}"
            parts.append(detail)
        note = QLabel("<br>".join(parts))
        note.setObjectName("custodyNote")
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        grid.addWidget(note, row, 0, 1, 4)

    def _add_field(
        self,
        grid: QGridLayout,
        name: str,
        label: str,
        widget: QWidget,
        row: int,
        col: int,
        span: int = 1,
    ) -> None:
        widget.setObjectName(f"field_{name}")
        caption = QLabel(label)
        caption.setBuddy(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b00020; font-size: 11px;")
        error.setWordWrap(True)
        error.hide()
        grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(widget, row, col + 1, 1, span)
        grid.addWidget(error, row + 1, col + 1, 1, span)
        self._fields[name] = widget
        self._errors[name] = error

    @staticmethod
    def _history_table(history: Sequence[ReadableEntry]) -> QTableWidget:
        table = QTableWidget(len(history), 4)
        table.setObjectName("historyTable")
        table.setHorizontalHeaderLabels(["When", "Who", "What", "Changes"])
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, entry in enumerate(history):
            changes = "\n".join(entry.lines)
            for c, text in enumerate((entry.when, entry.operator, entry.action, changes)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(changes)
                table.setItem(r, c, cell)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        return table

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self._on_save)
        self._buttons.rejected.connect(self.reject)
        for name, widget in self._fields.items():
            signal = _change_signal(widget)
            signal.connect(lambda *_a, n=name: self._on_edited(n))

    # -- values -------------------------------------------------------------
    def _load(self, v: ItemInput) -> None:
        for name, widget in self._fields.items():
            value = getattr(v, name)
            if isinstance(widget, OptionalDateEdit):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                _set_combo(widget, value)
            elif isinstance(widget, QSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(f"{value:.2f}" if name == "unit_value" else str(value))

    def values(self) -> tuple[ItemInput, dict[str, str]]:
        """The form's content, and messages for fields that do not parse."""
        bad: dict[str, str] = {}
        out: dict[str, Any] = {}
        for name, widget in self._fields.items():
            if isinstance(widget, OptionalDateEdit):
                out[name] = widget.value()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                out[name] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
        # The same readings as an import: "1,250.50", "$1 250", "12,50" (= 12.50).
        for name, parse, default in (
            ("unit_value", parse_money, "0"),
            ("federal_share_pct", parse_percent, "100"),
        ):
            try:
                value = parse(out[name])
            except ParseError as exc:
                bad[name] = str(exc)
                value = None
            out[name] = Decimal(default) if value is None else value
        return ItemInput(**out), bad

    # -- validation ---------------------------------------------------------
    def _on_edited(self, name: str) -> None:
        self._server_errors.pop(name, None)
        self._revalidate()

    def _revalidate(self) -> dict[str, str]:
        data, bad = self.values()
        errors = {**field_errors(data, is_new=self._record is None), **bad, **self._server_errors}
        for name, label in self._errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        save = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not errors and not self._read_only)
        self._summary.setText(
            "Read-only: this register cannot be changed now."
            if self._read_only
            else f"{len(errors)} field(s) need attention before saving."
            if errors
            else ""
        )
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        self._server_errors = dict(errors)
        self._revalidate()
        first = next((n for n in self._fields if n in errors), None)
        if first:
            self._fields[first].setFocus()

    def _on_save(self) -> None:
        if self._read_only or self._revalidate():
            return
        data, _bad = self.values()
        try:
            self.saved_id = self._save(data)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - disk full, read-only…: say so, keep the form
            show_error(self, exc)
            return
        self.accept()

    def field(self, name: str) -> QWidget:
        return self._fields[name]


def _change_signal(widget: QWidget) -> Any:
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    assert isinstance(widget, QLineEdit)
    return widget.textChanged
