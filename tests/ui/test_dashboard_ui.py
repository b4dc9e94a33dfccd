"""The dashboard over the register: its figures, a click to the items, and a change followed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from inl_equipment.app import create_main_window
from inl_equipment.services.columns import R
from inl_equipment.ui.dashboard.dashboard_window import DashboardWindow
from inl_equipment.ui.main_window import MainWindow


def _window(qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings) -> MainWindow:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, "Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def _dashboard(qtbot: Any, window: MainWindow) -> DashboardWindow:
    window.acts["dashboard"].trigger()
    dashboard = window.findChild(DashboardWindow)
    assert isinstance(dashboard, DashboardWindow) and dashboard.isVisible()
    return dashboard


def test_a_figure_opens_exactly_its_items_in_the_register(
    qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings
) -> None:
    window = _window(qtbot, demo_db, db_path, qsettings)
    dashboard = _dashboard(qtbot, window)
    figures = dashboard.figures
    assert figures is not None and figures.total.count == window.view.model.rowCount()
    assert dashboard.tiles["items"].value.text() == f"{figures.total.count:,}"
    for key in ("status", "agency", "province", "checks", "overdue", "rates"):
        model = dashboard.models[key]
        for row in range(model.rowCount()):
            figure = model.row_at(row)
            count = figure.unverified if key == "rates" else figure.count
            if figure.query is None or not count:
                continue
            dashboard.tables[key].activated.emit(model.index(row, 0))
            assert window.view.model.rowCount() == count, (key, figure.label)
            shown = window.view.filters.query(window.view.model.query)
            assert shown.statuses == figure.query.statuses
            assert shown.agencies == figure.query.agencies
            assert shown.provinces == figure.query.provinces
            assert shown.checks == figure.query.checks
            assert shown.locations == figure.query.locations
            break  # one figure of each kind: enough, and quick


def test_the_dashboard_follows_a_change_of_the_register(
    qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings
) -> None:
    window = _window(qtbot, demo_db, db_path, qsettings)
    dashboard = _dashboard(qtbot, window)
    assert dashboard.figures is not None

    def stolen() -> int:
        figures = dashboard.figures
        assert figures is not None
        return next((f.count for f in figures.by_status if f.key == "stolen"), 0)

    before = stolen()
    snap = window.view.model.snapshot
    item = next(r for r in snap.rows if r[R["status"]] == "in_stock")[R["id"]]
    window.register.items.retire(item, "stolen", date(2026, 6, 1), "Police report 77/2026", None)
    qtbot.waitUntil(lambda: stolen() == before + 1, timeout=10_000)
    assert dashboard.figures is not None
    assert dashboard.figures.total.count == len(window.view.model.snapshot.rows)


def test_a_bar_opens_its_figure_and_the_tiles_open_receipts_and_incidents(
    qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings
) -> None:
    from inl_equipment.ui.handovers.handovers_view import HandoversView
    from inl_equipment.ui.monitoring.incidents_window import IncidentsWindow

    window = _window(qtbot, demo_db, db_path, qsettings)
    dashboard = _dashboard(qtbot, window)
    rows = dashboard.models["agency"].rows()
    at = next(n for n, f in enumerate(rows) if f.query is not None)  # donor stock has none
    dashboard.charts["agency"].bar_chosen.emit(at)
    assert window.view.model.rowCount() == rows[at].count
    records = dashboard.records
    assert records is not None and records.unsigned_receipts
    dashboard.tiles["unsigned"].click()
    view = window.findChild(HandoversView)
    assert view is not None and view.missing_only.isChecked()
    assert view.model.rowCount() == records.unsigned_receipts
    view.close()
    dashboard.tiles["incidents"].click()
    incidents = window.findChild(IncidentsWindow)
    assert incidents is not None and incidents.open_only.isChecked()
    assert incidents.table.model().rowCount() == records.open_incidents
    incidents.close()
    year = records.handed_over_by_year[-1]
    dashboard.tables["years"].activated.emit(dashboard.models["years"].index(0, 0))
    view = window.findChild(HandoversView)
    assert view is not None and view.search.text() == f"HR-{year.year}-"
    assert view.model.rowCount() == year.receipts


def test_the_summary_is_saved_as_one_pdf_page(
    qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings, tmp_path: Path
) -> None:
    import io

    from pypdf import PdfReader

    window = _window(qtbot, demo_db, db_path, qsettings)
    _dashboard(qtbot, window)
    feature = window.features["dashboard"]
    target = feature.save_summary(tmp_path / "summary.pdf")  # type: ignore[attr-defined]
    assert target is not None
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1
    assert "INL (donor stock)" in reader.pages[0].extract_text()


def test_the_losses_line_shows_those_items_with_the_statuses_ticked(
    qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings
) -> None:
    from inl_equipment.services.dashboard_figures import LOSS_STATUSES, losses

    window = _window(qtbot, demo_db, db_path, qsettings)
    dashboard = _dashboard(qtbot, window)
    assert dashboard.figures is not None
    gone = sum(f.count for f in losses(dashboard.figures))
    dashboard.losses.linkActivated.emit("losses")
    assert window.view.model.rowCount() == gone
    statuses = window.view.filters.combos["statuses"]
    assert statuses.values() == set(LOSS_STATUSES)  # type: ignore[attr-defined]
