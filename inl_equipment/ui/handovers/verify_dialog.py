"""Check a printed receipt: scan (or paste) its QR code, see whether it matches the record.

The verdict's look is a role (`Role.VERDICT_OK`, `VERDICT_BAD`, `VERDICT_WARN`
for a receipt that was voided); the style sheet draws it.
"""

from __future__ import annotations

import html
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.i18n import QT_TRANSLATE_NOOP
from inl_equipment.services.facade.kinds import HandoverStatus
from inl_equipment.services.receipts import Verdict
from inl_equipment.services.register import Register
from inl_equipment.services.vocabulary import marked_text
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.style import Role, set_role

#: The verdict's first line for a receipt that was voided after it was issued
#: (translated when shown: `marked_text("VerifyDialog", VOID_HEADING)`).
VOID_HEADING = QT_TRANSLATE_NOOP("VerifyDialog", "VOID — this receipt was cancelled")


class VerifyDialog(QDialog):
    """A field a QR scanner types into (or a pasted text), Check, and the verdict.

    Signals:
        checked(bool, str): a receipt was checked: whether it matches, and why (not).
    """

    checked = Signal(bool, str)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        """The checker over `register`'s receipts."""
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Check a printed receipt"))
        self._register = register
        self.verdict: Verdict | None = None
        intro = QLabel(
            self.tr(
                "Scan the QR code at the top right of a printed receipt with a scanner, or paste "
                "its text, then press Enter. The register says whether the paper matches "
                "what was issued."
            )
        )
        intro.setWordWrap(True)
        self.input = QLineEdit()
        self.input.setObjectName("qrText")
        self.input.setPlaceholderText(self.tr("INL-RECEIPT|HR-2026-0001|…"))
        self.input.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setAutoDefault(False)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setMinimumHeight(56)
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.check_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(row)
        box.addWidget(self.verdict_label)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.resize(640, 240)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.input.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.buttons.rejected.connect(self.reject)

    def check(self, text: str | None = None) -> Verdict | None:
        """Check `text` (or the field's text) against the register and show the verdict."""
        scanned = (text if isinstance(text, str) else self.input.text()).strip()
        if not scanned:
            return None
        try:
            verdict = self._register.handovers.verify(scanned)
            void = not verdict.matches and self._is_void(verdict.number)
        except Exception as exc:  # noqa: BLE001 - told to the user in plain words
            show_error(self, exc)
            return None
        self.verdict = verdict
        reason = f"{verdict.reason[:1].upper()}{verdict.reason[1:].rstrip('.')}."
        if verdict.matches:
            self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
            self.verdict_label.setText(self.tr("Matches. {reason}").format(reason=reason))
            set_role(self.verdict_label, Role.VERDICT_OK)
        elif void:
            # A cancelled receipt: say so first, then why (the reason is the user's text).
            heading = html.escape(marked_text("VerifyDialog", VOID_HEADING))
            self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
            text = f"<b>{heading}</b><br>{html.escape(reason)}"  # markup only: no words
            self.verdict_label.setText(text)
            set_role(self.verdict_label, Role.VERDICT_WARN)
        else:
            self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
            self.verdict_label.setText(
                self.tr("Does not match: {reason}.").format(reason=verdict.reason)
            )
            set_role(self.verdict_label, Role.VERDICT_BAD)
        self.input.selectAll()  # the next scan replaces this one
        self.checked.emit(verdict.matches, verdict.reason)
        return verdict

    def _is_void(self, number: str) -> bool:
        """Whether receipt `number` is on record and was voided (unknown numbers are not)."""
        if not number:
            return False
        try:
            return self._register.handovers.detail(number).row.status == HandoverStatus.VOID
        except LookupError:
            return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        """Enter checks (in the field); it never closes the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter checks (in the field); it never closes the dialog
            return
        super().keyPressEvent(event)


class _Host(Protocol):
    register: Register


def open_verify(window: _Host) -> None:
    """Open the receipt checker over the main window (modal)."""
    run_dialog(VerifyDialog(window.register, window if isinstance(window, QWidget) else None))
