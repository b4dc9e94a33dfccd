"""End-use monitoring in the app: the scanner-driven site check, due checks, incidents."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.register import Register
from inl_equipment.ui.monitoring.check_lines_model import (
    COL_MARK,
    COL_RESULT,
    COL_WHERE,
    CheckLine,
    CheckLinesModel,
)
from inl_equipment.ui.monitoring.close_incident_dialog import CloseIncidentDialog
from inl_equipment.ui.monitoring.due_checks_window import DueChecksWindow
from inl_equipment.ui.monitoring.incidents_window import IncidentsWindow
from inl_equipment.ui.monitoring.site_check_dialog import SiteCheckDialog
from inl_equipment.ui.style import Palette
from tests.ui.helpers import on_modal

ITEMS = r"item(s|\(s\))"


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


def busy_sites(register: Register, least: int = 5) -> list[int]:
    """Sites with at least `least` items registered there, fullest first."""
    sites = [
        (len(register.monitoring.expected_items(loc.id)), loc.id)
        for loc in register.reference.lists(("location",))["location"]
    ]
    return [loc for n, loc in sorted(sites, reverse=True) if n >= least]


def scan(qtbot: Any, dialog: SiteCheckDialog, text: str) -> None:
    """As a USB scanner in keyboard mode sends it: the tag's keys, then Enter."""
    qtbot.keyClicks(dialog.scan_edit, text)
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)


def test_check_lines_model_passes_the_model_tester(qtmodeltester: Any, register: Register) -> None:
    model = CheckLinesModel()
    site = busy_sites(register)[0]
    model.set_lines(CheckLine.expected(e) for e in register.monitoring.expected_items(site))
    model.mark_found(0, "in_use")
    assert model.setData(model.index(1, COL_RESULT), "in_storage")
    assert not model.setData(model.index(1, COL_RESULT), "no such result")
    qtmodeltester.check(model, force_py=True)


def test_the_scanner_flow_records_the_site_check(
    qtbot: Any, register: Register, beeps: list[int]
) -> None:
    site, elsewhere = busy_sites(register)[:2]
    expected = register.monitoring.expected_items(site)
    stranger = register.monitoring.expected_items(elsewhere)[0]
    dialog = SiteCheckDialog(register, None, site)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lines.rowCount() == len(expected)
    dialog.fields.inspectors.setText("K. Phommachanh, J. Miller")

    # An expected item: in use, shown (no beep), changeable.
    scan(qtbot, dialog, expected[0].asset_tag.lower())
    first = dialog.lines.line(0)
    assert first.scanned and first.result == "in_use" and not beeps
    assert expected[0].asset_tag in dialog.message.text()
    assert dialog.lines.index(0, COL_MARK).data(Qt.ItemDataRole.ForegroundRole) == (
        Palette.color(Palette.SUCCESS)
    )
    scan(qtbot, dialog, expected[1].asset_tag)
    assert dialog.lines.setData(dialog.lines.index(1, COL_RESULT), "under_repair")
    assert dialog.lines.line(1).result == "under_repair"

    # An unknown code: flagged, nothing added.
    scan(qtbot, dialog, "NO-SUCH-TAG-42")
    assert dialog.lines.rowCount() == len(expected) and beeps
    assert "NO-SUCH-TAG-42" in dialog.message.text()
    assert "no item" in dialog.message.text()

    # An item registered elsewhere: added as unexpected, with its registered location.
    scan(qtbot, dialog, stranger.asset_tag)
    assert dialog.lines.rowCount() == len(expected) + 1
    added = dialog.lines.line(len(expected))
    assert added.unexpected and added.item_id == stranger.item_id
    mark = dialog.lines.index(len(expected), COL_MARK)
    assert "Unexpected" in mark.data()
    where = register.items.get(stranger.item_id).location_name
    assert where and where in mark.data(Qt.ItemDataRole.ToolTipRole)
    assert where in dialog.message.text()
    assert dialog.lines.index(len(expected), COL_WHERE).data() == where

    # Finish: the rest become "not seen" once the officer confirms their number.
    not_scanned = len(expected) - 2
    asked: list[str] = []
    told: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        on_modal(lambda b: (told.append(b.text()), b.accept()), cls=QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(confirm, cls=QMessageBox)
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: dialog.number is not None, timeout=10_000)
    # ITEMS: "items" from the English catalogue's plural forms, "item(s)" (the source)
    # while the catalogue does not hold the sentence yet.
    assert len(asked) == 1
    assert re.fullmatch(
        f"{not_scanned} {ITEMS} were not scanned. They will be recorded as not seen. "
        r"Finish the site check\?",
        asked[0],
    ), asked
    number = dialog.number
    assert number is not None and number.startswith("EU-")
    assert told and number in told[0]
    assert re.search(f"{len(expected) + 1} {ITEMS} checked", told[0]), told

    # Read back through the register.
    row = next(r for r in register.monitoring.list_inspections() if r.number == number)
    assert (row.checked, row.verified) == (len(expected) + 1, 1 + 1)
    after = {e.item_id: e.last_result for e in register.monitoring.expected_items(site)}
    assert after[expected[0].item_id] == "in_use"
    assert after[expected[1].item_id] == "under_repair"
    assert {after[e.item_id] for e in expected[2:]} == {"not_seen"}
    moved = {e.item_id: e.last_result for e in register.monitoring.expected_items(elsewhere)}
    assert moved[stranger.item_id] == "in_use"  # checked, still registered where it was


def test_the_site_check_shows_the_services_messages(qtbot: Any, register: Register) -> None:
    site = busy_sites(register)[0]
    dialog = SiteCheckDialog(register, None, site)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.inspectors.setText("x" * 2100)
    for row in range(dialog.lines.rowCount()):
        dialog.lines.setData(dialog.lines.index(row, COL_RESULT), "in_use")
    assert dialog.finish() is None
    label = dialog.findChild(QLabel, "error_inspectors")
    assert label is not None
    assert not label.isHidden() and "2000" in label.text()


def _check_all(register: Register, site: int, when: date) -> str:
    results = [ResultInput(e.item_id, "in_use") for e in register.monitoring.expected_items(site)]
    return register.monitoring.record_inspection(InspectionInput(when, site, results=results))


def test_due_window_lists_overdue_items_with_a_fixed_date(qtbot: Any, register: Register) -> None:
    today = date(2027, 1, 15)  # fixed: the demo's checks lie before it, some are due again
    window = DueChecksWindow(register, None, today)
    qtbot.addWidget(window)
    window.show()
    due = register.monitoring.due(today)
    shown = window.model.rows()
    assert shown and [d.item_id for d in shown] == [d.item_id for d in due]
    assert any(d.overdue for d in shown)
    assert all(d.overdue == (d.due < today) for d in shown)
    sites = [d.site.casefold() for d in shown]
    assert sites == sorted(sites)  # grouped by site
    overdue_row = next(i for i, d in enumerate(shown) if d.overdue)
    assert window.model.index(overdue_row, 5).data(Qt.ItemDataRole.ForegroundRole) == (
        Palette.color(Palette.ERROR)
    )

    window.overdue_only.setChecked(True)
    rows = window.model.rows()
    assert rows and all(d.overdue for d in rows)
    assert [d.item_id for d in rows] == [
        d.item_id for d in register.monitoring.due(today, overdue_only=True)
    ]

    # The site filter, and the change feed: a check recorded elsewhere takes its items off.
    later = next(d.location_id for d in rows if d.location_id is not None)
    window.site_filter.setCurrentIndex(window.site_filter.findData(later))
    assert rows and {d.location_id for d in window.model.rows()} == {later}
    _check_all(register, later, date.today())
    assert later not in {d.location_id for d in window.model.rows()}

    # "Start site check" opens the form for the selected row's site.
    window.site_filter.setCurrentIndex(0)
    opened: list[int | None] = []
    on_modal(lambda d: (opened.append(d.fields.site_id()), d.reject()), cls=SiteCheckDialog)
    window.start_site_check()
    assert opened == [window.model.row_at(0).location_id]


def test_closing_an_incident_as_recovered_restores_the_status(
    qtbot: Any, register: Register
) -> None:
    site = busy_sites(register)[0]
    item = register.monitoring.expected_items(site)[0]
    before = register.items.get(item.item_id).values.status
    data = InspectionInput(date(2026, 3, 2), site, results=[ResultInput(item.item_id, "stolen")])
    register.monitoring.record_inspection(data)
    assert register.items.get(item.item_id).values.status == "stolen"

    window = IncidentsWindow(register)
    qtbot.addWidget(window)
    window.show()
    row = window.model.find(lambda i: i.item_id == item.item_id and not i.outcome)
    assert row is not None
    window.table.selectRow(row)
    current = window.current()
    assert current is not None and current.item_id == item.item_id and not current.outcome
    assert window.close_incident_button.isEnabled()

    def close(dialog: CloseIncidentDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("recovered"))
        dialog.remark.setPlainText("Found in the store room")
        dialog.ok_button.click()

    on_modal(close, cls=CloseIncidentDialog)
    assert window.close_current()
    assert register.items.get(item.item_id).values.status == before
    closed = window.current()
    assert closed is not None and closed.number == current.number
    assert closed.outcome == "recovered"
    assert "recovered" in window.model.index(row, 7).data()
    assert not window.close_incident_button.isEnabled()  # closed already
    window.open_only.setChecked(True)
    assert current.number not in {i.number for i in window.model.rows()}
    assert all(not i.outcome for i in window.model.rows())


def test_the_feature_adds_its_actions_and_opens_its_windows(
    qtbot: Any, demo_db: Any, db_path: Any, qsettings: Any
) -> None:
    from inl_equipment.app import create_main_window

    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    qtbot.addWidget(window)
    window.show()
    acts = window.acts
    menu = acts.menu("monitoring").actions()
    assert {acts["site_check"], acts["due_checks"], acts["incidents"]} <= set(menu)
    acts["due_checks"].trigger()
    acts["incidents"].trigger()
    assert window.findChild(DueChecksWindow) is not None
    assert window.findChild(IncidentsWindow) is not None
    opened: list[Any] = []
    on_modal(lambda d: (opened.append(d), d.reject()), cls=SiteCheckDialog)
    acts["site_check"].trigger()
    assert len(opened) == 1


def test_choosing_another_site_asks_before_clearing_the_scans(
    qtbot: Any, register: Register
) -> None:
    site, other = busy_sites(register)[:2]
    dialog = SiteCheckDialog(register, None, site)
    qtbot.addWidget(dialog)
    dialog.show()
    first = register.monitoring.expected_items(site)[0]
    scan(qtbot, dialog, first.asset_tag)
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), cls=QMessageBox)
    dialog.fields.choose_site(other)
    assert dialog.fields.site_id() == site and dialog.lines.line(0).scanned  # kept
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), cls=QMessageBox)
    dialog.fields.choose_site(other)
    listed = {x.item_id for x in dialog.lines.lines()}
    assert listed == {e.item_id for e in register.monitoring.expected_items(other)}
    dialog.fields.site.setEditText("Nam")  # half-typed: names no site, the list stays
    assert {x.item_id for x in dialog.lines.lines()} == listed
    assert not dialog.finish_button.isEnabled()
