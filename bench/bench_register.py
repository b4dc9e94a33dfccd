"""Register benchmarks at 100,000 items: each figure is a ratio to a raw baseline
measured in the same run (these machines are noisy).

    uv run python bench/bench_register.py [--items 100000] [--repeat 5] [--db PATH]

1. open → table painted, vs the floor (same imports, engine, empty main window)
2. search keystroke → table repainted, vs a raw SQL LIKE over all text columns
3. sort by a column → table repainted, vs a raw SELECT … ORDER BY of all rows
4. RSS with the table shown, vs a bare list of row tuples in a plain table model
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
TEXT_COLUMNS = (
    "asset_tag",
    "serial_number",
    "make",
    "model",
    "description",
    "unit",
    "lot_number",
    "vendor",
    "po_number",
    "title_holder",
    "notes",
    "status",
    "condition",
)
KEYSTROKES = (
    "h",
    "hi",
    "hil",
    "hilu",
    "hilux",
    "4",
    "42",
    "426",
    "426t",
    "ສ",
    "ສະ",
    "ສະຫວັນ",
    "inl-2",
    "inl-24-00",
)
SORT_COLUMNS = ("description", "unit_value", "holder", "acquisition_date", "serial_number")


def make_db(path: Path, items: int) -> None:
    from inl_equipment.db.schema import open_database
    from inl_equipment.services.demo import fill_demo

    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, items, "bench")
    db.dispose()


def probe(mode: str, db: Path, settings: Path) -> dict[str, float]:
    # Bytecode cached, as on an officer's machine (the first probe writes it): where
    # PYTHONDONTWRITEBYTECODE is set, each probe compiled every module again, adding
    # the same ~0.7 s to both sides of the ratio.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [
            sys.executable,
            str(HERE / "register_probe.py"),
            mode,
            "sqlite:///" + str(db),
            str(settings),
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_open_and_rss(db: Path, repeat: int, tmp: Path) -> dict[str, float]:
    settings = tmp / "settings.ini"
    app, floor, app_rss, floor_rss = [], [], [], []
    probe("app-open", db, settings)  # warm the OS file cache for both
    for _ in range(repeat):
        floor.append(probe("floor-open", db, settings)["seconds"])
        app.append(probe("app-open", db, settings)["seconds"])
    for _ in range(max(2, repeat // 2)):
        floor_rss.append(probe("floor-rss", db, settings)["rss_mb"])
        app_rss.append(probe("app-rss", db, settings)["rss_mb"])
    return {
        "open_app_ms": median_ms(app),
        "open_floor_ms": median_ms(floor),
        "open_ratio": statistics.median(app) / statistics.median(floor),
        "rss_app_mb": statistics.median(app_rss),
        "rss_floor_mb": statistics.median(floor_rss),
        "rss_ratio": statistics.median(app_rss) / statistics.median(floor_rss),
    }


def bench_in_process(db: Path, repeat: int, tmp: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inl_equipment.app import create_main_window
    from inl_equipment.services.columns import COLUMN_KEYS
    from inl_equipment.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = create_main_window(
        str(db), QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), "bench"
    )
    assert isinstance(window, MainWindow)
    window.resize(1400, 800)
    window.show()
    app.processEvents()
    window.model.snapshot.warm()
    viewport = window.table.viewport()
    con = sqlite3.connect(db)
    where = " OR ".join(f"{c} LIKE ?" for c in TEXT_COLUMNS)

    app_search, raw_search = [], []
    for _ in range(repeat):
        for text in KEYSTROKES:
            t = time.perf_counter()
            con.execute(
                f"SELECT id FROM items WHERE {where}", [f"%{text}%"] * len(TEXT_COLUMNS)
            ).fetchall()
            raw_search.append(time.perf_counter() - t)
            t = time.perf_counter()
            window.filters.search.setText(text)
            viewport.repaint()
            app_search.append(time.perf_counter() - t)
    window.filters.search.setText("")

    app_sort, raw_sort = [], []
    for _ in range(repeat):
        for key in SORT_COLUMNS:
            column = COLUMN_KEYS.index(key)
            window.model.snapshot._perms.clear()  # measure a cold sort, not the cache
            sql_col = {"holder": "holder_agency_id"}.get(key, key)
            t = time.perf_counter()
            con.execute(f"SELECT * FROM items ORDER BY {sql_col}").fetchall()
            raw_sort.append(time.perf_counter() - t)
            t = time.perf_counter()
            window.table.sortByColumn(column, window.table.horizontalHeader().sortIndicatorOrder())
            viewport.repaint()
            app_sort.append(time.perf_counter() - t)
    window.close()
    return {
        "search_app_ms": median_ms(app_search),
        "search_raw_ms": median_ms(raw_search),
        "search_ratio": statistics.median(app_search) / statistics.median(raw_search),
        "search_worst_app_ms": max(app_search) * 1000,
        "sort_app_ms": median_ms(app_sort),
        "sort_raw_ms": median_ms(raw_sort),
        "sort_ratio": statistics.median(app_sort) / statistics.median(raw_sort),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="reuse this database (made if missing)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = args.db or tmp / "bench.sqlite"
        if not db.exists():
            t = time.perf_counter()
            make_db(db, args.items)
            print(f"sample data: {args.items:,} items in {time.perf_counter() - t:.1f} s")
        results = bench_open_and_rss(db, args.repeat, tmp)
        results.update(bench_in_process(db, args.repeat, tmp))
    for key, value in results.items():
        print(f"{key:22s} {value:10.2f}")


if __name__ == "__main__":
    main()
