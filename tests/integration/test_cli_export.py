"""`inl-equipment export` end to end, in a real process, on real files."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from inl_equipment.db.schema import open_database
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.search import Query, Snapshot


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("INL_EQUIPMENT_DB", None)
    env["INL_EQUIPMENT_OPERATOR"] = "CLI Tester"
    return subprocess.run(
        [sys.executable, "-m", "inl_equipment", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-export") / "register.sqlite"
    database = open_database("sqlite:///" + str(path))
    with database.write() as session:
        fill_demo(session, 250, "tester", seed=5)
    database.dispose()
    return path


def expected(db: Path, query: Query) -> tuple[Snapshot, list[int]]:
    database = open_database("sqlite:///" + str(db))
    try:
        with database.read() as session:
            snap = Snapshot.load(session.connection())
    finally:
        database.dispose()
    return snap, snap.apply(query)


def test_xlsx_filtered_by_status_label_and_grouped(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "handed.xlsx"
    out = run(
        "export", str(target), "--db", str(db), "--status", "Handed over", "--group-by", "agency"
    )
    assert out.returncode == 0, out.stderr
    snap, positions = expected(db, Query(statuses=frozenset({"handed_over"})))
    assert f"exported {len(positions):,} items" in out.stdout
    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book["Inventory"].iter_rows(values_only=True))
    assert len(rows) == len(positions) + 1
    assert {r[rows[0].index("Status")] for r in rows[1:]} == {"Handed over"}
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[-1][0] == "Total" and summary[-1][2] == len(positions)
    assert any("CLI Tester" in str(r[0]) for r in summary[:4])


def test_csv_by_province_name_and_search_with_columns(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "sav.csv"
    snap, _ = expected(db, Query())
    province = next(i for i, n in snap.refs.en["provinces"].items() if n == "Savannakhet")
    out = run(
        "export",
        str(target),
        "--db",
        str(db),
        "--province",
        "savannakhet",
        "--search",
        "INL",
        "--columns",
        "asset_tag,unit_value,province",
        "--sort",
        "unit_value",
        "--desc",
    )
    assert out.returncode == 0, out.stderr
    _, positions = expected(
        db,
        Query(text="INL", provinces=frozenset({province}), sort_key="unit_value", descending=True),
    )
    with open(target, encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))
    assert table[0] == ["Asset tag", "Unit value", "Province"]
    assert [r[0] for r in table[1:]] == [snap.rows[p][1] for p in positions]
    assert {r[2] for r in table[1:]} == {"Savannakhet"}


def test_pdf_with_format_option_and_ids(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.PDF"
    out = run(
        "export",
        str(target),
        "--db",
        str(db),
        "--format",
        "pdf",
        "--agency",
        "1",
        "--category",
        "Vehicles",
        "--group-by",
        "status",
        "--title",
        "Vehicles at LCDC",
    )
    assert out.returncode == 0, out.stderr
    reader = PdfReader(target)
    first = reader.pages[0].extract_text()
    assert "Vehicles at LCDC" in first and "Category: Vehicles" in first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--status", "broken"), "unknown status 'broken'"),
        (("--province", "Atlantis"), "unknown province 'Atlantis'"),
        (("--agency", "9999"), "unknown agency '9999'"),
        (("--group-by", "colour"), "unknown grouping 'colour'"),
        (("--columns", "asset_tag,colour"), "unknown column 'colour'"),
        (("--format", "docx"), "unknown format 'docx'"),
    ],
)
def test_bad_arguments_are_one_line(
    db: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "x.xlsx"
    out = run("export", str(target), "--db", str(db), *args)
    assert out.returncode != 0
    assert out.stderr.count("\n") == 1 and message in out.stderr, out.stderr
    assert not target.exists()


def test_bad_targets_are_one_line(db: Path, tmp_path: Path) -> None:
    for target, message in (
        (tmp_path / "notes.txt", "unknown file extension '.txt'"),
        (tmp_path / "missing" / "x.csv", "folder does not exist"),
    ):
        out = run("export", str(target), "--db", str(db))
        assert out.returncode != 0
        assert out.stderr.count("\n") == 1 and message in out.stderr, out.stderr
    missing_db = run("export", str(tmp_path / "x.csv"), "--db", str(tmp_path / "nope.sqlite"))
    assert missing_db.returncode != 0 and "no database" in missing_db.stderr
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_one_line(db: Path, tmp_path: Path) -> None:
    from tests.helpers import fault_fs

    source = tmp_path / "out"
    source.mkdir()
    try:
        ctx = fault_fs.read_only_view(source, tmp_path / "locked")
        folder = ctx.__enter__()
    except fault_fs.MountNotPermitted:
        # Not root: permission bits are enough.
        folder = source
        folder.chmod(0o500)
        ctx = None
    try:
        out = run("export", str(folder / "x.csv"), "--db", str(db))
    finally:
        if ctx is not None:
            ctx.__exit__(None, None, None)
        folder.chmod(0o700)
    assert out.returncode != 0 and out.stderr.count("\n") == 1
    assert "cannot write in folder" in out.stderr
