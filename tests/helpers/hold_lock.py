"""Take the writer lock of a register and hold it until stdin closes or the process is killed.

Usage: python hold_lock.py DB_PATH OPERATOR
Prints "LOCKED <pid>" once the lock is held, or "REFUSED <message>" when it is not.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from inl_equipment.db.lock import LockError, acquire_writer_lock


def main() -> int:
    db_path, operator = Path(sys.argv[1]), sys.argv[2]
    try:
        lock = acquire_writer_lock(db_path, operator)
    except LockError as exc:
        print(f"REFUSED {exc}", flush=True)
        return 1
    print(f"LOCKED {os.getpid()}", flush=True)
    sys.stdin.read()  # the test closes stdin (or kills us) to end the hold
    lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
