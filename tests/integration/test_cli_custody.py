"""`inl-equipment check` checks custody: every handed-over item on one live receipt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_cli_register import run


def test_check_passes_a_sample_register_and_fails_one_broken_by_hand(tmp_path: Path) -> None:
    db = tmp_path / "custody.sqlite"
    made = run("demo", "--db", str(db), "--items", "400")
    assert made.returncode == 0, made.stderr
    ok = run("check", "--db", str(db))
    assert ok.returncode == 0, ok.stderr
    assert "handed-over items is on one live receipt" in ok.stdout
    with sqlite3.connect(db) as con:
        item_id, tag = con.execute(
            "SELECT id, asset_tag FROM items WHERE status = 'handed_over' ORDER BY id LIMIT 1"
        ).fetchone()
        # The receipt lines are not part of any item's seal: the history still verifies.
        con.execute("DELETE FROM handover_lines WHERE item_id = ?", (item_id,))
    broken = run("check", "--db", str(db))
    assert broken.returncode == 1
    line = broken.stderr.strip().splitlines()[-1]
    assert line.startswith("inl-equipment: error: custody: 1 handed-over item")
    assert "on no live receipt" in line and tag in line
