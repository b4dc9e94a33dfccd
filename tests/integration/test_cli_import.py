"""`inl-equipment import` end to end, in a real process, on files written here."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from inl_equipment.cli import build_parser
from inl_equipment.db.session import Database

# Until `import` is wired into `cli.build_parser`, the same main() runs with it added.
_SHIM = """
import sys
import inl_equipment.cli as cli
from inl_equipment.cli import import_commands
build = cli.build_parser
def build_parser():
    parser = build()
    sub = next(a for a in parser._actions if a.dest == "command")
    import_commands.add_commands(sub)
    return parser
cli.build_parser = build_parser
raise SystemExit(cli.main(sys.argv[1:]))
"""


def _wired() -> bool:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return "import" in sub.choices  # type: ignore[operator]


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("INL_EQUIPMENT_DB", None)
    # Saved column mappings live in the data folder: keep the user's out of it.
    env["XDG_DATA_HOME"] = env["APPDATA"] = str(tmp_path / "data")
    env["INL_EQUIPMENT_OPERATOR"] = "CLI tester"
    cmd = ["-m", "inl_equipment"] if _wired() else ["-c", _SHIM]
    return subprocess.run(
        [sys.executable, *cmd, *args], capture_output=True, text=True, env=env, timeout=120
    )


def fingerprint(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def tags(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {t for (t,) in con.execute("SELECT asset_tag FROM items WHERE asset_tag LIKE 'C-%'")}
    finally:
        con.close()


@pytest.fixture
def register_file(demo_db: Database, db_path: Path) -> Path:
    demo_db.dispose()
    return db_path


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_dry_run_then_import_then_again(register_file: Path, tmp_path: Path) -> None:
    csv = write(tmp_path / "in.csv", ["Asset Tag,Name,Category,Purchase Cost",
                                      "C-1,Handheld radio,Radios,$450.00",
                                      "C-2,Tent,Field equipment,\"$1,200.00\""])  # fmt: skip
    before = fingerprint(register_file)
    refused = run(tmp_path, "import", str(csv), "--db", str(register_file), "--dry-run")
    assert refused.returncode == 1  # the unknown category is an error unless asked to create
    assert "Unknown category 'Field equipment' (new records are not created)" in refused.stdout
    dry = run(
        tmp_path, "import", str(csv), "--db", str(register_file), "--dry-run", "--create-missing"
    )
    assert dry.returncode == 0, dry.stderr
    assert "would import: 2 new, 0 updated, 0 skipped" in dry.stdout
    assert "in.csv: 2 rows" in dry.stdout
    assert "to create: 1 category: Field equipment" in dry.stdout
    assert "0 errors; 1 warning\n" in dry.stdout
    assert fingerprint(register_file) == before

    done = run(tmp_path, "import", str(csv), "--db", str(register_file), "--create-missing")
    assert done.returncode == 0, done.stderr
    assert "imported: 2 new" in done.stdout and "recorded as import #1" in done.stdout
    assert tags(register_file) == {"C-1", "C-2"}

    again = run(tmp_path, "import", str(csv), "--db", str(register_file))
    assert again.returncode == 0 and "imported: 0 new, 0 updated, 2 skipped" in again.stdout
    fail = run(tmp_path, "import", str(csv), "--db", str(register_file), "--on-duplicate", "fail")
    assert fail.returncode == 1 and "nothing imported" in fail.stderr


def test_rows_with_errors_import_nothing(register_file: Path, tmp_path: Path) -> None:
    csv = write(tmp_path / "bad.csv", ["Asset Tag,Name,Category,Purchase Cost,Status",
                                       "C-1,Radio,Radios,$45.00,",
                                       "C-2,Radio,Radios,forty,",
                                       "C-3,Radio,Boats of gold,$5.00,Stolen"])  # fmt: skip
    before = fingerprint(register_file)
    out = run(tmp_path, "import", str(csv), "--db", str(register_file), "--no-create")
    assert out.returncode == 1
    assert "row 3, unit value (usd): error: 'forty' is not an amount of money." in out.stdout
    assert "row 4, category: error: Unknown category 'Boats of gold'" in out.stdout
    assert "row 4, status: warning: Recorded as stolen" in out.stdout
    assert "2 errors (in 2 rows); 1 warning" in out.stdout
    assert out.stderr.strip().endswith("nothing imported: fix the rows with errors in the file")
    assert fingerprint(register_file) == before


def test_ambiguous_dates_need_date_order(register_file: Path, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Summary"
    ws = wb.create_sheet("Items")
    ws.append(["Asset Tag", "Name", "Category", "Date received"])
    ws.append(["C-7", "Radio", "Radios", "03/04/2023"])  # text, as typed in a text column
    path = tmp_path / "dates.xlsx"
    wb.save(path)
    out = run(tmp_path, "import", str(path), "--db", str(register_file), "--sheet", "Items")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "--date-order" in out.stderr
    ok = run(tmp_path, "import", str(path), "--db", str(register_file), "--sheet", "Items",
             "--date-order", "dmy")  # fmt: skip
    assert ok.returncode == 0, ok.stdout + ok.stderr
    con = sqlite3.connect(register_file)
    assert con.execute("SELECT acquisition_date FROM items WHERE asset_tag = 'C-7'").fetchone() == (
        "2023-04-03",
    )
    con.close()


def test_unreadable_file_is_one_line(register_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    out = run(tmp_path, "import", str(path), "--db", str(register_file))
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "old Excel" in out.stderr


def test_rejected_rows_are_saved_on_a_dry_run_and_a_refused_import(
    register_file: Path, tmp_path: Path
) -> None:
    csv = write(tmp_path / "bad.csv", ["Asset Tag,Name,Category,Purchase Cost",
                                       "C-1,Radio,Radios,$45.00",
                                       "C-2,ວິທະຍຸ,Radios,forty"])  # fmt: skip
    before = fingerprint(register_file)
    rejects = tmp_path / "rejected.csv"
    dry = run(tmp_path, "import", str(csv), "--db", str(register_file), "--dry-run",
              "--rejects", str(rejects))  # fmt: skip
    assert dry.returncode == 1, dry.stderr  # a row has errors: nothing could be imported
    assert f"1 row with errors saved to {rejects}" in dry.stdout
    assert "1 error (in 1 row); 0 warnings" in dry.stdout
    assert rejects.read_bytes() == (
        "\ufeffAsset Tag,Name,Category,Purchase Cost,Problems\r\n"
        "C-2,ວິທະຍຸ,Radios,forty,Row 3: Unit value (USD): 'forty' is not an amount of money.\r\n"
    ).encode("utf-8")
    rejects.unlink()
    out = run(tmp_path, "import", str(csv), "--db", str(register_file), "--rejects", str(rejects))
    assert out.returncode == 1 and rejects.exists()
    assert fingerprint(register_file) == before


def test_rejects_that_cannot_be_written_stop_the_import(
    register_file: Path, tmp_path: Path
) -> None:
    csv = write(tmp_path / "ok.csv", ["Asset Tag,Name,Category", "C-1,Radio,Radios"])
    before = fingerprint(register_file)
    out = run(tmp_path, "import", str(csv), "--db", str(register_file),
              "--rejects", str(tmp_path / "missing" / "r.csv"))  # fmt: skip
    assert out.returncode == 2 and "cannot save the rejected rows" in out.stderr
    assert fingerprint(register_file) == before
    ok = run(tmp_path, "import", str(csv), "--db", str(register_file),
             "--rejects", str(tmp_path / "r.csv"))  # fmt: skip
    assert ok.returncode == 0 and "0 rows with errors saved" in ok.stdout
    assert (tmp_path / "r.csv").read_text(encoding="utf-8-sig").startswith("Asset Tag,Name")
    assert tags(register_file) == {"C-1"}
