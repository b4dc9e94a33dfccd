"""Single-writer lock: real processes, real lock files, real kills."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from inl_equipment.db.lock import (
    LockedError,
    LockHeldByThisProcessError,
    LockUnavailableError,
    acquire_writer_lock,
    lock_path_for,
    read_lock_info,
)

HELPERS = Path(__file__).parents[1] / "helpers"
REPO = Path(__file__).parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_test_helper_{name}", HELPERS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _start_holder(db: Path, operator: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, str(HELPERS / "hold_lock.py"), str(db), operator],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    return proc, line


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


def test_second_process_is_refused_then_takes_over_after_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "register.sqlite"
    proc, line = _start_holder(db, "Somchai")
    try:
        assert line == f"LOCKED {proc.pid}"

        with pytest.raises(LockedError) as refused:
            acquire_writer_lock(db, "Vilay")
        message = str(refused.value)
        assert socket.gethostname() in message
        assert f"process {proc.pid}" in message
        assert "Somchai" in message
        assert refused.value.holder is not None and refused.value.holder.pid == proc.pid

        seen = read_lock_info(db)
        assert seen is not None and (seen.pid, seen.operator) == (proc.pid, "Somchai")

        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        _stop(proc)

    # The killed holder's file is still there, but nobody holds its OS lock.
    assert lock_path_for(db).exists()
    assert read_lock_info(db) is None

    with acquire_writer_lock(db, "Vilay") as lock:
        assert lock.stale_lock_found
        assert lock.recovered_from is not None
        assert lock.recovered_from.pid == proc.pid
        assert lock.recovered_from.operator == "Somchai"
        recorded = json.loads(lock_path_for(db).read_text(encoding="utf-8"))
        assert recorded["pid"] == os.getpid() and recorded["operator"] == "Vilay"
        assert set(recorded) == {"host", "pid", "operator", "since", "app"}
    assert not lock_path_for(db).exists()


def test_released_lock_can_be_taken_by_another_process(tmp_path: Path) -> None:
    db = tmp_path / "register.sqlite"
    lock = acquire_writer_lock(db, "Vilay")
    assert lock.recovered_from is None and not lock.stale_lock_found
    proc, line = _start_holder(db, "Somchai")
    _stop(proc)
    assert line.startswith("REFUSED") and "Vilay" in line

    lock.release()
    lock.release()  # twice is harmless
    proc, line = _start_holder(db, "Somchai")
    try:
        assert line == f"LOCKED {proc.pid}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()  # let it release cleanly
        assert proc.wait(timeout=10) == 0
    assert not lock_path_for(db).exists()


def test_same_process_cannot_deadlock_on_its_own_lock(tmp_path: Path) -> None:
    db = tmp_path / "register.sqlite"
    with acquire_writer_lock(db, "Vilay") as lock:
        started = time.monotonic()
        # Spelled differently, still the same file.
        with pytest.raises(LockHeldByThisProcessError, match="already has"):
            acquire_writer_lock(tmp_path / "sub" / ".." / "register.sqlite", "Vilay")
        assert time.monotonic() - started < 1
        assert read_lock_info(db) == lock.info
    with acquire_writer_lock(db, "Vilay"):
        pass


def test_half_written_lock_file_from_a_power_cut_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "register.sqlite"
    lock_path_for(db).write_text('{"host": "LAPTOP-1", "pid": 41', encoding="utf-8")
    assert read_lock_info(db) is None
    with acquire_writer_lock(db, "Vilay") as lock:
        assert lock.stale_lock_found and lock.recovered_from is None
    # An empty file is what a clean release leaves when the file cannot be deleted.
    lock_path_for(db).write_bytes(b"")
    with acquire_writer_lock(db, "Vilay") as lock:
        assert not lock.stale_lock_found


def test_lock_file_cannot_be_created_in_a_read_only_folder(tmp_path: Path) -> None:
    source = tmp_path / "data"
    source.mkdir()
    (source / "register.sqlite").write_bytes(b"")
    probe = tmp_path / "probe"
    probe.write_bytes(b"")
    probe.chmod(0o444)
    bits_enforced = not os.access(probe, os.W_OK)
    if not bits_enforced:
        # Root ignores permission bits: a read-only mount is refused to root too.
        fault_fs = _load("fault_fs")
        try:
            view = fault_fs.read_only_view(source, tmp_path / "ro")
            folder = view.__enter__()
        except fault_fs.MountNotPermitted as exc:
            pytest.skip(f"cannot make a read-only mount here: {exc}")
        try:
            with pytest.raises(LockUnavailableError, match="read-only"):
                acquire_writer_lock(folder / "register.sqlite", "Vilay")
        finally:
            view.__exit__(None, None, None)
    else:
        source.chmod(0o555)
        try:
            with pytest.raises(LockUnavailableError, match="read-only"):
                acquire_writer_lock(source / "register.sqlite", "Vilay")
        finally:
            source.chmod(0o755)
