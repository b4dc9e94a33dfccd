"""The search box and the filter drop-downs above the register table."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from inl_equipment.i18n import QT_TRANSLATE_NOOP
from inl_equipment.services.check_rows import CHECK_FILTERS
from inl_equipment.services.search import Query, RefNames
from inl_equipment.services.vocabulary import marked_text, status_choices, status_label
from inl_equipment.ui.register.multi_choice import MultiChoice
from inl_equipment.ui.register.range_filters import RangeFilters
from inl_equipment.ui.register.wrap_row import WrapRow


@dataclass(frozen=True, slots=True)
class _Filter:
    """One drop-down: the query field it sets and its texts (marked, translated when shown)."""

    key: str
    table: str  # reference table of its choices; "" for the item statuses
    label: str
    everything: str  # the first entry, which filters nothing
    tip: str


_CHECKS = "checks"  # the end-use check filter's choices are `check_rows.CHECK_FILTERS`

FILTERS: tuple[_Filter, ...] = (
    _Filter(
        "statuses",
        "",
        QT_TRANSLATE_NOOP("FilterBar", "Status:"),
        QT_TRANSLATE_NOOP("FilterBar", "All statuses"),
        QT_TRANSLATE_NOOP("FilterBar", "Show only items with this status"),
    ),
    _Filter(
        "agencies",
        "agencies",
        QT_TRANSLATE_NOOP("FilterBar", "Holder:"),
        QT_TRANSLATE_NOOP("FilterBar", "All holders"),
        QT_TRANSLATE_NOOP("FilterBar", "Show only items with this holder"),
    ),
    _Filter(
        "provinces",
        "provinces",
        QT_TRANSLATE_NOOP("FilterBar", "Province:"),
        QT_TRANSLATE_NOOP("FilterBar", "All provinces"),
        QT_TRANSLATE_NOOP("FilterBar", "Show only items with this province"),
    ),
    _Filter(
        "locations",
        "locations",
        QT_TRANSLATE_NOOP("FilterBar", "Site:"),
        QT_TRANSLATE_NOOP("FilterBar", "All sites"),
        QT_TRANSLATE_NOOP("FilterBar", "Show only items at this site (location)"),
    ),
    _Filter(
        "categories",
        "categories",
        QT_TRANSLATE_NOOP("FilterBar", "Category:"),
        QT_TRANSLATE_NOOP("FilterBar", "All categories"),
        QT_TRANSLATE_NOOP("FilterBar", "Show only items with this category"),
    ),
    _Filter(
        "funding",
        "funding",
        QT_TRANSLATE_NOOP("FilterBar", "Funding:"),
        QT_TRANSLATE_NOOP("FilterBar", "All funding sources"),
        QT_TRANSLATE_NOOP("FilterBar", "Show only items with this funding"),
    ),
    _Filter(
        "checks",
        _CHECKS,
        QT_TRANSLATE_NOOP("FilterBar", "Check:"),
        QT_TRANSLATE_NOOP("CheckFilter", "Any check state"),
        QT_TRANSLATE_NOOP("FilterBar", "Show only items whose end-use check is due, overdue…"),
    ),
)
#: Filters whose values are words, not reference ids.
_WORD_FILTERS = frozenset({"statuses", "checks"})


def _text(source: str) -> str:
    """A text marked above, in the interface's language now."""
    return marked_text("FilterBar", source)


def _choice_text(combo: QComboBox, spec: _Filter, index: int) -> str:
    """A drop-down entry's text in the interface's language now (names stay as they are)."""
    if spec.table == _CHECKS:
        return marked_text("CheckFilter", CHECK_FILTERS[index][1])
    if index == 0:
        return _text(spec.everything)
    if not spec.table:
        return status_label(combo.itemData(index))
    return combo.itemText(index)


def _choices(spec: _Filter, refs: RefNames) -> list[tuple[str, Any]]:
    """A drop-down's entries (text, value), the one that filters nothing first."""
    if spec.table == _CHECKS:
        return [
            (marked_text("CheckFilter", label), value or None) for value, label in CHECK_FILTERS
        ]
    out: list[tuple[str, Any]] = [(_text(spec.everything), None)]
    if spec.table:
        names = refs.en.get(spec.table, {})
        out += [(names[i], i) for i in sorted(names, key=lambda i: names[i].casefold())]
    else:
        out += [(label, value) for value, label in status_choices()]
    return out


class FilterBar(QWidget):
    """Search text and one filter per status, holder, province, category, funding, check.

    Signals:
        changed(): the search text or a filter changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty search box and drop-downs (filled by `set_options`)."""
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.combos: dict[str, QComboBox] = {}
        self._labels: dict[str, QLabel] = {}
        # One row on a wide window, two on a narrow one (a laptop at 150 %).
        self.row = WrapRow(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.row)
        self.row.add(self.search, 3)
        for spec in FILTERS:
            # Every filter but the check state takes several values ("Lost or Stolen").
            combo = QComboBox() if spec.table == _CHECKS else MultiChoice()
            combo.setObjectName(f"filter_{spec.key}")
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.combos[spec.key] = combo
            # The caption goes inside the drop-down ("Status: Lost"), not beside it: the
            # bar then fits a 1366-pixel laptop screen. The label stays for the name only.
            self._labels[spec.key] = QLabel(self)
            self._labels[spec.key].hide()
            self.row.add(combo, 1)
        self.ranges = RangeFilters()
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreFilters")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        holder = QWidgetAction(more)
        holder.setDefaultWidget(self.ranges)
        more.addAction(holder)
        self.more_button.setMenu(more)
        self.row.add(self.more_button)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.row.add(self.clear_button)
        self.row.set_fold(4)  # search, status, holder, province; then the rest
        self._retranslate()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.changed)
        for combo in self.combos.values():
            if isinstance(combo, MultiChoice):
                combo.changed.connect(self.changed)
            else:
                combo.currentIndexChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)
        self.ranges.changed.connect(self._ranges_changed)

    def _retranslate(self) -> None:
        """Set every text in the interface's language (the choices keep their order)."""
        self.search.setPlaceholderText(
            self.tr("Search tag, serial, description, make, model, holder, place…")
        )
        self.search.setToolTip(
            self.tr("Matches as you type (Ctrl+F). Several words must all match.")
        )
        self.clear_button.setText(self.tr("Clear filters"))
        self.ranges.retranslate()
        self._name_more_button()
        for spec in FILTERS:
            combo = self.combos[spec.key]
            self._labels[spec.key].setText(_text(spec.label))
            combo.setAccessibleName(_text(spec.label).rstrip(":"))
            if isinstance(combo, MultiChoice):
                combo.base_tip = _text(spec.tip)
                combo.caption = _text(spec.label)
                texts = [_choice_text(combo, spec, i) for i in range(1, combo.count())]
                combo.set_texts(_text(spec.everything), texts)
                continue
            combo.setToolTip(_text(spec.tip))
            for i in range(combo.count()):
                combo.setItemText(i, _choice_text(combo, spec, i))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Set the texts again when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _ranges_changed(self) -> None:
        self._name_more_button()
        self.changed.emit()

    def _name_more_button(self) -> None:
        count = self.ranges.count()
        if count:
            self.more_button.setText(self.tr("More filters ({count})").format(count=count))
        else:
            self.more_button.setText(self.tr("More filters"))
        self.more_button.setToolTip(
            self.tr("Ranges of acquisition date, latest end-use check and unit value")
        )

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def set_options(self, refs: RefNames) -> None:
        """Fill the drop-downs from the reference names, keeping the current choices."""
        for spec in FILTERS:
            combo = self.combos[spec.key]
            if isinstance(combo, MultiChoice):
                everything, *choices = _choices(spec, refs)
                combo.set_choices(everything[0], choices)  # keeps what is ticked
                continue
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, value in _choices(spec, refs):
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def query(self, base: Query) -> Query:
        """`base` (its sort) with this bar's text and filters."""
        chosen: dict[str, Any] = {}
        for key, combo in self.combos.items():
            if isinstance(combo, MultiChoice):
                chosen[key] = combo.values()
            else:
                chosen[key] = combo.currentData() or ""
        return dataclasses.replace(base, text=self.search.text(), **chosen, **self.ranges.ranges())

    def show_query(self, query: Query) -> None:
        """Show `query`'s search and filters (one value each, or "All"); `changed` once."""
        for key, combo in self.combos.items():
            wanted = getattr(query, key)
            combo.blockSignals(True)
            if isinstance(combo, MultiChoice):
                combo.set_values(wanted)
            else:
                combo.setCurrentIndex(max(combo.findData(wanted or ""), 0))
            combo.blockSignals(False)
        self.ranges.set_ranges(query.acquired, query.checked, query.value)
        self._name_more_button()
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        """Empty the search box and set every filter to "All"."""
        for combo in self.combos.values():
            combo.blockSignals(True)
            if isinstance(combo, MultiChoice):
                combo.set_values(())
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ranges.set_ranges(("", ""), ("", ""), (None, None))
        self._name_more_button()
        self.search.clear()  # emits changed once
        self.changed.emit()

    def save_state(self, settings: QSettings) -> None:
        """Remember the chosen filters."""
        for key, combo in self.combos.items():
            if isinstance(combo, MultiChoice):
                settings.setValue(f"filters/{key}", sorted(combo.values(), key=str))
            else:
                settings.setValue(f"filters/{key}", combo.currentData())
        settings.setValue("filters/ranges", json.dumps(self.ranges.ranges()))

    def restore_state(self, settings: QSettings) -> None:
        """Choose the filters remembered (those that still exist)."""
        try:
            spans = json.loads(str(settings.value("filters/ranges") or "{}"))
            self.ranges.set_ranges(
                tuple(spans.get("acquired", ("", ""))),
                tuple(spans.get("checked", ("", ""))),
                tuple(spans.get("value", (None, None))),
            )
        except (ValueError, TypeError, AttributeError):
            pass  # a damaged setting: the ranges stay open
        self._name_more_button()
        for key, combo in self.combos.items():
            value = settings.value(f"filters/{key}")
            if value is None:
                continue
            # QSettings gives back a list, a single string (one value), or "" (none).
            stored = value if isinstance(value, list) else [value]
            values = [v for v in (_stored(key, v) for v in stored if v != "") if v is not None]
            combo.blockSignals(True)
            if isinstance(combo, MultiChoice):
                combo.set_values(values)
            elif values and combo.findData(values[0]) >= 0:
                combo.setCurrentIndex(combo.findData(values[0]))
            combo.blockSignals(False)


def _stored(key: str, value: Any) -> Any:
    """A remembered filter value as the filter holds it (ids are numbers); None if not."""
    if key in _WORD_FILTERS:
        return str(value)
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
