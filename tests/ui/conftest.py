"""GUI-test plumbing: no modal-dialog poller outlives its test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.helpers import cancel_pending


@pytest.fixture(autouse=True)
def _stop_dialog_pollers() -> Iterator[None]:
    yield
    cancel_pending()


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp: object) -> None:
    """The app installs the English catalogue (its plural forms) at start: so do the tests."""
    from inl_equipment.ui.translation import install_language

    install_language("en")
