"""Storage faults classified by code, provoked for real on real SQLite files."""

from __future__ import annotations

import errno
import importlib.util
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from inl_equipment.db.backup import BackupError, DiskFullError, write_verified_copy
from inl_equipment.db.errors import StorageFault, classify
from inl_equipment.db.opening import read_only_url
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import Database, ReadOnlyError

HELPERS = Path(__file__).parents[1] / "helpers"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_test_helper_{name}", HELPERS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mounted(mount: AbstractContextManager[Path]) -> Path:
    fault_fs = _load("fault_fs")
    try:
        return mount.__enter__()
    except fault_fs.MountNotPermitted as exc:
        pytest.skip(f"cannot mount here: {exc}")


@pytest.fixture
def fault_fs() -> ModuleType:
    return _load("fault_fs")


def _plain_db(path: Path, journal: str = "DELETE") -> Path:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode = {journal}")
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [("y" * 200,) for _ in range(2000)])
    con.commit()
    con.close()
    return path


def _write(url: str, **connect_args: object) -> BaseException:
    """The exception a one-row insert through SQLAlchemy raises (it must raise)."""
    engine = create_engine(url, connect_args=connect_args)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("the write succeeded")


def test_a_write_on_a_read_only_connection_is_read_only(tmp_path: Path) -> None:
    db = _plain_db(tmp_path / "r.sqlite")
    exc = _write(read_only_url(db))
    assert classify(exc) is StorageFault.READ_ONLY


def test_a_change_in_a_register_opened_read_only_is_read_only(db_path: Path, db: Database) -> None:
    reader = open_database(read_only_url(db_path), migrate=False, read_only=True)
    try:
        with pytest.raises(ReadOnlyError) as refused, reader.write():
            pass
    finally:
        reader.dispose()
    assert classify(refused.value) is StorageFault.READ_ONLY


def test_a_read_only_medium(tmp_path: Path, fault_fs: ModuleType) -> None:
    source = tmp_path / "src"
    source.mkdir()
    _plain_db(source / "plain.sqlite")
    _plain_db(source / "wal.sqlite", journal="WAL")
    view = fault_fs.read_only_view(source, tmp_path / "ro")
    ro = _mounted(view)
    try:
        assert classify(_write("sqlite:///" + str(ro / "plain.sqlite"))) is StorageFault.READ_ONLY
        with pytest.raises(OSError) as refused:
            (ro / "new.txt").write_text("x", encoding="utf-8")
        assert refused.value.errno == errno.EROFS
        assert classify(refused.value) is StorageFault.READ_ONLY
        # A WAL file there cannot even get its -shm: SQLite says "cannot open".
        assert classify(_write("sqlite:///" + str(ro / "wal.sqlite"))) is StorageFault.CANT_OPEN
    finally:
        view.__exit__(None, None, None)


def test_a_full_disk(tmp_path: Path, fault_fs: ModuleType) -> None:
    mount = fault_fs.tiny_tmpfs(tmp_path / "tiny", "1M")
    tiny = _mounted(mount)
    try:
        engine = create_engine("sqlite:///" + str(tiny / "full.sqlite"))
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x)"))
        with pytest.raises(DBAPIError) as full:  # filled until it refuses
            for _ in range(100):
                with engine.begin() as conn:
                    conn.execute(text("INSERT INTO t VALUES (zeroblob(100000))"))
        engine.dispose()
        assert classify(full.value) is StorageFault.DISK_FULL
        with pytest.raises(OSError) as no_space:
            (tiny / "big.bin").write_bytes(b"\0" * 2_000_000)
        assert classify(no_space.value) is StorageFault.DISK_FULL
        big = _plain_db(tmp_path / "big.sqlite")
        with pytest.raises(DiskFullError) as backup:
            write_verified_copy(big, tiny / "copy.sqlite")
        assert classify(backup.value) is StorageFault.DISK_FULL
    finally:
        mount.__exit__(None, None, None)


@pytest.fixture
def writer_holding(tmp_path: Path) -> Iterator[Path]:
    """A database whose write lock another connection holds for the test."""
    path = _plain_db(tmp_path / "busy.sqlite")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def test_a_write_lock_held_elsewhere_is_busy(writer_holding: Path) -> None:
    exc = _write("sqlite:///" + str(writer_holding), timeout=0.05)
    assert isinstance(exc, OperationalError)
    assert classify(exc) is StorageFault.BUSY


def test_a_table_locked_by_a_running_read_is_busy() -> None:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(10)])
    con.commit()
    reading = con.execute("SELECT x FROM t")
    reading.fetchone()
    with pytest.raises(sqlite3.OperationalError) as locked:
        con.execute("DROP TABLE t")
    con.close()
    assert classify(locked.value) is StorageFault.BUSY


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Shopping list: rice, fish sauce, lime\n" * 200, encoding="utf-8")
    with pytest.raises(DBAPIError) as refused:
        open_database("sqlite:///" + str(path))
    assert classify(refused.value) is StorageFault.NOT_A_DATABASE


def test_damaged_pages_are_corrupt(tmp_path: Path) -> None:
    path = _plain_db(tmp_path / "damaged.sqlite")
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xa5" * (4096 * 2)  # the header is intact, pages 2-3 are not
    path.write_bytes(bytes(data))
    engine = create_engine("sqlite:///" + str(path))
    with pytest.raises(DBAPIError) as damaged, engine.connect() as conn:
        conn.execute(text("SELECT count(*), max(x) FROM t")).all()
    engine.dispose()
    assert classify(damaged.value) is StorageFault.CORRUPT
    wrapped = BackupError("could not back up damaged.sqlite")
    wrapped.__cause__ = damaged.value
    assert classify(wrapped) is StorageFault.CORRUPT


def test_a_folder_that_does_not_exist_cannot_be_opened(tmp_path: Path) -> None:
    engine = create_engine("sqlite:///" + str(tmp_path / "no" / "such" / "register.sqlite"))
    with pytest.raises(DBAPIError) as refused:
        engine.connect()
    assert classify(refused.value) is StorageFault.CANT_OPEN


def test_io_errors_by_extended_code_and_errno() -> None:
    exc = sqlite3.OperationalError("whatever the text says")
    exc.sqlite_errorcode = 778  # SQLITE_IOERR_WRITE: primary code 10
    assert classify(exc) is StorageFault.IO
    assert classify(OSError(errno.EIO, "Input/output error")) is StorageFault.IO


def test_the_code_decides_never_the_message() -> None:
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = 5  # SQLITE_BUSY, whatever the message claims
    assert classify(exc) is StorageFault.BUSY
    assert classify(RuntimeError("disk full, read-only, database is locked")) is StorageFault.OTHER
    assert classify(OSError(errno.ENOENT, "No space left on device")) is StorageFault.OTHER


class _PostgresError(Exception):
    """What psycopg raises: an exception with a `sqlstate`."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__("server message in the server's language")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("sqlstate", "fault"),
    [
        ("53100", StorageFault.DISK_FULL),
        ("25006", StorageFault.READ_ONLY),
        ("40001", StorageFault.BUSY),
        ("40P01", StorageFault.BUSY),
        ("55P03", StorageFault.BUSY),
        ("08006", StorageFault.CANT_OPEN),
        ("XX001", StorageFault.CORRUPT),
        ("23505", StorageFault.OTHER),
    ],
)
def test_postgresql_sqlstates(sqlstate: str, fault: StorageFault) -> None:
    wrapped = OperationalError("INSERT ...", {}, _PostgresError(sqlstate))
    assert classify(wrapped) is fault


def test_a_loop_of_causes_ends() -> None:
    first, second = ValueError("a"), ValueError("b")
    first.__cause__, second.__cause__ = second, first
    assert classify(first) is StorageFault.OTHER
