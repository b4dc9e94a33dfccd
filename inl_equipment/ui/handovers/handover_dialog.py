"""Write a handover, return or transfer: who, where, when and which items.

Items come three ways: preselected in the main table, found with the Find
box, or read by a USB barcode scanner (it types the asset tag and presses
Enter in the Scan field; Enter never saves the form). The service checks
every rule again in one transaction; its messages show next to the fields.
The officers are `party_field.PartyField`s; the items pane is `handover_items`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.db.transactions import HandoverKind
from inl_equipment.services.handovers import HandoverInput
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.reference import RefRecord
from inl_equipment.services.register import Register
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.handovers.handover_items import RED, HandoverItemsPane, listing
from inl_equipment.ui.handovers.handover_lines_model import HandoverLinesModel
from inl_equipment.ui.handovers.party_field import PartyField, ref_label, wide_combo
from inl_equipment.ui.handovers.receipt_preview import ReceiptPreview
from inl_equipment.ui.screen import fit_to_screen
from inl_equipment.ui.workers import run_in_thread

# PartyField and ref_label lived here before they moved; callers may still import them here.
__all__ = [
    "TITLES",
    "HandoverDialog",
    "HandoverHost",
    "PartyField",
    "hand_over_selected",
    "ref_label",
]

TITLES = {"handover": "New handover", "return": "New return", "transfer": "New transfer"}
_GREY = "#555555"
_PARTIES = ("received_by", "handed_over_by", "witness")


class HandoverHost(Protocol):
    """What the entry functions need of the main window."""

    register: Register

    def selected_item_ids(self) -> list[int]: ...


class HandoverDialog(QDialog):
    """The handover (return, transfer) form and its items; Save issues the receipt.

    Signals:
        saved(str): the handover was saved; its receipt number.
    """

    saved = Signal(str)

    def __init__(
        self,
        register: Register,
        parent: QWidget | None = None,
        preselected_item_ids: Sequence[int] = (),
        kind: str = "handover",
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.kind = HandoverKind(kind).value
        self.setWindowTitle(TITLES[self.kind])
        self._register, self._settings = register, settings
        self.number: str | None = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._server_errors: dict[str, str] = {}
        self.lines = HandoverLinesModel(self)
        self._build(register.reference.lists(("agency", "location", "person")))
        self._connect_signals()
        if self.kind == HandoverKind.HANDOVER:  # the operator hands over donor stock…
            self.handed_over_by.set_text(register.operator)
        elif self.kind == HandoverKind.RETURN:  # …and receives what units return
            self.received_by.set_text(register.operator)
        self.find_ready = run_in_thread(
            lambda _ctx: register.items.snapshot(),
            self.items_pane.on_snapshot,
            self.items_pane.on_snapshot_failed,
            self,
        )
        refused = self.add_items(preselected_item_ids)
        if refused:
            self.items_pane.say(listing(f"Not added ({len(refused)}):", refused), RED)
        self._revalidate()
        self.scan_edit.setFocus()  # ready for the scanner
        fit_to_screen(self, 1200, 800)

    # -- building -------------------------------------------------------------------
    def _build(self, refs: dict[str, list[RefRecord]]) -> None:
        units = {a.id: str(a.values.get("short_name") or a.name) for a in refs["agency"]}
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.received_by, self.handed_over_by, self.witness = (
            PartyField(refs["person"], units) for _ in range(3)
        )
        self.remarks = QPlainTextEdit()
        self.remarks.setTabChangesFocus(True)
        self.remarks.setFixedHeight(52)
        left: list[tuple[str, str, QWidget]] = []
        if self.kind != HandoverKind.HANDOVER:
            left.append(("from_agency_id", "From unit *", self._ref_combo(refs["agency"])))
        if self.kind != HandoverKind.RETURN:
            left.append(("to_agency_id", "Receiving unit *", self._ref_combo(refs["agency"])))
        left += [
            ("location_id", "Location", self._ref_combo(refs["location"], "—")),
            ("date", "Date *", self.date_edit),
        ]
        right: list[tuple[str, str, QWidget]] = [
            ("received_by", "Received by *", self.received_by),
            ("handed_over_by", "Handed over by *", self.handed_over_by),
            ("witness", "Witness", self.witness),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, fields in ((0, left), (2, right)):
            for n, (name, label, widget) in enumerate(fields):
                self._add_field(grid, name, label, widget, n * 2, col)
        self._add_field(grid, "remarks", "Remarks", self.remarks, 8, 0, span=3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self.summary = QLabel()
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Save and issue receipt")
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addWidget(self._items_pane(), 1)
        box.addWidget(self.summary)
        box.addWidget(self.buttons)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # a scanner's Enter must never press a button

    def _ref_combo(self, records: Sequence[RefRecord], none: str = "— choose —") -> QComboBox:
        combo = wide_combo(QComboBox(), 30)
        combo.addItem(none, None)
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
        caption = QLabel(label)
        caption.setBuddy(w.combo if isinstance(w, PartyField) else w)
        error = self._error_label(name)
        grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(w, row, col + 1, 1, span)
        grid.addWidget(error, row + 1, col + 1, 1, span)
        self._fields[name] = w

    def _error_label(self, name: str) -> QLabel:
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {RED};")
        error.setWordWrap(True)
        error.hide()
        self._errors[name] = error
        return error

    def _items_pane(self) -> HandoverItemsPane:
        source = self._fields.get("from_agency_id")
        pane = HandoverItemsPane(
            self._register,
            self.kind,
            self.lines,
            self._error_label("lines"),
            source if isinstance(source, QComboBox) else None,
        )
        self.items_pane = pane
        # Callers and tests reach the pane's widgets as the form's own, as before it moved.
        self.scan_edit, self.search_edit = pane.scan_edit, pane.search_edit
        self.completer, self._completions = pane.completer, pane.completions
        self.message, self.table = pane.message, pane.table
        self.remove_button, self.total_label = pane.remove_button, pane.total_label
        return pane

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self._on_cancel)
        self.lines.lines_changed.connect(lambda: self._on_edited("lines"))
        self.date_edit.dateChanged.connect(lambda *_: self._on_edited("date"))
        self.remarks.textChanged.connect(lambda: self._on_edited("remarks"))
        for name, w in self._fields.items():
            if isinstance(w, PartyField):
                w.changed.connect(lambda n=name: self._on_edited(n))
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(lambda _i, n=name: self._on_edited(n))
        if isinstance(source := self._fields.get("from_agency_id"), QComboBox):
            source.currentIndexChanged.connect(self.items_pane.on_source_changed)

    # -- values -----------------------------------------------------------------------
    def _combo_value(self, name: str) -> int | None:
        combo = self._fields.get(name)
        return combo.currentData() if isinstance(combo, QComboBox) else None

    def set_combo(self, name: str, record_id: int | None) -> None:
        combo = self._fields[name]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(0, combo.findData(record_id)))

    def values(self) -> HandoverInput:
        d = self.date_edit.date()
        return HandoverInput(
            kind=self.kind,
            date=date(d.year(), d.month(), d.day()),
            from_agency_id=self._combo_value("from_agency_id"),
            to_agency_id=self._combo_value("to_agency_id"),
            location_id=self._combo_value("location_id"),
            handed_over_by=self.handed_over_by.value(),
            received_by=self.received_by.value(),
            witness=None if self.witness.is_empty() else self.witness.value(),
            remarks=self.remarks.toPlainText(),
            lines=self.lines.line_inputs(),
        )

    # -- items (the pane does the work) -------------------------------------------
    def add_items(self, item_ids: Sequence[int]) -> list[str]:
        """Add the items that may go on this handover; returns why the others may not."""
        return self.items_pane.add_items(item_ids)

    def scan(self, text: str) -> bool:
        """Add the item with this asset tag (as a barcode scanner types it); False if refused."""
        return self.items_pane.scan(text)

    def remove_selected(self) -> None:
        self.items_pane.remove_selected()

    # -- validation and saving ------------------------------------------------------
    def _on_edited(self, name: str) -> None:
        self._server_errors.pop(name, None)
        if name in _PARTIES:
            self._server_errors.pop("party", None)
        self._revalidate()

    def _missing(self) -> list[str]:
        needed = [
            (
                "from_agency_id" in self._fields and self._combo_value("from_agency_id") is None,
                "the unit the items come from",
            ),
            (
                "to_agency_id" in self._fields and self._combo_value("to_agency_id") is None,
                "the receiving unit",
            ),
            (self.received_by.is_empty(), "the receiving officer"),
            (self.handed_over_by.is_empty(), "the handing-over officer"),
            (not self.lines.rowCount(), "at least one item"),
        ]
        return [what for missing, what in needed if missing]

    def _revalidate(self) -> dict[str, str]:
        errors = dict(self._server_errors)
        to, src = self._combo_value("to_agency_id"), self._combo_value("from_agency_id")
        if self.kind == HandoverKind.TRANSFER and to is not None and to == src:
            errors.setdefault("to_agency_id", "A transfer goes to a different unit.")
        for name, label in self._errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        missing = self._missing()
        self.total_label.setText(self.lines.summary())
        read_only = self._register.read_only
        self.save_button.setEnabled(not errors and not missing and not read_only)
        other = " ".join(v for k, v in errors.items() if k not in self._errors)
        text, color = ("", RED)
        if read_only:
            text = "Read-only: this register cannot be changed now."
        elif errors:
            text = other or f"{len(errors)} field(s) need attention."
        elif missing:
            text, color = "Still needed: " + ", ".join(missing) + ".", _GREY
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {color};")
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        self._server_errors = dict(errors)
        self._revalidate()
        first = next((n for n in self._fields if n in errors), None)
        if first:
            self._fields[first].setFocus()

    def _on_save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            number = self._register.handovers.create(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except NotFoundError as exc:
            self.show_errors({"lines": f"{exc}; remove it from the list."})
            return
        except Exception as exc:  # noqa: BLE001 - told to the user in plain words
            show_error(self, exc)
            return
        self.number = number
        self.saved.emit(number)
        self.show_receipt(number)
        self.accept()

    def show_receipt(self, number: str) -> None:
        """The original receipt, straight after issue (later openings are copies)."""
        preview = ReceiptPreview(self._register, number, self, copy=False, settings=self._settings)
        preview.exec()
        preview.deleteLater()

    def _on_cancel(self) -> None:
        n = self.lines.rowCount()
        if n and self.number is None:
            answer = QMessageBox.question(
                self,
                "Discard this form?",
                f"The {n} item(s) listed have not been handed over. Discard the form?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            event.accept()  # a scanner's Enter never saves or closes the form
            if event.key() == Qt.Key.Key_Escape:
                self._on_cancel()
            return
        super().keyPressEvent(event)


def hand_over_selected(window: HandoverHost) -> str | None:
    """Open the handover form with the main window's selected items.

    Returns the new receipt number (the windows refresh from the register's
    change feed).
    """
    parent = window if isinstance(window, QWidget) else None
    settings = getattr(window, "settings", None)
    dialog = HandoverDialog(window.register, parent, window.selected_item_ids(), settings=settings)
    if run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.number:
        return dialog.number
    return None
