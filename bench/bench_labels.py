"""Asset labels benchmark: 1,000 labels on Avery L7163 (72 sheets) against bare ReportLab.

    uv run python bench/bench_labels.py [--labels 1000] [--repeat 5]

Ours: `build_labels_pdf` (fitting each text line, the layout's boxes, the
QR code, the Code 128, the donor line shaped). The baseline: a bare canvas
script drawing, at the same places, the same QR modules (segno's matrix as
one path), the same Code 128 (ReportLab's) and the same five lines of text
at fixed sizes, shaped where Lao, with nothing measured or fitted.
Target: at most 1.5 times.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import segno
from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

from inl_equipment.documents import fonts
from inl_equipment.documents.asset_label_layouts import LAYOUTS, MM, AssetLabel, label_boxes
from inl_equipment.documents.asset_labels_pdf import build_labels_pdf

DESCRIPTIONS = (
    "Double-cab pickup truck, 4x4, diesel",
    "Hand-held radio, VHF, with charger",
    "Under-vehicle search mirror with light",
    "Narcotics field test reagent pouches",
)


def make_labels(count: int) -> list[AssetLabel]:
    return [
        AssetLabel(
            asset_tag=f"INL-25-{n:06d}",
            description=DESCRIPTIONS[n % len(DESCRIPTIONS)],
            funding="FY2024 INCLE - Counternarcotics LOA · SLMAQM-24-GR-0203",
            donor_en="Donated by the U.S. Government",
            donor_lo="ມອບໃຫ້ໂດຍລັດຖະບານສະຫະລັດອາເມລິກາ",
        )
        for n in range(1, count + 1)
    ]


def bare_pdf(labels: list[AssetLabel]) -> bytes:
    """The same codes and lines at the same places, drawn with no fitting at all."""
    layout = LAYOUTS["L7163"]
    out = io.BytesIO()
    page_h = layout.page_height * MM
    canvas = Canvas(out, pagesize=(layout.page_width * MM, page_h), pageCompression=1)
    sheet = 0
    for label, box in zip(labels, label_boxes(layout, len(labels)), strict=True):
        if box.sheet > sheet:
            canvas.showPage()
            sheet = box.sheet
        left, bottom = box.x * MM + 4.5, page_h - (box.y + box.height) * MM + 4.5
        height = box.height * MM - 9
        code = segno.make(label.asset_tag, error="m", micro=False)  # as ours: never micro QR
        rows = list(code.matrix_iter(scale=1, border=4))
        module = height / len(rows)
        path = canvas.beginPath()
        for r, row in enumerate(rows):
            for c, dark in enumerate(row):
                if dark:
                    path.rect(left + c * module, bottom + height - (r + 1) * module, module, module)
        canvas.drawPath(path, stroke=0, fill=1)
        x = left + height + 3.4
        Code128(label.asset_tag, barWidth=0.9, barHeight=19, quiet=False).drawOn(canvas, x, bottom)
        y = bottom + height
        lines = (label.asset_tag, label.description, label.funding, label.donor_en, label.donor_lo)
        for text, font, size in zip(
            lines,
            (fonts.FONT_BOLD, *[fonts.FONT_REGULAR] * 4),
            (14, 8, 6.5, 6.5, 6.5),
            strict=True,
        ):
            y -= size * 1.12
            canvas.setFont(font, size)
            canvas.drawString(x, y, text, shaping=fonts.has_lao(text))
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def median(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    fonts.register_fonts()
    labels = make_labels(args.labels)
    layout = LAYOUTS["L7163"]
    build_labels_pdf(labels[:20], layout)  # warm the font caches for both
    bare_pdf(labels[:20])
    ours = median(lambda: build_labels_pdf(labels, layout), args.repeat)
    bare = median(lambda: bare_pdf(labels), args.repeat)
    sheets = -(-args.labels // layout.per_sheet)
    print(
        f"labels, {args.labels} on {sheets} sheets of L7163: ours {ours * 1000:.0f} ms |"
        f" bare ReportLab {bare * 1000:.0f} ms | ratio {ours / bare:.2f}x (target <= 1.5)"
    )


if __name__ == "__main__":
    main()
