"""Turn CSV bytes into text: encoding detection, mojibake repair, delimiter sniffing."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from itertools import islice

from inl_equipment.i18n import Msg, translate
from inl_equipment.interchange.raw_table import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec_name(codec: str) -> str:
    if codec == "cp1252":
        return translate("Import", "Windows-1252 (Western)")
    if codec == "mac_roman":
        return translate("Import", "Mac Roman (old Mac Excel)")
    return codec


def decode_text(data: bytes, name: str | None = None) -> tuple[str, str, list[str]]:
    """Decode CSV bytes; return the text, the codec used and warnings for the user.

    `name` is the file's name for the messages ("The file" when not given).
    """
    name = name or translate("Import", "The file")
    codec = next((c for bom, c in _BOMS if data.startswith(bom)), None)
    warnings: list[str] = []
    if codec is None:
        try:
            return data.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            pass
        codec = _bomless_utf16(data)
    if codec is None:
        if b"\x00" in data:
            raise ReadError(
                Msg.translate(
                    "Import", "{name} is not a text file (it contains binary data)."
                ).format(name=name)
            )
        codec = _guess_legacy(data)
        warnings.append(
            translate(
                "Import",
                "{name} is not UTF-8 and was read as {encoding}; if letters look wrong,"
                " save it as 'CSV UTF-8' and import again.",
            ).format(name=name, encoding=_codec_name(codec))
        )
    try:
        return data.decode(codec), codec, warnings
    except UnicodeDecodeError:
        warnings.append(
            translate("Import", "Some characters could not be read; they show as '{mark}'.").format(
                mark="\ufffd"
            )
        )
        return data.decode(codec, errors="replace"), codec, warnings


def _bomless_utf16(data: bytes) -> str | None:
    # Mostly-ASCII UTF-16 has a NUL in every other byte.
    sample = data[: 4096 - len(data) % 2]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.6 * half > 6 * even:
        return "utf-16-le"
    return "utf-16-be" if even > 0.6 * half > 6 * odd else None


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    sample = data[: 256 * 1024]
    # Excel for Mac's "CSV (Macintosh)" ends lines with a bare CR and writes Mac Roman.
    cr_only = b"\r" in sample and b"\n" not in sample
    preferred = ("mac_roman", "cp1252") if cr_only else ("cp1252",)
    scored = []
    for rank, codec in enumerate(preferred):
        try:
            scored.append((mess_ratio(sample[:65_536].decode(codec), 1.0), rank, codec))
        except UnicodeDecodeError:
            continue
    best = from_bytes(sample).best()
    if scored:
        chaos, _, codec = min(scored)
        # charset-normalizer cannot tell Western code pages apart on short text; only a
        # clearly better reading (Cyrillic, Thai, ...) overrides the Windows default.
        if cr_only or best is None or chaos <= best.chaos + 0.1:
            return codec
    return best.encoding if best is not None else "cp1252"


def sniff_delimiter(text: str) -> str:
    """Pick `,`, `;` or tab: the one giving the most rows of one consistent width > 1."""
    sample = text[:65_536]
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in (",", ";", "\t"):
        try:
            rows = list(
                islice(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), 51)
            )
        except csv.Error:
            continue
        if len(text) > len(sample) and len(rows) > 1:
            rows.pop()  # may be cut mid-record
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        if widths:
            width, count = Counter(widths).most_common(1)[0]
            score = (width > 1, round(count / len(widths), 2), width)
            if score > best_score:
                best, best_score = delimiter, score
    return best if best_score[0] else ","  # one column: any separator will do


# UTF-8 text once read as Windows-1252 and saved again: "Ã©" for "é", "â€™" for "’".
_CONTINUATION = bytes(b for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
_MOJIBAKE = re.compile("[\u00c2-\u00f4][" + re.escape(_CONTINUATION.decode("cp1252")) + "]")


def repair_mojibake(s: str) -> str:
    """`s` with UTF-8 read as Windows-1252 undone; `s` itself (the same object) otherwise."""
    if s.isascii() or not _MOJIBAKE.search(s):
        return s
    try:
        return s.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return s
