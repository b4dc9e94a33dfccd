"""`inl-equipment labels` on a real register: by tag, by filter, by receipt; refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from inl_equipment.db.models import Item
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import file_url
from inl_equipment.db.transactions import Handover
from inl_equipment.services.demo import fill_demo
from tests.integration.test_cli_register import run


@pytest.fixture(scope="module")
def register_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    path = tmp_path_factory.mktemp("labels") / "register.sqlite"
    db = open_database(file_url(path))
    with db.write() as s:
        fill_demo(s, 120, "tester", seed=4)
    with db.read() as s:
        facts: dict[str, object] = {
            "tags": list(s.scalars(select(Item.asset_tag).order_by(Item.id).limit(3))),
            "in_stock": s.scalar(
                select(func.count()).select_from(Item).where(Item.status == "in_stock")
            ),
            "receipt": s.scalar(
                select(Handover.number).where(Handover.status == "issued").limit(1)
            ),
        }
    db.dispose()
    return path, facts


def _pages_text(pdf: Path) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    return len(reader.pages), "".join(p.extract_text() for p in reader.pages)


def test_labels_by_tag_filter_and_receipt(
    register_file: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    path, facts = register_file
    tags = facts["tags"]
    assert isinstance(tags, list)
    out = tmp_path / "tags.pdf"
    done = run("labels", "--db", str(path), "-o", str(out), "--start", "14", *tags)
    assert done.returncode == 0, done.stderr
    assert "wrote 3 labels (L7163)" in done.stdout
    pages, text = _pages_text(out)
    assert pages == 2 and all(t in text for t in tags)  # label 14 of the first sheet, then on

    out = tmp_path / "stock.pdf"
    done = run("labels", "--db", str(path), "-o", str(out), "--status", "in_stock")
    assert done.returncode == 0, done.stderr
    assert f"wrote {facts['in_stock']:,} labels" in done.stdout

    out = tmp_path / "receipt.pdf"
    done = run("labels", "--db", str(path), "-o", str(out), "--receipt", str(facts["receipt"]))
    assert done.returncode == 0, done.stderr and out.exists()

    out = tmp_path / "align.pdf"
    done = run("labels", "--db", str(path), "-o", str(out), "--layout", "5160", "--alignment")
    assert done.returncode == 0 and "Avery 5160" in _pages_text(out)[1]


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--layout", "L9999"], "Unknown label layout"),
        (["--start", "15"], "from 1 to 14"),
        (["--offset-right", "25"], "10 mm"),
        (["NO-SUCH-TAG"], "no item with asset tag NO-SUCH-TAG"),
        (["--receipt", "HO-1999-9999"], "no receipt HO-1999-9999"),
        (["--status", "nonsense"], "unknown status"),
        (["--search", "zzzz-nothing-matches"], "No item to print a label for"),
    ],
)
def test_a_bad_request_is_one_line_and_writes_nothing(
    register_file: tuple[Path, dict[str, object]], tmp_path: Path, extra: list[str], words: str
) -> None:
    path, _ = register_file
    out = tmp_path / "labels.pdf"
    done = run("labels", "--db", str(path), "-o", str(out), *extra)
    assert done.returncode == 2
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not out.exists()
