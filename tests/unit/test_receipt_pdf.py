"""Handover receipt PDFs, read back as a user's PDF tools would read them."""

from __future__ import annotations

import dataclasses
import datetime
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from inl_equipment.documents.fonts import esc, has_lao
from inl_equipment.documents.labels import LABELS, Bilingual
from inl_equipment.documents.receipt_data import Party, ReceiptData, ReceiptLine
from inl_equipment.documents.receipt_pdf import build_receipt
from inl_equipment.formatting import money

ITEMS = (
    (
        "Toyota Hilux double-cab pickup",
        "Toyota Hilux GUN125",
        "MR0HA3CD1008{:05d}",
        "each",
        "38950.00",
    ),
    ("Motorola APX 900 handheld radio", "Motorola APX 900", "481CPN{:04d}", "each", "2875.50"),
    ("Drug test kit, 10-panel (lot)", "Instant-View 10", "LOT-24-{:04d}", "lot", "0.10"),
    ("Laptop computer", "Dell Latitude 5440", "7HX{:04d}QZ", "each", "1240.00"),
)


def make_line(n: int) -> ReceiptLine:
    description, model, serial, unit, value = ITEMS[n % len(ITEMS)]
    return ReceiptLine(
        description=description,
        make_model=model,
        serial_number=serial.format(n),
        asset_tag=f"INL-LA-2025-{n:04d}",
        quantity=1 + n % 3,
        unit=unit,
        unit_value=Decimal(value),
        condition="New",
    )


def make_receipt(count: int = 3, **changes: object) -> ReceiptData:
    data = ReceiptData(
        number="HR-2025-0042",
        kind="handover",
        date=datetime.date(2025, 3, 12),
        donor_en="U.S. Embassy Vientiane, INL",
        donor_lo="ສະຖານທູດສະຫະລັດອາເມລິກາ",
        recipient_en="Counter-Narcotics Unit, Savannakhet",
        recipient_lo="ໜ່ວຍງານຕ້ານຢາເສບຕິດ ແຂວງສະຫວັນນະເຂດ",
        location_en="Dansavanh border checkpoint",
        location_lo="ດ່ານສາກົນແດນສະຫວັນ",
        province_en="Savannakhet",
        province_lo="ສະຫວັນນະເຂດ",
        handed_over_by=Party("John A. Miller", position="Program Officer"),
        received_by=Party(
            "Khamphone Sisavath",
            "ຄຳພອນ ສີສະຫວາດ",
            rank="Police Major",
            position="Deputy Head of Unit",
            position_lo="ຮອງຫົວໜ້າໜ່ວຍງານ",
        ),
        witness=Party("Bounmy Phommachanh", "ບຸນມີ ພົມມະຈັນ"),
        remarks="Delivered with spare tyre and two keys.",
        lines=tuple(make_line(n) for n in range(1, count + 1)),
        qr_text="INL-RECEIPT:HR-2025-0042;v=1",
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace (line wraps in narrow cells) made one space."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def long_receipt() -> tuple[ReceiptData, list[str]]:
    data = make_receipt(40)
    return data, page_texts(build_receipt(data))


def test_forty_lines_make_two_pages_with_number_and_header_on_each(long_receipt) -> None:
    data, pages = long_receipt
    assert len(pages) == 2
    for number, text in enumerate(pages, 1):
        assert data.number in text
        assert f"Page {number} of 2" in text
        assert f"ໜ້າ {number}/2" in text
        # The column header row repeats on every page.
        for label in (LABELS.serial_number, LABELS.quantity, LABELS.condition):
            assert label.en in text and label.lo in text


def test_every_serial_number_is_printed_whole(long_receipt) -> None:
    data, pages = long_receipt
    lines = {line.strip() for text in pages for line in text.splitlines()}
    for line in data.lines:
        assert line.serial_number in lines


def _printed(label: Bilingual) -> bool:
    excluded = (LABELS.title_return, LABELS.title_transfer, LABELS.copy, LABELS.void)
    return label not in excluded and label is not LABELS.void_reason and "{" not in label.en


def test_labels_extract_exactly_in_english_and_lao() -> None:
    text = "\n".join(page_texts(build_receipt(make_receipt())))
    flat_text = flat(text)
    labels = [getattr(LABELS, f.name) for f in dataclasses.fields(LABELS)]
    for label in filter(_printed, labels):
        assert flat(label.en) in flat_text, label.en
        assert flat(label.lo) in flat_text, label.lo
    # Nothing is left in a private-use area (lost tone marks come out there).
    assert not [c for c in text if 0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000]


def test_national_heading_lines_extract_exactly() -> None:
    lines = [line.strip() for line in page_texts(build_receipt(make_receipt()))[0].splitlines()]
    for label in (LABELS.nation, LABELS.motto):
        assert label.lo in lines
        assert label.en in lines
    plain = page_texts(build_receipt(make_receipt(national_heading=False)))[0]
    assert LABELS.nation.lo not in plain and LABELS.motto.en not in plain


@pytest.mark.parametrize(
    ("english", "lao"),
    [
        ("Savannakhet", "ສະຫວັນນະເຂດ"),
        ("Luang Namtha", "ຫຼວງນ້ຳທາ"),
        ("Borikhamxay", "ບໍລິຄຳໄຊ"),
        ("Phongsaly", "ຜົ້ງສາລີ"),
        ("Bokeo", "ບໍ່ແກ້ວ"),
        ("Attapeu", "ອັດຕະປື"),
        ("Vientiane Capital", "ນະຄອນຫຼວງວຽງຈັນ"),
    ],
)
def test_province_names_keep_their_tone_marks(english: str, lao: str) -> None:
    text = page_texts(build_receipt(make_receipt(province_en=english, province_lo=lao)))[0]
    assert lao in [line.strip() for line in text.splitlines()]


def test_lao_words_with_shifted_marks_get_no_stray_spaces() -> None:
    remarks = "ປີ່ ນ້ຳ ກ້ຳ ຊີ້ ຜູ້ ສີ່ສິບ"
    text = page_texts(build_receipt(make_receipt(remarks=remarks)))[0]
    assert f"{LABELS.remarks.joined()}: {remarks}" in text


def test_long_unspaced_lao_wraps_without_missing_glyphs() -> None:
    # Lao has no spaces between words: ReportLab splits the shaped word to fit the cell.
    lao = "ເຄື່ອງກວດຫາສານເສບຕິດແບບມືຖືພ້ອມອຸປະກອນສາກໄຟຟ້າ"
    line = dataclasses.replace(make_line(1), description=lao)
    text = page_texts(build_receipt(make_receipt(lines=(line,))))[0]
    assert "\ufffd" not in text and "\uffff" not in text
    assert lao in "".join(text.split())


HOSTILE = {
    "description": "<b>not bold</b>",
    "make_model": "&amp; &lt;",
    "serial_number": "</para>",
    "asset_tag": '<font color="[[[x]]]">',
    "condition": "<para>",
}


def test_hostile_text_prints_literally() -> None:
    line = dataclasses.replace(make_line(1), **HOSTILE)
    remarks = 'Keep <para> & </para> and <font color="[[[x]]]">red?</font> & <br/> as typed'
    data = make_receipt(1, lines=(line,), remarks=remarks, recipient_en="A & B <unit>")
    text = flat("\n".join(page_texts(build_receipt(data))))
    for value in (*HOSTILE.values(), remarks, "A & B <unit>"):
        assert flat(value) in text, value


def test_escape_helper_neutralises_markup() -> None:
    assert esc('<a href="x">&</a>\nnext') == '&lt;a href="x"&gt;&amp;&lt;/a&gt;<br/>next'
    assert esc("tab\there\x00") == "tab here "


@pytest.mark.parametrize(("size", "box"), [("A4", (595.28, 841.89)), ("Letter", (612.0, 792.0))])
def test_page_size(size: str, box: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(build_receipt(make_receipt(page_size=size))))
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == box


def test_copy_and_void_marks() -> None:
    plain = "\n".join(page_texts(build_receipt(make_receipt())))
    assert "COPY" not in plain and "VOID" not in plain
    for text in page_texts(build_receipt(make_receipt(40, copy=True))):
        assert LABELS.copy.joined() in text
    reason = "Superseded by HR-2025-0043"
    void_pages = page_texts(build_receipt(make_receipt(40, void=True, void_reason=reason)))
    for text in void_pages:
        assert LABELS.void.joined() in text
    assert reason in void_pages[0]


def test_kind_selects_title() -> None:
    for kind, title in (("return", LABELS.title_return), ("transfer", LABELS.title_transfer)):
        text = page_texts(build_receipt(make_receipt(kind=kind)))[0]
        assert title.en in text and title.lo in text
    with pytest.raises(ValueError):
        build_receipt(make_receipt(kind="gift"))
    with pytest.raises(ValueError):
        build_receipt(make_receipt(page_size="A5"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_qr_code_decodes_to_qr_text(tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image_module = pytest.importorskip("PIL.Image")
    qr_text = "INL-RECEIPT:HR-2025-0042;total=0.50;https://example.invalid/r/42"
    (tmp_path / "r.pdf").write_bytes(build_receipt(make_receipt(qr_text=qr_text)))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "150",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(tmp_path / "r.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    with image_module.open(tmp_path / "page.png") as image:
        decoded = [barcode.text for barcode in zxingcpp.read_barcodes(image)]
    assert decoded == [qr_text]


def test_money_is_exact() -> None:
    lines = (
        dataclasses.replace(make_line(1), quantity=3, unit_value=Decimal("0.10")),
        dataclasses.replace(make_line(2), quantity=1, unit_value=Decimal("0.20")),
    )
    data = make_receipt(lines=lines)
    assert data.total_value == Decimal("0.50")
    text = page_texts(build_receipt(data))[0]
    total_line = next(line for line in text.splitlines() if line.strip() == "$0.50")
    assert total_line
    assert money(Decimal("12345.67")) == "$12,345.67"
    assert money(Decimal("5")) == "$5.00"
    assert money(Decimal("0.125")) == "$0.125"
    assert money(Decimal("-1234.5")) == "-$1,234.50"
    assert money(Decimal("1E+3")) == "$1,000.00"


def test_has_lao() -> None:
    assert has_lao("Savannakhet ສະຫວັນນະເຂດ")
    assert not has_lao("Savannakhet <b>&amp;")


def test_no_qt_in_the_document_layer() -> None:
    package = Path(__file__).resolve().parents[2] / "inl_equipment" / "documents"
    for source in package.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "PySide" not in text and "PyQt" not in text, source.name


def _total_row(pdf: bytes) -> list[str]:
    """The lines extracted between the totals label and the remarks, stripped."""
    lines = [line.strip() for line in page_texts(pdf)[0].splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith(LABELS.total.joined()))
    end = next(i for i, line in enumerate(lines) if line.startswith(LABELS.remarks.joined()))
    return lines[start + 1 : end]


def test_total_quantity_never_adds_different_units() -> None:
    def lines(*pairs: tuple[int, str]) -> tuple[ReceiptLine, ...]:
        return tuple(
            dataclasses.replace(make_line(n), quantity=q, unit=u, unit_value=Decimal("1.00"))
            for n, (q, u) in enumerate(pairs, 1)
        )

    mixed = make_receipt(lines=lines((50, "kit"), (1, "each"), (400, "kit")))
    row = _total_row(build_receipt(mixed))
    assert row == ["450 kit", "1 each", "$451.00"]  # per unit, in order of first use
    assert "452" not in " ".join(row)  # never 50 + 1 + 400
    same = make_receipt(lines=lines((50, "kit"), (2, "kit"), (400, "kit")))
    assert _total_row(build_receipt(same)) == ["452", "$452.00"]  # one unit: the sum
    many = make_receipt(lines=lines((5, "kit"), (1, "each"), (2, "box"), (3, "lot")))
    assert _total_row(build_receipt(many)) == ["$11.00"]  # too many units: left empty
