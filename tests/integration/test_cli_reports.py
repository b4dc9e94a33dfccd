"""`inl-equipment handover-register` and `funding-report` end to end, in a real process."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.helpers.report_register import build_register


def run(*args: str, operator: str | None = "CLI Tester") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("INL_EQUIPMENT_DB", None)
    env.pop("INL_EQUIPMENT_OPERATOR", None)
    if operator is not None:
        env["INL_EQUIPMENT_OPERATOR"] = operator
    return subprocess.run(
        [sys.executable, "-m", "inl_equipment", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = build_register(tmp_path_factory.mktemp("cli-reports"))
    built.register.close()
    return built.path


def test_the_handover_register_of_2024_as_pdf(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    result = run(
        "handover-register",
        "--db",
        str(db),
        "--from",
        "2024-01-01",
        "--to",
        "2024-12-31",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "3 receipts issued, 1 void, total value $25,660.10" in result.stdout
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Prepared by CLI Tester" in text and "From 2024-01-01 to 2024-12-31" in text
    assert "VOID" in text and "Page 1 of" in text


def test_the_handover_register_as_csv_and_xlsx(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.csv"
    assert run("handover-register", "--db", str(db), "-o", str(out)).returncode == 0
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 1 + 6 and rows[0][0] == "Receipt"
    assert sum(Decimal(r[12]) for r in rows[1:] if r[3] != "Void") == Decimal("28129.22")
    book = tmp_path / "register.xlsx"
    assert (
        run("handover-register", "--db", str(db), "--to", "2023-12-31", "-o", str(book)).returncode
        == 0
    )
    values = [r for r in openpyxl.load_workbook(book).active.iter_rows(values_only=True) if r[0]]
    assert "Up to 2023-12-31" in [r[0] for r in values]
    assert [r[0] for r in values if str(r[0]).startswith(("HR-", "RT-", "TR-"))] == ["HR-2023-0001"]


def test_the_funding_report_as_xlsx_and_pdf(db: Path, tmp_path: Path) -> None:
    book = tmp_path / "funding.xlsx"
    result = run("funding-report", "--db", str(db), "--from", "2024-01-01", "-o", str(book))
    assert result.returncode == 0, result.stderr
    assert "7 items" in result.stdout
    total = next(
        r
        for r in openpyxl.load_workbook(book).active.iter_rows(values_only=True)
        if r[0] == "Total"
    )
    assert total[4] == 7 and Decimal(str(total[5])).quantize(Decimal("0.01")) == Decimal("32202.87")
    pdf = tmp_path / "funding.pdf"
    assert run("funding-report", "--db", str(db), "-o", str(pdf)).returncode == 0
    assert "Funding report" in PdfReader(pdf).pages[0].extract_text()


def test_without_an_operator_the_name_is_left_blank_never_the_login(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "funding.pdf"
    result = run("funding-report", "--db", str(db), "-o", str(out), operator=None)
    assert result.returncode == 0, result.stderr
    assert "'Prepared by' is left blank" in result.stderr
    text = PdfReader(out).pages[0].extract_text()
    login = os.environ.get("USER") or "root"
    assert f"Prepared by {login}" not in text and "· Prepared by" not in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("handover-register", "--from", "2024-02-30"), "is not a date written YYYY-MM-DD"),
        (("handover-register", "--to", "31/12/2024"), "is not a date written YYYY-MM-DD"),
        (("handover-register", "--from", "2024-05-01", "--to", "2024-04-01"), "before it starts"),
        (("funding-report", "--from", "2024"), "is not a date written YYYY-MM-DD"),
    ],
)
def test_a_bad_date_is_one_line_exit_2_and_no_file(
    db: Path, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    out = tmp_path / "report.pdf"
    result = run(*args, "--db", str(db), "-o", str(out))
    assert result.returncode == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("handover-register", "register.docx"),
        ("funding-report", "funding.csv"),
        ("funding-report", "funding"),
    ],
)
def test_an_unknown_extension_is_one_line_exit_2_and_no_file(
    db: Path, tmp_path: Path, command: str, name: str
) -> None:
    result = run(command, "--db", str(db), "-o", str(tmp_path / name))
    assert result.returncode == 2
    assert "unknown file extension" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
