"""`inl-equipment server …`: set up a shared register on PostgreSQL and its users.

Run by the server's administrator (a login that owns the database and may
create roles). The app's users never own the tables: the server enforces
what each role may do (`db/server_roles.py`).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from inl_equipment.cli.common import CliError, add_db_option, database_url
from inl_equipment.db import server_roles
from inl_equipment.db.schema import SchemaError, open_database

_ROLE_CHOICES = sorted(server_roles.ROLES)


def add_commands(sub: Any) -> None:
    """Add `server init`, `add-user`, `set-role`, `remove-user`."""
    server = sub.add_parser("server", help="set up a shared register on PostgreSQL and its users")
    verbs = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True)

    init = verbs.add_parser("init", help="create the schema, the three roles and their grants")
    add_db_option(init)
    init.set_defaults(func=cmd_init)

    add = verbs.add_parser("add-user", help="a login for one person, with one role")
    add.add_argument("name", help="the login name (lower-case letters, digits, _)")
    add.add_argument("--role", required=True, choices=_ROLE_CHOICES)
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (else it is asked)",
    )
    add_db_option(add)
    add.set_defaults(func=cmd_add_user)

    set_role = verbs.add_parser("set-role", help="change a person's role")
    set_role.add_argument("name")
    set_role.add_argument("--role", required=True, choices=_ROLE_CHOICES)
    add_db_option(set_role)
    set_role.set_defaults(func=cmd_set_role)

    remove = verbs.add_parser("remove-user", help="remove a person's login (history stays)")
    remove.add_argument("name")
    add_db_option(remove)
    remove.set_defaults(func=cmd_remove_user)


def _server_url(args: argparse.Namespace) -> str:
    url = database_url(args)
    if not url.startswith("postgresql"):
        raise CliError("server commands work on a PostgreSQL register: --db postgresql+psycopg://…")
    return url


def _run(args: argparse.Namespace, work: Any) -> None:
    """Run `work(conn)` in one transaction as the --db login; one line on failure."""
    engine = create_engine(_server_url(args), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            work(conn)
    except server_roles.ServerRoleError as exc:
        raise CliError(str(exc)) from None
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise CliError(f"the server refused: {first}") from None
    finally:
        engine.dispose()


def cmd_init(args: argparse.Namespace) -> int:
    """Bring the schema up to date, then create the roles and grants (idempotent)."""
    try:
        open_database(_server_url(args)).dispose()
    except SchemaError as exc:
        raise CliError(str(exc)) from None
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise CliError(f"the server refused: {first}") from None
    _run(args, server_roles.init)
    print("the register's schema, roles (viewer, officer, administrator) and grants are set")
    return 0


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            raise CliError("the two passwords differ; nothing was changed")
    if len(password) < 8:
        raise CliError("a password needs at least 8 characters; nothing was changed")
    return password


def cmd_add_user(args: argparse.Namespace) -> int:
    """Add a login with one role."""
    _valid(args.name)  # before asking for a password
    password = _password(args)

    def work(conn: Connection) -> None:
        server_roles.add_user(conn, args.name, args.role, password)

    _run(args, work)
    print(f"added {args.name} as {args.role}")
    return 0


def _valid(name: str) -> None:
    try:
        server_roles.check_name(name)
    except server_roles.ServerRoleError as exc:
        raise CliError(str(exc)) from None


def cmd_set_role(args: argparse.Namespace) -> int:
    """Give a login another role."""
    _run(args, lambda conn: server_roles.set_role(conn, args.name, args.role))
    print(f"{args.name} is now {args.role}")
    return 0


def cmd_remove_user(args: argparse.Namespace) -> int:
    """Remove a login."""
    _run(args, lambda conn: server_roles.remove_user(conn, args.name))
    print(f"removed {args.name}")
    return 0
