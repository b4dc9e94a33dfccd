"""The items half of the handover form: Scan and Find fields, the lines table, its total.

A USB barcode scanner types the asset tag and presses Enter in the Scan field.
The Find box offers the items this kind of handover may take, from a snapshot
the form reads on a worker thread. Whether an item may go is the service's
rule, asked through `register.handovers.check_items` for every item added.
Messages above the table have a role (`Role.SUCCESS` for an addition,
`Role.FAILURE` for a refusal); the style sheet colours them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import number
from inl_equipment.i18n import translate
from inl_equipment.services.facade.kinds import HandoverKind
from inl_equipment.services.items import normalize_identifier
from inl_equipment.services.register import Register
from inl_equipment.services.search import Snapshot
from inl_equipment.ui.handovers.handover_lines_model import (
    COL_DESCRIPTION,
    COL_QTY,
    HandoverLinesModel,
    LineRow,
    QuantityDelegate,
    completion_index,
)
from inl_equipment.ui.style import Role, set_role

_MAX_REASONS = 6


class HandoverItemsPane(QGroupBox):
    """The items on a handover being written, and the ways to add and remove them.

    `source` is the form's "from unit" combo box (None on a handover, which has
    none): items must be held by that unit, and the first one added fills it in.
    `error_label` is the form's message for the lines, shown under the table.

    Signals:
        (only those of QGroupBox; the form watches `lines.lines_changed`)
    """

    def __init__(
        self,
        register: Register,
        kind: str,
        lines: HandoverLinesModel,
        error_label: QLabel,
        source: QComboBox | None,
        parent: QWidget | None = None,
    ) -> None:
        """The pane for a handover of `kind` over `lines`."""
        super().__init__(parent)
        self.setTitle(self._title(kind))
        self._register, self.kind, self.lines, self._source = register, kind, lines, source
        self._snapshot: Snapshot | None = None  # read once, on a worker thread, for Find
        self._search_index: dict[str, int] = {}
        self._build(error_label)
        self._connect_signals()

    def _title(self, kind: str) -> str:
        """The pane's title for this kind of handover."""
        if kind == HandoverKind.RETURN:
            return self.tr("Items returned")
        if kind == HandoverKind.TRANSFER:
            return self.tr("Items moved")
        return self.tr("Items to hand over")

    def _build(self, error_label: QLabel) -> None:
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scanEdit")
        self.scan_edit.setPlaceholderText(
            self.tr("Scan a barcode, or type an asset tag and press Enter")
        )
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("itemSearch")
        self.search_edit.setPlaceholderText(self.tr("Reading the register for Find…"))
        self.search_edit.setEnabled(False)
        self.search_edit.setClearButtonEnabled(True)
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(15)
        self.search_edit.setCompleter(self.completer)
        self.message = QLabel()
        self.message.setObjectName("scanMessage")
        self.message.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("linesTable")
        self.table.setModel(self.lines)
        self.table.setItemDelegateForColumn(COL_QTY, QuantityDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        for col, width in enumerate((120, 150, 0, 90, 100, 100, 110)):
            if width:
                self.table.setColumnWidth(col, width)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setEnabled(False)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        inputs = QHBoxLayout()
        for stretch, (caption, edit) in enumerate(
            ((self.tr("S&can:"), self.scan_edit), (self.tr("F&ind:"), self.search_edit))
        ):
            label = QLabel(caption)
            label.setBuddy(edit)
            inputs.addWidget(label)
            inputs.addWidget(edit, 2 + stretch)
        footer = QHBoxLayout()
        footer.addWidget(self.remove_button)
        footer.addStretch(1)
        footer.addWidget(self.total_label)
        box = QVBoxLayout(self)
        box.addLayout(inputs)
        box.addWidget(self.message)
        box.addWidget(self.table, 1)
        box.addWidget(error_label)
        box.addLayout(footer)

    def _connect_signals(self) -> None:
        self.scan_edit.returnPressed.connect(self._on_scan)
        self.search_edit.returnPressed.connect(self._on_search_enter)
        self.completer.activated.connect(self._on_search_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.table.selectionModel().hasSelection())
        )
        self.lines.rowsInserted.connect(self._open_quantity_editors)

    # -- the "from" unit --------------------------------------------------------------
    def _source_unit(self) -> int | None:
        return self._source.currentData() if self._source is not None else None

    def _set_source_unit(self, unit_id: int) -> None:
        assert self._source is not None
        self._source.setCurrentIndex(max(0, self._source.findData(unit_id)))

    # -- adding items ---------------------------------------------------------------
    def add_items(self, item_ids: Sequence[int]) -> list[str]:
        """Add the items that may go on this handover; returns why the others may not."""
        refused: list[str] = []
        wanted = [i for i in dict.fromkeys(item_ids) if not self.lines.contains(i)]
        asked = self._source_unit()
        for record, why in self._register.handovers.check_items(wanted, self.kind, asked):
            v = record.values
            if why and self.kind != HandoverKind.HANDOVER:
                if self._source_unit() is None and v.holder_agency_id:
                    # No "from" unit yet: the first item's holder is the one.
                    self._set_source_unit(v.holder_agency_id)
                source = self._source_unit()
                if source != asked:
                    why = self._register.handovers.check_items([record.id], self.kind, source)[0][1]
            if why is None:
                self.lines.add(LineRow.from_record(record))
            else:
                refused.append(why)
        return refused

    def scan(self, text: str) -> bool:
        """Add the item with this asset tag (as a barcode scanner types it); False if refused."""
        # As the register compares tags: an invisible character or full-width letter in
        # what the scanner typed does not hide the item.
        tag = normalize_identifier(text)
        item_id = self._register.items.find_id(tag) if tag else None
        if item_id is None:
            return bool(tag) and self._refuse(
                self.tr("{tag}: no item with this asset tag is in the register.").format(tag=tag)
            )
        if self.lines.contains(item_id):
            return self._refuse(self.tr("{tag} is already on this list.").format(tag=tag))
        refused = self.add_items([item_id])
        if refused:
            return self._refuse(refused[0])
        row = self.lines.rows()[-1]
        added = self.tr("Added {tag}: {description}")
        self.say(added.format(tag=row.asset_tag, description=row.description), ok=True)
        return True

    def _on_scan(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()  # ready for the next scan
        self.scan(text)

    def _on_search_chosen(self, text: str) -> None:
        if text in self._search_index:
            self.scan(text.split(" — ")[0])
        QTimer.singleShot(0, self.search_edit.clear)

    def _on_search_enter(self) -> None:
        """Enter in Find adds the only match (with several, the list is open to choose)."""
        text = self.search_edit.text().strip()
        if text in self._search_index:
            return  # chosen from the list: the completer's `activated` added it
        needle = text.casefold()
        hits = [k for k in self._search_index if needle and needle in k.casefold()]
        if len(hits) == 1:
            self._on_search_chosen(hits[0])
        elif text and not hits:
            self._refuse(self._no_match().format(text=text))

    def _no_match(self) -> str:
        """'No item that can go on this handover matches “{text}”.' for this kind."""
        if self.kind == HandoverKind.RETURN:
            return self.tr("No item that can go on this return matches “{text}”.")
        if self.kind == HandoverKind.TRANSFER:
            return self.tr("No item that can go on this transfer matches “{text}”.")
        return self.tr("No item that can go on this handover matches “{text}”.")

    def on_snapshot(self, snapshot: Snapshot) -> None:
        """The register has been read: Find is ready."""
        self._snapshot = snapshot
        self._rebuild_completer()
        self.search_edit.setEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Find by asset tag, serial or description…"))

    def on_snapshot_failed(self, exc: BaseException) -> None:
        """The register could not be read for Find: say so (Scan still works)."""
        self.search_edit.setPlaceholderText(
            self.tr("Find is unavailable ({problem}); use Scan").format(problem=str(exc))
        )

    def _rebuild_completer(self) -> None:
        if self._snapshot is None:
            return
        self._search_index = completion_index(self._snapshot, self.kind, self._source_unit())
        self.completions.setStringList(list(self._search_index))

    def on_source_changed(self) -> None:
        """Another "from" unit: the lines it does not hold come off the list."""
        self._rebuild_completer()
        rows = self.lines.rows()
        checked = self._register.handovers.check_items(
            [r.item_id for r in rows], self.kind, self._source_unit()
        )
        bad = {record.id: why for record, why in checked if why}
        if bad:
            self.lines.remove_rows(i for i, r in enumerate(rows) if r.item_id in bad)
            title = self.tr("Removed ({count}):").format(count=number(len(bad)))
            self.say(listing(title, list(bad.values())), ok=False)

    def remove_selected(self) -> None:
        """Take the selected lines off the list."""
        self.lines.remove_rows(i.row() for i in self.table.selectionModel().selectedRows())

    def _open_quantity_editors(self, _parent: Any, first: int, last: int) -> None:
        for r in range(first, last + 1):
            if self.lines.index(r, COL_QTY).flags() & Qt.ItemFlag.ItemIsEditable:
                self.table.openPersistentEditor(self.lines.index(r, COL_QTY))

    def _refuse(self, text: str) -> bool:
        QApplication.beep()
        self.say(text, ok=False)
        return False

    def say(self, text: str, *, ok: bool) -> None:
        """Show `text` above the table: an addition (`ok`) or a refusal."""
        set_role(self.message, Role.SUCCESS if ok else Role.FAILURE)
        self.message.setText(text)


def listing(title: str, reasons: Sequence[str]) -> str:
    """`title`, then the first few reasons as bullets and how many more there are."""
    shown = [f"• {r}" for r in reasons[:_MAX_REASONS]]
    if len(reasons) > _MAX_REASONS:
        more = number(len(reasons) - _MAX_REASONS)
        shown.append(translate("Handovers", "… and {count} more").format(count=more))
    return "\n".join([title, *shown])
