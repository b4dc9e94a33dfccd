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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database("sqlite:///" + str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """A register with reference data and 300 sample items."""
    with db.write() as session:
        fill_demo(session, 300, "tester", seed=7)
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
