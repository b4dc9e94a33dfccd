"""Receipt content, its digest, the QR text, and checking a printed receipt.

What a receipt says is fixed when it is issued: the content is stored as
canonical JSON and its SHA-256 digest is printed in the QR code. Printing
again rebuilds the same document from the stored content; `verify` takes
what a scanner reads from the QR code and checks it against the record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment import formatting
from inl_equipment.db.transactions import Handover, HandoverStatus
from inl_equipment.documents.receipt_data import Party, ReceiptData, ReceiptLine
from inl_equipment.i18n import Msg, Text

QR_PREFIX = "INL-RECEIPT"
DONOR_EN = "U.S. Embassy Vientiane, Bureau of International Narcotics and Law Enforcement (INL)"
DONOR_LO = "ສະຖານທູດສະຫະລັດອາເມລິກາ ປະຈຳນະຄອນຫຼວງວຽງຈັນ (INL)"


def canonical_json(content: dict[str, Any]) -> str:
    """The one JSON text of `content` (sorted keys, no spaces): what the digest covers."""
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest_of(content_json: str) -> str:
    """SHA-256 of the stored content, in hexadecimal."""
    return hashlib.sha256(content_json.encode("utf-8")).hexdigest()


def qr_text(number: str, digest: str) -> str:
    """Exactly what the QR code on the receipt encodes."""
    return f"{QR_PREFIX}|{number}|{digest}"


def parse_qr(text: str) -> tuple[str, str]:
    """(number, digest) from a scanned QR text; ValueError with a reason if malformed."""
    parts = text.strip().split("|")
    if len(parts) != 3 or parts[0] != QR_PREFIX:
        raise ValueError(
            Msg.translate("Receipts", "this is not the QR code of an INL Equipment Tracker receipt")
        )
    number, digest = parts[1].strip(), parts[2].strip().lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(
            Msg.translate("Receipts", "the QR code's digest is damaged (not 64 hexadecimal digits)")
        )
    return number, digest


def _party(data: dict[str, Any] | None) -> Party | None:
    """A signatory from stored content (None: nobody)."""
    return None if not data else Party(**data)


def receipt_from_content(
    content_json: str,
    *,
    copy: bool = False,
    void: bool = False,
    void_reason: str = "",
    page_size: str = "A4",
    national_heading: bool = True,
) -> ReceiptData:
    """The printable receipt for stored content (the same document every time)."""
    c = json.loads(content_json)
    lines = tuple(
        ReceiptLine(
            description=ln["description"],
            make_model=ln["make_model"],
            serial_number=ln["serial_number"],
            asset_tag=ln["asset_tag"],
            quantity=int(ln["quantity"]),
            unit=ln["unit"],
            unit_value=Decimal(ln["unit_value"]),
            condition=ln["condition"],
            # Receipts issued before Lao descriptions (revision 0008) have none.
            description_lo=ln.get("description_lo", ""),
        )
        for ln in c["lines"]
    )
    handed = _party(c["handed_over_by"])
    received = _party(c["received_by"])
    assert handed is not None and received is not None
    digest = digest_of(content_json)
    return ReceiptData(
        number=c["number"],
        kind=c["kind"],
        date=date.fromisoformat(c["date"]),
        donor_en=c["donor_en"],
        donor_lo=c["donor_lo"],
        recipient_en=c["recipient_en"],
        recipient_lo=c["recipient_lo"],
        location_en=c["location_en"],
        location_lo=c["location_lo"],
        province_en=c["province_en"],
        province_lo=c["province_lo"],
        handed_over_by=handed,
        received_by=received,
        witness=_party(c.get("witness")),
        remarks=c["remarks"],
        lines=lines,
        qr_text=qr_text(c["number"], digest),
        copy=copy,
        void=void,
        void_reason=void_reason,
        page_size=page_size,
        national_heading=national_heading,
    )


def receipt_for(
    session: Session,
    number: str,
    *,
    copy: bool = True,
    page_size: str = "A4",
    national_heading: bool | None = None,
) -> ReceiptData:
    """The stored receipt `number`, marked COPY (a reprint) and VOID when voided."""
    handover = session.scalar(select(Handover).where(Handover.number == number))
    if handover is None:
        raise LookupError(
            Msg.translate("Receipts", "no receipt numbered {number}").format(number=number)
        )
    content = json.loads(handover.content)
    if national_heading is None:
        national_heading = bool(content.get("recipient_lo") or content.get("donor_lo"))
    return receipt_from_content(
        handover.content,
        copy=copy,
        void=handover.status == HandoverStatus.VOID,
        void_reason=handover.void_reason,
        page_size=page_size,
        national_heading=national_heading,
    )


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a printed receipt matches the record, and why not.

    `message` is shown in the interface's language when read; `reason` is
    the same text rendered now.
    """

    matches: bool
    message: Text
    number: str = ""

    @property
    def reason(self) -> str:
        """Why (not), in the interface's language now."""
        return str(self.message)


def _lines_match(session: Session, handover: Handover, content: dict[str, Any]) -> bool:
    """Whether the stored lines still say what the receipt's content says."""
    # By item id, not asset tag: correcting a tag later must not fail a true receipt.
    stored = [(ln.get("item_id"), int(ln["quantity"]), ln["unit_value"]) for ln in content["lines"]]
    actual = [(ln.item_id, ln.quantity, str(ln.unit_value)) for ln in handover.lines]
    return stored == actual


def _mismatch(session: Session, handover: Handover, digest: str) -> Msg | None:
    """Why the record or the printout of `handover` cannot be trusted (None: both sound)."""
    number = handover.number
    if digest_of(handover.content) != handover.digest:
        return Msg.translate(
            "Receipts", "the record of {number} was changed after it was issued"
        ).format(number=number)
    if not _lines_match(session, handover, json.loads(handover.content)):
        return Msg.translate(
            "Receipts", "the items recorded for {number} no longer match its receipt"
        ).format(number=number)
    if digest != handover.digest:
        return Msg.translate(
            "Receipts",
            "this printout of {number} does not match the record "
            "(its content differs from what was issued)",
        ).format(number=number)
    return None


def verify(session: Session, scanned: str) -> Verdict:
    """Check the text read from a receipt's QR code against the register."""
    try:
        number, digest = parse_qr(scanned)
    except ValueError as exc:
        return Verdict(False, exc.args[0] if exc.args else str(exc))
    handover = session.scalar(select(Handover).where(Handover.number == number))
    if handover is None:
        return Verdict(
            False,
            Msg.translate("Receipts", "no receipt numbered {number} is on record").format(
                number=number
            ),
            number,
        )
    problem = _mismatch(session, handover, digest)
    if problem is not None:
        return Verdict(False, problem, number)
    if handover.status == HandoverStatus.VOID:
        if handover.voided_at:
            void = Msg.translate(
                "Receipts", "{number} matches the record but was VOIDED on {date}: {reason}"
            ).format(date=formatting.day(handover.voided_at.date()))
        else:
            void = Msg.translate("Receipts", "{number} matches the record but was VOIDED: {reason}")
        return Verdict(False, void.format(number=number, reason=handover.void_reason), number)
    # The count is a plain name: lupdate skips a call whose count is an expression.
    n = handover.item_count
    matched = Msg.translate(
        "Receipts", "{number} matches the record: {count} item(s), dated {date}", None, n
    )
    return Verdict(
        True,
        matched.format(
            number=number, count=formatting.number(n), date=formatting.day(handover.date)
        ),
        number,
    )
