"""Where Lao text may break between lines: a dictionary word segmenter (ICU).

Lao is written without spaces between words, and neither Qt nor ReportLab
knows where its words end: a long Lao line overflows its label. ICU's word
breaker (through `icu4py`, wheels for Windows and Linux) finds the words;
`with_break_hints` puts a ZERO WIDTH SPACE (U+200B) between them for a
widget to break at. That is for display only: stored, searched and copied
text never holds one (`without_break_hints`, and the app's clipboard guard).
Without ICU (a build that left it out) text is shown as it is.
"""

from __future__ import annotations

import logging
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
