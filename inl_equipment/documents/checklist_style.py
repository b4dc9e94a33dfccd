"""The field checklist's labels, column layout and tick box.

Labels shared with the receipt (asset tag, serial number, signature…) are the
receipt's, so their Lao is the agreed wording; the checklist's own labels are in
context "ChecklistLabels" and print in English alone until their Lao is in the
catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from inl_equipment.documents.checklist_data import ResultWords
from inl_equipment.documents.fonts import esc
from inl_equipment.documents.labels import LABELS, Bilingual
from inl_equipment.documents.receipt_style import INK

CONTEXT = "ChecklistLabels"
QR_CELL = 11 * mm  # the asset tag's code: one scan per row with a phone or a scanner
TICK = 3.2 * mm
#: Blank rows for items found at the site but not listed.
BLANK_ROWS = 10


@dataclass(frozen=True)
class ChecklistLabels:
    """Every label printed on a field checklist."""

    title: Bilingual = Bilingual.translate("ChecklistLabels", "Field checklist")
    site: Bilingual = LABELS.location
    province: Bilingual = LABELS.province
    units: Bilingual = Bilingual.translate("ChecklistLabels", "Units")
    checklist_id: Bilingual = Bilingual.translate("ChecklistLabels", "Checklist ID")
    issued: Bilingual = Bilingual.translate("ChecklistLabels", "Date issued")
    issued_by: Bilingual = Bilingual.translate("ChecklistLabels", "Issued by")
    checked_on: Bilingual = Bilingual.translate("ChecklistLabels", "Date of check")
    inspectors: Bilingual = Bilingual.translate("ChecklistLabels", "Inspectors")
    partial: Bilingual = Bilingual.translate("ChecklistLabels", "Selected items only")
    instructions: Bilingual = Bilingual.translate(
        "ChecklistLabels",
        "Tick one result for each item. Write items found here but not listed in the"
        " blank rows at the end, with their asset tag or serial number.",
    )
    sheet_instructions: Bilingual = Bilingual.translate(
        "ChecklistLabels",
        "Choose a result for each item from its list; an item left without a result was"
        " not seen. Add items found here but not listed in the blank rows below, with"
        " their asset tag or serial number.",
    )

    row_number: Bilingual = LABELS.row_number
    code: Bilingual = Bilingual.translate("ChecklistLabels", "Code")
    asset_tag: Bilingual = LABELS.asset_tag
    serial_number: Bilingual = LABELS.serial_number
    description: Bilingual = LABELS.description
    holder: Bilingual = Bilingual.translate("ChecklistLabels", "Holder")
    last_result: Bilingual = Bilingual.translate("ChecklistLabels", "Last result")
    remarks: Bilingual = LABELS.remarks
    last_check: Bilingual = Bilingual.translate("ChecklistLabels", "Last check")
    result: Bilingual = Bilingual.translate("ChecklistLabels", "Result")
    condition: Bilingual = LABELS.condition
    intended_use: Bilingual = Bilingual.translate("ChecklistLabels", "Used for intended purpose")
    never_checked: Bilingual = Bilingual.translate("ChecklistLabels", "Never checked")

    not_listed: Bilingual = Bilingual.translate("ChecklistLabels", "Items found but not listed")
    tag_or_serial: Bilingual = Bilingual.translate("ChecklistLabels", "Asset tag or serial number")

    inspector: Bilingual = Bilingual.translate("ChecklistLabels", "Inspector")
    representative: Bilingual = Bilingual.translate("ChecklistLabels", "Unit representative")
    name: Bilingual = LABELS.name
    rank: Bilingual = LABELS.rank
    position: Bilingual = LABELS.position
    signature: Bilingual = LABELS.signature
    date: Bilingual = LABELS.date
    page_of: Bilingual = LABELS.page_of


CHECKLIST_LABELS = ChecklistLabels()

#: The tick boxes' headings: a short word per result (the full words are on the sheet).
# Keyed by the stored values of `db.monitoring.CheckResult`.
_SHORT: dict[str, Bilingual] = {
    "in_use": Bilingual.translate("ChecklistLabels", "In use"),
    "in_storage": Bilingual.translate("ChecklistLabels", "Stored", "result, short"),
    "unserviceable": Bilingual.translate("ChecklistLabels", "U/S", "result, short: unserviceable"),
    "under_repair": Bilingual.translate("ChecklistLabels", "Repair", "result, short"),
    "not_seen": Bilingual.translate("ChecklistLabels", "Not seen"),
    "lost": Bilingual.translate("ChecklistLabels", "Lost"),
    "stolen": Bilingual.translate("ChecklistLabels", "Stolen"),
    "destroyed": Bilingual.translate("ChecklistLabels", "Destr.", "result, short"),
}


def joined(label: Bilingual) -> str:
    """ "English / Lao" on one line, or the English alone while the Lao is not translated."""
    return label.joined() if label.lo else label.en


def labelled(label: Bilingual, value_markup: str) -> str:
    """ "<b>Label / ປ້າຍ:</b> value" as markup (English alone without Lao); a dash for none."""
    return f"<b>{esc(joined(label))}:</b> {value_markup or '—'}"


def short_result(result: ResultWords) -> Bilingual:
    """A result's tick-box heading; without a short form, its full words."""
    short = _SHORT.get(result.value)
    if short is None:
        return Bilingual(result.english, result.lao)
    return short if short.lo else Bilingual(short.en, result.lao)


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand, centred in its cell."""

    def __init__(self, size: float = TICK) -> None:
        """A box `size` points wide."""
        super().__init__()
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The box takes the cell's width, so that it can be centred."""
        self._cell = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        """Draw the square's outline."""
        x = (self._cell - self.width) / 2
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.rect(x, 0, self.width, self.height, stroke=1, fill=0)
