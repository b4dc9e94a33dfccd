"""handovers, receipt and verify on the command line, in a real process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pypdf import PdfReader

from tests.integration.test_cli_register import run


def test_list_write_a_receipt_and_verify_it(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    assert run("demo", "--db", str(db), "--items", "1000").returncode == 0
    listing = run("handovers", "--db", str(db))
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert len(lines) >= 20
    number, day, recipient, items, status = lines[-1].split("\t")
    assert number.startswith("HR-") and status in ("issued", "void")
    issued = next(
        line.split("\t")[0]
        for line in lines
        if line.endswith("\tissued") and line.startswith("HR-")
    )
    pdf = tmp_path / "receipt.pdf"
    out = run("receipt", issued, "--db", str(db), "-o", str(pdf))
    assert out.returncode == 0, out.stderr
    text = PdfReader(pdf).pages[0].extract_text()
    assert issued in text and "COPY" in text
    con = sqlite3.connect(db)
    digest = con.execute("SELECT digest FROM handovers WHERE number = ?", (issued,)).fetchone()[0]
    con.close()
    ok = run("verify", "--db", str(db), f"INL-RECEIPT|{issued}|{digest}")
    assert ok.returncode == 0 and ok.stdout.startswith("OK:")
    bad = run("verify", "--db", str(db), f"INL-RECEIPT|{issued}|{'0' * 64}")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "does not match" in bad.stderr
    missing = run("receipt", "HR-1999-0001", "--db", str(db), "-o", str(tmp_path / "x.pdf"))
    assert missing.returncode != 0 and "no receipt numbered" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
