"""Make the Windows icon (`.ico`) from `resources/icons/app.svg`, with Qt only.

    uv run python packaging/make_icon.py resources/icons/app.svg build/app.ico

An ICO file is a small directory of images; since Windows Vista each image may
be a PNG. Qt renders the SVG at every size Windows asks for (16 px in a list
view up to 256 px in a large-icons folder), and the directory is written here,
so the build needs neither Pillow nor a checked-in binary.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_pngs(svg: Path, sizes: tuple[int, ...] = SIZES) -> list[tuple[int, bytes]]:
    """The SVG rendered as a PNG at each size (square, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can read")
    out = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out.append((size, bytes(data.data())))
    del _app
    return out


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file holding these PNG images (size in pixels, PNG bytes)."""
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def make_icon(svg: Path, ico: Path) -> Path:
    """Write `ico` from `svg`; returns `ico`."""
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(ico_bytes(render_pngs(svg)))
    return ico


if __name__ == "__main__":
    make_icon(Path(sys.argv[1]), Path(sys.argv[2]))
