"""Checking and reading a register never needs to write (issue 9, item 11).

A register is put in a place this program cannot write (a read-only bind
mount of its folder, or of the file alone; chmod where permission bits apply)
in each state a register can be found in: closed cleanly, with committed
changes still in its -wal (with and without the -shm), and with a hot
rollback journal left by a crash. In each, the check runs, reads what the
next writer would see, and leaves every file as it was.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from inl_equipment.db.health import check_database
from inl_equipment.db.readable import ReadableRegister, open_readable
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import file_url
from inl_equipment.services.demo import fill_demo
from tests.helpers import fault_fs
from tests.integration.test_cli_register import run

PROBE_ROWS = 600


def _register(folder: Path) -> Path:
    """A small register as the app leaves it, plus a side table to see changes by."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "register.sqlite"
    db = open_database(file_url(path))
    with db.write() as session:
        fill_demo(session, 12, "tester", seed=3, signed_copies=False)  # the file alone
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE probe (id INTEGER PRIMARY KEY, mark TEXT)")
        conn.exec_driver_sql(
            "INSERT INTO probe (mark) SELECT 'old' || printf('%500s', '') FROM "
            f"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            f"WHERE i < {PROBE_ROWS}) SELECT i FROM n)"
        )
    db.dispose()
    return path


def _killed_writer(path: Path, script: str) -> None:
    """Run `script` on an sqlite3 connection `con` to `path`, then die without closing it."""
    code = (
        "import os, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        f"{script}\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def _clean_wal(path: Path) -> str:
    return "old"


def _clean_rollback(path: Path) -> str:
    _killed_writer(path, "con.execute('PRAGMA journal_mode = DELETE'); con.close()")
    return "old"


def _pending_wal(path: Path) -> str:
    _killed_writer(
        path,
        "con.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "con.execute(\"UPDATE probe SET mark = 'new'\")",
    )
    assert os.path.getsize(f"{path}-wal") > 0
    return "new"  # committed: the next writer sees it


def _pending_wal_without_shm(path: Path) -> str:
    seen = _pending_wal(path)
    os.unlink(f"{path}-shm")  # as when the two files were copied to a stick
    return seen


def _hot_journal(path: Path) -> str:
    _killed_writer(
        path,
        "con.execute('PRAGMA journal_mode = DELETE')\n"
        "con.execute('PRAGMA cache_size = 2')\n"
        "con.execute('BEGIN')\n"
        "con.execute(\"UPDATE probe SET mark = 'torn' || mark\")",
    )
    assert os.path.getsize(f"{path}-journal") > 0
    return "old"  # never committed: rolled back by the next writer


STATES: dict[str, Callable[[Path], str]] = {
    "clean WAL": _clean_wal,
    "clean rollback journal": _clean_rollback,
    "pending WAL": _pending_wal,
    "pending WAL, no -shm": _pending_wal_without_shm,
    "hot journal": _hot_journal,
}


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@contextmanager
def _read_only_file(path: Path) -> Iterator[Path]:
    """The file alone made read-only (a read-only bind mount over itself); its folder writable."""
    with fault_fs.writable_file_over(path, path):
        done = subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(path)], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise fault_fs.MountNotPermitted(done.stderr.strip())
        yield path


def _enter(ctx: AbstractContextManager[Path]) -> Path:
    try:
        return ctx.__enter__()
    except fault_fs.MountNotPermitted as exc:
        pytest.skip(f"cannot make a read-only mount here: {exc}")


def _marks(readable: ReadableRegister) -> set[str]:
    db = open_database(readable.url(), migrate=False, read_only=True)
    try:
        with db.read() as session:
            rows = session.execute(text("SELECT DISTINCT substr(mark, 1, 4) FROM probe"))
            return {str(r[0]).strip() for r in rows}
    finally:
        db.dispose()


@pytest.mark.parametrize("state", sorted(STATES))
def test_check_in_a_read_only_folder(tmp_path: Path, state: str) -> None:
    source = tmp_path / "data"
    expected = STATES[state](_register(source))
    before = _files(source)
    ctx = fault_fs.read_only_view(source, tmp_path / "ro")
    folder = _enter(ctx)
    try:
        report = check_database(folder / "register.sqlite", full=True)
        assert report.ok, report.problems
        assert report.checks == ("integrity_check", "foreign_key_check")
        with open_readable(folder / "register.sqlite") as readable:
            assert _marks(readable) == {expected}
    finally:
        ctx.__exit__(None, None, None)
    assert _files(source) == before


@pytest.mark.parametrize("state", ["clean rollback journal", "hot journal", "pending WAL"])
def test_check_of_a_read_only_file_in_a_writable_folder(tmp_path: Path, state: str) -> None:
    source = tmp_path / "data"
    db = _register(source)
    expected = STATES[state](db)
    before = _files(source)
    ctx = _read_only_file(db)
    _enter(ctx)
    try:
        assert not os.access(db, os.W_OK)
        report = check_database(db, full=True)
        assert report.ok, report.problems
        with open_readable(db) as readable:
            assert _marks(readable) == {expected}
    finally:
        ctx.__exit__(None, None, None)
    after = _files(source)
    # SQLite may make or update a reader's -shm (and an empty -wal) beside the file;
    # the register, its -wal and its journal stay as they were.
    kept = {k: v for k, v in before.items() if not k.endswith("-shm")}
    assert {k: v for k, v in after.items() if k in kept} == kept


@pytest.mark.parametrize("state", ["clean WAL", "pending WAL, no -shm", "hot journal"])
def test_damage_is_still_found_in_a_read_only_folder(tmp_path: Path, state: str) -> None:
    source = tmp_path / "data"
    db = _register(source)
    # A page the pending change does not touch: its -wal or journal cannot mend it.
    con = sqlite3.connect(db)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'items'").fetchone()[0]
    con.close()
    STATES[state](db)
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    ctx = fault_fs.read_only_view(source, tmp_path / "ro")
    folder = _enter(ctx)
    try:
        assert not check_database(folder / "register.sqlite", full=True).ok
    finally:
        ctx.__exit__(None, None, None)


def test_chmod_read_only_folder_and_file(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    probe.write_bytes(b"")
    probe.chmod(0o444)
    if os.access(probe, os.W_OK):
        pytest.skip("permission bits are not enforced for root; the mount tests cover it")
    for state in ("pending WAL, no -shm", "hot journal"):
        source = tmp_path / state.replace(" ", "-").replace(",", "")
        db = _register(source)
        expected = STATES[state](db)
        for p in source.iterdir():
            p.chmod(0o444)
        source.chmod(0o555)
        try:
            before = _files(source)
            assert check_database(db, full=True).ok
            with open_readable(db) as readable:
                assert _marks(readable) == {expected}
            assert _files(source) == before
        finally:
            source.chmod(0o755)


@pytest.mark.parametrize("name", ["INL #2", "100% stock", "why? not", "a&b=c", "ລາວ data"])
def test_the_url_names_the_very_file(tmp_path: Path, name: str) -> None:
    _register(tmp_path / name)
    db = tmp_path / name / "register.sqlite"
    with open_readable(db) as readable:
        assert _marks(readable) == {"old"}
        assert readable.copy is None and not readable.immutable
    # Nothing opened by mistake elsewhere (a name cut at "#" or "?" would create one).
    others = [p for p in tmp_path.rglob("*") if not p.name.startswith("register.sqlite")]
    assert others == [db.parent]


def test_the_private_copy_goes_away(tmp_path: Path) -> None:
    source = tmp_path / "data"
    _hot_journal(_register(source))
    ctx = fault_fs.read_only_view(source, tmp_path / "ro")
    folder = _enter(ctx)
    try:
        readable = open_readable(folder / "register.sqlite")
        assert readable.copy is not None
        copy_folder = readable.path.parent
        assert copy_folder.exists() and not copy_folder.is_relative_to(folder)
        readable.close()
        readable.close()  # twice is harmless
        assert not copy_folder.exists()
    finally:
        ctx.__exit__(None, None, None)


@pytest.mark.parametrize("state", ["clean WAL", "pending WAL, no -shm", "hot journal"])
def test_cli_check_in_a_read_only_folder(tmp_path: Path, state: str) -> None:
    source = tmp_path / "data"
    STATES[state](_register(source))
    ctx = fault_fs.read_only_view(source, tmp_path / "ro")
    folder = _enter(ctx)
    try:
        out = run("check", "--db", str(folder / "register.sqlite"))
    finally:
        ctx.__exit__(None, None, None)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok:")
