"""Add or edit one item, with inline validation and the item's history.

The dialog checks the rules that need no database as the user types (Save
stays disabled and each message sits under its field); rules that need the
database (a unique asset tag) come back from the save callback as a
`ValidationError` and are shown the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inl_equipment import formatting
from inl_equipment.i18n import Msg, Text
from inl_equipment.interchange.import_rows import parse_percent
from inl_equipment.interchange.parsing import ParseError, parse_money
from inl_equipment.services.history_text import ReadableEntry
from inl_equipment.services.items import (
    ItemInput,
    ItemRecord,
    ValidationError,
    field_messages,
)
from inl_equipment.services.reference import RefRecord
from inl_equipment.services.vocabulary import condition_choices, status_choices
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.form_errors import FormErrors
from inl_equipment.ui.item_page.item_tables import HISTORY_COLUMNS, list_table
from inl_equipment.ui.register.custody_note import custody_note, lock_custody
from inl_equipment.ui.register.form_fields import (
    OptionalDateEdit,
    change_signal,
    choice_box,
    input_value,
    lao_line,
    set_input,
)
from inl_equipment.ui.register.new_choice import NewChoice
from inl_equipment.ui.row_table_model import RowTableModel
from inl_equipment.ui.screen import fit_to_screen
from inl_equipment.ui.style import Role, set_role

log = logging.getLogger(__name__)
#: How long after the last keystroke the asset tag is looked up.
TAG_CHECK_MS = 250
#: One input of the form: field name, caption, the input, and its column (0 or 1).
_Field = tuple[str, str, QWidget, int]


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
        add_reference: Callable[[str], tuple[int, str] | None] | None = None,
        tag_owner: Callable[[str], int | None] | None = None,
        suggested_tag: str = "",
    ) -> None:
        """A form for a new item, or for `record` with its `history`; `save` stores it.

        `add_reference(kind)` makes a new reference record ("category", "funding",
        "agency", "location") from the drop-downs' "New…" entry: its (id, name).
        `tag_owner(tag)` names the item holding an asset tag, so a tag already used
        is caught as it is typed; a new item's tag starts as `suggested_tag`.
        """
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self._save = save
        self._record = record
        self._read_only = read_only
        self.saved_id: int | None = None
        if record is not None:
            self.setWindowTitle(self.tr("Item {tag}").format(tag=record.values.asset_tag))
        else:
            self.setWindowTitle(self.tr("New item"))
        self._fields: dict[str, QWidget] = {}
        self._captions: dict[str, str] = {}
        self._errors = FormErrors()
        self._server_errors: dict[str, Text] = {}
        # A field's message shows once the user has been at it (an edited item's at once).
        self._touched: set[str] = set()
        self._tag_owner = tag_owner
        self._tag_timer = QTimer(self)
        self._tag_timer.setSingleShot(True)
        self._tag_timer.setInterval(TAG_CHECK_MS)
        self._build(refs, history)
        self._load(record.values if record else ItemInput(asset_tag=suggested_tag))
        if add_reference is not None and not read_only:
            self._offer_new_records(add_reference)
        self._connect_signals()
        self._revalidate()
        fit_to_screen(self, 1010, 760)

    # -- building -----------------------------------------------------------
    def _build(self, refs: dict[str, list[RefRecord]], history: Sequence[ReadableEntry]) -> None:
        tabs = QTabWidget()
        tabs.addTab(self._details_page(refs), self.tr("&Details"))
        count = len(history)
        tabs.addTab(
            self._history_table(history),
            self.tr("&History ({count})").format(count=formatting.number(count)),
        )
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._summary = QLabel()
        self._summary.setObjectName("errorSummary")
        set_role(self._summary, Role.ERROR)
        box = QVBoxLayout(self)
        box.addWidget(tabs)
        box.addWidget(self._summary)
        box.addWidget(self._buttons)

    def _details_page(self, refs: dict[str, list[RefRecord]]) -> QScrollArea:
        """The fields in two columns, the notes, and what custody rules apply."""
        details = QWidget()
        grid = QGridLayout(details)
        grid.setHorizontalSpacing(14)
        rows = [0, 0]
        sections = self._sections()
        for name, caption, widget, col in self._field_specs(refs):
            if name in sections:  # a new section starts below the longer column
                row = max(rows)
                heading = QLabel(sections[name])
                heading.setObjectName(f"section_{name}")
                set_role(heading, Role.STRONG)
                grid.addWidget(heading, row, 0, 1, 4)
                rows = [row + 1, row + 1]
            self._add_field(grid, name, caption, widget, rows[col], col * 2)
            rows[col] += 1
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(70)
        self._add_field(grid, "notes", self.tr("Notes"), notes, max(rows), 0, span=3)
        lock_custody(self._fields, self._record)
        if self._record is not None:
            grid.addWidget(custody_note(self._record), max(rows) + 1, 0, 1, 4)
        grid.setRowStretch(max(rows) + 2, 1)  # spare height below the fields, not between
        # Scrolls on a small screen rather than pushing Save off the bottom.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(details)
        return scroller

    def _sections(self) -> dict[str, str]:
        """The form's sections, by the field each starts with."""
        return {
            "asset_tag": self.tr("Identification"),
            "quantity": self.tr("Quantity, lot and expiry"),
            "unit_value": self.tr("Value and funding"),
            "status": self.tr("Custody and condition (changed by handovers)")
            if self._record is not None
            else self.tr("Custody and condition"),
        }

    def _field_specs(self, refs: dict[str, list[RefRecord]]) -> list[_Field]:
        """Every input but the notes, in form order."""
        names = {k: [(r.id, r.name) for r in v] for k, v in refs.items()}
        money = QLineEdit()
        money.setPlaceholderText("0.00")
        share = QLineEdit()
        share.setPlaceholderText("100")
        quantity = QSpinBox()
        quantity.setRange(0, 10_000_000)
        return [
            ("asset_tag", self.tr("Asset tag *"), QLineEdit(), 0),
            ("serial_number", self.tr("Serial / VIN / frame no."), QLineEdit(), 1),
            ("description", self.tr("Description *"), QLineEdit(), 0),
            (
                "category_id",
                self.tr("Category *"),
                choice_box(names.get("category", []), self.tr("— choose —")),
                1,
            ),
            ("make", self.tr("Make"), QLineEdit(), 0),
            ("model", self.tr("Model"), QLineEdit(), 1),
            ("description_lo", self.tr("Description (Lao)"), lao_line(), 0),
            ("quantity", self.tr("Quantity *"), quantity, 0),
            ("unit", self.tr("Unit"), QLineEdit(), 1),
            ("lot_number", self.tr("Lot number"), QLineEdit(), 0),
            ("expiry_date", self.tr("Expiry date"), OptionalDateEdit(), 1),
            ("unit_value", self.tr("Unit value (USD)"), money, 0),
            ("acquisition_date", self.tr("Acquisition date"), OptionalDateEdit(), 1),
            (
                "funding_source_id",
                self.tr("Funding source"),
                choice_box(names.get("funding", []), "—"),
                0,
            ),
            ("title_holder", self.tr("Title holder"), QLineEdit(), 1),
            ("federal_share_pct", self.tr("Federal share %"), share, 0),
            ("vendor", self.tr("Vendor"), QLineEdit(), 1),
            ("po_number", self.tr("Purchase order no."), QLineEdit(), 0),
            ("status", self.tr("Status"), choice_box(status_choices()), 0),
            ("condition", self.tr("Condition"), choice_box(condition_choices()), 1),
            (
                "holder_agency_id",
                self.tr("Holder (unit)"),
                choice_box(names.get("agency", []), self.tr("— donor stock —")),
                0,
            ),
            ("location_id", self.tr("Location"), choice_box(names.get("location", []), "—"), 1),
        ]

    def _offer_new_records(self, add: Callable[[str], tuple[int, str] | None]) -> None:
        """A "New…" entry in each enabled drop-down of reference records."""
        for name, kind, text in (
            ("category_id", "category", self.tr("New category…")),
            ("funding_source_id", "funding", self.tr("New funding source…")),
            ("holder_agency_id", "agency", self.tr("New unit…")),
            ("location_id", "location", self.tr("New location…")),
        ):
            box = self._fields[name]
            if isinstance(box, QComboBox) and box.isEnabled():
                NewChoice(box, text, lambda k=kind: add(k))  # type: ignore[misc]

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
        # The message sits right under its input, in the same cell: no gap when hidden.
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        stack.addWidget(self._errors.label_for(name, widget))
        grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(cell, row, col + 1, 1, span)
        self._fields[name] = widget
        self._captions[name] = label.removesuffix(" *")

    def _history_table(self, history: Sequence[ReadableEntry]) -> QTableView:
        """The item's audit history, newest last; each row's tooltip lists its changes."""
        model: RowTableModel[ReadableEntry] = RowTableModel(HISTORY_COLUMNS, self)
        model.set_rows(history)
        table = list_table("historyTable", model)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        return table

    def _connect_signals(self) -> None:
        self._tag_timer.timeout.connect(self._check_tag)
        self.finished.connect(lambda _result: self._tag_timer.stop())
        self._buttons.accepted.connect(self._on_save)
        self._buttons.rejected.connect(self.reject)
        for name, widget in self._fields.items():
            change_signal(widget).connect(lambda *_a, n=name: self._on_edited(n))

    # -- values -------------------------------------------------------------
    def _load(self, v: ItemInput) -> None:
        for name, widget in self._fields.items():
            set_input(widget, getattr(v, name), money=name == "unit_value")

    def values(self) -> tuple[ItemInput, dict[str, str]]:
        """The form's content, and messages for fields that do not parse."""
        bad: dict[str, str] = {}
        out: dict[str, Any] = {name: input_value(w) for name, w in self._fields.items()}
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
        self._touched.add(name)
        self._server_errors.pop(name, None)
        if name == "asset_tag" and self._tag_owner is not None:
            self._tag_timer.start()  # once the typing pauses
        self._revalidate()

    def _check_tag(self) -> None:
        """Say now, not on Save, when the asset tag typed belongs to another item."""
        field = self._fields["asset_tag"]
        tag = field.text().strip() if isinstance(field, QLineEdit) else ""
        if not tag or self._tag_owner is None or not self.isVisible():
            return
        try:
            owner = self._tag_owner(tag)
        except Exception:
            log.warning("asset tag look-up failed", exc_info=True)
            return
        mine = self._record.id if self._record is not None else None
        if owner is not None and owner != mine:
            self._server_errors["asset_tag"] = Msg.translate(
                "Items", "Asset tag {tag} is already used by another item."
            ).format(tag=tag)
            self._revalidate()

    def _revalidate(self) -> dict[str, Text]:
        data, bad = self.values()
        errors: dict[str, Text] = {
            **field_messages(data, is_new=self._record is None),
            **bad,
            **self._server_errors,
        }
        shown = {
            name: message
            for name, message in errors.items()
            if self._record is not None or name in self._touched or name in self._server_errors
        }
        self._errors.show(shown)
        save = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not errors and not self._read_only)
        set_role(self._summary, Role.ERROR if shown else Role.HINT)
        if self._read_only:
            self._summary.setText(self.tr("Read-only: this register cannot be changed now."))
        elif shown:
            self._summary.setText(FormErrors.summary(len(shown)))
        elif errors:
            # Nothing wrong yet, only not filled in: say what Save waits for.
            names = ", ".join(self._captions.get(n, n) for n in self._fields if n in errors)
            self._summary.setText(self.tr("To save, fill in: {fields}.").format(fields=names))
        else:
            self._summary.setText("")
        return errors

    def show_errors(self, errors: Mapping[str, Text]) -> None:
        """Show these messages beside their fields (from the service) and go to the first."""
        self._server_errors = dict(errors)
        self._touched.update(errors)
        self._revalidate()
        first = self._errors.first(errors, list(self._fields))
        if first:
            self._fields[first].setFocus()

    def _on_save(self) -> None:
        if self._read_only or self._revalidate():
            return
        data, _bad = self.values()
        try:
            self.saved_id = self._save(data)
        except ValidationError as exc:
            self.show_errors(exc.messages)
            return
        except Exception as exc:  # noqa: BLE001 - disk full, read-only…: say so, keep the form
            show_error(self, exc)
            return
        self.accept()

    def field(self, name: str) -> QWidget:
        """The input of field `name` (as `ItemInput` names it)."""
        return self._fields[name]
