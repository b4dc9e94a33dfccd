"""Two clients of one PostgreSQL register issuing receipts at the same time.

Real processes, each with its own engine, as two officers' laptops would be:
every receipt number is issued once, the numbers run on without a gap, and
the history stays one hash chain. Needs a server (`INL_TEST_POSTGRESQL`; CI
starts one).
"""

from __future__ import annotations

import multiprocessing
import os
from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers.postgres import ENV, fresh_database

PER_CLIENT = 200

pytestmark = pytest.mark.skipif(
    not os.environ.get(ENV), reason=f"no PostgreSQL server ({ENV} not set); CI runs it"
)


def _fill(url: str) -> list[int]:
    """Reference data and 2 × PER_CLIENT items in stock; their ids."""
    from inl_equipment.db.models import Item
    from inl_equipment.db.schema import open_database
    from inl_equipment.services.items import ItemInput, create_item
    from inl_equipment.services.starter_reference import add_starter_reference

    db = open_database(url)
    with db.write() as s:
        refs = add_starter_reference(s)
        s.flush()
        category = next(iter(refs.categories.values())).id
        for n in range(2 * PER_CLIENT):
            data = ItemInput(asset_tag=f"PG-{n:04d}", description="Radio", category_id=category)
            create_item(s, data, "setup")
    with db.read() as s:
        ids = list(s.scalars(select(Item.id).order_by(Item.id)))
    db.dispose()
    return ids


def _client(url: str, item_ids: list[int], start: multiprocessing.synchronize.Event) -> None:
    """Hand over each item on its own receipt, as fast as the server lets us."""
    from inl_equipment.db.schema import open_database
    from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
    from inl_equipment.services.register import Register

    register = Register(open_database(url), "client")
    me = f"client {os.getpid()}"  # on a server the history names the login: tell them apart here
    agency = register.reference.lists(("agency",))["agency"][0]
    start.wait()
    for item_id in item_ids:
        register.handovers.create(
            HandoverInput(
                date=date(2026, 6, 1),
                to_agency_id=agency.id,
                handed_over_by=PartyInput(name="Jane Doe"),
                received_by=PartyInput(name="Khamphoui"),
                lines=[LineInput(item_id)],
                remarks=me,
            )
        )
    register.db.dispose()


def test_two_clients_issue_400_distinct_consecutive_receipt_numbers() -> None:
    from inl_equipment.db.schema import open_database
    from inl_equipment.db.transactions import Handover
    from inl_equipment.services import audit

    with fresh_database() as url:
        ids = _fill(url)
        context = multiprocessing.get_context("spawn")
        start = context.Event()
        clients = [context.Process(target=_client, args=(url, ids[k::2], start)) for k in range(2)]
        for process in clients:
            process.start()
        start.set()
        for process in clients:
            process.join(timeout=300)
        assert [p.exitcode for p in clients] == [0, 0]

        db = open_database(url)
        with db.read() as s:
            rows = s.execute(select(Handover.number, Handover.remarks)).all()
            chain = audit.verify_chain(s)
        db.dispose()
    numbers = [n for n, _ in rows]
    assert len(numbers) == len(set(numbers)) == 2 * PER_CLIENT
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 2 * PER_CLIENT + 1))
    assert chain.ok, chain
    # They did run at the same time: in number order, the issuing client changes many times.
    by_number = [client for _, client in sorted(rows, key=lambda r: r[0])]
    switches = sum(a != b for a, b in zip(by_number, by_number[1:], strict=False))
    assert switches > 20, switches
