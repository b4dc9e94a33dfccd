"""Every handover, return and transfer: search, filter, details, receipt, void, signed copy."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.db.transactions import HandoverKind, HandoverStatus
from inl_equipment.services.attachments import copy_out
from inl_equipment.services.columns import condition_label
from inl_equipment.services.handover_list import HandoverDetail
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.handovers.handover_dialog import HandoverDialog, HandoverHost
from inl_equipment.ui.handovers.handover_lines_model import money
from inl_equipment.ui.handovers.handovers_table_model import NUMBER_ROLE, HandoversModel
from inl_equipment.ui.handovers.receipt_preview import (
    ReceiptPreview,
    open_with_system,
    temp_copy_path,
)
from inl_equipment.ui.handovers.void_dialog import VoidDialog

# Tests and callers import the model and the void dialog from here, as before they moved.
__all__ = [
    "NUMBER_ROLE",
    "HandoversModel",
    "HandoversView",
    "VoidDialog",
    "open_handovers",
]

_SEARCH_DELAY_MS = 250


class HandoversView(QDialog):
    """The list of handovers with its details pane and actions.

    Signals:
        custody_changed(): items moved (a handover saved or voided): reload the register.
    """

    custody_changed = Signal()

    def __init__(
        self, register: Register, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoversView")
        self.setWindowTitle("Handovers")
        self._register, self._settings = register, settings
        self.detail: HandoverDetail | None = None
        self.model = HandoversModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(_SEARCH_DELAY_MS)
        self._build()
        self._connect_signals()
        self.resize(1280, 820)
        self.refresh()

    # -- building -------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("handoverSearch")
        self.search.setPlaceholderText("Search number, unit, officer or asset tag…")
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        for combo, values, everything in (
            (self.kind_filter, HandoverKind, "All kinds"),
            (self.status_filter, HandoverStatus, "Any status"),
        ):
            combo.addItem(everything, None)
            for v in values:
                combo.addItem(v.value.capitalize(), v.value)
        self.missing_only = QCheckBox("Missing signed copy")
        self.missing_only.setObjectName("missingSigned")
        self.new_buttons = {k: QPushButton(f"New {k}…") for k in ("handover", "return", "transfer")}
        top = QHBoxLayout()
        for w in (self.search, self.kind_filter, self.status_filter, self.missing_only):
            top.addWidget(w, 3 if w is self.search else 0)
        top.addStretch(1)
        for b in self.new_buttons.values():
            top.addWidget(b)
        self.table = QTableView()
        self.table.setObjectName("handoversTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        for col, width in enumerate((120, 90, 80, 260, 260, 60, 110, 90, 70)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self._details_pane())
        splitter.setSizes([420, 360])
        self.count_label = QLabel()
        self.close_button = QPushButton("Close")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        box.addLayout(bottom)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)

    def _details_pane(self) -> QWidget:
        pane = QWidget()
        self.details = QLabel()
        self.details.setObjectName("handoverDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("detailLines")
        self.lines.setHorizontalHeaderLabels(
            ["Asset tag", "Serial / lot", "Description", "Qty", "Unit value", "Condition"]
        )
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().hide()
        self.lines.verticalHeader().setDefaultSectionSize(self.lines.fontMetrics().height() + 8)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachmentList")
        self.attachments.setFixedHeight(70)
        self.receipt_button = QPushButton("&Receipt…")
        self.void_button = QPushButton("&Void…")
        self.attach_button = QPushButton("&Attach signed copy…")
        self.open_button = QPushButton("&Open attachment")
        actions = QVBoxLayout()
        for b in (self.receipt_button, self.void_button, self.attach_button, self.open_button):
            actions.addWidget(b)
        actions.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.details)
        self.attachments_label = QLabel()
        left.addWidget(self.attachments_label)
        left.addWidget(self.attachments)
        left.addStretch(1)
        row = QHBoxLayout(pane)
        row.setContentsMargins(0, 6, 0, 0)
        row.addLayout(left, 2)
        row.addWidget(self.lines, 3)
        row.addLayout(actions)
        return pane

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.refresh)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.missing_only.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self.show_receipt())
        self.receipt_button.clicked.connect(lambda: self.show_receipt())
        self.void_button.clicked.connect(lambda: self.void_current())
        self.attach_button.clicked.connect(lambda: self.attach_signed_copy())
        self.open_button.clicked.connect(lambda: self.open_attachment())
        self.attachments.itemDoubleClicked.connect(lambda _i: self.open_attachment())
        for kind, button in self.new_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.new_handover(k))
        self.close_button.clicked.connect(self.accept)

    # -- list and details -----------------------------------------------------------
    def current_number(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).number if rows else None

    def refresh(self, select: str | None = None) -> None:
        """Read the list again with the current search and filters; keep the selection."""
        self._search_timer.stop()
        keep = select or self.current_number()
        rows = self._register.handovers.list(
            self.search.text(),
            self.kind_filter.currentData(),
            self.status_filter.currentData(),
            self.missing_only.isChecked(),
        )
        self.model.set_rows(rows)
        self.count_label.setText(f"{len(rows)} handover{'s' if len(rows) != 1 else ''}")
        row = self.model.row_of(keep) if keep else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)  # the reset cleared the selection: this shows it
        else:
            self._show_current()

    def _show_current(self) -> None:
        number = self.current_number()
        self.detail = self._register.handovers.detail(number) if number else None
        d = self.detail
        self._fill_details(d)
        writable = not self._register.read_only
        self.receipt_button.setEnabled(d is not None)
        self.void_button.setEnabled(
            writable and d is not None and d.row.status == HandoverStatus.ISSUED
        )
        self.attach_button.setEnabled(writable and d is not None)
        self.open_button.setEnabled(d is not None and bool(d.attachments))
        for b in self.new_buttons.values():
            b.setEnabled(writable)

    def _fill_details(self, d: HandoverDetail | None) -> None:
        self.lines.setRowCount(0)
        self.attachments.clear()
        if d is None:
            self.details.setText("<i>No handover selected.</i>")
            return
        r, e = d.row, html.escape
        parts = [
            f"<b>{e(r.number)}</b> · {e(r.kind.capitalize())} · {r.date:%Y-%m-%d} · "
            f"{e(r.status.capitalize())}",
            f"From: {e(r.from_name)}<br>To: {e(r.to_name)}",
        ]
        if d.location:
            parts.append(f"Location: {e(d.location)}")
        parts.append(f"Handed over by: {e(d.handed_over_by)}<br>Received by: {e(d.received_by)}")
        if d.witness:
            parts.append(f"Witness: {e(d.witness)}")
        if d.remarks:
            parts.append(f"Remarks: {e(d.remarks)}")
        if d.void_reason:
            parts.append(f"<span style='color:#b00020'><b>VOID:</b> {e(d.void_reason)}</span>")
        if voided := voided_text(d):
            parts.append(f"<span style='color:#b00020'>{e(voided)}</span>")
        parts.append(f"{r.items} item(s) · {money(r.total_value)} · issued by {e(d.operator)}")
        self.details.setText("<br>".join(parts))
        self.lines.setRowCount(len(d.lines))
        for i, ln in enumerate(d.lines):
            cells = (
                ln.asset_tag,
                ln.serial_number or ln.lot_number,  # as the receipt prints it
                ln.description,
                f"{ln.quantity:,}",
                money(ln.unit_value),
                condition_label(ln.condition),
            )
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c in (3, 4):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(i, c, cell)
        self.lines.resizeColumnToContents(0)
        self.attachments_label.setText(
            "Signed copies on file:" if d.attachments else "Signed copy on file: none yet"
        )
        for a in d.attachments:
            self.attachments.addItem(f"{a.original_name} ({_size(a.size)})")
        if d.attachments:
            self.attachments.setCurrentRow(0)

    # -- actions --------------------------------------------------------------------
    def show_receipt(self) -> ReceiptPreview | None:
        """Open the receipt of the selected handover (a reprint: marked COPY)."""
        number = self.current_number()
        if number is None:
            return None
        preview = ReceiptPreview(self._register, number, self, copy=True, settings=self._settings)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        return preview

    def void_current(self) -> bool:
        d = self.detail
        if d is None or d.row.status != HandoverStatus.ISSUED:
            return False
        number = d.row.number
        dialog = VoidDialog(d, lambda reason: self._register.handovers.void(number, reason), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh(select=number)
        self.custody_changed.emit()
        return True

    def attach_signed_copy(self, path: Path | None = None) -> bool:
        """Keep a scan or photo of the signed receipt (asked for when `path` is None)."""
        number = self.current_number()
        if number is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                f"Signed copy of {number}",
                "",
                "Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)",
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            self._register.handovers.attach(number, path)
        except ValidationError as exc:
            QMessageBox.warning(self, "Cannot attach this file", " ".join(exc.errors.values()))
            return False
        except Exception as exc:  # noqa: BLE001 - told to the user in plain words
            show_error(self, exc)
            return False
        self.refresh(select=number)
        return True

    def open_attachment(self) -> Path | None:
        """Copy the chosen attachment out to a temporary file and open it."""
        d = self.detail
        if d is None or not d.attachments:
            return None
        a = d.attachments[max(0, self.attachments.currentRow())]
        try:
            target = temp_copy_path(f"{d.row.number}-signed", Path(a.stored_name).suffix)
            copy_out(self._register.handovers.attachments_dir(), a.stored_name, target)
        except (OSError, ValueError) as exc:
            show_error(self, exc)
            return None
        if not open_with_system(target):
            QMessageBox.warning(
                self, "No viewer", f"No program opened the file. It is at {target}."
            )
        return target

    def new_handover(self, kind: str = "handover") -> str | None:
        dialog = HandoverDialog(self._register, self, kind=kind, settings=self._settings)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.number:
                return None
            self.refresh(select=dialog.number)
            self.custody_changed.emit()
            return dialog.number
        finally:
            dialog.deleteLater()


def voided_text(d: HandoverDetail) -> str:
    """The line 'Voided by X on 2026-03-12 14:05 (local time)', or "" if not voided."""
    by = f" by {d.voided_by}" if d.voided_by else ""
    on = f" on {d.voided_at.astimezone():%Y-%m-%d %H:%M} (local time)" if d.voided_at else ""
    return f"Voided{by}{on}" if by or on else ""


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    return f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def open_handovers(window: HandoverHost) -> HandoversView:
    """Show the Handovers window (one per main window)."""
    parent = window if isinstance(window, QWidget) else None
    view = parent.findChild(HandoversView) if parent is not None else None
    if view is None:
        view = HandoversView(window.register, parent, getattr(window, "settings", None))
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    else:
        view.refresh()
    view.show()
    view.raise_()
    view.activateWindow()
    return view
