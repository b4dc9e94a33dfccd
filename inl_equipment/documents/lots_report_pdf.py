"""The expiring and used lots report as a landscape A4 PDF.

The inventory report's furniture on every page (letterhead, title, "As of",
"Prepared by", the period in words, "Page X of Y": `inventory_furniture`), then
the kits by expiry band (expired, expiring within 90 days, later), the uses of
the period, and the certification with its signature lines
(`inventory_certification`). Plain data in (`LotsReportData`); printed in the
interface's language (context "LotsReport"), Lao descriptions under the English.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from inl_equipment.documents.fonts import paragraph
from inl_equipment.documents.inventory_certification import certification
from inl_equipment.documents.inventory_data import InventoryReportData
from inl_equipment.documents.inventory_furniture import first_band_height, furniture
from inl_equipment.documents.inventory_labels import LETTERHEAD
from inl_equipment.documents.inventory_style import (
    BAND,
    BOTTOM,
    HEADER_FILL,
    MARGIN,
    PAGE,
    RULE,
    STRIPE_FILL,
    TOP,
    styles,
)
from inl_equipment.documents.labels import Bilingual
from inl_equipment.documents.long_text import clip
from inl_equipment.documents.lots_report_data import BANDS, LotLine, LotsReportData, UseLine
from inl_equipment.documents.page_count import DeferredCanvas
from inl_equipment.formatting import day, quantity
from inl_equipment.i18n import Msg, translate

#: The certification's statement ("{date}" filled in), English and its Lao.
STATEMENT = Bilingual.translate(
    "ReportLabels", "I certify that these lots and their use are true and complete as of {date}."
)
#: Shares of the width: the kits' table, then the uses' table.
_LOT_SHARES = (0.11, 0.30, 0.10, 0.08, 0.10, 0.15, 0.16)
_USE_SHARES = (0.08, 0.11, 0.24, 0.09, 0.09, 0.14, 0.17, 0.08)
_TEXT_LIMIT = (600, 6)


def title(data: LotsReportData) -> str:
    """The report's title in the interface's language."""
    return translate("LotsReport", "Expiring and used lots")


def period_in_words(data: LotsReportData) -> str:
    """ "Uses from 2026-01-01 to 2026-06-30" (or "from … on", "until …", "all uses")."""
    start, end = day(data.start) if data.start else "", day(data.end) if data.end else ""
    if start and end:
        return translate("LotsReport", "Uses from {start} to {end}").format(start=start, end=end)
    if start:
        return translate("LotsReport", "Uses from {start} on").format(start=start)
    if end:
        return translate("LotsReport", "Uses until {end}").format(end=end)
    return translate("LotsReport", "All uses recorded")


def _furniture_data(data: LotsReportData) -> InventoryReportData:
    """The inventory report's page furniture, told this report's title and period."""
    return InventoryReportData(
        title=title(data),
        generated_at=data.generated_at,
        operator=data.operator,
        filters_in_words=period_in_words(data),
        columns=(),
        groups=(),
        group_label="",
        total_count=len(data.lots),
        total_cents=0,
        letterhead=LETTERHEAD,
    )


def _cell(text: str, style: str = "cell") -> Paragraph:
    return paragraph(clip(text, *_TEXT_LIMIT, "…"), styles()[style])


def _table(header: Sequence[str], rows: list[list[Any]], widths: list[float]) -> Table:
    """A table with a shaded header row repeated on each page and striped rows."""
    head = [paragraph(h, styles()["small"]) for h in header]
    table = Table([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (0, n), (-1, n), STRIPE_FILL) for n in range(2, len(rows) + 1, 2)]
    table.setStyle(TableStyle(style))
    return table


def _description(text: str, lao: str) -> str:
    return f"{text}\n{lao}" if lao else text


def _lot_rows(lines: list[LotLine]) -> list[list[Any]]:
    return [
        [
            _cell(x.asset_tag),
            _cell(_description(x.description, x.description_lo)),
            _cell(x.lot_number),
            _cell(day(x.expiry_date)),
            _cell(quantity(x.quantity, x.unit), "cell_right"),
            _cell(x.holder or translate("LotsReport", "donor stock")),
            _cell(x.location),
        ]
        for x in lines
    ]


def _use_rows(lines: list[UseLine]) -> list[list[Any]]:
    return [
        [
            _cell(day(u.when)),
            _cell(u.asset_tag),
            _cell(u.description),
            _cell(u.lot_number),
            _cell(quantity(u.quantity, u.unit), "cell_right"),
            _cell(u.reference),
            _cell(u.remark),
            _cell(u.operator),
        ]
        for u in lines
    ]


def _lot_header() -> list[str]:
    return [
        translate("LotsReport", "Asset tag"),
        translate("LotsReport", "Description"),
        translate("LotsReport", "Lot"),
        translate("LotsReport", "Expires"),
        translate("LotsReport", "Quantity"),
        translate("LotsReport", "Holder"),
        translate("LotsReport", "Location"),
    ]


def _use_header() -> list[str]:
    return [
        translate("LotsReport", "Date"),
        translate("LotsReport", "Asset tag"),
        translate("LotsReport", "Description"),
        translate("LotsReport", "Lot"),
        translate("LotsReport", "Quantity"),
        translate("LotsReport", "Reference"),
        translate("LotsReport", "Remark"),
        translate("LotsReport", "Recorded by"),
    ]


def story(data: LotsReportData, width: float) -> list[Flowable]:
    """The report's content: title, the three bands, the uses, the certification."""
    st = styles()
    out: list[Flowable] = [
        paragraph(title(data), st["title"]),
        paragraph(
            translate("LotsReport", "Kits and lots with an expiry date as of {date}").format(
                date=day(data.today)
            )
            + " · "
            + period_in_words(data),
            st["meta"],
        ),
    ]
    lot_widths = [s * width for s in _LOT_SHARES]
    for key, band_title in BANDS:
        lines = data.band(key)
        heading = Msg("LotsReport", band_title).render()  # marked in `lots_report_data`
        out.append(paragraph(f"{heading} ({len(lines)})", st["heading"]))
        if lines:
            out.append(_table(_lot_header(), _lot_rows(lines), lot_widths))
        else:
            out.append(paragraph(translate("LotsReport", "None."), st["note"]))
    out.append(
        paragraph(
            translate("LotsReport", "Used or distributed in the period ({count})").format(
                count=len(data.uses)
            ),
            st["heading"],
        )
    )
    if data.uses:
        out.append(_table(_use_header(), _use_rows(data.uses), [s * width for s in _USE_SHARES]))
    else:
        out.append(paragraph(translate("LotsReport", "No use recorded in the period."), st["note"]))
    out.append(certification(_furniture_data(data), width, STATEMENT))
    return out


def build_lots_report_pdf(
    data: LotsReportData, target: str | Path | BinaryIO | None = None
) -> bytes | None:
    """Lay out the report; write it to `target` (a path or binary stream) or return bytes."""
    out: Any = io.BytesIO() if target is None else target
    width = PAGE[0] - 2 * MARGIN
    page_data = _furniture_data(data)
    first_top = PAGE[1] - TOP - first_band_height(page_data)
    top = PAGE[1] - TOP - BAND
    first = Frame(MARGIN, BOTTOM, width, first_top - BOTTOM, 0, 0, 0, 0, id="first")
    later = Frame(MARGIN, BOTTOM, width, top - BOTTOM, 0, 0, 0, 0, id="later")
    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        title=title(data),
        author=data.operator,
        creator="INL Equipment Tracker",
        pageTemplates=[
            PageTemplate("first", [first], autoNextPageTemplate="later"),
            PageTemplate("later", [later]),
        ],
    )
    doc.build(story(data, width), canvasmaker=partial(DeferredCanvas, footer=furniture(page_data)))
    return out.getvalue() if isinstance(out, io.BytesIO) else None
