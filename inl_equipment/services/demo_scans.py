"""Small "scans" of signed sample receipts: PNG images, stored as `attachments` stores them.

Each image is a page of grey text lines with two hand-drawn signatures,
different for every receipt (so every file has its own SHA-256). They are
written with `zlib` alone, a few hundred bytes to a few kilobytes each: a
large sample register keeps thousands of them.
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import struct
import zlib
from pathlib import Path

__all__ = ["MEDIA_TYPE", "make_scans", "scan_png", "store_scan"]

MEDIA_TYPE = "image/png"
_WIDTH, _HEIGHT = 180, 254
_PAPER, _INK, _TEXT = 0xF2, 0x1E, 0x8C
_BLANK = bytes([0]) + bytes([_PAPER]) * _WIDTH


def _text_rows(rng: random.Random, count: int) -> list[bytes]:
    """`count` rows of a printed line: words as grey runs (filter byte first)."""
    rows = []
    for _ in range(count):
        row = bytearray([_PAPER]) * _WIDTH
        x = 14
        while x < _WIDTH - 24:
            word = rng.randint(4, 22)
            row[x : min(x + word, _WIDTH - 14)] = bytes([_TEXT]) * (min(x + word, _WIDTH - 14) - x)
            x += word + rng.randint(3, 6)
        rows.append(b"\x00" + bytes(row))
    return rows


# Fixed line shapes, chosen per receipt: the page differs by which lines and where.
_LINES = _text_rows(random.Random(7), 48)


def _signature(rng: random.Random, page: list[bytearray], left: int, base: int) -> None:
    """A pen stroke ~60 pixels wide drawn into `page` (rows of pixels) at (`left`, `base`)."""
    amp, freq, phase = rng.uniform(3, 8), rng.uniform(0.15, 0.45), rng.uniform(0, 6.3)
    for dx in range(rng.randint(40, 64)):
        y = base + int(amp * math.sin(phase + dx * freq) * (1 - dx / 90))
        for yy in (y, y + 1):
            page[yy][left + dx] = _INK


def scan_png(rng: random.Random) -> bytes:
    """One page as PNG bytes (8-bit grey), drawn from `rng`."""
    rows: list[bytes] = [_BLANK] * _HEIGHT
    title = _LINES[rng.randrange(len(_LINES))]
    for y in (12, 13, 14):
        rows[y] = title
    for y in range(30, 200, 6):
        if rng.random() < 0.85:
            line = _LINES[rng.randrange(len(_LINES))]
            rows[y] = rows[y + 1] = line
    page = [bytearray(_BLANK[1:]) for _ in range(26)]
    _signature(rng, page, 14, 12)
    _signature(rng, page, 104, 12)
    for n, pixels in enumerate(page):
        rows[212 + n] = b"\x00" + bytes(pixels)
    raw = b"".join(rows)
    header = struct.pack(">IIBBBBB", _WIDTH, _HEIGHT, 8, 0, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(raw, 1)),
            _chunk(b"IEND", b""),
        )
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def store_scan(folder: Path, data: bytes, digest: str) -> str:
    """Keep `data` in `folder` as `<sha256>.png`, as `attachments.store_file` names it."""
    name = f"{digest}.png"
    target = folder / name
    if not target.exists():
        # Written whole, then named: a crash leaves no half file under a digest's
        # name. No sync per file: thousands of sample files, none of them precious.
        partial = folder / f"{digest}.partial"
        partial.write_bytes(data)
        os.replace(partial, target)
    return name


def make_scans(folder: Path, seeds: list[int]) -> list[tuple[str, str, int]]:
    """One page per seed, stored in `folder`; (stored name, SHA-256, size) of each, in order.

    Runs on a worker thread while the register is written: compressing and
    writing release the GIL, and nothing here touches the database.
    """
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for seed in seeds:
        data = scan_png(random.Random(seed))
        digest = hashlib.sha256(data).hexdigest()
        out.append((store_scan(folder, data, digest), digest, len(data)))
    return out
