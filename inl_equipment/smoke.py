"""`inl-equipment --smoke-test`: everything the app makes, once, in a throw-away folder.

CI runs it on the frozen (PyInstaller) build, where a module or data file the
build left out shows only when the code that needs it runs; so each step goes
through the app's own code and checks what it produced:

a new register (Alembic migrations from disk), sample data, a handover and
its receipt PDF, the receipt verified by its QR text, an inventory report as
PDF, XLSX and CSV (the two spreadsheets read back by the import reader), a
verified backup and a full check, then the main window offscreen (no first-run
dialogs) with the table painted, the receipt loaded by QtPdf as the preview
does, and the interface switched to Lao and back.

Exit 0 when every step passed. On a failure: exit 1 and one line on stderr
naming the step; the traceback goes to the app's log file. A step that hangs
(a modal dialog nobody can answer) ends the process after `TIMEOUT_SECONDS`.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

PROG = "inl-equipment"
SAMPLE_ITEMS = 300  # enough for the sample data to hold an incident and a disposal
TIMEOUT_SECONDS = 300.0
OPERATOR = "Smoke Test"
#: Exit code when a step failed, and when the watchdog ended a step that hung.
FAILED, TIMED_OUT = 1, 3
log = logging.getLogger(__name__)
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class SmokeError(Exception):
    """A step ran, but what it produced is wrong."""


@dataclass
class SmokeState:
    """What the steps hand on to each other."""

    folder: Path = Path()
    step: str = "start"
    items: int = 0
    register: Any = None
    receipt: str = ""
    receipt_file: Path = Path()
    window: Any = None
    details: dict[str, str] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        """The throw-away register's file."""
        return self.folder / "smoke.sqlite"


def run(items: int = SAMPLE_ITEMS, timeout: float = TIMEOUT_SECONDS) -> int:
    """Run every step with `items` sample items; the process's exit code."""
    # Before Qt loads: the smoke test never shows a window on a screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _log_to_file()
    state = SmokeState()
    watchdog = threading.Timer(timeout, _timed_out, args=(state, timeout))
    watchdog.daemon = True
    watchdog.start()
    started = time.perf_counter()
    try:
        _run_steps(state, items)
    except Exception as exc:
        log.error("smoke test failed at step %r", state.step, exc_info=True)
        _say(sys.stderr, f"{PROG}: smoke test failed at {state.step}: {_one_line(exc)}")
        return FAILED
    finally:
        watchdog.cancel()
    elapsed = time.perf_counter() - started
    log.info("smoke test passed in %.1f s: %s", elapsed, state.details)
    _say(sys.stdout, f"{PROG}: smoke test passed ({len(state.details)} steps, {elapsed:.1f} s)")
    return 0


def _run_steps(state: SmokeState, items: int) -> None:
    state.step = "temporary folder"
    from inl_equipment import smoke_monitoring

    state.folder = Path(tempfile.mkdtemp(prefix="inl-smoke-", dir=_temp_root()))
    try:
        steps: list[tuple[str, Callable[[SmokeState], str]]] = [
            ("new register", _open_register),
            ("sample data", lambda s: _sample_data(s, items)),
            ("handover receipt", _handover_receipt),
            ("receipt verification", _verify_receipt),
            ("inventory exports", lambda s: _exports(s, items)),
            *smoke_monitoring.STEPS,
            ("backup and check", _backup_and_check),
        ]
        state.step = "loading Qt and the interface"
        from inl_equipment.ui import smoke_window

        steps += smoke_window.STEPS
        for name, step in steps:
            state.step = name
            t = time.perf_counter()
            detail = step(state)
            state.details[name] = f"{detail} ({time.perf_counter() - t:.2f} s)"
            log.info("smoke step %s: %s", name, state.details[name])
    finally:
        _clean_up(state)


def _temp_root() -> str | None:
    """The temporary folder the environment names, taken as given.

    `tempfile` would quietly fall back to another folder; the smoke test
    reports a TMPDIR (TEMP, TMP on Windows) it cannot use instead.
    """
    for name in ("TMPDIR", "TEMP", "TMP"):
        if os.environ.get(name):
            return os.environ[name]
    return None


def _open_register(state: SmokeState) -> str:
    from inl_equipment.services.facade.opening import database_url, open_for_app

    state.register = open_for_app(database_url(str(state.db_path), None), OPERATOR)
    if state.register.read_only or not state.db_path.is_file():
        raise SmokeError(f"the new register opened read-only: {state.register.read_only_reason}")
    return str(state.db_path)


def _sample_data(state: SmokeState, items: int) -> str:
    calls: list[tuple[int, int]] = []
    made = state.register.safety.add_sample_data(items, lambda i, n: calls.append((i, n)))
    count = len(state.register.items.snapshot())
    if made != items or count != items or not calls:
        raise SmokeError(f"asked for {items} sample items, made {made}, the register has {count}")
    state.items = count
    return f"{count} items"


def _handover_receipt(state: SmokeState) -> str:
    from sqlalchemy import select

    from inl_equipment.db.models import Item, Location, Person
    from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput

    register = state.register
    with register.db.read() as s:
        ids = list(
            s.scalars(
                select(Item.id)
                .where(Item.status == "in_stock", Item.quantity == 1)
                .order_by(Item.id)
                .limit(3)
            )
        )
        person = s.scalars(select(Person).where(Person.agency_id.is_not(None))).first()
        location = s.scalars(select(Location).order_by(Location.id)).first()
        if not ids or person is None or location is None:
            raise SmokeError("the sample data has no item in stock or no unit to receive it")
        unit, person_id, location_id = person.agency_id, person.id, location.id
    state.receipt = register.handovers.create(
        HandoverInput(
            kind="handover",
            to_agency_id=unit,
            location_id=location_id,
            handed_over_by=PartyInput(name="Smoke Test", position="Program Officer"),
            received_by=PartyInput(person_id=person_id),
            lines=[LineInput(i) for i in ids],
        )
    )
    pdf = register.handovers.receipt_pdf(state.receipt, copy=False)
    pages = check_pdf(pdf, "the receipt")
    state.receipt_file = state.folder / "receipt.pdf"
    state.receipt_file.write_bytes(pdf)
    return f"{state.receipt}: {len(ids)} items, {pages} page(s), {len(pdf):,} bytes"


def _verify_receipt(state: SmokeState) -> str:
    from inl_equipment.services import receipts

    register = state.register
    with register.db.read() as s:
        qr = receipts.receipt_for(s, state.receipt).qr_text
    verdict = register.handovers.verify(qr)
    if not verdict.matches:
        raise SmokeError(f"the receipt's own QR text does not verify: {verdict.reason}")
    number, digest = receipts.parse_qr(qr)
    forged = register.handovers.verify(receipts.qr_text(number, "0" * len(digest)))
    if forged.matches:
        raise SmokeError("a receipt with a wrong digest was accepted")
    return f"{number} matches; a wrong digest is refused"


def _exports(state: SmokeState, items: int) -> str:
    from inl_equipment.interchange.exporters import export_report
    from inl_equipment.services.reports import DEFAULT_COLUMNS, DEFAULT_TITLE, build_report
    from inl_equipment.services.search import Query

    snapshot = state.register.items.snapshot()
    report = build_report(
        snapshot,
        Query(),
        DEFAULT_COLUMNS,
        group_by="agency",
        title=DEFAULT_TITLE,
        operator=OPERATOR,
    )
    sizes = []
    for fmt in ("pdf", "xlsx", "csv"):
        result = export_report(report, state.folder / f"inventory.{fmt}", fmt)
        if result.rows != items:
            raise SmokeError(f"the {fmt} export has {result.rows} items, not {items}")
        sizes.append(f"{fmt} {result.path.stat().st_size:,} bytes")
    pages = check_pdf((state.folder / "inventory.pdf").read_bytes(), "the inventory report")
    _check_workbook(state.folder / "inventory.xlsx", items)
    for name in ("inventory.xlsx", "inventory.csv"):
        _check_read_back(state.folder / name, items)
    return f"PDF {pages} pages; " + ", ".join(sizes) + "; both spreadsheets read back"


def check_pdf(data: bytes, what: str) -> int:
    """The number of pages of a PDF made by ReportLab; raises `SmokeError` if it is none."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeError(f"{what} is not a complete PDF")
    pages = len(_PAGE.findall(data))
    if pages < 1:
        raise SmokeError(f"{what} has no pages")
    return pages


def _check_workbook(path: Path, items: int) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        rows = {sheet.title: sheet.max_row or 0 for sheet in book.worksheets}
    finally:
        book.close()
    if len(rows) < 2 or max(rows.values()) < items + 1:
        raise SmokeError(f"the workbook's sheets and rows are wrong: {rows}")


def _check_read_back(path: Path, items: int) -> None:
    from inl_equipment.interchange.import_source import read_source

    table = read_source(path).table
    if len(table.rows) != items or "Asset tag" not in table.headers:
        raise SmokeError(
            f"{path.name} reads back as {len(table.rows)} rows with headers {table.headers[:3]}"
        )


def _backup_and_check(state: SmokeState) -> str:
    register = state.register
    backup = register.safety.back_up("manual")
    if not backup.is_file():
        raise SmokeError("the backup was not written")
    result = register.safety.check()
    if result.problem is not None:
        raise SmokeError(f"the check found a problem: {result.problem}")
    register.close()
    state.register = None
    return f"{backup.name}; {result.events} history events verified"


def _clean_up(state: SmokeState) -> None:
    """Close what is open and remove the folder (a failure here is logged, not raised)."""
    try:
        if state.window is not None:
            state.window.close()
        if state.register is not None:
            state.register.close()
    except Exception:
        log.warning("smoke test: closing failed", exc_info=True)
    _wait_for_workers()
    if state.folder != Path():
        shutil.rmtree(state.folder, ignore_errors=True)
        if state.folder.exists():
            log.warning("smoke test: %s could not be removed", state.folder)


def _wait_for_workers() -> None:
    """Let the window's worker threads end (a backup on open may still be writing the folder).

    Qt is looked for, not imported: the steps without a window run without it.
    """
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        qt_core.QThreadPool.globalInstance().waitForDone(30_000)


def _log_to_file() -> None:
    """Log to the app's log file, and never to the console (the one line is ours)."""
    from inl_equipment.logs import setup_logging
    from inl_equipment.paths import default_data_dir

    setup_logging(default_data_dir())
    ours = logging.getLogger("inl_equipment")
    # Without a handler, logging's last resort would print records to stderr.
    handlers = [h for h in ours.handlers if getattr(h, "_inl_log_file", False)]
    handlers = handlers or [logging.NullHandler()]
    if not ours.handlers:
        ours.addHandler(handlers[0])
    # Python's warnings (deprecations in a library) go to the same file.
    logging.captureWarnings(True)
    warnings_log = logging.getLogger("py.warnings")
    warnings_log.handlers = handlers
    warnings_log.propagate = False


def _timed_out(state: SmokeState, timeout: float) -> None:
    log.error("smoke test: step %r still running after %g s", state.step, timeout)
    _say(sys.stderr, f"{PROG}: smoke test failed at {state.step}: no result after {timeout:g} s")
    logging.shutdown()
    os._exit(TIMED_OUT)


def _say(stream: IO[str] | None, line: str) -> None:
    """Write one line to `stream`; a windowed build has no console (the stream is None)."""
    if stream is None:
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


def _one_line(exc: BaseException) -> str:
    """The failure in one line; the exception's type unless it is our own check's."""
    text = " ".join(str(exc).split())
    if isinstance(exc, SmokeError):
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
