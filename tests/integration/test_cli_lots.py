"""`use-lot` and `lots-report` from the command line: one line on stderr when refused."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from inl_equipment.cli import main
from inl_equipment.db.session import Database
from inl_equipment.services.items import ItemInput
from inl_equipment.services.register import Register


@pytest.fixture
def lot_register(demo_db: Database, db_path: Path) -> Path:
    register = Register(demo_db, "Tester")
    category = register.reference.lists(("category",))["category"][0].id
    register.items.create(
        ItemInput(
            asset_tag="INL-KIT-0042",
            description="Narcotics field test kit",
            description_lo="ຊຸດທົດສອບຢາເສບຕິດ",
            category_id=category,
            quantity=30,
            unit="kit",
            lot_number="NIK-77",
            expiry_date=date.today() + timedelta(days=20),
        )
    )
    demo_db.dispose()
    return db_path


def test_use_then_report(
    lot_register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(lot_register)
    assert main(["use-lot", "--db", db, "INL-KIT-0042", "--quantity", "40"]) != 0
    assert "Only 30 kits are held" in capsys.readouterr().err
    args = ["use-lot", "--db", db, "INL-KIT-0042", "--quantity", "12", "--reference", "Case 9"]
    assert main(args) == 0
    assert "18 kit left" in capsys.readouterr().out
    today = date.today().isoformat()
    for name in ("lots.pdf", "lots.xlsx"):
        out = tmp_path / name
        assert (
            main(["lots-report", "--db", db, "--from", today, "--to", today, "-o", str(out)]) == 0
        )
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "lots.pdf").pages)
    assert "INL-KIT-0042" in text and "Case 9" in text
    uses = list(load_workbook(tmp_path / "lots.xlsx")["Uses"].iter_rows(values_only=True))
    assert uses[1][1:5] == ("INL-KIT-0042", "Narcotics field test kit", "NIK-77", 12)
    assert main(["lots-report", "--db", db, "-o", str(tmp_path / "lots.txt")]) != 0
    assert "use .pdf or .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "lots.txt").exists()
