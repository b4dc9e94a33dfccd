"""Voiding a receipt: the dialog that asks why and does it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.i18n import translate
from inl_equipment.services.handover_list import HandoverDetail
from inl_equipment.services.items import ValidationError
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.style import Role, set_role


class VoidDialog(QDialog):
    """Ask why a receipt is void, say what voiding does, and do it.

    Signals:
        (only those of QDialog)
    """

    def __init__(
        self,
        detail: HandoverDetail,
        void: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        """A dialog for voiding `detail`'s receipt; `void(reason)` does it."""
        super().__init__(parent)
        self.setObjectName("voidDialog")
        number = detail.row.number
        self.setWindowTitle(self.tr("Void receipt {number}").format(number=number))
        self._void = void
        count = detail.row.items
        note = QLabel(
            translate(
                "VoidDialog",
                "Voiding <b>{number}</b> gives its %n item(s) back the custody they had before. "
                "The receipt stays on file, marked VOID; it cannot be undone.",
                None,
                count,
            ).format(number=number)
        )
        note.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setPlaceholderText(
            self.tr("Why is this receipt void? (required, kept in the history)")
        )
        self.reason.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("voidError")
        set_role(self.error, Role.ERROR)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.void_button = self.buttons.addButton(
            self.tr("Void {number}").format(number=number), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.void_button.setEnabled(False)
        box = QVBoxLayout(self)
        for w in (note, QLabel(self.tr("Reason *")), self.reason, self.error, self.buttons):
            box.addWidget(w)
        self.resize(480, 260)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.reason.textChanged.connect(
            lambda: self.void_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self._on_void)
        self.buttons.rejected.connect(self.reject)

    def _on_void(self) -> None:
        try:
            self._void(self.reason.toPlainText())
        except ValidationError as exc:
            self.error.setText(" ".join(str(m) for m in exc.messages.values()))
            return
        except Exception as exc:  # noqa: BLE001 - told to the user in plain words
            show_error(self, exc)
            return
        self.accept()
