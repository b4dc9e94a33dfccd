"""Dashboard benchmark at 100,000 items: its figures against a raw SQL GROUP BY, and its paint.

    uv run python bench/bench_dashboard.py [--db PATH] [--items 100000] [--repeat 5]

1. Figures. Ours: `dashboard_figures.compute` over the register's rows (the
   snapshot the register window already holds) plus `record_figures` (the
   receipt and incident counts, read from the file). The baseline: one raw
   SQL query grouping the items by status, holder and site with every check
   state summed in the same pass (the next check date worked out by SQLite's
   `date()` from the same dates and intervals), plus the same record reads.
   Target: at most 0.5 times.
2. Paint. Offscreen, with the 100,000-row register window shown: the time
   from View → Dashboard to the dashboard painted, and from a change of one
   item to the figures shown again. Target: painted within 300 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inl_equipment.db.schema import open_database
from inl_equipment.services.dashboard_figures import compute
from inl_equipment.services.dashboard_records import record_figures
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.search import Snapshot

RAW_FIGURES = """
WITH rows AS (
  SELECT i.status AS status, i.holder_agency_id AS holder, i.location_id AS site,
         i.quantity * i.unit_value AS cents, c.last_date AS last_date,
         c.last_result AS last_result, c.not_seen_run AS not_seen,
         CASE WHEN i.status IN ('lost', 'stolen', 'disposed', 'destroyed', 'merged') THEN NULL
         ELSE date(coalesce(c.last_date,
                            (SELECT max(h.date) FROM handovers h
                               JOIN handover_lines l ON l.handover_id = h.id
                              WHERE l.item_id = i.id AND h.status = 'issued'),
                            i.acquisition_date, substr(i.created_at, 1, 10)),
                   '+' || min(coalesce(k.check_interval_months, :months), 24) || ' months')
         END AS due,
         i.status IN ('lost', 'stolen', 'disposed', 'destroyed', 'merged') AS retired
    FROM items i
    JOIN categories k ON k.id = i.category_id
    LEFT JOIN item_checks c ON c.item_id = i.id
)
SELECT status, holder, site, count(*), sum(cents),
       sum(due <= :soon), sum(due < :today),
       sum(coalesce(not_seen, 0) >= 2 AND NOT retired),
       sum(last_date IS NULL AND NOT retired),
       sum(last_result IN ('in_use', 'in_storage') AND last_date >= :jan1),
       sum(holder IS NOT NULL AND NOT retired
           AND NOT (coalesce(last_result IN ('in_use', 'in_storage'), 0)
                    AND last_date >= :jan1))
  FROM rows GROUP BY status, holder, site
"""


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def raw_figures(path: Path, today: date) -> tuple[int, int]:
    """The baseline: every item figure from one grouped query (and the record reads)."""
    con = sqlite3.connect(path)
    try:
        params = {
            "months": 12,
            "soon": (today + timedelta(days=30)).isoformat(),
            "today": today.isoformat(),
            "jan1": date(today.year, 1, 1).isoformat(),
        }
        rows = con.execute(RAW_FIGURES, params).fetchall()
        con.execute(
            "SELECT strftime('%Y', date), count(*), sum(item_count), sum(total_value)"
            " FROM handovers WHERE kind = 'handover' AND status = 'issued' GROUP BY 1"
        ).fetchall()
        con.execute(
            "SELECT count(*) FROM handovers h WHERE status = 'issued' AND NOT EXISTS"
            " (SELECT 1 FROM attachments a WHERE a.handover_id = h.id)"
        ).fetchone()
        con.execute("SELECT count(*) FROM incidents WHERE outcome = ''").fetchone()
    finally:
        con.close()
    return sum(r[3] for r in rows), sum(r[6] or 0 for r in rows)


def figures_ratio(path: Path, today: date, repeat: int) -> None:
    db = open_database("sqlite:///" + str(path))
    with db.read() as s:
        snap = Snapshot.load(s.connection())

    def ours() -> tuple[int, int]:
        figures = compute(snap, today)
        with db.read() as s:
            record_figures(s, today)
        overdue = next(f.count for f in figures.checks if f.key == "overdue")
        return figures.total.count, overdue

    ours(), raw_figures(path, today)  # warm both caches
    print(f"figures, ours: items and overdue {ours()}; raw SQL: {raw_figures(path, today)}")
    app = median_ms(ours, repeat)
    raw = median_ms(lambda: raw_figures(path, today), repeat)
    print(
        f"dashboard figures at {len(snap.rows):,} items: ours {app:.0f} ms |"
        f" raw SQL GROUP BY {raw:.0f} ms | ratio {app / raw:.2f}x (target <= 0.5)"
    )
    db.dispose()


def paint_times(path: Path, repeat: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inl_equipment.app import create_main_window, setup_application
    from inl_equipment.services.columns import R

    app = QApplication.instance() or QApplication([])
    setup_application(app, language="en")  # type: ignore[arg-type]
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = create_main_window(str(path), settings, operator="bench")
    window.show()
    window.view.ensure_complete()  # type: ignore[union-attr]
    app.processEvents()
    feature = window.features["dashboard"]  # type: ignore[union-attr]
    opened = []
    for _ in range(repeat):
        start = time.perf_counter()
        dashboard = feature.show_dashboard()
        dashboard.repaint()
        opened.append((time.perf_counter() - start) * 1000)
        dashboard.close()
        app.processEvents()
    dashboard = feature.show_dashboard()
    item = window.view.model.snapshot.rows[0][R["id"]]  # type: ignore[union-attr]
    record = window.register.items.get(item)  # type: ignore[union-attr]
    refreshed = []
    for n in range(repeat):
        changed = dataclasses.replace(record.values, notes=f"bench {n}")
        window.register.items.update(item, changed)  # type: ignore[union-attr]
        app.processEvents()  # the register window reads the item again
        start = time.perf_counter()
        dashboard.refresh()
        dashboard.repaint()
        refreshed.append((time.perf_counter() - start) * 1000)
    print(
        f"dashboard painted: opened {statistics.median(opened):.0f} ms,"
        f" after a change {statistics.median(refreshed):.0f} ms (target <= 300)"
    )
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.sqlite"
    if args.db is not None:
        shutil.copyfile(args.db, path)  # a copy: the paint run edits an item
    else:
        db = open_database("sqlite:///" + str(path))
        with db.write() as s:
            fill_demo(s, args.items, "bench", seed=1)
        db.dispose()
    today = date.today()
    figures_ratio(path, today, args.repeat)
    paint_times(path, args.repeat)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
