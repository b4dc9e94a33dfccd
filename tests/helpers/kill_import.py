"""Kill an import at a random moment and check what is left (a real fault, real files).

Used by tests/integration/test_kill_import.py (20 kills) and stress/kill_import.py (more).
"""

from __future__ import annotations

import csv
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROWS = 10_000
TAG_PREFIX = "KILL-"


def make_template(folder: Path) -> tuple[Path, Path]:
    """A small register with sample reference data, and a 10,000-row CSV to import."""
    from inl_equipment.db.schema import open_database
    from inl_equipment.services.demo import fill_demo

    db_path = folder / "template.sqlite"
    db = open_database("sqlite:///" + str(db_path))
    with db.write() as s:
        fill_demo(s, 50, "op", receipts=False)
    db.dispose()
    sheet = folder / "items.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(
            [
                "Asset Tag",
                "Name",
                "Serial",
                "Category",
                "Manufacturer",
                "Model",
                "Purchase Date",
                "Purchase Cost",
                "Location",
            ]
        )
        for n in range(ROWS):
            out.writerow(
                [
                    f"{TAG_PREFIX}{n:05d}",
                    f"Handheld radio {n}",
                    f"SN{n:08d}",
                    "Radios",
                    "Motorola",
                    "APX 900",
                    "2024-03-15",
                    f"{1825 + n % 100}.50",
                    "INL warehouse, Vientiane",
                ]
            )
    return db_path, sheet


@dataclass
class KillStats:
    """What the kills found."""

    runs: int = 0
    nothing: int = 0
    everything: int = 0
    problems: list[str] = field(default_factory=list)


def check(db_path: Path) -> tuple[str, int, int]:
    """(integrity_check result, imported rows, import records) of a killed register."""
    con = sqlite3.connect(db_path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            integrity = f"foreign_key_check: {fk[:3]}"
        n = con.execute(
            "SELECT count(*) FROM items WHERE asset_tag LIKE ?", (TAG_PREFIX + "%",)
        ).fetchone()[0]
        records = con.execute("SELECT count(*) FROM imports").fetchone()[0]
        return integrity, n, records
    finally:
        con.close()


def kill_once(template: Path, sheet: Path, work: Path, delay: float) -> tuple[str, int, int]:
    db_path = work / "register.sqlite"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, db_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "inl_equipment", "import", str(sheet), "--db", str(db_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return check(db_path)


def run_kills(runs: int, seed: int, folder: Path, max_delay: float = 3.0) -> KillStats:
    template, sheet = make_template(folder)
    rng = random.Random(seed)
    stats = KillStats()
    for _ in range(runs):
        integrity, n, records = kill_once(template, sheet, folder, rng.uniform(0.3, max_delay))
        stats.runs += 1
        if integrity != "ok":
            stats.problems.append(f"integrity: {integrity}")
        if (n, records) == (0, 0):
            stats.nothing += 1
        elif (n, records) == (ROWS, 1):
            stats.everything += 1
        else:
            stats.problems.append(f"partial import: {n} rows, {records} import records")
    return stats
