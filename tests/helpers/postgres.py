"""Throwaway PostgreSQL databases for the tests that run on both backends.

`INL_TEST_POSTGRESQL` names a server (a maintenance database URL, e.g.
`postgresql+psycopg://postgres@127.0.0.1:5433/postgres`); `.ci/run` starts a
cluster and sets it. Without it, the PostgreSQL runs are skipped with one
line saying so; with it, a server that cannot be reached is an error, never
a skip, so CI cannot pass without running them.

Each test gets its own database, copied from a template migrated once per
test session (`CREATE DATABASE … TEMPLATE`: a few milliseconds, where
running every migration would take a second).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

ENV = "INL_TEST_POSTGRESQL"
_TEMPLATE = f"inl_test_template_{os.getpid()}"
_numbers = itertools.count(1)
_template_ready: list[bool] = []


def server_url() -> str:
    """The server's maintenance URL, or skip the test when none is configured."""
    url = os.environ.get(ENV, "")
    if not url:
        pytest.skip(f"no PostgreSQL server for the tests: set {ENV} (CI sets it)")
    return url


def _admin(url: str) -> sa.Engine:
    return sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _make_template(url: str) -> None:
    from inl_equipment.db.schema import open_database

    admin = _admin(url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{_TEMPLATE}"'))
    admin.dispose()
    db = open_database(_with_database(url, _TEMPLATE))
    db.dispose()
    _template_ready.append(True)


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new, migrated, empty register database; dropped afterwards."""
    url = server_url()
    if not _template_ready:
        _make_template(url)
    name = f"inl_test_{os.getpid()}_{next(_numbers)}"
    admin = _admin(url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATE}"'))
    try:
        yield _with_database(url, name)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def drop_template() -> None:
    """Remove the session's template database (at the end of the test session)."""
    url = os.environ.get(ENV, "")
    if not url or not _template_ready:
        return
    admin = _admin(url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)'))
    admin.dispose()
