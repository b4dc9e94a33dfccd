"""Import, step 2: every row as it will be stored, its problems, and the import options.

Counts go through the catalogue's plural forms with `i18n.translate` (context
"PreviewPage"): their English forms then come from the catalogue whether or not
a Qt translator is installed.
"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import number
from inl_equipment.i18n import translate
from inl_equipment.interchange.import_rejects import default_rejects_name, write_rejects
from inl_equipment.interchange.import_rows import Issue, field_label
from inl_equipment.interchange.importer import ImportOptions, ImportPlan
from inl_equipment.ui.imports.preview_model import PreviewModel, action_label
from inl_equipment.ui.style import Palette, Role, rich, set_role

#: Planned records listed in the counts' tooltip.
_TOOLTIP_RECORDS = 40
_ISSUE_COLOURS = {"error": Palette.ERROR, "warning": Palette.WARNING, "note": Palette.MUTED}


def records_to_create(kind: str, n: int) -> str:
    """ "3 categories", "1 agency": how many records of one kind the import creates."""
    count = number(n)
    if kind == "category":
        return translate("PreviewPage", "{count} categories", None, n).format(count=count)
    if kind == "agency":
        return translate("PreviewPage", "{count} agencies", None, n).format(count=count)
    if kind == "location":
        return translate("PreviewPage", "{count} location(s)", None, n).format(count=count)
    return translate("PreviewPage", "{count} funding source(s)", None, n).format(count=count)


class PreviewPage(QWidget):
    """The preview table, its counts and the choices that change what is imported.

    Signals:
        options_changed(): the duplicate policy or "create missing" changed (plan again).
        state_changed(): whether the import may go ahead changed.
        rejects_saved(str): the rows with errors were saved; the text says where.
    """

    options_changed = Signal()
    state_changed = Signal()
    rejects_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty page: `set_plan` fills it."""
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.plan: ImportPlan | None = None
        self.model = PreviewModel(self)
        self._make_widgets()
        self._lay_out()
        self._connect_signals()

    def _make_widgets(self) -> None:
        self.counts = QLabel()
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.blocked = QLabel()
        self.blocked.setObjectName("previewBlocked")
        self.blocked.setWordWrap(True)
        set_role(self.blocked, Role.ERROR)
        self.policy = QComboBox()
        self.policy.setObjectName("duplicatePolicy")
        self.policy.addItem(self.tr("Skip rows whose asset tag is already in the register"), "skip")
        self.policy.addItem(self.tr("Update the items already in the register"), "update")
        self.policy.addItem(
            self.tr("Stop: import nothing if an asset tag is already in the register"), "fail"
        )
        self.create_missing = QCheckBox(
            self.tr(
                "&Create categories, agencies, locations and funding sources the register lacks"
            )
        )
        self.create_missing.setObjectName("createMissing")
        # Off: a misspelt unit must not become a new agency; the preview names them first.
        self.create_missing.setChecked(False)
        self.only_valid = QCheckBox(
            self.tr("Import only the &valid rows (leave out the rows with errors)")
        )
        self.only_valid.setObjectName("onlyValid")
        self.problems_only = QCheckBox(self.tr("&Show only rows with problems"))
        self.problems_only.setObjectName("problemsOnly")
        self.save_rejects_button = QPushButton(self.tr("Save &rejected rows as CSV…"))
        self.save_rejects_button.setObjectName("saveRejects")
        self.save_rejects_button.setToolTip(
            self.tr(
                "Save the rows with errors, with their problems in a last column, "
                "to fix them and import that file again"
            )
        )
        self.rejects_note = QLabel()
        self.rejects_note.setObjectName("rejectsNote")
        self.table = self._make_table()
        self.details = QLabel(self.tr("Select a row to see its messages."))
        self.details.setObjectName("rowDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _lay_out(self) -> None:
        options = QGridLayout()
        options.addWidget(QLabel(self.tr("Asset tags already in the register:")), 0, 0)
        options.addWidget(self.policy, 0, 1)
        options.addWidget(self.create_missing, 1, 0, 1, 2)
        options.addWidget(self.only_valid, 2, 0, 1, 2)
        options.setColumnStretch(2, 1)
        above_table = QHBoxLayout()
        above_table.addWidget(self.problems_only)
        above_table.addStretch(1)
        above_table.addWidget(self.rejects_note)
        above_table.addWidget(self.save_rejects_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(options)
        layout.addLayout(above_table)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.blocked)

    def _connect_signals(self) -> None:
        self.policy.currentIndexChanged.connect(self.options_changed)
        self.create_missing.toggled.connect(self.options_changed)
        self.only_valid.toggled.connect(self._only_valid_toggled)
        self.problems_only.toggled.connect(self.model.set_problems_only)
        self.save_rejects_button.clicked.connect(self._save_rejects_clicked)
        self.rejects_saved.connect(self.rejects_note.setText)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.modelReset.connect(self.details.clear)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("previewTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.row_at(current.row())
        action = action_label(row.action).lower()
        if not row.issues:
            text = self.tr("<b>Row {line}</b> ({action}): no problems.")
            self.details.setText(text.format(line=row.line, action=action))
            return
        problems = "<br>".join(self._issue_line(i) for i in row.issues)
        text = self.tr("<b>Row {line}</b> ({action}): {problems}")
        self.details.setText(text.format(line=row.line, action=action, problems=problems))

    def _issue_line(self, issue: Issue) -> str:
        """One issue for the details line: its level (and field) in colour, then the message."""
        level = {"error": self.tr("Error"), "warning": self.tr("Warning"), "note": self.tr("Note")}[
            issue.level
        ]
        if issue.field:
            head = self.tr("{level} · {field}:").format(level=level, field=field_label(issue.field))
        else:
            head = self.tr("{level}:").format(level=level)
        return (
            f"{rich(html.escape(head), _ISSUE_COLOURS[issue.level])} {html.escape(issue.message)}"
        )

    def options(self) -> ImportOptions:
        """The choices on this page (the date order comes from the mapping page)."""
        return ImportOptions(
            on_duplicate=self.policy.currentData(),
            create_missing=self.create_missing.isChecked(),
            only_valid=self.only_valid.isChecked(),
        )

    def show_options(self, options: ImportOptions) -> None:
        """Set the choices without asking to plan again (after a cancelled re-check)."""
        for widget in (self.policy, self.create_missing, self.only_valid):
            widget.blockSignals(True)
        self.policy.setCurrentIndex(max(self.policy.findData(options.on_duplicate), 0))
        self.create_missing.setChecked(options.create_missing)
        self.only_valid.setChecked(options.only_valid)
        for widget in (self.policy, self.create_missing, self.only_valid):
            widget.blockSignals(False)

    def _save_rejects_clicked(self) -> None:
        self.save_rejects()

    def save_rejects(self, path: Path | None = None) -> Path | None:
        """Save the rows with errors as CSV to `path` (asked for when None); the path saved."""
        # Imported here: the exporters bring the spreadsheet writers with them.
        from inl_equipment.interchange.exporters import AtomicWriteError

        plan = self.plan
        if plan is None or not plan.counts.error_rows:
            return None
        if path is None:
            suggested = plan.source.path.parent / default_rejects_name(plan)
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), str(suggested), self.tr("CSV files (*.csv)")
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".csv")
        try:
            n = write_rejects(plan, path)
        except (AtomicWriteError, OSError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Import"),
                self.tr("The rejected rows could not be saved: {error}").format(error=str(exc)),
            )
            return None
        saved = translate("PreviewPage", "{count} row(s) with errors saved to {name}.", None, n)
        self.rejects_saved.emit(saved.format(count=number(n), name=path.name))
        return path

    def set_plan(self, plan: ImportPlan) -> None:
        """Show `plan`: its rows, counts, and whether it can be imported."""
        self.plan = plan
        self.rejects_note.clear()
        self.model.set_plan(plan)
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, 60 if col < 2 else 150)
        self._show_state()

    def _only_valid_toggled(self, on: bool) -> None:
        if self.plan is not None:
            # Leaving rows out changes no row: no need to plan again.
            self.plan.options = dataclasses.replace(self.plan.options, only_valid=on)
        self._show_state()

    def _show_state(self) -> None:
        plan = self.plan
        if plan is None:
            return
        c = plan.counts
        self.counts.setText(self._counts_text(plan))
        self._show_new_records(plan)
        self.only_valid.setEnabled(c.error_rows > 0)
        self.save_rejects_button.setVisible(c.error_rows > 0)
        self.blocked.setText(plan.blocked or "")
        self.state_changed.emit()

    def _counts_text(self, plan: ImportPlan) -> str:
        """What the rows do, and how many have problems (rich text)."""
        c = plan.counts
        n = c.rows
        rows = translate("PreviewPage", "{count} row(s)", None, n).format(count=number(n))
        skipped = c.skip + c.unchanged
        if skipped:
            text = self.tr("<b>{rows}</b>: {new} new, {update} to update, {skipped} skipped")
        else:
            text = self.tr("<b>{rows}</b>: {new} new, {update} to update")
        text = text.format(
            rows=rows, new=number(c.create), update=number(c.update), skipped=number(skipped)
        )
        if c.error_rows:
            errors = self.tr("{count} with errors").format(count=number(c.error_rows))
            text += " · " + rich(errors, Palette.ERROR, bold=True)
        if c.warning_rows:
            warnings = self.tr("{count} with warnings").format(count=number(c.warning_rows))
            text += " · " + rich(warnings, Palette.WARNING)
        made: dict[str, int] = {}
        for ref in plan.new_refs:
            made[ref.kind] = made.get(ref.kind, 0) + 1
        if made:
            records = ", ".join(records_to_create(kind, many) for kind, many in made.items())
            text += "<br>" + self.tr("New records to create: {records}").format(records=records)
        return text

    def _show_new_records(self, plan: ImportPlan) -> None:
        """The records the import creates, by name, in the counts' tooltip."""
        if not plan.new_refs:
            self.counts.setToolTip("")
            return
        kinds = {
            "category": self.tr("Category"),
            "agency": self.tr("Agency"),
            "location": self.tr("Location"),
            "funding": self.tr("Funding source"),
        }
        lines = [
            self.tr("{kind}: {name}").format(kind=kinds.get(r.kind, r.kind), name=r.name)
            for r in plan.new_refs[:_TOOLTIP_RECORDS]
        ]
        if len(plan.new_refs) > _TOOLTIP_RECORDS:
            lines.append("…")
        self.counts.setToolTip("\n".join(lines))

    def can_import(self) -> bool:
        """Whether a plan is shown and nothing blocks it."""
        return self.plan is not None and self.plan.blocked is None
