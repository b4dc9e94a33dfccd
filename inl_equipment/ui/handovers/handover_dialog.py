"""Write a handover, return or transfer: who, where, when and which items.

Items come three ways: preselected in the main table, found with the Find
box, or read by a USB barcode scanner (it types the asset tag and presses
Enter in the Scan field; Enter never saves the form). The service checks
every rule again in one transaction; its messages show next to the fields
(`FormErrors`). The fields are `handover_fields.HandoverFields` (the officers
`party_field.PartyField`s); the items pane is `handover_items`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import number
from inl_equipment.i18n import QT_TRANSLATE_NOOP, Text, translate
from inl_equipment.services.facade.kinds import HandoverKind
from inl_equipment.services.handovers import HandoverInput
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.register import Register
from inl_equipment.services.search import Snapshot
from inl_equipment.services.vocabulary import marked_text
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.form_errors import FormErrors
from inl_equipment.ui.handovers.handover_fields import PARTIES, HandoverFields
from inl_equipment.ui.handovers.handover_items import HandoverItemsPane, listing
from inl_equipment.ui.handovers.handover_lines_model import HandoverLinesModel
from inl_equipment.ui.handovers.party_field import PartyField, ref_label
from inl_equipment.ui.handovers.receipt_preview import ReceiptPreview
from inl_equipment.ui.screen import fit_to_screen
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.workers import Task, run_in_thread

# PartyField and ref_label lived here before they moved; callers may still import them here.
__all__ = [
    "TITLES",
    "HandoverDialog",
    "HandoverHost",
    "PartyField",
    "hand_over_selected",
    "ref_label",
]

#: The form's title by kind, translated when shown (`marked_text("HandoverDialog", ...)`).
TITLES = {
    "handover": QT_TRANSLATE_NOOP("HandoverDialog", "New handover"),
    "return": QT_TRANSLATE_NOOP("HandoverDialog", "New return"),
    "transfer": QT_TRANSLATE_NOOP("HandoverDialog", "New transfer"),
}


class HandoverHost(Protocol):
    """What the entry functions need of the main window."""

    register: Register

    def selected_item_ids(self) -> list[int]:
        """The items chosen in the main table."""
        ...


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
        snapshot: Snapshot | None = None,
    ) -> None:
        """A form for a handover of `kind`, with these items on it already (if they may go).

        `snapshot`: the main window's complete snapshot for Find; without one the
        form reads the register itself on a worker thread.
        """
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.kind = HandoverKind(kind).value
        self.setWindowTitle(marked_text("HandoverDialog", TITLES[self.kind]))
        self._register, self._settings = register, settings
        self.number: str | None = None
        self._server_errors: dict[str, Text] = {}
        self.lines = HandoverLinesModel(self)
        self._build(register)
        self._connect_signals()
        if self.kind == HandoverKind.HANDOVER:  # the operator hands over donor stock…
            self.handed_over_by.set_text(register.operator)
        elif self.kind == HandoverKind.RETURN:  # …and receives what units return
            self.received_by.set_text(register.operator)
        self.find_ready: Task | None = None
        if snapshot is not None and snapshot.complete:
            # The window's rows are current (the change feed keeps them so): a
            # second copy of 100,000 rows per form would cost ~4 MB each, kept.
            self.items_pane.on_snapshot(snapshot)
        else:
            self.find_ready = run_in_thread(
                lambda _ctx: register.items.snapshot(),
                self.items_pane.on_snapshot,
                self.items_pane.on_snapshot_failed,
                self,
            )
        refused = self.add_items(preselected_item_ids)
        if refused:
            title = self.tr("Not added ({count}):").format(count=number(len(refused)))
            self.items_pane.say(listing(title, refused), ok=False)
        self._revalidate()
        self.scan_edit.setFocus()  # ready for the scanner
        fit_to_screen(self, 1200, 800)

    # -- building -------------------------------------------------------------------
    def _build(self, register: Register) -> None:
        self.fields = HandoverFields(
            self.kind, register.reference.lists(("agency", "location", "person"))
        )
        # Callers and tests reach the fields as the form's own, as before they moved.
        self.date_edit, self.remarks = self.fields.date_edit, self.fields.remarks
        self.received_by, self.handed_over_by = self.fields.received_by, self.fields.handed_over_by
        self.witness = self.fields.witness
        self.summary = QLabel()
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save and issue receipt"))
        box = QVBoxLayout(self)
        box.addWidget(self.fields)
        box.addWidget(self._items_pane(), 1)
        box.addWidget(self.summary)
        box.addWidget(self.buttons)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # a scanner's Enter must never press a button

    def _items_pane(self) -> HandoverItemsPane:
        pane = HandoverItemsPane(
            self._register,
            self.kind,
            self.lines,
            self.fields.error_label("lines"),
            self.fields.combo("from_agency_id"),
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
        self.fields.edited.connect(self._on_edited)
        if (source := self.fields.combo("from_agency_id")) is not None:
            source.currentIndexChanged.connect(self.items_pane.on_source_changed)

    # -- values -----------------------------------------------------------------------
    def set_combo(self, name: str, record_id: int | None) -> None:
        """Choose the record `record_id` in the combo box of field `name`."""
        self.fields.set_combo(name, record_id)

    def values(self) -> HandoverInput:
        """What the form holds, for the service."""
        f = self.fields
        return HandoverInput(
            kind=self.kind,
            date=f.handover_date(),
            from_agency_id=f.combo_value("from_agency_id"),
            to_agency_id=f.combo_value("to_agency_id"),
            location_id=f.combo_value("location_id"),
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
        """Take the selected lines off the list."""
        self.items_pane.remove_selected()

    # -- validation and saving ------------------------------------------------------
    def _on_edited(self, name: str) -> None:
        self._server_errors.pop(name, None)
        if name in PARTIES:
            self._server_errors.pop("party", None)
        self._revalidate()

    def _missing(self) -> list[str]:
        missing = self.fields.missing()
        if not self.lines.rowCount():
            missing.append(self.tr("at least one item"))
        return missing

    def _revalidate(self) -> dict[str, Text]:
        errors = dict(self._server_errors)
        to, src = self.fields.combo_value("to_agency_id"), self.fields.combo_value("from_agency_id")
        if self.kind == HandoverKind.TRANSFER and to is not None and to == src:
            errors.setdefault("to_agency_id", self.tr("A transfer goes to a different unit."))
        other = self.fields.show_errors(errors)
        missing = self._missing()
        self.total_label.setText(self.lines.summary())
        read_only = self._register.read_only
        self.save_button.setEnabled(not errors and not missing and not read_only)
        text, role = "", Role.ERROR
        if read_only:
            text = self.tr("Read-only: this register cannot be changed now.")
        elif errors:
            text = other or FormErrors.summary(len(errors))
        elif missing:
            text = self.tr("Still needed: {needed}.").format(needed=", ".join(missing))
            role = Role.MUTED
        self.summary.setText(text)
        set_role(self.summary, role)
        return errors

    def show_errors(self, errors: Mapping[str, Text]) -> None:
        """Show the service's messages beside their fields; focus the first such field."""
        self._server_errors = dict(errors)
        self._revalidate()
        self.fields.focus_first(errors)

    def _on_save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            number = self._register.handovers.create(self.values())
        except ValidationError as exc:
            self.show_errors(exc.messages)
            return
        except NotFoundError as exc:
            gone = self.tr("{problem}; remove it from the list.").format(problem=str(exc))
            self.show_errors({"lines": gone})
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
        run_dialog(
            ReceiptPreview(self._register, number, self, copy=False, settings=self._settings)
        )

    def _on_cancel(self) -> None:
        count = self.lines.rowCount()
        if count and self.number is None:
            answer = QMessageBox.question(
                self,
                self.tr("Discard this form?"),
                translate(
                    "HandoverDialog",
                    "%n item(s) on the list will not be handed over. Discard the form?",
                    None,
                    count,
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        """Enter never saves (a scanner sends it); Escape asks before discarding."""
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
    view = getattr(window, "view", None)
    if view is not None:
        view.ensure_complete()  # Find offers every item, so wait for the rows still loading
    snapshot = getattr(getattr(window, "model", None), "snapshot", None)
    dialog = HandoverDialog(
        window.register,
        parent,
        window.selected_item_ids(),
        settings=settings,
        snapshot=snapshot if isinstance(snapshot, Snapshot) else None,
    )
    if run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.number:
        return dialog.number
    return None
