"""SIGKILL at a random moment of a 10,000-row import, 20 times: all or nothing, never damaged."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.kill_import import run_kills


def test_an_import_killed_at_random_leaves_all_or_nothing(tmp_path: Path) -> None:
    stats = run_kills(20, seed=2026, folder=tmp_path)
    assert stats.problems == []
    assert stats.runs == 20 == stats.nothing + stats.everything
