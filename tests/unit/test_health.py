"""Health checks on really damaged files; read-only and risky places."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import ModuleType

import pytest

from inl_equipment.db.backups import list_backups, make_backup
from inl_equipment.db.health import (
    check_database,
    is_read_only,
    network_mount_for,
    newest_good_backup,
    place_warnings,
    quarantine_damaged,
)

HELPERS = Path(__file__).parents[1] / "helpers"
NOW = datetime(2025, 6, 15, 12, 30)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_test_helper_{name}", HELPERS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _make_db(path: Path, rows: int = 400) -> Path:
    """A register-like file of many pages (4 KiB each), WAL mode like the app's."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.executescript(
        "CREATE TABLE donor (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        "CREATE TABLE item (id INTEGER PRIMARY KEY, donor_id INTEGER NOT NULL"
        " REFERENCES donor(id), name TEXT NOT NULL);"
    )
    with con:
        con.execute("INSERT INTO donor VALUES (1, 'INL')")
        con.executemany(
            "INSERT INTO item VALUES (?, 1, ?)", [(i, f"radio {i:05d} " * 40) for i in range(rows)]
        )
    con.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(data)


# --- damaged files ---------------------------------------------------------------------------


def test_a_sound_register_passes_every_check(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite")
    quick, full = check_database(db), check_database(db, full=True)
    assert quick.ok and quick.problems == [] and quick.checks[0] == "quick_check"
    assert full.ok and full.checks == ("integrity_check", "foreign_key_check")


def test_overwritten_header_is_reported_quarantined_and_a_backup_offered(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite")
    good = make_backup(db, "daily", NOW - timedelta(hours=3))
    _overwrite(db, 0, bytes(range(7, 107)))  # the 100-byte header, garbage
    Path(f"{db}-wal").write_bytes(b"left by the crash")
    damaged = _digest(db)

    report = check_database(db)

    assert not report.ok
    assert "not an SQLite database" in report.problems[0]
    assert "file is not a database" in report.problems[0]
    assert all("\n" not in p for p in report.problems)
    assert _digest(db) == damaged  # checking changed nothing

    assert newest_good_backup(db) == good
    assert db.exists(), "nothing may be replaced without being asked"

    kept = quarantine_damaged(db, NOW)
    assert kept == tmp_path / "register.sqlite.damaged-20250615-123000"
    assert _digest(kept) == damaged
    assert Path(f"{kept}-wal").read_bytes() == b"left by the crash"
    assert not db.exists() and not Path(f"{db}-wal").exists()
    # A second damaged file in the same second gets its own name.
    db.write_bytes(b"junk")
    assert quarantine_damaged(db, NOW).name == "register.sqlite.damaged-20250615-123000-2"


def test_overwritten_page_in_the_middle_is_reported(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite")
    good = make_backup(db, "daily", NOW)
    con = sqlite3.connect(db)
    page_size, pages = con.execute("PRAGMA page_size").fetchone()[0], 0
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    assert pages > 40
    middle = pages // 2
    _overwrite(db, (middle - 1) * page_size, b"\xde\xad\xbe\xef" * (page_size // 4))

    report = check_database(db)
    assert not report.ok
    assert report.problems[0]
    full = check_database(db, full=True)
    assert not full.ok

    assert newest_good_backup(db) == good
    kept = quarantine_damaged(db, NOW)
    assert not check_database(kept).ok and check_database(good).ok


def test_newest_good_backup_skips_a_damaged_backup(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=50)
    older = make_backup(db, "", NOW - timedelta(days=2))
    newer = make_backup(db, "", NOW - timedelta(days=1))
    _overwrite(newer, 0, b"\x00" * 100)
    assert [b.path for b in list_backups(db)] == [newer, older]
    assert newest_good_backup(db) == older
    _overwrite(older, 0, b"\x00" * 100)
    assert newest_good_backup(db) is None


def test_broken_references_are_reported(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=5)
    con = sqlite3.connect(db)
    with con:
        con.execute("INSERT INTO item VALUES (99, 7, 'orphan')")  # foreign_keys is off here
    con.close()
    report = check_database(db)
    assert report.problems == ["row 99 of table item refers to a missing row of table donor"]


def test_missing_empty_and_foreign_files(tmp_path: Path) -> None:
    assert "does not exist" in check_database(tmp_path / "nope.sqlite").problems[0]
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert "empty" in check_database(empty).problems[0]
    text = tmp_path / "notes.sqlite"
    text.write_text("minutes of the handover meeting\n" * 200, encoding="utf-8")
    assert not check_database(text).ok


# --- read-only -------------------------------------------------------------------------------


def test_writable_register_is_not_read_only(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "register.sqlite", rows=5)
    assert not is_read_only(db)
    assert not is_read_only(tmp_path / "not-yet-created.sqlite")


def _permission_bits_enforced(tmp_path: Path) -> bool:
    probe = tmp_path / "probe"
    probe.write_bytes(b"")
    probe.chmod(0o444)
    try:
        return not os.access(probe, os.W_OK)
    finally:
        probe.unlink()


def test_chmod_read_only_file_in_read_only_folder(tmp_path: Path) -> None:
    if not _permission_bits_enforced(tmp_path):
        pytest.skip("permission bits are not enforced for root; test_read_only_mount covers it")
    folder = tmp_path / "data"
    folder.mkdir()
    db = _make_db(folder / "register.sqlite", rows=5)
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        assert is_read_only(db)
        assert is_read_only(folder / "new.sqlite")
        assert check_database(db).ok
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    db.chmod(0o444)
    assert is_read_only(db)  # file alone
    db.chmod(0o644)
    folder.chmod(0o555)
    try:
        assert is_read_only(db)  # folder alone: no room for -wal/-shm
    finally:
        folder.chmod(0o755)


def test_read_only_mount(tmp_path: Path) -> None:
    fault_fs = _load("fault_fs")
    source = tmp_path / "data"
    source.mkdir()
    db = _make_db(source / "register.sqlite", rows=5)
    try:
        view = fault_fs.read_only_view(source, tmp_path / "ro")
        folder = view.__enter__()
    except fault_fs.MountNotPermitted as exc:
        pytest.skip(f"cannot make a read-only mount here: {exc}")
    try:
        assert is_read_only(folder / "register.sqlite")
        assert is_read_only(folder / "new.sqlite")
        # A WAL register in a folder where no -shm can be made is still checked.
        assert check_database(folder / "register.sqlite").ok
        # A writable file in a read-only folder: SQLite still cannot write there.
        with fault_fs.writable_file_over(db, folder / "register.sqlite") as rw_file:
            assert os.access(rw_file, os.W_OK)
            assert is_read_only(rw_file)
    finally:
        view.__exit__(None, None, None)
    assert not is_read_only(db)


# --- risky places ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        r"\\server\share\INL\register.sqlite",
        r"\\?\UNC\server\share\register.sqlite",
    ],
)
def test_unc_paths_are_network_shares(path: str) -> None:
    # Strings too: a UNC path typed on any system is a Windows share.
    for given in (path, PureWindowsPath(path), PureWindowsPath("//server/share/r.sqlite")):
        warnings = place_warnings(given, environ={})
        assert len(warnings) == 1 and "network share" in warnings[0]
        assert r"\\server\share" in warnings[0]


@pytest.mark.parametrize(
    "path",
    [r"C:\INL\register.sqlite", r"\\?\C:\INL\register.sqlite", r"D:\Data\Dropboxes\r.sqlite"],
)
def test_local_windows_paths_are_fine(path: str) -> None:
    assert place_warnings(PureWindowsPath(path), environ={}) == []


@pytest.mark.parametrize(
    ("path", "provider"),
    [
        (r"C:\Users\vilay\OneDrive\INL\register.sqlite", "OneDrive"),
        (r"C:\Users\vilay\OneDrive - INL Vientiane\register.sqlite", "OneDrive"),
        (r"C:\Users\vilay\onedrive\register.sqlite", "OneDrive"),
        (r"C:\Users\vilay\Dropbox\register.sqlite", "Dropbox"),
        (r"C:\Users\vilay\Dropbox (INL)\register.sqlite", "Dropbox"),
        (r"G:\My Drive\INL\register.sqlite", "Google Drive"),
        (r"C:\Users\vilay\Google Drive\register.sqlite", "Google Drive"),
        (r"C:\Users\vilay\iCloudDrive\register.sqlite", "iCloud Drive"),
    ],
)
def test_synced_folders_are_warned_about(path: str, provider: str) -> None:
    warnings = place_warnings(PureWindowsPath(path), environ={})
    assert len(warnings) == 1 and f"inside a {provider} folder" in warnings[0]


def test_onedrive_folder_named_by_the_environment(tmp_path: Path) -> None:
    env = {"OneDriveCommercial": r"C:\Users\vilay\Company Files"}
    inside = PureWindowsPath(r"c:\users\VILAY\company files\INL\register.sqlite")
    warnings = place_warnings(inside, environ=env)
    assert len(warnings) == 1 and r"C:\Users\vilay\Company Files" in warnings[0]
    assert place_warnings(PureWindowsPath(r"C:\INL\register.sqlite"), environ=env) == []
    # A real POSIX path under the folder the variable names.
    synced = tmp_path / "Sync Root"
    assert place_warnings(synced / "register.sqlite", environ={"OneDrive": str(synced)})
    assert place_warnings(PurePosixPath("/home/vilay/Dropbox/r.sqlite"), environ={})


def test_network_mounts_from_proc_mounts(tmp_path: Path) -> None:
    mounts = (
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        "srv:/export /mnt/nfs nfs4 rw,relatime 0 0\n"
        "//srv/inl /mnt/inl\\040share cifs rw 0 0\n"
        "tmpfs /mnt/nfs/local tmpfs rw 0 0\n"
    )
    assert network_mount_for("/mnt/nfs/register.sqlite", mounts) == "nfs4 srv:/export"
    assert network_mount_for("/mnt/inl share/r.sqlite", mounts) == "cifs //srv/inl"
    assert network_mount_for("/mnt/nfs/local/r.sqlite", mounts) is None  # nearer mount wins
    assert network_mount_for("/mnt/nfsx/r.sqlite", mounts) is None
    assert network_mount_for("/home/r.sqlite", mounts) is None

    fake = tmp_path / "mounts"
    real_dir = os.path.realpath(tmp_path)
    fake.write_text(f"/dev/sda1 / ext4 rw 0 0\n//srv/inl {real_dir} cifs rw 0 0\n")
    warnings = place_warnings(tmp_path / "register.sqlite", environ={}, mounts_file=fake)
    assert len(warnings) == 1 and "cifs //srv/inl" in warnings[0]
    # The real mount table of this machine: the test folder is on a local disk.
    assert place_warnings(tmp_path / "register.sqlite", environ={}) == []
