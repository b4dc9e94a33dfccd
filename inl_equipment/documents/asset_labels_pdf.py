"""Asset labels as a PDF: a QR code and a Code 128 of each tag, the tag large, and the donor.

Each label holds, left to right: the QR code (the asset tag, what the app's
scanner fields read), then the asset tag in large bold type, a short
description, the funding line, the donor line in English and in Lao, and a
Code 128 of the tag along the bottom. A text that does not fit its line is
set smaller, down to a floor, and then cut with an ellipsis: nothing ever
runs past the label's edge. Lao is shaped (`fonts.draw_string`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from inl_equipment import lao_breaks
from inl_equipment.documents import fonts
from inl_equipment.documents.asset_label_layouts import (
    MM,
    AssetLabel,
    LabelBox,
    LabelLayout,
    Offset,
    label_boxes,
    layout_title,
)
from inl_equipment.documents.qr_code import QRCodeFlowable
from inl_equipment.i18n import translate

ELLIPSIS = "…"
_PAD = 1.6 * MM  # inside each label's edge: printers are not exact


def fit_line(
    text: str, font: str, largest: float, smallest: float, width: float
) -> tuple[str, float]:
    """`text` at the largest size from `largest` down to `smallest` that fits `width`.

    At `smallest` a longer text is cut at a character boundary (never inside
    a Lao syllable: `lao_breaks.safe_cut`) and ends with an ellipsis.
    """
    text = " ".join(text.split())
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size = max(smallest, size - 0.5)
    if stringWidth(text, font, size) <= width:
        return text, size
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    # Never inside a syllable: a Lao vowel or tone mark belongs with its letter.
    low = lao_breaks.safe_cut(text, low)
    return text[:low].rstrip() + ELLIPSIS, size


def _draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    canvas.setFont(font, size)
    fonts.draw_string(canvas, x, y, text)


def _draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    code = QRCodeFlowable(text, size)
    code.drawOn(canvas, x, y)


def _draw_code128(
    canvas: Canvas, text: str, x: float, y: float, width: float, height: float
) -> None:
    """A Code 128 of `text` as wide as `width` allows (bars no thinner than 0.5 pt)."""
    probe = Code128(text, barWidth=1, barHeight=height, quiet=False, humanReadable=False)
    bar = max(0.5, min(1.2, width / probe.width))
    code = Code128(text, barWidth=bar, barHeight=height, quiet=False, humanReadable=False)
    code.drawOn(canvas, x + max(0.0, (width - code.width) / 2), y)


def draw_label(canvas: Canvas, label: AssetLabel, box: LabelBox, page_height: float) -> None:
    """Draw one label in `box` (mm from the sheet's top left) on the current page."""
    left = box.x * MM + _PAD
    bottom = page_height - (box.y + box.height) * MM + _PAD
    width, height = box.width * MM - 2 * _PAD, box.height * MM - 2 * _PAD
    qr = min(height, width * 0.36)
    _draw_qr(canvas, label.asset_tag, left, bottom + (height - qr) / 2, qr)
    x = left + qr + 1.2 * MM
    room = left + width - x
    bar_height = min(7 * MM, height * 0.24)
    _draw_code128(canvas, label.asset_tag, x, bottom, room, bar_height)
    scale = height / (34.9 * MM)  # type sizes follow the label's height (L7163 is 38.1 mm)
    lines = [
        (label.asset_tag, fonts.FONT_BOLD, 13 * scale, 7.0),
        (label.description, fonts.FONT_REGULAR, 7.5 * scale, 5.0),
        (label.funding, fonts.FONT_REGULAR, 6 * scale, 4.5),
        (label.donor_en, fonts.FONT_REGULAR, 6 * scale, 4.5),
        (label.donor_lo, fonts.FONT_REGULAR, 6 * scale, 4.5),
    ]
    text_top = bottom + height
    text_room = room
    if label.logo:
        logo = min(8 * MM, height * 0.25)
        canvas.drawImage(
            _image(label.logo), left + width - logo, text_top - logo, logo, logo,
            preserveAspectRatio=True, mask="auto",
        )  # fmt: skip
        text_room = room - logo - 1 * MM
    y = text_top
    floor = bottom + bar_height + 1 * MM
    for n, (text, font, largest, smallest) in enumerate(lines):
        if not text:
            continue
        fitted, size = fit_line(text, font, largest, min(smallest, largest), text_room)
        y -= size * 1.12
        if y < floor:
            break  # the label is full: the rest is left out rather than overprinted
        _draw_text(canvas, x, y, fitted, font, size)
        if n == 1:
            text_room = room  # only the tag and description run beside the logo


def _image(data: bytes) -> object:
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(data))


def build_labels_pdf(
    labels: Sequence[AssetLabel],
    layout: LabelLayout,
    start: int = 1,
    offset: Offset | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The labels, sheet after sheet, the first at position `start` of the first sheet.

    `progress(done, total)` is called after each sheet; what it raises stops the work.
    """
    fonts.register_fonts()
    out = io.BytesIO()
    page = (layout.page_width * MM, layout.page_height * MM)
    canvas = Canvas(out, pagesize=page, pageCompression=1)
    canvas.setTitle("Asset labels")
    canvas.setFillColor(colors.black)
    sheet = 0
    boxes = label_boxes(layout, len(labels), start, offset)
    for done, (label, box) in enumerate(zip(labels, boxes, strict=True)):
        while box.sheet > sheet:
            canvas.showPage()
            sheet += 1
            if progress is not None:
                progress(done, len(labels))
        draw_label(canvas, label, box, page[1])
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def build_alignment_page(layout: LabelLayout, offset: Offset | None = None) -> bytes:
    """One sheet with every label's outline, number and a centre cross, to hold to the light.

    Printed on plain paper and laid over a label sheet, it shows how far the
    printer moves the labels: that is the offset to enter.
    """
    fonts.register_fonts()
    out = io.BytesIO()
    page_height = layout.page_height * MM
    canvas = Canvas(out, pagesize=(layout.page_width * MM, page_height))
    canvas.setTitle("Label alignment page")
    canvas.setLineWidth(0.3)
    for n, box in enumerate(label_boxes(layout, layout.per_sheet, 1, offset), 1):
        x, y = box.x * MM, page_height - (box.y + box.height) * MM
        w, h = box.width * MM, box.height * MM
        canvas.rect(x, y, w, h)
        cx, cy = x + w / 2, y + h / 2
        canvas.line(cx - 3 * MM, cy, cx + 3 * MM, cy)
        canvas.line(cx, cy - 3 * MM, cx, cy + 3 * MM)
        canvas.setFont(fonts.FONT_REGULAR, 7)
        canvas.drawString(x + 1.5 * MM, y + h - 3 * MM, str(n))
    canvas.setFont(fonts.FONT_REGULAR, 7)
    note = translate("Labels", "{layout}: print on plain paper; each box should sit on one label.")
    fonts.draw_string(canvas, 4 * MM, 3 * MM, note.format(layout=layout_title(layout)))
    canvas.showPage()
    canvas.save()
    return out.getvalue()
