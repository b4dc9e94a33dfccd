"""Search, filters, sort and totals over the in-memory snapshot."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from inl_equipment.db.models import Agency, Item, Location
from inl_equipment.db.session import Database
from inl_equipment.services.columns import COLUMN_BY_KEY, R_ID, format_money
from inl_equipment.services.search import Query, Snapshot


@pytest.fixture
def snap(demo_db: Database) -> Snapshot:
    with demo_db.read() as s:
        return Snapshot.load(s.connection())


def ids(snap: Snapshot, positions: list[int]) -> list[int]:
    return [snap.rows[p][R_ID] for p in positions]


def sql_ids(db: Database, where: str, params: dict[str, object]) -> list[int]:
    from sqlalchemy import text

    with db.read() as s:
        return list(
            s.execute(text(f"SELECT id FROM items WHERE {where} ORDER BY id"), params).scalars()
        )


def test_no_query_shows_every_item_in_id_order(snap: Snapshot, demo_db: Database) -> None:
    assert ids(snap, snap.apply(Query())) == sql_ids(demo_db, "1", {})


def test_search_matches_tag_serial_description_make_model_any_case(
    snap: Snapshot, demo_db: Database
) -> None:
    for needle in ("hilux", "APX", "INL-2", "pickup"):
        expected = sql_ids(
            demo_db,
            "asset_tag LIKE :q OR serial_number LIKE :q OR description LIKE :q "
            "OR make LIKE :q OR model LIKE :q",
            {"q": f"%{needle}%"},
        )
        assert expected, needle
        assert ids(snap, snap.apply(Query(text=needle))) == expected


def test_search_matches_holder_and_location_in_english_and_lao(
    snap: Snapshot, demo_db: Database
) -> None:
    with demo_db.read() as s:
        agency_ids = set(s.scalars(select(Agency.id).where(Agency.name_lo.like("%ສະຫວັນນະເຂດ%"))))
        location_ids = set(
            s.scalars(select(Location.id).where(Location.name_lo.like("%ສະຫວັນນະເຂດ%")))
        )
        expected = sorted(
            s.scalars(
                select(Item.id).where(
                    Item.holder_agency_id.in_(agency_ids) | Item.location_id.in_(location_ids)
                )
            )
        )
    assert expected
    assert ids(snap, snap.apply(Query(text="ສະຫວັນນະເຂດ"))) == expected
    english = ids(snap, snap.apply(Query(text="savannakhet")))
    assert set(expected) <= set(english)


def test_several_words_must_all_match(snap: Snapshot) -> None:
    both = set(ids(snap, snap.apply(Query(text="toyota hilux"))))
    assert both
    assert both == set(ids(snap, snap.apply(Query(text="toyota")))) & set(
        ids(snap, snap.apply(Query(text="hilux")))
    )


@pytest.mark.parametrize("needle", ["%", "_", "'", '"', "--", "\\", "a%b", "' OR 1=1 --"])
def test_search_text_is_literal(snap: Snapshot, needle: str) -> None:
    rows = snap.apply(Query(text=needle))
    for p in rows:
        hay = " ".join(str(v) for v in snap.rows[p] if isinstance(v, str)).casefold()
        assert needle.casefold() in hay or needle == "--"
    if needle in ("%", "_", "' OR 1=1 --"):
        assert rows == []


def test_filters_combine(snap: Snapshot, demo_db: Database) -> None:
    with demo_db.read() as s:
        agency = s.scalar(
            select(Item.holder_agency_id)
            .where(Item.holder_agency_id.is_not(None))
            .group_by(Item.holder_agency_id)
            .order_by(func.count().desc())
        )
    q = Query(statuses=frozenset({"handed_over"}), agencies=frozenset({agency}))
    expected = sql_ids(demo_db, "status = 'handed_over' AND holder_agency_id = :a", {"a": agency})
    assert expected and ids(snap, snap.apply(q)) == expected


def test_province_filter_uses_the_location_province(snap: Snapshot, demo_db: Database) -> None:
    with demo_db.read() as s:
        from inl_equipment.db.models import Province

        prov = s.scalar(select(Province.id).where(Province.name_en == "Savannakhet"))
    expected = sql_ids(
        demo_db, "location_id IN (SELECT id FROM locations WHERE province_id = :p)", {"p": prov}
    )
    assert ids(snap, snap.apply(Query(provinces=frozenset({prov})))) == expected


@pytest.mark.parametrize(
    "key",
    [
        "description",
        "unit_value",
        "holder",
        "acquisition_date",
        "status",
        "province",
        "total_value",
    ],
)
def test_sort_orders_rows_by_the_column(snap: Snapshot, key: str) -> None:
    col = COLUMN_BY_KEY[key]
    for desc in (False, True):
        order = snap.apply(Query(sort_key=key, descending=desc))
        assert sorted(order) == list(range(len(snap)))
        keys = [snap.value(snap.rows[p], col) for p in order]
        keys = [k.casefold() if isinstance(k, str) else (k if k is not None else "") for k in keys]
        assert keys == sorted(keys, reverse=desc)


def test_sort_with_a_search_keeps_only_matches_in_order(snap: Snapshot) -> None:
    everything = snap.apply(Query(sort_key="unit_value", descending=True))
    matches = set(snap.apply(Query(text="radio")))
    assert snap.apply(Query(text="radio", sort_key="unit_value", descending=True)) == [
        p for p in everything if p in matches
    ]


def test_totals_are_exact_cents(snap: Snapshot, demo_db: Database) -> None:
    with demo_db.read() as s:
        expected = sum((it.unit_value * it.quantity for it in s.scalars(select(Item))), Decimal(0))
    cents = snap.total_cents()
    assert Decimal(cents).scaleb(-2) == expected
    assert format_money(123456789) == "$1,234,567.89"
    assert format_money(-5) == "-$0.05"


def test_upsert_replaces_a_row_and_drops_caches(snap: Snapshot) -> None:
    first = snap.apply(Query(sort_key="description"))
    row = list(snap.rows[0])
    row[6] = "AAAA first by description"
    snap.upsert([tuple(row)])
    assert snap.apply(Query(sort_key="description"))[0] == 0
    assert snap.apply(Query(sort_key="description")) != first
