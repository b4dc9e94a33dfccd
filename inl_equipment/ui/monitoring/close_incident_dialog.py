"""Close an incident's investigation: how it ended, when, and a remark.

*Recovered* gives the item back the status it had before the incident (the
service does it). The service's messages show beside the fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import day
from inl_equipment.services.eum_vocabulary import incident_kind_label, outcome_choices
from inl_equipment.services.items import ValidationError
from inl_equipment.services.monitoring_lists import IncidentRow
from inl_equipment.services.register import Register
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.form_errors import FormErrors


class CloseIncidentDialog(QDialog):
    """The form that closes one incident's investigation.

    Signals:
        (only those of QDialog)
    """

    def __init__(
        self, register: Register, incident: IncidentRow, parent: QWidget | None = None
    ) -> None:
        """A form closing `incident`."""
        super().__init__(parent)
        self.setObjectName("closeIncidentDialog")
        self.setWindowTitle(self.tr("Close investigation {number}").format(number=incident.number))
        self._register, self.incident = register, incident
        self.errors = FormErrors()
        self.outcome = QComboBox()
        self.outcome.setObjectName("field_outcome")
        for value, label in outcome_choices():
            self.outcome.addItem(label, value)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("field_closed_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        d = incident.date
        self.date_edit.setMinimumDate(QDate(d.year, d.month, d.day))
        self.remark = QPlainTextEdit()
        self.remark.setTabChangesFocus(True)
        self.remark.setFixedHeight(70)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Close investigation"))
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        i = self.incident
        about = QLabel(
            self.tr("{tag}: {kind} on {date}").format(
                tag=i.asset_tag, kind=incident_kind_label(i.kind), date=day(i.date)
            )
        )
        about.setWordWrap(True)
        form = QFormLayout()
        for name, label, widget in (
            ("outcome", self.tr("Outcome *"), self.outcome),
            ("closed_date", self.tr("Date closed *"), self.date_edit),
            ("remark", self.tr("Remark"), self.remark),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(name, widget))
        self.other_error = self.errors.label_for("other", small=False)
        box = QVBoxLayout(self)
        box.addWidget(about)
        box.addLayout(form)
        box.addWidget(self.other_error)
        box.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def closed_date(self) -> date:
        """The date chosen."""
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def _on_ok(self) -> None:
        try:
            self._register.monitoring.close_incident(
                self.incident.number,
                str(self.outcome.currentData()),
                self.closed_date(),
                self.remark.toPlainText(),
            )
        except ValidationError as exc:
            shown = {"outcome", "closed_date", "remark"}
            errors = {k: v for k, v in exc.messages.items() if k in shown}
            rest = " ".join(str(v) for k, v in exc.messages.items() if k not in shown)
            if rest:
                errors["other"] = rest
            self.errors.show(errors)
            return
        except Exception as exc:  # noqa: BLE001 - told to the user in plain words
            show_error(self, exc)
            return
        self.accept()
