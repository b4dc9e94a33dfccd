"""A receipt's PDF out of the preview: printed page by page, or written to a file.

`print_pdf` runs on a worker thread (it makes and uses its own document and
painter); the file helpers write atomically or to a fresh temporary name.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from inl_equipment.i18n import Msg
from inl_equipment.interchange.exporters import write_bytes_atomically
from inl_equipment.ui.workers import Cancelled, TaskContext

#: Pages are rendered at the printer's resolution, but no finer than this
#: (an A4 page at 600 dpi would be a 140 MB image).
MAX_PRINT_DPI = 300


def _open_pdf(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_pdf(pdf: bytes, printer: QPrinter, ctx: TaskContext | None = None) -> int:
    """Print every page of `pdf` on `printer` (one printed page per PDF page).

    Safe on a worker thread: the document, its buffer and the painter are
    made and used here only. Returns the number of pages printed.
    """
    document, buffer = _open_pdf(pdf)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise ValueError(
                Msg.translate("Receipts", "the receipt could not be read back for printing")
            )
        pages = document.pageCount()
        printer.setFullPage(True)  # the PDF page already has its margins
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(
                Msg.translate(
                    "Receipts",
                    "the printer could not be started; check that it is on and connected",
                )
            )
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for page in range(pages):
                if ctx is not None:
                    ctx.progress(page, pages)
                if page and not printer.newPage():
                    raise OSError(Msg.translate("Receipts", "the printer refused a new page"))
                points = document.pagePointSize(page)
                image = document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                target = QRectF(area.x() + (area.width() - w) / 2, area.y(), w, h)
                painter.drawImage(target, image)
        except Cancelled:
            printer.abort()
            raise
        finally:
            painter.end()
        return pages
    finally:
        document.close()
        buffer.close()


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder."""
    write_bytes_atomically(path, data)


def temp_copy_path(stem: str, suffix: str) -> Path:
    """A new file name under the app's temporary folder (never overwrites an open one)."""
    folder = Path(tempfile.gettempdir()) / "inl-equipment"
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix=f"{stem}-", suffix=suffix)
    os.close(fd)
    return Path(name)
