"""The Handovers window: a folder (or another non-file) as a signed copy gives a warning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from inl_equipment.services.register import Register
from inl_equipment.ui.handovers.handovers_view import HandoversView
from tests.ui.helpers import on_modal
from tests.unit.test_attach_refusals import CASES, issue


@pytest.mark.parametrize("kind", ["folder", "link to a folder", "missing", "empty"])
def test_refused_in_the_window(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path, kind: str
) -> None:
    number = issue(register)
    view = HandoversView(register, None, qsettings)
    qtbot.addWidget(view)
    view.show()
    view.refresh(select=number)
    assert view.current_number() == number
    seen: list[tuple[str, str]] = []

    def read(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    on_modal(read, cls=QMessageBox)
    assert not view.attach_signed_copy(CASES[kind](tmp_path))
    assert seen and seen[0][0] == "Cannot attach this file", seen
    assert "Traceback" not in seen[0][1] and "Errno" not in seen[0][1]
