"""Backups in a day of use at 100,000 items: how many are written and the bytes kept.

    uv run python bench/bench_backups.py [--items 100000] [--opens 50] [--every 1] [--keep DIR]

A fixed clock opens the register `--opens` times in one day (every 15
minutes from 07:30), each opening running the app's automatic backup;
after every `--every`-th opening one item is edited. Prints the backups
written, the bytes kept against the budget (10 copies' worth or 2 GB,
whichever is smaller), the time of one backup and of `check`'s history pass.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from inl_equipment.db.backup_budget import DEFAULT_BUDGET, folder_size
from inl_equipment.db.backups import list_backups
from inl_equipment.db.schema import open_database
from inl_equipment.services import items as item_service
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.register import Register

DAY = datetime(2025, 6, 16, 7, 30)


def _day(path: Path, opens: int, every: int) -> tuple[int, list[float]]:
    written, seconds = 0, []
    for k in range(opens):
        register = Register(open_database("sqlite:///" + str(path)), "bench")
        try:
            start = time.perf_counter()
            made = register.safety.back_up_if_changed("open", DAY + timedelta(minutes=15 * k))
            if made is not None:
                written += 1
                seconds.append(time.perf_counter() - start)
            if k % every == 0:
                with register.db.write() as s:
                    values = item_service.get_item(s, 1).values
                    new = dataclasses.replace(values, notes=f"opening {k}")
                    item_service.update_item(s, 1, new, "bench")
        finally:
            register.db.dispose()
    return written, seconds


def main() -> int:
    """Run the day and print what it kept."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--opens", type=int, default=50)
    parser.add_argument("--every", type=int, default=1, help="edit after every N-th opening")
    parser.add_argument("--keep", type=Path, help="work in this folder (default: a temporary one)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-backups-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "register.sqlite"
    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, args.items, "bench", receipts=False)
    start = time.perf_counter()
    with db.read() as s:
        report = verify_history(s)
    check_s = time.perf_counter() - start
    db.dispose()
    written, seconds = _day(path, args.opens, args.every)
    kept = list_backups(path)
    held = folder_size(path)
    limit = DEFAULT_BUDGET.limit(kept[0].size)
    mb = 2**20
    print(f"register: {args.items:,} items, {path.stat().st_size / mb:,.1f} MB")
    print(f"history check: {check_s:.2f} s ({'ok' if report.ok else report.problem})")
    print(f"openings: {args.opens}, backups written: {written}, kept: {len(kept)}")
    print(f"bytes kept: {held.size / mb:,.1f} MB (budget {limit / mb:,.1f} MB)")
    if seconds:
        print(f"one backup: median {sorted(seconds)[len(seconds) // 2]:.2f} s")
    return 0 if held.size <= limit else 1


if __name__ == "__main__":
    sys.exit(main())
