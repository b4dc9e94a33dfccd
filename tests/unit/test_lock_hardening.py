"""The lock path is not trusted: whatever is planted there is refused and left exactly as it was.

Each kind of thing that can sit at `<db>.lock` (a link to a precious file, to a
folder, to nowhere; a folder; a pipe; a second name of someone's file; a file
with other content) is tried through the lock itself, the way Windows takes
it, the reader's probe, and the app's opening, which then shows the register
read-only with one message naming the lock path.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inl_equipment.db.lock import (
    LockPathError,
    LockUnavailableError,
    acquire_writer_lock,
    lock_path_for,
    read_lock_info,
)
from inl_equipment.db.opening import open_register
from tests.unit.test_windows_branches import FakeMsvcrt

PRECIOUS = "Minutes of the handover meeting, 14 June.\n" * 50


def _snapshot(path: Path) -> tuple[int, str | None, str | None]:
    """The path's own kind, where a link points, and the content behind it (for files)."""
    st_ = os.lstat(path)
    target = os.readlink(path) if stat.S_ISLNK(st_.st_mode) else None
    digest = None
    if os.path.isfile(path):
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return stat.S_IFMT(st_.st_mode), target, digest


def _link_to_precious(lock: Path) -> Path:
    precious = lock.parent / "minutes.txt"
    precious.write_text(PRECIOUS, encoding="utf-8")
    lock.symlink_to(precious)
    return precious


def _link_to_folder(lock: Path) -> Path:
    folder = lock.parent / "photos"
    folder.mkdir()
    (folder / "kit.jpg").write_bytes(b"\xff\xd8 photo")
    lock.symlink_to(folder, target_is_directory=True)
    return folder / "kit.jpg"


def _dangling_link(lock: Path) -> Path:
    target = lock.parent / "not-there-yet.txt"
    lock.symlink_to(target)
    return target


def _folder(lock: Path) -> Path:
    lock.mkdir()
    (lock / "inside.txt").write_text("kept", encoding="utf-8")
    return lock / "inside.txt"


def _fifo(lock: Path) -> Path:
    os.mkfifo(lock)
    return lock


def _hard_link(lock: Path) -> Path:
    precious = lock.parent / "minutes.txt"
    precious.write_text(PRECIOUS, encoding="utf-8")
    os.link(precious, lock)
    return precious


def _foreign_text(lock: Path) -> Path:
    lock.write_text(PRECIOUS, encoding="utf-8")
    return lock


def _big_json(lock: Path) -> Path:
    # Starts like a record, but no lock record is 100 kB.
    lock.write_text('{"rows": [' + ", ".join(["1"] * 40_000) + "]}", encoding="utf-8")
    return lock


PLANTED: dict[str, Callable[[Path], Path]] = {
    "link to a precious file": _link_to_precious,
    "link to a folder": _link_to_folder,
    "dangling link": _dangling_link,
    "folder": _folder,
    "fifo": _fifo,
    "hard link": _hard_link,
    "foreign text": _foreign_text,
    "big json": _big_json,
}


def _state(lock: Path, behind: Path) -> tuple[object, ...]:
    seen = [_snapshot(lock)]
    seen.append(_snapshot(behind) if os.path.lexists(behind) else "absent")
    return tuple(seen)


@pytest.mark.parametrize("platform", [None, "win32"])
@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_whatever_is_planted_at_the_lock_path_is_refused_and_left_alone(
    tmp_path: Path, kind: str, platform: str | None
) -> None:
    db = tmp_path / "register.sqlite"
    lock = lock_path_for(db)
    behind = PLANTED[kind](lock)
    before = _state(lock, behind)
    locking = FakeMsvcrt() if platform else None
    for _attempt in range(3):
        with pytest.raises(LockPathError) as refused:
            acquire_writer_lock(db, "Vilay", platform=platform, locking=locking)
        message = str(refused.value)
        assert str(lock) in message and "read-only" in message and "\n" not in message
        # Callers that open read-only on LockUnavailableError keep doing so.
        assert isinstance(refused.value, LockUnavailableError)
        # The reader's probe neither blocks (on the pipe) nor reads through a link.
        assert read_lock_info(db, platform=platform, locking=locking) is None
    assert _state(lock, behind) == before
    assert not os.path.lexists(tmp_path / "not-there-yet.txt") or kind != "dangling link"
    if locking is not None:
        assert not locking.held


@pytest.mark.parametrize("kind", ["link to a precious file", "dangling link", "fifo", "folder"])
def test_the_lock_works_again_once_the_planted_thing_is_gone(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "register.sqlite"
    lock = lock_path_for(db)
    PLANTED[kind](lock)
    with pytest.raises(LockPathError):
        acquire_writer_lock(db, "Vilay")
    if lock.is_dir() and not lock.is_symlink():
        for child in lock.iterdir():
            child.unlink()
        lock.rmdir()
    else:
        lock.unlink()
    with acquire_writer_lock(db, "Vilay") as taken:
        assert not taken.stale_lock_found
        assert stat.S_ISREG(os.lstat(lock).st_mode)
    assert not os.path.lexists(lock)


@pytest.mark.parametrize(
    "left",
    [
        b"",
        b"\x00" * 4096,  # a power cut after the size grew, before the data landed
        b'{"host": "LAP',
        b'{"host": "LAPTOP-1", "pid": 41, "operator": "Souk", "since": "2025-06-1',
        b'  \n{"host": "x", "pid": 1, "operator": "y", "since": "2025-06-15T08:00:00"}\n',
    ],
)
def test_what_a_dead_holder_can_leave_is_still_taken_over(tmp_path: Path, left: bytes) -> None:
    db = tmp_path / "register.sqlite"
    lock_path_for(db).write_bytes(left)
    with acquire_writer_lock(db, "Vilay") as taken:
        assert taken.stale_lock_found == bool(left.strip(b"\x00 \n"))
        assert b'"operator": "Vilay"' in lock_path_for(db).read_bytes()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.binary(min_size=1, max_size=3000))
def test_a_file_that_is_no_lock_record_is_never_emptied(tmp_path: Path, content: bytes) -> None:
    body = content.strip(b"\x00 \t\r\n")
    if not body or body.startswith(b"{"):
        return  # what a lock record (or a power cut) leaves: taken over above
    db = tmp_path / "register.sqlite"
    lock = lock_path_for(db)
    lock.write_bytes(content)
    try:
        with pytest.raises(LockPathError, match="holds something else"):
            acquire_writer_lock(db, "Vilay")
        assert lock.read_bytes() == content
    finally:
        lock.unlink()


def test_a_lock_path_that_cannot_be_opened_at_all_is_named(tmp_path: Path) -> None:
    db = tmp_path / "register.sqlite"
    lock = lock_path_for(db)
    # A socket cannot be opened as a file: refused by its kind, not as "cannot create".
    import socket

    sock = socket.socket(socket.AF_UNIX)
    try:
        try:
            sock.bind(str(lock))
        except OSError as exc:
            if exc.errno in (errno.ENAMETOOLONG, errno.EPERM):
                pytest.skip(f"no Unix socket here: {exc}")
            raise
        with pytest.raises(LockPathError, match="pipe or socket"):
            acquire_writer_lock(db, "Vilay")
    finally:
        sock.close()


# --- opening a register whose lock path is taken ---------------------------------------


def _new_register(tmp_path: Path) -> tuple[str, Path]:
    db = tmp_path / "register.sqlite"
    url = "sqlite:///" + str(db)
    open_register(url, "Vilay").close()
    assert not os.path.lexists(lock_path_for(db))
    return url, db


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_the_app_opens_such_a_register_read_only_with_one_message(
    tmp_path: Path, kind: str
) -> None:
    url, db = _new_register(tmp_path)
    lock = lock_path_for(db)
    behind = PLANTED[kind](lock)
    before = _state(lock, behind)
    opened = open_register(url, "Vilay")
    try:
        assert opened.read_only and opened.lock is None
        reason = str(opened.read_only_reason)
        assert str(lock) in reason and "\n" not in reason
    finally:
        opened.close()
    assert _state(lock, behind) == before
