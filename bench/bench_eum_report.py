"""EUM report benchmarks at 100,000 items: computing it, and its XLSX and PDF against raw scripts.

    uv run python bench/bench_eum_report.py [--items 100000] [--repeat 3]
    uv run python bench/bench_eum_report.py --db demo.sqlite        # reuse a register

1. `build_eum_report` for one calendar year (a few grouped reads, one pass).
2. The XLSX (`write_eum_report_xlsx`) vs a raw xlsxwriter `constant_memory` script
   writing the same rows of the same six sheets with the same cell types (target ≤ 1.5×).
3. The PDF (`build_eum_report_pdf`) vs a raw ReportLab script: the same rows as
   text, the same merged fonts (plain `TTFont`), landscape A4, 200-row tables with a
   repeated header row; no chart, no Lao shaping, no page count (target ≤ 1.5×).

The sample data's own checks (two years, made by `demo`) are used; a register with
none gets bulk results first (`--add-checks`), so that the report has rows to write.
Both sides of each comparison start from the same `EumReport` in memory.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inl_equipment.db.schema import open_database
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.eum_report import build_eum_report
from inl_equipment.services.eum_report_data import RESULT_ORDER, EumReport

TODAY = date.today()


def make_db(path: Path, items: int) -> None:
    """A sample register of `items` items (with the sample data's checks)."""
    db = open_database("sqlite:///" + str(path))
    with db.write() as session:
        fill_demo(session, items, "bench", seed=2024, today=TODAY)
    db.dispose()


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The median wall time of `repeat` runs of `fn`, and its last result."""
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def figure_row(c: Any) -> list[Any]:
    """The figures of one breakdown row, as the raw script writes them."""
    rate = c.rate / 10_000 if c.rate is not None else None
    head = [c.held, c.checked, c.verified, c.verified_held, rate]
    return [*head, c.problems, c.followed_up, c.still_open, c.results_recorded, *c.by_result]


def sheets(report: EumReport) -> dict[str, list[list[Any]]]:
    """The rows of the six sheets, as a hand-written script would gather them."""
    agency = [[g.name_en, g.name_lo, *figure_row(g.counts)] for g in report.by_agency]
    site = [
        [
            s.row.name_en,
            s.row.name_lo,
            s.row.province_en,
            s.row.province_lo,
            *figure_row(s.row.counts),
        ]
        for s in report.sites
    ]
    province = [[g.name_en, g.name_lo, *figure_row(g.counts)] for g in report.by_province]
    incidents = [
        [i.number, i.date, i.asset_tag, i.description, i.unit, i.kind, i.place, i.report_ref,
         i.outcome, i.closed_date]
        for i in report.incidents
    ]  # fmt: skip
    disposals = [
        [d.number, d.date, d.method, d.detail, d.approval_ref, d.asset_tag, d.description,
         d.sale_price]
        for d in report.disposals
    ]  # fmt: skip
    late = [
        [n.asset_tag, n.description, n.unit, n.site, n.last_check, n.last_result, n.held_since]
        for n in report.not_checked
    ]
    return {
        "Summary": [["EUM"], *province],
        "By agency": agency,
        "By site": site,
        "Incidents": incidents,
        "Disposals": disposals,
        "Not checked": late,
    }


def raw_xlsx(report: EumReport, path: Path) -> None:
    """The same rows through xlsxwriter directly."""
    from decimal import Decimal

    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    money = book.add_format({"num_format": "#,##0.00"})
    for name, rows in sheets(report).items():
        ws = book.add_worksheet(name)
        ws.write_string(0, 0, name)
        for r, row in enumerate(rows, 1):
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                if isinstance(v, str):
                    ws.write_string(r, c, v)
                elif isinstance(v, Decimal):
                    ws.write_number(r, c, float(v), money)
                elif isinstance(v, int | float):
                    ws.write_number(r, c, v)
                else:
                    ws.write_datetime(r, c, v, day)
    book.close()


def raw_pdf(report: EumReport, path: Path) -> None:
    """The same rows as text tables through ReportLab, the same fonts, no extras."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    from inl_equipment.documents.font_files import merged_font

    for name in ("RawSans", "RawSans-Bold"):
        if name not in pdfmetrics.getRegisteredFontNames():
            source = merged_font("INLSans" if name == "RawSans" else "INLSans-Bold")
            pdfmetrics.registerFont(TTFont(name, source))
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), "RawSans", 7, 9.5),
            ("FONT", (0, 0), (-1, 0), "RawSans-Bold", 7, 9.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#B5BEC8"),
        ]
    )
    story: list[Any] = []
    problems = [
        [p.asset_tag, p.description, p.unit, p.result, p.checked_on, p.inspection, p.incident,
         p.incident_outcome]
        for section in report.sites
        for p in section.problems
    ]  # fmt: skip
    for name, rows in [*sheets(report).items(), ("Problems", problems)]:
        text = [[("" if v is None else str(v))[:60] for v in row] for row in rows]
        width = max((len(r) for r in text), default=1)
        for i in range(0, max(len(text), 1), 200):
            chunk = [
                [name, *[""] * (width - 1)],
                *[r + [""] * (width - len(r)) for r in text[i : i + 200]],
            ]
            table = Table(chunk, repeatRows=1, hAlign="LEFT")
            table.setStyle(style)
            story.append(table)
        story.append(PageBreak())
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=19 * mm,
    )
    doc.build(story)


def main() -> None:
    """Run the benchmarks and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--year", type=int, default=TODAY.year - 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = args.db or folder / "bench.sqlite"
        if args.db is None:
            t = time.perf_counter()
            make_db(path, args.items)
            print(f"sample register of {args.items:,} items: {time.perf_counter() - t:.1f} s")
        db = open_database("sqlite:///" + str(path))
        start, end = date(args.year, 1, 1), date(args.year, 12, 31)

        def build() -> EumReport:
            with db.read() as s:
                return build_eum_report(s, start, end, TODAY)

        t_build, report = timed(build, args.repeat)
        t = report.totals
        print(
            f"report {args.year}: held {t.held:,}, checked {t.checked:,}, verified {t.verified:,},"
            f" results {t.results_recorded:,}, sites {len(report.sites)}, incidents"
            f" {len(report.incidents):,}, disposals {len(report.disposals):,}, not checked"
            f" {len(report.not_checked):,}"
        )
        kinds = dict(zip([r.value for r in RESULT_ORDER], t.by_result, strict=True))
        print(f"latest results by kind: {kinds}")
        print(f"build_eum_report: {t_build:.3f} s")
        compare(report, folder, args.repeat)
        db.dispose()


def compare(report: EumReport, folder: Path, repeat: int) -> None:
    """App vs raw for the XLSX and the PDF; prints times and ratios."""
    from inl_equipment.documents.eum_report_pdf import build_eum_report_pdf
    from inl_equipment.interchange.eum_report_xlsx import write_eum_report_xlsx

    app_x, _ = timed(lambda: write_eum_report_xlsx(report, folder / "app.xlsx"), repeat)
    raw_x, _ = timed(lambda: raw_xlsx(report, folder / "raw.xlsx"), repeat)
    print(
        f"XLSX: app {app_x:.3f} s, raw {raw_x:.3f} s, ratio {app_x / raw_x:.2f}x (target <= 1.5x)"
    )
    build_eum_report_pdf(report, folder / "warm.pdf")  # fonts merged and registered once
    raw_pdf(report, folder / "warm-raw.pdf")
    app_p, _ = timed(lambda: build_eum_report_pdf(report, folder / "app.pdf"), repeat)
    raw_p, _ = timed(lambda: raw_pdf(report, folder / "raw.pdf"), repeat)
    size = (folder / "app.pdf").stat().st_size / 1e6
    print(
        f"PDF: app {app_p:.3f} s ({size:.1f} MB), raw {raw_p:.3f} s,"
        f" ratio {app_p / raw_p:.2f}x (target <= 1.5x)"
    )


if __name__ == "__main__":
    main()
