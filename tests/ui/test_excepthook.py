"""An exception escaping a slot is logged and shown, even with no console at all."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from inl_equipment.logs import setup_logging
from inl_equipment.ui.errors import describe_error, install_excepthook
from tests.ui.helpers import on_modal


def test_the_hook_logs_and_shows_and_never_touches_a_missing_stderr(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "stderr", None)  # a windowed Windows build has none
    install_excepthook()
    seen: list[str] = []

    def close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.close()

    on_modal(close, cls=QMessageBox)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger("inl_equipment").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "uncaught exception" in text and "boom in a slot" in text
    assert seen and "boom in a slot" in seen[0]


def test_errors_are_told_apart_by_type_and_code_not_wording(tmp_path: Path) -> None:
    import sqlite3

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    path = tmp_path / "ro.sqlite"
    sqlite3.connect(path).execute("create table t (x)").connection.commit()
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(OperationalError) as caught, engine.begin() as conn:
        conn.execute(text("insert into t values (1)"))
    engine.dispose()
    title, _message = describe_error(caught.value)
    assert title == "Read-only"
