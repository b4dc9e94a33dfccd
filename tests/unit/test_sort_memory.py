"""Sorting through the compact, bounded caches gives exactly what a plain `sorted()` gives."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inl_equipment.db.schema import open_database
from inl_equipment.services.columns import COLUMN_BY_KEY, COLUMN_KEYS, R_QTY, R_STATUS
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.search import SORT_CACHE_COLUMNS, Query, Snapshot
from inl_equipment.services.sort_order import SortCache

TERMS = ("", "a", "inl-2", "hilux", "ສະຫວັນ", "zzz-none", "1")
STATUSES = ("in_stock", "handed_over", "in_repair", "lost", "stolen", "disposed")


@pytest.fixture(scope="module")
def snap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Snapshot]:
    path = Path(tmp_path_factory.mktemp("sort")) / "register.sqlite"
    db = open_database("sqlite:///" + str(path))
    with db.write() as session:
        fill_demo(session, 400, "tester", seed=3)
    with db.read() as session:
        yield Snapshot.load(session.connection())
    db.dispose()


def plain(snap: Snapshot, q: Query) -> list[int]:
    """The reference: filter and search unsorted, then one plain stable `sorted()`."""
    unsorted = Query(text=q.text, statuses=q.statuses)
    cand = snap.apply(unsorted)
    if q.sort_key is None:
        return cand
    keys = snap._sort_keys(COLUMN_BY_KEY[q.sort_key])
    return sorted(cand, key=keys.__getitem__, reverse=q.descending)


queries = st.builds(
    Query,
    text=st.sampled_from(TERMS),
    statuses=st.frozensets(st.sampled_from(STATUSES), max_size=2),
    sort_key=st.one_of(st.none(), st.sampled_from(COLUMN_KEYS)),
    descending=st.booleans(),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(queries, min_size=1, max_size=6))
def test_same_order_as_plain_sorted(snap: Snapshot, qs: list[Query]) -> None:
    # A sequence of queries: cached, evicted and rebuilt orders are all tried.
    for q in qs:
        assert snap.apply(q) == plain(snap, q)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(0, 3), min_size=0, max_size=400),
    st.sampled_from(STATUSES),
    st.booleans(),
)
def test_many_ties_keep_row_order_both_ways(
    snap: Snapshot, quantities: list[int], status: str, descending: bool
) -> None:
    rows = [(*r[:R_QTY], q, *r[R_QTY + 1 :]) for r, q in zip(snap.rows, quantities, strict=False)]
    tied = Snapshot(rows, snap.refs)
    for key in ("quantity", "status", "condition", "holder"):
        for q in (
            Query(sort_key=key, descending=descending),
            Query(sort_key=key, descending=descending, statuses=frozenset({status})),
        ):
            assert tied.apply(q) == plain(tied, q), (key, q)


def test_cache_is_compact_and_bounded(snap: Snapshot) -> None:
    fresh = Snapshot(list(snap.rows), snap.refs)
    for key in COLUMN_KEYS:
        for descending in (False, True):
            fresh.apply(Query(sort_key=key, descending=descending))
            assert len(fresh._perms) <= SORT_CACHE_COLUMNS
    for cache in fresh._perms.values():
        assert isinstance(cache.group, array) and cache.group.itemsize >= 4
        for descending in (False, True):
            order = cache.order(descending)
            assert isinstance(order, array) and len(order) == len(fresh)
    # The last columns sorted are the ones kept.
    assert list(fresh._perms) == list(COLUMN_KEYS[-SORT_CACHE_COLUMNS:])
    fresh.upsert([(*snap.rows[0][:R_STATUS], "lost", *snap.rows[0][R_STATUS + 1 :])])
    assert not fresh._perms


@given(st.lists(st.one_of(st.integers(-3, 3), st.none()).map(lambda v: v or 0), max_size=60))
def test_sort_cache_alone_matches_sorted(keys: list[int]) -> None:
    cache = SortCache.build(keys)
    for descending in (False, True):
        expected = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        assert list(cache.order(descending)) == expected
    assert [cache.group[p] for p in cache.order(False)] == sorted(cache.group)
