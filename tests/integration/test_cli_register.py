"""The command line end to end, in a real process, on real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from inl_equipment import __version__


def run(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ)
    env.pop("INL_EQUIPMENT_DB", None)
    if env_db:
        env["INL_EQUIPMENT_DB"] = env_db
    return subprocess.run(
        [sys.executable, "-m", "inl_equipment", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"inl-equipment {__version__}"


def test_demo_then_list_and_search(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    out = run("demo", "--db", str(db), "--items", "250")
    assert out.returncode == 0, out.stderr
    assert "250 sample items" in out.stdout
    listing = run("items", "--db", str(db))
    assert listing.returncode == 0
    assert len(listing.stdout.splitlines()) == 251  # header + rows
    assert "250 of 250 items · total value $" in listing.stderr
    lao = run("items", "ສະຫວັນນະເຂດ", "--limit", "5", env_db=str(db))
    assert lao.returncode == 0
    assert 1 < len(lao.stdout.splitlines()) <= 6


def test_errors_exit_non_zero_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    assert run("demo", "--db", str(db), "--items", "5").returncode == 0
    again = run("demo", "--db", str(db), "--items", "5")
    assert again.returncode != 0
    assert again.stderr.count("\n") == 1 and "already holds items" in again.stderr
    missing = run("items", "--db", str(tmp_path / "nope.sqlite"))
    assert missing.returncode != 0 and "no database" in missing.stderr
    bad = run("demo", "--db", str(tmp_path / "x.sqlite"), "--items", "0")
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1
    bad_url = run("items", "--db", "postgresql+nodriver://x/y")
    assert bad_url.returncode != 0 and bad_url.stderr.count("\n") == 1


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "new.sqlite"
    assert run("demo", "--db", str(db), "--items", "3").returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    out = run("items", "--db", str(db))
    assert out.returncode != 0 and "newer version" in out.stderr
