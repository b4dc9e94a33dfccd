"""Issue 9 for imports: outputs that are inputs, open quotes, hostile workbooks, near names."""

from __future__ import annotations

import base64
import os
import random
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inl_equipment.db.models import Category
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import Database
from inl_equipment.interchange.file_identity import SameFileError, refuse_overwrite, same_file
from inl_equipment.interchange.import_lookups import load_lookups, loose_key
from inl_equipment.interchange.import_refs import RefResolver, symbols
from inl_equipment.interchange.import_rejects import write_rejects
from inl_equipment.interchange.import_rows import Issue
from inl_equipment.interchange.import_source import initial_mapping, read_source
from inl_equipment.interchange.importer import ImportOptions, prepare
from inl_equipment.interchange.readers import ReadError, ReadLimits, read_table

# ------------------------------------------------ item 5: an output that is an input


def test_same_file_sees_through_spellings_and_links(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "in.csv"
    data.write_text("a,b\n1,2\n", encoding="utf-8")
    other = tmp_path / "other.csv"
    other.write_text("x\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    spellings = [data, Path("../in.csv"), tmp_path / "sub" / ".." / "in.csv"]
    (tmp_path / "link.csv").symlink_to(data)
    os.link(data, tmp_path / "hard.csv")
    (tmp_path / "dirlink").symlink_to(tmp_path, target_is_directory=True)
    spellings += [tmp_path / "link.csv", tmp_path / "hard.csv", tmp_path / "dirlink" / "in.csv"]
    for spelling in spellings:
        assert same_file(spelling, data), spelling
        with pytest.raises(SameFileError, match="file being imported"):
            refuse_overwrite(spelling, [other, data])
    assert not same_file(other, data)
    assert not same_file(tmp_path / "new.csv", data)
    refuse_overwrite(tmp_path / "new.csv", [data, other], tmp_path / "register.sqlite")


def test_register_files_are_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "register.sqlite"
    db_path.write_bytes(b"x")
    (tmp_path / "alias.sqlite").symlink_to(db_path)
    for target in (db_path, tmp_path / "alias.sqlite", tmp_path / "register.sqlite-wal"):
        with pytest.raises(SameFileError, match="register's own file"):
            refuse_overwrite(target, [], db_path)


def test_rejects_written_over_the_input_leave_it_whole(demo_db: Database, tmp_path: Path) -> None:
    data = tmp_path / "in.csv"
    data.write_text("Asset Tag,Name,Purchase Cost\nH-1,Radio,$4\nH-2,Tent,forty\n", "utf-8")
    before = data.read_bytes()
    source = read_source(data)
    mapping, _ = initial_mapping(source.table.headers, None)
    plan = prepare(demo_db, source, mapping, ImportOptions())
    (tmp_path / "link.csv").symlink_to(data)
    os.link(data, tmp_path / "hard.csv")
    for target in (data, tmp_path / "link.csv", tmp_path / "hard.csv", tmp_path / "." / "in.csv"):
        with pytest.raises(OSError, match="file being imported"):
            write_rejects(plan, target)
    assert data.read_bytes() == before
    with pytest.raises(OSError, match="register's own file"):
        write_rejects(plan, Path(f"{demo_db.path}-wal"), demo_db.path)
    assert write_rejects(plan, tmp_path / "rejects.csv", demo_db.path) == 1


# ------------------------------------------------ item 6: a quote never closed


def _csv(rows: int, sep: str, stray: int | None, *, address: bool = False) -> str:
    lines = [sep.join(["Asset tag", "Description", "Category", "Notes"])]
    for i in range(rows):
        text = f"Item {i}"
        if i == stray:
            text = '"' + text
        lines.append(sep.join([f"Q-{i}", text, "IT", "spare"]))
        if address and i % 7 == 3:  # a legitimate three-line quoted cell now and then
            lines.append(sep.join([f"A-{i}", '"Ban Sisavath, Chanthabouly\nVientiane\nLao PDR"',
                                   "IT", '"two\nlines"']))  # fmt: skip
    return "\n".join(lines) + "\n"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.sampled_from([1, 2, 5, 40, 500]),
    sep=st.sampled_from([",", ";", "\t"]),
    where=st.floats(min_value=0, max_value=1),
    address=st.booleans(),
    crlf=st.booleans(),
)
def test_a_stray_quote_stops_the_read_at_its_row(
    tmp_path: Path, rows: int, sep: str, where: float, address: bool, crlf: bool
) -> None:
    stray = min(rows - 1, int(where * rows))
    text = _csv(rows, sep, stray, address=address)
    path = tmp_path / "stray.csv"
    path.write_bytes((text.replace("\n", "\r\n") if crlf else text).encode("utf-8"))
    with pytest.raises(ReadError) as caught:
        read_table(path)
    message = str(caught.value)
    # The row where the quote opened: the header is row 1, data rows follow (with addresses).
    row = 2 + stray + (sum(1 for i in range(stray) if i % 7 == 3) if address else 0)
    assert f"row {row}:" in message and "quote" in message, message
    assert f"Item {stray}" in message


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_quoted_cells_over_a_few_lines_are_still_read(tmp_path: Path, sep: str) -> None:
    path = tmp_path / "addresses.csv"
    path.write_text(_csv(60, sep, None, address=True), encoding="utf-8")
    table = read_table(path)
    assert len(table.rows) == 60 + 9
    assert table.rows[4].values[1] == "Ban Sisavath, Chanthabouly\nVientiane\nLao PDR"
    # A quoted cell with the separator, and a quote inside a cell, are ordinary.
    path.write_text('Tag,Name,Cost\nQ-1,12" monitor,"$1,200.00"\nQ-2,"Say ""hi""",5\n', "utf-8")
    assert [r.values for r in read_table(path).rows] == [
        ["Q-1", '12" monitor', "$1,200.00"],
        ["Q-2", 'Say "hi"', "5"],
    ]


def test_a_stray_quote_closed_far_below_is_caught_too(tmp_path: Path) -> None:
    lines = ["Tag,Name,Cost"] + [f"Q-{i},Radio,{i}" for i in range(300)]
    lines[10] = 'Q-9,"Radio,9'
    lines[250] = 'Q-249,Radio,"$1,200.00"'  # a proper quote far below pairs with the stray one
    path = tmp_path / "far.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"row 11: .*closing quote is probably missing"):
        read_table(path)


# ------------------------------------------------ item 7: hostile workbooks

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"


def _workbook(path: Path, sheet: Iterator[bytes], shared: Iterator[bytes]) -> Path:
    """A minimal .xlsx whose sheet and shared texts are streamed in, so they may be huge."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", f'<Types xmlns="{_PKG}/content-types">'
            f'<Default Extension="rels" ContentType="{_RELS_TYPE}"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
            "</Types>")  # fmt: skip
        zf.writestr("_rels/.rels", f'<Relationships xmlns="{_PKG}/relationships"><Relationship '
            f'Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")  # fmt: skip
        zf.writestr("xl/workbook.xml", f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="Items" sheetId="1" r:id="rId1"/></sheets></workbook>')  # fmt: skip
        zf.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{_PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>")  # fmt: skip
        for name, parts, root in (("worksheets/sheet1.xml", sheet, b"worksheet"),
                                  ("sharedStrings.xml", shared, b"sst")):  # fmt: skip
            with zf.open(f"xl/{name}", "w", force_zip64=True) as f:
                f.write(b'<?xml version="1.0"?><%s xmlns="%s">' % (root, _NS.encode()))
                for part in parts:
                    f.write(part)
                f.write(b"</%s>" % root)
    return path


def _rows(n: int, width: int = 2) -> Iterator[bytes]:
    yield b"<sheetData>"
    for start in range(0, n, 20_000):
        yield b"".join(
            b'<row r="%d">' % (r + 1)
            + b"".join(
                b'<c r="%s%d" t="s"><v>%d</v></c>' % (b"ABCDEFGHIJ"[c : c + 1], r + 1, c)
                for c in range(width)
            )  # fmt: skip
            + b"</row>"
            for r in range(start, min(start + 20_000, n))
        )
    yield b"</sheetData>"


def _strings(n: int, text: bytes = b"%x") -> Iterator[bytes]:
    for start in range(0, n, 100_000):
        yield b"".join(
            b"<si><t>" + text % i + b"</t></si>" for i in range(start, min(n, start + 100_000))
        )


def _refused_fast(path: Path, match: str, limits: ReadLimits | None = None) -> None:
    started = time.monotonic()
    with pytest.raises(ReadError, match=match):
        read_table(path, limits=limits or ReadLimits())
    assert time.monotonic() - started < 3


def test_millions_of_shared_texts_for_a_few_cells_are_refused_fast(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "strings.xlsx", _rows(3), _strings(3_000_000))
    _refused_fast(path, "shared texts for 6 cells")


def test_shared_texts_beyond_the_limit_are_refused_even_with_cells_for_them(
    tmp_path: Path,
) -> None:
    limits = ReadLimits(max_shared_strings=50_000)
    path = _workbook(tmp_path / "both.xlsx", _rows(40_000, 2), _strings(80_000))
    _refused_fast(path, "more than 50,000 shared texts", limits)


def test_too_many_cells_and_rows_are_refused_fast(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "cells.xlsx", _rows(60_000, 10), _strings(10))
    _refused_fast(path, "more than 100,000 cells", ReadLimits(max_xlsx_cells=100_000))
    _refused_fast(path, "more than 1,000 rows", ReadLimits(max_declared_rows=1_000))
    # Empty rows cost openpyxl as much as full ones.
    empty = (b'<row r="%d"/>' % r for r in range(1, 1_500_001))
    path = _workbook(
        tmp_path / "rows.xlsx",
        iter([b"<sheetData>", b"".join(empty), b"</sheetData>"]),
        _strings(1),
    )
    _refused_fast(path, "more than 1,048,576 rows")


def test_one_giant_text_and_too_much_text_are_refused_fast(tmp_path: Path) -> None:
    # Random text: it does not compress, so no zip-bomb check is what stops it.
    giant = (base64.b64encode(os.urandom(750_000)) for _ in range(4))
    path = _workbook(tmp_path / "giant.xlsx", _rows(1, 1), iter([b"<si><t>", *giant, b"</t></si>"]))
    _refused_fast(path, "a cell holds more than 32,767 characters")
    # 40 full cells of 30,000 random Lao letters: each within a cell's limit, 1.2 million in all.
    letters = [chr(c) for c in range(0x0E81, 0x0EAE) if unicodedata.category(chr(c)) == "Lo"]
    texts = ["".join(random.Random(i).choices(letters, k=30_000)) for i in range(40)]
    shared = iter([b"".join(b"<si><t>%s</t></si>" % t.encode() for t in texts)])
    path = _workbook(tmp_path / "text.xlsx", _rows(40, 1), shared)
    _refused_fast(path, "more than 1,000,000 characters", ReadLimits(max_text_chars=1_000_000))
    table = read_table(path)
    assert len(table.rows) == 39 and table.rows[0].values[0] == texts[0]  # every cell shows text 0


def test_a_normal_ten_thousand_row_workbook_still_imports(tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Items")
    ws.append(["Asset tag", "Description", "Category", "Serial", "Unit value (USD)", "Notes"])
    for i in range(10_000):
        ws.append([f"X-{i}", f"Handheld radio ວິທະຍຸ {i}", "Radios", f"SN{i * 7919}", 450.5, "ok"])
    path = tmp_path / "normal.xlsx"
    wb.save(path)
    table = read_table(path)
    assert len(table.rows) == 10_000 and table.rows[-1].values[0] == "X-9999"


# ------------------------------------------------ near names differing in symbols

_VARIANTS = ["+1+1", "-1+1", "=1+1", "1+1", "1-1", "11", "#11", "1/11", "$11", "11%", "1*1"]


@pytest.fixture(scope="module")
def symbol_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database("sqlite:///" + str(tmp_path_factory.mktemp("refs") / "r.sqlite"))
    with db.write() as session:
        session.add_all(Category(name_en=name) for name in [*_VARIANTS, "Radios, handheld"])
    yield db
    db.dispose()


def _resolve(db: Database, name: str) -> tuple[int | None, list[Issue], RefResolver]:
    with db.read() as session:
        resolver = RefResolver(load_lookups(session), create_missing=True)
    issues: list[Issue] = []
    return resolver.resolve("category", name, issues), issues, resolver


def test_symbol_variants_are_three_categories(symbol_db: Database) -> None:
    with symbol_db.read() as session:
        resolver = RefResolver(load_lookups(session), create_missing=True)
        ids = {name: resolver.resolve("category", name, []) for name in _VARIANTS}
    assert len(set(ids.values())) == len(_VARIANTS)
    assert all(i is not None and i > 0 for i in ids.values())
    assert symbols("+1+1") != symbols("-1+1") != symbols("=1+1") != symbols("+1+1")


def _respell(name: str, data: st.DataObject) -> str:
    """`name` with case, spacing and punctuation that carries no meaning changed."""
    out = []
    for ch in name:
        out.append(data.draw(st.sampled_from(["", " ", "  ", ", ", ". ", "_", "(", ")"])))
        out.append(ch.upper() if data.draw(st.booleans()) else ch)
    return "".join(out)


@settings(max_examples=150, deadline=None)
@given(
    data=st.data(),
    base=st.sampled_from(_VARIANTS),
    symbol=st.sampled_from(list("+-=*/#%$&@<>~^|±€")),
)
def test_only_meaningless_differences_are_near(
    symbol_db: Database, data: st.DataObject, base: str, symbol: str
) -> None:
    respelt = _respell(base, data)
    found, issues, _ = _resolve(symbol_db, respelt)
    with symbol_db.read() as session:
        wanted = session.query(Category.id).filter(Category.name_en == base).scalar()
    assert found == wanted, (respelt, base)
    # One meaningful symbol more, fewer or different: never the same record.
    at = data.draw(st.integers(0, len(base)))
    dropped = base[:at] + base[at + 1 :] if at < len(base) else base + symbol
    changed = data.draw(st.sampled_from([base[:at] + symbol + base[at:], dropped]))
    if symbols(changed) == symbols(base) or not loose_key(changed):
        return
    found, issues, resolver = _resolve(symbol_db, changed)
    if found is not None and found > 0:
        with symbol_db.read() as session:
            name = session.get(Category, found).name_en  # type: ignore[union-attr]
        assert symbols(name) == symbols(changed), (changed, name)
    else:
        assert [n.name for n in resolver.new_refs.values()] == [" ".join(changed.split())]


def test_new_names_differing_in_symbols_stay_apart(symbol_db: Database) -> None:
    with symbol_db.read() as session:
        resolver = RefResolver(load_lookups(session), create_missing=True)
    new = [resolver.resolve("category", n, []) for n in ("+2+2", "-2+2", "=2+2", "+2 +2")]
    assert new[0] == new[3] and len({new[0], new[1], new[2]}) == 3
    assert all(i is not None and i < 0 for i in new)
