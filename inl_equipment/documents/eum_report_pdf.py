"""Lay out the annual end-use monitoring report as a landscape A4 PDF.

Plain data in (`services.eum_report_data.EumReport`), bytes or a file out.
Order: title and definitions; the summary (verification rate overall, by
agency with a chart, by province); then each site with its problems; the
incidents and disposals of the period; the items not checked for more than
24 months. Headings are bilingual (`eum_report_style.LABELS`); footers say
"Page X of Y" (`page_count.DeferredCanvas`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from inl_equipment.documents.eum_report_style import (
    FOOTER_GAP,
    INK,
    LABELS,
    LIST_HEADER_ROOM,
    MARGIN,
    PAGE,
    RULE,
    one_line,
    styles,
)
from inl_equipment.documents.eum_report_tables import (
    CHART_BARS,
    cut,
    draw_list_header,
    figures,
    group_rows,
    rate_chart,
    tables,
)
from inl_equipment.documents.fonts import FONT_REGULAR, draw_string, paragraph
from inl_equipment.documents.labels import Bilingual
from inl_equipment.documents.long_text import clip, continued
from inl_equipment.documents.page_count import DeferredCanvas
from inl_equipment.formatting import day, money, number, percent
from inl_equipment.i18n import lookup, translate
from inl_equipment.services.eum_report_data import DEFINITIONS, RESULT_ORDER, EumReport, SiteSection
from inl_equipment.services.eum_vocabulary import (
    disposal_method_label,
    incident_kind_label,
    outcome_label,
    result_words,
)

WIDTH = PAGE[0] - 2 * MARGIN
FIGURE_HEADERS = (
    LABELS.held,
    LABELS.checked,
    LABELS.verified,
    LABELS.verified_held,
    LABELS.rate,
    LABELS.problem_count,
    LABELS.followed_up,
    LABELS.still_open,
)
_FIGURE_WIDTH = 58.0


def period_words(report: EumReport) -> str:
    """ "2025" for a calendar year, else "2025-03-01 – 2025-08-31"."""
    if report.is_calendar_year:
        return str(report.start.year)
    return f"{day(report.start)} – {day(report.end)}"


def _heading(label: Bilingual, style: str = "heading") -> Flowable:
    return paragraph(one_line(label), styles()[style])


def _title(report: EumReport) -> list[Flowable]:
    st = styles()
    # The period after each language's title, not after the Lao alone.
    heads = [f"{LABELS.title.en} {period_words(report)}"]
    if LABELS.title.lo:
        heads.append(f"{LABELS.title.lo} {period_words(report)}")
    lines = [
        f"{one_line(LABELS.period)}: {day(report.start)} – {day(report.end)}",
        f"{one_line(LABELS.as_of)}: {day(report.as_of)}",
        f"{one_line(LABELS.generated)}: {day(report.generated)}",
    ]
    return [*(paragraph(h, st["title"]) for h in heads), *(paragraph(t, st["meta"]) for t in lines)]


def _definitions() -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [_heading(LABELS.definitions, "subheading")]
    for term, text in DEFINITIONS:
        # The document is in English and Lao whatever the interface's language.
        english, lao = text, lookup("lo", "EumReport", text)
        name = Bilingual(term, lookup("lo", "EumReport", term))
        block = [
            paragraph(one_line(name), st["term"]),
            paragraph(clip(english, 1_500, 10, continued()), st["body"]),
        ]
        if lao:
            block.append(paragraph(clip(lao, 1_500, 10, continued()), st["body"]))
        out.append(KeepTogether(block))
    return out


def _summary(report: EumReport) -> list[Flowable]:
    st = styles()
    t = report.totals
    rate = percent(t.rate) if t.rate is not None else "–"
    denominator = translate(
        "EumReport",
        "{verified} of {held} items held at the start were verified (denominator: {held} "
        "items held on {start}).",
    ).format(verified=number(t.verified_held), held=number(t.held), start=day(report.start))
    others = translate(
        "EumReport",
        "{checked} items checked, {verified} verified, {problems} with problems "
        "({followed} followed up by an incident); {results} results recorded.",
    ).format(
        checked=number(t.checked),
        verified=number(t.verified),
        problems=number(t.problems),
        followed=number(t.followed_up),
        results=number(t.results_recorded),
    )
    return [
        _heading(LABELS.summary),
        paragraph(f"{one_line(LABELS.rate_overall)}: {rate}", st["rate"]),
        paragraph(denominator, st["body"]),
        paragraph(others, st["body"]),
        Spacer(1, 3 * mm),
        *_charts(report),
    ]


def _charts(report: EumReport) -> list[Flowable]:
    """The rate by agency and the rate by province, side by side."""
    half = WIDTH / 2 - 6
    left = [_heading(LABELS.rate_chart, "subheading"), *_chart_note(report)]
    left.append(rate_chart(report.by_agency, half))
    right = [_heading(LABELS.rate_province_chart, "subheading")]
    right.append(rate_chart(report.by_province, half))
    table = Table([[left, right]], colWidths=[half + 6, half + 6], hAlign="LEFT")
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [table]


def _chart_note(report: EumReport) -> list[Flowable]:
    held = [g for g in report.by_agency if g.counts.held]
    if len(held) <= CHART_BARS:
        return []
    note = translate("EumReport", "The {shown} agencies with the lowest rates of {count}.")
    text = note.format(shown=number(CHART_BARS), count=number(len(held)))
    return [paragraph(text, styles()["body"])]


def _breakdown(label: Bilingual, column: Bilingual, rows: Any, report: EumReport) -> list[Flowable]:
    name_width = WIDTH - _FIGURE_WIDTH * len(FIGURE_HEADERS)
    body = group_rows(rows, report.totals, one_line(LABELS.total), name_width)
    headers: list[Bilingual | str] = [column, "", *FIGURE_HEADERS]
    widths = [name_width / 2, name_width / 2, *[_FIGURE_WIDTH] * len(FIGURE_HEADERS)]
    return [
        CondPageBreak(50 * mm),
        _heading(label),
        *tables(headers, body, widths, right_from=2, total=True),
    ]


def _site(section: SiteSection) -> list[Flowable]:
    row = section.row
    name = f"{row.name_en} / {row.name_lo}" if row.name_lo else row.name_en
    province = f"{row.province_en} / {row.province_lo}" if row.province_lo else row.province_en
    head = paragraph(f"{name} — {province}" if province else name, styles()["subheading"])
    kinds = [Bilingual(*result_words(r.value)) for r in RESULT_ORDER]
    widths = [_FIGURE_WIDTH] * len(FIGURE_HEADERS)
    summary = tables(FIGURE_HEADERS, [figures(row.counts)], widths, right_from=0)
    by_kind = tables(
        kinds, [[number(n) for n in row.counts.by_result]], [WIDTH / 8] * 8, right_from=0
    )
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        KeepTogether([head, *summary, Spacer(1, 1.5 * mm), *by_kind]),
    ]
    if section.problems:
        out += [Spacer(1, 1.5 * mm), _heading(LABELS.problems, "subheading")]
        w = [70, WIDTH - 70 - 150 - 60 - 55 - 65 - 65 - 90, 150, 60, 55, 65, 65, 90]
        lines = [
            [
                cut(p.asset_tag, w[0]),
                cut(p.description, w[1]),
                cut(p.unit, w[2]),
                result_words(p.result)[0],
                day(p.checked_on),
                p.inspection,
                p.incident or "–",
                cut(outcome_label(p.incident_outcome), w[7]) if p.incident else "",
            ]
            for p in section.problems
        ]
        headers = [
            LABELS.asset_tag,
            LABELS.description,
            LABELS.unit,
            LABELS.result,
            LABELS.date,
            LABELS.inspection,
            LABELS.incident,
            LABELS.status,
        ]
        caption = f"{name} — {one_line(LABELS.problems)}"
        out += tables(headers, lines, w, caption=caption)
    out.append(Spacer(1, 3 * mm))
    return out


def _incidents(report: EumReport) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), _heading(LABELS.incidents)]
    if not report.incidents:
        return [*out, paragraph(one_line(LABELS.none), styles()["body"])]
    w = [65, 55, 70, 110, 110, 60, 0, 70, 120]
    w[6] = WIDTH - sum(w)
    rows = [
        [
            i.number,
            day(i.date),
            cut(i.asset_tag, w[2]),
            cut(i.description, w[3]),
            cut(i.unit, w[4]),
            cut(incident_kind_label(i.kind), w[5]),
            cut(i.place, w[6]),
            cut(i.report_ref, w[7]),
            cut(f"{outcome_label(i.outcome)} {day(i.closed_date)}".strip(), w[8]),
        ]
        for i in report.incidents
    ]
    headers = [
        LABELS.number,
        LABELS.date,
        LABELS.asset_tag,
        LABELS.description,
        LABELS.unit,
        LABELS.kind,
        LABELS.place,
        LABELS.report_ref,
        LABELS.status,
    ]
    return out + tables(headers, rows, w, caption=one_line(LABELS.incidents))


def _disposals(report: EumReport) -> list[Flowable]:
    out: list[Flowable] = [_heading(LABELS.disposals)]
    if not report.disposals:
        return [*out, paragraph(one_line(LABELS.none), styles()["body"])]
    w = [65, 55, 150, 100, 70, 0, 70]
    w[5] = WIDTH - sum(w)
    rows = [
        [
            d.number,
            day(d.date),
            cut(disposal_method_label(d.method), w[2]),
            cut(d.approval_ref, w[3]),
            cut(d.asset_tag, w[4]),
            cut(d.description, w[5]),
            money(d.sale_price) if d.sale_price is not None else "",
        ]
        for d in report.disposals
    ]
    headers = [
        LABELS.number,
        LABELS.date,
        LABELS.method,
        LABELS.approval,
        LABELS.asset_tag,
        LABELS.description,
        LABELS.sale_price,
    ]
    return out + tables(headers, rows, w, right_from=6, caption=one_line(LABELS.disposals))


def _not_checked(report: EumReport) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), _heading(LABELS.not_checked)]
    if not report.not_checked:
        return [*out, paragraph(one_line(LABELS.none), styles()["body"])]
    w = [75, 0, 150, 150, 60, 70, 60]
    w[1] = WIDTH - sum(w)
    never = LABELS.never.en
    rows = [
        [
            cut(n.asset_tag, w[0]),
            cut(n.description, w[1]),
            cut(n.unit, w[2]),
            cut(n.site, w[3]),
            day(n.last_check) or never,
            result_words(n.last_result)[0] if n.last_result else "",
            day(n.held_since),
        ]
        for n in report.not_checked
    ]
    headers = [
        LABELS.asset_tag,
        LABELS.description,
        LABELS.unit,
        LABELS.site,
        LABELS.last_check,
        LABELS.result,
        LABELS.held_since,
    ]
    return out + tables(headers, rows, w, caption=one_line(LABELS.not_checked))


def _footer(report: EumReport) -> Callable[[Canvas, int, int], None]:
    left = f"{LABELS.title.en} {period_words(report)} · {day(report.generated)}"
    page_of = LABELS.page_of

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT_REGULAR, 7)
        canvas.setFillColor(INK)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN + 11, PAGE[0] - MARGIN, MARGIN + 11)
        draw_string(canvas, MARGIN, MARGIN + 2, left)
        right = page_of.en.format(page=page, pages=pages)
        if page_of.lo:
            right = f"{right} / {page_of.lo.format(page=page, pages=pages)}"
        draw_string(canvas, PAGE[0] - MARGIN, MARGIN + 2, right, align="right")
        canvas.restoreState()

    return draw


def story(report: EumReport) -> list[Flowable]:
    """Every flowable of the report, in order."""
    out = [*_title(report), *_summary(report), PageBreak()]
    out += _breakdown(LABELS.by_province, LABELS.province, report.by_province, report)
    out += [CondPageBreak(60 * mm), *_definitions(), PageBreak()]
    out += _breakdown(LABELS.by_agency, LABELS.agency, report.by_agency, report)
    out += [PageBreak(), _heading(LABELS.by_site)]
    for section in report.sites:
        out += _site(section)
    out += _incidents(report) + _disposals(report) + _not_checked(report)
    return out


def build_eum_report_pdf(
    report: EumReport, target: str | Path | BinaryIO | None = None
) -> bytes | None:
    """Lay out the report; write it to `target` (a path or binary stream) or return bytes."""
    out: Any = io.BytesIO() if target is None else target
    bottom = MARGIN + FOOTER_GAP
    full = PAGE[1] - MARGIN - bottom
    frame = Frame(MARGIN, bottom, WIDTH, full, 0, 0, 0, 0, id="body")
    rows = Frame(MARGIN, bottom, WIDTH, full - LIST_HEADER_ROOM, 0, 0, 0, 0, id="rows")

    def list_header(canvas: Canvas, doc: Any) -> None:
        draw_list_header(canvas, doc, MARGIN, bottom + full - LIST_HEADER_ROOM)

    title = f"{LABELS.title.en} {period_words(report)}"
    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        title=title,
        creator="INL Equipment Tracker",
        pageTemplates=[
            PageTemplate("page", [frame]),
            PageTemplate("list", [rows], onPage=list_header),
        ],
    )
    doc.build(story(report), canvasmaker=partial(DeferredCanvas, footer=_footer(report)))
    return out.getvalue() if isinstance(out, io.BytesIO) else None
