"""Import and export messages are message objects: shown in the language of the moment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inl_equipment import i18n
from inl_equipment.interchange.exporters import ExportError, format_for_path
from inl_equipment.interchange.import_plan import Counts, ImportOptions, ImportPlan
from inl_equipment.interchange.import_rows import Issue, convert_row, converters, field_label
from inl_equipment.interchange.parsing import ParseError, parse_money
from inl_equipment.interchange.raw_table import format_size
from inl_equipment.interchange.readers import ReadError, read_table


@pytest.fixture
def marked() -> Iterator[None]:
    """Another interface language: every translated text comes back marked."""
    i18n.install_backend(lambda context, source, disambiguation, n: f"«{source}»")
    try:
        yield
    finally:
        i18n.install_backend(None)


def test_a_cell_issue_is_rendered_when_it_is_read(marked: None) -> None:
    values, issues = convert_row(["forty"], converters({0: "unit_value"}, None))
    assert values == {} and isinstance(issues[0].text, i18n.Msg)
    assert issues[0].message == "«'forty' is not an amount of money.»"
    i18n.install_backend(None)
    assert issues[0].message == "'forty' is not an amount of money."


def test_errors_carry_message_objects(tmp_path: Path, marked: None) -> None:
    with pytest.raises(ParseError) as parse:
        parse_money("12 EUR")
    assert str(parse.value) == "«'12 EUR' is not in US dollars.»"
    with pytest.raises(ReadError) as read:
        read_table(tmp_path / "gone.csv")
    assert isinstance(read.value.args[0], i18n.Msg)
    assert read.value.args[0].english() == "gone.csv was not found."
    with pytest.raises(ExportError) as export:
        format_for_path("report.txt")
    assert str(export.value) == "«unknown file extension '.txt': use .pdf, .xlsx or .csv»"


def test_plurals_take_their_english_forms_from_the_catalogue() -> None:
    def clashes(n: int) -> str:
        return str(
            i18n.Msg.translate(
                "Import",
                "{count} asset tag(s) are already in the register;"
                " with 'stop on duplicates' nothing is imported.",
                None,
                n,
            ).format(count=n)
        )

    assert clashes(1).startswith("1 asset tag is already")
    assert clashes(2).startswith("2 asset tags are already")
    assert str(format_size(20)) == "20 bytes" and str(format_size(1)) == "1 byte"


def test_the_blocking_reason_is_a_message_and_a_string() -> None:
    plan = ImportPlan(
        None,  # type: ignore[arg-type]
        {},
        ImportOptions(),
        [],
        [],
        {},
        None,  # type: ignore[arg-type]
        [],
        0,
        Counts(rows=1204, error_rows=1204),
    )
    assert isinstance(plan.block_reason, i18n.Msg)
    assert plan.blocked is not None and plan.blocked.startswith("1,204 rows with errors")
    plan.counts = Counts(rows=1, error_rows=1)
    assert plan.blocked is not None and plan.blocked.startswith("1 row with errors")


def test_issues_compare_by_their_message() -> None:
    a = Issue("x", "error", i18n.Msg.translate("Import", "Same text"))
    assert a == Issue("x", "error", i18n.Msg.translate("Import", "Same text"))
    assert field_label("unit_value") == "Unit value (USD)"


def test_reading_warnings_agree_with_their_count(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_bytes(b"A,B\n1,2,3\n1,2\n")
    assert any(w.startswith("1 row has cells right") for w in read_table(path).warnings)
    path.write_bytes(b"Equipment list\nA,B\n1,2,3\n1,2,3\n")
    warnings = read_table(path).warnings
    assert any(w.startswith("2 rows have cells right") for w in warnings)
    assert "Skipped 1 title row above the header (row 2)." in warnings
