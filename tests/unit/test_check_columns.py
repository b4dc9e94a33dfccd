"""The register table's check columns and filters agree with the due list."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from inl_equipment.db.models import RETIRED_STATUSES, Category, Item
from inl_equipment.db.monitoring import ItemCheck
from inl_equipment.services.check_rows import CHECK_FILTERS
from inl_equipment.services.columns import COLUMN_BY_KEY, R_ID
from inl_equipment.services.due_checks import due_dates
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.register import Register
from inl_equipment.services.search import Query
from tests.unit.test_inspections import site_items

TODAY = date(2028, 11, 30)


def _checked(register: Register) -> list[int]:
    site, ids = site_items(register, 3)
    for when, result in ((date(2028, 2, 1), "not_seen"), (date(2028, 8, 1), "not_seen")):
        register.monitoring.record_inspection(
            InspectionInput(when, site, results=[ResultInput(ids[0], result)]), today=TODAY
        )
    register.monitoring.record_inspection(
        InspectionInput(date(2027, 11, 1), site, results=[ResultInput(ids[1], "in_use")]),
        today=TODAY,
    )
    return ids


def test_next_check_in_the_table_is_the_due_lists(register: Register) -> None:
    _checked(register)
    with register.db.read() as s:
        category = s.scalar(select(Category.id).limit(1))
    register.monitoring.set_intervals(9, {category: 3})  # type: ignore[dict-key]
    snap = register.items.snapshot()
    with register.db.read() as s:
        expected = {i: d.due.isoformat() for i, d in due_dates(s.connection()).items()}
    shown = {r[R_ID]: snap.due_of(r) for r in snap.rows if snap.due_of(r) is not None}
    assert shown == expected
    column = COLUMN_BY_KEY["next_check"]
    some = next(r for r in snap.rows if r[R_ID] in expected)
    assert snap.display(some, column) == expected[some[R_ID]]


def test_check_filters_pick_what_the_due_list_names(register: Register) -> None:
    a, b, _c = _checked(register)
    snap = register.items.snapshot()

    def ids(mode: str) -> set[int]:
        return {snap.rows[i][R_ID] for i in snap.apply(Query(checks=mode, today=TODAY))}

    overdue = {d.item_id for d in register.monitoring.due(TODAY, overdue_only=True)}
    due = {d.item_id for d in register.monitoring.due(TODAY)}
    assert ids("overdue") - overdue == set() and overdue - ids("overdue") == set()
    assert ids("due") - due == set() and due - ids("due") == set()
    assert b in overdue and overdue <= due
    assert a in ids("follow_up") and b not in ids("follow_up")
    assert a not in ids("never") and b not in ids("never") and ids("never")
    assert {v for v, _label in CHECK_FILTERS} == {
        *("", "due", "overdue", "follow_up", "never", "unverified")
    }
    later = {
        snap.rows[i][R_ID]
        for i in snap.apply(Query(checks="overdue", today=TODAY + timedelta(days=400)))
    }
    assert overdue < later


def test_not_verified_this_year_is_what_a_unit_holds_without_a_good_check_this_year(
    register: Register,
) -> None:
    site, [seen, lost, _c] = site_items(register, 3)
    register.monitoring.record_inspection(
        InspectionInput(
            TODAY, site, results=[ResultInput(seen, "in_storage"), ResultInput(lost, "lost")]
        ),
        today=TODAY,
    )
    with register.db.read() as s:
        held = set(
            s.scalars(
                select(Item.id).where(
                    Item.holder_agency_id.is_not(None),
                    Item.status.not_in([st.value for st in RETIRED_STATUSES]),
                )
            )
        )
        good = set(
            s.scalars(
                select(ItemCheck.item_id).where(
                    ItemCheck.last_date >= date(TODAY.year, 1, 1),
                    ItemCheck.last_result.in_(["in_use", "in_storage"]),
                )
            )
        )
    snap = register.items.snapshot()
    shown = {snap.rows[i][R_ID] for i in snap.apply(Query(checks="unverified", today=TODAY))}
    assert shown == held - good
    assert seen not in shown and lost not in shown  # lost: no longer held, so not counted
    assert shown  # the sample register has unchecked items held by units
    # A year later the same check no longer counts.
    later = {
        snap.rows[i][R_ID]
        for i in snap.apply(Query(checks="unverified", today=date(TODAY.year + 1, 1, 2)))
    }
    assert seen in later


def test_sorting_by_next_check_puts_the_most_overdue_first(register: Register) -> None:
    _checked(register)
    snap = register.items.snapshot()
    order = snap.apply(Query(sort_key="next_check"))
    dues = [snap.due_of(snap.rows[i]) or "" for i in order]
    assert dues == sorted(dues)
    result = COLUMN_BY_KEY["last_check_result"]
    labels = {snap.display(snap.rows[i], result) for i in order}
    assert "Not seen" in labels and "In use" in labels
