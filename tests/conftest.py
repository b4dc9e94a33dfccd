"""Shared fixtures: headless Qt, isolated settings, real SQLite files in tmp_path."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from inl_equipment.db.schema import open_database
from inl_equipment.db.session import Database
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.register import Register
from tests.helpers.postgres import ENV as POSTGRES_ENV

# The storage and services tests that take a `db` run on SQLite and on PostgreSQL
# (tests/helpers/postgres.py); a test that names the file (`db_path`) or is marked
# `sqlite_only` runs on SQLite alone.
_BOTH_BACKENDS = ("tests/unit/",)
# Not yet on PostgreSQL (the shared-register issue is under way): attachments and photos
# are kept in a folder beside an SQLite file, and a server register has none yet; these
# tests' own checks read the SQLite file (its bytes, pragmas, fingerprint).
_NOT_YET_ON_POSTGRESQL = {
    "test_attach_refusals.py",
    "test_custody_check.py",
    "test_demo.py",
    "test_import_custody.py",
    "test_dashboard_records.py",
    "test_handovers.py",
    "test_hostile_input.py",
    "test_import_hardening.py",
    "test_importer.py",
    "test_item_page_core.py",
    "test_long_text_pdfs.py",
    "test_monitoring_documents.py",
    "test_portable_storage.py",
    "test_search.py",
    "test_startup_overlap.py",
    "test_storage.py",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(why): runs on SQLite alone")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    path = metafunc.definition.path.as_posix()
    direct = metafunc.definition._fixtureinfo.argnames
    both = (
        any(part in path for part in _BOTH_BACKENDS)
        and metafunc.definition.path.name not in _NOT_YET_ON_POSTGRESQL
        and "db_path" not in direct
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    )
    on_server = bool(os.environ.get(POSTGRES_ENV))
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both and on_server else ["sqlite"])


def pytest_report_header(config: pytest.Config) -> str:
    if os.environ.get(POSTGRES_ENV):
        return f"PostgreSQL: the storage and services tests run on it too ({POSTGRES_ENV})"
    return f"PostgreSQL: no server ({POSTGRES_ENV} not set): its runs are skipped; CI runs them"


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests.helpers.postgres import drop_template

    drop_template()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test's register lives in: "sqlite" or "postgresql"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite"


@pytest.fixture
def db(backend: str, tmp_path: Path) -> Iterator[Database]:
    if backend == "postgresql":
        from tests.helpers.postgres import fresh_database

        with fresh_database() as url:
            database = open_database(url)
            yield database
            database.dispose()
        return
    database = open_database("sqlite:///" + str(tmp_path / "register.sqlite"))
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """A register with reference data and 300 sample items."""
    with db.write() as session:
        # No signed-copy scans: tests that store files start from an empty folder.
        fill_demo(session, 300, "tester", seed=7, signed_copies=False)
    return db


@pytest.fixture
def register(demo_db: Database) -> Register:
    return Register(demo_db, "Tester")


@pytest.fixture
def qsettings(tmp_path: Path) -> Iterator[object]:
    """QSettings in an INI file under tmp_path, never the user's real settings."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()
