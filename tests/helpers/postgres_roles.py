"""A shared register with one login per role, set up as its administrator would."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

from inl_equipment.cli import main

PASSWORD = "a-long-password"
ROLES = ("viewer", "officer", "administrator")


def cli(*argv: str, stdin: str = "") -> int:
    """Run the command line in this process with `stdin` as its input."""
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return main(list(argv))
    finally:
        sys.stdin = old


@contextmanager
def logins(url: str) -> Iterator[dict[str, str]]:
    """`server init`, then a login per role (role -> login name); removed afterwards."""
    assert cli("server", "init", "--db", url) == 0
    names = {role: f"t{os.getpid()}_{role}" for role in ROLES}
    for role, name in names.items():
        added = cli(
            "server", "add-user", name, "--role", role, "--password-stdin", "--db", url,
            stdin=PASSWORD + "\n",
        )  # fmt: skip
        assert added == 0
    try:
        yield names
    finally:
        for name in names.values():
            cli("server", "remove-user", name, "--db", url)


def as_login(url: str, name: str, driver: str | None = None) -> str:
    """`url` with `name` and the test password (and another driver name, for psycopg)."""
    changed = make_url(url).set(username=name, password=PASSWORD)
    if driver is not None:
        changed = changed.set(drivername=driver)
    return changed.render_as_string(hide_password=False)
