"""Real faults on real files: killed migrations, a second writer, a corrupted file."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from inl_equipment.db.schema import HEAD_REVISION
from tests.helpers.old_registers import grow_items, old_register
from tests.integration.test_cli_register import run

HELPERS = Path(__file__).resolve().parents[1] / "helpers"


def _old_register(path: Path, items: int) -> None:
    made = old_register(path.parent, "0001", name=path.name)
    grow_items(made, items)


def _state(path: Path) -> tuple[str, bool, list[tuple[str]]]:
    con = sqlite3.connect(path)
    try:
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        has_handovers = bool(
            con.execute("SELECT 1 FROM sqlite_master WHERE name = 'handovers'").fetchone()
        )
        return rev, has_handovers, con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


def test_a_migration_killed_at_random_leaves_old_or_new_schema(tmp_path: Path) -> None:
    rng = random.Random(5)
    template = tmp_path / "template.sqlite"
    _old_register(template, 2000)
    code = (
        "import sys; from inl_equipment.db.schema import open_database; "
        "open_database('sqlite:///' + sys.argv[1]); print('done', flush=True)"
    )
    outcomes = set()
    for n in range(8):
        path = tmp_path / f"r{n}.sqlite"
        path.write_bytes(template.read_bytes())
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True
        )
        time.sleep(rng.uniform(0.3, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        rev, has_handovers, integrity = _state(path)
        assert integrity == [("ok",)]
        assert (rev, has_handovers) in {("0001", False), (HEAD_REVISION, True)}
        if rev == HEAD_REVISION or list(tmp_path.glob(f"r{n}.pre-migration-*")):
            backups = list(tmp_path.glob(f"r{n}.pre-migration-0001-*.sqlite"))
            if rev == HEAD_REVISION:
                assert len(backups) == 1
        outcomes.add(rev)
        con = sqlite3.connect(path)
        assert con.execute("SELECT count(*) FROM items").fetchone()[0] == 2000
        con.close()


def test_a_second_writer_is_refused_and_a_dead_ones_lock_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    assert run("demo", "--db", str(db), "--items", "10").returncode == 0
    holder = subprocess.Popen(
        [sys.executable, str(HELPERS / "hold_lock.py"), str(db), "Souk"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("LOCKED")
        refused = run("restore", str(db), "--db", str(db))
        assert refused.returncode == 3
        assert "Souk" in refused.stderr and str(holder.pid) in refused.stderr
        reading = run("check", "--db", str(db))
        assert reading.returncode == 0, reading.stderr  # readers may run beside a writer
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    backup = run("backup", "--db", str(db))
    assert backup.returncode == 0
    made = backup.stdout.strip().rsplit(" ", 1)[1]
    again = run("restore", made, "--db", str(db))
    assert again.returncode == 0, again.stderr


def test_check_finds_a_corrupted_page_and_a_broken_history(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    assert run("demo", "--db", str(db), "--items", "2000").returncode == 0
    assert run("check", "--db", str(db)).returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE audit_events SET operator = 'someone else' WHERE id = 40")
    con.commit()
    con.close()
    broken = run("check", "--db", str(db))
    assert broken.returncode == 1 and "history broken at event 40" in broken.stderr
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xde\xad\xbe\xef" * 1024)
    damaged = run("check", "--db", str(db))
    assert damaged.returncode == 1 and damaged.stderr.startswith("inl-equipment: error: damaged")
    assert damaged.stderr.count("\n") == 1
    listing = run("items", "--db", str(db))
    assert listing.returncode != 0 and "is damaged" in listing.stderr
    assert db.exists()  # a reading command never moves the file


def test_a_wrong_path_is_refused_and_never_moved(tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text("Asset Tag,Name\nA-1,Radio\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    for target, message in ((sheet, "not an SQLite file"), (folder, "is a folder")):
        out = run("import", str(sheet), "--db", str(target))
        assert out.returncode != 0 and message in out.stderr and out.stderr.count("\n") == 1
    assert sheet.read_text().startswith("Asset Tag") and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "list.csv"]
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert run("demo", "--db", str(empty), "--items", "3").returncode == 0  # 0 bytes: a new one


def test_reading_commands_never_change_the_file(tmp_path: Path) -> None:
    import hashlib

    db = tmp_path / "r.sqlite"
    assert run("demo", "--db", str(db), "--items", "50").returncode == 0
    backup = run("backup", "--db", str(db)).stdout.strip().rsplit(" ", 1)[1]
    before = hashlib.sha256(Path(backup).read_bytes()).hexdigest()
    assert run("check", "--db", backup).returncode == 0
    assert run("items", "--db", backup).returncode == 0
    assert hashlib.sha256(Path(backup).read_bytes()).hexdigest() == before
    assert not Path(backup + "-wal").exists()


def test_a_reading_command_does_not_migrate(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_register(path, 20)
    out = run("items", "--db", str(path))
    assert out.returncode != 0 and "needs an upgrade" in out.stderr
    assert _state(path)[0] == "0001"
    assert not list(tmp_path.glob("old.pre-migration-*"))
