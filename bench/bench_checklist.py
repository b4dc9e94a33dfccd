"""Field checklist benchmark: the checklist PDF, and importing a filled checklist sheet.

    uv run python bench/bench_checklist.py [--items 500] [--rows 2000] [--repeat 5]

PDF: `build_checklist_pdf` of an N-item checklist against a bare ReportLab script
laying out the same table (same merged fonts, Paragraph cells, the same QR code
flowable per row, an empty cell per result) with no heading, blank rows,
signatures, tick boxes or page furniture. Target: at most 1.5 times.

Import: reading a filled checklist of N rows (`read_filled_checklist`), planning
it (`plan_inspection`) and recording it (`register.monitoring.record_inspection`),
against one sqlite3 `executemany` of the same result rows into a copy of the same
register, in one transaction. Target: at most 20 times.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import io
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from sqlalchemy import select, update

from inl_equipment.db.models import RETIRED_STATUSES, Item
from inl_equipment.db.schema import open_database
from inl_equipment.documents import fonts
from inl_equipment.documents.checklist_data import ChecklistData, ChecklistRow
from inl_equipment.documents.checklist_pdf import build_checklist_pdf
from inl_equipment.documents.qr_code import QRCodeFlowable
from inl_equipment.interchange import checklist_layout as lay
from inl_equipment.interchange.checklist_xlsx import (
    plan_inspection,
    read_filled_checklist,
    write_checklist_xlsx,
)
from inl_equipment.services.checklists import build_checklist, result_table
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.register import Register

DESCRIPTIONS = (
    "Double-cab pickup truck",
    "Hand-held radio ວິທະຍຸສື່ສານ",
    "Under-vehicle search mirror with light",
    "Narcotics field test reagent pouches",
)


def make_checklist(count: int) -> ChecklistData:
    rows = [
        ChecklistRow(
            n,
            f"INL-25-{n:06d}",
            f"SN{n:08d}",
            DESCRIPTIONS[n % len(DESCRIPTIONS)],
            "Counter-Narcotics Unit",
            datetime.date(2025, 5, 1) if n % 3 else None,
            "in_use" if n % 3 else "",
            "In use" if n % 3 else "",
        )
        for n in range(1, count + 1)
    ]
    return ChecklistData(
        checklist_id="0" * 32,
        location_id=1,
        site_en="Dansavanh border checkpoint",
        site_lo="ດ່ານສາກົນແດນສະຫວັນ",
        province_en="Savannakhet",
        province_lo="ສະຫວັນນະເຂດ",
        issued=datetime.date(2026, 12, 1),
        operator="bench",
        units=["Counter-Narcotics Unit"],
        rows=rows,
        results=result_table(),
    )


def bare_pdf(data: ChecklistData) -> bytes:
    """The same item table in plain ReportLab: fonts, paragraphs, the same QR codes."""
    base = {"fontName": fonts.FONT_REGULAR, "fontSize": 7, "leading": 9.7}
    cell = ParagraphStyle("bare", **base)
    lao = ParagraphStyle("bare-lao", shaping=1, **base)
    head = ParagraphStyle("bare-head", fontName=fonts.FONT_BOLD, fontSize=6.5, leading=9, shaping=1)

    def para(text: str) -> Paragraph:
        return Paragraph(text, lao if fonts.has_lao(text) else cell)

    titles = ["No.", "Code", "Asset tag", "Serial", "Description", "Holder", "Last result"]
    rows = [[Paragraph(t, head) for t in [*titles, *(r.english for r in data.results), "Remarks"]]]
    for n, r in enumerate(data.rows, 1):
        texts = (r.asset_tag, r.serial_number, r.description, r.holder, r.last_result_words)
        rows.append(
            [para(str(n)), QRCodeFlowable(r.asset_tag, 11 * mm), *map(para, texts)]
            + [""] * (len(data.results) + 1)
        )
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=28, rightMargin=28)
    widths = [18, 36, 66, 66, 0, 64, 60, *[28] * len(data.results), 90]
    widths[4] = doc.width - 12 - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.4, "grey"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        )
    )
    doc.build([table])
    return out.getvalue()


def median(
    run: Callable[[], object], repeat: int, before: Callable[[], None] | None = None
) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_pdf(count: int, repeat: int) -> None:
    fonts.register_fonts()
    data = make_checklist(count)
    build_checklist_pdf([data])  # warm caches for both
    bare_pdf(data)
    ours = median(lambda: build_checklist_pdf([data]), repeat)
    bare = median(lambda: bare_pdf(data), repeat)
    print(
        f"checklist PDF, {count} items: ours {ours * 1000:.0f} ms | bare ReportLab"
        f" {bare * 1000:.0f} ms | ratio {ours / bare:.2f}x (target <= 1.5)"
    )


def _register(folder: Path, rows: int) -> tuple[Path, int]:
    """A demo register with `rows` items moved to one site; (its path, the site)."""
    path = folder / "register.db"
    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, rows + 200, "bench", seed=3)
        site = s.scalar(select(Item.location_id).limit(1))
        live = select(Item.id).where(Item.status.not_in([x.value for x in RETIRED_STATUSES]))
        ids = list(s.scalars(live.limit(rows)))
        s.execute(update(Item).where(Item.id.in_(ids)).values(location_id=site))
    db.dispose()
    return path, int(site or 0)


def _filled_sheet(db_path: Path, site: int, target: Path) -> list[int]:
    db = open_database("sqlite:///" + str(db_path))
    with db.read() as s:
        data = build_checklist(s, site, datetime.date.today() - datetime.timedelta(days=1))
    db.dispose()
    write_checklist_xlsx(data, target)
    wb = openpyxl.load_workbook(target)
    ws = wb[lay.SHEET]
    for n in range(len(data.rows)):
        ws.cell(lay.HEADER_ROW + 2 + n, lay.RESULT + 1).value = "In use"
    wb.save(target)
    return [r.item_id for r in data.rows]


def bench_import(rows: int, repeat: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="inl-bench-"))
    try:
        master, site = _register(folder, rows)
        sheet = folder / "filled.xlsx"
        item_ids = _filled_sheet(master, site, sheet)
        work = folder / "work.db"

        # One engine for every run, as the app keeps one: its compiled statements stay
        # cached; between runs its connections are closed and the file replaced.
        shutil.copyfile(master, work)
        db = open_database("sqlite:///" + str(work))

        def fresh() -> None:
            db.dispose()
            shutil.copyfile(master, work)

        phases: dict[str, list[float]] = {"read": [], "plan": [], "record": []}

        register = Register(db, "bench")

        def ours() -> None:
            start = time.perf_counter()
            filled = read_filled_checklist(sheet)
            read = time.perf_counter()
            with db.read() as s:
                plan = plan_inspection(s, filled, datetime.date.today())
            planned = time.perf_counter()
            assert not plan.problems, plan.problems[:3]
            register.monitoring.record_inspection(plan.to_input())
            phases["read"].append(read - start)
            phases["plan"].append(planned - read)
            phases["record"].append(time.perf_counter() - planned)

        def raw_rows(con: sqlite3.Connection) -> None:
            cur = con.execute(
                "INSERT INTO inspections (number, date, location_id, inspectors, method, remark,"
                " operator, created_at) VALUES ('EU-X', '2026-12-01', ?, '', 'on_site', '', 'b',"
                " '2026-12-01 00:00:00')",
                (site,),
            )
            inspection = cur.lastrowid
            con.executemany(
                "INSERT INTO inspection_results (inspection_id, item_id, result, condition,"
                " intended_use, remark, unexpected) VALUES (?, ?, 'in_use', '', 'unknown', '', 0)",
                [(inspection, i) for i in item_ids],
            )

        def raw() -> None:
            con = sqlite3.connect(work, isolation_level=None)
            con.execute("BEGIN")
            raw_rows(con)
            con.execute("COMMIT")
            con.close()

        def raw_all() -> None:
            """Everything the app writes, by hand: results, items, latest checks, history, seals."""
            con = sqlite3.connect(work, isolation_level=None)
            con.execute("BEGIN IMMEDIATE")
            raw_rows(con)
            now = "2026-12-01 00:00:00"
            con.executemany(
                "UPDATE items SET status = status, condition = condition, updated_at = ?"
                " WHERE id = ?",
                [(now, i) for i in item_ids],
            )
            con.executemany(
                "INSERT OR REPLACE INTO item_checks (item_id, last_date, last_result,"
                " last_inspection_id, not_seen_run) VALUES (?, '2026-12-01', 'in_use', 1, 0)",
                [(i,) for i in item_ids],
            )
            prev, events = "0" * 64, []
            for i in item_ids:
                changes = json.dumps({"inspection": "EU-X", "result": "in_use"}, sort_keys=True)
                h = hashlib.sha256(f"{prev}|{now}|b|item|{i}|check|{changes}".encode()).hexdigest()
                events.append((now, "b", "item", i, "check", changes, prev, h))
                prev = h
            con.executemany(
                "INSERT INTO audit_events (at, operator, entity_type, entity_id, action, changes,"
                " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                events,
            )
            marks = ",".join("?" * len(item_ids))
            con.execute(
                f"DELETE FROM audit_anchors WHERE kind = 'item' AND ref_id IN ({marks})", item_ids
            )
            rows = con.execute(f"SELECT * FROM items WHERE id IN ({marks})", item_ids)
            seals = [
                ("item", row[0], 0, prev, hashlib.sha256(repr(row).encode()).hexdigest())
                for row in rows
            ]
            con.executemany(
                "INSERT INTO audit_anchors (kind, ref_id, events, event_hash, state_hash)"
                " VALUES (?, ?, ?, ?, ?)",
                seals,
            )
            con.execute("COMMIT")
            con.close()

        ours()  # the first run compiles the statements, as the app's first import would
        mine = median(ours, repeat, fresh)
        base = median(raw, repeat, fresh)
        whole = median(raw_all, repeat, fresh)
        print(
            f"checklist import, {len(item_ids)} rows: ours {mine * 1000:.0f} ms | raw executemany"
            f" {base * 1000:.1f} ms | ratio {mine / base:.1f}x (target <= 20)"
        )
        print(
            f"  against a raw script writing all the app writes (results, items, latest checks,"
            f" hash-chained history, seals): {whole * 1000:.0f} ms | ratio {mine / whole:.1f}x"
        )
        parts = ", ".join(f"{k} {statistics.median(v) * 1000:.0f} ms" for k, v in phases.items())
        print(f"  of which (medians): {parts}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    bench_pdf(args.items, args.repeat)
    bench_import(args.rows, args.repeat)


if __name__ == "__main__":
    main()
