"""Receipt PDF benchmark: build_receipt against a bare ReportLab script in the same run.

    uv run python bench/bench_receipt.py [--items 50 500] [--repeat 7]

The bare script lays out the same item table (same merged fonts, same Paragraph
cells, shaping only for cells holding Lao, repeated header row) with nothing else:
no heading, parties, signatures, QR code, page furniture or ToUnicode fix. It uses
ReportLab's stock shaper and plain TTFont objects. Prints median times and the ratio
(target: build_receipt at most 1.5 times the bare script).
"""

from __future__ import annotations

import argparse
import datetime
import io
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import reportlab.platypus.paragraph as rl_paragraph
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from inl_equipment.documents import fonts
from inl_equipment.documents.receipt_data import Party, ReceiptData, ReceiptLine
from inl_equipment.documents.receipt_pdf import build_receipt, money

ITEMS = (
    (
        "Toyota Hilux double-cab pickup",
        "Toyota Hilux GUN125",
        "MR0HA3CD1008{:05d}",
        "each",
        "38950.00",
    ),
    ("Motorola APX 900 handheld radio", "Motorola APX 900", "481CPN{:04d}", "each", "2875.50"),
    ("Drug test kit, 10-panel (lot)", "Instant-View 10", "LOT-24-{:04d}", "lot", "0.10"),
    ("Laptop computer ຄອມພິວເຕີ", "Dell Latitude 5440", "7HX{:04d}QZ", "each", "1240.00"),
    ("Search mirror with torch", "Inspecta M-40", "SM-{:05d}", "set", "185.00"),
)


def make_receipt(count: int) -> ReceiptData:
    lines = []
    for n in range(1, count + 1):
        description, model, serial, unit, value = ITEMS[n % len(ITEMS)]
        lines.append(
            ReceiptLine(
                description,
                model,
                serial.format(n),
                f"INL-LA-2025-{n:04d}",
                1 + n % 3,
                unit,
                Decimal(value),
                "New",
            )
        )
    return ReceiptData(
        number="HR-2025-0042",
        kind="handover",
        date=datetime.date(2025, 3, 12),
        donor_en="U.S. Embassy Vientiane, INL",
        donor_lo="ສະຖານທູດສະຫະລັດອາເມລິກາ",
        recipient_en="Counter-Narcotics Unit, Savannakhet",
        recipient_lo="ໜ່ວຍງານຕ້ານຢາເສບຕິດ ແຂວງສະຫວັນນະເຂດ",
        location_en="Dansavanh border checkpoint",
        location_lo="ດ່ານສາກົນແດນສະຫວັນ",
        province_en="Savannakhet",
        province_lo="ສະຫວັນນະເຂດ",
        handed_over_by=Party("John A. Miller", position="Program Officer"),
        received_by=Party("Khamphone Sisavath", "ຄຳພອນ ສີສະຫວາດ", position="Deputy Head"),
        witness=None,
        remarks="Bench receipt.",
        lines=tuple(lines),
        qr_text="INL-RECEIPT:HR-2025-0042",
    )


# --- the bare ReportLab script ---------------------------------------------------------

HEADERS = (
    ("No.", "ລ/ດ"),
    ("Description", "ລາຍການ"),
    ("Make / model", "ຍີ່ຫໍ້ / ລຸ້ນ"),
    ("Serial number", "ເລກໝາຍເຄື່ອງ"),
    ("Asset tag", "ລະຫັດຊັບສິນ"),
    ("Quantity", "ຈຳນວນ"),
    ("Unit value (USD)", "ມູນຄ່າ (ໂດລາ)"),
    ("Line value (USD)", "ມູນຄ່າລວມ (ໂດລາ)"),
    ("Condition", "ສະພາບ"),
)
SHARES = (0.034, 0.205, 0.135, 0.152, 0.122, 0.066, 0.088, 0.101, 0.097)


def bare_setup() -> dict[str, ParagraphStyle]:
    for name, source in (("BareSans", fonts.FONT_REGULAR), ("BareSans-Bold", fonts.FONT_BOLD)):
        merged = fonts._merged_font(source)
        pdfmetrics.registerFont(
            TTFont(name, io.BytesIO(merged) if isinstance(merged, bytes) else str(merged))
        )
    base = {"fontSize": 7, "leading": 9.7}
    return {
        "cell": ParagraphStyle("bare", fontName="BareSans", **base),
        "cell_lao": ParagraphStyle("bare-lao", fontName="BareSans", shaping=1, **base),
        "head": ParagraphStyle(
            "bare-head", fontName="BareSans-Bold", fontSize=6.5, leading=9, shaping=1
        ),
    }


def bare_build(data: ReceiptData, st: dict[str, ParagraphStyle]) -> bytes:
    def cell(text: str) -> Paragraph:
        lao = any("\u0e80" <= c <= "\u0eff" for c in text)
        return Paragraph(
            text.replace("&", "&amp;").replace("<", "&lt;"), st["cell_lao"] if lao else st["cell"]
        )

    rows = [[Paragraph(f"{en}<br/>{lo}", st["head"]) for en, lo in HEADERS]]
    for n, line in enumerate(data.lines, 1):
        rows.append(
            [
                cell(v)
                for v in (
                    str(n),
                    line.description,
                    line.make_model,
                    line.serial_number,
                    line.asset_tag,
                    f"{line.quantity} {line.unit}",
                    money(line.unit_value),
                    money(line.line_value),
                    line.condition,
                )
            ]
        )
    out = io.BytesIO()
    # Same page geometry and cell padding as the receipt, so both wrap alike.
    margin = 12 * mm - 6
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 8 * mm,
    )
    table = Table(rows, colWidths=[s * (doc.width - 12) for s in SHARES], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, "grey"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    doc.build([table])
    return out.getvalue()


@contextmanager
def stock_shaper() -> Iterator[None]:
    """ReportLab's own shapeFragWord, as a script without our fonts module would have."""
    saved = ttfonts.shapeFragWord, rl_paragraph.shapeFragWord
    ttfonts.shapeFragWord = rl_paragraph.shapeFragWord = fonts._stock_shape
    try:
        yield
    finally:
        ttfonts.shapeFragWord, rl_paragraph.shapeFragWord = saved


def median_time(build: Callable[[], bytes], repeat: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(build())
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    start = time.perf_counter()
    fonts.register_fonts()
    print(f"register_fonts (merged fonts from cache or fresh): {time.perf_counter() - start:.3f} s")
    styles = bare_setup()
    for count in args.items:
        data = make_receipt(count)
        build_receipt(data)  # warm caches (HarfBuzz faces, styles) for both
        with stock_shaper():
            bare_build(data, styles)
        ours, our_size = median_time(lambda data=data: build_receipt(data), args.repeat)
        with stock_shaper():
            bare, bare_size = median_time(lambda data=data: bare_build(data, styles), args.repeat)
        print(
            f"{count:4d} items: build_receipt {ours * 1000:7.1f} ms ({our_size // 1024} KiB)"
            f" | bare ReportLab {bare * 1000:7.1f} ms ({bare_size // 1024} KiB)"
            f" | ratio {ours / bare:.2f}x"
        )


if __name__ == "__main__":
    main()
