"""`demo --items` is bounded: a clear line, exit 2 and no file, rather than hours of work."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inl_equipment.cli import main
from inl_equipment.cli.register_commands import MAX_DEMO_ITEMS


def _refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], items: int) -> None:
    db = tmp_path / f"demo-{items}.sqlite"
    assert main(["demo", "--db", str(db), "--items", str(items)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--items must be 1 to 1,000,000" in err[0], err
    assert not db.exists()


@pytest.mark.parametrize("items", [0, -1, MAX_DEMO_ITEMS + 1, 10**9, 10**30])
def test_demo_items_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], items: int
) -> None:
    _refused(tmp_path, capsys, items)


@given(st.one_of(st.integers(max_value=0), st.integers(min_value=MAX_DEMO_ITEMS + 1)))
def test_demo_items_any_out_of_range(tmp_path_factory: pytest.TempPathFactory, items: int) -> None:
    import contextlib
    import io

    db = tmp_path_factory.mktemp("d") / "demo.sqlite"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["demo", "--db", str(db), "--items", str(items)]) == 2
    assert "--items must be 1 to 1,000,000" in err.getvalue()
    assert not db.exists()


def test_demo_items_in_range_still_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "small.sqlite"
    assert main(["demo", "--db", str(db), "--items", "1"]) == 0
    assert "added 1 sample items" in capsys.readouterr().out
