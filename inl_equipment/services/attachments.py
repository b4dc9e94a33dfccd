"""Scanned signed receipts kept with their handover, stored by content hash.

The file is copied into the attachments folder under `<sha256>.<ext>`: the
user's file name is kept only as data, so no name, however hostile, can
write outside that folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment import formatting
from inl_equipment.db.transactions import Attachment, Handover
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.items import NotFoundError, ValidationError

MAX_BYTES = 50 * 2**20
#: What a scanned receipt may be, by its first bytes (the name's extension is not trusted).
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", ".pdf", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", ".png", "image/png"),
    (b"\xff\xd8\xff", ".jpg", "image/jpeg"),
)


def attachments_dir(db_path: Path) -> Path:
    """Where a register's attachments live: a folder beside the database file."""
    return db_path.with_name(db_path.stem + "-attachments")


def kind_of(head: bytes) -> tuple[str, str]:
    """(extension, media type) of a file by its first bytes; ValidationError if not allowed."""
    for magic, ext, media in SIGNATURES:
        if head.startswith(magic):
            return ext, media
    raise ValidationError(
        {
            "file": Msg.translate(
                "Attachments",
                "Attach a PDF, JPG or PNG file (a scan or photo of the signed receipt).",
            )
        }
    )


def store_file(source: Path, folder: Path, ext: str) -> tuple[Path, str]:
    """Copy `source` into `folder` as `<sha256><ext>` (synced, atomic); (path, digest)."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=folder, suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        target = folder / f"{digest.hexdigest()}{ext}"
        if target.exists():
            os.unlink(tmp_name)
        else:
            os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return target, digest.hexdigest()


def _refused(message: Msg) -> ValidationError:
    return ValidationError({"file": message})


def read_head(source: Path) -> tuple[int, bytes]:
    """(size, first bytes) of a regular file; ValidationError for anything else.

    A folder, a missing file, a device or pipe (which would block), or a file
    the user may not read is refused with a message naming it, before the
    register or the attachments folder is touched.
    """
    name = source.name or str(source)
    try:
        info = source.stat()
    except FileNotFoundError:
        raise _refused(
            Msg.translate("Attachments", "{name} does not exist (any more).").format(name=name)
        ) from None
    except OSError as exc:
        raise _refused(_unreadable(name, exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise _refused(
            Msg.translate(
                "Attachments", "{name} is a folder: choose the file of the signed copy."
            ).format(name=name)
        )
    if not stat.S_ISREG(info.st_mode):
        raise _refused(
            Msg.translate("Attachments", "{name} is not an ordinary file.").format(name=name)
        )
    if info.st_size == 0 or info.st_size > MAX_BYTES:
        raise _refused(
            Msg.translate("Attachments", "The file must be between 1 byte and {most} MB.").format(
                most=formatting.number(MAX_BYTES // 2**20)
            )
        )
    try:
        with open(source, "rb") as fh:
            return info.st_size, fh.read(16)
    except OSError as exc:
        raise _refused(_unreadable(name, exc)) from None


def _unreadable(name: str, exc: OSError) -> Msg:
    return Msg.translate("Attachments", "{name} cannot be read: {reason}").format(
        name=name, reason=exc.strerror or type(exc).__name__
    )


def attach_file(session: Session, number: str, source: Path, folder: Path, operator: str) -> Path:
    """Keep a copy of `source` with handover `number`; returns where it is stored.

    ValidationError (a message for the "file" field) when `source` is not a
    readable PDF, JPG or PNG file of an allowed size.
    """
    handover = session.scalar(select(Handover).where(Handover.number == number))
    if handover is None:
        raise NotFoundError(
            Msg.translate("Attachments", "no receipt numbered {number}").format(number=number)
        )
    size, head = read_head(source)
    ext, media = kind_of(head)
    target, sha256 = store_file(source, folder, ext)
    record = Attachment(
        handover_id=handover.id,
        original_name=source.name[:255],
        stored_name=target.name,
        sha256=sha256,
        size=size,
        media_type=media,
        added_at=audit.now_utc(),
        operator=operator,
    )
    session.add(record)
    session.flush()
    audit.record(
        session,
        operator,
        [
            audit.NewEvent(
                "handover", handover.id, "attach", {"file": source.name, "sha256": sha256}
            )
        ],
    )
    return target


def stored_path(folder: Path, stored_name: str) -> Path:
    """The stored file of an attachment (the name is ours, but check it anyway)."""
    path = (folder / stored_name).resolve()
    if path.parent != folder.resolve():
        raise ValueError(
            Msg.translate("Attachments", "an attachment name points outside its folder")
        )
    return path


def copy_out(folder: Path, stored_name: str, target: Path) -> None:
    """Copy a stored attachment to `target` (the user's choice of place)."""
    shutil.copyfile(stored_path(folder, stored_name), target)
