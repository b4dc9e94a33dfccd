"""Guessing which item field each imported column holds, and remembering the choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inl_equipment.interchange.mapping import (
    ALIASES,
    FIELDS,
    guess_mapping,
    load_mappings,
    mapping_signature,
    normalize_header,
    save_mappings,
)


def named(headers: list[str]) -> dict[str, str]:
    """Header -> field for the mapped columns only."""
    return {headers[i]: f for i, f in guess_mapping(headers).items() if f is not None}


def test_normalize_header_ignores_case_spacing_and_punctuation() -> None:
    forms = {"Asset  Tag", "asset_tag", "ASSET-TAG", " Asset Tag: ", "asset.tag"}
    assert {normalize_header(h) for h in forms} == {"asset tag"}
    assert normalize_header("Serial #") == "serial no"
    assert normalize_header("ເລກໝາຍເຄື່ອງ") == normalize_header("ເລກຫມາຍເຄື່ອງ")  # ໝ == ຫມ


def test_every_alias_belongs_to_a_field() -> None:
    assert set(ALIASES) <= set(FIELDS)
    assert len(FIELDS) == 23


def test_snipe_it_asset_export() -> None:
    headers = [
        "Company", "Name", "Asset Tag", "Category", "Supplier", "Manufacturer", "Location",
        "Order Number", "Model", "Model Notes", "Model Number", "Asset Notes", "Purchase Date",
        "Purchase Cost", "Checkout Type", "Checked Out To: Username", "Checked Out To: Location",
        "Asset EOL Date",
    ]  # fmt: skip
    assert named(headers) == {
        "Company": "title_holder",  # Snipe-IT's owner of the asset, not the unit holding it
        "Name": "description",
        "Asset Tag": "asset_tag",
        "Category": "category",
        "Supplier": "vendor",
        "Manufacturer": "make",
        "Location": "location",
        "Order Number": "po_number",
        "Model": "model",
        "Asset Notes": "notes",
        "Purchase Date": "acquisition_date",
        "Purchase Cost": "unit_value",
    }


def test_snipe_it_export_with_duplicates_and_model_name() -> None:
    headers = [
        "Full Name", "Email", "Company", "item Name", "Category", "Model name", "Manufacturer",
        "Model Number", "Serial", "Asset Tag", "Location", "Category (2)", "Notes",
        "Purchase Date", "Purchase Cost", "Company (2)", "Status", "Warranty", "Supplier",
    ]  # fmt: skip
    mapping = named(headers)
    assert mapping["item Name"] == "description"
    assert mapping["Model name"] == "model"
    assert mapping["Serial"] == "serial_number"
    assert mapping["Status"] == "status"
    for unmapped in (
        "Full Name",
        "Email",
        "Model Number",
        "Category (2)",
        "Company (2)",
        "Warranty",
    ):
        assert unmapped not in mapping


def test_model_number_is_the_model_when_nothing_better() -> None:
    assert named(["Tag", "Model Number"]) == {"Tag": "asset_tag", "Model Number": "model"}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Tag #", "asset_tag"),
        ("Inventory No.", "asset_tag"),
        ("S/N", "serial_number"),
        ("Serial No", "serial_number"),
        ("VIN", "serial_number"),
        ("Vehicle VIN", "serial_number"),
        ("Cost (USD)", "unit_value"),
        ("Unit price ($)", "unit_value"),
        ("Value", "unit_value"),
        ("Qty.", "quantity"),
        ("Date acquired", "acquisition_date"),
        ("Funding", "funding_source"),
        ("Program", "funding_source"),
        ("Agency", "holder"),
        ("Recipient", "holder"),
        ("Province", "location"),
        ("Lot #", "lot_number"),
        ("Expiry", "expiry_date"),
        ("Federal share (%)", "federal_share_pct"),
        ("Brand", "make"),
        ("Remarks", "notes"),
        ("ລາຍການ", "description"),
        ("ເລກໝາຍເຄື່ອງ", "serial_number"),
        ("ຈຳນວນ", "quantity"),
        ("ມູນຄ່າ (ໂດລາ)", "unit_value"),
        ("ສະພາບ", "condition"),
        ("ໝາຍເຫດ", "notes"),
    ],
)
def test_natural_synonyms(header: str, field: str) -> None:
    assert guess_mapping([header]) == {0: field}


@pytest.mark.parametrize("header", ["Total Value", "Email", "ລ/ດ", "", "Column 5", "Warranty"])
def test_unrelated_headers_stay_unmapped(header: str) -> None:
    assert guess_mapping([header]) == {0: None}


def test_each_field_once_best_match_first() -> None:
    mapping = guess_mapping(["S/N", "Serial Number", "VIN", "Cost", "Unit Price"])
    assert mapping == {0: None, 1: "serial_number", 2: None, 3: None, 4: "unit_value"}
    # equal matches: the leftmost column wins
    assert guess_mapping(["Notes", "Notes (2)", "notes"]) == {0: "notes", 1: None, 2: None}


def test_signature_is_the_normalized_shape() -> None:
    assert mapping_signature(["Asset Tag", "S/N"]) == mapping_signature(["asset_tag", "s-n"])
    assert mapping_signature(["A", "B"]) != mapping_signature(["B", "A"])


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings" / "mappings.json"
    headers = ["Asset Tag", "ລາຍການ", "Junk"]
    mappings = {mapping_signature(headers): {0: "asset_tag", 1: "description", 2: None}}
    save_mappings(path, mappings)
    assert load_mappings(path) == mappings
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.parametrize(
    "content",
    [None, "", "{not json", "[]", '{"mappings": 5}', '{"version": 1}', "\xff\xfe"],
)
def test_load_tolerates_missing_or_corrupt_files(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "mappings.json"
    if content is not None:
        path.write_text(content, encoding="latin-1")
    assert load_mappings(path) == {}


def test_load_drops_bad_entries(tmp_path: Path) -> None:
    path = tmp_path / "mappings.json"
    data = {
        "mappings": {
            "good": {"0": "asset_tag", "1": None, "x": "notes", "2": "no_such_field"},
            "bad": [1, 2],
            "empty": {},
        }
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_mappings(path) == {"good": {0: "asset_tag", 1: None}}
