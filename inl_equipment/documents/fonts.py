"""Fonts for the PDF documents: one Latin + Lao face, Lao shaping, and safe paragraphs.

Shared by the handover receipt and the inventory report. Call `register_fonts()` once
before building a document; use `paragraph()` for every user-supplied value.

The merged Latin + Lao face and its disk cache are made in `font_files`.

Shaping
-------
ReportLab 5.1 shapes text with HarfBuzz only in Paragraphs whose style has `shaping=1`,
and shaping costs time, so `paragraph()` uses a shaping copy of the style only when the
text contains Lao (U+0E80-U+0EFF).

Text extraction (the ToUnicode fix)
-----------------------------------
ReportLab writes each shaped glyph as one "character": the first code point that the
cmap maps to the glyph or, for a glyph with no cmap entry (Noto Sans Lao's
"maiTho-lao.small", or the ligature "niggahita_maiTho-lao.right" that draws the ້ + ຳ
pair), a private-use code point. The subset's ToUnicode CMap maps each code back to that
code point, so text copied from the PDF loses tone marks: ຫຼວງນ້ຳທາ extracts as
"ຫຼວງນ\\ue000າທາ".

HarfBuzz reports which input characters each glyph came from (its cluster).
`_faithful_shape` wraps ReportLab's `shapeFragWord`: for every cluster whose glyphs do
not already spell the cluster's text, it gives each glyph a code point in plane 15
(U+F0000 up) keyed by (glyph, text piece), registered in the face so the same glyph is
drawn. `ExtractableTTFont.addObjects` then writes ToUnicode entries that map those codes
to their text piece. The glyphs of a cluster share its text in order (the last glyph
takes the rest), so extraction yields exactly the text that was written. Only our fonts
are affected; other fonts keep ReportLab's behaviour.

One more detail for extraction: a mark shifted left (e.g. the tone mark of ປີ່) is drawn
by ReportLab as "move left, draw, move right" and that final move right reads as a word
gap to pypdf, which then inserts a space. Such a glyph gets a code whose advance width
equals the move, so no move right is written; the page looks the same.

Two more things live in the same wrapper. A Lao run with no space that is too wide for
its cell is split by ReportLab after shaping, and the pieces are shaped again: our codes
are first turned back into their text, or HarfBuzz would draw them as missing glyphs
(stock ReportLab has that bug with its own private codes). The split falls between
clusters; it rarely happens now, since `lao_wrap` (installed with the fonts) cuts Lao
runs into words, and words too long for a line into syllables, before the lines are
made. And because platypus shapes each word again on every re-wrap, results for
single-font words are remembered.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

import reportlab.platypus.paragraph as rl_paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr, TTFont
from reportlab.platypus import Paragraph

from inl_equipment.documents import lao_wrap
from inl_equipment.documents.font_files import FONT_BOLD, FONT_REGULAR, merged_font
from inl_equipment.lao_breaks import without_break_hints

__all__ = [
    "FONT_BOLD",
    "FONT_REGULAR",
    "ExtractableTTFont",
    "draw_string",
    "esc",
    "has_lao",
    "markup_paragraph",
    "paragraph",
    "register_fonts",
    "shaping_style",
]

_merged_font = merged_font  # the benchmarks call it by this name

_LAO = re.compile("[\u0e80-\u0eff]")
_VIRTUAL_BASE = 0xF0000  # plane 15 PUA: clear of ReportLab's own U+E000.. allocations
_VIRTUAL_FIRST_CHAR = chr(_VIRTUAL_BASE)


def has_lao(text: str) -> bool:
    """True when `text` contains a character of the Lao block (and so needs shaping)."""
    return _LAO.search(text) is not None


# --- the font class and the shaping wrapper ---------------------------------------------


class ExtractableTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose shaped glyphs extract from the PDF as the text they draw."""

    def __init__(self, name: str, source: Path | bytes) -> None:
        """Load the font `name` from a file or from the bytes of one."""
        if isinstance(source, bytes):
            super().__init__(name, io.BytesIO(source))
        else:
            super().__init__(name, str(source))
        self._virtual_codes: dict[tuple[int, str, float], int] = {}
        self._virtual_text: dict[int, str] = {}

    def code_for(self, code: int, text: str, width: float) -> int:
        """A code point that draws the glyph of `code`, extracts as `text` and advances `width`."""
        face = self.face
        key: tuple[int, str, float] = (face.charToGlyph[code], text, width)
        virtual = self._virtual_codes.get(key)
        if virtual is None:
            virtual = _VIRTUAL_BASE + len(self._virtual_codes)
            face.charToGlyph[virtual] = key[0]
            face.charWidths[virtual] = width
            self._virtual_codes[key] = virtual
            self._virtual_text[virtual] = text
        return virtual

    def text_of(self, char: str) -> str:
        """The text that `char` stands for: itself, unless it is one of our glyph codes."""
        return self._virtual_text.get(ord(char), char)

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - ReportLab's name
        """Write the font into `doc`, with CMaps that map our glyph codes to their text."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        # ReportLab names each subset's CMap stream after the subset's BaseFont.
        for number, subset in enumerate(subsets):
            base_font = b"".join((ttfonts.SUBSETN(number), b"+", self.face.name))
            base_font += self.face.subfontNameX
            stream = doc.idToObject["toUnicodeCMap:" + base_font.decode("pdfdoc")]
            stream.content = self._to_unicode_cmap(base_font.decode("pdfdoc"), subset)

    def _to_unicode_cmap(self, base_font: str, subset: list[int]) -> str:
        entries = []
        for slot, code in enumerate(subset):
            text = self._virtual_text.get(code, chr(code))
            entries.append(f"<{slot:02X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({base_font}) /Ordering ({base_font})",
            "/Supplement 0 >> def",
            f"/CMapName /{base_font} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
        ]
        for start in range(0, len(entries), 100):  # the CMap format allows 100 per block
            block = entries[start : start + 100]
            lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines)


_stock_shape = getattr(ttfonts.shapeFragWord, "__wrapped__", ttfonts.shapeFragWord)


def _as_text(word: Any) -> Any:
    """The word with our glyph codes turned back into the text they stand for.

    When a long word does not fit its line, ReportLab splits the already shaped word and
    shapes the pieces again; HarfBuzz would draw our private codes as missing glyphs.
    """
    if not any(s and max(s) >= _VIRTUAL_FIRST_CHAR for _, s in word[1:]):
        return word
    items = []
    for item in word[1:]:
        frag, string = item[0], item[1]
        font = pdfmetrics.getFont(frag.fontName)
        if isinstance(font, ExtractableTTFont) and string and max(string) >= _VIRTUAL_FIRST_CHAR:
            string = "".join(font.text_of(c) for c in string)
        items.append(type(item)((frag, string)))
    return type(word)([word[0], *items])


def _faithful_shape(word: Any, *args: Any, **kwargs: Any) -> Any:
    """ReportLab's shapeFragWord, then give each glyph the text of its HarfBuzz cluster."""
    if isinstance(word, ShapedFragWord):  # already shaped (a re-wrap): keep it
        return word
    word = _as_text(word)
    shaped = _stock_shape(word, *args, **kwargs)
    if shaped is word:  # unchanged: every glyph already is its own character
        return shaped
    glyphs = _shaped_glyphs(shaped)
    text = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    clusters = [cluster for _, _, cluster in glyphs or ()]
    if not glyphs or clusters != sorted(clusters) or clusters[-1] >= len(text):
        return shaped  # not our font, right-to-left or unexpected: leave ReportLab's result
    for i, (new_chars, new_data) in _cluster_edits(shaped, glyphs, text).items():
        frag = shaped[i][0]
        shaped[i] = type(shaped[i])((frag, ShapedStr("".join(new_chars), new_data)))
    return shaped


def _shaped_glyphs(shaped: Any) -> list[tuple[int, int, int]] | None:
    """(item index, index in string, cluster) of each shaped glyph; None if not all ours."""
    glyphs: list[tuple[int, int, int]] = []
    for index, item in enumerate(shaped[1:], 1):
        frag, string = item[0], item[1]
        if not isinstance(string, ShapedStr):
            continue
        if not isinstance(pdfmetrics.getFont(frag.fontName), ExtractableTTFont):
            return None
        glyphs.extend((index, pos, sd.cluster) for pos, sd in enumerate(string.__shapeData__))
    return glyphs


def _cluster_edits(
    shaped: Any, glyphs: list[tuple[int, int, int]], text: str
) -> dict[int, tuple[list[str], list[Any]]]:
    """Item index -> (chars, shape data) where a glyph must extract as other text or move."""
    starts = sorted({cluster for _, _, cluster in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    edits: dict[int, tuple[list[str], list[Any]]] = {}
    pos = 0
    while pos < len(glyphs):
        cluster = glyphs[pos][2]
        group = [g for g in glyphs[pos:] if g[2] == cluster]
        pos += len(group)
        # Characters before the first cluster (if any) belong to it.
        cluster_text = text[0 if cluster == starts[0] else cluster : ends[cluster]]
        chars = [shaped[i][1][p] for i, p, _ in group]
        last = len(group) - 1
        pieces = [cluster_text[n : n + 1] for n in range(last)] + [cluster_text[last:]]
        if "".join(chars) == cluster_text:
            pieces = chars
        for (i, p, _), char, piece in zip(group, chars, pieces, strict=True):
            sd = shaped[i][1].__shapeData__[p]
            width = _advance(sd)
            if char != piece or width != sd.width:
                font = pdfmetrics.getFont(shaped[i][0].fontName)
                new_chars, new_data = edits.setdefault(
                    i, (list(shaped[i][1]), list(shaped[i][1].__shapeData__))
                )
                new_chars[p] = chr(font.code_for(ord(char), piece, width))
                new_data[p] = sd._replace(width=width)
    return edits


def _advance(sd: Any) -> float:
    """The width to draw a glyph with, given its HarfBuzz shape data.

    ReportLab moves back after an offset mark with a negative TJ number; a large one
    reads as a word gap to text extractors (pypdf adds a space). Advancing by exactly
    that distance instead draws the same.
    """
    if sd.x_offset and sd.width - sd.x_advance + sd.x_offset < 0:
        return float(round(sd.x_advance - sd.x_offset, 3))
    return float(sd.width)


# Platypus wraps a paragraph several times (table sizing, page splits, drawing) and
# shapes every word again each time; a word in one font and size always shapes alike.
_shape_memo: dict[tuple[Any, ...], tuple[Any, ...] | None] = {}
_SHAPE_MEMO_LIMIT = 50_000


def _memo_shape(word: Any, *args: Any, **kwargs: Any) -> Any:
    """`_faithful_shape`, remembered for single-fragment words (most of them)."""
    frag = word[1][0] if len(word) == 2 else None
    if args or kwargs or frag is None or hasattr(frag, "cbDefn"):
        return _faithful_shape(word, *args, **kwargs)
    key = (type(word), frag.fontName, frag.fontSize, word[1][1])
    if key in _shape_memo:
        known = _shape_memo[key]
        if known is None:
            return word
        word_class, width, item_class, string = known
        return word_class([width, item_class((frag, string))])
    shaped = _faithful_shape(word)
    if shaped is word:
        _shape_memo[key] = None
    elif len(shaped) == 2 and shaped[1][0] is frag:
        _shape_memo[key] = (type(shaped), shaped[0], type(shaped[1]), shaped[1][1])
    else:
        return shaped
    if len(_shape_memo) > _SHAPE_MEMO_LIMIT:
        _shape_memo.clear()
    return shaped


_faithful_shape.__wrapped__ = _stock_shape  # type: ignore[attr-defined]
_memo_shape.__wrapped__ = _stock_shape  # type: ignore[attr-defined]


@cache
def register_fonts() -> None:
    """Register INL Sans (regular and bold) with ReportLab, once per process."""
    for font_name in (FONT_REGULAR, FONT_BOLD):
        source = merged_font(font_name)
        try:
            font = ExtractableTTFont(font_name, source)
        except Exception:
            if isinstance(source, bytes):
                raise
            source.unlink(missing_ok=True)  # a damaged cache file: merge afresh
            font = ExtractableTTFont(font_name, merged_font(font_name))
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD, italic=FONT_REGULAR, boldItalic=FONT_BOLD
    )
    # paragraph.py imported the name; shapeStr (canvas strings) looks it up in ttfonts.
    ttfonts.shapeFragWord = _memo_shape
    rl_paragraph.shapeFragWord = _memo_shape
    lao_wrap.install()  # Lao lines end between words


# --- paragraphs from plain text ----------------------------------------------------------

_shaping_styles: WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = WeakKeyDictionary()


def shaping_style(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with HarfBuzz shaping switched on (cached per style)."""
    shaped = _shaping_styles.get(style)
    if shaped is None:
        shaped = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        _shaping_styles[style] = shaped
    return shaped


def esc(text: str) -> str:
    """Plain text as Paragraph markup that prints literally (line breaks kept).

    A U+200B (a break hint pasted from elsewhere) is left out: PDFs break Lao lines
    without one, and it must not come out of the PDF as part of a word.
    """
    text = without_break_hints(text)
    if not text.isprintable():
        text = "".join(c if c == "\n" or unicodedata.category(c) != "Cc" else " " for c in text)
    return escape(text).replace("\n", "<br/>")


def markup_paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from trusted markup whose user parts went through `esc`."""
    return Paragraph(markup, shaping_style(style) if has_lao(markup) else style)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph that prints `text` exactly as given: user text is data, never markup."""
    return markup_paragraph(esc(text), style)


def draw_string(canvas: Any, x: float, y: float, text: str, *, align: str = "left") -> None:
    """Draw one line of plain text on a canvas, shaped when it holds Lao (no U+200B)."""
    text = without_break_hints(text)
    draw = {
        "left": canvas.drawString,
        "right": canvas.drawRightString,
        "centre": canvas.drawCentredString,
    }[align]
    draw(x, y, text, shaping=has_lao(text))
