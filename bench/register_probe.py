"""One measurement in a fresh process (run by bench_register.py, not by hand).

Modes:
  app-open     time from before the imports to the register table's first paint
  floor-open   the same imports and engine, an empty main window, to its first paint
  app-rss      RSS with the app's table shown (100k items), after warm-up
  floor-rss    RSS of a bare list of row tuples shown in a plain table model
Prints one JSON line.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.at: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
            QTimer.singleShot(0, self.app.quit)
        return False


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def main() -> None:
    mode, db, settings_path = sys.argv[1], sys.argv[2], sys.argv[3]
    app = QApplication(sys.argv[:1])
    if mode in ("app-open", "app-rss"):
        from inl_equipment.app import create_main_window

        # As `app.run` opens it: the start-up check's end is awaited after the first paint.
        settings = QSettings(settings_path, QSettings.Format.IniFormat)
        window = create_main_window(db, settings, "b", defer_check=True)
        target = window.findChild(QTableView, "equipmentTable").viewport()
    elif mode == "floor-open":
        # The app's imports and engine, and an empty main window.
        import inl_equipment.app  # noqa: F401
        from inl_equipment.db.session import Database

        engine_db = Database(db)
        with engine_db.engine.connect():
            pass
        window = QMainWindow()
        target = window
    else:
        import sqlite3

        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

        con = sqlite3.connect(db.removeprefix("sqlite:///"))
        from inl_equipment.services.columns import ROW_FIELDS

        # The same row tuples as the app's (the item with its disposal and latest
        # check joined), written out by hand and read by the bare driver.
        joined_sql = {
            "disposal_date": "disposals.date",
            "disposal_method": "disposals.detail",
            "disposal_price": "disposal_lines.sale_price",
            "last_check_date": "item_checks.last_date",
            "last_check_result": "item_checks.last_result",
            "not_seen_run": "item_checks.not_seen_run",
            "check_base": "coalesce(item_checks.last_date, (SELECT max(h.date) FROM handovers h"
            " JOIN handover_lines l ON l.handover_id = h.id WHERE l.item_id = items.id"
            " AND h.status = 'issued'), items.acquisition_date, substr(items.created_at, 1, 10))",
        }
        listed = ", ".join(joined_sql.get(f, f"items.{f}") for f in ROW_FIELDS)
        joined = (
            "items LEFT JOIN disposal_lines ON disposal_lines.item_id = items.id"
            " LEFT JOIN disposals ON disposals.id = disposal_lines.disposal_id"
            " LEFT JOIN item_checks ON item_checks.item_id = items.id"
        )
        rows = con.execute(f"SELECT {listed} FROM {joined} ORDER BY items.id").fetchall()

        class Plain(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
                return len(rows)

            def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
                return len(ROW_FIELDS)

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                if role == Qt.ItemDataRole.DisplayRole:
                    return str(rows[index.row()][index.column()])
                return None

        window = QTableView()
        model = Plain()
        window.setModel(model)
        target = window.viewport()
    window.resize(1400, 800)
    probe = _FirstPaint(app)
    target.installEventFilter(probe)
    window.show()
    app.exec()
    if mode.startswith("app"):
        from inl_equipment.app import finish_opening

        finish_opening(window)  # after the measured paint, as the app does; it must pass
    if mode.endswith("rss"):
        # Let deferred work (search index warm-up) run, as in real use.
        QTimer.singleShot(300, app.quit)
        app.exec()
        print(json.dumps({"mode": mode, "rss_mb": _rss_mb()}))
    else:
        assert probe.at is not None
        print(json.dumps({"mode": mode, "seconds": probe.at - T0}))


if __name__ == "__main__":
    main()
