"""The handover windows' looks are roles and palette names; the list follows the change feed."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from inl_equipment.db.transactions import Handover
from inl_equipment.services.columns import R
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.receipts import qr_text
from inl_equipment.services.register import Register
from inl_equipment.ui.handovers.handover_details import file_size
from inl_equipment.ui.handovers.handovers_view import HandoversView
from inl_equipment.ui.handovers.verify_dialog import VerifyDialog
from inl_equipment.ui.style import Palette, Role

SIGNED, STATUS = 7, 8


def issue(register: Register, index: int = 0) -> str:
    stock = [r[R["id"]] for r in register.items.snapshot().rows if r[R["status"]] == "in_stock"]
    agency = register.reference.lists(("agency",))["agency"][0]
    return register.handovers.create(
        HandoverInput(
            to_agency_id=agency.id,
            handed_over_by=PartyInput(name="Jane Doe"),
            received_by=PartyInput(name="Vanh Sisouk"),
            lines=[LineInput(stock[index])],
        )
    )


def test_verdicts_have_roles(qtbot: Any, register: Register) -> None:
    kept, voided = issue(register, 0), issue(register, 1)
    register.handovers.void(voided, "Wrong unit")
    with register.db.read() as s:
        digests = {n: d for n, d in s.execute(select(Handover.number, Handover.digest))}
    dialog = VerifyDialog(register)
    qtbot.addWidget(dialog)
    dialog.check(qr_text(kept, digests[kept]))
    assert dialog.verdict_label.property("role") == Role.VERDICT_OK.value
    dialog.check(qr_text(voided, digests[voided]))
    assert dialog.verdict_label.property("role") == Role.VERDICT_WARN.value
    changed = ("0" if digests[kept][0] != "0" else "1") + digests[kept][1:]
    dialog.check(qr_text(kept, changed))
    assert dialog.verdict_label.property("role") == Role.VERDICT_BAD.value
    assert not dialog.verdict_label.styleSheet()  # no inline colours


def test_list_colours_and_a_change_from_a_worker_thread(
    qtbot: Any, register: Register, qsettings: QSettings
) -> None:
    first = issue(register, 0)
    view = HandoversView(register, None, qsettings)
    qtbot.addWidget(view)
    row = view.model.row_of(first)
    assert row is not None
    missing = view.model.index(row, SIGNED).data(Qt.ItemDataRole.ForegroundRole)
    assert missing is None  # issued today: a missing signed copy is red only after a week
    assert view.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    # Voided elsewhere, on another thread: the list shows it once the GUI thread runs.
    worker = threading.Thread(target=register.handovers.void, args=(first, "Wrong unit"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: view.model.index(row, STATUS).data() == "Void", timeout=5000)
    for col in (0, SIGNED):
        grey = view.model.index(row, col).data(Qt.ItemDataRole.ForegroundRole)
        assert grey == QColor(Palette.VOID)

    second = issue(register, 1)  # issued elsewhere: listed at once
    assert view.model.row_of(second) is not None


def test_a_closed_window_stops_listening(
    qtbot: Any, register: Register, qsettings: QSettings
) -> None:
    view = HandoversView(register, None, qsettings)
    view.show()
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    with qtbot.waitSignal(view.destroyed, timeout=5000):
        view.close()
    assert issue(register)  # the feed no longer calls the deleted window


def test_file_sizes() -> None:
    assert file_size(48 * 1024) == "48 KB"
    assert file_size(3 * 1024 * 1024) == "3.0 MB"
