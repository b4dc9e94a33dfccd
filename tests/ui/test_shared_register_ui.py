"""The window on a shared PostgreSQL register: the role shown and kept, others' changes seen.

Needs a server (`INL_TEST_POSTGRESQL`; CI starts one).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from inl_equipment.app import create_main_window
from inl_equipment.db.schema import open_database
from inl_equipment.services.item_rules import ItemInput
from inl_equipment.services.register import Register
from inl_equipment.services.search import R
from inl_equipment.ui.shared_register import feature as shared
from tests.helpers.postgres import ENV, fresh_database
from tests.helpers.postgres_roles import as_login, logins

pytestmark = pytest.mark.skipif(
    not os.environ.get(ENV), reason=f"no PostgreSQL server ({ENV} not set); CI runs it"
)


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, str]]]:
    with fresh_database() as url:
        db = open_database(url)
        from inl_equipment.services.starter_reference import add_starter_reference

        with db.write() as s:
            add_starter_reference(s)
        db.dispose()
        with logins(url) as names:
            yield url, names


def test_a_viewer_sees_the_role_cannot_write_and_sees_an_officers_new_item(
    qtbot: Any, qsettings: QSettings, server: tuple[str, dict[str, str]], monkeypatch: Any
) -> None:
    url, names = server
    monkeypatch.setattr(shared, "POLL_MS", 200)
    window = create_main_window(as_login(url, names["viewer"]), qsettings, operator="Noy")
    qtbot.addWidget(window)
    window.show()
    label = window.findChild(type(window.operator_label), "roleLabel")
    assert label is not None and "viewer" in label.text()
    assert window.acts["new"].isEnabled() is False
    assert all(not a.isEnabled() for a in window.acts.writing())

    officer = Register(open_database(as_login(url, names["officer"])), "Somchai")
    category = officer.reference.lists(("category",))["category"][0].id
    officer.items.create(ItemInput(asset_tag="SHARED-1", description="Radio", category_id=category))
    officer.db.dispose()

    def shown() -> bool:
        rows = window.model.snapshot.rows
        return any(rows[p][R["asset_tag"]] == "SHARED-1" for p in window.model.positions())

    qtbot.waitUntil(shown, timeout=5_000)
    window.close()
