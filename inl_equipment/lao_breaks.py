"""Where Lao text may break between lines: a dictionary word segmenter (ICU).

Lao is written without spaces between words, and neither Qt nor ReportLab
knows where its words end: a long Lao line overflows its label. ICU's word
breaker (through `icu4py`, wheels for Windows and Linux) finds the words;
`with_break_hints` puts a ZERO WIDTH SPACE (U+200B) between them for a
widget to break at. That is for display only: stored, searched and copied
text never holds one (`without_break_hints`, and the app's clipboard guard).
Without ICU (a build that left it out) text is shown as it is.

PDFs never hold a U+200B: they break lines at `line_breaks` (ICU's boundaries
between two Lao letters) and cut a word too long for its line, or a text too
long for its cell, only between syllables (`syllable_breaks`, `safe_cut`).
Without ICU a Lao run breaks only between syllables.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

log = logging.getLogger(__name__)

HINT = "\u200b"
_LAO = range(0x0E80, 0x0F00)


def has_lao(text: str) -> bool:
    """Whether `text` holds a Lao letter or mark."""
    return any(ord(ch) in _LAO for ch in text)


@lru_cache(maxsize=1)
def _breaker() -> Callable[[str], Iterable[str]] | None:
    """The ICU word breaker for Lao, as a function of a text; None without ICU."""
    try:
        from icu4py.breakers import WordBreaker
        from icu4py.locale import Locale
    except ImportError:
        log.warning("ICU is not available: Lao text breaks only at spaces")
        return None
    lao = Locale("lo")
    return lambda text: WordBreaker(text, lao)


@lru_cache(maxsize=8192)
def lao_words(text: str) -> tuple[str, ...]:
    """`text` cut into words (and the spaces and signs between them), in order."""
    breaker = _breaker()
    if breaker is None or not text:
        return (text,) if text else ()
    return tuple(breaker(text))


def with_break_hints(text: str) -> str:
    """`text` with U+200B between two Lao words that touch (for a widget to wrap at)."""
    if not has_lao(text):
        return text
    words = lao_words(without_break_hints(text))
    out: list[str] = []
    for word in words:
        if out and has_lao(out[-1][-1:]) and has_lao(word[:1]):
            out.append(HINT)
        out.append(word)
    return "".join(out)


def without_break_hints(text: str) -> str:
    """`text` with every U+200B taken out."""
    return text.replace(HINT, "")


# --- where a line of Lao may end (PDFs) -------------------------------------------------

_LEADING = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")  # ເ ແ ໂ ໃ ໄ: written before the consonant
_FOLLOWING = frozenset("\u0eb0\u0eb2\u0eb3\u0ebd")  # ະ າ ຳ ຽ: spacing vowels after it
_VOWEL_MARKS = frozenset("\u0eb1\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9\u0ebb\u0ecd")
_MARKS = frozenset(chr(c) for c in (0x0EB1, *range(0x0EB4, 0x0EBD), *range(0x0EC8, 0x0ECF)))
_CLOSING = frozenset("\u0eb0\u0eb3")  # ະ ຳ: nothing of the syllable comes after them
_FINALS = frozenset("ກງດນບມ")  # finals that are never a vowel letter (ວ ຍ ອ may be)
_VOWEL_LETTERS = frozenset("ອວຍ")  # a vowel when not the syllable's first consonant
_GLIDES = frozenset("ວລຣຍ")  # may be the second consonant of a cluster (ຄວາມ, ກວ່າ)
_CONSONANTS = frozenset(chr(c) for c in (*range(0x0E81, 0x0EAF), *range(0x0EDC, 0x0EE0)))


def _is_lao_letter(ch: str) -> bool:
    return ch in _CONSONANTS or ch in _LEADING or ch in _FOLLOWING or ch in _MARKS


@lru_cache(maxsize=8192)
def line_breaks(text: str) -> tuple[int, ...]:
    """Offsets in `text` where a line may end between two Lao words (ICU), ascending.

    Only between two Lao letters and never before a mark or a following vowel: a
    break beside a space, a digit or a bracket is the line breaker's own business.
    """
    offsets: list[int] = []
    if _breaker() is None:
        return syllable_breaks(text)
    at = 0
    for word in lao_words(text)[:-1]:
        at += len(word)
        if _is_lao_letter(text[at - 1]) and text[at] in _CONSONANTS | _LEADING:
            offsets.append(at)
    return tuple(offsets)


@lru_cache(maxsize=8192)
def syllable_breaks(text: str) -> tuple[int, ...]:
    """Offsets in `text` that surely fall between two Lao syllables, ascending.

    Spelling rules, cautious: a break only before a leading vowel or a consonant that
    surely starts a syllable (after ະ or ຳ, after a final consonant, or carrying its
    own vowel or tone), and only once the syllable before has a vowel. Where the rules
    are unsure there is no break, so a syllable (a letter with its stacked marks above
    all) is never cut; a long run may just stay longer.
    """
    offsets: list[int] = []
    start = 0
    for i in range(1, len(text)):
        ch, before = text[i], text[i - 1]
        if not _is_lao_letter(before):
            start = i  # a new run of Lao (or none)
            continue
        if ch not in _CONSONANTS | _LEADING:
            continue  # a mark or a following vowel: the syllable goes on
        if _starts_syllable(text, start, i):
            offsets.append(i)
            start = i
    return tuple(offsets)


def _has_vowel(syllable: str) -> bool:
    return any(
        ch in _LEADING or ch in _FOLLOWING or ch in _VOWEL_MARKS
        or (n > 0 and ch in _VOWEL_LETTERS and syllable[n - 1] not in _LEADING)
        for n, ch in enumerate(syllable)
    )  # fmt: skip


def _starts_syllable(text: str, start: int, i: int) -> bool:
    """Whether the letter at `i` begins a new syllable after `text[start:i]`."""
    before, syllable = text[i - 1], text[start:i]
    if before in _LEADING or not _has_vowel(syllable):
        return False
    if text[i] in _LEADING or before in _CLOSING:
        return True
    closed = before in _FINALS and syllable[-2:-1] not in _LEADING and _has_vowel(syllable[:-1])
    if closed and text[i] not in _GLIDES | _VOWEL_LETTERS:
        return True  # a final ends the syllable before (ເພື່ອກວດ, ເຊກອງ: unsure, no break)
    after = text[i + 1 : i + 2]
    has_own_vowel = after in _MARKS or after in _FOLLOWING
    in_cluster = before == "ຫ" or (text[i] in _GLIDES and before in _CONSONANTS)
    return has_own_vowel and not in_cluster


def safe_cut(text: str, limit: int, slack: int = 0) -> int:
    """The largest offset ≤ `limit` where `text` may be cut without cutting a syllable.

    Inside a Lao run the cut moves back to a word boundary within `slack` characters
    if there is one, else to a syllable boundary; outside Lao it only steps back over
    combining marks. 0 when nothing before `limit` can be cut off whole.
    """
    limit = max(0, min(limit, len(text)))
    if limit in (0, len(text)):
        return limit
    if not (_is_lao_letter(text[limit - 1]) and _is_lao_letter(text[limit])):
        while limit > 0 and unicodedata.category(text[limit]).startswith("M"):
            limit -= 1
        return limit
    start = limit
    while start > 0 and _is_lao_letter(text[start - 1]):
        start -= 1
    end = limit
    while end < len(text) and _is_lao_letter(text[end]):
        end += 1
    run = text[start:end]
    words = [start + b for b in line_breaks(run) if start + b <= limit]
    if words and words[-1] >= limit - slack:
        return words[-1]
    syllables = [start + b for b in syllable_breaks(run) if start + b <= limit]
    return max([start, *syllables, *words])
