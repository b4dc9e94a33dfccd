"""Restore refuses, before anything changes, every backup that opening would refuse.

The class of fault: `restore` trusted any file that passed `integrity_check`,
so a backup from a newer schema replaced the register and it no longer
opened. Each kind of unusable file is tried through the command line (one
line on stderr, exit non-zero) and the facade; afterwards the register is
byte for byte what it was, and still opens.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from inl_equipment.cli import main
from inl_equipment.db.backup import BackupError
from inl_equipment.db.backups import list_backups, make_backup
from inl_equipment.db.restore_checks import restorable_problem
from inl_equipment.db.schema import KNOWN_REVISIONS, open_database
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.register import Register


def _register(path: Path) -> Path:
    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, 30, "op", receipts=False)
    db.dispose()
    return path


def _copy(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


def _stamp(path: Path, revision: str) -> Path:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()
    return path


def newer_schema(good: Path, out: Path) -> Path:
    return _stamp(_copy(good, out), "0099")


def unknown_revision(good: Path, out: Path) -> Path:
    return _stamp(_copy(good, out), "ffffdeadbeef")


def no_revision(good: Path, out: Path) -> Path:
    path = _copy(good, out)
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM alembic_version")
    con.close()
    return path


def damaged_pages(good: Path, out: Path) -> Path:
    path = _copy(good, out)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # keep the header, break pages
        data[start + 8 : start + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    return path


def damaged_header(good: Path, out: Path) -> Path:
    path = _copy(good, out)
    with open(path, "r+b") as fh:
        fh.write(b"\xff" * 100)
    return path


def other_sqlite_file(_good: Path, out: Path) -> Path:
    con = sqlite3.connect(out)
    with con:
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        con.execute("INSERT INTO notes (text) VALUES ('not a register')")
    con.close()
    return out


def stamped_but_no_tables(_good: Path, out: Path) -> Path:
    con = sqlite3.connect(out)
    with con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        con.execute("INSERT INTO alembic_version VALUES (?)", (KNOWN_REVISIONS[-1],))
    con.close()
    return out


def empty_file(_good: Path, out: Path) -> Path:
    out.write_bytes(b"")
    return out


def text_file(_good: Path, out: Path) -> Path:
    out.write_text("asset_tag,description\nINL-1,Radio\n", encoding="utf-8")
    return out


def zip_file(_good: Path, out: Path) -> Path:
    out.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    return out


BAD_BACKUPS: list[Callable[[Path, Path], Path]] = [
    newer_schema,
    unknown_revision,
    no_revision,
    damaged_pages,
    damaged_header,
    other_sqlite_file,
    stamped_but_no_tables,
    empty_file,
    text_file,
    zip_file,
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _opens(path: Path) -> int:
    db = open_database("sqlite:///" + str(path))
    try:
        return len(Register(db, "op").items.snapshot().rows)
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _register(tmp_path_factory.mktemp("template") / "register.sqlite")


@pytest.mark.parametrize("make_bad", BAD_BACKUPS, ids=lambda f: f.__name__)
def test_cli_restore_refuses_in_one_line_and_changes_nothing(
    make_bad: Callable[[Path, Path], Path],
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = _copy(template, tmp_path / "register.sqlite")
    bad = make_bad(template, tmp_path / "chosen.sqlite")
    assert restorable_problem(bad) is not None
    before, bad_before = _digest(db), _digest(bad)
    listing = sorted(p.name for p in tmp_path.iterdir())

    code = main(["restore", "--db", str(db), str(bad)])

    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "nothing changed" in err or "damaged" in err
    assert _digest(db) == before and _digest(bad) == bad_before
    # No "before-restore" copy, no ".restoring" left: the refusal came first.
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    assert _opens(db) == 30


@pytest.mark.parametrize("make_bad", BAD_BACKUPS, ids=lambda f: f.__name__)
def test_facade_restore_refuses_and_the_register_still_opens(
    make_bad: Callable[[Path, Path], Path], template: Path, tmp_path: Path
) -> None:
    path = _copy(template, tmp_path / "register.sqlite")
    bad = make_bad(template, tmp_path / "chosen.sqlite")
    db = open_database("sqlite:///" + str(path))
    register = Register(db, "op")
    try:
        with pytest.raises(BackupError) as refused:
            register.safety.restore(bad)
        assert str(refused.value) and "\n" not in str(refused.value)
        assert len(register.items.snapshot().rows) == 30  # the same database, still open
        assert list_backups(path) == []
    finally:
        register.db.dispose()
    assert _opens(path) == 30


def test_newer_schema_message_says_what_to_do(template: Path, tmp_path: Path) -> None:
    bad = newer_schema(template, tmp_path / "chosen.sqlite")
    problem = str(restorable_problem(bad))
    assert "newer version" in problem and "0099" in problem


def test_a_good_backup_of_an_older_schema_still_restores(template: Path, tmp_path: Path) -> None:
    db = _copy(template, tmp_path / "register.sqlite")
    good = make_backup(db, "manual")
    assert restorable_problem(good) is None
    assert main(["restore", "--db", str(db), str(good)]) == 0
    assert _opens(db) == 30
