"""Receipt labels: English in the code, Lao from the catalogue, in any interface language."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from inl_equipment import i18n
from inl_equipment.documents.fonts import has_lao
from inl_equipment.documents.labels import LABELS, RECEIPT_CONTEXT, Bilingual
from inl_equipment.documents.receipt_pdf import build_receipt
from tests.unit.test_receipt_pdf import make_receipt

LABEL_FIELDS = [f.name for f in dataclasses.fields(LABELS)]


@pytest.fixture
def lao_interface() -> Iterator[None]:
    """The interface "in Lao": every translated text comes back marked."""
    i18n.install_backend(lambda context, source, disambiguation, n: f"«{source}»")
    try:
        yield
    finally:
        i18n.install_backend(None)


@pytest.mark.parametrize("name", LABEL_FIELDS)
def test_every_receipt_label_has_its_lao_from_the_catalogue(name: str) -> None:
    label = getattr(LABELS, name)
    assert label.en and has_lao(label.lo), name


def test_the_two_numbers_are_told_apart() -> None:
    assert LABELS.document_number.en == LABELS.row_number.en == "No."
    assert (LABELS.document_number.lo, LABELS.row_number.lo) == ("ເລກທີ", "ລ/ດ")


def test_every_receipt_label_is_a_finished_translation() -> None:
    """An unfinished translation would not be printed by Qt's tools, nor reviewed."""
    root = ET.parse(i18n.catalogue_dir() / "inl_equipment_lo.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == RECEIPT_CONTEXT)
    unfinished = [
        m.findtext("source")
        for m in context.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type"))
    ]
    assert unfinished == []


def test_the_item_count_has_english_plurals_and_lao() -> None:
    assert LABELS.item_count(1) == Bilingual("1 item", "1 ລາຍການ")
    assert LABELS.item_count(3).joined() == "3 items / 3 ລາຍການ"


def test_an_unknown_label_has_no_lao() -> None:
    assert Bilingual.translate(RECEIPT_CONTEXT, "Not in the catalogue") == (
        "Not in the catalogue",
        "",
    )


def test_a_receipt_stays_english_and_lao_in_any_interface_language(lao_interface: None) -> None:
    assert str(i18n.Msg.translate("Receipts", "x")) == "«x»"  # the interface is "Lao"
    text = " ".join(
        (page.extract_text() or "").replace("\n", " ")
        for page in PdfReader(io.BytesIO(build_receipt(make_receipt()))).pages
    )
    assert "«" not in text
    for name in ("title_handover", "serial_number", "total", "received_by"):
        label = getattr(LABELS, name)
        assert label.en in text and label.lo in text, name
    assert "3 items / 3 ລາຍການ" in " ".join(text.split())
