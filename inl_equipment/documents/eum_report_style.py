"""The look and the bilingual labels of the EUM report PDF.

Headings are bilingual whatever the interface language: English with its
Lao from the Lao catalogue (`labels.Bilingual`, context "EumReportLabels");
a label the catalogue does not translate yet prints in English alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from inl_equipment.documents.labels import Bilingual

PAGE = landscape(A4)
MARGIN = 12 * mm
FOOTER_GAP = 7 * mm
LIST_WIDTH = PAGE[0] - 2 * MARGIN
#: Room at the top of a long list's pages for its caption and column header.
LIST_HEADER_ROOM = 44.0

INK = colors.HexColor("#1B2A3A")
RULE = colors.HexColor("#B5BEC8")
HEADER_FILL = colors.HexColor("#DDE4EC")
TOTAL_FILL = colors.HexColor("#EEF2F6")
BAR_FILL = colors.HexColor("#3A6EA5")
PROBLEM_INK = colors.HexColor("#9A2A1E")


@dataclass(frozen=True)
class EumLabels:
    """Every heading and column title of the report."""

    title: Bilingual = Bilingual.translate("EumReportLabels", "End-Use Monitoring Report")
    period: Bilingual = Bilingual.translate("EumReportLabels", "Period")
    as_of: Bilingual = Bilingual.translate("EumReportLabels", "Figures as of")
    generated: Bilingual = Bilingual.translate("EumReportLabels", "Generated")
    definitions: Bilingual = Bilingual.translate("EumReportLabels", "Definitions")
    summary: Bilingual = Bilingual.translate("EumReportLabels", "Summary")
    rate_overall: Bilingual = Bilingual.translate("EumReportLabels", "Verification rate")
    rate_chart: Bilingual = Bilingual.translate("EumReportLabels", "Verification rate by agency")
    rate_province_chart: Bilingual = Bilingual.translate(
        "EumReportLabels", "Verification rate by province"
    )
    by_agency: Bilingual = Bilingual.translate("EumReportLabels", "By agency")
    by_province: Bilingual = Bilingual.translate("EumReportLabels", "By province")
    by_site: Bilingual = Bilingual.translate("EumReportLabels", "By site")
    incidents: Bilingual = Bilingual.translate("EumReportLabels", "Incidents of the period")
    disposals: Bilingual = Bilingual.translate("EumReportLabels", "Disposals of the period")
    not_checked: Bilingual = Bilingual.translate(
        "EumReportLabels", "Items not checked for more than 24 months"
    )
    problems: Bilingual = Bilingual.translate("EumReportLabels", "Problems found")
    none: Bilingual = Bilingual.translate("EumReportLabels", "None.")

    # Figures.
    agency: Bilingual = Bilingual.translate("EumReportLabels", "Agency")
    province: Bilingual = Bilingual.translate("EumReportLabels", "Province")
    site: Bilingual = Bilingual.translate("EumReportLabels", "Site")
    held: Bilingual = Bilingual.translate("EumReportLabels", "Held at start")
    checked: Bilingual = Bilingual.translate("EumReportLabels", "Checked")
    verified: Bilingual = Bilingual.translate("EumReportLabels", "Verified")
    verified_held: Bilingual = Bilingual.translate("EumReportLabels", "Verified of held")
    rate: Bilingual = Bilingual.translate("EumReportLabels", "Rate")
    problem_count: Bilingual = Bilingual.translate("EumReportLabels", "Problems")
    followed_up: Bilingual = Bilingual.translate("EumReportLabels", "Incident opened")
    still_open: Bilingual = Bilingual.translate("EumReportLabels", "Still open")
    results: Bilingual = Bilingual.translate("EumReportLabels", "Results recorded")
    total: Bilingual = Bilingual.translate("EumReportLabels", "Total")

    # Lines.
    asset_tag: Bilingual = Bilingual.translate("EumReportLabels", "Asset tag")
    description: Bilingual = Bilingual.translate("EumReportLabels", "Description")
    unit: Bilingual = Bilingual.translate("EumReportLabels", "Unit")
    result: Bilingual = Bilingual.translate("EumReportLabels", "Result")
    date: Bilingual = Bilingual.translate("EumReportLabels", "Date")
    inspection: Bilingual = Bilingual.translate("EumReportLabels", "Inspection")
    incident: Bilingual = Bilingual.translate("EumReportLabels", "Incident")
    status: Bilingual = Bilingual.translate("EumReportLabels", "Status")
    number: Bilingual = Bilingual.translate("EumReportLabels", "No.")
    kind: Bilingual = Bilingual.translate("EumReportLabels", "Type")
    place: Bilingual = Bilingual.translate("EumReportLabels", "Where")
    report_ref: Bilingual = Bilingual.translate("EumReportLabels", "Report reference")
    method: Bilingual = Bilingual.translate("EumReportLabels", "Method")
    approval: Bilingual = Bilingual.translate("EumReportLabels", "Approval")
    sale_price: Bilingual = Bilingual.translate("EumReportLabels", "Sale price (USD)")
    last_check: Bilingual = Bilingual.translate("EumReportLabels", "Last check")
    held_since: Bilingual = Bilingual.translate("EumReportLabels", "Held since")
    never: Bilingual = Bilingual.translate("EumReportLabels", "Never")
    page_of: Bilingual = Bilingual.translate("EumReportLabels", "Page {page} of {pages}")


LABELS = EumLabels()


def one_line(label: Bilingual) -> str:
    """English / Lao on one line, or English alone while the Lao is missing."""
    return label.joined() if label.lo else label.en


def two_lines(label: Bilingual) -> str:
    """English above Lao (a column title), or English alone while the Lao is missing."""
    return f"{label.en}\n{label.lo}" if label.lo else label.en


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    kw.setdefault("leading", round(size * 1.45, 1))  # Lao marks above and below
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT_REGULAR, fontSize=size, **kw)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The report's paragraph styles by name (the fonts registered first)."""
    register_fonts()
    return {
        "title": _style("eum-title", 17, True, leading=24, spaceAfter=4),
        "meta": _style("eum-meta", 9, spaceAfter=1),
        "heading": _style("eum-heading", 12, True, spaceBefore=8, spaceAfter=4),
        "subheading": _style("eum-subheading", 9.5, True, spaceBefore=6, spaceAfter=2),
        "body": _style("eum-body", 8),
        "term": _style("eum-term", 8, True),
        "head": _style("eum-head", 7, True, leading=9.5),
        "head_right": _style("eum-head-r", 7, True, leading=9.5, alignment=TA_RIGHT),
        "cell": _style("eum-cell", 7, leading=9.5),
        "caption": _style("eum-caption", 8.5, True, leading=12, spaceAfter=2),
        "rate": _style("eum-rate", 13, True, spaceBefore=2, spaceAfter=2),
    }
