"""The item page's data: receipts, checks, incidents and photos of one item (no Qt)."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from inl_equipment.db.models import Item
from inl_equipment.db.transactions import Attachment
from inl_equipment.services.facade.item_page import ItemPageApi
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.register import Register
from tests.unit.test_attach_refusals import issue
from tests.unit.test_inspections import TODAY, site_items


def photo_bytes(size: tuple[int, int] = (640, 480), fmt: str = "JPEG", **save: object) -> bytes:
    image = Image.new("RGB", size, (200, 40, 40))
    image.paste((20, 20, 200), (0, 0, size[0] // 2, size[1]))  # left half blue
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


def write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


@pytest.fixture
def page(register: Register, tmp_path: Path) -> ItemPageApi:
    # A cache of the test's own: the user's cache folder stays untouched.
    return ItemPageApi(register._ctx, thumbnail_cache=tmp_path / "thumbs")


def first_item(register: Register) -> int:
    with register.db.read() as s:
        return int(s.scalar(select(func.min(Item.id))) or 0)


def test_a_photo_is_stored_by_its_hash_listed_and_in_the_history(
    register: Register, page: ItemPageApi, tmp_path: Path
) -> None:
    item_id = first_item(register)
    data = photo_bytes()
    stored = page.add_photo(item_id, write(tmp_path, "IMG_0001.jpeg", data))
    again = page.add_photo(item_id, write(tmp_path, "copy.jpg", data))

    assert stored == again
    assert stored.name == hashlib.sha256(data).hexdigest() + ".jpg"
    assert stored.read_bytes() == data
    photos = page.life(item_id).photos
    assert [p.original_name for p in photos] == ["IMG_0001.jpeg", "copy.jpg"]
    assert {p.media_type for p in photos} == {"image/jpeg"}
    history = register.items.readable_history(item_id)
    assert [e.action for e in history[-2:]] == ["Photo added", "Photo added"]
    assert "File: IMG_0001.jpeg" in history[-2].lines
    with register.db.read() as s:
        assert verify_history(s).ok


def test_a_png_photo_is_kept_as_png(register: Register, page: ItemPageApi, tmp_path: Path) -> None:
    stored = page.add_photo(first_item(register), write(tmp_path, "a", photo_bytes(fmt="PNG")))
    assert stored.suffix == ".png"


def _heic() -> bytes:
    # The start of an iPhone HEIC file: a box of type "ftyp" with brand "heic".
    return struct.pack(">I", 24) + b"ftypheic" + bytes(4) + b"mif1heic" + bytes(64)


def _pdf() -> bytes:
    return b"%PDF-1.7\n" + bytes(64)


def _truncated_jpeg() -> bytes:
    return photo_bytes()[:200]


def _png_with_a_bad_crc() -> bytes:
    body = zlib.compress(bytes(1))
    chunk = b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + b"BAD!" + body


def _text() -> bytes:
    return b"not a picture at all\n" * 10


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_heic, "HEIC"),
        (_pdf, "PDF document"),
        (_truncated_jpeg, "damaged"),
        (_png_with_a_bad_crc, "damaged"),
        (_text, "JPEG or PNG"),
    ],
)
def test_a_file_that_is_not_a_jpeg_or_png_picture_is_refused_in_words(
    register: Register, page: ItemPageApi, tmp_path: Path, make: object, words: str
) -> None:
    item_id = first_item(register)
    before = register.items.readable_history(item_id)
    with pytest.raises(ValidationError) as refused:
        page.add_photo(item_id, write(tmp_path, "photo.jpg", make()))  # type: ignore[operator]
    assert words in str(refused.value.messages["file"])
    assert page.life(item_id).photos == []
    assert register.items.readable_history(item_id) == before
    assert not any(tmp_path.glob("*-attachments/*"))


def test_a_decompression_bomb_is_refused_before_it_is_stored(
    register: Register, page: ItemPageApi, tmp_path: Path
) -> None:
    # 12,000 × 12,000 pixels of one colour: a small file, 144 megapixels.
    bomb = photo_bytes((12_000, 12_000), fmt="PNG", optimize=False)
    with pytest.raises(ValidationError) as refused:
        page.add_photo(first_item(register), write(tmp_path, "bomb.png", bomb))
    assert "megapixels" in str(refused.value.messages["file"])


def test_a_photo_of_no_item_is_refused(page: ItemPageApi, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        page.add_photo(10**9, write(tmp_path, "a.jpg", photo_bytes()))


def test_a_thumbnail_fits_its_box_is_upright_and_is_cached(
    register: Register, page: ItemPageApi, tmp_path: Path
) -> None:
    # A sideways camera picture: stored 640 × 480 with EXIF orientation 6 (turn right).
    exif = Image.Exif()
    exif[0x0112] = 6
    stored = page.add_photo(
        first_item(register), write(tmp_path, "side.jpg", photo_bytes(exif=exif.tobytes()))
    )
    png = page.thumbnail(stored.name, 160)
    with Image.open(io.BytesIO(png)) as thumb:
        assert thumb.size == (120, 160)  # upright: taller than wide, within 160 × 160
        top, bottom = thumb.getpixel((60, 5)), thumb.getpixel((60, 154))
    # The blue left half of the sensor is at the top once turned upright.
    assert top[2] > 150 and bottom[0] > 150  # type: ignore[index]
    cached = tmp_path / "thumbs" / f"{stored.stem}-160.png"
    assert cached.read_bytes() == png
    cached.write_bytes(b"marker")  # the second call reads the cache, not the photo
    assert page.thumbnail(stored.name, 160) == b"marker"


def test_a_thumbnail_is_made_when_its_cache_cannot_be_written(
    register: Register, tmp_path: Path
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    page = ItemPageApi(register._ctx, thumbnail_cache=blocked / "thumbs")
    stored = page.add_photo(first_item(register), write(tmp_path, "a.jpg", photo_bytes()))
    assert page.thumbnail(stored.name, 64).startswith(b"\x89PNG")


def test_the_life_lists_the_checks_and_incidents_of_the_item_alone(
    register: Register, page: ItemPageApi
) -> None:
    site, [a, b] = site_items(register, 2)
    before = page.life(a)
    number = register.monitoring.record_inspection(
        InspectionInput(
            when=TODAY,
            location_id=site,
            results=[
                ResultInput(a, "stolen", remark="gone from the store"),
                ResultInput(b, "in_use"),
            ],
        ),
        today=TODAY,
    )
    life = page.life(a)
    assert [c.number for c in life.checks][:1] == [number]
    assert (life.checks[0].result, life.checks[0].remark) == ("stolen", "gone from the store")
    assert len(life.checks) == len(before.checks) + 1
    assert [i.kind for i in life.incidents][:1] == ["stolen"]
    assert life.incidents[0].item_id == a
    assert all(i.item_id == a for i in life.incidents)
    with register.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_a_new_receipt_shows_on_the_item_page(register: Register, page: ItemPageApi) -> None:
    number = issue(register)
    item_id = register.labels.handover_items(number)[0]
    receipts = page.life(item_id).receipts
    assert [r.number for r in receipts] == [number]
    assert receipts[0].to_name != receipts[0].from_name
    assert receipts[0].date == date.today()
