"""Real file-system faults for tests, made with mounts (needs root; callers skip otherwise).

Root ignores permission bits, so a chmod-ed folder is no test of "read-only"
when the tests run as root. A read-only bind mount is refused by the kernel
for everyone, root included, exactly as a read-only share or medium would be.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


class MountNotPermitted(Exception):
    """This machine or user cannot mount; the calling test should skip."""


def _run(*args: str) -> None:
    try:
        done = subprocess.run(list(args), capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MountNotPermitted(f"{args[0]} unavailable: {exc}") from exc
    if done.returncode != 0:
        raise MountNotPermitted(f"{' '.join(args)}: {done.stderr.strip()}")


def _umount(target: Path) -> None:
    try:
        _run("umount", str(target))
    except MountNotPermitted:
        with suppress(MountNotPermitted):
            _run("umount", "-l", str(target))


@contextmanager
def read_only_view(source: Path, target: Path) -> Iterator[Path]:
    """`target` shows `source` read-only (a read-only bind mount) for the block."""
    target.mkdir(parents=True, exist_ok=True)
    _run("mount", "--bind", str(source), str(target))
    try:
        _run("mount", "-o", "remount,ro,bind", str(target))
        yield target
    finally:
        _umount(target)


@contextmanager
def writable_file_over(source_file: Path, target_file: Path) -> Iterator[Path]:
    """Bind-mount one writable file over `target_file` (e.g. inside a read-only view)."""
    _run("mount", "--bind", str(source_file), str(target_file))
    try:
        yield target_file
    finally:
        _umount(target_file)


@contextmanager
def tiny_tmpfs(target: Path, size: str = "1M") -> Iterator[Path]:
    """A tmpfs of `size` at `target`: writes beyond it fail with ENOSPC, for real."""
    target.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target))
    try:
        yield target
    finally:
        _umount(target)
