"""Kill the import command at random moments, many times (by hand; the suite runs 20).

uv run python stress/kill_import.py --runs 200 [--seed 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.helpers.kill_import import run_kills


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        stats = run_kills(args.runs, args.seed, Path(tmp))
    print(
        f"{stats.runs} kills in {time.perf_counter() - start:.0f} s: "
        f"{stats.nothing} left nothing, {stats.everything} left the whole batch, "
        f"{len(stats.problems)} problems"
    )
    for problem in stats.problems:
        print("  " + problem)
    return 1 if stats.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
