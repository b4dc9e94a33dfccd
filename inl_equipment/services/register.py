"""The one object the UI and the command line talk to for a register.

`Register` holds a `Database` and the operator's name and offers the
register's capabilities as attributes: `items`, `handovers`, `reference`,
`imports`, `monitoring`, `safety`. Every method of those is one unit of work in its own
session, so no session outlives a user action and nothing is shared between
threads except the thread-safe `Database`. Writing methods publish a
`Change` on `register.changes`; windows subscribe and refresh exactly that.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from inl_equipment.db.opening import OpenedRegister
from inl_equipment.db.session import Database
from inl_equipment.i18n import Msg
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change, ChangeFeed
from inl_equipment.services.facade.handovers import HandoversApi
from inl_equipment.services.facade.imports import ImportsApi
from inl_equipment.services.facade.items import ItemsApi
from inl_equipment.services.facade.monitoring import MonitoringApi
from inl_equipment.services.facade.reference import FORM_REFS, ReferenceApi
from inl_equipment.services.facade.safety import SafetyApi

if TYPE_CHECKING:
    from inl_equipment.services.facade.checklists import ChecklistsApi
    from inl_equipment.services.facade.dashboard import DashboardApi
    from inl_equipment.services.facade.item_page import ItemPageApi
    from inl_equipment.services.facade.labels import LabelsApi
    from inl_equipment.services.facade.lots import LotsApi
    from inl_equipment.services.facade.monitoring_documents import MonitoringDocumentsApi
    from inl_equipment.services.facade.reports import ReportsApi
    from inl_equipment.services.facade.shared import SharedApi

__all__ = ["FORM_REFS", "Change", "Register"]


class Register:
    """A register opened for one operator, split by capability."""

    def __init__(self, db: Database, operator: str, opened: OpenedRegister | None = None) -> None:
        """The register on `db`; `opened` carries its lock and notices (None: caller's).

        `operator` is the person's name, as documents say who prepared them. On a
        database server the history names the login instead (the server refuses
        any other), so that is `author`; on an SQLite file the two are the same.
        """
        self.author = db.server_login or operator
        self._ctx = Context(db, self.author, ChangeFeed(), prepared_by=operator)
        self.operator = operator
        self._reading_only: Msg | None = None
        #: The open session's lock and notices (None when the caller manages them).
        self.opened = opened
        self.changes = self._ctx.changes
        self.items = ItemsApi(self._ctx)
        self.handovers = HandoversApi(self._ctx)
        self.reference = ReferenceApi(self._ctx)
        self.imports = ImportsApi(self._ctx)
        self.monitoring = MonitoringApi(self._ctx)
        self.safety = SafetyApi(self._ctx, self._database_replaced)

    # Made when first used: their modules are not needed to open the window.
    @cached_property
    def monitoring_documents(self) -> MonitoringDocumentsApi:
        """Incident reports, disposal certificates, the files kept with those records."""
        from inl_equipment.services.facade.monitoring_documents import MonitoringDocumentsApi

        return MonitoringDocumentsApi(self._ctx)

    @cached_property
    def checklists(self) -> ChecklistsApi:
        """Field checklists out (PDF, XLSX) and filled ones back in."""
        from inl_equipment.services.facade.checklists import ChecklistsApi

        return ChecklistsApi(self._ctx)

    @cached_property
    def labels(self) -> LabelsApi:
        """Asset labels with a QR code and a Code 128 of each tag, as PDF sheets."""
        from inl_equipment.services.facade.labels import LabelsApi

        return LabelsApi(self._ctx)

    @cached_property
    def dashboard(self) -> DashboardApi:
        """Receipt and incident figures for the dashboard, and its one-page summary."""
        from inl_equipment.services.facade.dashboard import DashboardApi

        return DashboardApi(self._ctx)

    @cached_property
    def item_page(self) -> ItemPageApi:
        """One item's receipts, checks, incidents and photos (the item page)."""
        from inl_equipment.services.facade.item_page import ItemPageApi

        return ItemPageApi(self._ctx)

    @cached_property
    def reports(self) -> ReportsApi:
        """The handover register and the funding report, as PDF, XLSX (and CSV)."""
        from inl_equipment.services.facade.reports import ReportsApi

        return ReportsApi(self._ctx)

    @cached_property
    def lots(self) -> LotsApi:
        """Lots used up or distributed, and the expiring and used lots report."""
        from inl_equipment.services.facade.lots import LotsApi

        return LotsApi(self._ctx)

    @cached_property
    def shared(self) -> SharedApi:
        """On a database server: the user's role, and what other clients changed."""
        from inl_equipment.services.facade.shared import SharedApi

        return SharedApi(self._ctx)

    @property
    def db(self) -> Database:
        """The database (for the command line and tests; widgets use the capabilities)."""
        return self._ctx.db

    @property
    def read_only(self) -> bool:
        """True when nothing can be changed in this register now."""
        return self._ctx.db.read_only

    @property
    def read_only_reason(self) -> str:
        """Why the register is read-only ('' when it is not, or no reason is known)."""
        if self._reading_only is not None:
            return str(self._reading_only)
        return str(self.opened.read_only_reason) if self.opened is not None else ""

    def restrict_to_reading(self, reason: Msg) -> None:
        """Open for reading only from now on (a viewer's role on a server), saying why."""
        self._ctx.db.read_only = True
        self._reading_only = reason

    @property
    def path(self) -> Path | None:
        """The register's file (None for a server database)."""
        return self._ctx.db.path

    @property
    def location(self) -> str:
        """Where the register is, for a title bar: the file name or the URL."""
        path = self.path
        return path.name if path is not None else self._ctx.db.url

    def finish_opening(self, before_set_aside: Callable[[], None] | None = None) -> None:
        """Wait for the start-up check that ran while the window was built.

        Raises `DamagedDatabaseError` (the register closed and the damaged file
        set aside, after `before_set_aside`) when the check failed.
        """
        if self.opened is not None:
            self.opened.finish_check(before_set_aside)

    def close(self) -> None:
        """Close the database and give up the writer lock."""
        if self.opened is not None:
            self.opened.close()
        else:
            self._ctx.db.dispose()

    def _database_replaced(self) -> None:
        if self.opened is not None:
            self.opened.db = self._ctx.db
