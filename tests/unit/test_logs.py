"""The log goes to a rotating file in the data folder, never the console."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from inl_equipment.logs import LOG_FILE_NAME, MAX_BYTES, log_dir, setup_logging


def test_records_go_to_the_log_file_in_the_data_folder(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    assert path == log_dir(tmp_path) / LOG_FILE_NAME
    logging.getLogger("inl_equipment.test").warning("a %s to keep", "line")
    for handler in logging.getLogger("inl_equipment").handlers:
        handler.flush()
    assert "a line to keep" in path.read_text(encoding="utf-8")


def test_the_log_rotates_and_never_grows_without_bound(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    assert path is not None
    log = logging.getLogger("inl_equipment.test")
    for i in range(3 * MAX_BYTES // 1000):
        log.info("%05d %s", i, "x" * 1000)
    files = sorted(path.parent.iterdir())
    assert 2 <= len(files) <= 5
    assert all(f.stat().st_size <= MAX_BYTES + 2000 for f in files)


def test_setting_up_again_replaces_the_handler(tmp_path: Path) -> None:
    setup_logging(tmp_path / "a")
    setup_logging(tmp_path / "b")
    handlers = logging.getLogger("inl_equipment").handlers
    ours = [h for h in handlers if getattr(h, "_inl_log_file", False)]
    assert len(ours) == 1


def test_an_unwritable_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert setup_logging(blocker) is None


@pytest.fixture(autouse=True)
def _restore_logging() -> object:
    yield
    root = logging.getLogger("inl_equipment")
    for handler in list(root.handlers):
        if getattr(handler, "_inl_log_file", False):
            root.removeHandler(handler)
            handler.close()
