"""Count what a workbook holds, streaming its XML, before openpyxl builds anything.

openpyxl reads every shared text into a list up front and every cell into a
Python object: a small, well-compressed workbook with millions of them takes
minutes and gigabytes before the first row is seen. The sheets and the shared
texts are therefore read here first, a megabyte at a time (memory stays at a
few megabytes whatever the file holds), counting cells, rows, shared texts and
characters of text, and the workbook is refused as soon as one count passes
what a register import can need (`ReadLimits`):

- cells over all sheets: `max_xlsx_cells`; rows of one sheet: `max_declared_rows`;
- shared texts: `max_shared_strings`, and never more than the sheets have cells
  (plus `shared_strings_slack`): each text is there for a cell;
- characters of text (outside the XML tags, spaces aside): `max_text_chars`
  (counted only when the parts declare more bytes than that: fewer cannot hold it);
- one unbroken text: `max_cell_chars` (bytes are counted, up to 4 per character).

The counts are of XML elements and bytes, not of parsed values: cheap, and
never below the truth that openpyxl would build.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from inl_equipment.formatting import number
from inl_equipment.i18n import Msg
from inl_equipment.interchange.raw_table import ReadError, ReadLimits

_CHUNK = 1 << 20
# Element starts, with or without a namespace prefix ("<c ", "<x:c>", "<si>").
# Cells and rows in one pass over the sheet: the name of each is kept, and counted.
_CELL_OR_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(c|row)[\s/>]")
_SHARED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
# The text runs after each tag: a fifth of the time of deleting every tag, the same count.
_TEXT_RUN = re.compile(rb">([^<]+)")
# What does not count as a character: UTF-8 continuation bytes and spacing between tags.
_NOT_CHARS = bytes(range(0x80, 0xC0)) + b" \t\r\n"
_SHEET_PATH = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
_RELATIONSHIP = re.compile(r"<(?:\w+:)?Relationship\b[^>]*>", re.IGNORECASE)
_OVERRIDE = re.compile(r"<(?:\w+:)?Override\b[^>]*>", re.IGNORECASE)
_SMALL_PART = 1 << 20  # the workbook's relationships and content types are a few kB


@dataclass(slots=True)
class _Counts:
    cells: int = 0
    shared: int = 0
    chars: int = 0
    # False when the parts hold fewer bytes than the text limit: their text cannot
    # pass it, so its characters need not be counted (most workbooks).
    count_chars: bool = True


def scan_workbook(zf: zipfile.ZipFile, limits: ReadLimits, name: str) -> None:
    """Raise `ReadError` when the sheets or shared texts of `zf` hold more than `limits`."""
    sheets, shared = _parts(zf)
    # The declared sizes bound what is read: zipfile stops a part at its declared size.
    declared = sum(i.file_size for i in (*sheets, *shared))
    counts = _Counts(count_chars=declared > limits.max_text_chars)
    for info in sheets:
        with zf.open(info) as stream:
            _scan_sheet(stream, counts, limits, name)
    # Each shared text is there for a cell that shows it.
    allowed = min(limits.max_shared_strings, counts.cells + limits.shared_strings_slack)
    for info in shared:
        with zf.open(info) as stream:
            _scan_shared(stream, counts, allowed, limits, name)


def _parts(zf: zipfile.ZipFile) -> tuple[list[zipfile.ZipInfo], list[zipfile.ZipInfo]]:
    """The sheets and shared-text parts openpyxl would read, by name, relationship and type."""
    infos = {i.filename: i for i in zf.infolist()}
    sheet_names = {n for n in infos if _SHEET_PATH.fullmatch(n)}
    shared_names = {n for n in infos if n.lower().endswith("sharedstrings.xml")}
    for tag in _RELATIONSHIP.findall(_small_text(zf, infos.get("xl/_rels/workbook.xml.rels"))):
        target = _attribute(tag, "Target")
        kind = _attribute(tag, "Type").rsplit("/", 1)[-1].lower()
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if kind == "worksheet":
            sheet_names.add(path)
        elif kind == "sharedstrings":
            shared_names.add(path)
    for tag in _OVERRIDE.findall(_small_text(zf, infos.get("[Content_Types].xml"))):
        if "sharedStrings" in _attribute(tag, "ContentType"):
            shared_names.add(_attribute(tag, "PartName").lstrip("/"))
    return (
        [infos[n] for n in sorted(sheet_names) if n in infos],
        [infos[n] for n in sorted(shared_names) if n in infos],
    )


def _small_text(zf: zipfile.ZipFile, info: zipfile.ZipInfo | None) -> str:
    if info is None or info.file_size > _SMALL_PART:
        return ""
    return zf.read(info).decode("utf-8", "replace")


def _attribute(tag: str, attr: str) -> str:
    m = re.search(rf"\b{attr}\s*=\s*[\"']([^\"']*)[\"']", tag)
    return m.group(1) if m else ""


def _pieces(stream: IO[bytes], limits: ReadLimits, name: str) -> Iterator[bytes]:
    """The part's bytes in pieces that start at a `<` and end before one.

    So no tag is ever cut in two, and a text longer than a cell may be (4 bytes
    a character at most) is caught without holding it.
    """
    longest = 4 * limits.max_cell_chars + 64
    carry = b""
    while data := stream.read(_CHUNK):
        buf = carry + data
        cut = buf.rfind(b"<")
        if cut > 0:
            yield buf[:cut]
            buf = buf[cut:]
        if len(buf) > longest:
            raise _too_long(limits, name)
        carry = buf
    if carry:
        yield carry


def _text_chars(piece: bytes, limits: ReadLimits, name: str, count: bool = True) -> int:
    """Characters of text in `piece` (0 unless `count`); `ReadError` for one text too long."""
    longest = 4 * limits.max_cell_chars + 64
    if len(piece) > longest and max(map(len, piece.split(b"<"))) > longest:
        raise _too_long(limits, name)
    if not count:
        return 0
    first = piece.find(b"<")
    before = piece if first < 0 else piece[:first]  # text before the first tag, if any
    runs = b"".join([before, *_TEXT_RUN.findall(piece, max(first, 0))])
    return len(runs.translate(None, _NOT_CHARS))


def _scan_sheet(stream: IO[bytes], counts: _Counts, limits: ReadLimits, name: str) -> None:
    rows = 0
    for piece in _pieces(stream, limits, name):
        names = _CELL_OR_ROW.findall(piece)
        found_rows = names.count(b"row")
        counts.cells += len(names) - found_rows
        rows += found_rows
        counts.chars += _text_chars(piece, limits, name, counts.count_chars)
        if counts.cells > limits.max_xlsx_cells:
            raise ReadError(
                Msg.translate(
                    "Import",
                    "{name} was refused: its sheets hold more than {limit} cells;"
                    " a register needs far fewer.",
                ).format(name=name, limit=number(limits.max_xlsx_cells))
            )
        if rows > limits.max_declared_rows:
            raise ReadError(
                Msg.translate(
                    "Import", "{name} was refused: a sheet holds more than {limit} rows."
                ).format(name=name, limit=number(limits.max_declared_rows))
            )
        _check_chars(counts, limits, name)


def _scan_shared(
    stream: IO[bytes], counts: _Counts, allowed: int, limits: ReadLimits, name: str
) -> None:
    for piece in _pieces(stream, limits, name):
        counts.shared += len(_SHARED.findall(piece))
        counts.chars += _text_chars(piece, limits, name, counts.count_chars)
        if counts.shared > allowed:
            raise ReadError(
                Msg.translate(
                    "Import",
                    "{name} was refused: it holds more than {limit} shared texts for"
                    " {cells} cells; it is not a normal register workbook.",
                ).format(name=name, limit=number(allowed), cells=number(counts.cells))
            )
        _check_chars(counts, limits, name)


def _check_chars(counts: _Counts, limits: ReadLimits, name: str) -> None:
    if counts.chars > limits.max_text_chars:
        raise ReadError(
            Msg.translate(
                "Import", "{name} was refused: it holds more than {limit} characters of text."
            ).format(name=name, limit=number(limits.max_text_chars))
        )


def _too_long(limits: ReadLimits, name: str) -> ReadError:
    return ReadError(
        Msg.translate(
            "Import", "{name} was refused: a cell holds more than {limit} characters."
        ).format(name=name, limit=number(limits.max_cell_chars))
    )
