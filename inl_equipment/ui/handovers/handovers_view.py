"""Every handover, return and transfer: search, filter, details, receipt, void, signed copy.

The window follows the register's change feed: a handover saved, voided or
given a signed copy anywhere (this window, the main window, an import on a
worker thread) shows here at once, through a queued signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.i18n import translate
from inl_equipment.services.facade.kinds import HandoverStatus
from inl_equipment.services.handover_list import HandoverDetail
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Change, Register
from inl_equipment.services.vocabulary import handover_kind_choices, handover_status_choices
from inl_equipment.ui.change_relay import ChangeRelay
from inl_equipment.ui.dialogs import run_dialog, show_dialog
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.handovers.handover_details import HandoverDetailsPane, voided_text
from inl_equipment.ui.handovers.handover_dialog import HandoverDialog, HandoverHost
from inl_equipment.ui.handovers.handovers_table_model import NUMBER_ROLE, HandoversModel
from inl_equipment.ui.handovers.receipt_output import temp_copy_path
from inl_equipment.ui.handovers.receipt_preview import ReceiptPreview, open_with_system
from inl_equipment.ui.handovers.void_dialog import VoidDialog
from inl_equipment.ui.icons import set_icon
from inl_equipment.ui.labels.feature import print_receipt_labels

# Tests and callers import the model and the void dialog from here, as before they moved.
__all__ = [
    "NUMBER_ROLE",
    "HandoversModel",
    "HandoversView",
    "VoidDialog",
    "open_handovers",
    "voided_text",
]

_SEARCH_DELAY_MS = 250


class HandoversView(QDialog):
    """The list of handovers with its details pane and actions.

    Signals:
        custody_changed(): items moved (a handover saved or voided here).
    """

    custody_changed = Signal()

    def __init__(
        self, register: Register, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        """The window over `register`'s handovers (`settings` remember the receipt options)."""
        super().__init__(parent)
        self.setObjectName("handoversView")
        self.setWindowTitle(self.tr("Handovers"))
        self._register, self._settings = register, settings
        self.detail: HandoverDetail | None = None
        self.model = HandoversModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(_SEARCH_DELAY_MS)
        self._relay = ChangeRelay(self, register.changes)
        self._unsubscribe = self._relay.unsubscribe
        self._build()
        self._connect_signals()
        self.resize(1280, 820)
        self.refresh()

    # -- building -------------------------------------------------------------------
    def _build(self) -> None:
        top = self._filter_bar()
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
        self.pane = HandoverDetailsPane()
        # Callers and tests reach the pane's widgets as the window's own, as before it moved.
        self.details, self.lines, self.attachments = (
            self.pane.details,
            self.pane.lines,
            self.pane.attachments,
        )
        self.receipt_button, self.void_button = self.pane.receipt_button, self.pane.void_button
        self.attach_button, self.open_button = self.pane.attach_button, self.pane.open_button
        self.labels_button = self.pane.labels_button
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setSizes([420, 360])
        self.count_label = QLabel()
        self.close_button = QPushButton(self.tr("Close"))
        self.export_button = QPushButton(self.tr("Export list…"))
        self.export_button.setObjectName("exportHandoverList")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        box.addLayout(bottom)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)

    def _filter_bar(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("handoverSearch")
        self.search.setPlaceholderText(self.tr("Search number, unit, officer or asset tag…"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for value, label in handover_kind_choices():
            self.kind_filter.addItem(label, value)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for value, label in handover_status_choices():
            self.status_filter.addItem(label, value)
        self.missing_only = QCheckBox(self.tr("Missing signed copy"))
        self.missing_only.setObjectName("missingSigned")
        self.new_buttons = {
            "handover": QPushButton(self.tr("New handover…")),
            "return": QPushButton(self.tr("New return…")),
            "transfer": QPushButton(self.tr("New transfer…")),
        }
        top = QHBoxLayout()
        for w in (self.search, self.kind_filter, self.status_filter, self.missing_only):
            top.addWidget(w, 3 if w is self.search else 0)
        top.addStretch(1)
        for kind, b in self.new_buttons.items():
            set_icon(b, "hand_over" if kind == "handover" else kind)
            top.addWidget(b)
        return top

    def _connect_signals(self) -> None:
        self._relay.changed.connect(self._on_register_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.refresh)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.missing_only.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self.show_receipt())
        self.receipt_button.clicked.connect(lambda _checked=False: self.show_receipt())
        self.void_button.clicked.connect(lambda _checked=False: self.void_current())
        self.attach_button.clicked.connect(lambda _checked=False: self.attach_signed_copy())
        self.open_button.clicked.connect(lambda _checked=False: self.open_attachment())
        self.labels_button.clicked.connect(lambda _checked=False: self.print_labels())
        self.attachments.doubleClicked.connect(lambda _i: self.open_attachment())
        for kind, button in self.new_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.new_handover(k))
        self.close_button.clicked.connect(self.accept)
        self.export_button.clicked.connect(lambda _checked=False: self.export_list())

    # -- list and details -----------------------------------------------------------
    def current_number(self) -> str | None:
        """The receipt number of the selected handover, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).number if rows else None

    def show_filtered(self, text: str = "", missing_signed: bool = False) -> None:
        """Show the issued receipts matching `text` (those missing a signed copy, if asked).

        The dashboard's receipt figures open the list this way.
        """
        widgets = (self.search, self.kind_filter, self.status_filter, self.missing_only)
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(text)
        self.kind_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData("issued"), 0))
        self.missing_only.setChecked(missing_signed)
        for w in widgets:
            w.blockSignals(False)
        self.refresh()

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
        count = len(rows)
        self.count_label.setText(translate("HandoversView", "%n handover(s)", None, count))
        row = self.model.row_of(keep) if keep else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)  # the reset cleared the selection: this shows it
        else:
            self._show_current()

    def _on_register_changed(self, change: Change) -> None:
        """A handover (or what the list names) changed somewhere: read the list again."""
        if change.handovers or change.references or change.everything:
            self.refresh()

    def _show_current(self) -> None:
        number = self.current_number()
        self.detail = self._register.handovers.detail(number) if number else None
        d = self.detail
        self.pane.show_detail(d)
        writable = not self._register.read_only
        self.receipt_button.setEnabled(d is not None)
        self.void_button.setEnabled(
            writable and d is not None and d.row.status == HandoverStatus.ISSUED
        )
        self.attach_button.setEnabled(writable and d is not None)
        self.open_button.setEnabled(d is not None and bool(d.attachments))
        self.labels_button.setEnabled(d is not None)
        for b in self.new_buttons.values():
            b.setEnabled(writable)

    # -- actions --------------------------------------------------------------------
    def print_labels(self) -> None:
        """Asset labels for the items of the selected handover."""
        number = self.current_number()
        if number is None:
            return
        print_receipt_labels(self, self._register, number, self._settings)

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
        """Void the selected receipt, asking why; True when it was voided."""
        d = self.detail
        if d is None or d.row.status != HandoverStatus.ISSUED:
            return False
        number = d.row.number
        dialog = VoidDialog(d, lambda reason: self._register.handovers.void(number, reason), self)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        # The change feed has shown the void already; the selection stays on it.
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
                self.tr("Signed copy of {number}").format(number=number),
                "",
                self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            self._register.handovers.attach(number, path)
        except ValidationError as exc:
            problems = " ".join(str(m) for m in exc.messages.values())
            QMessageBox.warning(self, self.tr("Cannot attach this file"), problems)
            return False
        except Exception as exc:  # noqa: BLE001 - told to the user in plain words
            show_error(self, exc)
            return False
        return True

    def open_attachment(self) -> Path | None:
        """Copy the chosen attachment out to a temporary file and open it."""
        d, a = self.detail, self.pane.current_attachment()
        if d is None or a is None:
            return None
        try:
            target = temp_copy_path(f"{d.row.number}-signed", Path(a.stored_name).suffix)
            self._register.handovers.copy_attachment(a.stored_name, target)
        except (OSError, ValueError) as exc:
            show_error(self, exc)
            return None
        if not open_with_system(target):
            QMessageBox.warning(
                self,
                self.tr("No viewer"),
                self.tr("No program opened the file. It is at {path}.").format(path=target),
            )
        return target

    def export_list(self) -> Path | None:
        """The handover register (the reports dialog) of every date, as this list shows."""
        from inl_equipment.ui.reports.report_dialog import HANDOVER_REGISTER, ReportDialog

        dialog = ReportDialog(self._register, self, kind=HANDOVER_REGISTER, settings=self._settings)
        dialog.set_period(None, None)
        run_dialog(dialog)
        return dialog.path

    def new_handover(self, kind: str = "handover") -> str | None:
        """Write a new handover, return or transfer; its receipt number, or None."""
        dialog = HandoverDialog(self._register, self, kind=kind, settings=self._settings)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.number:
            return None
        number = dialog.number
        row = self.model.row_of(number)  # listed already, through the change feed
        if row is None:
            self.refresh(select=number)
        else:
            self.table.selectRow(row)
        self.custody_changed.emit()
        return number


def open_handovers(window: HandoverHost) -> HandoversView:
    """Show the Handovers window (one per main window), deleted when it closes."""
    parent = window if isinstance(window, QWidget) else None
    view = parent.findChild(HandoversView) if parent is not None else None
    if view is None:
        view = HandoversView(window.register, parent, getattr(window, "settings", None))
    else:
        view.refresh()
    show_dialog(view)
    return view
