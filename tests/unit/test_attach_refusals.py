"""Whatever is chosen as a signed copy, a message for the "file" field, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from inl_equipment.services.columns import R
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)


def issue(register: Register) -> str:
    stock = [r for r in register.items.snapshot().rows if r[R["status"]] == "in_stock"]
    agency = register.reference.lists(("agency",))["agency"][0]
    return register.handovers.create(
        HandoverInput(
            to_agency_id=agency.id,
            handed_over_by=PartyInput(name="Jane Doe"),
            received_by=PartyInput(name="Khamphoui"),
            lines=[LineInput(stock[0][R["id"]])],
        )
    )


def _folder(tmp: Path) -> Path:
    (tmp / "scans.pdf").mkdir()
    return tmp / "scans.pdf"


def _folder_link(tmp: Path) -> Path:
    (tmp / "real").mkdir()
    (tmp / "link.png").symlink_to(tmp / "real")
    return tmp / "link.png"


def _missing(tmp: Path) -> Path:
    return tmp / "gone.png"


def _broken_link(tmp: Path) -> Path:
    (tmp / "broken.png").symlink_to(tmp / "nowhere.png")
    return tmp / "broken.png"


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe.png")
    return tmp / "pipe.png"


def _empty(tmp: Path) -> Path:
    (tmp / "empty.png").write_bytes(b"")
    return tmp / "empty.png"


def _unreadable(tmp: Path) -> Path:
    path = tmp / "secret.png"
    path.write_bytes(PNG)
    path.chmod(0)
    return path


def _device(tmp: Path) -> Path:
    return Path("/dev/null")


CASES: dict[str, Callable[[Path], Path]] = {
    "folder": _folder,
    "link to a folder": _folder_link,
    "missing": _missing,
    "broken link": _broken_link,
    "empty": _empty,
}
if sys.platform != "win32":
    CASES |= {"fifo": _fifo, "device": _device}
    if os.geteuid() != 0:  # root reads any file
        CASES["unreadable"] = _unreadable


def _state(register: Register) -> tuple[object, ...]:
    assert register.path is not None
    con = sqlite3.connect(register.path)
    try:
        return (
            con.execute("SELECT count(*) FROM attachments").fetchone(),
            con.execute("SELECT count(*) FROM audit_events").fetchone(),
        )
    finally:
        con.close()


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_refused_with_a_message_and_nothing_stored(
    register: Register, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    number = issue(register)
    source = make(tmp_path)
    before = _state(register)
    with pytest.raises(ValidationError) as caught:
        register.handovers.attach(number, source)
    assert set(caught.value.messages) == {"file"}
    text = str(caught.value.messages["file"])
    assert text and "\n" not in text and "Errno" not in text
    assert _state(register) == before
    folder = register.handovers.attachments_dir()
    assert not folder.exists() or not any(folder.iterdir())


def test_a_folder_says_it_is_a_folder(register: Register, tmp_path: Path) -> None:
    number = issue(register)
    with pytest.raises(ValidationError) as caught:
        register.handovers.attach(number, _folder(tmp_path))
    assert str(caught.value.messages["file"]) == (
        "scans.pdf is a folder: choose the file of the signed copy."
    )
