"""The Windows-only ways of the lock, the place checks and the cache folder, run on any system.

The platform is injected as a `sys.platform` value; `msvcrt.locking` is played
by a stand-in that keeps byte-range locks per file the way Windows does (a
second handle of the same process is refused too), and `GetDriveTypeW` by a
function.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest

from inl_equipment.db import lock_file, writable
from inl_equipment.db.health import _mapped_network_drive, place_warnings
from inl_equipment.db.lock import (
    LockHeldByThisProcessError,
    LockPathError,
    acquire_writer_lock,
    lock_path_for,
    read_lock_info,
)
from inl_equipment.db.writable import dir_writable, file_writable, is_read_only
from inl_equipment.documents import font_files
from inl_equipment.paths import default_cache_dir

WIN = "win32"


class FakeMsvcrt(ModuleType):
    """`msvcrt.locking` with Windows' rules: byte ranges of a file, locked per handle."""

    LK_UNLCK = 0
    LK_LOCK = 1
    LK_NBLCK = 2

    def __init__(self) -> None:
        """No byte is locked yet."""
        super().__init__("fake_msvcrt")
        self.held: dict[tuple[int, int, int], int] = {}  # (dev, inode, offset) -> fd
        self.calls: list[tuple[int, int, int]] = []  # (mode, offset, nbytes)

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        """Lock or unlock `nbytes` at the file position of `fd`."""
        st = os.fstat(fd)
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, offset, nbytes))
        key = (st.st_dev, st.st_ino, offset)
        if mode == self.LK_NBLCK:
            if key in self.held:
                # What Windows reports for a byte someone else has locked.
                raise OSError(errno.EDEADLK, "Resource deadlock avoided")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise OSError(errno.EACCES, "Permission denied")
            del self.held[key]
        else:
            raise AssertionError(f"unexpected locking mode {mode}")


@pytest.fixture
def msvcrt() -> FakeMsvcrt:
    return FakeMsvcrt()


# --- the lock ----------------------------------------------------------------------------


def test_try_lock_takes_the_byte_far_past_the_record(tmp_path: Path, msvcrt: FakeMsvcrt) -> None:
    path = tmp_path / "r.sqlite.lock"
    first = lock_file.open_lock_file(path, platform=WIN)
    second = lock_file.open_lock_file(path, platform=WIN)
    try:
        assert lock_file.try_lock(first, path, platform=WIN, locking=msvcrt)
        assert not lock_file.try_lock(second, path, platform=WIN, locking=msvcrt)
        # Windows has no shared lock: a probe is refused while the byte is held.
        assert not lock_file.try_lock(second, path, shared=True, platform=WIN, locking=msvcrt)
        lock_file.unlock(first, platform=WIN, locking=msvcrt)
        assert lock_file.try_lock(second, path, platform=WIN, locking=msvcrt)
        lock_file.unlock(second, platform=WIN, locking=msvcrt)
    finally:
        os.close(first)
        os.close(second)
    assert {offset for _mode, offset, _n in msvcrt.calls} == {lock_file._WIN_LOCK_OFFSET}
    assert {n for _mode, _offset, n in msvcrt.calls} == {1}
    assert not msvcrt.held


def test_a_lock_error_that_is_not_busy_means_read_only(tmp_path: Path) -> None:
    broken = FakeMsvcrt()

    def refuse(fd: int, mode: int, nbytes: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    broken.locking = refuse  # type: ignore[method-assign]
    path = tmp_path / "r.sqlite.lock"
    fd = lock_file.open_lock_file(path, platform=WIN)
    try:
        with pytest.raises(lock_file.LockUnavailableError, match="read-only"):
            lock_file.try_lock(fd, path, platform=WIN, locking=broken)
        lock_file.unlock(fd, platform=WIN, locking=broken)  # errors ignored
    finally:
        os.close(fd)


def test_acquire_and_release_the_windows_way(tmp_path: Path, msvcrt: FakeMsvcrt) -> None:
    db = tmp_path / "register.sqlite"
    lock = acquire_writer_lock(db, "Vilay", platform=WIN, locking=msvcrt)
    try:
        recorded = json.loads(lock_path_for(db).read_text(encoding="utf-8"))
        assert recorded["operator"] == "Vilay" and recorded["pid"] == os.getpid()
        assert len(msvcrt.held) == 1
        with pytest.raises(LockHeldByThisProcessError):
            acquire_writer_lock(db, "Vilay", platform=WIN, locking=msvcrt)
        assert read_lock_info(db, platform=WIN, locking=msvcrt) == lock.info
    finally:
        lock.release()
    assert not msvcrt.held
    assert not lock_path_for(db).exists()
    assert read_lock_info(db, platform=WIN, locking=msvcrt) is None


def test_a_lock_held_elsewhere_is_reported_the_windows_way(
    tmp_path: Path, msvcrt: FakeMsvcrt
) -> None:
    db = tmp_path / "register.sqlite"
    path = lock_path_for(db)
    # Another copy of the app: its handle holds the byte and its record is in the file.
    other = lock_file.open_lock_file(path, platform=WIN)
    try:
        assert lock_file.try_lock(other, path, platform=WIN, locking=msvcrt)
        record = {"host": "LAPTOP-7", "pid": 4242, "operator": "Somchai"}
        record |= {"since": "2025-06-15T08:00:00+07:00", "app": "x"}
        os.lseek(other, 0, os.SEEK_SET)  # locking moved the position to the lock byte
        os.write(other, json.dumps(record).encode())
        seen = read_lock_info(db, platform=WIN, locking=msvcrt)
        assert seen is not None and (seen.host, seen.pid) == ("LAPTOP-7", 4242)
        with pytest.raises(lock_file.LockError, match="Somchai") as refused:
            acquire_writer_lock(db, "Vilay", platform=WIN, locking=msvcrt)
        assert "LAPTOP-7" in str(refused.value)
    finally:
        lock_file.close_lock_file(other, path, platform=WIN, locking=msvcrt)
    with acquire_writer_lock(db, "Vilay", platform=WIN, locking=msvcrt) as lock:
        assert not lock.stale_lock_found  # emptied by its holder on the way out


def test_windows_refuses_a_link_before_opening(tmp_path: Path, msvcrt: FakeMsvcrt) -> None:
    precious = tmp_path / "thesis.docx"
    precious.write_bytes(b"five years of work")
    db = tmp_path / "register.sqlite"
    lock_path_for(db).symlink_to(precious)
    with pytest.raises(LockPathError, match="link"):
        acquire_writer_lock(db, "Vilay", platform=WIN, locking=msvcrt)
    assert precious.read_bytes() == b"five years of work"
    assert not msvcrt.held


def test_a_reparse_point_is_a_link_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A junction is no symlink to os.lstat's mode: Windows marks it by its attributes.
    path = tmp_path / "r.sqlite.lock"
    path.write_bytes(b"")
    real = os.lstat(path)

    class Junction:
        st_mode = real.st_mode
        st_file_attributes = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT

    monkeypatch.setattr(lock_file.os, "lstat", lambda p: Junction())
    with pytest.raises(LockPathError, match=str(path).replace("\\", "\\\\")):
        lock_file._refuse_link(path)
    monkeypatch.undo()
    lock_file._refuse_link(path)  # a plain file passes


# --- can we write here -----------------------------------------------------------------


def test_windows_asks_the_file_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "register.sqlite"
    db.write_bytes(b"x")
    assert file_writable(db, platform=WIN)
    assert not is_read_only(db, platform=WIN)

    def denied(path: object, mode: str = "r") -> object:
        raise PermissionError(errno.EACCES, "Access is denied")

    def busy(path: object, mode: str = "r") -> object:
        raise OSError(errno.EBUSY, "The process cannot access the file")

    # An ACL refuses writing although os.access sees no read-only attribute.
    monkeypatch.setattr(writable, "open", denied, raising=False)
    assert not file_writable(db, platform=WIN)
    assert is_read_only(db, platform=WIN)
    assert file_writable(db, platform="linux")  # POSIX never opens the live file
    monkeypatch.setattr(writable, "open", busy, raising=False)
    assert file_writable(db, platform=WIN)  # in use is no sign of read-only


def test_windows_tries_to_create_a_file_in_the_folder(tmp_path: Path) -> None:
    before = sorted(tmp_path.iterdir())
    assert dir_writable(tmp_path, platform=WIN)
    assert sorted(tmp_path.iterdir()) == before  # the probe file is gone
    assert not dir_writable(tmp_path / "missing", platform=WIN)
    assert is_read_only(tmp_path / "missing" / "r.sqlite", platform=WIN)


# --- risky places ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "warned"),
    [(0, False), (1, False), (2, False), (3, False), (4, True), (5, False), (6, False)],
)
@pytest.mark.parametrize("drive", ["Z:", "h:"])
def test_mapped_drives_by_their_drive_type(drive: str, kind: int, warned: bool) -> None:
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return kind

    for given in (PureWindowsPath(rf"{drive}\INL\r.sqlite"), rf"{drive}\r.sqlite"):
        asked.clear()
        warnings = place_warnings(given, environ={}, platform=WIN, drive_type=drive_type)
        assert asked == [drive + "\\"]
        if warned:
            assert len(warnings) == 1 and f"mapped network drive {drive}" in warnings[0]
        else:
            assert warnings == []


def test_unc_paths_are_shares_without_asking_the_drive() -> None:
    def drive_type(root: str) -> int:
        raise AssertionError("a UNC path has no drive letter to ask about")

    for given in (r"\\server\share\r.sqlite", PureWindowsPath(r"\\nas01\inl\data\r.sqlite")):
        warnings = place_warnings(given, environ={}, platform=WIN, drive_type=drive_type)
        assert len(warnings) == 1 and "network share" in warnings[0]


def test_a_network_drive_in_a_synced_folder_gets_both_warnings() -> None:
    path = PureWindowsPath(r"Z:\Dropbox\INL\r.sqlite")
    warnings = place_warnings(path, environ={}, platform=WIN, drive_type=lambda root: 4)
    assert len(warnings) == 2
    assert "mapped network drive Z:" in warnings[0] and "Dropbox" in warnings[1]


def test_the_drive_is_asked_only_on_windows() -> None:
    path = PureWindowsPath(r"Z:\r.sqlite")
    assert place_warnings(path, environ={}, platform="linux", drive_type=lambda root: 4) == []
    assert _mapped_network_drive("Z:", platform="linux", drive_type=lambda root: 4) is None
    assert _mapped_network_drive("Z:", platform=WIN, drive_type=lambda root: 4) is not None
    # No drive letter (a long-path prefix, a relative path): nothing to ask.
    assert _mapped_network_drive(r"\\?\Z:", platform=WIN, drive_type=lambda root: 4) is None
    assert _mapped_network_drive("", platform=WIN, drive_type=lambda root: 4) is None
    if os.name != "nt":
        # Told it is Windows on another system, with no way to ask: no guess.
        assert _mapped_network_drive("Z:", platform=WIN) is None


# --- the font cache --------------------------------------------------------------------


def test_the_font_cache_is_in_the_apps_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert font_files._cache_dir() == default_cache_dir() / "fonts"
    assert font_files._cache_dir().is_relative_to(default_cache_dir())
