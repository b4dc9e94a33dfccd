"""Write a handover, return or transfer: who, where, when and which items.

Items come three ways: preselected in the main table, found with the Find
box, or read by a USB barcode scanner (it types the asset tag and presses
Enter in the Scan field; Enter never saves the form). The service checks
every rule again in one transaction; its messages show next to the fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, QSettings, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.db.transactions import HandoverKind
from inl_equipment.services.handovers import HandoverInput, PartyInput
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.reference import RefRecord
from inl_equipment.services.register import Register
from inl_equipment.services.search import Snapshot
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.handover_lines_model import (
    COL_DESCRIPTION,
    COL_QTY,
    HandoverLinesModel,
    LineRow,
    QuantityDelegate,
    completion_index,
)
from inl_equipment.ui.receipt_preview import ReceiptPreview
from inl_equipment.ui.workers import run_in_thread

TITLES = {"handover": "New handover", "return": "New return", "transfer": "New transfer"}
_ITEMS = {"handover": "Items to hand over", "return": "Items returned", "transfer": "Items moved"}
_RED, _GREEN, _GREY = "#b00020", "#1b6e20", "#555555"
_MAX_REASONS = 6
_PARTIES = ("received_by", "handed_over_by", "witness")


def ref_label(r: RefRecord) -> str:
    """English name, then the Lao one when there is one."""
    lao = r.values.get("name_lo") or ""
    return f"{r.name} · {lao}" if lao else r.name


def _wide_combo(combo: QComboBox, chars: int) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setMaxVisibleItems(20)
    return combo


class PartyField(QWidget):
    """An officer: someone from People (position filled in), or a typed name and position.

    Signals:
        changed(): the person, the typed name or the position changed.
    """

    changed = Signal()

    def __init__(
        self, people: Sequence[RefRecord], units: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.combo = _wide_combo(QComboBox(), 22)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem("", None)
        self._positions: dict[int, str] = {}
        for p in people:
            unit = units.get(p.values.get("agency_id") or 0, "")
            self.combo.addItem(ref_label(p) + (f" — {unit}" if unit else ""), p.id)
            rank, position = p.values.get("rank"), p.values.get("position_en")
            self._positions[p.id] = ", ".join(x for x in (rank, position) if x)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        self.edit = self.combo.lineEdit() or QLineEdit()
        self.edit.setPlaceholderText("Choose from People, or type a name")
        self.position = QLineEdit()
        self.position.setPlaceholderText("Position")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 2)
        row.addWidget(self.position, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.combo.editTextChanged.connect(self._on_text)
        self.position.textChanged.connect(self.changed)

    def person_id(self) -> int | None:
        i = self.combo.findText(self.combo.currentText())
        return self.combo.itemData(i) if i > 0 else None

    def _on_text(self, _text: str) -> None:
        person = self.person_id()
        if person is not None:
            if not self.edit.hasFocus():
                self.edit.setCursorPosition(0)  # show the name's start, not its end
            self.position.setText(self._positions.get(person, ""))
            self.position.setToolTip("From the People list (Reference data → People)")
        elif self.position.isReadOnly():
            self.position.clear()
            self.position.setToolTip("")
        self.position.setReadOnly(person is not None)
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self.combo.currentText().strip()

    def set_text(self, text: str) -> None:
        self.combo.setEditText(text)

    def choose_person(self, person_id: int) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(person_id)))

    def value(self) -> PartyInput:
        person = self.person_id()
        if person is not None:
            return PartyInput(person_id=person)
        name = " ".join(self.combo.currentText().split())
        return PartyInput(name=name, position=self.position.text())


class HandoverHost(Protocol):
    """What the entry functions need of the main window."""

    register: Register

    def selected_item_ids(self) -> list[int]: ...

    def reload(self) -> None: ...


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
        self._snapshot: Snapshot | None = None  # read once, on a worker thread, for Find
        self._search_index: dict[str, int] = {}
        self.lines = HandoverLinesModel(self)
        self._build(register.ref_lists(("agency", "location", "person")))
        self._connect_signals()
        if self.kind == HandoverKind.HANDOVER:  # the operator hands over donor stock…
            self.handed_over_by.set_text(register.operator)
        elif self.kind == HandoverKind.RETURN:  # …and receives what units return
            self.received_by.set_text(register.operator)
        self.find_ready = run_in_thread(
            lambda _ctx: register.snapshot(), self._on_snapshot, self._on_snapshot_failed, self
        )
        refused = self.add_items(preselected_item_ids)
        if refused:
            self._say(_listing(f"Not added ({len(refused)}):", refused), _RED)
        self._revalidate()
        self.scan_edit.setFocus()  # ready for the scanner
        self.resize(1200, 800)

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
        box.addWidget(self._items_box(), 1)
        box.addWidget(self.summary)
        box.addWidget(self.buttons)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # a scanner's Enter must never press a button

    def _ref_combo(self, records: Sequence[RefRecord], none: str = "— choose —") -> QComboBox:
        combo = _wide_combo(QComboBox(), 30)
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
        error.setStyleSheet(f"color: {_RED};")
        error.setWordWrap(True)
        error.hide()
        self._errors[name] = error
        return error

    def _items_box(self) -> QGroupBox:
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scanEdit")
        self.scan_edit.setPlaceholderText("Scan a barcode, or type an asset tag and press Enter")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("itemSearch")
        self.search_edit.setPlaceholderText("Reading the register for Find…")
        self.search_edit.setEnabled(False)
        self.search_edit.setClearButtonEnabled(True)
        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(15)
        self.search_edit.setCompleter(self.completer)
        self.message = QLabel()
        self.message.setObjectName("scanMessage")
        self.message.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("linesTable")
        self.table.setModel(self.lines)
        self.table.setItemDelegateForColumn(COL_QTY, QuantityDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        for col, width in enumerate((120, 150, 0, 90, 100, 100, 110)):
            if width:
                self.table.setColumnWidth(col, width)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setEnabled(False)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        inputs = QHBoxLayout()
        for stretch, (caption, edit) in enumerate(
            (("S&can:", self.scan_edit), ("F&ind:", self.search_edit))
        ):
            label = QLabel(caption)
            label.setBuddy(edit)
            inputs.addWidget(label)
            inputs.addWidget(edit, 2 + stretch)
        footer = QHBoxLayout()
        footer.addWidget(self.remove_button)
        footer.addStretch(1)
        footer.addWidget(self.total_label)
        group = QGroupBox(_ITEMS[self.kind])
        box = QVBoxLayout(group)
        box.addLayout(inputs)
        box.addWidget(self.message)
        box.addWidget(self.table, 1)
        box.addWidget(self._error_label("lines"))
        box.addLayout(footer)
        return group

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self._on_cancel)
        self.scan_edit.returnPressed.connect(self._on_scan)
        self.search_edit.returnPressed.connect(self._on_search_enter)
        self.completer.activated.connect(self._on_search_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.table.selectionModel().hasSelection())
        )
        self.lines.lines_changed.connect(lambda: self._on_edited("lines"))
        self.lines.rowsInserted.connect(self._open_quantity_editors)
        self.date_edit.dateChanged.connect(lambda *_: self._on_edited("date"))
        self.remarks.textChanged.connect(lambda: self._on_edited("remarks"))
        for name, w in self._fields.items():
            if isinstance(w, PartyField):
                w.changed.connect(lambda n=name: self._on_edited(n))
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(lambda _i, n=name: self._on_edited(n))
        if isinstance(source := self._fields.get("from_agency_id"), QComboBox):
            source.currentIndexChanged.connect(self._on_from_changed)

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

    # -- adding items ---------------------------------------------------------------
    def add_items(self, item_ids: Sequence[int]) -> list[str]:
        """Add the items that may go on this handover; returns why the others may not."""
        refused: list[str] = []
        wanted = [i for i in dict.fromkeys(item_ids) if not self.lines.contains(i)]
        asked = self._combo_value("from_agency_id")
        for record, why in self._register.items_for_handover(wanted, self.kind, asked):
            v = record.values
            if why and self.kind != HandoverKind.HANDOVER:
                if self._combo_value("from_agency_id") is None and v.holder_agency_id:
                    # No "from" unit yet: the first item's holder is the one.
                    self.set_combo("from_agency_id", v.holder_agency_id)
                source = self._combo_value("from_agency_id")
                if source != asked:
                    why = self._register.items_for_handover([record.id], self.kind, source)[0][1]
            if why is None:
                self.lines.add(LineRow.from_record(record))
            else:
                refused.append(why)
        return refused

    def scan(self, text: str) -> bool:
        """Add the item with this asset tag (as a barcode scanner types it); False if refused."""
        tag = text.strip()
        item_id = self._register.find_item_id(tag) if tag else None
        if item_id is None:
            return bool(tag) and self._refuse(
                f"{tag}: no item with this asset tag is in the register."
            )
        if self.lines.contains(item_id):
            return self._refuse(f"{tag} is already on this list.")
        refused = self.add_items([item_id])
        if refused:
            return self._refuse(refused[0])
        row = self.lines.rows()[-1]
        self._say(f"Added {row.asset_tag}: {row.description}", _GREEN)
        return True

    def _on_scan(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()  # ready for the next scan
        self.scan(text)

    def _on_search_chosen(self, text: str) -> None:
        if text in self._search_index:
            self.scan(text.split(" — ")[0])
        QTimer.singleShot(0, self.search_edit.clear)

    def _on_search_enter(self) -> None:
        """Enter in Find adds the only match (with several, the list is open to choose)."""
        text = self.search_edit.text().strip()
        if text in self._search_index:
            return  # chosen from the list: the completer's `activated` added it
        needle = text.casefold()
        hits = [k for k in self._search_index if needle and needle in k.casefold()]
        if len(hits) == 1:
            self._on_search_chosen(hits[0])
        elif text and not hits:
            self._refuse(f"No item that can go on this {self.kind} matches “{text}”.")

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._rebuild_completer()
        self.search_edit.setEnabled(True)
        self.search_edit.setPlaceholderText("Find by asset tag, serial or description…")

    def _on_snapshot_failed(self, exc: BaseException) -> None:
        self.search_edit.setPlaceholderText(f"Find is unavailable ({exc}); use Scan")

    def _rebuild_completer(self) -> None:
        if self._snapshot is None:
            return
        source = self._combo_value("from_agency_id")
        self._search_index = completion_index(self._snapshot, self.kind, source)
        self._completions.setStringList(list(self._search_index))

    def _on_from_changed(self) -> None:
        """Another "from" unit: the lines it does not hold come off the list."""
        self._rebuild_completer()
        rows = self.lines.rows()
        checked = self._register.items_for_handover(
            [r.item_id for r in rows], self.kind, self._combo_value("from_agency_id")
        )
        bad = {record.id: why for record, why in checked if why}
        if bad:
            self.lines.remove_rows(i for i, r in enumerate(rows) if r.item_id in bad)
            self._say(_listing(f"Removed ({len(bad)}):", list(bad.values())), _RED)

    def remove_selected(self) -> None:
        self.lines.remove_rows(i.row() for i in self.table.selectionModel().selectedRows())

    def _open_quantity_editors(self, _parent: Any, first: int, last: int) -> None:
        for r in range(first, last + 1):
            if self.lines.index(r, COL_QTY).flags() & Qt.ItemFlag.ItemIsEditable:
                self.table.openPersistentEditor(self.lines.index(r, COL_QTY))

    def _refuse(self, text: str) -> bool:
        QApplication.beep()
        self._say(text, _RED)
        return False

    def _say(self, text: str, color: str) -> None:
        self.message.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.message.setText(text)

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
        text, color = ("", _RED)
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
            number = self._register.create_handover(self.values())
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


def _listing(title: str, reasons: Sequence[str]) -> str:
    shown = [f"• {r}" for r in reasons[:_MAX_REASONS]]
    if len(reasons) > _MAX_REASONS:
        shown.append(f"… and {len(reasons) - _MAX_REASONS} more")
    return "\n".join([title, *shown])


def hand_over_selected(window: HandoverHost) -> str | None:
    """Open the handover form with the main window's selected items.

    On success the main window reloads; returns the new receipt number.
    """
    parent = window if isinstance(window, QWidget) else None
    settings = getattr(window, "settings", None)
    dialog = HandoverDialog(window.register, parent, window.selected_item_ids(), settings=settings)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.number:
            window.reload()
            return dialog.number
        return None
    finally:
        dialog.deleteLater()
