"""A new site check: the site's expected items, ticked off by scanning their labels.

A USB barcode scanner types the asset tag and presses Enter in the Scan
field (Enter never finishes the form). Scanning an expected item marks it
*in use* (changeable in the table); an unknown code is flagged and nothing is
added; an item registered elsewhere is added as *unexpected*, with where it
is registered. On Finish, the items not scanned become *not seen* after a
confirmation that says how many. The service checks everything again; its
messages show beside the fields (`FormErrors`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import number
from inl_equipment.i18n import Text
from inl_equipment.services.eum_vocabulary import result_label
from inl_equipment.services.facade.kinds import RETIRED_STATUSES, CheckResult
from inl_equipment.services.inspections import InspectionInput
from inl_equipment.services.items import ValidationError, normalize_identifier
from inl_equipment.services.register import Register
from inl_equipment.services.vocabulary import status_label
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.form_errors import FormErrors
from inl_equipment.ui.monitoring.check_lines_model import (
    COL_DESCRIPTION,
    COL_REMARK,
    EDITABLE,
    CheckLine,
    CheckLinesModel,
    ChoiceDelegate,
)
from inl_equipment.ui.monitoring.site_fields import SiteFields
from inl_equipment.ui.screen import fit_to_screen
from inl_equipment.ui.style import Role, set_role

# The stored values of two check results (`services.facade.kinds` does not name them yet).
IN_USE, NOT_SEEN = CheckResult.IN_USE.value, CheckResult.NOT_SEEN.value


class SiteCheckDialog(QDialog):
    """The site check form and its items; Finish records the inspection.

    Signals:
        recorded(str): the inspection was recorded; its number (EU-…).
    """

    recorded = Signal(str)

    def __init__(
        self, register: Register, parent: QWidget | None = None, location_id: int | None = None
    ) -> None:
        """A form for a check at `location_id` (None: the officer chooses the site)."""
        super().__init__(parent)
        self.setObjectName("siteCheckDialog")
        self.setWindowTitle(self.tr("New site check"))
        self._register = register
        self.number: str | None = None
        self._server_errors: dict[str, Text] = {}
        self._loaded_site: int | None = None  # the site whose items are listed
        self.lines = CheckLinesModel(self)
        self.fields = SiteFields(register.reference.lists(("location", "agency")))
        self._build()
        self._connect_signals()
        if location_id is not None:
            self.fields.choose_site(location_id)
        self._revalidate()
        self.scan_edit.setFocus()  # ready for the scanner
        fit_to_screen(self, 1360, 820)

    # -- building -------------------------------------------------------------------
    def _build(self) -> None:
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scanEdit")
        self.scan_edit.setPlaceholderText(
            self.tr("Scan a label, or type an asset tag and press Enter")
        )
        scan_label = QLabel(self.tr("S&can:"))
        scan_label.setBuddy(self.scan_edit)
        self.message = QLabel()
        self.message.setObjectName("scanMessage")
        self.message.setWordWrap(True)
        self.table = self._table()
        self.results_error = self.fields.errors.label_for("results", self.table)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.summary = QLabel()
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.finish_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.finish_button.setText(self.tr("&Finish and record"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_edit, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.fields)
        box.addLayout(scan_row)
        box.addWidget(self.message)
        box.addWidget(self.table, 1)
        box.addWidget(self.results_error)
        box.addWidget(self.count_label)
        box.addLayout(footer)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # a scanner's Enter must never press a button

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("checkTable")
        table.setModel(self.lines)
        delegate = ChoiceDelegate(table)
        for col in EDITABLE:
            table.setItemDelegateForColumn(col, delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((100, 115, 0, 140, 85, 110, 95, 95, 130, 190)):
            if width:
                table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_REMARK, QHeaderView.ResizeMode.Interactive)
        return table

    def _connect_signals(self) -> None:
        self.scan_edit.returnPressed.connect(self._on_scan)
        self.fields.site_changed.connect(self._load_expected)
        self.fields.edited.connect(self._on_edited)
        self.lines.lines_changed.connect(lambda: self._on_edited("results"))
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self._on_cancel)

    # -- the site's items -------------------------------------------------------------
    def _load_expected(self) -> None:
        """List the items registered at the chosen site (a new site starts the list again)."""
        site = self.fields.site_id()
        if site is None or site == self._loaded_site:
            return
        scanned = sum(1 for x in self.lines.lines() if x.scanned)
        cleared = self.tr(
            "%n item(s) scanned here will be cleared. Start again at the other site?", "", scanned
        )
        if scanned and not self._ask(self.tr("Check another site?"), cleared):
            self.fields.choose_site(self._loaded_site)  # back to the site being checked
            return
        self._loaded_site = site
        expected = self._register.monitoring.expected_items(site)
        self.lines.set_lines(CheckLine.expected(e) for e in expected)
        count = len(expected)
        self._say(self.tr("%n item(s) expected at this site. Scan their labels.", "", count))

    def scan(self, text: str) -> bool:
        """Take a scanned (or typed) asset tag; False when it was refused."""
        # As the register compares tags: an invisible character or full-width letter in
        # what the scanner typed does not hide the item.
        tag = normalize_identifier(text)
        if not tag:
            return False
        found = self._register.monitoring.item_by_tag(tag)
        if found is None:
            unknown = self.tr(
                "{tag}: no item with this asset tag is in the register; nothing added."
            )
            return self._refuse(unknown.format(tag=tag))
        item_id, location, status = found
        row = self.lines.row_of(item_id)
        if row is None:
            return self._add_unexpected(item_id, location, status, tag)
        line = self.lines.line(row)
        if line.scanned:
            again = self.tr("{tag} was scanned already: {result}.")
            self._say(again.format(tag=line.asset_tag, result=result_label(line.result)))
        else:
            self.lines.mark_found(row, IN_USE)
            self._say_found(line)
        self._show_row(row)
        return True

    def _add_unexpected(self, item_id: int, location: int | None, status: str, tag: str) -> bool:
        """Add an item not on the list: registered elsewhere (or here since the list was read)."""
        if self._loaded_site is None:
            return self._refuse(self.tr("{tag}: choose the site first.").format(tag=tag))
        if status in RETIRED_STATUSES:
            left = self.tr("{tag} has left the register ({status}); it cannot be checked.")
            return self._refuse(left.format(tag=tag, status=status_label(status)))
        record = self._register.items.get(item_id)
        where = record.location_name or self.tr("no location")
        unexpected = location != self._loaded_site
        line = CheckLine(
            item_id,
            record.values.asset_tag,
            record.values.description,
            record.holder_name,
            None,
            result=IN_USE,
            scanned=True,
            unexpected=unexpected,
            registered_at=where if unexpected else "",
        )
        row = self.lines.add(line)
        if unexpected:
            added = self.tr("⚠ {tag} is registered at {location}: added as unexpected.")
            self._say(added.format(tag=line.asset_tag, location=where), Role.WARNING)
        else:
            self._say_found(line)
        self._show_row(row)
        return True

    def _say_found(self, line: CheckLine) -> None:
        """The visual confirmation of a good scan (no sound: only refusals beep)."""
        seen = self.tr("✓ {tag} found: {description} — {result}.")
        result = result_label(line.result)
        self._say(
            seen.format(tag=line.asset_tag, description=line.description, result=result),
            Role.SUCCESS,
        )

    def _show_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.lines.index(row, 0))

    def _on_scan(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()  # ready for the next scan
        self.scan(text)

    def _refuse(self, text: str) -> bool:
        QApplication.beep()  # only refusals beep: a good scan shows, silently
        self._say(text, Role.FAILURE)
        return False

    def _say(self, text: str, role: Role = Role.NONE) -> None:
        set_role(self.message, role)
        self.message.setText(text)

    # -- validation and finishing ---------------------------------------------------
    def _on_edited(self, name: str) -> None:
        self._server_errors.pop(name, None)
        self._revalidate()

    def _revalidate(self) -> None:
        errors = self._server_errors
        other = self.fields.show_errors(errors)
        lines = self.lines.lines()
        scanned = sum(1 for x in lines if x.scanned and not x.unexpected)
        unexpected = sum(1 for x in lines if x.unexpected)
        expected = len(lines) - unexpected
        self.count_label.setText(
            self.tr("Expected: {expected} · scanned: {scanned} · unexpected: {unexpected}").format(
                expected=number(expected), scanned=number(scanned), unexpected=number(unexpected)
            )
        )
        read_only = self._register.read_only
        ready = self.fields.site_id() is not None and bool(lines)
        ready = ready and self.fields.site_id() == self._loaded_site
        self.finish_button.setEnabled(ready and not read_only)
        text, role = "", Role.ERROR
        if read_only:
            text = self.tr("Read-only: this register cannot be changed now.")
        elif errors:
            text = other or FormErrors.summary(len(errors))
        elif not ready:
            text, role = self.tr("Choose the site, then scan its items."), Role.MUTED
        self.summary.setText(text)
        set_role(self.summary, role)

    def show_errors(self, errors: Mapping[str, Text]) -> None:
        """Show the service's messages beside their fields; focus the first such field."""
        self._server_errors = dict(errors)
        self._revalidate()
        self.fields.focus_first(errors)

    def values(self) -> InspectionInput:
        """What the form holds, for the service (lines not scanned: not seen)."""
        f = self.fields
        return InspectionInput(
            when=f.check_date(),
            location_id=self._loaded_site or 0,
            agency_id=f.unit_id(),
            inspectors=f.inspectors.text(),
            method=str(f.method.currentData()),
            remark=f.remark.toPlainText(),
            results=[x.result_input(NOT_SEEN) for x in self.lines.lines()],
        )

    def finish(self) -> str | None:
        """Record the check (asking first about the items not scanned); its number, or None."""
        if not self.finish_button.isEnabled():
            return None
        unset = self.lines.unset_count()
        not_seen = self.tr(
            "%n item(s) were not scanned. They will be recorded as not seen. "
            "Finish the site check?",
            "",
            unset,
        )
        if unset and not self._ask(self.tr("Items not scanned"), not_seen):
            return None
        data = self.values()
        try:
            number_ = self._register.monitoring.record_inspection(data)
        except ValidationError as exc:
            self.show_errors(exc.messages)
            return None
        except Exception as exc:  # noqa: BLE001 - told to the user in plain words
            show_error(self, exc)
            return None
        self.number = number_
        checked = len(data.results)
        QMessageBox.information(
            self,
            self.tr("Site check recorded"),
            self.tr("Site check {number} recorded: %n item(s) checked.", "", checked).format(
                number=number_
            ),
        )
        self.recorded.emit(number_)
        self.accept()
        return number_

    def _ask(self, title: str, text: str) -> bool:
        """Yes or Cancel; Cancel is the default, so a scanner's stray Enter confirms nothing."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_cancel(self) -> None:
        if self.number is None and any(x.scanned for x in self.lines.lines()):
            answer = QMessageBox.question(
                self,
                self.tr("Discard this site check?"),
                self.tr("The items scanned so far will not be recorded. Discard the check?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        """Enter never finishes (a scanner sends it); Escape asks before discarding."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            event.accept()
            if event.key() == Qt.Key.Key_Escape:
                self._on_cancel()
            return
        super().keyPressEvent(event)


def open_site_check(host: Any, location_id: int | None = None) -> str | None:
    """Run the site check form over `host.register`; the new inspection's number, or None."""
    parent = host if isinstance(host, QWidget) else None
    dialog = SiteCheckDialog(host.register, parent, location_id)
    if run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.number:
        return dialog.number
    return None
