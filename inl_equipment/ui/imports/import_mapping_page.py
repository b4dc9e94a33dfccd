"""Import, step 1: which item field each column of the file holds, and the date order.

Counts go through the catalogue's plural forms with `i18n.translate` (context
"MappingPage"), so their English forms come from the catalogue with or without
a Qt translator.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import number
from inl_equipment.i18n import translate
from inl_equipment.interchange.import_rows import date_order_info, field_label
from inl_equipment.interchange.import_source import ImportSource
from inl_equipment.interchange.mapping import FIELDS, Mapping
from inl_equipment.interchange.parsing import DateOrder
from inl_equipment.interchange.raw_table import RawTable
from inl_equipment.ui.style import Palette, Role, rich, set_role

#: Sample values shown per column.
SAMPLES = 3
#: Sample values longer than this are cut short.
_SAMPLE_CHARS = 40
_REQUIRED = ("asset_tag", "description")


class MappingPage(QWidget):
    """One row per file column: its header, sample values and a field to import it as.

    Signals:
        changed(): the mapping, the date order or the "remember" choice changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty page: `set_source` fills it."""
        super().__init__(parent)
        self.setObjectName("mappingPage")
        self._source: ImportSource | None = None
        self._combos: list[QComboBox] = []
        self._names: list[QLabel] = []
        self._needs_order = False
        self.info = QLabel()
        self.info.setObjectName("fileInfo")
        self.info.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.grid_host)
        self.remember = QCheckBox(self.tr("&Remember this mapping for files with the same columns"))
        self.remember.setObjectName("rememberMapping")
        self.remember.setChecked(True)
        self.date_box = self._date_box()
        self.hint = QLabel()
        self.hint.setObjectName("mappingHint")
        set_role(self.hint, Role.ERROR)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.date_box)
        layout.addWidget(self.remember)
        layout.addWidget(self.hint)
        self._connect_signals()

    def _date_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("dateOrderBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.date_question = QLabel()
        self.date_question.setWordWrap(True)
        self.mdy = QRadioButton(self.tr("&Month/day/year (US)"))
        self.mdy.setObjectName("dateOrderMdy")
        self.dmy = QRadioButton(self.tr("&Day/month/year"))
        self.dmy.setObjectName("dateOrderDmy")
        self._order_group = QButtonGroup(self)
        row = QHBoxLayout()
        for button in (self.mdy, self.dmy):
            self._order_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.date_question)
        layout.addLayout(row)
        box.hide()
        return box

    def _connect_signals(self) -> None:
        # The combos are made per file: `_add_column` connects each one.
        self.remember.toggled.connect(self.changed)
        for button in (self.mdy, self.dmy):
            button.toggled.connect(self._update)
            button.toggled.connect(self.changed)

    # -- filling ----------------------------------------------------------------
    def set_source(self, source: ImportSource, mapping: Mapping, saved: bool) -> None:
        """Show the columns of `source` with `mapping` preselected."""
        self._source = source
        self.info.setText(self._info_text(source, saved))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos = []
        self._names = []
        titles = (self.tr("Column in the file"), self.tr("Import as"), self.tr("Sample values"))
        for c, title in enumerate(titles):
            head = QLabel(title)
            set_role(head, Role.STRONG)
            self.grid.addWidget(head, 0, c)
        for i in range(len(source.table.headers)):
            self._add_column(source.table, i, mapping)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(source.table.headers) + 1, 1)
        self._update()

    def _info_text(self, source: ImportSource, saved: bool) -> str:
        """The file in a line (rich text): its name, size, sheet, and its warnings."""
        table = source.table
        n_rows, n_columns = len(table.rows), len(table.headers)
        rows = translate("MappingPage", "{count} row(s)", None, n_rows)
        columns = translate("MappingPage", "{count} column(s)", None, n_columns)
        parts = [
            self.tr("<b>{name}</b>: {rows}, {columns}").format(
                name=html.escape(source.name),
                rows=rows.format(count=number(n_rows)),
                columns=columns.format(count=number(n_columns)),
            )
        ]
        if table.sheet_name:
            parts.append(self.tr("sheet '{name}'").format(name=html.escape(table.sheet_name)))
        if saved:
            parts.append(self.tr("the mapping saved for files with these columns was applied"))
        text = ", ".join(parts) + "."
        for warning in table.warnings:
            text += "<br>" + rich("⚠ " + html.escape(str(warning)), Palette.WARNING)
        return text

    def _add_column(self, table: RawTable, i: int, mapping: Mapping) -> None:
        """Row `i + 1` of the grid: column `i`'s header, its field combo, its samples."""
        samples = [r.values[i] for r in table.rows if r.values[i]][:SAMPLES]
        cut = _SAMPLE_CHARS - 1
        sample = QLabel(
            " · ".join(s if len(s) <= _SAMPLE_CHARS else s[:cut] + "…" for s in samples)
        )
        sample.setObjectName(f"sample_{i}")
        sample.setTextFormat(Qt.TextFormat.PlainText)
        set_role(sample, Role.MUTED)
        sample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        combo = QComboBox()
        combo.setObjectName(f"mapping_{i}")
        combo.addItem(self.tr("— ignore —"), None)
        for key in FIELDS:
            combo.addItem(field_label(key), key)
        combo.setCurrentIndex(max(combo.findData(mapping.get(i)), 0))
        combo.currentIndexChanged.connect(lambda _n, i=i: self._picked(i))
        self._combos.append(combo)
        name = QLabel(table.headers[i])
        name.setObjectName(f"header_{i}")
        name.setTextFormat(Qt.TextFormat.PlainText)
        self._names.append(name)
        self.grid.addWidget(name, i + 1, 0)
        self.grid.addWidget(combo, i + 1, 1)
        self.grid.addWidget(sample, i + 1, 2)

    def _picked(self, column: int) -> None:
        field = self._combos[column].currentData()
        if field is not None:
            # A field comes from one column only: the column that had it lets go.
            for i, other in enumerate(self._combos):
                if i != column and other.currentData() == field:
                    other.blockSignals(True)
                    other.setCurrentIndex(0)
                    other.blockSignals(False)
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        if self._source is None:
            return
        mapping = self.mapping()
        for i, name in enumerate(self._names):
            # Columns left out are greyed, so what will be imported stands out.
            set_role(name, Role.NONE if mapping.get(i) else Role.UNMAPPED)
        missing = [field_label(f) for f in _REQUIRED if f not in mapping.values()]
        info = date_order_info((r.values for r in self._source.table.rows), mapping)
        self._needs_order = info.needs_choice
        hint = ""
        if missing:
            hint = self.tr("Choose the column that holds: {fields}.").format(
                fields=", ".join(missing)
            )
        elif self._needs_order and self.date_order() is None:
            hint = self.tr("Say how dates are written in this file.")
        self.hint.setText(hint)
        if info.needs_choice:
            self.date_question.setText(
                self.tr(
                    "Dates such as <b>{examples}</b> can be read two ways "
                    "({count} in this file). How are dates written in it?"
                ).format(
                    examples=html.escape(", ".join(info.ambiguous)),
                    count=number(info.ambiguous_count),
                )
            )
        self.date_box.setVisible(info.needs_choice)

    # -- reading --------------------------------------------------------------
    def mapping(self) -> Mapping:
        """File column -> the field it is imported as (None: ignored)."""
        return {i: combo.currentData() for i, combo in enumerate(self._combos)}

    def set_field(self, column: int, field: str | None) -> None:
        """Import `column` as `field` (None: ignore it), as if chosen in its combo."""
        combo = self._combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def date_order(self) -> DateOrder | None:
        """How the file writes dates, when it must be said (None: not needed or not chosen)."""
        if not self._needs_order:
            return None
        if self.mdy.isChecked():
            return "mdy"
        return "dmy" if self.dmy.isChecked() else None

    def ready(self) -> bool:
        """True when the required fields are mapped and the date order is known."""
        mapping = self.mapping()
        if any(f not in mapping.values() for f in _REQUIRED):
            return False
        return not self._needs_order or self.date_order() is not None
