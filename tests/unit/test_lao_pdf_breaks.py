"""Lao lines in PDFs end between words (issue 14), read back from the PDF with pypdf.

Every line end of a wrapped Lao text is compared with ICU's word boundaries (the
segmenter the app uses, `lao_breaks.lao_words`); a compound too long for its line
may end a line only between syllables, written out here by hand. The PDF holds the
text exactly as given: no U+200B, no added spaces.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterable
from datetime import date

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from inl_equipment.documents import fonts
from inl_equipment.documents.asset_labels_pdf import ELLIPSIS, fit_line
from inl_equipment.documents.checklist_data import ChecklistData, ChecklistRow
from inl_equipment.documents.checklist_pdf import build_checklist_pdf
from inl_equipment.documents.long_text import clip
from inl_equipment.documents.receipt_pdf import build_receipt
from inl_equipment.lao_breaks import HINT, lao_words, safe_cut, syllable_breaks
from inl_equipment.services.checklists import result_table
from tests.unit.test_receipt_pdf import make_line, make_receipt

DESCRIPTION = (
    "ຄອມພິວເຕີໂນ້ດບຸກສຳລັບຫ້ອງການແຂວງຫຼວງນ້ຳທາພ້ອມເຄື່ອງພິມເລເຊີສີແລະສາຍໄຟ"
    "ໜ່ວຍສະກັດກັ້ນຢາເສບຕິດ ແຂວງຫຼວງນ້ຳທາ ໄດ້ຮັບອຸປະກອນຈາກສະຖານທູດສະຫະລັດອາເມລິກາ"
)
COMPOUND = "ກະຊວງປ້ອງກັນຄວາມສະຫງົບ"  # one word to ICU, wider than the narrow cell
COMPOUND_SYLLABLES = ["ກະ", "ຊວງ", "ປ້ອງ", "ກັນ", "ຄວາມ", "ສະ", "ຫງົບ"]  # by hand
MIXED = "Dell Latitude ຄອມພິວເຕີໂນ້ດບຸກ ສຳລັບຫ້ອງການ INL Vientiane ແຂວງຫຼວງນ້ຳທາ"
LATIN = "Toyota Hilux double-cab pickup with spare tyre and two keys"


def _offsets(pieces: Iterable[str]) -> set[int]:
    """The offsets between consecutive pieces of a text."""
    out, at = set(), 0
    for piece in pieces:
        at += len(piece)
        out.add(at)
    return out


def word_boundaries(text: str) -> set[int]:
    """Where ICU's word breaker puts a boundary in `text` (spaces are words too)."""
    return _offsets(lao_words(text))


def pdf_lines(pdf: bytes) -> list[str]:
    """The text lines of every page, as pypdf extracts them."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [line.strip() for page in pages for line in page.extract_text().split("\n")]


def line_ends(lines: list[str], text: str) -> list[int]:
    """Offsets in `text` where its printed lines end, found in order among `lines`.

    Fails unless the lines, joined (at most spaces between them), are `text` exactly.
    """
    ends, at = [], 0
    for line in lines:
        if at < len(text) and line and text.startswith(line, at):
            at += len(line)
            ends.append(at)
            while at < len(text) and text[at] == " ":
                at += 1
    assert at == len(text), f"the PDF lost text after {text[:at]!r}"
    return ends[:-1]


def _table_pdf(texts: list[str], width: float) -> bytes:
    """One column `width` points wide, a shaped paragraph of each text in a row."""
    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.FONT_REGULAR, fontSize=9, leading=12)
    table = Table([[fonts.paragraph(t, style)] for t in texts], colWidths=[width])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([table])
    return out.getvalue()


def test_a_receipt_wraps_a_long_lao_description_only_between_words() -> None:
    line = dataclasses.replace(make_line(1), description=DESCRIPTION)
    pdf = build_receipt(make_receipt(lines=(line,)))
    lines = pdf_lines(pdf)
    ends = line_ends(lines, DESCRIPTION)
    assert len(ends) >= 3  # several lines in the description's column
    allowed = word_boundaries(DESCRIPTION)
    assert all(end in allowed for end in ends), [DESCRIPTION[:e][-6:] for e in ends]
    assert not any(HINT in line for line in lines)


def test_an_overlong_compound_splits_between_its_syllables_only() -> None:
    assert len(lao_words(COMPOUND)) == 1  # ICU sees one word: no word boundary inside
    ends = line_ends(pdf_lines(_table_pdf([COMPOUND], 48)), COMPOUND)
    assert ends  # it did not fit on one line
    assert set(ends) <= _offsets(COMPOUND_SYLLABLES)
    assert set(syllable_breaks(COMPOUND)) == _offsets(COMPOUND_SYLLABLES[:-1])


def test_latin_still_wraps_at_spaces_and_mixed_text_at_spaces_or_lao_words() -> None:
    lines = pdf_lines(_table_pdf([LATIN, MIXED], 70))
    latin_ends = line_ends(lines, LATIN)
    assert len(latin_ends) >= 3 and all(LATIN[end] == " " for end in latin_ends)
    mixed_ends = line_ends(lines, MIXED)
    assert len(mixed_ends) >= 3
    allowed = word_boundaries(MIXED)
    assert all(MIXED[end] == " " or end in allowed for end in mixed_ends)
    assert any(MIXED[end] != " " for end in mixed_ends)  # one ends inside a Lao run


def test_a_lao_paragraph_split_across_pages_keeps_its_words() -> None:
    """The rest of a paragraph continued on the next page is wrapped again, as pieces."""
    fonts.register_fonts()
    text = DESCRIPTION * 30
    style = ParagraphStyle("t", fontName=fonts.FONT_REGULAR, fontSize=11, leading=15)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(300, 400)).build([fonts.paragraph(text, style)])
    pdf = out.getvalue()
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 1
    ends = line_ends(pdf_lines(pdf), text)
    allowed = word_boundaries(text)
    assert len(ends) > 20 and all(end in allowed for end in ends)


def test_a_pasted_break_hint_never_reaches_the_pdf() -> None:
    hinted = "ຄອມພິວເຕີ" + HINT + "ໂນ້ດບຸກ"
    lines = pdf_lines(_table_pdf([hinted], 200))
    assert "ຄອມພິວເຕີໂນ້ດບຸກ" in lines
    assert not any(HINT in line for line in lines)


def test_a_checklist_wraps_long_lao_names_between_words() -> None:
    description = DESCRIPTION[:150]
    rows = [ChecklistRow(1, "INL-26-000001", "SN-1", description, "ກົມຕຳຫຼວດ", None, "")]
    data = ChecklistData(
        checklist_id="c" * 32,
        location_id=1,
        site_en="Friendship Bridge checkpoint",
        site_lo="ດ່ານຂົວມິດຕະພາບ",
        province_en="Vientiane Capital",
        province_lo="ນະຄອນຫຼວງວຽງຈັນ",
        issued=date(2026, 1, 5),
        operator="Tester",
        units=["CNU"],
        rows=rows,
        results=result_table(),
    )
    ends = line_ends(pdf_lines(build_checklist_pdf([data])), description)
    allowed = word_boundaries(description)
    assert ends and all(end in allowed for end in ends)


def test_cut_texts_end_on_a_word_or_a_syllable_never_inside_one() -> None:
    fonts.register_fonts()
    text = "ກ້ອງສ່ອງກວດໃຕ້ທ້ອງລົດພ້ອມໄຟສາຍ" * 8
    syllables = set(syllable_breaks(text)) | word_boundaries(text)
    for width in (40, 55, 70, 90, 130):
        fitted, _ = fit_line(text, fonts.FONT_REGULAR, 7, 5, width)  # an asset label's line
        assert fitted.endswith(ELLIPSIS)
        assert len(fitted) - len(ELLIPSIS) in syllables, fitted
    for limit in range(5, 60, 7):
        assert safe_cut(text, limit) in syllables | {0}
        cut = clip(text, limit, 1, "…")[: -len(" …")]  # a register text cut for a cell
        words = {end for end in word_boundaries(text) if end <= limit}
        assert text.startswith(cut)
        if words:  # the last word boundary before the limit (within the slack)
            assert len(cut) == max(words)
        else:  # none: a syllable boundary
            assert len(cut) in syllables


# Syllables by hand. The rules may keep two together where spelling alone cannot tell
# (ເພື່ອກວດ: ກ final or the start of ກວ), but never cut one.
HAND_SYLLABLES = [
    "ສະ|ຖາ|ນີ",
    "ຄອມ|ພິວ|ເຕີ",
    "ອຸ|ປະ|ກອນ",
    "ສະ|ຫວັນ|ນະ|ເຂດ",
    "ເພື່ອ|ກວດ|ກາ",
    "ເຄື່ອງ|ສະ|ແກນ",
    "ແດນ|ສະ|ຫວັນ",
    "ເຊ|ກອງ",
    "ໄຊ|ຍະ|ບູ|ລີ",
    "ນະ|ຄອນ|ຫຼວງ|ວຽງ|ຈັນ",
    "ເຈົ້າ|ໜ້າ|ທີ່|ພາ|ສີ",
    "ກວ່າ|ເກົ່າ|ແກ່",
    "ເມືອງ",
    "ຄວາມ",
]


def test_syllable_breaks_never_cut_a_syllable() -> None:
    for spelled in HAND_SYLLABLES:
        word = spelled.replace("|", "")
        assert set(syllable_breaks(word)) <= _offsets(spelled.split("|")[:-1]), spelled
    found = sum(len(syllable_breaks(s.replace("|", ""))) for s in HAND_SYLLABLES)
    assert found >= 0.75 * sum(s.count("|") for s in HAND_SYLLABLES)  # and find most
