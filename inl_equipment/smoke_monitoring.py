"""The smoke test's document steps: monitoring documents, labels, photos, the dashboard.

Run by `inl-equipment --smoke-test` (`smoke.py`), also in the frozen build, so
that a module or data file the build left out shows there, not at a desk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select

from inl_equipment.db.models import Item
from inl_equipment.db.monitoring import Disposal, Incident
from inl_equipment.smoke import SmokeError


class MonitoringSmokeError(SmokeError):
    """A monitoring document was made, but it is wrong."""


def _pdf(data: bytes, what: str) -> None:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise MonitoringSmokeError(f"{what} is not a complete PDF")


def _busiest_site(state: Any) -> int:
    with state.register.db.read() as s:
        rows = s.execute(select(Item.location_id).where(Item.location_id.is_not(None))).all()
    counts: dict[int, int] = {}
    for (loc,) in rows:
        counts[loc] = counts.get(loc, 0) + 1
    return max(counts, key=counts.__getitem__)


def _checklist(state: Any) -> str:
    """A site's checklist as PDF and XLSX; the XLSX planned back as an inspection."""
    checklists = state.register.checklists
    data = checklists.for_site(_busiest_site(state), date.today())
    pdf, xlsx = state.folder / "checklist.pdf", state.folder / "checklist.xlsx"
    checklists.write([data], pdf)
    checklists.write([data], xlsx)
    _pdf(pdf.read_bytes(), "the checklist")
    plan = checklists.plan(xlsx, date.today())
    if plan.problems or len(plan.rows) != len(data.rows):
        raise MonitoringSmokeError(f"the checklist reads back wrong: {plan.problems[:1]}")
    return f"{len(data.rows)} items; PDF and XLSX, read back"


def _eum_report(state: Any) -> str:
    """The EUM report of last year as PDF and XLSX."""
    year = date.today().year - 1
    monitoring = state.register.monitoring
    report = monitoring.eum_report(date(year, 1, 1), date(year, 12, 31))
    monitoring.write_eum_report(report, state.folder / "eum.pdf")
    monitoring.write_eum_report(report, state.folder / "eum.xlsx")
    _pdf((state.folder / "eum.pdf").read_bytes(), "the EUM report")
    return f"{year}: {report.totals.checked} checked of {report.totals.held} held"


def _records(state: Any) -> str:
    """An incident report and a disposal certificate of the sample data."""
    with state.register.db.read() as s:
        incident = s.scalar(select(Incident.number).limit(1))
        disposal = s.scalar(select(Disposal.number).limit(1))
    if incident is None or disposal is None:
        raise MonitoringSmokeError("the sample data has no incident or no disposal")
    docs = state.register.monitoring_documents
    _pdf(docs.incident_pdf(incident), "the incident report")
    _pdf(docs.disposal_pdf(disposal), "the disposal certificate")
    return f"{incident}, {disposal}"


def _labels(state: Any) -> str:
    """A sheet of asset labels (its QR and Code 128 drawing, which a build may leave out)."""
    with state.register.db.read() as s:
        ids = list(s.scalars(select(Item.id).order_by(Item.id).limit(16)))
    target = state.folder / "labels.pdf"
    count = state.register.labels.write_labels(ids, target, "L7163", start=3)
    _pdf(target.read_bytes(), "the asset labels")
    if count != len(ids):
        raise MonitoringSmokeError(f"{count} labels printed for {len(ids)} items")
    return f"{count} labels on L7163"


def _photo(state: Any) -> str:
    """An item photo kept and its thumbnail made (Pillow's decoders must travel)."""
    import io

    from PIL import Image

    picture = Image.new("RGB", (640, 480), (40, 90, 160))
    source = state.folder / "photo.jpg"
    picture.save(source, "JPEG")
    with state.register.db.read() as s:
        item = s.scalar(select(Item.id).order_by(Item.id).limit(1))
    page = state.register.item_page
    stored = page.add_photo(item, source)
    with Image.open(io.BytesIO(page.thumbnail(stored.name, 120))) as thumb:
        size = thumb.size
    if max(size) != 120:
        raise MonitoringSmokeError(f"the thumbnail is {size[0]}x{size[1]}, not 120 across")
    return f"{stored.name[:12]}… kept, thumbnail {size[0]}x{size[1]}"


def _dashboard_summary(state: Any) -> str:
    """The dashboard's figures and its one-page PDF summary (ReportLab's charts)."""
    from inl_equipment.services.dashboard_figures import compute

    today = date.today()
    figures = compute(state.register.items.snapshot(), today)
    records = state.register.dashboard.records(today)
    target = state.folder / "dashboard.pdf"
    state.register.dashboard.write_summary(target, figures, records, "smoke test", today)
    _pdf(target.read_bytes(), "the dashboard summary")
    return f"{figures.total.count} items, {len(records.handed_over_by_year)} year(s) of receipts"


def _lao_words(state: Any) -> str:
    """ICU's Lao word breaker (a library the build must carry)."""
    from inl_equipment.lao_breaks import lao_words

    words = [w for w in lao_words("ສະບາຍດີປະເທດລາວ") if w.strip()]
    if words != ["ສະບາຍດີ", "ປະເທດ", "ລາວ"]:
        raise MonitoringSmokeError(f"Lao words were not found: {words}")
    return f"{len(words)} words"


STEPS: list[tuple[str, Callable[[Any], str]]] = [
    ("field checklist", _checklist),
    ("EUM report", _eum_report),
    ("incident report and disposal certificate", _records),
    ("asset labels", _labels),
    ("item photo and thumbnail", _photo),
    ("dashboard summary", _dashboard_summary),
    ("Lao word breaks (ICU)", _lao_words),
]
