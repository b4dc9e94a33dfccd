"""The frozen build against the source checkout: open → table painted, and the folder's size.

    bash packaging/build.sh --no-smoke
    uv run python bench/bench_frozen.py [--db /tmp/bench100k.sqlite] [--items 100000] [--repeat 5]

Both sides run the same entry script (packaging/frozen_main.py) in a fresh process:
the frozen executable, and `python packaging/frozen_main.py` from the checkout.
`INL_EQUIPMENT_PAINT_PROBE` makes it open the register offscreen and note, as in
bench/register_probe.py, when the register table is first painted. Each figure is
from the moment the process is started (the frozen bootloader's unpacking counts),
taken alternately, medians of `--repeat`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRY = ROOT / "packaging" / "frozen_main.py"
DEFAULT_APP = ROOT / "build" / "frozen" / "dist" / "inl-equipment" / "inl-equipment"
TARGET_RATIO = 1.5


def make_db(path: Path, items: int) -> None:
    from inl_equipment.db.schema import open_database
    from inl_equipment.services.demo import fill_demo

    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, items, "bench")
    db.dispose()


def probe(command: list[str], db: Path, tmp: Path, env_extra: dict[str, str]) -> dict[str, float]:
    out = tmp / "probe.json"
    out.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        INL_EQUIPMENT_PAINT_PROBE=str(out),
        INL_EQUIPMENT_DB="sqlite:///" + str(db),
        **env_extra,
    )
    spawned = time.time()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    result = json.loads(out.read_text(encoding="utf-8"))
    return {
        "painted": result["painted"] - spawned,
        "in_python": result["painted"] - result["started"],
        "rows": result["rows"],
    }


def folder_mb(folder: Path) -> float:
    # Symbolic links (Linux: libQt6Core.so.6 beside PySide6/Qt/lib) are not counted twice.
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", type=Path, default=DEFAULT_APP, help="the frozen executable")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="reuse this database (made if missing)")
    args = parser.parse_args()
    app = args.app.with_suffix(".exe") if sys.platform == "win32" else args.app
    if not app.is_file():
        raise SystemExit(f"no frozen build at {app}: run bash packaging/build.sh first")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        source = [sys.executable, str(ENTRY)]
        # From source as a developer has it: bytecode cached (in the temporary folder, so
        # the checkout is not touched), and as this machine runs it, where
        # PYTHONDONTWRITEBYTECODE=1 makes Python compile every module at every start.
        sides = {
            "frozen": ([str(app)], {}),
            "source": (source, {"PYTHONPYCACHEPREFIX": str(tmp / "pycache")}),
            "source, no bytecode cache": (source, {"PYTHONDONTWRITEBYTECODE": "1"}),
        }
        db = args.db or tmp / "bench.sqlite"
        if not db.exists():
            t = time.perf_counter()
            make_db(db, args.items)
            print(f"sample data: {args.items:,} items in {time.perf_counter() - t:.1f} s")
        samples: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
        for command, extra in sides.values():
            probe(command, db, tmp, extra)  # warm the OS file cache (and the bytecode cache)
        for _ in range(args.repeat):
            for side, (command, extra) in sides.items():
                samples[side].append(probe(command, db, tmp, extra))
    medians = {
        side: {k: statistics.median(s[k] for s in runs) for k in ("painted", "in_python")}
        for side, runs in samples.items()
    }
    rows = {s["rows"] for runs in samples.values() for s in runs}
    ratio = medians["frozen"]["painted"] / medians["source"]["painted"]
    internal = app.parent / "_internal"
    for side, m in medians.items():
        print(
            f"{side:26s} open → table painted {m['painted'] * 1000:6.0f} ms "
            f"(from the entry script's start {m['in_python'] * 1000:5.0f} ms)"
        )
    verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"ratio frozen/source        {ratio:.2f}× (target ≤ {TARGET_RATIO}×: {verdict})")
    print(f"rows                       {sorted(rows)}")
    print(
        f"folder                     {folder_mb(app.parent):.0f} MB "
        f"(PySide6 {folder_mb(internal / 'PySide6'):.0f} MB)"
    )


if __name__ == "__main__":
    main()
