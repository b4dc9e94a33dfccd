"""The start-up check overlaps the first reads, and nothing is written before it passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from inl_equipment.db.opening import DamagedDatabaseError, open_register
from inl_equipment.db.session import Database
from inl_equipment.services.demo import fill_demo


def _register(db: Database) -> str:
    with db.write() as session:
        fill_demo(session, 50, "tester", seed=3)
    url = db.url
    db.dispose()
    return url


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the file (the header stays valid)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xff" * 4096)


def test_a_current_register_opens_with_the_check_still_running(db: Database) -> None:
    url = _register(db)
    opened = open_register(url, "tester", overlap_check=True)
    try:
        assert opened.pending_check is not None  # the caller reads while it runs
        assert opened.db.write_gate is not None
        with opened.db.read() as session:  # reading does not wait
            assert session.connection().exec_driver_sql("select count(*) from items").scalar()
        opened.finish_check()
        assert opened.pending_check is None and opened.db.write_gate is None
    finally:
        opened.close()


def test_a_write_waits_for_the_check(db: Database) -> None:
    url = _register(db)
    opened = open_register(url, "tester", overlap_check=True)
    try:
        with opened.db.write() as session:  # the gate finishes the check first
            session.connection().exec_driver_sql("update items set notes = 'x' where id = 1")
        assert opened.pending_check is None
    finally:
        opened.close()


def test_a_damaged_register_found_late_is_set_aside_and_never_written(
    db: Database, db_path: Path
) -> None:
    url = _register(db)
    _damage(db_path)
    before = db_path.read_bytes()
    opened = open_register(url, "tester", overlap_check=True)
    stopped: list[bool] = []
    with pytest.raises(DamagedDatabaseError) as caught:
        opened.finish_check(before_set_aside=lambda: stopped.append(True))
    assert stopped == [True]
    kept = caught.value.kept_as
    assert kept is not None and kept.read_bytes() == before  # moved aside, unchanged
    assert not db_path.exists()
    assert opened.lock is None  # the lock was given up


def test_a_write_on_a_damaged_register_is_refused_before_anything_is_written(
    db: Database, db_path: Path
) -> None:
    url = _register(db)
    _damage(db_path)
    before = db_path.read_bytes()
    opened = open_register(url, "tester", overlap_check=True)
    with pytest.raises(DamagedDatabaseError), opened.db.write() as session:
        session.connection().exec_driver_sql("update items set notes = 'x'")
    kept = next(db_path.parent.glob("*.damaged-*"))
    assert kept.read_bytes() == before


def test_without_overlap_the_check_runs_first_as_before(db: Database) -> None:
    url = _register(db)
    opened = open_register(url, "tester")
    try:
        assert opened.pending_check is None and opened.db.write_gate is None
    finally:
        opened.close()
