"""User-facing text that can be translated, without Qt.

The core (`db/`, `services/`, `documents/`, `interchange/`) marks every
user-facing string in one of three ways, all of which Qt's `pyside6-lupdate`
extracts into `resources/i18n/*.ts`:

- ``translate("Context", "Text")`` translates now (the call must use
  positional arguments only: lupdate skips calls with keywords);
- ``translate("Context", "%n item(s)", None, n)`` is a plural: the catalogue
  holds one form per plural class of the language, never ``if n == 1``;
- ``Msg.translate("Context", "Asset tag {tag} is in use").format(tag=t)`` is a
  *message object*: translated when it is shown, so an error raised in the
  core appears in whatever language the window uses at that moment;
- ``QT_TRANSLATE_NOOP("Context", "Text")`` marks a constant (a column title,
  a status label) that is translated later with ``translate(context, text)``.

Parameters are ``{name}`` fields filled after translation; ``%n`` is the count.
The app installs Qt's translator as the backend (`install_backend`); without
one (the command line, core tests) the English catalogue's plural forms are
read straight from its `.ts` file.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

#: A translation backend: (context, source, disambiguation, n) -> translated text.
Backend = Callable[[str, str, str | None, int], str]

#: Languages the interface can be shown in, by code.
LANGUAGES: Final = ("en", "lo")
CATALOGUE_STEM: Final = "inl_equipment"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `source` for extraction into `context`; translate it later."""
    del context
    return source


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the interface's language now (``%n`` replaced by `n` when given)."""
    return _backend(context, source, disambiguation, n)


def install_backend(backend: Backend | None) -> None:
    """Use `backend` for every translation from now on (None: back to English)."""
    global _backend  # noqa: PLW0603 - the one process-wide switch, set by the app
    _backend = backend or _english


class Msg:
    """A message translated when it is shown, with ``{name}`` parameters.

    Build one with `Msg.translate` (so lupdate finds the text), add parameters
    with `format`; `str(msg)` renders it in the current language. Parameters
    may be `Msg` objects themselves (rendered at the same moment).
    """

    __slots__ = ("context", "disambiguation", "n", "params", "source")

    def __init__(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
        params: Mapping[str, object] | None = None,
    ) -> None:
        """A message; prefer `Msg.translate`, which lupdate finds."""
        self.context = context
        self.source = source
        self.disambiguation = disambiguation
        self.n = n
        self.params: dict[str, object] = dict(params or {})

    @classmethod
    def translate(
        cls, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> Msg:
        """A message for `source` in `context` (a plural when `n` is given)."""
        return cls(context, source, disambiguation, n)

    def format(self, **params: object) -> Msg:
        """A copy with these parameters filled in when the message is rendered."""
        return Msg(self.context, self.source, self.disambiguation, self.n, self.params | params)

    def render(self) -> str:
        """The message in the interface's language, parameters filled in."""
        text = translate(self.context, self.source, self.disambiguation, self.n)
        if not self.params:
            return text
        return text.format_map(_Params({k: str(v) for k, v in self.params.items()}))

    def english(self) -> str:
        """The message in English, whatever the interface language (for the log)."""
        text = _english(self.context, self.source, self.disambiguation, self.n)
        values = {k: v.english() if isinstance(v, Msg) else str(v) for k, v in self.params.items()}
        return text.format_map(_Params(values)) if values else text

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Msg({self.context!r}, {self.source!r}, n={self.n}, params={self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Msg):
            return (self.context, self.source, self.n, self.params) == (
                other.context,
                other.source,
                other.n,
                other.params,
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.context, self.source, self.n))


#: Text for users: a plain string or a message rendered when shown.
Text = str | Msg


class _Params(dict[str, str]):
    """Parameters for `str.format_map` that leave an unknown ``{field}`` as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def catalogue_dir() -> Path:
    """The folder of the `.ts`/`.qm` catalogues (in a checkout, a wheel or a frozen build)."""
    from inl_equipment.resources import resources_dir

    return resources_dir() / "i18n"


@cache
def _catalogue(language: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(context, source, disambiguation) -> translated forms, read from a `.ts` file."""
    path = catalogue_dir() / f"{CATALOGUE_STEM}_{language}.ts"
    out: dict[tuple[str, str, str], tuple[str, ...]] = {}
    try:
        root = ET.parse(path).getroot()  # noqa: S314 - bundled file
    except (OSError, ET.ParseError) as exc:
        log.warning("translation catalogue %s not read: %s", path, exc)
        return out
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            node = message.find("translation")
            if node is None:
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            out[key] = tuple(forms) if forms else (node.text or "",)
    return out


def lookup(language: str, context: str, source: str, disambiguation: str | None = None) -> str:
    """The translation of `source` in `language`'s catalogue, read without Qt ('' if none).

    Documents use it for the Lao half of bilingual labels, which print the
    same whatever language the interface is in.
    """
    forms = _catalogue(language).get((context, source, disambiguation or ""))
    return forms[0] if forms else ""


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """English without Qt: the source text, with the catalogue's plural forms."""
    if n < 0:
        return source
    forms = _catalogue("en").get((context, source, disambiguation or ""), ())
    # English has two plural classes: one, and everything else.
    form = forms[0 if n == 1 else 1] if len(forms) == 2 and all(forms) else source
    return form.replace("%n", str(n))


_backend: Backend = _english
