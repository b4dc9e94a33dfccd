"""Who may do what in a shared register on PostgreSQL, enforced by the server.

Desktop clients connect to the database directly, so a rule kept only in the
app is advice: a viewer with `psql` could write. Here the server keeps them:

- three group roles (NOLOGIN): `inl_viewer` reads; `inl_officer` also
  registers, hands over, checks and imports; `inl_administrator` also keeps
  the reference data, voids receipts, and changes the register's settings.
  Each person has a login role that is a member of one of them.
- `GRANT`s per table (column lists where a role may change only some columns).
- Triggers for what a grant cannot say, keyed on role membership of
  `session_user` (never on a setting a client could change): the history is
  append-only and its `operator` is the login that wrote it; an issued
  receipt's content never changes; only an administrator voids one.

`init` is idempotent: run it after every upgrade of the schema (a new table
gets its grants then). The roles are the cluster's, shared by every register
database on the server; the grants and triggers are this database's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, text

from inl_equipment.i18n import Msg

VIEWER, OFFICER, ADMINISTRATOR = "inl_viewer", "inl_officer", "inl_administrator"
#: The group roles by the name the command line takes.
ROLES = {"viewer": VIEWER, "officer": OFFICER, "administrator": ADMINISTRATOR}

#: What an officer writes beyond reading (the rest of the tables: read only).
_OFFICER_WRITES: dict[str, str] = {
    "items": "INSERT, UPDATE",
    "handovers": "INSERT, UPDATE",  # sealed once, by the trigger below
    "handover_lines": "INSERT",
    "attachments": "INSERT",
    "people": "INSERT",  # a signatory typed into a handover
    "inspections": "INSERT",
    "inspection_results": "INSERT",
    "item_checks": "INSERT, UPDATE",
    "incidents": "INSERT, UPDATE",
    "disposals": "INSERT",
    "disposal_lines": "INSERT",
    "imports": "INSERT, UPDATE",
    "lot_consumptions": "INSERT",
    "audit_events": "INSERT",
    "audit_anchors": "INSERT, UPDATE",
    "receipt_counters": "INSERT, UPDATE",
}
#: What an administrator writes beyond an officer.
_ADMINISTRATOR_WRITES: dict[str, str] = {
    "provinces": "INSERT, UPDATE, DELETE",
    "categories": "INSERT, UPDATE, DELETE",
    "agencies": "INSERT, UPDATE, DELETE",
    "locations": "INSERT, UPDATE, DELETE",
    "people": "UPDATE, DELETE",
    "funding_sources": "INSERT, UPDATE, DELETE",
    "register_settings": "INSERT, UPDATE, DELETE",
}

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")

_TRIGGERS = f"""
CREATE OR REPLACE FUNCTION inl_history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.operator IS DISTINCT FROM session_user THEN
      RAISE EXCEPTION 'history is written as the login that writes it (%), not %',
        session_user, NEW.operator USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the history is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;

DROP TRIGGER IF EXISTS inl_history_append_only ON audit_events;
CREATE TRIGGER inl_history_append_only
  BEFORE INSERT OR UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION inl_history_append_only();
DROP TRIGGER IF EXISTS inl_history_no_truncate ON audit_events;
CREATE TRIGGER inl_history_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION inl_history_append_only();

CREATE OR REPLACE FUNCTION inl_receipt_sealed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a receipt is never deleted (void it)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF COALESCE(OLD.digest, '') <> '' AND (
       NEW.content IS DISTINCT FROM OLD.content OR NEW.digest IS DISTINCT FROM OLD.digest
    OR NEW.number IS DISTINCT FROM OLD.number OR NEW.date IS DISTINCT FROM OLD.date
    OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.total_value IS DISTINCT FROM OLD.total_value
    OR NEW.item_count IS DISTINCT FROM OLD.item_count
    OR NEW.from_agency_id IS DISTINCT FROM OLD.from_agency_id
    OR NEW.to_agency_id IS DISTINCT FROM OLD.to_agency_id
    OR NEW.location_id IS DISTINCT FROM OLD.location_id) THEN
    RAISE EXCEPTION 'receipt % was issued: its content cannot change', OLD.number
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status
     AND NOT pg_has_role(session_user, '{ADMINISTRATOR}', 'MEMBER') THEN
    RAISE EXCEPTION 'only an administrator voids a receipt'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS inl_receipt_sealed ON handovers;
CREATE TRIGGER inl_receipt_sealed BEFORE UPDATE OR DELETE ON handovers
  FOR EACH ROW EXECUTE FUNCTION inl_receipt_sealed();
"""


class ServerRoleError(ValueError):
    """A user name or role the server cannot take; the message says which."""


def check_name(name: str) -> str:
    """`name` as a login role name, or `ServerRoleError` (lower case letters, digits, _)."""
    if not _NAME.fullmatch(name) or name.startswith("pg_") or name in ROLES.values():
        raise ServerRoleError(
            Msg.translate(
                "Server",
                "“{name}” cannot be a user name: use lower-case letters, digits and _,"
                " starting with a letter (at most 63).",
            ).format(name=name)
        )
    return name


def group_role(role: str) -> str:
    """The group role for `role` ("viewer", "officer", "administrator")."""
    try:
        return ROLES[role]
    except KeyError:
        raise ServerRoleError(
            Msg.translate(
                "Server", "Unknown role “{role}”: viewer, officer or administrator."
            ).format(role=role)
        ) from None


def init(conn: Connection) -> None:
    """Create the group roles (if missing), grant each its tables, install the triggers."""
    for role in ROLES.values():
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
            conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    conn.execute(text(f"GRANT {VIEWER} TO {OFFICER}"))
    conn.execute(text(f"GRANT {OFFICER} TO {ADMINISTRATOR}"))
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {VIEWER}'))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {VIEWER}"))
    tables = set(
        conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
    )
    for role in ROLES.values():
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {VIEWER}"))
    _grant(conn, OFFICER, _OFFICER_WRITES, tables)
    _grant(conn, ADMINISTRATOR, _ADMINISTRATOR_WRITES, tables)
    conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {OFFICER}"))
    conn.execute(text(_TRIGGERS))


def _grant(conn: Connection, role: str, writes: dict[str, str], tables: Iterable[str]) -> None:
    present = set(tables)
    for table, privileges in writes.items():
        if table in present:  # a table of a later revision is granted when init runs again
            conn.execute(text(f'GRANT {privileges} ON "{table}" TO {role}'))


def add_user(conn: Connection, name: str, role: str, password: str) -> None:
    """A login for one person, a member of `role`'s group; `ServerRoleError` if taken."""
    check_name(name)
    group = group_role(role)
    if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
        raise ServerRoleError(
            Msg.translate(
                "Server", "User “{name}” exists already (set-role changes a user's role)."
            ).format(name=name)
        )
    secret = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
    conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD {secret} IN ROLE {group}"))


def set_role(conn: Connection, name: str, role: str) -> None:
    """Make `name` a member of `role`'s group only."""
    check_name(name)
    group = group_role(role)
    _existing(conn, name)
    for other in ROLES.values():
        if other != group:
            conn.execute(text(f"REVOKE {other} FROM {name}"))
    conn.execute(text(f"GRANT {group} TO {name}"))


def remove_user(conn: Connection, name: str) -> None:
    """Remove a person's login (their history stays, under their name)."""
    check_name(name)
    _existing(conn, name)
    conn.execute(text(f"DROP ROLE {name}"))


def role_of(conn: Connection, name: str) -> str | None:
    """The highest of the app's roles that `name` is a member of ("viewer", …), or None."""
    existing = set(
        conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:v, :o, :a)"),
            {"v": VIEWER, "o": OFFICER, "a": ADMINISTRATOR},
        ).scalars()
    )
    for label in ("administrator", "officer", "viewer"):
        if ROLES[label] not in existing:  # a server where `server init` never ran
            continue
        member = conn.execute(
            text("SELECT pg_has_role(:n, :g, 'MEMBER')"), {"n": name, "g": ROLES[label]}
        ).scalar_one()
        if member:
            return label
    return None


def _existing(conn: Connection, name: str) -> None:
    if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
        raise ServerRoleError(
            Msg.translate("Server", "There is no user “{name}” on this server.").format(name=name)
        )
