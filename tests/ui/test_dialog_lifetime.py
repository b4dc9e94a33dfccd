"""No dialog outlives its use: open and close each kind from the main window, count the living."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.services.columns import R
from inl_equipment.ui.main_window import MainWindow

ROUNDS = 3


@pytest.fixture
def window(qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings) -> MainWindow:
    demo_db.dispose()
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    w.show()
    w.view.ensure_complete()
    return w


def living_dialogs() -> list[str]:
    """Every QDialog still alive once deferred deletes have run: its class and module."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    return sorted(
        f"{type(w).__module__}.{type(w).__qualname__}"
        for w in QApplication.allWidgets()
        if isinstance(w, QDialog)
    )


class Closer:
    """Closes every modal dialog that opens (nested ones too) while an action runs."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._close)

    def _close(self) -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog) and w.isVisible():
            self.seen.append(type(w).__name__)
            if isinstance(w, QMessageBox):
                w.done(0)
            else:
                w.reject()

    def __enter__(self) -> Closer:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()


@pytest.fixture
def closer() -> Iterator[Closer]:
    with Closer() as c:
        yield c


def _select_in_stock(w: MainWindow) -> None:
    snap = w.model.snapshot
    row = next(r for r in snap.rows if r[R["status"]] == "in_stock")
    assert w.view.select_item(row[R["id"]])


def _csv(tmp: Path) -> Path:
    path = tmp / "items.csv"
    path.write_text(
        "Asset tag,Description,Quantity,Unit value\nLIFE-1,Radio,1,10.00\n", encoding="utf-8"
    )
    return path


def _modeless(w: MainWindow, open_it: Callable[[], object], cls: type[QWidget]) -> None:
    open_it()
    QCoreApplication.processEvents()
    views = [v for v in QApplication.allWidgets() if isinstance(v, cls) and v.isVisible()]
    assert views, cls
    for v in views:
        v.close()


def _actions(w: MainWindow, tmp: Path) -> dict[str, Callable[[], object]]:
    from inl_equipment.ui.handovers.handovers_view import HandoversView
    from inl_equipment.ui.item_page.item_page_window import ItemPageWindow

    acts = w.acts
    imports = w.features["imports"]
    out: dict[str, Callable[[], object]] = {
        "new item": acts["new"].trigger,
        "edit item": lambda: (_select_in_stock(w), acts["edit"].trigger()),
        "retire": lambda: (_select_in_stock(w), acts["retire"].trigger()),
        "handover dialog": lambda: (_select_in_stock(w), acts["hand_over"].trigger()),
        "export dialog": acts["export"].trigger,
        "verify": acts["verify"].trigger,
        "import dialog": lambda: imports.import_dialog(_csv(tmp)),  # type: ignore[attr-defined]
        "handovers window": lambda: _modeless(w, acts["handovers"].trigger, HandoversView),
        "item page": lambda: _modeless(
            w, lambda: (_select_in_stock(w), acts["item_page"].trigger()), ItemPageWindow
        ),
        "about": acts["about"].trigger,
    }
    from inl_equipment.ui.reference.feature import KINDS

    for key in KINDS:
        out[f"reference editor ({key})"] = acts[f"reference_{key}"].trigger
    return out


def test_every_dialog_is_deleted_after_it_closes(
    window: MainWindow, closer: Closer, tmp_path: Path
) -> None:
    before = living_dialogs()
    survivors: dict[str, list[str]] = {}
    actions = _actions(window, tmp_path)
    assert len(actions) >= 10
    for name, action in actions.items():
        for _ in range(ROUNDS):
            seen = len(closer.seen)
            action()
            if name not in ("handovers window", "item page"):
                assert len(closer.seen) > seen, f"{name}: no dialog opened"
            # As the event loop would between two uses of the menu.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        alive = [d for d in living_dialogs() if d not in before]
        if alive:
            survivors[name] = alive
    assert not survivors, f"dialogs left alive after closing: {survivors}"


def test_two_hundred_item_forms_leave_nothing_behind(window: MainWindow, closer: Closer) -> None:
    before = living_dialogs()
    for _ in range(200):
        _select_in_stock(window)
        window.acts["edit"].trigger()
    assert len(closer.seen) == 200
    assert living_dialogs() == before
    assert not window.findChildren(QDialog)


def test_dialogs_of_the_handovers_window_are_deleted(
    qtbot: Any, window: MainWindow, closer: Closer
) -> None:
    from inl_equipment.ui.handovers.handovers_view import open_handovers

    view = open_handovers(window)
    issued = next(r.number for r in window.register.handovers.list() if r.status == "issued")
    view.refresh(select=issued)
    assert view.current_number() == issued
    before = living_dialogs()
    for _ in range(ROUNDS):
        seen = len(closer.seen)
        assert view.show_receipt() is not None  # window-modal: the closer closes it
        qtbot.waitUntil(lambda n=seen: len(closer.seen) > n, timeout=10_000)
        seen = len(closer.seen)
        assert not view.void_current()
        assert len(closer.seen) > seen
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert closer.seen.count("ReceiptPreview") == ROUNDS
    assert closer.seen.count("VoidDialog") == ROUNDS
    assert living_dialogs() == before
    view.close()
    assert "HandoversView" not in " ".join(living_dialogs())
