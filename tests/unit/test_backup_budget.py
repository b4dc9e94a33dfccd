"""Backups that fit on a laptop, and what a killed backup leaves is cleaned up.

The class of fault: every opening wrote a full copy and the policy kept every
copy of two days, so ordinary use filled the disk. Tried with a fixed clock:
a day of 50 openings with and without changes between them, budgets by copy
count, by bytes and by free space (a disk that is nearly full, one that is
full), and leftovers of killed copies of every kind SQLite leaves.
The same day on a 100,000-item register is `bench/bench_backups.py`.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from inl_equipment.db.backup import DiskFullError
from inl_equipment.db.backup_budget import (
    DEFAULT_BUDGET,
    DiskBudget,
    back_up_if_changed,
    changed_since_newest_backup,
    enforce_budget,
    folder_size,
)
from inl_equipment.db.backups import backup_dir, list_backups, make_backup, restore_backup
from inl_equipment.db.schema import open_database
from inl_equipment.services import items as item_service
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.register import Register

DAY = datetime(2025, 6, 16, 7, 30)  # a Monday


class Usage(NamedTuple):
    total: int
    used: int
    free: int


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("budget") / "register.sqlite"
    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, 2_000, "t", receipts=False)
    db.dispose()
    return path


@pytest.fixture
def reg(template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(template, tmp_path / "register.sqlite"))


def _open_and_use(path: Path, at: datetime, *, edit: bool) -> Path | None:
    """One opening as the app does it: the automatic backup, then maybe some work."""
    register = Register(open_database("sqlite:///" + str(path)), "op")
    try:
        made = register.safety.back_up_if_changed("open", at)
        if edit:
            with register.db.write() as s:
                values = item_service.get_item(s, 1).values
                text = f"Radio, checked {at:%H:%M}"
                item_service.update_item(s, 1, dataclasses.replace(values, notes=text), "op")
        return made
    finally:
        register.db.dispose()


@pytest.mark.parametrize("every", [1, 2, 5])
def test_fifty_openings_in_a_day_keep_at_most_ten_copies(reg: Path, every: int) -> None:
    made = []
    for k in range(50):
        at = DAY + timedelta(minutes=15 * k)
        made.append(_open_and_use(reg, at, edit=k % every == 0))
    written = [m for m in made if m is not None]
    # A backup only after a change: the first opening, and the one after each edit.
    assert len(written) == 1 + len(range(0, 49, every))
    kept = list_backups(reg)
    size = kept[0].size
    total = folder_size(reg).size
    assert total <= DEFAULT_BUDGET.limit(size) <= 10 * size
    assert len(kept) <= 10
    assert kept[0].path == written[-1]  # the newest is always kept
    # What is kept is spread over the day, not just its last hour.
    assert kept[0].taken_at - kept[-1].taken_at >= timedelta(hours=6) or len(written) <= 10


def test_openings_without_changes_write_nothing(reg: Path) -> None:
    assert _open_and_use(reg, DAY, edit=False) is not None
    for k in range(1, 50):
        assert _open_and_use(reg, DAY + timedelta(minutes=k), edit=False) is None
    assert len(list_backups(reg)) == 1 and not changed_since_newest_backup(reg)


def test_a_manual_backup_is_written_even_without_changes(reg: Path) -> None:
    register = Register(open_database("sqlite:///" + str(reg)), "op")
    try:
        first = register.safety.back_up("manual", DAY)
        second = register.safety.back_up("manual", DAY + timedelta(minutes=1))
        assert first != second and len(register.safety.backups()) == 2
        assert register.safety.backups_size().count == 2
    finally:
        register.db.dispose()


@pytest.mark.parametrize("cap_copies", [2.5, 4.0, 7.3])
def test_the_byte_cap_holds_when_it_is_smaller_than_ten_copies(
    reg: Path, cap_copies: float
) -> None:
    size = reg.stat().st_size
    budget = DiskBudget(max_bytes=int(size * cap_copies))
    for k in range(12):
        _touch(reg, k)
        back_up_if_changed(reg, "open", DAY + timedelta(hours=k), budget=budget)
    kept = list_backups(reg)
    assert sum(b.size for b in kept) <= budget.limit(kept[0].size)
    assert len(kept) >= 1


def test_a_nearly_full_disk_keeps_its_margin(reg: Path) -> None:
    size = reg.stat().st_size
    for k in range(6):
        _touch(reg, k)
        back_up_if_changed(reg, "open", DAY + timedelta(hours=k))
    assert len(list_backups(reg)) == 6
    # A 100-copy disk with room for only ~2 more copies above its 10 % margin.
    total = 100 * size
    tight = Usage(total, total - (10 * size + 2 * size), 10 * size + 2 * size)
    _touch(reg, 99)
    made = back_up_if_changed(reg, "open", DAY + timedelta(hours=7), usage=lambda _p: tight)
    assert made is not None and list_backups(reg)[0].path == made
    # Each backup deleted frees its size: from 8 copies free, two go to get back to 10.
    before = len(list_backups(reg))
    deleted = enforce_budget(reg, usage=lambda _p: Usage(total, total - 8 * size, 8 * size))
    assert len(deleted) in (2, 3) and len(list_backups(reg)) == before - len(deleted)
    # Hopelessly below the margin: only the newest stays.
    enforce_budget(reg, usage=lambda _p: Usage(total, total - size, size))
    assert [b.path for b in list_backups(reg)] == [made]


def test_a_full_disk_refuses_and_keeps_the_newest(reg: Path) -> None:
    _touch(reg, 1)
    good = back_up_if_changed(reg, "open", DAY)
    _touch(reg, 2)
    full = Usage(10**9, 10**9 - 1000, 1000)
    with pytest.raises(DiskFullError, match="not enough free disk space"):
        back_up_if_changed(reg, "open", DAY + timedelta(hours=1), usage=lambda _p: full)
    assert [b.path for b in list_backups(reg)] == [good]
    assert not any(p.name.endswith(".partial") for p in backup_dir(reg).iterdir())


def _touch(path: Path, k: int) -> None:
    db = open_database("sqlite:///" + str(path))
    try:
        with db.write() as s:
            values = item_service.get_item(s, 2).values
            item_service.update_item(s, 2, dataclasses.replace(values, notes=f"n{k}"), "op")
    finally:
        db.dispose()


# --- what a killed backup leaves ---------------------------------------------------------

_KILLED_COPY = (
    "import os, sqlite3, sys\n"
    "con = sqlite3.connect(sys.argv[1])\n"
    "con.execute('CREATE TABLE t (x BLOB)')\n"
    "con.commit()\n"
    "con.execute('PRAGMA cache_size = 2')\n"
    "con.execute('BEGIN')\n"
    "con.executemany('INSERT INTO t VALUES (?)', [(os.urandom(4000),) for _ in range(300)])\n"
    "os._exit(9)\n"  # killed mid-transaction: the copy and its -journal stay
)


def _killed_copy(partial: Path) -> list[Path]:
    subprocess.run([sys.executable, "-c", _KILLED_COPY, str(partial)], timeout=60, check=False)
    left = [p for p in partial.parent.iterdir() if p.name.startswith(partial.name)]
    assert Path(f"{partial}-journal") in left
    return left


def _age(paths: list[Path], seconds: float) -> None:
    then = time.time() - seconds
    for p in paths:
        os.utime(p, (then, then))


@pytest.mark.parametrize("stem", ["register", "other-register"])
def test_a_killed_backup_is_cleaned_on_the_next_run(reg: Path, stem: str) -> None:
    folder = backup_dir(reg)
    folder.mkdir()
    left = _killed_copy(folder / f"{stem}-20250101-090000-open.sqlite.partial")
    for suffix in ("-wal", "-shm"):
        extra = folder / f"{stem}-20250101-090001.sqlite.partial{suffix}"
        extra.write_bytes(b"\x00" * 64)
        left.append(extra)
    _age(left, 3 * 3600)
    young = folder / "register-20250616-070000.sqlite.partial"
    young.write_bytes(b"SQLite format 3\x00")  # may be a copy being written right now

    made = make_backup(reg, "open", DAY)

    assert all(not p.exists() for p in left)
    assert young.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, young.name])
    # A backup file itself and unrelated files are never touched.
    keep = folder / "notes.txt"
    keep.write_text("mine")
    _age([young, keep, made], 3 * 3600)
    make_backup(reg, "open", DAY + timedelta(hours=1))
    assert keep.exists() and made.exists() and not young.exists()


def test_a_killed_restore_leaves_nothing_the_next_restore_trips_on(reg: Path) -> None:
    chosen = make_backup(reg, "", DAY)
    restoring = reg.with_name(reg.name + ".restoring")
    _killed_copy(restoring)
    kept = restore_backup(chosen, reg, DAY + timedelta(hours=1))
    assert kept is not None
    assert not restoring.exists() and not Path(f"{restoring}-journal").exists()
    con = sqlite3.connect(reg)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM items").fetchone() == (2_000,)
    finally:
        con.close()
