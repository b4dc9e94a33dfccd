"""The upper half of the handover form: units, location, date, officers, remarks.

Each field has a message label beside it (`FormErrors`); the form
(`handover_dialog.HandoverDialog`) decides what the messages are. Which
fields there are depends on the kind: a handover has no "from" unit (the
items are donor stock), a return no receiving unit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from inl_equipment.i18n import Text
from inl_equipment.services.facade.kinds import HandoverKind
from inl_equipment.services.reference import RefRecord
from inl_equipment.ui.form_errors import FormErrors
from inl_equipment.ui.handovers.party_field import PartyField, ref_label, wide_combo

#: The officers' fields (a message about "party" concerns all three).
PARTIES = ("received_by", "handed_over_by", "witness")


class HandoverFields(QWidget):
    """Who, where and when of a handover of one kind, each field with its message label.

    Signals:
        edited(str): the field of this name changed.
    """

    edited = Signal(str)

    def __init__(
        self, kind: str, refs: Mapping[str, list[RefRecord]], parent: QWidget | None = None
    ) -> None:
        """The fields for a handover of `kind`, with the units, places and people in `refs`."""
        super().__init__(parent)
        self.kind = kind
        self.widgets: dict[str, QWidget] = {}
        self.errors = FormErrors()
        self._error_names: set[str] = set()
        units = {a.id: str(a.values.get("short_name") or a.name) for a in refs["agency"]}
        # Each unit's main location: a handover there goes there unless another is chosen.
        self._main_location = {a.id: a.values.get("main_location_id") for a in refs["agency"]}
        self._location_chosen = False
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")  # as `formatting.day` writes dates
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.received_by, self.handed_over_by, self.witness = (
            PartyField(refs["person"], units) for _ in range(3)
        )
        self.remarks = QPlainTextEdit()
        self.remarks.setTabChangesFocus(True)
        self.remarks.setFixedHeight(52)
        self._build(refs)
        self._connect_signals()

    def _build(self, refs: Mapping[str, list[RefRecord]]) -> None:
        agencies = refs["agency"]
        left: list[tuple[str, str, QWidget]] = []
        if self.kind != HandoverKind.HANDOVER:
            left.append(("from_agency_id", self.tr("From unit *"), self._ref_combo(agencies)))
        if self.kind != HandoverKind.RETURN:
            left.append(("to_agency_id", self.tr("Receiving unit *"), self._ref_combo(agencies)))
        location = (
            self.tr("Location *") if self.kind != HandoverKind.RETURN else self.tr("Location")
        )
        left += [
            ("location_id", location, self._ref_combo(refs["location"], self.tr("—"))),
            ("date", self.tr("Date *"), self.date_edit),
        ]
        right: list[tuple[str, str, QWidget]] = [
            ("received_by", self.tr("Received by *"), self.received_by),
            ("handed_over_by", self.tr("Handed over by *"), self.handed_over_by),
            ("witness", self.tr("Witness"), self.witness),
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for col, fields in ((0, left), (2, right)):
            for n, (name, label, widget) in enumerate(fields):
                self._add_field(grid, name, label, widget, n * 2, col)
        self._add_field(grid, "remarks", self.tr("Remarks"), self.remarks, 8, 0, span=3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)

    def _ref_combo(self, records: Sequence[RefRecord], none: str | None = None) -> QComboBox:
        combo = wide_combo(QComboBox(), 30)
        combo.addItem(none if none is not None else self.tr("— choose —"), None)
        for r in records:
            combo.addItem(ref_label(r), r.id)
        return combo

    def _add_field(
        self,
        grid: QGridLayout,
        name: str,
        label: str,
        w: QWidget,
        row: int,
        col: int,
        span: int = 1,
    ) -> None:
        w.setObjectName(f"field_{name}")
        target = w.combo if isinstance(w, PartyField) else w
        caption = QLabel(label)
        caption.setBuddy(target)
        grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(w, row, col + 1, 1, span)
        grid.addWidget(self.error_label(name, target), row + 1, col + 1, 1, span)
        self.widgets[name] = w

    def _connect_signals(self) -> None:
        self.date_edit.dateChanged.connect(lambda *_: self.edited.emit("date"))
        self.remarks.textChanged.connect(lambda: self.edited.emit("remarks"))
        location = self.combo("location_id")
        if location is not None:
            location.activated.connect(lambda _i: self._user_chose_location())
        receiving = self.combo("to_agency_id")
        if receiving is not None:
            receiving.currentIndexChanged.connect(lambda _i: self._follow_receiving_unit())
        for name, w in self.widgets.items():
            if isinstance(w, PartyField):
                w.changed.connect(lambda n=name: self.edited.emit(n))
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(lambda _i, n=name: self.edited.emit(n))

    def _user_chose_location(self) -> None:
        self._location_chosen = self.combo_value("location_id") is not None

    def _follow_receiving_unit(self) -> None:
        """Put the receiving unit's main location in Location, unless the user chose one."""
        if self._location_chosen:
            return
        main = self._main_location.get(self.combo_value("to_agency_id"))  # type: ignore[arg-type]
        self.set_combo("location_id", main)

    # -- messages -----------------------------------------------------------------------
    def error_label(self, name: str, field: QWidget | None = None) -> QLabel:
        """A message label for `name` (a field here, or "lines" for the items pane)."""
        self._error_names.add(name)
        return self.errors.label_for(name, field)

    def show_errors(self, errors: Mapping[str, Text]) -> str:
        """Show each field's message beside it; returns the rest (no label of its own) as text."""
        self.errors.show(errors)
        return " ".join(str(v) for k, v in errors.items() if k not in self._error_names)

    def focus_first(self, errors: Mapping[str, Text]) -> None:
        """Put the cursor in the first field, in form order, that has a message."""
        first = self.errors.first(errors, list(self.widgets))
        if first:
            self.widgets[first].setFocus()

    # -- values -------------------------------------------------------------------------
    def combo(self, name: str) -> QComboBox | None:
        """The combo box of field `name` (None when this kind has no such field)."""
        widget = self.widgets.get(name)
        return widget if isinstance(widget, QComboBox) else None

    def combo_value(self, name: str) -> int | None:
        """The record id chosen in field `name` (None: none chosen, or no such field)."""
        combo = self.combo(name)
        return combo.currentData() if combo is not None else None

    def set_combo(self, name: str, record_id: int | None) -> None:
        """Choose the record `record_id` in the combo box of field `name`."""
        combo = self.combo(name)
        assert combo is not None, name
        combo.setCurrentIndex(max(0, combo.findData(record_id)))

    def handover_date(self) -> date:
        """The date chosen."""
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def missing(self) -> list[str]:
        """What the form still needs, in words ("the receiving unit", ...)."""
        needed = [
            (
                "from_agency_id" in self.widgets and self.combo_value("from_agency_id") is None,
                self.tr("the unit the items come from"),
            ),
            (
                "to_agency_id" in self.widgets and self.combo_value("to_agency_id") is None,
                self.tr("the receiving unit"),
            ),
            (self.received_by.is_empty(), self.tr("the receiving officer")),
            (self.handed_over_by.is_empty(), self.tr("the handing-over officer")),
        ]
        return [what for missing, what in needed if missing]
