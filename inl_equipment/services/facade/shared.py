"""`register.shared`: a register on a database server: the user's role, others' changes."""

from __future__ import annotations

import threading

from inl_equipment.db import server_roles
from inl_equipment.services import others_changes
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change


class SharedApi:
    """The user's role on a server, and others' changes (published on the change feed)."""

    def __init__(self, ctx: Context) -> None:
        """Watch the register behind `ctx`, from its newest event on."""
        self._ctx = ctx
        self._seen: int | None = None
        self._lock = threading.Lock()  # one look at a time (looks run on worker threads)

    @property
    def on_server(self) -> bool:
        """True for a register on a database server, where others write too."""
        return self._ctx.db.server_login is not None

    def role(self) -> str | None:
        """The user's role on the server ("viewer", "officer", "administrator"), or None.

        None also for an SQLite file, where whoever opens it may do everything.
        """
        login = self._ctx.db.server_login
        if login is None:
            return None
        with self._ctx.db.read() as s:
            return server_roles.role_of(s.connection(), login)

    def start(self) -> None:
        """Take the newest event as seen: only what is written after this counts."""
        with self._lock, self._ctx.db.read() as s:
            self._seen = others_changes.newest_event(s)

    def poll(self) -> Change:
        """What changed since the last look (published on `register.changes` too)."""
        with self._lock, self._ctx.db.read() as s:
            if self._seen is None:
                self._seen = others_changes.newest_event(s)
                return Change()
            change, self._seen = others_changes.changes_since(s, self._seen)
        self._ctx.changes.publish(change)
        return change
