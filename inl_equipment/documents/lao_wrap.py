"""Paragraph lines that end between Lao words, never inside one.

Lao has no spaces between words, and ReportLab breaks lines only at spaces: a
Lao run wider than its cell was cut wherever the width ran out, mid-word and
even mid-syllable. ReportLab, though, sets two "words" that have no space between
them side by side with no gap, and may end a line between them. So the run is cut
into its words before the lines are made (`lao_breaks.line_breaks`, ICU's
dictionary); a single word wider than a whole line is cut further between its
syllables (`lao_breaks.syllable_breaks`). Nothing is added to the text: the PDF
holds exactly the characters given, and extracts as them.

`install()` wraps ReportLab's `_getFragWords`, through which every Paragraph's
text becomes words (`fonts.register_fonts` installs it). A paragraph already cut
into lines (the rest of one split across pages) keeps its pieces.
"""

from __future__ import annotations

from typing import Any

import reportlab.platypus.paragraph as rl_paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from inl_equipment.lao_breaks import has_lao, line_breaks, syllable_breaks

__all__ = ["install", "lao_pieces"]

_stock_frag_words = getattr(rl_paragraph._getFragWords, "__wrapped__", rl_paragraph._getFragWords)


def install() -> None:
    """Make every Paragraph break its Lao runs between words (idempotent)."""
    rl_paragraph._getFragWords = _frag_words


def _frag_words(frags: Any, maxWidth: Any = None) -> Any:  # noqa: N803 - ReportLab's name
    """ReportLab's frag words, each Lao run cut into pieces a line may end between."""
    words = _stock_frag_words(frags, maxWidth)
    if rl_paragraph._processed_frags(frags):
        return words  # a paragraph's remainder after a split: already in pieces
    width = maxWidth if isinstance(maxWidth, int | float) and maxWidth > 0 else None
    out: list[Any] = []
    for word in words:
        out.extend(lao_pieces(word, width))
    return out


def _text_of(word: Any) -> str | None:
    """The text of a frag word, or None when it must stay whole (images, soft hyphens)."""
    if isinstance(word, rl_paragraph._SHYWord):
        return None
    parts = []
    for frag, string in word[1:]:
        if getattr(getattr(frag, "cbDefn", None), "width", None):
            return None  # an image in the word
        parts.append(string)
    return "".join(parts) if all(isinstance(p, str) for p in parts) else None


def lao_pieces(word: Any, max_width: float | None = None) -> list[Any]:
    """A frag word cut where a line may end in its Lao text: words, then syllables.

    `word` is ReportLab's `[width, (frag, text), ...]`. The pieces but the last are
    plain lists (no space follows them); the last keeps the word's own kind (a word
    followed by a space stays one). A piece wider than `max_width` is cut between
    syllables. A word without Lao comes back as it is.
    """
    text = _text_of(word)
    if not text or not has_lao(text):
        return [word]
    cuts = list(line_breaks(text))
    if max_width is not None:
        cuts = _with_syllables(word, text, cuts, max_width)
    if not cuts:
        return [word]
    bounds = [0, *cuts, len(text)]
    pieces: list[Any] = []
    for n, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        items = _slice(word, start, end, last=n == len(bounds) - 2)
        width = sum(stringWidth(s, f.fontName, f.fontSize) for f, s in items)
        kind = type(word) if end == len(text) else list
        pieces.append(kind([width, *items]))
    return pieces


def _with_syllables(word: Any, text: str, cuts: list[int], max_width: float) -> list[int]:
    """`cuts` plus syllable breaks inside each piece wider than `max_width`."""
    bounds = [0, *cuts, len(text)]
    out: list[int] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start:
            out.append(start)
        items = _slice(word, start, end, last=True)
        if sum(stringWidth(s, f.fontName, f.fontSize) for f, s in items) > max_width:
            out.extend(start + b for b in syllable_breaks(text[start:end]))
    return out


def _slice(word: Any, start: int, end: int, *, last: bool) -> list[tuple[Any, str]]:
    """The (frag, text) items of `word` that cover `text[start:end]`.

    An empty item (an anchor, a font change with no text) goes with the piece it
    stands at the start of; one at the very end of the word, with the last piece.
    """
    items: list[tuple[Any, str]] = []
    at = 0
    for frag, string in word[1:]:
        stop = at + len(string)
        if string:
            lo, hi = max(at, start), min(stop, end)
            if lo < hi:
                items.append((frag, string[lo - at : hi - at]))
        elif start <= at < end or (last and at == end):
            items.append((frag, string))
        at = stop
    return items


_frag_words.__wrapped__ = _stock_frag_words  # type: ignore[attr-defined]
