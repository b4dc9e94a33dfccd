"""Asset labels: where they sit on each sheet, what they say, and that every code scans back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from inl_equipment.documents import fonts
from inl_equipment.documents.asset_label_layouts import (
    LAYOUTS,
    AssetLabel,
    LayoutError,
    Offset,
    label_boxes,
    layout_named,
)
from inl_equipment.documents.asset_labels_pdf import (
    ELLIPSIS,
    build_alignment_page,
    build_labels_pdf,
    fit_line,
)
from inl_equipment.services.register import Register

needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm (installed in CI)"
)
LONG = "Under-vehicle inspection mirror with LED light and telescopic handle " * 6
LAO = "ກ້ອງສ່ອງກວດໃຕ້ທ້ອງລົດພ້ອມໄຟສາຍ" * 8


def _label(n: int, description: str = "Hand-held radio, VHF") -> AssetLabel:
    return AssetLabel(
        asset_tag=f"INL-25-{n:06d}",
        description=description,
        funding="FY2024 INCLE - Counternarcotics LOA · SLMAQM-24-GR-0203",
        donor_en="Donated by the U.S. Government",
        donor_lo="ມອບໃຫ້ໂດຍລັດຖະບານສະຫະລັດອາເມລິກາ",
    )


@pytest.mark.parametrize("key", list(LAYOUTS))
@pytest.mark.parametrize("offset", [Offset(), Offset(1.5, -2.0)], ids=["exact", "calibrated"])
def test_each_label_sits_in_its_cell_of_the_sheet(key: str, offset: Offset) -> None:
    layout = LAYOUTS[key]
    boxes = label_boxes(layout, 2 * layout.per_sheet + 1, offset=offset)
    assert [b.sheet for b in boxes].count(0) == layout.per_sheet
    assert boxes[-1].sheet == 2
    for n, box in enumerate(boxes[: layout.per_sheet]):
        row, column = divmod(n, layout.columns)
        # The box is the cell of its row and column, moved by the calibration.
        assert box.x == pytest.approx(layout.left + column * layout.pitch_x + offset.right)
        assert box.y == pytest.approx(layout.top + row * layout.pitch_y + offset.down)
        assert (box.width, box.height) == (layout.label_width, layout.label_height)
        # Uncalibrated, every label is on the sheet.
        x, y = box.x - offset.right, box.y - offset.down
        assert x >= 0 and x + box.width <= layout.page_width + 1e-9
        assert y >= 0 and y + box.height <= layout.page_height + 1e-9
    first = boxes[: layout.per_sheet]
    for a in first:  # no two labels overlap
        for b in first:
            if a is not b:
                apart_x = a.x + a.width <= b.x + 1e-9 or b.x + b.width <= a.x + 1e-9
                apart_y = a.y + a.height <= b.y + 1e-9 or b.y + b.height <= a.y + 1e-9
                assert apart_x or apart_y


def test_a_partly_used_sheet_starts_at_label_n() -> None:
    layout = LAYOUTS["L7160"]
    boxes = label_boxes(layout, 3, start=20)
    assert [b.sheet for b in boxes] == [0, 0, 1]
    assert boxes[0] == label_boxes(layout, 20)[19]
    assert (boxes[2].x, boxes[2].y) == (layout.left, layout.top)


@pytest.mark.parametrize(
    ("start", "offset", "words"),
    [(0, Offset(), "from 1 to 14"), (15, Offset(), "from 1 to 14"), (1, Offset(11, 0), "10 mm")],
)
def test_a_start_or_calibration_off_the_sheet_is_refused(
    start: int, offset: Offset, words: str
) -> None:
    with pytest.raises(LayoutError, match=words):
        label_boxes(LAYOUTS["L7163"], 1, start=start, offset=offset)


def test_an_unknown_layout_names_the_known_ones() -> None:
    assert layout_named("l7163") is LAYOUTS["L7163"]
    with pytest.raises(LayoutError) as caught:
        layout_named("L7999")
    assert "L7999" in str(caught.value) and "roll62x29" in str(caught.value)


@settings(max_examples=60, deadline=None)
@given(
    text=st.one_of(
        st.text(min_size=1, max_size=300),
        st.just(LONG),
        st.just(LAO),
        st.just("x" * 2000),
    ),
    width=st.floats(min_value=20, max_value=300),
)
def test_a_line_always_fits_its_width_smaller_or_cut(text: str, width: float) -> None:
    fonts.register_fonts()
    fitted, size = fit_line(text, fonts.FONT_REGULAR, 12, 5, width)
    assert 5 <= size <= 12
    assert stringWidth(fitted, fonts.FONT_REGULAR, size) <= width + 1e-6 or fitted == ELLIPSIS
    if fitted.endswith(ELLIPSIS) and fitted != " ".join(text.split()):
        assert size == 5  # cut only once the smallest size does not fit
        kept = fitted[: -len(ELLIPSIS)]
        assert " ".join(text.split()).startswith(kept)


def _render(pdf: bytes, folder: Path, dpi: int) -> list[Path]:
    source = folder / "labels.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(source), str(folder / "page")], check=True
    )
    return sorted(folder.glob("page*.png"))


@needs_pdftoppm
@pytest.mark.parametrize("key", list(LAYOUTS))
def test_every_printed_code_scans_back_to_its_asset_tag(key: str, tmp_path: Path) -> None:
    import zxingcpp
    from PIL import Image

    layout = LAYOUTS[key]
    count = min(layout.per_sheet, 6) + 1  # onto a second sheet
    texts = ["Hand-held radio", LONG, LAO, ""]
    labels = [_label(n, texts[n % len(texts)]) for n in range(1, count + 1)]
    start = layout.per_sheet - count + 2  # the last labels of a sheet, then the next sheet
    pages = _render(build_labels_pdf(labels, layout, start=max(start, 1)), tmp_path, 300)
    assert len(pages) == (2 if layout.per_sheet > 1 else count)
    found: dict[str, set[str]] = {}
    for page in pages:
        for code in zxingcpp.read_barcodes(Image.open(page)):
            found.setdefault(code.format.name, set()).add(code.text)
    tags = {label.asset_tag for label in labels}
    assert found.get("QRCode") == tags
    assert found.get("Code128") == tags


@needs_pdftoppm
def test_long_and_lao_text_never_prints_outside_its_label(tmp_path: Path) -> None:
    """The gaps between the columns of L7163 (2.5 mm) and the margins stay blank."""
    from PIL import Image

    layout = LAYOUTS["L7163"]
    labels = [_label(n, LONG if n % 2 else LAO) for n in range(1, layout.per_sheet + 1)]
    [page] = _render(build_labels_pdf(labels, layout), tmp_path, 100)
    image = Image.open(page).convert("L")
    px_per_mm = image.width / layout.page_width
    gap_from = layout.left + layout.label_width + 0.3
    gap_to = layout.left + layout.pitch_x - 0.3
    strips = [(gap_from, gap_to), (0, layout.left - 0.3), (layout.page_width - 4.3, 210)]
    for left, right in strips:
        box = (int(left * px_per_mm) + 1, 0, int(right * px_per_mm) - 1, image.height)
        assert image.crop(box).getextrema()[0] > 200, (left, right)  # nothing dark there


def test_the_alignment_page_outlines_every_label() -> None:
    import io

    from pypdf import PdfReader

    layout = LAYOUTS["5160"]
    pdf = build_alignment_page(layout, Offset(0.5, 0.5))
    words = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert all(str(n) in words for n in range(1, layout.per_sheet + 1))
    assert "Avery 5160" in words


def test_the_register_prints_its_items_with_its_donor_line(
    register: Register, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    register.labels.set_donor_line("Gift of the American people", "ຂອງຂວັນຈາກປະຊາຊົນອາເມລິກາ")
    ids = [1, 2, 3]
    target = tmp_path / "labels.pdf"
    assert register.labels.write_labels(ids, target, "L7163", start=2) == 3
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    with register.db.read() as s:
        from sqlalchemy import select

        from inl_equipment.db.models import Item

        tags = list(s.scalars(select(Item.asset_tag).where(Item.id.in_(ids))))
    assert all(tag in text for tag in tags)
    assert "Gift of the American people" in text
    assert register.labels.donor_line().lao == "ຂອງຂວັນຈາກປະຊາຊົນອາເມລິກາ"
    with pytest.raises(LayoutError, match="No item"):
        register.labels.write_labels([999_999], tmp_path / "none.pdf", "L7163")
    assert not (tmp_path / "none.pdf").exists()


def test_a_logo_that_is_not_a_picture_is_refused(register: Register, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_text("not a picture")
    with pytest.raises(LayoutError, match="not a PNG or JPEG"):
        register.labels.write_labels([1], tmp_path / "l.pdf", "L7163", logo=logo)
    with pytest.raises(LayoutError, match="cannot be read"):
        register.labels.write_labels([1], tmp_path / "l.pdf", "L7163", logo=tmp_path / "none.png")
