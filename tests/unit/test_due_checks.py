"""When items are due for a check: the interval policy, per category, on a fixed clock."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from inl_equipment.db.models import Item
from inl_equipment.db.monitoring import ItemCheck
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.services.due_checks import MAX_INTERVAL_MONTHS, add_months
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.register import Register
from tests.unit.test_inspections import site_items


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 12, 15), 12, date(2026, 12, 15)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2024, 2, 29), 24, date(2026, 2, 28)),
    ],
)
def test_months_are_added_within_the_month(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 240))
def test_adding_months_lands_in_the_right_month(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or moved.day < day.day


def test_a_checked_item_is_due_one_interval_later_by_its_category(register: Register) -> None:
    site, [a] = site_items(register, 1)
    register.monitoring.record_inspection(
        InspectionInput(date(2028, 1, 10), site, results=[ResultInput(a, "in_use")]),
        today=date(2028, 1, 10),
    )
    with register.db.read() as s:
        category = s.scalar(select(Item.category_id).where(Item.id == a))
    assert category is not None

    def due_of(today: date, overdue_only: bool = False) -> tuple[date, bool] | None:
        rows = {d.item_id: d for d in register.monitoring.due(today, overdue_only=overdue_only)}
        return (rows[a].due, rows[a].overdue) if a in rows else None

    assert due_of(date(2028, 6, 1)) is None  # not within a month of its date
    assert due_of(date(2028, 12, 20)) == (date(2029, 1, 10), False)  # due soon
    assert due_of(date(2029, 1, 11), overdue_only=True) == (date(2029, 1, 10), True)
    register.monitoring.set_intervals(12, {category: 6})
    assert due_of(date(2028, 7, 1)) == (date(2028, 7, 10), False)
    register.monitoring.set_intervals(3, {category: None})  # back to the default
    assert due_of(date(2028, 4, 11), overdue_only=True) == (date(2028, 4, 10), True)
    register.monitoring.set_intervals(MAX_INTERVAL_MONTHS, {category: None})
    assert due_of(date(2029, 12, 1)) is None and due_of(date(2029, 12, 20)) is not None


def test_a_never_checked_item_counts_from_its_last_handover(register: Register) -> None:
    with register.db.read() as s:
        last_handover = (
            select(HandoverLine.item_id, func.max(Handover.date).label("day"))
            .join(Handover, Handover.id == HandoverLine.handover_id)
            .where(Handover.status == "issued")
            .group_by(HandoverLine.item_id)
            .subquery()
        )
        rows = s.execute(
            select(Item.id, last_handover.c.day, Item.acquisition_date)
            .outerjoin(last_handover, last_handover.c.item_id == Item.id)
            .outerjoin(ItemCheck, ItemCheck.item_id == Item.id)
            .where(ItemCheck.item_id.is_(None), Item.status == "handed_over")
        ).all()
    handed = [(i, d) for i, d, _a in rows if d is not None]
    bought = [(i, a) for i, d, a in rows if d is None and a is not None]
    assert handed or bought
    dates = {d.item_id: d for d in register.monitoring.due(date(2100, 1, 1))}
    for item_id, day in handed[:20] + bought[:20]:
        assert dates[item_id].due == add_months(day, 12)
        assert dates[item_id].last_check is None


def test_items_out_of_the_register_are_never_due(register: Register) -> None:
    site, [a] = site_items(register, 1)
    with register.db.write() as s:
        s.execute(update(Item).where(Item.id == a).values(status="merged"))
    assert a not in {d.item_id for d in register.monitoring.due(date(2100, 1, 1))}
