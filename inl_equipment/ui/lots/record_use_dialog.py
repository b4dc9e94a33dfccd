"""Record use…: how much of a lot was used up or distributed, when, and on what reference.

The rules are checked as the user types (`lot_use.use_messages`): more than
the lot holds, or a date ahead, keeps Save disabled with the reason under
the form. A use of everything held says that the lot will leave the active
register.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inl_equipment import formatting
from inl_equipment.services.items import ItemRecord, ValidationError
from inl_equipment.services.lot_use import REFERENCE_MAX, UseInput, use_messages
from inl_equipment.services.register import Register
from inl_equipment.ui.style import Role, set_role


class RecordUseDialog(QDialog):
    """A use of one lot: quantity (in its unit), date, reference, remark."""

    def __init__(
        self,
        register: Register,
        record: ItemRecord,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        """The form for a use of `record`'s lot; Save records it through `register.lots`."""
        super().__init__(parent)
        self.setObjectName("recordUseDialog")
        self._register = register
        self._record = record
        self._today = today or date.today()
        self.use_id: int | None = None
        v = record.values
        self.setWindowTitle(self.tr("Record use of {tag}").format(tag=v.asset_tag))
        held = formatting.quantity(v.quantity, v.unit)
        self.lot_label = QLabel(
            self.tr("{tag} — {description}\nLot {lot}: {held} held").format(
                tag=v.asset_tag, description=v.description, lot=v.lot_number or "—", held=held
            )
        )
        self.lot_label.setWordWrap(True)
        self.quantity = QSpinBox()
        self.quantity.setObjectName("useQuantity")
        # Beyond what is held too: the reason is then said, not silently capped.
        self.quantity.setRange(0, 10_000_000)
        self.quantity.setValue(1)
        self.quantity.setSuffix(f" {v.unit}" if v.unit else "")
        self.when = QDateEdit(QDate(self._today.year, self._today.month, self._today.day))
        self.when.setObjectName("useDate")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.reference = QLineEdit()
        self.reference.setObjectName("useReference")
        self.reference.setMaxLength(REFERENCE_MAX)
        self.reference.setPlaceholderText(self.tr("distribution list, case or test record no."))
        self.remark = QPlainTextEdit()
        self.remark.setObjectName("useRemark")
        self.remark.setTabChangesFocus(True)
        self.remark.setFixedHeight(60)
        self.message = QLabel()
        self.message.setObjectName("useMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._layout()
        self.quantity.valueChanged.connect(self._revalidate)
        self.when.dateChanged.connect(self._revalidate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._revalidate()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Quantity used"), self.quantity)
        form.addRow(self.tr("&Date"), self.when)
        form.addRow(self.tr("&Reference"), self.reference)
        form.addRow(self.tr("Re&mark"), self.remark)
        box = QVBoxLayout(self)
        box.addWidget(self.lot_label)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)

    def values(self) -> UseInput:
        """The form's content."""
        d = self.when.date()
        return UseInput(
            item_id=self._record.id,
            quantity=self.quantity.value(),
            when=date(d.year(), d.month(), d.day()),
            reference=self.reference.text(),
            remark=self.remark.toPlainText(),
        )

    def _revalidate(self) -> None:
        v = self._record.values
        problems = use_messages(self.values(), v.quantity, v.unit, self._today)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)
        if problems:
            self._say("\n".join(str(m) for m in problems.values()), Role.ERROR)
        elif self.quantity.value() == v.quantity:
            self._say(
                self.tr("This uses up the lot: it will leave the active register."), Role.MUTED
            )
        else:
            left = formatting.quantity(v.quantity - self.quantity.value(), v.unit)
            self._say(self.tr("{left} will be left in the lot.").format(left=left), Role.MUTED)

    def _say(self, text: str, role: Role) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def _save(self) -> None:
        try:
            self.use_id = self._register.lots.record_use(self.values(), self._today)
        except ValidationError as exc:  # the lot changed meanwhile (another use)
            self._say("\n".join(exc.errors.values()), Role.ERROR)
            return
        self.accept()
