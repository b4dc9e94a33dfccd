"""`inl-equipment --smoke-test` from source: passes, and a failure is one line and exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inl_equipment import smoke
from inl_equipment.smoke import SmokeError, check_pdf
from inl_equipment.ui import smoke_window

# The unit-test budget is tight: the full run (window included) goes through a subprocess
# once here, and once more on the frozen build in tests/integration/test_frozen_build.py.
TIMEOUT = 180


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TMPDIR", "TEMP", "TMP")}
    # The log file goes under tmp_path, never to the user's data folder.
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), TMPDIR=str(tmp_path / "tmp"), **extra)
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return env


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
    )


def _log(tmp_path: Path) -> str:
    files = list((tmp_path / "data").rglob("inl-equipment.log"))
    return files[0].read_text(encoding="utf-8") if files else ""


def test_the_smoke_test_passes_from_source_and_leaves_nothing_behind(tmp_path: Path) -> None:
    env = _env(tmp_path)
    done = _run(env, "-m", "inl_equipment", "--smoke-test")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "smoke test passed (18 steps" in done.stdout
    log = _log(tmp_path)
    for step in ("handover receipt", "inventory exports", "main window", "interface language"):
        assert f"smoke step {step}:" in log
    assert list((tmp_path / "tmp").iterdir()) == []


def test_an_unusable_temporary_folder_is_one_line_on_stderr_and_exit_1(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    env = _env(tmp_path)
    env["TMPDIR"] = str(not_a_folder)
    done = _run(env, "-m", "inl_equipment", "--smoke-test")
    assert done.returncode == smoke.FAILED
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("inl-equipment: smoke test failed at temporary folder:")
    assert "Traceback" not in done.stderr
    # The traceback is in the log file instead.
    assert "Traceback" in _log(tmp_path)


def test_a_step_that_hangs_is_ended_by_the_watchdog(tmp_path: Path) -> None:
    code = "from inl_equipment import smoke; raise SystemExit(smoke.run(timeout=0.2))"
    done = _run(_env(tmp_path), "-c", code)
    assert done.returncode == smoke.TIMED_OUT
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "no result after" in lines[0], done.stderr


@pytest.fixture
def core_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """smoke.run in this process without Qt's steps and without touching the logging set-up."""
    monkeypatch.setattr(smoke_window, "STEPS", [])
    monkeypatch.setattr(smoke, "_log_to_file", lambda: None)
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def test_the_core_steps_pass_in_process(
    core_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert smoke.run(items=300) == 0
    out, err = capsys.readouterr()
    assert err == "" and "smoke test passed (13 steps" in out
    assert list(core_only.iterdir()) == []


def test_a_broken_monitoring_document_names_its_step(
    core_only: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from inl_equipment import smoke_monitoring

    def broken(state: smoke.SmokeState) -> str:
        raise smoke_monitoring.MonitoringSmokeError("the EUM report is not a complete PDF")

    steps = [(n, broken if n == "EUM report" else f) for n, f in smoke_monitoring.STEPS]
    monkeypatch.setattr(smoke_monitoring, "STEPS", steps)
    assert smoke.run(items=300) == smoke.FAILED
    _, err = capsys.readouterr()
    assert err == (
        "inl-equipment: smoke test failed at EUM report: the EUM report is not a complete PDF\n"
    )
    assert list(core_only.iterdir()) == []


def test_a_wrong_result_names_its_step_and_cleans_up(
    core_only: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(state: smoke.SmokeState, items: int) -> str:
        raise SmokeError("the xlsx export has 0 items, not 30")

    monkeypatch.setattr(smoke, "_exports", broken)
    assert smoke.run(items=300) == smoke.FAILED
    _, err = capsys.readouterr()
    assert err == (
        "inl-equipment: smoke test failed at inventory exports: "
        "the xlsx export has 0 items, not 30\n"
    )
    assert list(core_only.iterdir()) == []


def test_check_pdf_counts_pages_and_refuses_what_is_not_a_pdf() -> None:
    page = b"1 0 obj << /Type /Page /Parent 3 0 R >> endobj\n"
    pdf = b"%PDF-1.4\n" + page * 2 + b"3 0 obj << /Type /Pages /Count 2 >> endobj\n%%EOF\n"
    assert check_pdf(pdf, "x") == 2
    with pytest.raises(SmokeError, match="not a complete PDF"):
        check_pdf(b"PK\x03\x04", "the receipt")
    with pytest.raises(SmokeError, match="has no pages"):
        check_pdf(b"%PDF-1.4\n%%EOF\n", "the receipt")
