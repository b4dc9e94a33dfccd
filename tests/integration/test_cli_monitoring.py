"""The end-use monitoring commands on a real register: lines, filters, refusals."""

from __future__ import annotations

import re
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


def test_a_checklist_goes_out_and_comes_back_through_the_command_line(
    tmp_path: Path, checked: tuple[Path, str, list[str]]
) -> None:
    import shutil

    import openpyxl

    from inl_equipment.interchange import checklist_layout as lay

    path = Path(shutil.copyfile(checked[0], tmp_path / "copy.sqlite"))
    site = checked[2][0]
    sheet = tmp_path / "site.xlsx"
    done = run("checklist", "--db", str(path), "--site", site, "-o", str(sheet))
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(sheet)
    ws = wb[lay.SHEET]
    first = lay.HEADER_ROW + 2  # 1-based: the row below the header
    listed = [r for r in range(first, ws.max_row + 1) if ws.cell(r, lay.TAG + 1).value]
    assert len(listed) >= 2
    ws.cell(listed[0], lay.RESULT + 1).value = "In use"
    ws.cell(listed[1], lay.RESULT + 1).value = "Fine, I think"
    wb.save(sheet)
    refused = run("inspect", str(sheet), "--db", str(path))
    assert refused.returncode == 1 and f"row {listed[1]}" in refused.stderr.lower()
    assert "nothing was stored" in refused.stderr
    ws.cell(listed[1], lay.RESULT + 1).value = "Under repair"
    wb.save(sheet)
    dry = run("inspect", str(sheet), "--db", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "In use\t1" in dry.stdout and "Under repair\t1" in dry.stdout
    before = run("inspections", "--db", str(path)).stdout
    done = run("inspect", str(sheet), "--db", str(path))
    assert done.returncode == 0, done.stderr
    number = re.search(r"^recorded (EU-\d{4}-\d{4}) at ", done.stdout, re.M).group(1)  # type: ignore[union-attr]
    assert number not in before and number in run("inspections", "--db", str(path)).stdout
    again = run("inspect", str(sheet), "--db", str(path))
    assert again.returncode == 1 and "imported already" in again.stderr and number in again.stderr
