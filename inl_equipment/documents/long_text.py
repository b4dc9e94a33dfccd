"""Keep any text printable: bounded in length, with a visible mark where it is cut.

A register value can be far longer than a page (an old import, a pasted specification):
a PDF prints at most a page-friendly start of it and says that the rest is in the
register, so that a document (a receipt once issued above all) always renders, in
bounded time. Entry limits (`services.item_rules`) keep new values well inside these.
"""

from __future__ import annotations

from collections.abc import Callable

from inl_equipment.i18n import translate
from inl_equipment.lao_breaks import safe_cut

#: A cut within this many characters of a space is moved back to the space.
_WORD_SLACK = 30


def continued() -> str:
    """The mark after a cut text, in the interface's language (the inventory report's)."""
    return translate("ReportLabels", "… (continued in the register)")


def is_long(text: str, max_chars: int, max_lines: int) -> bool:
    """True when `text` has more than `max_chars` characters or `max_lines` lines."""
    return len(text) > max_chars or text.count("\n") >= max_lines


def clip(text: str, max_chars: int, max_lines: int, marker: str) -> str:
    """`text` if within the limits; else its start (a word kept whole if one ends near) + `marker`.

    Never inside a Lao syllable: without a space near, the cut moves back to a Lao
    word boundary (`lao_breaks.safe_cut`).

    The result has at most `max_lines` lines and about `max_chars` characters plus the
    marker, which always shows that something was left out.
    """
    if not is_long(text, max_chars, max_lines):
        return text
    kept = "\n".join(text.split("\n", max_lines)[: max(max_lines - 1, 1)])[:max_chars]
    space = kept.rfind(" ", max(len(kept) - _WORD_SLACK, 1))
    if space > 0 and len(kept) < len(text) and not text[len(kept)].isspace():
        kept = kept[:space]
    elif len(kept) < len(text):  # Lao has no spaces: a word boundary, else a syllable's
        kept = kept[: safe_cut(text, len(kept), _WORD_SLACK) or len(kept)]
    return f"{kept.rstrip()} {marker}"


def clip_to_fit(text: str, fits: Callable[[str], bool], marker: str) -> str:
    """The longest start of `text` (cut as `clip` does, with `marker`) for which `fits` holds.

    `fits` measures a candidate (e.g. a paragraph's height in its cell); a binary search
    calls it about log2(len(text)) times. A text that fits is returned as it is.
    """
    if fits(text):
        return text
    low, high = 0, len(text)  # clip(text, low) fits (or low == 0); clip(text, high) does not
    best = marker
    while high - low > 1:
        middle = (low + high) // 2
        candidate = clip(text, middle, middle + 1, marker)
        if fits(candidate):
            low, best = middle, candidate
        else:
            high = middle
    return best
