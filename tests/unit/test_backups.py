"""Backups on real files: consistency under writes, faults, thinning, restore."""

from __future__ import annotations

import errno
import hashlib
import importlib.util
import os
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import text

from inl_equipment.db import backup as backup_module
from inl_equipment.db.backup import BackupError, DiskFullError, integrity_ok
from inl_equipment.db.backups import (
    DEFAULT_POLICY,
    backup_dir,
    backup_due,
    backups_to_keep,
    list_backups,
    make_backup,
    restore_backup,
    thin_backups,
)
from inl_equipment.db.session import Database, resolve_url

HELPERS = Path(__file__).parents[1] / "helpers"
NOW = datetime(2025, 6, 15, 12, 30)  # a Sunday


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_test_helper_{name}", HELPERS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _make_db(path: Path, rows: int = 10, payload: int = 100) -> Path:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    _add_rows(con, range(1, rows + 1), payload)
    con.close()
    return path


def _add_rows(con: sqlite3.Connection, ids: range, payload: int = 100) -> None:
    with con:
        con.executemany(
            "INSERT INTO item (id, name) VALUES (?, ?)", [(i, f"{i:08d}" * payload) for i in ids]
        )


def _append(path: Path, ids: range) -> None:
    con = sqlite3.connect(path)
    try:
        _add_rows(con, ids)
    finally:
        con.close()


def _ids(path: Path) -> list[int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT id FROM item ORDER BY id")]
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


# --- taking and listing backups ----------------------------------------------------------


def test_backup_is_named_dated_and_verified(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=25)
    first = make_backup(db, "Before Import!", NOW)
    second = make_backup(db, "before import", NOW)  # same second: must not overwrite
    plain = make_backup(db, "", NOW + timedelta(hours=1))

    assert first == tmp_path / "backups" / "register-20250615-123000-before-import.sqlite"
    assert second.name == "register-20250615-123000-before-import-2.sqlite"
    assert plain.name == "register-20250615-133000.sqlite"
    assert all(integrity_ok(p) and _ids(p) == list(range(1, 26)) for p in (first, second, plain))
    # A single file that opens on its own: no -wal needed beside it.
    assert not Path(f"{first}-wal").exists()

    listed = list_backups(db)
    assert [b.path for b in listed] == [plain, second, first]
    assert listed[0].taken_at == NOW + timedelta(hours=1) and listed[0].reason is None
    assert listed[-1].reason == "before-import" and listed[-1].size == first.stat().st_size
    # Another register's backups in the same folder are not ours.
    (backup_dir(db) / "other-20250615-123000.sqlite").write_bytes(b"x")
    assert len(list_backups(db)) == 3


def test_backup_during_concurrent_commits_is_a_consistent_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    setup = sqlite3.connect(path)
    setup.executescript(
        "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        "CREATE TABLE audit (item_id INTEGER PRIMARY KEY, digest TEXT NOT NULL);"
    )
    setup.close()
    db = Database(resolve_url(path))  # the app's own engine: WAL, synchronous=FULL
    stop = threading.Event()
    committed = [0]

    def writer() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            name = f"{n:06d}" * 700  # ~4 KB a row, so the file grows by pages
            with db.write() as s:
                s.execute(text("INSERT INTO item (id, name) VALUES (:i, :n)"), {"i": n, "n": name})
                s.execute(
                    text("INSERT INTO audit (item_id, digest) VALUES (:i, :d)"),
                    {"i": n, "d": hashlib.sha256(name.encode()).hexdigest()},
                )
            committed[0] = n
            time.sleep(0.05)

    thread = threading.Thread(target=writer)
    thread.start()
    results = []
    try:
        deadline = time.monotonic() + 1.5
        k = 0
        while time.monotonic() < deadline:
            k += 1
            before = committed[0]
            taken = make_backup(path, f"run-{k}")
            after = committed[0] + 1  # a commit may land between our last look and the copy
            results.append((taken, before, after))
            time.sleep(0.08)
    finally:
        stop.set()
        thread.join()
        db.dispose()

    assert len(results) >= 5
    assert results[-1][1] > results[0][1], "the writer was not running during the backups"
    for taken, before, after in results:
        assert integrity_ok(taken)
        con = sqlite3.connect(taken)
        items = con.execute("SELECT id, name FROM item ORDER BY id").fetchall()
        audit = dict(con.execute("SELECT item_id, digest FROM audit"))
        con.close()
        n = len(items)
        assert before <= n <= after
        # Exactly the first n transactions, each complete: no torn rows or half transactions.
        assert [i for i, _ in items] == list(range(1, n + 1))
        assert set(audit) == set(range(1, n + 1))
        assert all(name == f"{i:06d}" * 700 for i, name in items)
        assert all(audit[i] == hashlib.sha256(name.encode()).hexdigest() for i, name in items)


# --- faults while backing up ---------------------------------------------------------------


def test_backup_failing_half_way_leaves_previous_backup_and_no_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=50)
    good = make_backup(db, "daily", NOW)
    good_digest = _digest(good)
    _append(db, range(51, 60))
    seen_partial: list[str] = []

    def failing_fsync(fd: int) -> None:
        # The copy is fully written and checked by now; the disk fails on flush.
        seen_partial.extend(_leftovers(backup_dir(db)))
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(BackupError, match="could not back up register.sqlite") as failed:
        make_backup(db, "daily", NOW + timedelta(days=1))
    monkeypatch.undo()

    assert not isinstance(failed.value, DiskFullError)
    assert seen_partial == ["register-20250616-123000-daily.sqlite.partial"]
    assert _leftovers(backup_dir(db)) == []
    assert [b.path for b in list_backups(db)] == [good]
    assert _digest(good) == good_digest


def test_backup_into_a_read_only_folder_fails_cleanly(tmp_path: Path) -> None:
    fault_fs = _load("fault_fs")
    db = _make_db(tmp_path / "register.sqlite")
    good = make_backup(db, "", NOW)
    good_digest = _digest(good)
    try:
        view = fault_fs.read_only_view(backup_dir(db), backup_dir(db))
        view.__enter__()
    except fault_fs.MountNotPermitted as exc:
        pytest.skip(f"cannot make a read-only mount here: {exc}")
    try:
        with pytest.raises(BackupError, match="could not back up register.sqlite"):
            make_backup(db, "", NOW + timedelta(days=1))
    finally:
        view.__exit__(None, None, None)
    assert [b.path for b in list_backups(db)] == [good] and _digest(good) == good_digest
    assert _leftovers(backup_dir(db)) == []


def test_disk_full_at_the_rename_keeps_everything_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=40)
    good = make_backup(db, "", NOW)
    db_digest, good_digest = _digest(db), _digest(good)

    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module.os, "replace", full)
    with pytest.raises(DiskFullError, match="not enough free disk space") as failed:
        make_backup(db, "", NOW + timedelta(days=1))
    monkeypatch.undo()

    assert isinstance(failed.value, BackupError)
    assert "previous backups are unchanged" in str(failed.value)
    assert _digest(db) == db_digest and _digest(good) == good_digest
    assert [b.path for b in list_backups(db)] == [good]
    assert _leftovers(backup_dir(db)) == []


def test_disk_full_for_real_on_a_tiny_file_system(tmp_path: Path) -> None:
    fault_fs = _load("fault_fs")
    db = _make_db(tmp_path / "register.sqlite", rows=20)
    try:
        mount = fault_fs.tiny_tmpfs(backup_dir(db), "1M")
        mount.__enter__()
    except fault_fs.MountNotPermitted as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        good = make_backup(db, "", NOW)
        good_digest = _digest(good)
        _append(db, range(21, 3000))  # ~2.4 MB: cannot fit in 1 MB
        db_digest = _digest(db)
        with pytest.raises(DiskFullError, match="not enough free disk space"):
            make_backup(db, "", NOW + timedelta(days=1))
        assert [b.path for b in list_backups(db)] == [good] and _digest(good) == good_digest
        assert _leftovers(backup_dir(db)) == []
        assert _digest(db) == db_digest
    finally:
        mount.__exit__(None, None, None)


def test_partial_left_by_a_killed_backup_is_ignored_then_cleaned(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite")
    folder = backup_dir(db)
    folder.mkdir()
    stale = folder / "register-20250101-090000.sqlite.partial"
    stale.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    assert list_backups(db) == []
    make_backup(db, "", NOW)
    assert not stale.exists()


# --- thinning --------------------------------------------------------------------------------


def test_policy_over_a_year_of_hourly_backups() -> None:
    start = datetime(2024, 6, 1)
    times = [
        start + timedelta(hours=h) for h in range(int((NOW - start).total_seconds() // 3600) + 1)
    ]
    assert times[-1] == datetime(2025, 6, 15, 12, 0)

    expected = set()
    # Last 2 days (newer than 2025-06-13 12:30): every hourly backup.
    expected |= {datetime(2025, 6, 13, 13) + timedelta(hours=h) for h in range(48)}
    # Newer than 14 days (2025-06-01 12:30): the last of each day, 23:00.
    expected |= {datetime(2025, 6, d, 23) for d in range(1, 15)}
    # Newer than 8 weeks (2025-04-20 12:30): the last of each ISO week, Sunday 23:00.
    expected |= {datetime(2025, 4, 20, 23), datetime(2025, 4, 27, 23), datetime(2025, 5, 4, 23)}
    expected |= {datetime(2025, 5, d, 23) for d in (11, 18, 25)}
    expected |= {datetime(2025, 6, 1, 23), datetime(2025, 6, 8, 23)}
    # Newer than 365 days (2024-06-15 12:30): the last of each month.
    expected |= {
        datetime(2024, 6, 30, 23),
        datetime(2024, 7, 31, 23),
        datetime(2024, 8, 31, 23),
        datetime(2024, 9, 30, 23),
        datetime(2024, 10, 31, 23),
        datetime(2024, 11, 30, 23),
        datetime(2024, 12, 31, 23),
        datetime(2025, 1, 31, 23),
        datetime(2025, 2, 28, 23),
        datetime(2025, 3, 31, 23),
        datetime(2025, 4, 30, 23),
        datetime(2025, 5, 31, 23),
    }
    # June 1-14 2024 are older than a year: nothing from them survives.

    kept = backups_to_keep(times, NOW, DEFAULT_POLICY)
    assert kept == expected
    # 06-13/14 23:00 are also "last 2 days", 06-01/08 23:00 also "daily".
    assert len(kept) == 48 + (14 - 2) + (8 - 2) + 12
    # Thinning again later keeps a subset: what was dropped is never needed again.
    later = backups_to_keep(kept, NOW + timedelta(days=30))
    assert later <= kept
    assert backups_to_keep(later, NOW + timedelta(days=30)) == later


def test_policy_edges() -> None:
    assert backups_to_keep([], NOW) == set()
    ancient = [datetime(2020, 1, 1), datetime(2020, 1, 2)]
    assert backups_to_keep(ancient, NOW) == {datetime(2020, 1, 2)}  # never the last one
    # Exactly 2 days old is no longer "recent"; an earlier backup of that day goes.
    edge = NOW - timedelta(days=2)
    assert backups_to_keep([edge - timedelta(hours=1), edge, NOW], NOW) == {edge, NOW}
    # A backup dated in the future (clock moved back) is kept.
    future = NOW + timedelta(days=3)
    assert backups_to_keep([NOW, future], NOW) == {NOW, future}


def test_thin_backups_deletes_exactly_what_the_policy_drops(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite")
    template = make_backup(db, "", datetime(2024, 1, 1))
    times = [NOW - timedelta(hours=7 * k + 3) for k in range(120)]  # ~5 weeks, 7 h apart
    for t in times:
        (backup_dir(db) / f"register-{t:%Y%m%d-%H%M%S}.sqlite").write_bytes(template.read_bytes())
    template.unlink()
    expected_kept = backups_to_keep(times, NOW)

    deleted = thin_backups(db, NOW)

    assert {datetime.strptime(p.name[9:24], "%Y%m%d-%H%M%S") for p in deleted} == (
        set(times) - expected_kept
    )
    assert {b.taken_at for b in list_backups(db)} == expected_kept
    assert thin_backups(db, NOW) == []


def test_backup_due(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite")
    assert backup_due(db, NOW)
    make_backup(db, "", NOW - timedelta(hours=23))
    assert not backup_due(db, NOW)
    assert backup_due(db, NOW + timedelta(hours=1, seconds=1))
    for b in list_backups(db):
        b.path.unlink()
    make_backup(db, "", NOW + timedelta(days=2))  # from a wrong clock
    assert backup_due(db, NOW)


# --- restore ---------------------------------------------------------------------------------


def test_restore_keeps_the_current_file_first(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=10)
    chosen = make_backup(db, "", NOW - timedelta(days=1))
    _append(db, range(11, 21))

    kept = restore_backup(chosen, db, NOW)

    assert kept == backup_dir(db) / "register-20250615-123000-before-restore.sqlite"
    assert integrity_ok(kept) and _ids(kept) == list(range(1, 21))
    assert integrity_ok(db) and _ids(db) == list(range(1, 11))
    assert not Path(f"{db}.restoring").exists()
    # Restoring twice in one second keeps both "before" copies.
    again = restore_backup(chosen, db, NOW)
    assert again != kept and again is not None and kept.exists()


def test_restore_after_a_crash_with_a_wal_left_behind(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=5)
    chosen = make_backup(db, "", NOW - timedelta(days=1))
    # A writer that dies after committing leaves its rows only in the -wal.
    crash = (
        "import os, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "con.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "with con:\n"
        "    con.executemany('INSERT INTO item VALUES (?, ?)', [(i, 'x') for i in range(6, 9)])\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(db)], check=True, timeout=30)
    wal = Path(f"{db}-wal")
    assert wal.exists() and wal.stat().st_size > 0

    kept = restore_backup(chosen, db, NOW)

    assert kept is not None and _ids(kept) == list(range(1, 9))  # the crashed commit is kept
    assert not wal.exists()
    assert _ids(db) == list(range(1, 6)) and integrity_ok(db)


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=5)
    bad = make_backup(db, "", NOW - timedelta(days=1))
    with open(bad, "r+b") as fh:
        fh.write(b"\xff" * 100)
    before = _digest(db)
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(bad, db, NOW)
    assert _digest(db) == before
    assert [b.path for b in list_backups(db)] == [bad]


def test_restore_over_a_damaged_register_moves_it_aside(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=5)
    chosen = make_backup(db, "", NOW - timedelta(days=1))
    with open(db, "r+b") as fh:
        fh.write(b"garbage!" * 12 + b"1234")
    damaged = db.read_bytes()

    kept = restore_backup(chosen, db, NOW)

    assert kept == tmp_path / "register.sqlite.damaged-20250615-123000"
    assert kept.read_bytes() == damaged
    assert _ids(db) == list(range(1, 6))


def test_restore_failing_for_lack_of_space_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=5)
    chosen = make_backup(db, "", NOW - timedelta(days=1))
    _append(db, range(6, 9))
    before = _digest(db)

    def full(path: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The restore copies through SQLite's backup API; the disk fills at its flush.
    monkeypatch.setattr("inl_equipment.db.backup.fsync_file", full)
    with pytest.raises(DiskFullError, match="not enough free disk space to restore"):
        restore_backup(chosen, db, NOW)
    monkeypatch.undo()

    assert _digest(db) == before and _ids(db) == list(range(1, 9))
    assert [b.path for b in list_backups(db)] == [chosen]  # no "before-restore" made
    assert not Path(f"{db}.restoring").exists()
