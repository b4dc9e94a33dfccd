"""The handover register as a landscape A4 PDF: one row a receipt, totals, certification.

A void receipt's number is struck through and its row says "VOID", the day and the
reason, and the receipt that replaced it; the reissue says which receipt it
replaced. The totals count issued receipts only, by kind; void receipts are counted
on their own. Printed in the interface's language (context "ReportLabels"), the
parties' and places' Lao names under their English ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer

from inl_equipment.documents.fonts import paragraph
from inl_equipment.documents.inventory_style import styles
from inl_equipment.documents.labels import Bilingual
from inl_equipment.documents.report_pages import (
    WIDTH,
    ReportMeta,
    bold,
    build_report_pdf,
    cell,
    data_table,
    header_cells,
    right,
    title_block,
)
from inl_equipment.formatting import day, local_time, money, number
from inl_equipment.i18n import translate
from inl_equipment.services.handover_register import (
    HandoverRegister,
    Party,
    RegisterEntry,
    register_title,
)
from inl_equipment.services.vocabulary import handover_kind_label

STATEMENT = Bilingual.translate(
    "ReportLabels",
    "I certify that this register of handovers, returns and transfers is true and complete "
    "as of {date}.",
)
# Receipt, date, kind, from, to, location, items, value; the notes take the rest.
_WIDTHS = (64.0, 48.0, 46.0, 132.0, 132.0, 118.0, 34.0, 64.0)


def meta_of(register: HandoverRegister) -> ReportMeta:
    """The page furniture of `register`."""
    return ReportMeta(
        register_title(), register.generated_at, register.operator, register.period.in_words()
    )


def _party(party: Party) -> Any:
    if party.donor:  # the same on every row: its full name is in the letterhead
        return cell(party.short)
    below = party.full if party.full != party.short else ""
    if party.lao:
        below = f"{below}\n{party.lao}" if below else party.lao
    return cell(party.short, sub=below)


def notes(entry: RegisterEntry) -> str:
    """What the last column says: VOID with its day and reason, and the reissue links."""
    parts = []
    if entry.void:
        when = local_time(entry.voided_at)[:10] if entry.voided_at else ""
        parts.append(
            translate("ReportLabels", "VOID {day}: {reason}").format(
                day=when, reason=entry.void_reason
            )
        )
        if entry.replaced_by:
            parts.append(
                translate("ReportLabels", "Replaced by {number}").format(number=entry.replaced_by)
            )
    if entry.reissue_of:
        parts.append(
            translate("ReportLabels", "Reissue of {number}").format(number=entry.reissue_of)
        )
    return "\n".join(parts)


def _row(entry: RegisterEntry) -> list[Any]:
    void = entry.void
    return [
        cell(entry.number, "group" if not void else "small", strike=void),
        cell(day(entry.date), strike=void),
        cell(handover_kind_label(entry.kind)),
        _party(entry.giver),
        _party(entry.taker),
        cell(entry.location, sub=entry.location_lo),
        right(number(entry.items)),
        right(money(entry.value)),
        cell(notes(entry), "group" if void else "small"),
    ]


def _entries_table(register: HandoverRegister) -> Flowable:
    titles = [
        translate("ReportLabels", "Receipt"),
        translate("ReportLabels", "Date"),
        translate("ReportLabels", "Kind"),
        translate("ReportLabels", "From"),
        translate("ReportLabels", "To"),
        translate("ReportLabels", "Location"),
        translate("ReportLabels", "Items"),
        translate("ReportLabels", "Value (USD)"),
        translate("ReportLabels", "Void / reissue"),
    ]
    head = header_cells(titles, 6)
    head[-1] = header_cells(titles, 99)[-1]  # the notes are text, left-aligned
    rows = [head, *(_row(e) for e in register.entries)]
    if not register.entries:
        rows.append([cell(translate("ReportLabels", "No receipt in this period.")), *[""] * 8])
    return data_table(rows, [*_WIDTHS, WIDTH - sum(_WIDTHS)])


def _totals_table(register: HandoverRegister) -> Flowable:
    titles = [
        translate("ReportLabels", "Kind"),
        translate("ReportLabels", "Receipts"),
        translate("ReportLabels", "Items"),
        translate("ReportLabels", "Value (USD)"),
    ]
    rows: list[list[Any]] = [header_cells(titles, 1)]
    for k in register.by_kind:
        rows.append(
            [
                cell(handover_kind_label(k.kind)),
                right(number(k.receipts)),
                right(number(k.items)),
                right(money(k.value)),
            ]
        )
    rows.append(
        [
            bold(translate("ReportLabels", "Total issued")),
            right(number(register.receipts), True),
            right(number(register.items), True),
            right(money(register.value), True),
        ]
    )
    rows.append(
        [
            bold(translate("ReportLabels", "Void receipts (not counted above)")),
            right(number(register.void_count), True),
            "",
            "",
        ]
    )
    return data_table(rows, [200.0, 70.0, 70.0, 90.0], totals=2)


def summary_line(register: HandoverRegister) -> str:
    """ "Receipts issued: 12 · Items: 40 · Total value: $1,234.50 · Void: 1"."""
    return translate(
        "ReportLabels",
        "Receipts issued: {receipts} · Items: {items} · Total value: {value} · Void: {void}",
    ).format(
        receipts=number(register.receipts),
        items=number(register.items),
        value=money(register.value),
        void=number(register.void_count),
    )


def build_handover_register_pdf(
    register: HandoverRegister, target: str | Path | BinaryIO | None = None
) -> bytes | None:
    """Lay out the register; write it to `target` or return the bytes."""
    st = styles()
    body: list[Flowable] = [
        *title_block(meta_of(register), [summary_line(register)]),
        _entries_table(register),
        Spacer(1, 10),
        KeepTogether(
            [
                paragraph(translate("ReportLabels", "Totals"), st["heading"]),
                _totals_table(register),
            ]
        ),
    ]
    return build_report_pdf(meta_of(register), body, STATEMENT, target)
