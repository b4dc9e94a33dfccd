"""Sample data's two years of end-use monitoring: checks, incidents, disposals, due dates."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import AuditEvent, Item
from inl_equipment.db.monitoring import (
    Disposal,
    DisposalLine,
    Incident,
    Inspection,
    InspectionResult,
    ItemCheck,
)
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import Database
from inl_equipment.db.transactions import ReceiptCounter
from inl_equipment.services import audit
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.due_checks import add_months, due_items
from inl_equipment.services.history_check import verify_history

TODAY = date(2026, 6, 30)
NUMBER = re.compile(r"^(EU|IN|DS)-(\d{4})-(\d{4})$")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A sample register of 2,000 items with its monitoring, made once for this module."""
    path: Path = tmp_path_factory.mktemp("demo") / "register.sqlite"
    database = open_database("sqlite:///" + str(path))
    with database.write() as session:
        fill_demo(session, 2000, "tester", seed=21, today=TODAY)
    yield database
    database.dispose()


def _assert_numbered_without_gaps(numbers: list[str], prefix: str, session: Session) -> None:
    by_year: dict[int, list[int]] = defaultdict(list)
    for number in numbers:
        match = NUMBER.match(number)
        assert match is not None and match[1] == prefix, number
        by_year[int(match[2])].append(int(match[3]))
    for year, seen in by_year.items():
        assert sorted(seen) == list(range(1, len(seen) + 1)), (prefix, year)
        counter = session.get(ReceiptCounter, (prefix, year))
        assert counter is not None and counter.last == len(seen)


def test_inspections_span_two_years_numbered_without_gaps(sample: Database) -> None:
    with sample.read() as s:
        rows = s.execute(select(Inspection.number, Inspection.date).order_by(Inspection.id)).all()
        _assert_numbered_without_gaps([n for n, _d in rows], "EU", s)
        per_inspection = Counter(s.scalars(select(InspectionResult.inspection_id)))
    dates = [d for _n, d in rows]
    assert len(rows) >= 20
    assert min(dates) >= add_months(TODAY, -24) - timedelta(days=3)  # a weekend moved back
    assert max(dates) <= TODAY
    assert min(dates) < add_months(TODAY, -18) and max(dates) > add_months(TODAY, -3)
    # Recorded in date order, so numbers follow the dates within a year.
    assert dates == sorted(dates)
    assert len(per_inspection) == len(rows) and min(per_inspection.values()) >= 1


def test_most_items_are_verified_and_problems_are_few(sample: Database) -> None:
    with sample.read() as s:
        latest = Counter(s.scalars(select(ItemCheck.last_result)))
        follow_up = s.scalar(
            select(func.count()).select_from(ItemCheck).where(ItemCheck.not_seen_run >= 2)
        )
    checked = sum(latest.values())
    assert checked > 1000
    assert (latest["in_use"] + latest["in_storage"]) / checked > 0.75
    for result in ("not_seen", "unserviceable", "under_repair", "lost"):
        assert 0 < latest[result] < checked * 0.1, result
    assert follow_up and follow_up < checked * 0.05


def test_every_lost_or_stolen_item_has_an_incident(sample: Database) -> None:
    with sample.read() as s:
        gone = dict(
            s.execute(
                select(Item.id, Item.status).where(Item.status.in_(["lost", "stolen", "destroyed"]))
            ).all()
        )
        incidents = s.execute(
            select(Incident.number, Incident.item_id, Incident.kind, Incident.outcome).order_by(
                Incident.id
            )
        ).all()
        _assert_numbered_without_gaps([n for n, *_ in incidents], "IN", s)
        found = s.scalar(
            select(func.count()).select_from(Incident).where(Incident.inspection_id.is_not(None))
        )
    latest = {item_id: (kind, outcome) for _n, item_id, kind, outcome in incidents}
    kind_of = {"lost": "lost", "stolen": "stolen", "destroyed": "damaged"}
    assert {"lost", "stolen"} <= set(gone.values())
    for item_id, status in gone.items():
        assert item_id in latest, item_id
        kind, outcome = latest[item_id]
        assert kind == kind_of[status] and outcome != "recovered"
    recovered = {i for i, (_k, outcome) in latest.items() if outcome == "recovered"}
    assert not recovered & set(gone)
    assert found  # some were found missing on a site check
    assert {o for *_, o in incidents} >= {"", "written_off"}  # some open, some closed


def test_every_disposed_item_has_a_disposal_line(sample: Database) -> None:
    with sample.read() as s:
        disposed = set(s.scalars(select(Item.id).where(Item.status == "disposed")))
        lines = s.execute(select(DisposalLine.disposal_id, DisposalLine.item_id)).all()
        numbers = list(s.scalars(select(Disposal.number).order_by(Disposal.id)))
        _assert_numbered_without_gaps(numbers, "DS", s)
        sold = s.scalars(
            select(DisposalLine.sale_price).where(DisposalLine.sale_price.is_not(None))
        ).all()
    assert disposed and {item for _d, item in lines} == disposed
    sizes = Counter(d for d, _i in lines)
    assert len(sizes) == len(numbers) and max(sizes.values()) >= 3
    assert sold and all(price is not None and price > 0 for price in sold)


def test_some_sites_are_overdue(sample: Database) -> None:
    with sample.read() as s:
        overdue = due_items(s, TODAY, overdue_only=True)
        active = s.scalar(
            select(func.count())
            .select_from(Item)
            .where(Item.status.in_(["in_stock", "handed_over", "in_repair"]))
        )
        sites = set(s.scalars(select(Inspection.location_id)))
    assert active and 0 < len(overdue) < active / 2
    overdue_sites = {d.location_id for d in overdue if d.last_check is not None}
    assert overdue_sites and overdue_sites < sites


def test_history_verifies_and_every_change_is_canonical(sample: Database) -> None:
    with sample.read() as s:
        report = verify_history(s)
        texts = s.scalars(select(AuditEvent.changes)).all()
    assert report.ok, report.problem
    for text in texts:
        assert audit.encode_changes(json.loads(text)) == text


def test_item_checks_follow_the_latest_result(sample: Database) -> None:
    with sample.read() as s:
        rows = s.execute(
            select(
                InspectionResult.item_id,
                Inspection.date,
                Inspection.id,
                InspectionResult.result,
            )
            .join(Inspection, Inspection.id == InspectionResult.inspection_id)
            .order_by(Inspection.date, Inspection.id)
        ).all()
        checks = {
            i: (d, inspection, result, run)
            for i, d, inspection, result, run in s.execute(
                select(
                    ItemCheck.item_id,
                    ItemCheck.last_date,
                    ItemCheck.last_inspection_id,
                    ItemCheck.last_result,
                    ItemCheck.not_seen_run,
                )
            )
        }
    by_item: dict[int, list[tuple[date, int, str]]] = defaultdict(list)
    for item_id, when, inspection_id, result in rows:
        by_item[item_id].append((when, inspection_id, result))
    assert set(by_item) == set(checks)
    for item_id, results in by_item.items():
        when, inspection_id, result = results[-1]
        last_date, last_inspection, last_result, not_seen_run = checks[item_id]
        assert (last_date, last_inspection, last_result) == (when, inspection_id, result)
        run = 0
        for *_x, r in reversed(results):
            if r != "not_seen":
                break
            run += 1
        assert not_seen_run == run


#: What each result leaves the item's status or condition as (None: any).
_AFTER_CHECK = {
    "in_use": lambda st, c: st != "in_repair",
    "in_storage": lambda st, c: st != "in_repair",
    "under_repair": lambda st, c: st == "in_repair",
    "unserviceable": lambda st, c: c == "unserviceable",
}
_AFTER_EVENT = {"incident": {"lost", "stolen", "destroyed"}, "dispose": {"disposed"}}


def _start(history: list[dict[str, Any]], key: str, now: str) -> str:
    """The value of `key` before the first event that changed it (`now` if none did)."""
    return next((str(ch[key][0]) for ch in history if key in ch), now)


def test_item_histories_replay_to_the_item_as_it_is(sample: Database) -> None:
    """Replaying each item's events from its first state, each result does what the service does."""
    with sample.read() as s:
        items = {i: (st, c) for i, st, c in s.execute(select(Item.id, Item.status, Item.condition))}
        events: dict[int, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for entity_id, action, text in s.execute(
            select(AuditEvent.entity_id, AuditEvent.action, AuditEvent.changes)
            .where(AuditEvent.entity_type == "item")
            .order_by(AuditEvent.id)
        ):
            events[entity_id].append((action, json.loads(text)))
    replayed: Counter[str] = Counter()
    for item_id, history in events.items():
        changes_only = [ch for _a, ch in history]
        status = _start(changes_only, "status", items[item_id][0])
        condition = _start(changes_only, "condition", items[item_id][1])
        for action, changes in history:
            if "status" in changes:
                assert changes["status"][0] == status, (item_id, action)
                status = changes["status"][1]
            if "condition" in changes:
                assert changes["condition"][0] == condition, (item_id, action)
                condition = changes["condition"][1]
            if action == "check":
                rule = _AFTER_CHECK.get(changes["result"])
                assert rule is None or rule(status, condition), (item_id, changes)
                replayed[changes["result"]] += 1
            elif action in _AFTER_EVENT:
                assert status in _AFTER_EVENT[action], (item_id, action)
        assert (status, condition) == items[item_id], item_id
    assert set(replayed) >= {"in_use", "in_storage", "under_repair", "unserviceable", "not_seen"}


def test_no_item_is_checked_after_it_left_the_register(sample: Database) -> None:
    with sample.read() as s:
        lost = select(Incident.item_id, Incident.date).where(Incident.outcome != "recovered")
        left: dict[int, date] = {item_id: when for item_id, when in s.execute(lost)}
        for item_id, when in s.execute(
            select(DisposalLine.item_id, Disposal.date).join(
                Disposal, Disposal.id == DisposalLine.disposal_id
            )
        ):
            left[item_id] = when
        checked = s.execute(
            select(InspectionResult.item_id, Inspection.date, InspectionResult.result).join(
                Inspection, Inspection.id == InspectionResult.inspection_id
            )
        ).all()
    assert left
    for item_id, when, result in checked:
        if item_id in left:
            assert when <= left[item_id], item_id
            if when == left[item_id]:
                assert result in ("lost", "stolen", "destroyed")
