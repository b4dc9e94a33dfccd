"""Import, step 1: which item field each column of the file holds, and the date order."""

from __future__ import annotations

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

from inl_equipment.interchange.import_rows import LABELS, date_order_info
from inl_equipment.interchange.import_source import ImportSource
from inl_equipment.interchange.mapping import FIELDS, Mapping
from inl_equipment.interchange.parsing import DateOrder

IGNORE = "— ignore —"
#: Sample values shown per column.
SAMPLES = 3
_REQUIRED = ("asset_tag", "description")


class MappingPage(QWidget):
    """One row per file column: its header, sample values and a field to import it as.

    Signals:
        changed(): the mapping, the date order or the "remember" choice changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
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
        self.remember = QCheckBox("&Remember this mapping for files with the same columns")
        self.remember.setObjectName("rememberMapping")
        self.remember.setChecked(True)
        self.remember.toggled.connect(self.changed)
        self.date_box = self._date_box()
        self.hint = QLabel()
        self.hint.setObjectName("mappingHint")
        self.hint.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.date_box)
        layout.addWidget(self.remember)
        layout.addWidget(self.hint)

    def _date_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("dateOrderBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.date_question = QLabel()
        self.date_question.setWordWrap(True)
        self.mdy = QRadioButton("&Month/day/year (US)")
        self.mdy.setObjectName("dateOrderMdy")
        self.dmy = QRadioButton("&Day/month/year")
        self.dmy.setObjectName("dateOrderDmy")
        self._order_group = QButtonGroup(self)
        for button in (self.mdy, self.dmy):
            self._order_group.addButton(button)
            button.toggled.connect(self._update)
            button.toggled.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.mdy)
        row.addWidget(self.dmy)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.date_question)
        layout.addLayout(row)
        box.hide()
        return box

    # -- filling ----------------------------------------------------------------
    def set_source(self, source: ImportSource, mapping: Mapping, saved: bool) -> None:
        """Show the columns of `source` with `mapping` preselected."""
        self._source = source
        table = source.table
        parts = [f"<b>{source.name}</b>: {len(table.rows):,} rows, {len(table.headers)} columns"]
        if table.sheet_name:
            parts.append(f"sheet '{table.sheet_name}'")
        if saved:
            parts.append("the mapping saved for files with these columns was applied")
        text = ", ".join(parts) + "."
        if table.warnings:
            text += "".join(f"<br><span style='color:#8a5a00'>⚠ {w}</span>" for w in table.warnings)
        self.info.setText(text)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos = []
        self._names = []
        for c, title in enumerate(("Column in the file", "Import as", "Sample values")):
            head = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(head, 0, c)
        for i, header in enumerate(table.headers):
            samples = [r.values[i] for r in table.rows if r.values[i]][:SAMPLES]
            sample = QLabel(" · ".join(s if len(s) <= 40 else s[:39] + "…" for s in samples))
            sample.setObjectName(f"sample_{i}")
            sample.setStyleSheet("color: #555;")
            sample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{i}")
            combo.addItem(IGNORE, None)
            for key in FIELDS:
                combo.addItem(LABELS[key], key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(i)), 0))
            combo.currentIndexChanged.connect(lambda _n, i=i: self._picked(i))
            self._combos.append(combo)
            name = QLabel(header)
            name.setObjectName(f"header_{i}")
            self._names.append(name)
            self.grid.addWidget(name, i + 1, 0)
            self.grid.addWidget(combo, i + 1, 1)
            self.grid.addWidget(sample, i + 1, 2)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(table.headers) + 1, 1)
        self._update()

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
            name.setStyleSheet("" if mapping.get(i) else "color: #888;")
        missing = [LABELS[f] for f in _REQUIRED if f not in mapping.values()]
        info = date_order_info((r.values for r in self._source.table.rows), mapping)
        self._needs_order = info.needs_choice
        hint = ""
        if missing:
            hint = f"Choose the column that holds: {', '.join(missing)}."
        elif self._needs_order and self.date_order() is None:
            hint = "Say how dates are written in this file."
        self.hint.setText(hint)
        if info.needs_choice:
            examples = ", ".join(info.ambiguous)
            self.date_question.setText(
                f"Dates such as <b>{examples}</b> can be read two ways "
                f"({info.ambiguous_count:,} in this file). How are dates written in it?"
            )
        self.date_box.setVisible(info.needs_choice)

    # -- reading --------------------------------------------------------------
    def mapping(self) -> Mapping:
        return {i: combo.currentData() for i, combo in enumerate(self._combos)}

    def set_field(self, column: int, field: str | None) -> None:
        """Import `column` as `field` (None: ignore it), as if chosen in its combo."""
        combo = self._combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def date_order(self) -> DateOrder | None:
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
