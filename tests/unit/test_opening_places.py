"""Opening a register wherever it lies: any folder name, read-only places, a blocked lock.

The app and the writing commands open through `db.opening.open_register`;
these tests take that path (not the check's) with folder names that URL
parsing would cut ("#", "?", "%"), in a read-only folder holding a crash's
journal, and with a lock path that is not a file when no register exists yet.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from inl_equipment.db.lock import LockUnavailableError
from inl_equipment.db.models import Item
from inl_equipment.db.opening import open_register
from inl_equipment.db.session import resolve_url, sqlite_path
from inl_equipment.interchange.exporters import STALE_TEMP_AGE_S, atomic_output
from inl_equipment.services.demo import fill_demo
from tests.helpers import fault_fs
from tests.unit.test_check_read_only import STATES, _enter, _register

ODD_NAMES = ["INL #2", "why? not", "100% stock", "a?b#c%d", "ລາວ #1"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_new_register_is_made_and_reopened_under_any_folder_name(
    tmp_path: Path, name: str
) -> None:
    folder = tmp_path / name
    folder.mkdir()
    url = resolve_url(str(folder / "register.sqlite"))
    assert sqlite_path(url) == folder / "register.sqlite"
    opened = open_register(url, "tester")
    with opened.db.write() as session:
        fill_demo(session, 7, "tester", seed=1)
    opened.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    for read_only in (False, True):
        again = open_register(url, "tester", read_only=read_only)
        try:
            with again.db.read() as session:
                assert session.scalar(select(func.count()).select_from(Item)) == 7
        finally:
            again.close()


@pytest.mark.parametrize("state", ["hot journal", "pending WAL, no -shm"])
def test_read_only_opening_shows_what_the_next_writer_will_see(tmp_path: Path, state: str) -> None:
    source = tmp_path / "INL #2 ?data"
    expected = STATES[state](_register(source))
    ctx = fault_fs.read_only_view(source, tmp_path / "ro")
    folder = _enter(ctx)
    try:
        opened = open_register(resolve_url(str(folder / "register.sqlite")), "tester")
        try:
            assert opened.read_only
            with opened.db.read() as session:
                marks = session.execute(text("SELECT DISTINCT substr(mark, 1, 4) FROM probe"))
                assert {str(m[0]).strip() for m in marks} == {expected}
        finally:
            opened.close()
    finally:
        ctx.__exit__(None, None, None)


def test_a_new_register_whose_lock_is_blocked_says_why(tmp_path: Path) -> None:
    db = tmp_path / "register.sqlite"
    Path(f"{db}.lock").mkdir()
    with pytest.raises(LockUnavailableError) as refused:
        open_register(resolve_url(str(db)), "tester")
    assert "folder" in str(refused.value) and not db.exists()


def test_a_killed_exports_temporary_file_is_removed_by_the_next_export(tmp_path: Path) -> None:
    old = tmp_path / ".items.xlsx.0badc0de.tmp"
    young = tmp_path / ".items.csv.12345678.tmp"
    somebody_elses = tmp_path / "notes.tmp"
    for p in (old, young, somebody_elses):
        p.write_bytes(b"")
    long_ago = time.time() - STALE_TEMP_AGE_S - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(somebody_elses, (long_ago, long_ago))
    with atomic_output(tmp_path / "report.csv") as tmp:
        tmp.write_text("a,b\n")
    assert not old.exists()
    assert young.exists() and somebody_elses.exists()  # maybe an export running now; not ours
    assert (tmp_path / "report.csv").read_text() == "a,b\n"
