"""The incident report and the disposal certificate, and files kept with monitoring records.

Records are made through the services on a demo register (an incident opened
by hand and one by an inspection's "stolen", a disposal of sold items), both
PDFs rendered and read back with pypdf (numbers, tags, Lao labels, footers on
every page), long texts in every field always render (whole or marked), pages
are rendered as pictures with pdftoppm; attachments go to each kind of record
and the same files as a handover's are refused with nothing stored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from inl_equipment.db.models import Item, ItemStatus
from inl_equipment.db.monitoring import CheckResult, Incident
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.documents.disposal_pdf import build_disposal_certificate
from inl_equipment.documents.incident_pdf import build_incident_report
from inl_equipment.documents.labels import LABELS, Bilingual
from inl_equipment.documents.monitoring_data import (
    DisposalCertificateData,
    DisposalLineData,
    FoundAt,
    IncidentReportData,
    ItemFacts,
    LastReceipt,
    Words,
)
from inl_equipment.documents.monitoring_labels import MLABELS, en_lo
from inl_equipment.documents.monitoring_pdf import MOST_WITNESS_BLOCKS
from inl_equipment.i18n import lookup
from inl_equipment.services import attachments
from inl_equipment.services import monitoring_documents as md
from inl_equipment.services.disposals import DisposalInput, record_disposal
from inl_equipment.services.facade.monitoring_documents import MonitoringDocumentsApi
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.incidents import IncidentInput, close_incident, open_incident
from inl_equipment.services.inspections import InspectionInput, ResultInput, record_inspection
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.record_attachments import RECORD_KINDS
from inl_equipment.services.register import Register
from tests.unit.test_attach_refusals import CASES, PNG, _state, issue
from tests.unit.test_long_text_pdfs import NAMED, long_texts, printed, read_back, squash

MARK = "(continued in the register)"
WHEN = date(2025, 6, 3)
PDF = b"%PDF-1.4\n" + bytes(40)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def docs(register: Register) -> MonitoringDocumentsApi:
    return register.monitoring_documents


@dataclasses.dataclass(frozen=True)
class Thing:
    """What the tests need of an item, read while its session is open."""

    id: int
    asset_tag: str
    serial_number: str
    location_id: int | None
    unit_value: Decimal
    quantity: int


def thing(item: Item) -> Thing:
    return Thing(
        item.id,
        item.asset_tag,
        item.serial_number,
        item.location_id,
        item.unit_value,
        item.quantity,
    )


def items_with(register: Register, status: str, n: int = 1) -> list[Thing]:
    with register.db.read() as s:
        stmt = select(Item).where(Item.status == status).order_by(Item.id).limit(n)
        return [thing(i) for i in s.scalars(stmt)]


def received_item(register: Register) -> Thing:
    """An item in stock, now handed over on a receipt (so its custody has a receipt)."""
    number = issue(register)
    with register.db.read() as s:
        item_id = s.scalar(
            select(HandoverLine.item_id).join(Handover).where(Handover.number == number)
        )
        item = s.get(Item, item_id)
        assert item is not None
        return thing(item)


def an_incident(register: Register, item_id: int, **kw: str) -> str:
    data = IncidentInput(
        item_id=item_id,
        when=WHEN,
        kind=kw.get("kind", "stolen"),
        place=kw.get("place", "Parking lot of the Thanaleng border post"),
        reported_by=kw.get("reported_by", "Capt. Somphone Keola"),
        report_ref=kw.get("report_ref", "POL-VTE-2025/118"),
        remark=kw.get("remark", "Taken from a locked vehicle overnight."),
    )
    with register.db.write() as s:
        return open_incident(s, data, "Tester")


def a_disposal(register: Register, item_ids: list[int], **kw: str) -> str:
    data = DisposalInput(
        when=WHEN,
        method=kw.get("method", "sold"),
        item_ids=item_ids,
        detail=kw.get("detail", "Public auction at the Ministry yard."),
        approval_ref=kw.get("approval_ref", "INL/VTE/2025-044"),
        witnesses=kw.get("witnesses", "Mr. Bounmy Sayavong; Ms. Jane Roe\nLt. Khamla Inthavong"),
        prices={i: Decimal("12.50") * (n + 1) for n, i in enumerate(item_ids)},
    )
    with register.db.write() as s:
        return record_disposal(s, data, "Tester")


# --- the incident report -------------------------------------------------------------------


def test_incident_report_prints_the_record_the_item_and_its_last_receipt(
    register: Register,
) -> None:
    item = received_item(register)
    number = an_incident(register, item.id)
    pdf = docs(register).incident_pdf(number)
    pages = page_texts(pdf)
    text = "\n".join(pages)
    flat = squash(text)
    for expected in (
        number,
        item.asset_tag,
        item.serial_number,
        "POL-VTE-2025/118",
        "Capt. Somphone Keola",
        "Thanaleng border post",
        "Taken from a locked vehicle overnight.",
        "Stolen",
        "Open",
        "3 June 2025 (03/06/2025)",
        MLABELS.title_incident.en,
        MLABELS.reporting_officer.en,
        MLABELS.programme_officer.en,
    ):
        assert squash(expected) in flat, expected
    with register.db.read() as s:
        data = md.incident_report_data(s, number)
    assert data.last_receipt is not None and data.last_receipt.number in text
    assert data.item.holder.en and squash(data.item.holder.en) in flat
    assert data.item.holder.lo and squash(data.item.holder.lo) in flat  # Lao names, shaped
    assert data.last_receipt.kind.lo and squash(data.last_receipt.kind.lo) in flat
    assert data.item.status.en == "Stolen"
    # Labels a receipt shares carry their Lao already: it extracts as text (shaped glyphs map back).
    for label in (LABELS.asset_tag, LABELS.serial_number, LABELS.date, LABELS.signature):
        assert label.lo and squash(label.lo) in flat, label.en
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page and number in page


def test_an_incident_from_an_inspection_names_it_and_closing_shows(register: Register) -> None:
    item = items_with(register, ItemStatus.HANDED_OVER.value)[0]
    assert item.location_id is not None
    data = InspectionInput(
        when=WHEN,
        location_id=item.location_id,
        inspectors="Jane Doe, Souksavanh P.",
        results=[ResultInput(item.id, CheckResult.STOLEN.value, remark="Rack empty")],
    )
    with register.db.write() as s:
        inspection = record_inspection(s, data, "Tester")
        number = s.scalar(select(Incident.number).where(Incident.item_id == item.id))
        assert number is not None
        close_incident(s, number, "written_off", date(2025, 9, 1), "Not found.", "Tester")
    with register.db.read() as s:
        report = md.incident_report_data(s, number)
    assert report.found_at is not None and report.found_at.number == inspection
    assert report.last_receipt is None or report.last_receipt.number
    text = squash("\n".join(page_texts(docs(register).incident_pdf(number))))
    for expected in (inspection, "Jane Doe, Souksavanh P.", "Rack empty", "Closed: written off"):
        assert squash(expected) in text, expected
    assert squash("1 September 2025") in text


def test_an_item_never_on_a_receipt_says_so(register: Register) -> None:
    with register.db.read() as s:
        on_receipts = set(s.scalars(select(HandoverLine.item_id)))
        item = next(
            thing(i)
            for i in s.scalars(select(Item).where(Item.status == ItemStatus.IN_STOCK.value))
            if i.id not in on_receipts
        )
    number = an_incident(register, item.id, kind="lost")
    text = squash("\n".join(page_texts(docs(register).incident_pdf(number))))
    assert squash(MLABELS.no_receipt.en) in text


# --- the disposal certificate ------------------------------------------------------------------


def test_disposal_certificate_prints_items_totals_and_a_block_per_witness(
    register: Register,
) -> None:
    items = items_with(register, ItemStatus.IN_STOCK.value, 3)
    number = a_disposal(register, [i.id for i in items])
    pages = page_texts(docs(register).disposal_pdf(number))
    text = "\n".join(pages)
    flat = squash(text)
    for item in items:
        assert squash(item.asset_tag) in flat and squash(item.serial_number) in flat
    total = sum((i.unit_value * i.quantity for i in items), Decimal(0))
    for expected in (
        number,
        "INL/VTE/2025-044",
        "Public auction at the Ministry yard.",
        "Sold",
        "$12.50",
        "$25.00",
        "$37.50",
        "$75.00",  # the sale total
        f"${total:,.2f}",
        MLABELS.title_disposal.en,
        MLABELS.approving_officer.en,
    ):
        assert squash(expected) in flat, expected
    for name in ("Mr. Bounmy Sayavong", "Ms. Jane Roe", "Lt. Khamla Inthavong"):
        # Once in the witnesses row, once in the signature block.
        assert flat.count(squash(name)) == 2, name
    assert flat.count(squash(LABELS.witness.en)) >= 3
    assert LABELS.witness.lo and squash(LABELS.witness.lo) in flat
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page and number in page


def test_method_words_are_english_and_the_lao_of_the_catalogue(register: Register) -> None:
    items = items_with(register, ItemStatus.IN_STOCK.value, 1)
    number = a_disposal(register, [items[0].id], method="returned")
    with register.db.read() as s:
        data = md.disposal_certificate_data(s, number)
    assert data.method.en == "Returned to the donor"
    assert data.method.lo == lookup("lo", "DisposalMethod", "Returned to the donor")


def test_witness_names_split_on_lines_and_semicolons() -> None:
    assert md.witness_names(" A  B ;\n\nC;;D \n") == ("A B", "C", "D")
    assert md.witness_names("") == ()


def test_many_witnesses_and_many_lines_span_pages_with_the_header_each_page() -> None:
    names = tuple(f"Witness number {n}" for n in range(30))
    lines = tuple(
        DisposalLineData(
            f"INL-25-{n:06d}", f"SN{n:08d}", "Handheld radio", 1, "each", Decimal("310.00"), None
        )
        for n in range(150)
    )
    data = dataclasses.replace(disposal_data(), witnesses=names, lines=lines)
    pages = page_texts(build_disposal_certificate(data))
    assert len(pages) >= 3
    flat = squash("\n".join(pages))
    assert all(squash(line.asset_tag) in flat for line in lines)
    assert "$46,500.00" in flat  # 150 x $310.00
    # Every name in the witnesses row; a signature block for the first few only.
    assert flat.count(squash(LABELS.witness.en + LABELS.name.en)) <= MOST_WITNESS_BLOCKS
    assert all(squash(n) in flat for n in names)
    for page in pages:
        assert squash(LABELS.asset_tag.en) in squash(page)


def test_no_such_record(register: Register) -> None:
    with pytest.raises(NotFoundError):
        docs(register).incident_pdf("IN-1999-0001")
    with pytest.raises(NotFoundError):
        docs(register).disposal_pdf("DS-1999-0001")


def test_untranslated_labels_print_english_alone() -> None:
    assert en_lo(Bilingual("Where", "")) == "Where"
    assert en_lo(Bilingual("Where", "ບ່ອນ")) == "Where / ບ່ອນ"
    for label in (MLABELS.reported_by, MLABELS.title_incident):
        assert en_lo(label) == (label.joined() if label.lo else label.en)
    text = "\n".join(page_texts(build_incident_report(incident_data())))
    assert not any(line.rstrip().endswith(" /") for line in text.splitlines())
    assert "/ :" not in text and "/:" not in text.replace("https:/", "")


# --- long texts -------------------------------------------------------------------------------


def item_facts(**kw: object) -> ItemFacts:
    base = ItemFacts(
        asset_tag="INL-25-000042",
        serial_number="5TDZA23C06S123456",
        description="Toyota Hilux double cab",
        make_model="Toyota Hilux",
        category=Words("Vehicles", "ຍານພາຫະນະ"),
        quantity=1,
        unit="each",
        unit_value=Decimal("32500.00"),
        status=Words("Stolen"),
        holder=Words("Lao Customs Department", "ກົມພາສີ"),
        location=Words("Thanaleng border post", "ດ່ານທ່ານາແລ້ງ"),
        province=Words("Vientiane Capital", "ນະຄອນຫຼວງວຽງຈັນ"),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def incident_data(**kw: object) -> IncidentReportData:
    base = IncidentReportData(
        number="IN-2025-0007",
        date=WHEN,
        kind=Words("Stolen"),
        place="Thanaleng",
        reported_by="Capt. Somphone",
        report_ref="POL-1",
        status=Words("Open"),
        closed_date=None,
        remark="",
        item=item_facts(),
        found_at=FoundAt("EU-2025-0003", WHEN, Words("Thanaleng"), "Jane Doe", Words("Stolen"), ""),
        last_receipt=LastReceipt(
            "HR-2024-0012", Words("Handover Receipt"), date(2024, 2, 1), Words("Customs"), "Mr. K"
        ),
        recorded_by="Tester",
        donor=Words("INL"),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def disposal_data(**kw: object) -> DisposalCertificateData:
    base = DisposalCertificateData(
        number="DS-2025-0002",
        date=WHEN,
        method=Words("Sold"),
        detail="Auction",
        approval_ref="INL/1",
        witnesses=("A. Witness",),
        lines=(DisposalLineData("INL-1", "SN1", "Radio", 1, "each", Decimal("10"), Decimal("2")),),
        recorded_by="Tester",
        donor=Words("INL"),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


# Each example lays out pages of text: a few per run (the named texts always run, below).
FEW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
INCIDENT_TEXTS = ("place", "reported_by", "report_ref", "remark", "recorded_by")
ITEM_TEXTS = ("asset_tag", "serial_number", "description", "make_model", "unit")


@FEW
@given(text=long_texts, field=st.sampled_from(INCIDENT_TEXTS + ITEM_TEXTS + ("names",)))
def test_any_long_text_in_an_incident_report_renders(text: str, field: str) -> None:
    if field in INCIDENT_TEXTS:
        data = incident_data(**{field: text})
    elif field in ITEM_TEXTS:
        data = incident_data(item=item_facts(**{field: text}))
    else:
        data = incident_data(
            item=item_facts(holder=Words(text, text), location=Words(text)),
            number=text[:20],
        )
    assert printed(text, read_back(build_incident_report(data)))


@FEW
@given(text=long_texts, field=st.sampled_from(("detail", "approval_ref", "witness", "line")))
def test_any_long_text_in_a_disposal_certificate_renders(text: str, field: str) -> None:
    line = disposal_data().lines[0]
    if field == "witness":
        data = disposal_data(witnesses=(text, "B. Second"))
    elif field == "line":
        data = disposal_data(
            lines=(dataclasses.replace(line, description=text, serial_number=text), line)
        )
    else:
        data = disposal_data(**{field: text})
    assert printed(text, read_back(build_disposal_certificate(data)))


@pytest.mark.parametrize("text", NAMED, ids=["words", "long word", "lines", "lao"])
def test_the_named_long_texts_everywhere_at_once(text: str) -> None:
    incident = incident_data(
        place=text,
        reported_by=text,
        report_ref=text,
        remark=text,
        item=item_facts(description=text, serial_number=text, holder=Words(text, text)),
    )
    assert len(page_texts(build_incident_report(incident))) >= 1
    disposal = disposal_data(detail=text, approval_ref=text, witnesses=(text,) * 12)
    assert len(page_texts(build_disposal_certificate(disposal))) >= 1


# --- pictures ------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_pages_render_as_pictures(register: Register, tmp_path: Path) -> None:
    item = received_item(register)
    incident = an_incident(register, item.id)
    items = items_with(register, ItemStatus.IN_STOCK.value, 4)
    disposal = a_disposal(register, [i.id for i in items])
    for name, pdf in (
        ("incident", docs(register).incident_pdf(incident)),
        ("disposal", docs(register).disposal_pdf(disposal)),
    ):
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "110", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
            check=True,
        )
        pictures = sorted(tmp_path.glob(f"{name}*.png"))
        assert len(pictures) == len(page_texts(pdf))
        assert all(p.stat().st_size > 20_000 for p in pictures)  # drawn, not blank


# --- attachments -------------------------------------------------------------------------------


def one_of_each(register: Register) -> dict[str, str]:
    """A record of each kind: an inspection (its "lost" opens the incident), a disposal."""
    item, other = items_with(register, ItemStatus.HANDED_OVER.value, 2)
    assert item.location_id is not None
    data = InspectionInput(
        when=WHEN,
        location_id=item.location_id,
        results=[ResultInput(item.id, CheckResult.LOST.value)],
    )
    with register.db.write() as s:
        inspection = record_inspection(s, data, "Tester")
    incident = docs_incident(register, item.id)
    disposal = a_disposal(register, [other.id])
    return {"inspection": inspection, "incident": incident, "disposal": disposal}


def docs_incident(register: Register, item_id: int) -> str:
    with register.db.read() as s:
        number = s.scalar(select(Incident.number).where(Incident.item_id == item_id))
        assert number is not None
        return number


def test_a_file_attaches_to_each_kind_of_record(register: Register, tmp_path: Path) -> None:
    numbers = one_of_each(register)
    api = docs(register)
    heard: list[object] = []
    register.changes.subscribe(heard.append)
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    report = tmp_path / "police report.pdf"
    report.write_bytes(PDF)
    for kind in RECORD_KINDS:
        assert api.attachments(kind, numbers[kind]) == []
        stored = api.attach(kind, numbers[kind], photo)
        api.attach(kind, numbers[kind], report)
        assert stored.name == hashlib.sha256(PNG).hexdigest() + ".png"
        rows = api.attachments(kind, numbers[kind])
        assert [(r.original_name, r.media_type) for r in rows] == [
            ("photo.png", "image/png"),
            ("police report.pdf", "application/pdf"),
        ]
    # Stored by content: one file each, however many records keep it.
    assert sorted(p.name[-4:] for p in api.attachments_dir().iterdir()) == [".pdf", ".png"]
    assert len(heard) == 2 * len(RECORD_KINDS)
    # Each record lists its own files only; a handover's are not among them.
    assert register.handovers.detail(issue(register)).attachments == []
    with register.db.read() as s:
        assert verify_history(s).ok  # the attach events extend the chain properly


def test_unknown_kind_or_number(register: Register, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    with pytest.raises(ValueError):
        docs(register).attach("handover", "HR-2025-0001", photo)
    with pytest.raises(NotFoundError):
        docs(register).attach("incident", "IN-1999-0001", photo)
    with pytest.raises(NotFoundError):
        docs(register).attachments("disposal", "DS-1999-0001")


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_refused_like_a_signed_copy_and_nothing_stored(
    register: Register, tmp_path: Path, make: Callable[[Path], Path], kind: str
) -> None:
    number = one_of_each(register)[kind]
    source = make(tmp_path)
    before = _state(register)
    with pytest.raises(ValidationError) as caught:
        docs(register).attach(kind, number, source)
    assert set(caught.value.messages) == {"file"}
    text = str(caught.value.messages["file"])
    assert text and "\n" not in text and "Errno" not in text
    assert _state(register) == before
    folder = docs(register).attachments_dir()
    assert not folder.exists() or not any(folder.iterdir())


def test_not_a_picture_or_pdf_and_too_big(register: Register, tmp_path: Path) -> None:
    number = one_of_each(register)["incident"]
    text_file = tmp_path / "notes.png"
    text_file.write_text("not a picture")
    with pytest.raises(ValidationError):
        docs(register).attach("incident", number, text_file)
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.write(PDF)
        fh.truncate(attachments.MAX_BYTES + 1)
    with pytest.raises(ValidationError):
        docs(register).attach("incident", number, big)
    assert docs(register).attachments("incident", number) == []
