"""The upper half of the site check form: site, unit visited, inspectors, method, date, remark.

Site and unit are searchable combo boxes (type part of the English or Lao
name, as in the handover form's officer fields). Each field has a message
label beside it (`FormErrors`) for the service's messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from inl_equipment.i18n import Text
from inl_equipment.services.eum_vocabulary import method_choices
from inl_equipment.services.reference import RefRecord
from inl_equipment.ui.form_errors import FormErrors
from inl_equipment.ui.handovers.party_field import ref_label, wide_combo


def searchable_combo(records: Sequence[RefRecord], none: str) -> QComboBox:
    """A combo box of `records` in which typing any part of a name finds it."""
    combo = wide_combo(QComboBox(), 30)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(none, None)
    for r in records:
        combo.addItem(ref_label(r), r.id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    if (edit := combo.lineEdit()) is not None:
        edit.setPlaceholderText(none)
    return combo


def combo_choice(combo: QComboBox) -> int | None:
    """The record whose name is in the combo box (None: none, or a name not in the list)."""
    i = combo.findText(combo.currentText())
    return combo.itemData(i) if i > 0 else None


class SiteFields(QWidget):
    """Where, when, who and how of a site check, each field with its message label.

    Signals:
        edited(str): the field of this name changed.
        site_changed(): another site was chosen (its expected items must be listed).
            Text that names no site (being typed) does not count.
    """

    edited = Signal(str)
    site_changed = Signal()

    def __init__(self, refs: Mapping[str, list[RefRecord]], parent: QWidget | None = None) -> None:
        """The fields, offering the sites and units in `refs` ("location", "agency")."""
        super().__init__(parent)
        self.errors = FormErrors()
        self.widgets: dict[str, QWidget] = {}
        self.site = searchable_combo(refs["location"], self.tr("— choose the site —"))
        self.unit = searchable_combo(refs["agency"], self.tr("— any unit —"))
        self.inspectors = QLineEdit()
        self.inspectors.setPlaceholderText(self.tr("Names of the inspectors"))
        self.method = QComboBox()
        for value, label in method_choices():
            self.method.addItem(label, value)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")  # as `formatting.day` writes dates
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.remark = QPlainTextEdit()
        self.remark.setTabChangesFocus(True)
        self.remark.setFixedHeight(48)
        self._last_site: int | None = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        left = [
            ("location", self.tr("Site *"), self.site),
            ("agency", self.tr("Unit visited"), self.unit),
            ("inspectors", self.tr("Inspectors"), self.inspectors),
        ]
        right = [
            ("method", self.tr("Method *"), self.method),
            ("date", self.tr("Date *"), self.date_edit),
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for col, fields in ((0, left), (2, right)):
            for n, (name, label, widget) in enumerate(fields):
                self._add_field(grid, name, label, widget, n * 2, col)
        self._add_field(grid, "remark", self.tr("Remark"), self.remark, 6, 0, span=3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

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
        caption = QLabel(label)
        caption.setBuddy(w)
        grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(w, row, col + 1, 1, span)
        grid.addWidget(self.errors.label_for(name, w), row + 1, col + 1, 1, span)
        self.widgets[name] = w

    def _connect_signals(self) -> None:
        self.site.currentTextChanged.connect(lambda _t: self._on_site_text())
        self.unit.currentTextChanged.connect(lambda _t: self.edited.emit("agency"))
        self.inspectors.textChanged.connect(lambda _t: self.edited.emit("inspectors"))
        self.method.currentIndexChanged.connect(lambda _i: self.edited.emit("method"))
        self.date_edit.dateChanged.connect(lambda _d: self.edited.emit("date"))
        self.remark.textChanged.connect(lambda: self.edited.emit("remark"))

    def _on_site_text(self) -> None:
        site = self.site_id()
        self.edited.emit("location")
        # Half-typed text names no site: the list stays until another site is chosen.
        if site is not None and site != self._last_site:
            self._last_site = site
            self.site_changed.emit()

    # -- values ---------------------------------------------------------------------
    def site_id(self) -> int | None:
        """The site chosen (None: none, or a name not in the list)."""
        return combo_choice(self.site)

    def site_name(self) -> str:
        """The chosen site's name as listed."""
        return self.site.currentText() if self.site_id() is not None else ""

    def choose_site(self, location_id: int | None) -> None:
        """Choose this site."""
        self.site.setCurrentIndex(max(0, self.site.findData(location_id)))

    def unit_id(self) -> int | None:
        """The unit visited (None: not said)."""
        return combo_choice(self.unit)

    def check_date(self) -> date:
        """The date of the check."""
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    # -- messages -------------------------------------------------------------------
    def show_errors(self, errors: Mapping[str, Text]) -> str:
        """Show each field's message beside it; returns the rest (no field of its own) as text."""
        self.errors.show(errors)
        return " ".join(str(v) for k, v in errors.items() if k not in self.widgets)

    def focus_first(self, errors: Mapping[str, Text]) -> None:
        """Put the cursor in the first field, in form order, that has a message."""
        first = self.errors.first(errors, list(self.widgets))
        if first:
            self.widgets[first].setFocus()
