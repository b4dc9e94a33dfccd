"""The dashboard's figures agree with the register: by recount, and by the filter a click sets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from inl_equipment.db.models import Item
from inl_equipment.db.schema import open_database
from inl_equipment.services import check_rows
from inl_equipment.services.columns import R_HOLDER
from inl_equipment.services.dashboard_figures import DashboardFigures, compute, losses
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.search import Snapshot


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    items=st.integers(min_value=20, max_value=160),
    seed=st.integers(min_value=0, max_value=10_000),
    today=st.dates(min_value=date(2026, 1, 1), max_value=date(2029, 12, 31)),
)
def test_every_figure_is_its_filter_and_the_groups_add_up(
    tmp_path: Path, items: int, seed: int, today: date
) -> None:
    path = tmp_path / f"r-{items}-{seed}.sqlite"
    db = open_database("sqlite:///" + str(path))
    try:
        with db.write() as s:
            fill_demo(s, items, "tester", seed=seed)
        with db.read() as s:
            snap = Snapshot.load(s.connection())
            by_status = dict(
                s.execute(select(Item.status, func.count()).group_by(Item.status)).all()
            )
            value = s.scalar(select(func.sum(Item.quantity * Item.unit_value)))
    finally:
        db.dispose()
    figures = compute(snap, today)
    assert figures.total.count == len(snap.rows) == sum(by_status.values())
    # Money exact: the sum of quantity x value in cents, as the database sums it.
    assert figures.total.cents == snap.total_cents()
    assert abs(figures.total.cents / 100 - float(value or 0)) < 0.005
    assert {f.key: f.count for f in figures.by_status} == by_status
    for group in (figures.by_status, figures.by_agency, figures.by_province):
        assert sum(f.count for f in group) == figures.total.count
        assert sum(f.cents for f in group) == figures.total.cents
    groups = (figures.by_status, figures.by_agency, figures.by_province, figures.checks)
    clickable = [
        f
        for f in (*(f for g in groups for f in g), *figures.overdue_by_site)
        if f.query is not None
    ]
    assert clickable
    for figure in clickable:
        assert figure.query is not None
        shown = snap.apply(figure.query)
        assert len(shown) == figure.count, figure
        assert snap.total_cents(shown) == figure.cents, figure
    overdue = next(f for f in figures.checks if f.key == "overdue")
    assert sum(f.count for f in figures.overdue_by_site) == overdue.count
    _check_verification(snap, figures, today)
    lost = losses(figures)
    gone = ("lost", "stolen", "disposed", "destroyed")
    assert sum(f.count for f in lost) == sum(by_status.get(s, 0) for s in gone)
    merged = sum(f.cents for f in figures.by_status if f.key == "merged")
    assert sum(f.cents for f in lost) + merged == snap.retired_cents()


def _check_verification(snap: Snapshot, figures: DashboardFigures, today: date) -> None:
    """Each unit's rate: held and verified recounted from the rows; a click shows the rest."""
    held: dict[int, int] = {}
    verified: dict[int, int] = {}
    for row in snap.rows:
        if check_rows.held_by_unit(row):
            holder = row[R_HOLDER]
            held[holder] = held.get(holder, 0) + 1
            verified[holder] = verified.get(holder, 0) + check_rows.verified_in(row, today.year)
    assert {int(r.key): r.held for r in figures.verification} == held
    assert {int(r.key): r.verified for r in figures.verification} == {a: verified[a] for a in held}
    total = figures.verification_total
    assert total is not None and total.held == sum(held.values())
    for rate in [*figures.verification, total]:
        assert rate.query is not None
        assert len(snap.apply(rate.query)) == rate.unverified, rate
        if rate.held:
            exact = rate.verified * 10_000 / rate.held
            assert rate.hundredths is not None and abs(rate.hundredths - exact) <= 0.5
