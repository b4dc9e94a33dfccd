"""Site checks: numbering, what each result does to the item, incidents, follow-up."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from inl_equipment.db.models import Category, Item, Location
from inl_equipment.db.monitoring import Incident, Inspection, InspectionResult, ItemCheck
from inl_equipment.services import audit
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register

TODAY = date(2028, 11, 30)


def site_items(register: Register, n: int = 3) -> tuple[int, list[int]]:
    """A site holding at least `n` handed-over items, and those items.

    The sample data checks most items until today; the tests check later
    (from 2027 on), so theirs are the latest. Items the samples left "not
    seen" are avoided: a run of "not seen" would carry on.
    """
    unchecked = Item.id.not_in(select(ItemCheck.item_id).where(ItemCheck.not_seen_run > 0))
    with register.db.read() as s:
        site = s.execute(
            select(Item.location_id)
            .where(Item.status == "handed_over", Item.location_id.is_not(None), unchecked)
            .group_by(Item.location_id)
            .having(func.count() >= n)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
        ids = list(
            s.scalars(
                select(Item.id)
                .where(Item.location_id == site, Item.status == "handed_over", unchecked)
                .order_by(Item.id)
                .limit(n)
            )
        )
    return site, ids


def check(register: Register, site: int, results: list[ResultInput], **kw: object) -> str:
    data = InspectionInput(when=kw.pop("when", TODAY), location_id=site, results=results, **kw)  # type: ignore[arg-type]
    return register.monitoring.record_inspection(data, today=TODAY)


def item(register: Register, item_id: int) -> tuple[str, str]:
    with register.db.read() as s:
        row = s.execute(select(Item.status, Item.condition).where(Item.id == item_id)).one()
    return str(row[0]), str(row[1])


def test_numbers_run_per_year_and_a_refused_check_takes_none(register: Register) -> None:
    site, [a, b, _c] = site_items(register)
    first = check(register, site, [ResultInput(a, "in_use")])
    with pytest.raises(ValidationError):
        check(register, site, [ResultInput(a, "no such result")])
    second = check(register, site, [ResultInput(b, "in_use")])
    older = check(register, site, [ResultInput(b, "in_use")], when=date(2027, 6, 1))
    y, n = first.split("-")[1:]
    assert (y, second) == ("2028", f"EU-2028-{int(n) + 1:04d}")
    assert older.startswith("EU-2027-")


@pytest.mark.parametrize(
    ("result", "status", "condition", "incident"),
    [
        ("in_use", "handed_over", None, None),
        ("in_storage", "handed_over", None, None),
        ("unserviceable", "handed_over", "unserviceable", None),
        ("under_repair", "in_repair", None, None),
        ("not_seen", "handed_over", None, None),
        ("lost", "lost", None, "lost"),
        ("stolen", "stolen", None, "stolen"),
        ("destroyed", "destroyed", None, "damaged"),
    ],
)
def test_each_result_changes_the_item_as_it_says(
    register: Register, result: str, status: str, condition: str | None, incident: str | None
) -> None:
    site, [item_id] = site_items(register, 1)
    _status, was = item(register, item_id)
    number = check(register, site, [ResultInput(item_id, result, remark="seen by the gate")])
    assert item(register, item_id) == (status, condition or was)
    with register.db.read() as s:
        kinds = list(s.scalars(select(Incident.kind).where(Incident.item_id == item_id)))
        last = s.get(ItemCheck, item_id)
        assert last is not None and (last.last_result, last.last_date) == (result, TODAY)
        assert last.not_seen_run == (1 if result == "not_seen" else 0)
        events = audit.history(s, "item", item_id)
        assert verify_history(s).ok
    assert kinds == ([incident] if incident else [])
    check_event = [e for e in events if e.action == "check"][-1]
    assert check_event.changes["inspection"] == number
    assert check_event.changes["result"] == result


def test_two_not_seen_in_a_row_raise_a_follow_up_and_a_sighting_clears_it(
    register: Register,
) -> None:
    site, [item_id] = site_items(register, 1)
    check(register, site, [ResultInput(item_id, "not_seen")], when=date(2028, 3, 1))
    due = {d.item_id: d for d in register.monitoring.due(date(2030, 1, 1))}
    assert not due[item_id].follow_up
    check(register, site, [ResultInput(item_id, "not_seen")], when=date(2028, 9, 1))
    due = {d.item_id: d for d in register.monitoring.due(date(2030, 1, 1))}
    assert due[item_id].follow_up and due[item_id].last_result == "not_seen"
    assert item_id in {f.item_id for f in register.monitoring.follow_up()}
    # A check entered late, older than the last, changes nothing of the latest state.
    check(register, site, [ResultInput(item_id, "in_use")], when=date(2028, 1, 5))
    assert {d.item_id: d for d in register.monitoring.due(date(2030, 1, 1))}[item_id].follow_up
    check(register, site, [ResultInput(item_id, "in_use")], when=date(2028, 10, 1))
    due = {d.item_id: d for d in register.monitoring.due(date(2030, 1, 1))}
    assert not due[item_id].follow_up and item(register, item_id)[0] == "handed_over"
    assert item_id not in {f.item_id for f in register.monitoring.follow_up()}


def test_an_item_registered_elsewhere_is_unexpected_and_stays_where_it_is(
    register: Register,
) -> None:
    site, [item_id] = site_items(register, 1)
    with register.db.read() as s:
        other = s.scalar(select(Location.id).where(Location.id != site).limit(1))
    assert other is not None
    number = check(register, other, [ResultInput(item_id, "in_use")])
    with register.db.read() as s:
        row = s.execute(
            select(InspectionResult.unexpected, InspectionResult.registered_location_id)
            .join(Inspection, Inspection.id == InspectionResult.inspection_id)
            .where(InspectionResult.item_id == item_id, Inspection.number == number)
        ).one()
        assert tuple(row) == (True, site)
        assert s.scalar(select(Item.location_id).where(Item.id == item_id)) == site


def test_bad_checks_are_refused_whole(register: Register) -> None:
    site, [a, b, c] = site_items(register)
    check(register, site, [ResultInput(c, "lost")])
    with register.db.read() as s:
        before = s.scalar(select(func.count()).select_from(InspectionResult))
        tags = dict(s.execute(select(Item.id, Item.asset_tag).where(Item.id.in_([a, c]))).all())
    cases = [
        ([ResultInput(a, "in_use"), ResultInput(a, "not_seen")], f"{tags[a]} is listed twice"),
        ([ResultInput(a, "in_use"), ResultInput(c, "in_use")], f"{tags[c]} has left the register"),
        ([ResultInput(a, "fine")], "unknown result"),
        ([ResultInput(a, "in_use", condition="shiny")], "unknown condition"),
        ([], "No item was checked"),
    ]
    for results, words in cases:
        with pytest.raises(ValidationError) as refused:
            check(register, site, results)
        assert any(words in m for m in refused.value.errors.values()), refused.value.errors
    with pytest.raises(ValidationError) as refused:
        check(register, site, [ResultInput(b, "in_use")], when=date(2029, 1, 1))
    assert "future" in refused.value.errors["date"]
    with register.db.read() as s:
        assert s.scalar(select(func.count()).select_from(InspectionResult)) == before


def test_a_checklist_is_taken_once(register: Register) -> None:
    site, [a, b, _c] = site_items(register)
    first = check(register, site, [ResultInput(a, "in_use")], checklist_id="c0ffee")
    with pytest.raises(ValidationError) as refused:
        check(register, site, [ResultInput(b, "in_use")], checklist_id="c0ffee")
    message = refused.value.errors["checklist"]
    assert first in message and "imported already on" in message


def test_an_incident_closed_as_recovered_gives_the_status_back(register: Register) -> None:
    site, [a, b] = site_items(register, 2)
    check(register, site, [ResultInput(a, "stolen"), ResultInput(b, "lost")])
    numbers = {r.item_id: r.number for r in register.monitoring.list_incidents(open_only=True)}
    register.monitoring.close_incident(
        numbers[a], "recovered", TODAY, "Found at the market", today=TODAY
    )
    register.monitoring.close_incident(numbers[b], "written_off", TODAY, today=TODAY)
    assert item(register, a)[0] == "handed_over"
    assert item(register, b)[0] == "lost"
    with pytest.raises(ValidationError):
        register.monitoring.close_incident(numbers[b], "recovered", TODAY, today=TODAY)
    rows = {r.number: r for r in register.monitoring.list_incidents()}
    assert rows[numbers[a]].outcome == "recovered" and "market" in rows[numbers[a]].remark
    with register.db.read() as s:
        assert verify_history(s).ok


def test_the_list_counts_checked_verified_and_problems(register: Register) -> None:
    site, [a, b, c] = site_items(register)
    number = check(
        register,
        site,
        [ResultInput(a, "in_use"), ResultInput(b, "in_storage"), ResultInput(c, "not_seen")],
    )
    row = next(r for r in register.monitoring.list_inspections(2028) if r.number == number)
    assert (row.checked, row.verified, row.problems) == (3, 2, 1)
    assert number not in {r.number for r in register.monitoring.list_inspections(2027)}


def test_a_category_interval_outside_the_policy_is_refused(register: Register) -> None:
    with register.db.read() as s:
        category = s.scalar(select(Category.id).limit(1))
    assert category is not None
    with pytest.raises(ValidationError):
        register.monitoring.set_intervals(12, {category: 36})
    register.monitoring.set_intervals(6, {category: 24})
    assert register.monitoring.intervals()[0] == 6
    assert register.monitoring.intervals()[1][category] == 24
