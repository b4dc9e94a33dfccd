"""The hash-chained history: every event is linked, any tampering shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inl_equipment.db.session import Database
from inl_equipment.services import audit


def _write_events(db: Database, n: int) -> None:
    with db.write() as s:
        audit.record(s, "op", [audit.NewEvent("item", i, "edit", {"n": i}) for i in range(n)])


def test_a_clean_chain_verifies(db: Database) -> None:
    _write_events(db, 50)
    _write_events(db, 10)
    with db.read() as s:
        report = audit.verify_chain(s)
    assert report.ok and report.events == 60


def test_an_edited_event_breaks_the_chain_at_that_event(db: Database, db_path: Path) -> None:
    _write_events(db, 20)
    con = sqlite3.connect(db_path)
    con.execute("UPDATE audit_events SET changes = '{\"n\":999}' WHERE id = 7")
    con.commit()
    con.close()
    with db.read() as s:
        report = audit.verify_chain(s)
    assert report.first_broken_id == 7
    assert "changed" in report.reason


def test_a_deleted_event_breaks_the_chain_at_the_next(db: Database, db_path: Path) -> None:
    _write_events(db, 20)
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM audit_events WHERE id = 12")
    con.commit()
    con.close()
    with db.read() as s:
        report = audit.verify_chain(s)
    assert report.first_broken_id == 13
