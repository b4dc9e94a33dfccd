"""Import benchmark: 10,000 spreadsheet rows through the importer vs raw sqlite3.

    uv run python bench/bench_import.py [--rows 10000] [--repeat 5]

App: read the CSV, map its columns, parse and validate every row, insert the
items, write one audit event per item and the import record, in one
transaction, into a fresh register holding the sample reference data.
Baseline: the very same item rows (as stored) inserted with one sqlite3
`executemany` into an identical fresh register, in one transaction.
Target: app / baseline <= 20x.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from inl_equipment.db.schema import open_database
from inl_equipment.interchange.import_commit import commit
from inl_equipment.interchange.import_source import initial_mapping, read_source
from inl_equipment.interchange.importer import ImportOptions, prepare
from inl_equipment.services import lao_data
from inl_equipment.services.demo import WAREHOUSE, fill_demo

HEADERS = [
    "Asset Tag", "Description", "Serial Number", "Category", "Manufacturer", "Model",
    "Quantity", "Unit Value", "Funding Source", "Purchase Date", "Supplier", "PO Number",
    "Status", "Holder", "Location", "Condition", "Notes",
]  # fmt: skip


def write_csv(path: Path, rows: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    units = [(f"Counter-Narcotics Unit, {p}", f"CNU office, {p}") for p in lao_data.CNU_PROVINCES]
    first = date(2016, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for n in range(1, rows + 1):
            cat, make, model, desc, cents, prefix, unit, lot = rng.choice(lao_data.EQUIPMENT)
            acquired = first + timedelta(days=rng.randrange(3000))
            handed = rng.random() < 0.7
            holder, place = rng.choice(units) if handed else ("", WAREHOUSE)
            w.writerow(
                [
                    f"BEN-{n:06d}",
                    desc,
                    f"{prefix}{n:010d}" if prefix else "",
                    cat,
                    make,
                    model,
                    "1" if prefix else str(max(lot, 1)),
                    f"${cents // 100:,}.{cents % 100:02d}",
                    rng.choice(lao_data.FUNDING)[0],
                    f"{acquired.month}/{acquired.day}/{acquired.year}",
                    rng.choice(lao_data.VENDORS),
                    f"PO-{acquired.year}-{rng.randrange(1, 9999):04d}",
                    "Handed over" if handed else "In stock",
                    holder,
                    place,
                    rng.choice(("New", "Good", "Fair")),
                    "",
                ]
            )


def fresh_register(path: Path) -> None:
    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, 0, "bench")
    db.dispose()


def run_app(csv_path: Path, db_path: Path) -> dict[str, float]:
    db = open_database("sqlite:///" + str(db_path))
    t0 = time.perf_counter()
    source = read_source(csv_path)
    t1 = time.perf_counter()
    mapping, _ = initial_mapping(source.table.headers, None)
    plan = prepare(db, source, mapping, ImportOptions())
    t2 = time.perf_counter()
    assert plan.blocked is None, plan.blocked
    result = commit(db, "bench", plan)
    t3 = time.perf_counter()
    db.dispose()
    assert result.created == len(source.table.rows), result
    return {"read": t1 - t0, "plan": t2 - t1, "commit": t3 - t2, "total": t3 - t0}


def stored_rows(db_path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    con = sqlite3.connect(db_path)
    cur = con.execute("SELECT * FROM items ORDER BY id")
    cols = [d[0] for d in cur.description if d[0] != "id"]
    rows = [r[1:] for r in cur]
    con.close()
    return cols, rows


def run_baseline(db_path: Path, cols: list[str], rows: list[tuple[object, ...]]) -> float:
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA synchronous = FULL")  # what the app's connections use
    sql = f"INSERT INTO items ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    t0 = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(sql, rows)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        csv_path = tmp / "items.csv"
        write_csv(csv_path, args.rows)
        app: list[dict[str, float]] = []
        base: list[float] = []
        for i in range(args.repeat):
            a, b = tmp / f"app{i}.sqlite", tmp / f"base{i}.sqlite"
            fresh_register(a)
            fresh_register(b)
            app.append(run_app(csv_path, a))
            cols, rows = stored_rows(a)
            base.append(run_baseline(b, cols, rows))
        med = {k: statistics.median(r[k] for r in app) * 1000 for k in app[0]}
        base_ms = statistics.median(base) * 1000
        print(f"{args.rows:,} rows, {csv_path.stat().st_size / 1e6:.1f} MB CSV, "
              f"medians of {args.repeat}")  # fmt: skip
        print(f"  importer: {med['total']:.0f} ms (read {med['read']:.0f}, parse+validate "
              f"{med['plan']:.0f}, insert+audit+record {med['commit']:.0f})")  # fmt: skip
        print(f"  baseline: {base_ms:.0f} ms (sqlite3 executemany of the same rows)")
        print(f"  ratio:    {med['total'] / base_ms:.1f}x (target <= 20x)")


if __name__ == "__main__":
    main()
