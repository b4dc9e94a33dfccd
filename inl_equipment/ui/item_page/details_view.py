"""The Details tab: the item's fields as text to read and copy (Edit opens the form)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QScrollArea, QWidget

from inl_equipment import formatting
from inl_equipment.lao_breaks import with_break_hints
from inl_equipment.services.facade.kinds import RETIRED_STATUSES
from inl_equipment.services.items import ItemRecord
from inl_equipment.services.vocabulary import condition_label, status_label
from inl_equipment.ui.style import Role, set_role


class ItemDetails(QScrollArea):
    """An item's fields in two columns of captions and selectable values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty details; `show_record` fills them."""
        super().__init__(parent)
        self.setObjectName("itemDetails")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.values: dict[str, QLabel] = {}
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(28)
        forms = (QFormLayout(), QFormLayout())
        for form in forms:
            form.setHorizontalSpacing(16)
            form.setVerticalSpacing(7)
        for n, (name, caption) in enumerate(self._captions()):
            value = QLabel()
            value.setObjectName(f"detail_{name}")
            value.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            forms[n % 2].addRow(caption, value)
            self.values[name] = value
        grid.addLayout(forms[0], 0, 0)
        grid.addLayout(forms[1], 0, 1)
        self.notes = QLabel()
        self.notes.setObjectName("detail_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retirement = QLabel()
        self.retirement.setObjectName("detail_retirement")
        self.retirement.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.retirement, Role.MUTED)
        self.description_lo = QLabel()
        self.description_lo.setObjectName("detail_description_lo")
        self.description_lo.setWordWrap(True)
        self.description_lo.setTextFormat(Qt.TextFormat.PlainText)
        self.description_lo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_form = QFormLayout()
        notes_form.setHorizontalSpacing(16)
        notes_form.setVerticalSpacing(7)  # as the fields above: Lao marks need the room
        # Full width: a Lao description is often longer than the English one.
        notes_form.addRow(self.tr("Description (Lao)"), self.description_lo)
        notes_form.addRow(self.tr("Notes"), self.notes)
        grid.addLayout(notes_form, 1, 0, 1, 2)
        grid.addWidget(self.retirement, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        self.setWidget(inner)

    def _captions(self) -> list[tuple[str, str]]:
        # In reading order, left column then right, row by row.
        return [
            ("asset_tag", self.tr("Asset tag")),
            ("serial_number", self.tr("Serial / VIN / frame no.")),
            ("description", self.tr("Description")),
            ("category", self.tr("Category")),
            ("make", self.tr("Make")),
            ("model", self.tr("Model")),
            ("quantity", self.tr("Quantity")),
            ("lot_number", self.tr("Lot number")),
            ("unit_value", self.tr("Unit value (USD)")),
            ("expiry_date", self.tr("Expiry date")),
            ("funding", self.tr("Funding source")),
            ("acquisition_date", self.tr("Acquisition date")),
            ("title_holder", self.tr("Title holder")),
            ("federal_share_pct", self.tr("Federal share")),
            ("vendor", self.tr("Vendor")),
            ("po_number", self.tr("Purchase order no.")),
            ("status", self.tr("Status")),
            ("condition", self.tr("Condition")),
            ("holder", self.tr("Holder (unit)")),
            ("location", self.tr("Location")),
        ]

    def show_record(self, record: ItemRecord) -> None:
        """Show `record`'s fields."""
        v = record.values
        texts = {
            "asset_tag": v.asset_tag,
            "serial_number": v.serial_number,
            "description": v.description,
            "category": record.category_name,
            "make": v.make,
            "model": v.model,
            "quantity": formatting.quantity(v.quantity, v.unit),
            "lot_number": v.lot_number,
            "unit_value": formatting.money(v.unit_value),
            "expiry_date": formatting.day(v.expiry_date),
            "funding": record.funding_name,
            "acquisition_date": formatting.day(v.acquisition_date),
            "title_holder": v.title_holder,
            "federal_share_pct": formatting.percent(int(v.federal_share_pct * 100)),
            "vendor": v.vendor,
            "po_number": v.po_number,
            "status": status_label(v.status),
            "condition": condition_label(v.condition),
            "holder": record.holder_name or self.tr("donor stock"),
            "location": record.location_name,
        }
        # Lao runs get break hints between their words, so that long ones wrap.
        for name, label in self.values.items():
            label.setText(with_break_hints(texts[name]) or "—")
        self.notes.setText(with_break_hints(v.notes) or "—")
        self.description_lo.setText(with_break_hints(v.description_lo) or "—")
        self.retirement.setText(self._retirement(record))
        self.retirement.setVisible(v.status in RETIRED_STATUSES)

    def _retirement(self, record: ItemRecord) -> str:
        """How a retired item left service, in one line."""
        if record.values.status not in RETIRED_STATUSES:
            return ""
        parts = [
            self.tr("{status} on {date}").format(
                status=status_label(record.values.status),
                date=formatting.day(record.disposal_date) or self.tr("date unknown"),
            )
        ]
        if record.disposal_method:
            parts.append(record.disposal_method)
        if record.disposal_price is not None:
            parts.append(
                self.tr("sale price {price}").format(price=formatting.money(record.disposal_price))
            )
        return " · ".join(parts)
