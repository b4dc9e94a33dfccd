"""The first page of the inventory report: title block and, when grouped, value by group."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, paragraph
from inl_equipment.documents.inventory_data import InventoryReportData, ReportGroup
from inl_equipment.documents.inventory_furniture import as_of_and_operator
from inl_equipment.documents.inventory_style import (
    BAR_FILL,
    HEADER_FILL,
    INK,
    RULE,
    item_count,
    styles,
)
from inl_equipment.documents.long_text import clip, continued
from inl_equipment.formatting import money, number, percent
from inl_equipment.i18n import translate
from inl_equipment.lao_breaks import safe_cut

CHART_BARS = 20  # more groups than this: the smallest are shown together as "Other"
# Longest texts printed whole, as (characters, lines); longer ones are cut and marked.
TITLE_LIMIT = (300, 3)
FILTERS_LIMIT = (2_000, 20)
NAME_LIMIT = (300, 4)


def _fit(text: str, limit: tuple[int, int]) -> str:
    return clip(text, *limit, continued())


def title_block(data: InventoryReportData) -> list[Flowable]:
    """Title, as of when and prepared by whom, the filters in words, the count and value."""
    st = styles()
    total = translate("ReportLabels", "{items} · total value {value}").format(
        items=item_count(data.total_count), value=money(data.total_cents, cents=True)
    )
    block = [
        paragraph(_fit(data.title, TITLE_LIMIT), st["title"]),
        paragraph(as_of_and_operator(data), st["meta"]),
        paragraph(_fit(data.filters_in_words, FILTERS_LIMIT), st["meta"]),
        paragraph(total, st["strong"]),
    ]
    if data.compact:
        cut = translate(
            "ReportLabels",
            "One line an item: a text too long for its column ends in “…”; the register "
            "holds it whole.",
        )
        block.insert(-1, paragraph(cut, st["note"]))
    return block


def summary(data: InventoryReportData, width: float) -> list[Flowable]:
    """The value-by-group chart and table (grouped reports only)."""
    st = styles()
    heading = translate("ReportLabels", "Value by {group}").format(group=data.group_label.lower())
    return [
        paragraph(heading, st["heading"]),
        _chart(data.groups, width),
        Spacer(1, 4 * mm),
        _summary_table(data, width),
    ]


def _share(cents: int, total: int) -> str:
    """A group's share of the total value, to hundredths of a percent, exactly rounded."""
    return percent((cents * 10_000 * 2 + total) // (total * 2) if total else 0)


def _summary_table(data: InventoryReportData, width: float) -> Table:
    st = styles()
    lao = any(g.name_lo for g in data.groups)
    rows: list[list[Any]] = [
        [
            data.group_label,
            translate("ReportLabels", "Items"),
            translate("ReportLabels", "Value (USD)"),
            translate("ReportLabels", "Share"),
        ]
    ]
    for g in data.groups:
        rows.append(
            [
                paragraph(_fit(g.name, NAME_LIMIT), st["small"]),
                number(g.count),
                money(g.cents, cents=True),
                _share(g.cents, data.total_cents),
            ]
        )
        if lao:
            lo = paragraph(_fit(g.name_lo, NAME_LIMIT), st["small"]) if g.name_lo else ""
            rows[-1].insert(1, lo)
    total = [translate("ReportLabels", "Total"), number(data.total_count)]
    rows.append([*total, money(data.total_cents, cents=True), percent(10_000)])
    if lao:
        rows[0].insert(1, translate("ReportLabels", "Name in Lao"))
        rows[-1].insert(1, "")
    names = [width * 0.3, width * 0.32] if lao else [width * 0.5]
    table = Table(rows, colWidths=[*names, 50, 80, 45], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_REGULAR, 7.5, 9.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5, 9.5),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, 7.5, 9.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("ALIGN", (-3, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ]
        )
    )
    return table


def _chart(groups: Sequence[ReportGroup], width: float) -> Drawing:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart  # slow to import

    shown = sorted(groups, key=lambda g: g.cents, reverse=True)
    if len(shown) > CHART_BARS:
        rest = shown[CHART_BARS - 1 :]
        count, cents = sum(g.count for g in rest), sum(g.cents for g in rest)
        other = translate("ReportLabels", "Other ({count})").format(count=number(len(rest)))
        shown = [*shown[: CHART_BARS - 1], ReportGroup(other, "", count, cents, ())]
    shown.reverse()  # the chart draws its first category at the bottom
    bar, label_width = 13.0, 190.0
    drawing = Drawing(width, bar * len(shown) + 24)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = width - label_width - 70, bar * len(shown)
    # Bar lengths are drawing geometry; the exact amounts are printed as labels.
    chart.data = [[g.cents / 100 for g in shown]]
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR_FILL, None
    chart.barWidth = bar * 0.7
    axis, values = chart.categoryAxis, chart.valueAxis
    axis.categoryNames = [_clip(g.name, label_width - 10) for g in shown]
    axis.labels.boxAnchor, axis.labels.dx = "e", -4
    axis.strokeColor = values.strokeColor = RULE
    values.valueMin, values.labelTextFormat = 0, _short_dollars
    values.visibleGrid, values.gridStrokeColor = True, colors.HexColor("#E3E7EC")
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[money(g.cents, cents=True) for g in shown]]
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    for labels, size in ((axis.labels, 7), (values.labels, 6.5), (chart.barLabels, 6.5)):
        labels.fontName, labels.fontSize = FONT_REGULAR, size
    drawing.add(chart)
    return drawing


def _clip(text: str, width: float) -> str:
    text = " ".join(text[:200].split())  # no label holds more: keep the loop below short
    if stringWidth(text, FONT_REGULAR, 7) <= width:
        return text
    while text and stringWidth(text + "…", FONT_REGULAR, 7) > width:
        text = text[: safe_cut(text, len(text) - 1)]  # a whole Lao syllable at a time
    return text.rstrip() + "…"


def _short_dollars(value: float) -> str:
    # Axis ticks only (the exact amounts are the bar labels): "$250k", "$1.5M".
    if value >= 1_000_000:
        return f"${value / 1_000_000:,.1f}M"
    return f"${value / 1_000:,.0f}k" if value >= 1_000 else f"${value:,.0f}"
