"""Export benchmarks: each export against a raw script writing the same rows, same run.

    uv run python bench/bench_exports.py [--items 100000] [--pdf-items 10000] [--repeat 3]
    uv run python bench/bench_exports.py --db demo.sqlite        # reuse a register

1. XLSX of every item (the default visible columns) vs a raw xlsxwriter
   `constant_memory` script writing the same cells with the same types and formats
   (target ≤ 1.2×).
2. RSS growth while the XLSX export runs: peak RSS (sampled every 5 ms) minus RSS
   before, each side in a fresh process (target ≤ 30 MB).
3. CSV of every item vs a raw `csv.writer` loop over the same rows (target ≤ 1.5×).
4. PDF of the first `--pdf-items` items vs a raw ReportLab script: the same rows as
   text, the same merged fonts (plain `TTFont`), landscape A4, 200-row tables with a
   repeated header row, the same column widths; no wrapping, no summary, no page
   count (target ≤ 1.5×).

Both sides start from the same in-memory snapshot; reading it from the database is
timed once, on its own.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inl_equipment.db.schema import open_database
from inl_equipment.services.columns import COLUMN_BY_KEY
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.register import Register
from inl_equipment.services.reports import DEFAULT_COLUMNS, Report, build_report
from inl_equipment.services.search import Query, Snapshot


def make_db(path: Path, items: int) -> None:
    db = open_database("sqlite:///" + str(path))
    with db.write() as session:
        fill_demo(session, items, "bench", seed=2024)
    db.dispose()


def load(db_path: Path) -> Snapshot:
    db = open_database("sqlite:///" + str(db_path))
    try:
        return Register(db, "bench").items.snapshot()
    finally:
        db.dispose()


def report_of(snap: Snapshot, limit: int | None = None) -> Report:
    report = build_report(snap, Query(), DEFAULT_COLUMNS, operator="bench")
    if limit is not None:
        del report.positions[limit:]
    return report


# --- raw scripts ------------------------------------------------------------------------


def raw_cells(snap: Snapshot, positions: list[int]) -> tuple[list[Any], list[str]]:
    """Per column: (kind, getter) as a hand-written script would resolve them."""
    cols = [COLUMN_BY_KEY[k] for k in DEFAULT_COLUMNS]
    getters: list[Any] = []
    for col in cols:
        if col.kind in ("ref", "province"):
            getters.append(("text", lambda r, c=col: snap.value(r, c)))
        elif col.kind in ("status", "condition"):
            getters.append(("text", lambda r, c=col: snap.display(r, c)))
        elif col.kind == "money":
            getters.append(("money", lambda r, i=col.index: r[i]))
        elif col.kind in ("int", "quantity"):
            getters.append(("int", lambda r, i=col.index: r[i]))
        elif col.kind == "date":
            getters.append(("date", lambda r, i=col.index: r[i]))
        else:
            getters.append(("text", lambda r, i=col.index: r[i] or ""))
    return getters, [c.header for c in cols]


def raw_xlsx(snap: Snapshot, positions: list[int], path: Path) -> None:
    import xlsxwriter

    getters, headers = raw_cells(snap, positions)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Inventory")
    money = wb.add_format({"num_format": '"$"#,##0.00'})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    for c, h in enumerate(headers):
        ws.write_string(0, c, h)
    rows = snap.rows
    for r, p in enumerate(positions, 1):
        row = rows[p]
        for c, (kind, get) in enumerate(getters):
            v = get(row)
            if kind == "text":
                if v:
                    ws.write_string(r, c, v)
            elif kind == "int":
                ws.write_number(r, c, v)
            elif v is None:
                continue
            elif kind == "money":
                ws.write_number(r, c, v / 100, money)
            else:
                ws.write_datetime(r, c, date.fromisoformat(v), day)
    wb.close()


def raw_csv(snap: Snapshot, positions: list[int], path: Path) -> None:
    getters, headers = raw_cells(snap, positions)
    rows = snap.rows
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(headers)
        for p in positions:
            row = rows[p]
            out = []
            for kind, get in getters:
                v = get(row)
                if kind == "money":
                    v = "" if v is None else f"{v // 100}.{v % 100:02d}"
                out.append(v)
            w.writerow(out)


def raw_pdf(snap: Snapshot, positions: list[int], path: Path, widths: list[float]) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from inl_equipment.documents import fonts

    for name, source in (("RawSans", fonts.FONT_REGULAR), ("RawSans-Bold", fonts.FONT_BOLD)):
        if name not in pdfmetrics.getRegisteredFontNames():
            merged = fonts._merged_font(source)
            font_file = io.BytesIO(merged) if isinstance(merged, bytes) else str(merged)
            pdfmetrics.registerFont(TTFont(name, font_file))
    cols = [COLUMN_BY_KEY[k] for k in DEFAULT_COLUMNS]
    header = [c.header for c in cols]
    rows = snap.rows
    data = [[snap.display(rows[p], c) for c in cols] for p in positions]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), "RawSans", 6.5, 8),
            ("FONT", (0, 0), (-1, 0), "RawSans-Bold", 6.5, 8),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, "grey"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", "#F7F8FA"]),
            ("ALIGN", (6, 0), (7, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    story = []
    for start in range(0, len(data), 200):
        table = Table([header, *data[start : start + 200]], colWidths=widths, repeatRows=1)
        table.setStyle(style)
        story.append(table)

    def page_number(canvas: Any, doc: Any) -> None:
        canvas.setFont("RawSans", 7)
        canvas.drawRightString(doc.pagesize[0] - 12 * mm, 12 * mm, f"Page {doc.page}")

    margin = 12 * mm
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 7 * mm,
    )
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)


# --- timing -------------------------------------------------------------------------------


def interleaved(
    app: Callable[[], object], raw: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Median times of `app` and `raw`, run in turns so that machine noise hits both."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((app, times[0]), (raw, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def peak_rss_growth(fn: Callable[[], object]) -> int:
    """Peak RSS while `fn` runs, minus RSS before it (bytes)."""
    import psutil

    proc = psutil.Process()
    before = proc.memory_info().rss
    peak = before
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, proc.memory_info().rss)
            time.sleep(0.005)

    thread = threading.Thread(target=sample)
    thread.start()
    try:
        fn()
    finally:
        done.set()
        thread.join()
    return max(peak, proc.memory_info().rss) - before


def memory_child(db_path: str, which: str, out_dir: str) -> None:
    """Run in a fresh process: print the RSS growth of one XLSX export as JSON."""
    from inl_equipment.interchange.exporters import export_report

    snap = load(Path(db_path))
    report = report_of(snap)
    target = Path(out_dir) / f"mem-{which}.xlsx"
    if which == "app":
        run = lambda: export_report(report, target)  # noqa: E731
    else:
        run = lambda: raw_xlsx(snap, report.positions, target)  # noqa: E731
    growth = peak_rss_growth(run)
    # RSS can hide growth in memory freed earlier (reading the register); the Python
    # heap's own peak during the export, measured on a second run, cannot.
    tracemalloc.start()
    run()
    heap_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(json.dumps({"growth": growth, "heap_peak": heap_peak}))


def child_growth(db_path: Path, which: str, out_dir: Path) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, __file__, "--memory-child", which, "--db", str(db_path), str(out_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--pdf-items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="reuse this register (else a sample one)")
    parser.add_argument("--memory-child", choices=("app", "raw"), help=argparse.SUPPRESS)
    parser.add_argument("out_dir", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(str(args.db), args.memory_child, args.out_dir)
        return

    from inl_equipment.documents.fonts import register_fonts
    from inl_equipment.documents.inventory_pdf import MARGIN, PAGE, column_widths
    from inl_equipment.interchange.exporters import export_report, pdf_data

    work = Path(tempfile.mkdtemp(prefix="bench-exports-"))
    db_path = args.db
    if db_path is None:
        db_path = work / "demo.sqlite"
        start = time.perf_counter()
        make_db(db_path, args.items)
        print(f"sample register: {args.items:,} items in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    snap = load(db_path)
    print(f"snapshot read: {len(snap):,} items in {time.perf_counter() - start:.2f} s")
    report = report_of(snap)
    positions = report.positions
    register_fonts()
    results: list[tuple[str, float, float, str]] = []

    def compare(
        name: str, app: Callable[[], object], raw: Callable[[], object], target: str
    ) -> None:
        app()  # warm-up: imports, font loading
        raw()
        t_app, t_raw = interleaved(app, raw, args.repeat)
        results.append((name, t_app, t_raw, target))
        print(
            f"{name}: app {t_app:.2f} s, raw {t_raw:.2f} s, ratio {t_app / t_raw:.2f}× ({target})"
        )

    compare(
        f"XLSX {len(positions):,} items",
        lambda: export_report(report, work / "app.xlsx"),
        lambda: raw_xlsx(snap, positions, work / "raw.xlsx"),
        "≤ 1.2×",
    )
    compare(
        f"CSV {len(positions):,} items",
        lambda: export_report(report, work / "app.csv"),
        lambda: raw_csv(snap, positions, work / "raw.csv"),
        "≤ 1.5×",
    )
    small = report_of(snap, args.pdf_items)
    widths = column_widths(pdf_data(small).columns, PAGE[0] - 2 * MARGIN)
    compare(
        f"PDF {len(small):,} items",
        lambda: export_report(small, work / "app.pdf"),
        lambda: raw_pdf(snap, small.positions, work / "raw.pdf", widths),
        "≤ 1.5×",
    )
    app_mem, raw_mem = child_growth(db_path, "app", work), child_growth(db_path, "raw", work)
    mb = 2**20
    print(
        f"XLSX export memory: RSS growth app {app_mem['growth'] / mb:.1f} MB, raw "
        f"{raw_mem['growth'] / mb:.1f} MB (≤ 30 MB); Python heap peak app "
        f"{app_mem['heap_peak'] / mb:.1f} MB, raw {raw_mem['heap_peak'] / mb:.1f} MB"
    )
    for name in ("app.pdf", "raw.pdf", "app.xlsx", "raw.xlsx", "app.csv", "raw.csv"):
        size = os.path.getsize(work / name)
        print(f"  {name}: {size / 2**20:.1f} MB")
    print(f"files in {work}")


if __name__ == "__main__":
    main()
