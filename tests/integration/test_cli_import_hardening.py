"""Issue 9, `inl-equipment import`: no lock, read-only places, rejects over inputs, backups."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inl_equipment import cli
from inl_equipment.db import opening
from inl_equipment.db.backups import list_backups
from inl_equipment.db.session import Database

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def register_file(demo_db: Database, db_path: Path) -> Path:
    demo_db.dispose()
    return db_path


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INL_EQUIPMENT_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "data"))
    monkeypatch.setenv("INL_EQUIPMENT_OPERATOR", "CLI tester")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inl_equipment", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


def fingerprint(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def csv_file(folder: Path, name: str = "in.csv") -> Path:
    path = folder / name
    path.write_text("Asset Tag,Name,Purchase Cost\r\nH-1,Radio,$4\r\nH-2,Tent,forty\r\n", "utf-8")
    return path


def one_line_error(out: subprocess.CompletedProcess[str], *words: str) -> None:
    assert out.returncode != 0
    assert "Traceback" not in out.stderr, out.stderr
    lines = [line for line in out.stderr.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1 and lines[0].startswith("inl-equipment: error:"), out.stderr
    for word in words:
        assert word in lines[0], lines[0]


# ------------------------------------------------ the lock cannot be taken


def test_a_folder_where_the_lock_file_goes_is_one_line(register_file: Path, tmp_path: Path) -> None:
    lock = Path(f"{register_file}.lock")
    lock.mkdir()
    before = fingerprint(register_file)
    out = run("import", str(csv_file(tmp_path)), "--db", str(register_file))
    one_line_error(out, "cannot import into", "lock")
    assert out.stdout == ""  # refused before the rows were even checked
    assert fingerprint(register_file) == before and lock.is_dir()
    # A dry run writes nothing and needs no lock.
    dry = run("import", str(csv_file(tmp_path)), "--db", str(register_file), "--dry-run")
    assert "Traceback" not in dry.stderr and "can import: 1 new" in dry.stdout


@pytest.fixture
def unwritable(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Make the paths put in the list read-only; undone afterwards so tmp_path can be removed.

    Permissions do not stop root, so as root the register's own probe for a
    place it cannot write (`is_read_only`) answers as it would for anyone else.
    """
    paths: list[Path] = []
    if ROOT:
        real = opening.is_read_only
        monkeypatch.setattr(
            opening,
            "is_read_only",
            lambda p: any(p == x or p.parent == x for x in paths) or real(p),
        )
    yield paths
    for path in paths:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_register_is_one_line(
    register_file: Path,
    tmp_path: Path,
    unwritable: list[Path],
    what: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = fingerprint(register_file)
    target = register_file.parent if what == "folder" else register_file
    (tmp_path / "files").mkdir()
    data = csv_file(tmp_path / "files")
    target.chmod(target.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    unwritable.append(target)
    code = cli.main(["import", str(data), "--db", str(register_file)])
    err = capsys.readouterr().err
    assert code == 3, err
    lines = [line for line in err.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1 and lines[0].startswith("inl-equipment: error: cannot import into")
    assert "cannot be written" in lines[0]
    assert fingerprint(register_file) == before


# ------------------------------------------------ --rejects over an input


def test_rejects_over_the_input_are_refused_before_anything(
    register_file: Path, tmp_path: Path
) -> None:
    data = csv_file(tmp_path)
    original = data.read_bytes()
    (tmp_path / "link.csv").symlink_to(data)
    os.link(data, tmp_path / "hard.csv")
    (tmp_path / "sub").mkdir()
    before = fingerprint(register_file)
    spellings = (str(data), "../in.csv", "./../sub/../in.csv", "../link.csv", "../hard.csv")
    for rejects in spellings:
        out = subprocess.run(
            [sys.executable, "-m", "inl_equipment", "import", str(data), "--db", str(register_file),
             "--rejects", rejects],
            capture_output=True, text=True, env=dict(os.environ), timeout=120, cwd=tmp_path / "sub",
        )  # fmt: skip
        one_line_error(out, "--rejects", "file being imported")
        assert out.stdout == ""
        assert data.read_bytes() == original
    for rejects in (register_file, Path(f"{register_file}-wal")):
        out = run("import", str(data), "--db", str(register_file), "--rejects", str(rejects))
        one_line_error(out, "register's own file")
    assert fingerprint(register_file) == before


# ------------------------------------------------ the backup after an import


def test_an_import_is_followed_by_a_backup(register_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "good.csv"
    path.write_text("Asset Tag,Name,Category\r\nB-1,Radio,Radios\r\n", encoding="utf-8")
    dry = run("import", str(path), "--db", str(register_file), "--dry-run")
    assert dry.returncode == 0 and not [b for b in list_backups(register_file) if b.reason]
    done = run("import", str(path), "--db", str(register_file))
    assert done.returncode == 0, done.stderr
    made = [b for b in list_backups(register_file) if b.reason == "import"]
    assert len(made) == 1 and made[0].path.is_file()
    assert f"backup after the import: {made[0].path}" in done.stdout
    con = sqlite3.connect(made[0].path)
    try:
        assert con.execute("SELECT count(*) FROM items WHERE asset_tag = 'B-1'").fetchone() == (1,)
    finally:
        con.close()
    # An import refused for its errors commits nothing, so no backup is taken.
    bad = tmp_path / "bad.csv"
    bad.write_text("Asset Tag,Name,Purchase Cost\r\nB-2,Radio,forty\r\n", encoding="utf-8")
    refused = run("import", str(bad), "--db", str(register_file))
    assert refused.returncode == 1
    assert len([b for b in list_backups(register_file) if b.reason == "import"]) == 1
