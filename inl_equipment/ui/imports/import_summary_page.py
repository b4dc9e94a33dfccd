"""Import, step 3: what the import did, and the rows left out to save.

Counts go through the catalogue's plural forms with `i18n.translate` (context
"SummaryPage"), so their English forms come from the catalogue with or without
a Qt translator; the rest of the text is `self.tr`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inl_equipment.formatting import number
from inl_equipment.i18n import translate
from inl_equipment.interchange.import_commit import ImportResult
from inl_equipment.interchange.importer import ImportPlan

#: Names of new reference records listed in the summary, per kind.
NAMES_SHOWN = 10


def new_records_line(kind: str, n: int) -> str:
    """ "New categories: {names}." for `n` records of `kind` (fill in `names`)."""
    if kind == "category":
        return translate("SummaryPage", "New categories: {names}.", None, n)
    if kind == "agency":
        return translate("SummaryPage", "New agencies: {names}.", None, n)
    if kind == "location":
        return translate("SummaryPage", "New location(s): {names}.", None, n)
    return translate("SummaryPage", "New funding source(s): {names}.", None, n)


class SummaryPage(QWidget):
    """The summary of a finished import, with a button to save the rows left out.

    Signals:
        save_rejects_requested(): the user asked to save the rows left out for errors.
    """

    save_rejects_requested = Signal()

    def __init__(self, rejects_tip: str = "", parent: QWidget | None = None) -> None:
        """An empty summary; `rejects_tip` explains the save button."""
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.text = QLabel()
        self.text.setObjectName("importSummary")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setContentsMargins(12, 12, 12, 12)
        self.save_rejects = QPushButton(self.tr("Save &rejected rows as CSV…"))
        self.save_rejects.setObjectName("summarySaveRejects")
        self.save_rejects.setToolTip(rejects_tip)
        self.rejects_note = QLabel()
        self.rejects_note.setObjectName("summaryRejectsNote")
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 12, 0)
        row.addWidget(self.save_rejects)
        row.addWidget(self.rejects_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.save_rejects.clicked.connect(self.save_rejects_requested)

    def show_result(self, result: ImportResult, plan: ImportPlan | None) -> None:
        """Say what `result` did (`plan`: the plan it was imported from)."""
        body = "</p><p>".join(self._lines(result, plan))
        title = self.tr("Import finished")
        self.text.setText(f"<h3>{title}</h3><p>{body}</p>")
        self.save_rejects.setVisible(result.excluded > 0)

    def _lines(self, result: ImportResult, plan: ImportPlan | None) -> list[str]:
        """What the import did, one paragraph (rich text) each."""
        lines = [self._head(result.created, result.updated)]
        skipped, excluded = result.skipped, result.excluded
        if skipped:
            line = translate("SummaryPage", "{count} row(s) were skipped.", None, skipped)
            lines.append(line.format(count=number(skipped)))
        if excluded:
            line = translate(
                "SummaryPage", "{count} row(s) with errors were left out.", None, excluded
            )
            lines.append(line.format(count=number(excluded)))
        for kind, names in result.refs_created.items():
            shown = html.escape(", ".join(names[:NAMES_SHOWN]))
            if len(names) > NAMES_SHOWN:
                more = number(len(names) - NAMES_SHOWN)
                shown = self.tr("{names} and {count} more").format(names=shown, count=more)
            lines.append(new_records_line(kind, len(names)).format(names=shown))
        if plan is not None and any(r.default_province for r in plan.new_refs):
            lines.append(
                self.tr(
                    "Locations whose name mentions no province were put in Vientiane Capital: "
                    "correct them under Locations."
                )
            )
        lines.append(
            self.tr("Recorded in the history as import #{number}.").format(number=result.import_id)
        )
        return lines

    @staticmethod
    def _head(created: int, updated: int) -> str:
        """ "<b>3 new items</b> are in the register." (with the updated ones, if any)."""
        if updated:
            return translate(
                "SummaryPage",
                "<b>{created} new item(s)</b> and <b>{updated} updated</b> are in the register.",
                None,
                created,
            ).format(created=number(created), updated=number(updated))
        return translate(
            "SummaryPage", "<b>{count} new item(s)</b> are in the register.", None, created
        ).format(count=number(created))
