"""An officer on a handover form: chosen from People, or a typed name and position.

Also the two helpers the form's other combo boxes share: `ref_label` and `wide_combo`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QWidget

from inl_equipment.services.handovers import PartyInput
from inl_equipment.services.reference import RefRecord


def ref_label(r: RefRecord) -> str:
    """English name, then the Lao one when there is one."""
    lao = r.values.get("name_lo") or ""
    return f"{r.name} · {lao}" if lao else r.name


def wide_combo(combo: QComboBox, chars: int) -> QComboBox:
    """`combo`, wide enough for `chars` characters and showing 20 choices at a time."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setMaxVisibleItems(20)
    return combo


class PartyField(QWidget):
    """An officer: someone from People (position filled in), or a typed name and position.

    Signals:
        changed(): the person, the typed name or the position changed.
    """

    changed = Signal()

    def __init__(
        self, people: Sequence[RefRecord], units: dict[int, str], parent: QWidget | None = None
    ) -> None:
        """A field offering `people` (each shown with their unit's short name from `units`)."""
        super().__init__(parent)
        self.combo = wide_combo(QComboBox(), 22)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem("", None)
        self._positions: dict[int, str] = {}
        for p in people:
            unit = units.get(p.values.get("agency_id") or 0, "")
            self.combo.addItem(ref_label(p) + (f" — {unit}" if unit else ""), p.id)
            rank, position = p.values.get("rank"), p.values.get("position_en")
            self._positions[p.id] = ", ".join(x for x in (rank, position) if x)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        self.edit = self.combo.lineEdit() or QLineEdit()
        self.edit.setPlaceholderText(self.tr("Choose from People, or type a name"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Position"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 2)
        row.addWidget(self.position, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.combo.editTextChanged.connect(self._on_text)
        self.position.textChanged.connect(self.changed)

    def person_id(self) -> int | None:
        """The person chosen from People, or None for a typed name."""
        i = self.combo.findText(self.combo.currentText())
        return self.combo.itemData(i) if i > 0 else None

    def _on_text(self, _text: str) -> None:
        person = self.person_id()
        if person is not None:
            if not self.edit.hasFocus():
                self.edit.setCursorPosition(0)  # show the name's start, not its end
            self.position.setText(self._positions.get(person, ""))
            self.position.setToolTip(self.tr("From the People list (Reference data → People)"))
        elif self.position.isReadOnly():
            self.position.clear()
            self.position.setToolTip("")
        self.position.setReadOnly(person is not None)
        self.changed.emit()

    def is_empty(self) -> bool:
        """Whether nobody is chosen or typed."""
        return not self.combo.currentText().strip()

    def set_text(self, text: str) -> None:
        """Type `text` as the name (a person of that name is chosen from People)."""
        self.combo.setEditText(text)

    def choose_person(self, person_id: int) -> None:
        """Choose this person from People."""
        self.combo.setCurrentIndex(max(0, self.combo.findData(person_id)))

    def value(self) -> PartyInput:
        """The officer for the service: a person's id, or a typed name and position."""
        person = self.person_id()
        if person is not None:
            return PartyInput(person_id=person)
        name = " ".join(self.combo.currentText().split())
        return PartyInput(name=name, position=self.position.text())
