"""Reading CSV and XLSX files into RawTable: encodings, separators, limits, hostile files."""

from __future__ import annotations

import datetime as dt
import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from inl_equipment.interchange.readers import ReadError, ReadLimits, read_table


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def values(table) -> list[list[str]]:
    return [r.values for r in table.rows]


# ---------------------------------------------------------------------------- CSV


def test_utf8_csv_lines_blank_rows_and_trailing_spaces(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "items.csv",
        b"Asset Tag ,Description,Qty\nINL-001, Toyota Hilux  ,1\n\n,,\nINL-002,Radio,5   \n",
    )
    table = read_table(path)
    assert table.kind == "csv"
    assert table.encoding == "utf-8"
    assert table.delimiter == ","
    assert table.headers == ["Asset Tag", "Description", "Qty"]
    assert values(table) == [["INL-001", "Toyota Hilux", "1"], ["INL-002", "Radio", "5"]]
    assert [r.line for r in table.rows] == [2, 5]
    assert table.warnings == []


def test_utf8_bom_and_lao_text(tmp_path: Path) -> None:
    text = "ລາຍການ,ຈຳນວນ,Province\nລົດກະບະ,2,ນະຄອນຫຼວງວຽງຈັນ\n"
    table = read_table(write(tmp_path, "lao.csv", b"\xef\xbb\xbf" + text.encode()))
    assert table.encoding == "utf-8-sig"
    assert table.headers == ["ລາຍການ", "ຈຳນວນ", "Province"]
    assert values(table) == [["ລົດກະບະ", "2", "ນະຄອນຫຼວງວຽງຈັນ"]]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom_tab_separated(tmp_path: Path, codec: str) -> None:
    text = "Tag\tDescription\tValue\r\nA1\tCafé laptop\t1,234.50\r\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    table = read_table(write(tmp_path, "u16.txt", data))
    assert table.delimiter == "\t"
    assert values(table) == [["A1", "Café laptop", "1,234.50"]]


def test_cp1252_is_detected(tmp_path: Path) -> None:
    text = "Description,Vendor,Value\nCafé crème – “Hilux”,Société Générale,€5\nRésumé,Müller,3\n"
    table = read_table(write(tmp_path, "legacy.csv", text.encode("cp1252")))
    assert table.encoding == "cp1252"
    assert values(table)[0] == ["Café crème – “Hilux”", "Société Générale", "€5"]
    assert any("not UTF-8" in w for w in table.warnings)


def test_cyrillic_code_page_is_not_forced_to_cp1252(tmp_path: Path) -> None:
    text = "Наименование,Количество\nНоутбук Lenovo,2\nРадиостанция Моторола,5\nАвтомобиль,1\n"
    table = read_table(write(tmp_path, "ru.csv", text.encode("cp1251")))
    assert values(table)[1] == ["Радиостанция Моторола", "5"]


@pytest.mark.parametrize("newline", [b"\r", b"\r\n", b"\n"])
def test_line_endings(tmp_path: Path, newline: bytes) -> None:
    lines = [b"Tag,Description", b"A1,Radio", b'A2,"two', b'lines"', b"A3,GPS"]
    table = read_table(write(tmp_path, "eol.csv", newline.join(lines) + newline))
    assert values(table) == [
        ["A1", "Radio"],
        ["A2", "two" + newline.decode() + "lines"],
        ["A3", "GPS"],
    ]
    assert [r.line for r in table.rows] == [2, 3, 4]


def test_mac_excel_csv_cr_only_mac_roman(tmp_path: Path) -> None:
    text = "Tag,Location\rA1,Café résumé – Vientiane\rA2,Übergabe\r"
    table = read_table(write(tmp_path, "mac.csv", text.encode("mac_roman")))
    assert table.encoding == "mac_roman"
    assert values(table) == [["A1", "Café résumé – Vientiane"], ["A2", "Übergabe"]]


def test_semicolon_separator_with_decimal_commas(tmp_path: Path) -> None:
    data = b"Tag;Description;Value\nA1;Laptop, 14 inch;1234,50\nA2;Radio;12,00\n"
    table = read_table(write(tmp_path, "eu.csv", data))
    assert table.delimiter == ";"
    assert values(table) == [["A1", "Laptop, 14 inch", "1234,50"], ["A2", "Radio", "12,00"]]


def test_quoted_fields_hold_separators_and_newlines(tmp_path: Path) -> None:
    data = b'Tag,Notes,Value\nA1,"Seized at Boten, 2023\nsecond line",5\nA2,"say ""hi""",6\n'
    table = read_table(write(tmp_path, "q.csv", data))
    assert table.delimiter == ","
    assert values(table) == [
        ["A1", "Seized at Boten, 2023\nsecond line", "5"],
        ["A2", 'say "hi"', "6"],
    ]
    assert [r.line for r in table.rows] == [2, 3]


def test_duplicate_and_blank_headers(tmp_path: Path) -> None:
    data = b"Category,,Name,category,Category, ,Notes\n1,2,3,4,5,6,7\n"
    table = read_table(write(tmp_path, "dup.csv", data))
    assert table.headers == [
        "Category", "Column 2", "Name", "category (2)", "Category (3)", "Column 6", "Notes",
    ]  # fmt: skip


def test_ragged_rows_are_padded_and_extra_cells_kept(tmp_path: Path) -> None:
    data = b"A,B,C\n1\n1,2,3,,,\n1,2,3,4\n"
    table = read_table(write(tmp_path, "ragged.csv", data))
    assert table.headers == ["A", "B", "C", "Column 4"]
    assert values(table) == [["1", "", "", ""], ["1", "2", "3", ""], ["1", "2", "3", "4"]]
    assert any("rows 4" in w for w in table.warnings)


def test_trailing_blank_columns_are_dropped(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "t.csv", b"A,B,,\n1,2,,\n"))
    assert table.headers == ["A", "B"]
    assert values(table) == [["1", "2"]]


def test_title_rows_above_header_are_skipped(tmp_path: Path) -> None:
    data = b"INL equipment list FY2020,,\n,,\nTag,Description,Qty\nA1,Radio,2\n"
    table = read_table(write(tmp_path, "title.csv", data))
    assert table.headers == ["Tag", "Description", "Qty"]
    assert table.rows[0].line == 4
    assert any("title row" in w for w in table.warnings)


def test_sparse_header_is_not_taken_for_a_title(tmp_path: Path) -> None:
    data = b"Tag,,Description,,,,\nA1,x,Radio,1,2,3,4\nA2,y,GPS,1,2,3,4\n"
    table = read_table(write(tmp_path, "sparse.csv", data))
    assert table.headers[:3] == ["Tag", "Column 2", "Description"]
    assert len(table.rows) == 2


def test_utf16_without_bom(tmp_path: Path) -> None:
    data = "Tag,Description\nA1,Café\n".encode("utf-16-le")
    table = read_table(write(tmp_path, "nobom.csv", data))
    assert table.encoding == "utf-16-le"
    assert values(table) == [["A1", "Café"]]


def test_excel_sep_hint_line(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "sep.csv", b"sep=;\nTag;Value\nA1;1,5\n"))
    assert table.delimiter == ";"
    assert table.headers == ["Tag", "Value"]
    assert table.rows[0].line == 2


def test_utf8_text_once_garbled_through_cp1252_is_repaired(tmp_path: Path) -> None:
    garbled = "Saint-Étienne, Luts’k".encode().decode("cp1252")
    data = f'Tag,Location\nA1,"{garbled}"\n'.encode()
    table = read_table(write(tmp_path, "moji.csv", data))
    assert values(table) == [["A1", "Saint-Étienne, Luts’k"]]
    assert any("garbled" in w for w in table.warnings)


def test_header_only_gives_no_rows(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "h.csv", b"Tag,Description\n"))
    assert table.headers == ["Tag", "Description"]
    assert table.rows == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\n\n ,, \n", "no data"),
        ("bin.csv", b"\x00\x01\x02\x03binary\x00\xff\xfe\x00", "binary"),
        ("zip.csv", b"PK\x03\x04rest", "rename it to .xlsx"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".xls"),
        ("report.pdf", b"%PDF-1.4", "cannot be imported"),
    ],
)
def test_unreadable_files_raise_one_line_errors(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(ReadError, match=re.escape(message)) as info:
        read_table(path)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="not found"):
        read_table(tmp_path / "nope.csv")


def test_limits_file_size_rows_and_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "big.csv", b"A,B\n" + b"1,2\n" * 10)
    with pytest.raises(ReadError, match="too large"):
        read_table(path, limits=ReadLimits(max_file_bytes=20))
    with pytest.raises(ReadError, match="more than 5 rows"):
        read_table(path, limits=ReadLimits(max_rows=5))
    wide = write(tmp_path, "wide.csv", b",".join(b"h%d" % i for i in range(30)) + b"\n1\n")
    with pytest.raises(ReadError, match="too large"):
        read_table(wide, limits=ReadLimits(max_columns=20))


def test_unclosed_quote_is_reported(tmp_path: Path) -> None:
    data = b'Tag,Notes\nA1,"never closed\n' + b"A2,filler text\n" * 20_000
    with pytest.raises(ReadError, match="row 2.*quote"):
        read_table(write(tmp_path, "quote.csv", data))


# --------------------------------------------------------------------------- XLSX


def make_xlsx(path: Path) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Inventory")
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    stamp_fmt = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.write_row(0, 0, ["Asset Tag", "Description", "Qty", "Unit Value", "Acquired", "Stamp", "OK"])
    ws.write_row(1, 0, ["INL-001", "ລົດກະບະ Toyota Hilux ", 12.0, 1234.5])
    ws.write_datetime(1, 4, dt.datetime(2024, 3, 15), date_fmt)
    ws.write_datetime(1, 5, dt.datetime(2024, 3, 15, 10, 30), stamp_fmt)
    ws.write_boolean(1, 6, True)
    ws.write_row(3, 0, ["INL-002", "Radio", 3, 0.1 + 0.2, None, None, False])
    ws.write_number(4, 0, 301043000000000.0)
    wb.close()
    return path


def test_xlsx_cell_values_become_text(tmp_path: Path) -> None:
    table = read_table(make_xlsx(tmp_path / "list.xlsx"))
    assert table.kind == "xlsx"
    assert table.sheet_name == "Inventory"
    assert table.headers == [
        "Asset Tag",
        "Description",
        "Qty",
        "Unit Value",
        "Acquired",
        "Stamp",
        "OK",
    ]
    assert values(table) == [
        [
            "INL-001",
            "ລົດກະບະ Toyota Hilux",
            "12",
            "1234.5",
            "2024-03-15",
            "2024-03-15 10:30:00",
            "TRUE",
        ],
        ["INL-002", "Radio", "3", "0.3", "", "", "FALSE"],
        ["301043000000000", "", "", "", "", "", ""],
    ]
    assert [r.line for r in table.rows] == [2, 4, 5]


def test_xlsx_active_sheet_and_empty_sheet_fallback(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Old"
    first.append(["Tag", "Description"])
    first.append(["OLD-1", "Typewriter"])
    current = wb.create_sheet("2024")
    current.append(["Tag", "Description"])
    current.append(["INL-9", "GPS"])
    wb.create_sheet("Blank")
    wb.active = 1
    wb.save(tmp_path / "multi.xlsx")
    table = read_table(tmp_path / "multi.xlsx")
    assert table.sheet_name == "2024"
    assert values(table) == [["INL-9", "GPS"]]
    assert "Old" in table.warnings[0]
    assert read_table(tmp_path / "multi.xlsx", sheet="Old").rows[0].values[0] == "OLD-1"
    wb.active = 2
    wb.save(tmp_path / "blank_active.xlsx")
    table = read_table(tmp_path / "blank_active.xlsx")
    assert table.sheet_name == "Old"
    assert any("'Blank' is empty" in w for w in table.warnings)


def rewrite_zip(src: Path, dst: Path, edit) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info)))
    return dst


def test_xlsx_declaring_a_million_columns_is_refused(tmp_path: Path) -> None:
    src = make_xlsx(tmp_path / "src.xlsx")

    def edit(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            data = re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:BDWGN2"', data)
            assert b"BDWGN2" in data
        return data

    bad = rewrite_zip(src, tmp_path / "wide.xlsx", edit)
    with pytest.raises(ReadError, match="1,000,000 columns"):
        read_table(bad)


def test_xlsx_zip_bomb_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"<row><c><v>0</v></c></row>" * 40_000
            for _ in range(40):  # about 40 MB that deflates to a few dozen KB
                member.write(chunk)
    assert path.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(ReadError, match="zip bomb"):
        read_table(path)
    assert time.monotonic() - started < 3


def test_xlsx_total_unpacked_size_is_limited(tmp_path: Path) -> None:
    src = make_xlsx(tmp_path / "ok.xlsx")
    with pytest.raises(ReadError, match="would unpack"):
        read_table(src, limits=ReadLimits(max_uncompressed_bytes=1000))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Tag,Description\nA1,Radio\n", "not a valid Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
    ],
)
def test_non_xlsx_renamed_xlsx_is_refused(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        read_table(write(tmp_path, "fake.xlsx", data))


def test_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<doc/>")
    with pytest.raises(ReadError, match="not an Excel"):
        read_table(path)


def test_damaged_workbook_is_refused(tmp_path: Path) -> None:
    src = make_xlsx(tmp_path / "src.xlsx")

    def edit(name: str, data: bytes) -> bytes:
        return data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data

    with pytest.raises(ReadError, match="damaged|not a readable"):
        read_table(rewrite_zip(src, tmp_path / "cut.xlsx", edit))


def test_xlsx_too_many_used_columns(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, [f"H{i}" for i in range(30)])
    wb.close()
    with pytest.raises(ReadError, match="more than 20 columns"):
        read_table(path, limits=ReadLimits(max_columns=20))


def test_excel_control_character_escapes_are_decoded(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "cr.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_string(0, 0, "Asset Tag")
    sheet.write_string(0, 1, "Notes")
    sheet.write_string(1, 0, "T-1")
    sheet.write_string(1, 1, "first\r\nsecond\tthird")
    book.close()
    table = read_table(path)
    assert table.rows[0].values[1] == "first\r\nsecond\tthird"


def test_long_numbers_in_excel_are_shown_as_excel_shows_them(tmp_path: Path) -> None:
    import xlsxwriter

    from inl_equipment.interchange.parsing import excel_mangled_serial

    path = tmp_path / "long.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Asset Tag", "Serial"])
    sheet.write_row(1, 0, ["T-1", 12345678901234567890])
    sheet.write_row(2, 0, ["T-2", 123456789012345])
    book.close()
    rows = read_table(path).rows
    assert excel_mangled_serial(rows[0].values[1])  # its true digits are lost: flagged
    assert rows[1].values[1] == "123456789012345"
