"""The handover form's scanner finds an item whatever look-alike of its tag it is sent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inl_equipment.services.columns import R
from inl_equipment.services.register import Register
from tests.ui.test_handover_dialog import make_dialog, rows_with


def scan(qtbot: Any, dialog: Any, text: str) -> None:
    # As a scanner in keyboard mode types it (key events for invisible characters
    # are not simulated: the text arrives in the box, then Enter).
    dialog.scan_edit.setText(text)
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)


def test_scanner_finds_look_alike_tags(qtbot: Any, register: Register, qsettings: Any) -> None:
    stock = rows_with(register, "in_stock", lots=False)
    dialog = make_dialog(qtbot, register, qsettings)
    first, second = stock[0][R["asset_tag"]], stock[1][R["asset_tag"]]
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in first)
    scan(qtbot, dialog, wide)  # a full-width keyboard layout
    assert dialog.lines.rowCount() == 1, dialog.message.text()
    scan(qtbot, dialog, f"\u200b{second[:3]}\u2060{second[3:]}\ufeff")  # invisible characters
    assert dialog.lines.rowCount() == 2, dialog.message.text()
    scan(qtbot, dialog, f"{first}\u00ad")  # the first again: already on the list
    assert dialog.lines.rowCount() == 2 and "already on this list" in dialog.message.text()
