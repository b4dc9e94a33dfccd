"""Asset labels without ReportLab: what a label says, and where it sits on a sheet.

Every measure is in millimetres from the sheet's top-left corner, as the
stock's data sheet gives it. A printer that feeds a sheet a little off moves
every label by the same amount: that per-printer offset (`Offset`, saved in
the settings) is added to each box. Numbers on a sheet run left to right,
then down: label 1 is top left, and a partly used sheet starts at label N.
"""

from __future__ import annotations

from dataclasses import dataclass

from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg

MM = 72 / 25.4  # PostScript points per millimetre
#: The furthest a calibration may move the labels (a sheet fed further off needs fixing).
MAX_OFFSET_MM = 10.0


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """One kind of label stock: the sheet, the grid, each label's size and pitch."""

    key: str
    title: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float  # from the sheet's left edge to the first label's
    top: float  # from the sheet's top edge to the first label's
    pitch_x: float  # from one label's left edge to the next one's
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        """How many labels one sheet holds."""
        return self.columns * self.rows


@dataclass(frozen=True, slots=True)
class Offset:
    """A printer's calibration: how far to move every label (mm; right and down positive)."""

    right: float = 0.0
    down: float = 0.0


@dataclass(frozen=True, slots=True)
class AssetLabel:
    """What one label says."""

    asset_tag: str
    description: str
    funding: str  # "INCLE 2024 · LA-INL-2024-01"
    donor_en: str
    donor_lo: str
    logo: bytes | None = None  # a PNG or JPEG shown in the top right corner


@dataclass(frozen=True, slots=True)
class LabelBox:
    """One label's place: the sheet it is on (0-based) and its box in mm from the top left."""

    sheet: int
    x: float
    y: float
    width: float
    height: float


LAYOUTS: dict[str, LabelLayout] = {
    layout.key: layout
    for layout in (
        # Avery L7163 (A4): 14 per sheet, 99.1 x 38.1 mm, 2.5 mm between columns.
        LabelLayout("L7163", QT_TRANSLATE_NOOP("Labels", "Avery L7163 (A4, 2 × 7)"),
                    210, 297, 2, 7, 99.1, 38.1, 4.65, 15.15, 101.6, 38.1),
        # Avery L7160 (A4): 21 per sheet, 63.5 x 38.1 mm.
        LabelLayout("L7160", QT_TRANSLATE_NOOP("Labels", "Avery L7160 (A4, 3 × 7)"),
                    210, 297, 3, 7, 63.5, 38.1, 7.25, 15.15, 66.04, 38.1),
        # Avery 5160 (US Letter): 30 per sheet, 2 5/8 x 1 in, 1/8 in between columns.
        LabelLayout("5160", QT_TRANSLATE_NOOP("Labels", "Avery 5160 (Letter, 3 × 10)"),
                    215.9, 279.4, 3, 10, 66.675, 25.4, 4.7625, 12.7, 69.85, 25.4),
        # A label printer's roll (Brother DK-11209 and the like): one label a page.
        LabelLayout("roll62x29", QT_TRANSLATE_NOOP("Labels", "Label roll 62 × 29 mm"),
                    62, 29, 1, 1, 62, 29, 0, 0, 62, 29),
    )
}  # fmt: skip
DEFAULT_LAYOUT = "L7163"


def layout_title(layout: LabelLayout) -> str:
    """The layout's name as shown, in the interface's language."""
    return Msg("Labels", layout.title).render()  # marked with QT_TRANSLATE_NOOP above


class LayoutError(ValueError):
    """A layout, start position or offset that cannot be printed; the message says why."""


def layout_named(key: str) -> LabelLayout:
    """The layout called `key` (any case); `LayoutError` naming the known ones otherwise."""
    for name, layout in LAYOUTS.items():
        if name.lower() == key.strip().lower():
            return layout
    raise LayoutError(
        Msg.translate("Labels", "Unknown label layout “{key}”: use one of {known}.").format(
            key=key, known=", ".join(LAYOUTS)
        )
    )


def check_placement(layout: LabelLayout, start: int, offset: Offset) -> None:
    """Refuse a start position off the sheet or an offset beyond `MAX_OFFSET_MM`."""
    if not 1 <= start <= layout.per_sheet:
        raise LayoutError(
            Msg.translate(
                "Labels", "Start at a label from 1 to {count} (the sheet holds {count})."
            ).format(count=layout.per_sheet)
        )
    if max(abs(offset.right), abs(offset.down)) > MAX_OFFSET_MM:
        raise LayoutError(
            Msg.translate(
                "Labels", "A calibration moves labels by {max} mm at most each way."
            ).format(max=int(MAX_OFFSET_MM))
        )


def label_boxes(
    layout: LabelLayout, count: int, start: int = 1, offset: Offset | None = None
) -> list[LabelBox]:
    """The boxes of `count` labels, the first at position `start` of the first sheet."""
    offset = offset or Offset()
    check_placement(layout, start, offset)
    boxes = []
    for n in range(start - 1, start - 1 + count):
        sheet, place = divmod(n, layout.per_sheet)
        row, column = divmod(place, layout.columns)
        boxes.append(
            LabelBox(
                sheet,
                layout.left + column * layout.pitch_x + offset.right,
                layout.top + row * layout.pitch_y + offset.down,
                layout.label_width,
                layout.label_height,
            )
        )
    return boxes
