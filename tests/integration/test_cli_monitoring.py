"""The end-use monitoring commands on a real register: lines, filters, refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from inl_equipment.db.schema import open_database
from inl_equipment.db.session import file_url
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.register import Register
from tests.integration.test_cli_register import run
from tests.unit.test_inspections import site_items


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[str]]:
    path = tmp_path_factory.mktemp("eum") / "register.sqlite"
    db = open_database(file_url(path))
    with db.write() as s:
        fill_demo(s, 400, "tester", seed=3)
    register = Register(db, "Tester")
    site, ids = site_items(register, 3)
    number = register.monitoring.record_inspection(
        InspectionInput(
            date(2027, 1, 15),
            site,
            results=[ResultInput(ids[0], "in_use"), ResultInput(ids[1], "stolen")],
        ),
        today=date(2027, 1, 15),
    )
    site_name = register.reference.lists(("location",))["location"]
    name = next(r.name for r in site_name if r.id == site)
    with db.read() as s:
        from sqlalchemy import select

        from inl_equipment.db.models import Item

        tags = list(s.scalars(select(Item.asset_tag).where(Item.id.in_(ids)).order_by(Item.id)))
    db.dispose()
    return path, number, [name, *tags]


def test_inspections_are_listed_one_line_each(checked: tuple[Path, str, list[str]]) -> None:
    path, number, (site, *_tags) = checked
    done = run("inspections", "--db", str(path), "--year", "2027")
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith(number))
    assert line.split("\t") == [number, "2027-01-15", site, "2", "1", "1"]


def test_due_lists_the_overdue_of_a_site(checked: tuple[Path, str, list[str]]) -> None:
    path, _number, (site, seen, stolen, never) = checked
    done = run("due", "--db", str(path), "--site", site, "--overdue", "--date", "2028-06-01")
    assert done.returncode == 0, done.stderr
    lines = {x.split("\t")[0]: x.split("\t") for x in done.stdout.splitlines()}
    assert lines[seen] == [seen, site, "2027-01-15", "2028-01-15", "overdue"]
    assert stolen not in lines  # out of the register: never due
    assert all(row[1] == site for row in lines.values())


def test_incidents_name_the_stolen_item(checked: tuple[Path, str, list[str]]) -> None:
    path, _number, (_site, _seen, stolen, _never) = checked
    done = run("incidents", "--db", str(path), "--open")
    assert done.returncode == 0, done.stderr
    mine = [x.split("\t") for x in done.stdout.splitlines() if f"\t{stolen}\t" in x]
    assert len(mine) == 1 and mine[0][2:4] == ["2027-01-15", "stolen"] and mine[0][-1] == "open"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("due", "--site", "Nowhere at all"), "no site named"),
        (("due", "--date", "1 June"), "YYYY-MM-DD"),
        (("inspections", "--year", "twenty"), "invalid int value"),
    ],
)
def test_bad_arguments_say_so_in_one_line(
    checked: tuple[Path, str, list[str]], args: tuple[str, ...], words: str
) -> None:
    path = checked[0]
    done = run(*args, "--db", str(path))
    assert done.returncode != 0
    assert words in done.stderr and "Traceback" not in done.stderr
