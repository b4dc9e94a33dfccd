"""Soak: does memory come back after an hour's worth of ordinary use?

    uv run inl-equipment demo --db /tmp/soak.sqlite --items 100000
    uv run python bench/bench_soak.py --db /tmp/soak.sqlite [--legacy-sort]

In one process, offscreen: open the register (on a copy, so the file is not
changed), wait for every row, then open and close 200 item forms and 50
handover dialogs, type 1,000 searches with a sort every eighth (every column,
both directions, in turn), and sort by every column both ways once more.
Prints RSS right after opening, after each phase and at the end, and the
end-to-open ratio (goal: <= 1.25).

`--legacy-sort` runs the sort of the checked-in HEAD's `services/search.py`
(per-column, per-direction lists of ints and ranks, unbounded) in place of
the current one, for a before/after figure.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEARCHES = (
    "h", "hi", "hil", "hilu", "hilux", "", "4", "42", "426", "426t", "", "ສ", "ສະ", "ສະຫວັນ",
    "", "inl-2", "inl-24-00", "", "radio", "motorola", "", "toyota", "laptop", "",
)  # fmt: skip


def rss_mb() -> float:
    """Resident memory now, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def use_legacy_sort(revision: str) -> None:
    """Swap in the sort code of `revision`'s search.py (for the "before" figure)."""
    from inl_equipment.services import search

    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:inl_equipment/services/search.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    legacy = types.ModuleType("legacy_search")
    sys.modules[legacy.__name__] = legacy  # dataclasses look their module up
    exec(compile(source, "legacy_search.py", "exec"), legacy.__dict__)
    for name in ("permutation", "apply", "_rank"):
        setattr(search.Snapshot, name, getattr(legacy.Snapshot, name))


def settle(app: object) -> float:
    """Let background reads finish, run pending deletes and a full collection; the RSS after."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()
    if DEBUG_TRIM:
        import ctypes

        before = rss_mb()
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        print(f"  blocks {sys.getallocatedblocks():,} rss {before:.1f} trimmed {rss_mb():.1f}")
    return rss_mb()


WAIT_FOR_FIND = False  # --wait-for-find
DEBUG_TRIM = False  # --debug-trim


def start_closer() -> object:
    """A timer that rejects whatever modal dialog is open (the user pressing Cancel)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    def close() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog) and w.isVisible():
            pane = getattr(w, "items_pane", None)
            if pane is not None and WAIT_FOR_FIND and pane._snapshot is None:
                return  # a user waits for Find to be ready before picking items
            w.done(0) if isinstance(w, QMessageBox) else w.reject()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(close)
    timer.start()
    return timer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True, help="a demo register (it is copied)")
    parser.add_argument("--item-forms", type=int, default=200)
    parser.add_argument("--handover-dialogs", type=int, default=50)
    parser.add_argument("--searches", type=int, default=1000)
    parser.add_argument("--legacy-sort", metavar="REV", nargs="?", const="HEAD", default=None)
    parser.add_argument(
        "--wait-for-find",
        action="store_true",
        help="close each handover form only once its Find list has loaded (as a user would)",
    )
    parser.add_argument(
        "--share-snapshot",
        action="store_true",
        help="what-if: the handover form's Find uses the window's snapshot, not a new read",
    )
    parser.add_argument(
        "--debug-trim", action="store_true", help="print allocated blocks and RSS after malloc_trim"
    )
    args = parser.parse_args()
    global WAIT_FOR_FIND, DEBUG_TRIM
    WAIT_FOR_FIND, DEBUG_TRIM = args.wait_for_find, args.debug_trim

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from inl_equipment.app import create_main_window
    from inl_equipment.services.columns import COLUMN_KEYS, R
    from inl_equipment.ui.main_window import MainWindow

    if args.legacy_sort:
        use_legacy_sort(args.legacy_sort)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = tmp / "soak.sqlite"
        shutil.copyfile(args.db, db)
        settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
        t0 = time.perf_counter()
        window = create_main_window(str(db), settings, "soak")
        assert isinstance(window, MainWindow)
        window.resize(1400, 800)
        window.show()
        window.view.ensure_complete()
        app.processEvents()
        opened = settle(app)
        figures = {"opened": opened}
        print(f"opened {len(window.model.snapshot):,} items in {time.perf_counter() - t0:.1f} s")
        closer = start_closer()
        if args.share_snapshot:
            # What-if: the handover form's Find uses the window's snapshot (kept current
            # by the change feed) instead of reading every row again.
            window.register.items.snapshot = lambda: window.model.snapshot  # type: ignore[method-assign]

        rows = window.model.snapshot.rows
        stock = [r[R["id"]] for r in rows if r[R["status"]] == "in_stock"]
        for n in range(args.item_forms):
            window.view.select_item(stock[n % len(stock)])
            window.acts["edit"].trigger()
        figures["after item forms"] = settle(app)
        for n in range(args.handover_dialogs):
            window.view.select_item(stock[(7 * n) % len(stock)])
            window.acts["hand_over"].trigger()
        figures["after handover dialogs"] = settle(app)

        table = window.table
        orders = [
            (COLUMN_KEYS.index(k), o)
            for k in COLUMN_KEYS
            for o in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
        ]
        t = time.perf_counter()
        for n in range(args.searches):
            window.filters.search.setText(SEARCHES[n % len(SEARCHES)])
            if n % 8 == 7:
                table.sortByColumn(*orders[(n // 8) % len(orders)])
            app.processEvents()
        print(f"{args.searches} searches in {time.perf_counter() - t:.1f} s")
        window.filters.search.setText("")
        for column, order in orders:
            table.sortByColumn(column, order)
            app.processEvents()
        figures["after searches and sorts"] = settle(app)
        del closer
        window.close()
        window.deleteLater()
        settle(app)

    for name, value in figures.items():
        print(f"{name:26s} {value:8.1f} MB  ({value / opened:.2f}x)")
    end = figures["after searches and sorts"]
    verdict = "ok" if end <= 1.25 * opened else "OVER"
    print(f"end / opened: {end / opened:.2f}x (goal <= 1.25x) {verdict}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
