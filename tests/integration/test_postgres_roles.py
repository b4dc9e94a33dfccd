"""The server, not the app, decides what each role may do in a shared register.

Each role's login connects with psycopg directly (as `psql` or another client
would), and the server refuses what the role may not do: a viewer writes
nothing, nobody changes or deletes history, an issued receipt's content never
changes, only an administrator voids. Needs a server (`INL_TEST_POSTGRESQL`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.exc import DBAPIError

from inl_equipment.db.errors import StorageFault, classify
from tests.helpers.postgres import ENV, fresh_database
from tests.helpers.postgres_roles import as_login, cli, logins

pytestmark = pytest.mark.skipif(
    not os.environ.get(ENV), reason=f"no PostgreSQL server ({ENV} not set); CI runs it"
)


@dataclass
class Server:
    url: str  # the owner's SQLAlchemy URL
    logins: dict[str, str]  # role -> login name

    def connect(self, role: str) -> psycopg.Connection:
        """A plain psycopg connection as the login of `role`."""
        return psycopg.connect(as_login(self.url, self.logins[role], "postgresql"), autocommit=True)

    def app_url(self, role: str) -> str:
        return as_login(self.url, self.logins[role])


def _sample(url: str) -> None:
    from inl_equipment.db.schema import open_database
    from inl_equipment.services.demo import fill_demo

    db = open_database(url)
    with db.write() as s:
        fill_demo(s, 40, "setup", seed=5)
    db.dispose()


@pytest.fixture
def server() -> Iterator[Server]:
    with fresh_database() as url:
        _sample(url)  # before init: the history's trigger wants the owner's login after
        assert cli("server", "init", "--db", url) == 0  # init twice: it is idempotent
        with logins(url) as names:
            yield Server(url, names)


def _refused(conn: psycopg.Connection, sql: str, *params: object) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql, params or None)


def test_a_viewer_reads_and_writes_nothing(server: Server) -> None:
    with server.connect("viewer") as conn:
        assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 40
        _refused(conn, "UPDATE items SET notes = 'x'")
        _refused(conn, "DELETE FROM items")
        _refused(conn, "INSERT INTO categories (name_en, name_lo) VALUES ('Drones', 'ໂດຣນ')")
        _refused(conn, "UPDATE receipt_counters SET last = last + 1")


def test_history_is_append_only_for_every_role(server: Server) -> None:
    for role in ("officer", "administrator"):
        with server.connect(role) as conn:
            _refused(conn, "UPDATE audit_events SET operator = 'someone'")
            _refused(conn, "DELETE FROM audit_events")
            _refused(conn, "TRUNCATE audit_events")
            # An event written under another name than the login's own.
            _refused(
                conn,
                "INSERT INTO audit_events (at, operator, entity_type, entity_id, action,"
                " changes, prev_hash, hash) VALUES (now(), 'setup', 'item', 1, 'edit', '{}',"
                " '', '')",
            )


def test_an_issued_receipt_never_changes_and_only_an_administrator_voids(server: Server) -> None:
    with server.connect("officer") as conn:
        number = conn.execute("SELECT number FROM handovers LIMIT 1").fetchone()[0]
        _refused(conn, "UPDATE handovers SET content = '{}' WHERE number = %s", number)
        _refused(conn, "UPDATE handovers SET status = 'void' WHERE number = %s", number)
        _refused(conn, "DELETE FROM handovers WHERE number = %s", number)
        _refused(conn, "INSERT INTO categories (name_en, name_lo) VALUES ('Drones', 'ໂດຣນ')")
    with server.connect("administrator") as conn:
        _refused(conn, "UPDATE handovers SET digest = 'x' WHERE number = %s", number)
        _refused(conn, "DELETE FROM handovers WHERE number = %s", number)
        conn.execute("INSERT INTO categories (name_en, name_lo) VALUES ('Drones', 'ໂດຣນ')")
        conn.execute(
            "UPDATE handovers SET status = 'void', void_reason = 'test' WHERE number = %s",
            (number,),
        )


def test_the_app_works_as_an_officer_and_the_server_stops_a_viewer(server: Server) -> None:
    from inl_equipment.db.schema import open_database
    from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
    from inl_equipment.services.register import Register
    from inl_equipment.services.search import R

    officer = Register(open_database(server.app_url("officer")), server.logins["officer"])
    stock = [r for r in officer.items.snapshot().rows if r[R["status"]] == "in_stock"]
    agency = officer.reference.lists(("agency",))["agency"][0]
    number = officer.handovers.create(
        HandoverInput(
            to_agency_id=agency.id,
            handed_over_by=PartyInput(name="Jane Doe"),
            received_by=PartyInput(name="Khamphoui"),
            lines=[LineInput(stock[0][R["id"]])],
        )
    )
    assert officer.handovers.detail(number).row.number == number
    assert officer.shared.role() == "officer"
    officer.db.dispose()

    viewer = Register(open_database(server.app_url("viewer")), server.logins["viewer"])
    assert len(viewer.items.snapshot().rows) == 40
    assert viewer.shared.role() == "viewer"
    with pytest.raises(DBAPIError) as refused:
        viewer.handovers.void(number, "not allowed")
    assert classify(refused.value) is StorageFault.NOT_ALLOWED
    viewer.db.dispose()
