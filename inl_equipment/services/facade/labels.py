"""`register.labels`: asset labels (QR code and Code 128 of each tag) as PDF sheets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select

from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.documents.asset_label_layouts import LayoutError, Offset, layout_named
from inl_equipment.i18n import Msg
from inl_equipment.interchange.atomic_files import write_bytes_atomically
from inl_equipment.services import asset_labels
from inl_equipment.services.asset_labels import DonorLine
from inl_equipment.services.facade.base import Context

#: A logo is a small picture; a larger file is surely the wrong one.
LOGO_MAX_BYTES = 2 * 2**20
_LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


class LabelsApi:
    """Asset labels of the register behind a context."""

    def __init__(self, ctx: Context) -> None:
        """Labels of the register behind `ctx`."""
        self._ctx = ctx

    def donor_line(self) -> DonorLine:
        """The donor line every label carries (English and Lao)."""
        with self._ctx.db.read() as s:
            return asset_labels.donor_line(s)

    def set_donor_line(self, english: str, lao: str) -> None:
        """Keep a new donor line for the register's labels (`ValidationError` if too long)."""
        with self._ctx.db.write() as s:
            asset_labels.set_donor_line(s, DonorLine(english, lao), self._ctx.operator)

    def handover_items(self, number: str) -> list[int]:
        """The items on receipt `number`, in its line order."""
        with self._ctx.db.read() as s:
            stmt = (
                select(HandoverLine.item_id)
                .join(Handover, HandoverLine.handover_id == Handover.id)
                .where(Handover.number == number)
                .order_by(HandoverLine.id)
            )
            return list(dict.fromkeys(s.scalars(stmt)))

    def write_labels(
        self,
        item_ids: Sequence[int],
        target: Path,
        layout: str,
        start: int = 1,
        offset: Offset | None = None,
        logo: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Write one label per item to the PDF `target`; returns how many were printed.

        `progress(done, total)` follows the sheets; what it raises stops the work
        and nothing is written.
        """
        chosen = layout_named(layout)
        picture = read_logo(logo) if logo is not None else None
        with self._ctx.db.read() as s:
            labels = asset_labels.label_data(s, item_ids, picture)
        if not labels:
            raise LayoutError(Msg.translate("Labels", "No item to print a label for."))
        from inl_equipment.documents.asset_labels_pdf import build_labels_pdf  # ReportLab

        data = build_labels_pdf(labels, chosen, start, offset, progress)
        write_bytes_atomically(target, data)
        return len(labels)

    def write_alignment_page(self, target: Path, layout: str, offset: Offset | None = None) -> None:
        """Write the alignment page of `layout` (label outlines, as calibrated) to `target`."""
        chosen = layout_named(layout)
        from inl_equipment.documents.asset_labels_pdf import build_alignment_page  # ReportLab

        write_bytes_atomically(target, build_alignment_page(chosen, offset))


def read_logo(path: Path) -> bytes:
    """The bytes of a PNG or JPEG logo; `LayoutError` saying why another file is refused."""
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size <= LOGO_MAX_BYTES else b""
    except OSError as exc:
        raise LayoutError(
            Msg.translate("Labels", "The logo {name} cannot be read ({reason}).").format(
                name=path.name, reason=exc.strerror or type(exc).__name__
            )
        ) from None
    if not data:
        raise LayoutError(
            Msg.translate("Labels", "The logo {name} is empty or larger than 2 MB.").format(
                name=path.name
            )
        )
    if not data.startswith(_LOGO_MAGIC):
        raise LayoutError(
            Msg.translate("Labels", "The logo {name} is not a PNG or JPEG picture.").format(
                name=path.name
            )
        )
    return data
