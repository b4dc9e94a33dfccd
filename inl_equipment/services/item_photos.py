"""Photos of an item: kept by content hash beside the register, shown as thumbnails.

The same store as signed receipts (`services.attachments`): a photo is copied
under `<sha256>.<ext>` into the attachments folder, its own name kept only
as data. A photo must be a JPEG or PNG picture that really decodes (Pillow
opens it before anything is stored); HEIC (iPhone photos), PDF and anything
else are refused with a message that says what to do instead.

Thumbnails are made with Pillow, turned upright by the camera's EXIF
orientation, and cached by hash and size in the user's cache folder, so the
second showing costs a file read. Making one takes tens of milliseconds for
a phone photo: the UI calls it on a worker thread.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Item
from inl_equipment.db.transactions import Attachment
from inl_equipment.i18n import Msg
from inl_equipment.services import attachments, audit
from inl_equipment.services.items import NotFoundError, ValidationError

log = logging.getLogger(__name__)

#: A photo may be one of these, by its first bytes (the name's extension is not trusted).
PHOTO_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xd8\xff", ".jpg", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", ".png", "image/png"),
)
#: ISO media brands of HEIC/HEIF pictures (bytes 8-12 after "ftyp").
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})
#: Pictures larger than this many pixels are refused (a decompression bomb, or a scan).
MAX_PIXELS = 100_000_000


@dataclass(frozen=True, slots=True)
class PhotoRow:
    """One photo of an item, as the Photos tab lists it."""

    id: int
    original_name: str
    stored_name: str
    size: int
    media_type: str
    added_at: datetime
    operator: str


def _refused(message: Msg) -> ValidationError:
    return ValidationError({"file": message})


def photo_kind(head: bytes) -> tuple[str, str]:
    """(extension, media type) of a photo by its first bytes; ValidationError otherwise."""
    for magic, ext, media in PHOTO_SIGNATURES:
        if head.startswith(magic):
            return ext, media
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        raise _refused(
            Msg.translate(
                "ItemPhotos",
                "HEIC photos (as an iPhone takes them) cannot be kept: save the photo as JPEG "
                "(on the phone: Settings → Camera → Formats → Most Compatible) and attach that.",
            )
        )
    if head.startswith(b"%PDF-"):
        raise _refused(
            Msg.translate(
                "ItemPhotos",
                "This is a PDF document, not a photo: attach it to a receipt or record instead.",
            )
        )
    raise _refused(Msg.translate("ItemPhotos", "Attach a JPEG or PNG photo of the item."))


def _check_decodes(source: Path, name: str) -> None:
    """Refuse a file that starts like a picture but does not open as one."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise Image.DecompressionBombError(f"{width}x{height}")
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refused(
            Msg.translate(
                "ItemPhotos", "{name} is too large a picture: keep it under {most} megapixels."
            ).format(name=name, most=MAX_PIXELS // 1_000_000)
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise _refused(
            Msg.translate("ItemPhotos", "{name} is damaged: it does not open as a picture.").format(
                name=name
            )
        ) from None


def add_photo(session: Session, item_id: int, source: Path, folder: Path, operator: str) -> Path:
    """Keep a copy of photo `source` with item `item_id`; returns where it is stored.

    ValidationError (a message for the "file" field) when `source` is not a
    readable JPEG or PNG picture of an allowed size; NotFoundError when
    there is no such item. The item's history records the photo.
    """
    if session.get(Item, item_id) is None:
        raise NotFoundError(Msg.translate("ItemPhotos", "no item with id {id}").format(id=item_id))
    name = source.name or str(source)
    size, head = attachments.read_head(source)
    ext, media = photo_kind(head)
    _check_decodes(source, name)
    target, sha256 = attachments.store_file(source, folder, ext)
    session.add(
        Attachment(
            item_id=item_id,
            original_name=source.name[:255],
            stored_name=target.name,
            sha256=sha256,
            size=size,
            media_type=media,
            added_at=audit.now_utc(),
            operator=operator,
        )
    )
    session.flush()
    event = audit.NewEvent("item", item_id, "photo", {"file": source.name, "sha256": sha256})
    audit.record(session, operator, [event])
    return target


def item_photos(session: Session, item_id: int) -> list[PhotoRow]:
    """The photos of one item, oldest first."""
    rows = session.scalars(
        select(Attachment).where(Attachment.item_id == item_id).order_by(Attachment.id)
    )
    return [
        PhotoRow(a.id, a.original_name, a.stored_name, a.size, a.media_type, a.added_at, a.operator)
        for a in rows
    ]


def thumbnail_png(source: Path, edge: int, cache: Path | None = None) -> bytes:
    """A PNG of `source` fitting in `edge` × `edge` pixels, upright; cached in `cache`.

    The cache is keyed by the stored name (a content hash) and the size, so
    it never shows a stale picture. A cache that cannot be written is only
    logged: the thumbnail is still returned.
    """
    cached = cache / f"{source.stem}-{edge}.png" if cache is not None else None
    if cached is not None and cached.is_file():
        with contextlib.suppress(OSError):
            return cached.read_bytes()
    with Image.open(source) as image:
        upright = ImageOps.exif_transpose(image)
        upright.thumbnail((edge, edge))
        if upright.mode not in ("RGB", "RGBA"):
            upright = upright.convert("RGBA")
        out = io.BytesIO()
        upright.save(out, "PNG")
    data = out.getvalue()
    if cached is not None:
        _write_cache(cached, data)
    return data


def _write_cache(path: Path, data: bytes) -> None:
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        log.info("thumbnail cache not written (%s): %s", path, exc)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
