"""Write an import plan: one transaction, all of it or nothing.

Items go in and are updated through `db.bulk.BulkStatement` (a Core INSERT
or UPDATE run by the driver's `executemany`, inside the session's
transaction: the ORM would take seconds per thousand rows), their ids are
read back by asset tag, and every created or edited item gets its audit
event through one `audit.record` call. A progress callback that raises (the UI's Cancel) rolls
everything back, like any other error.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import BulkStatement, fetch_tuples
from inl_equipment.db.models import (
    Agency,
    AuditEvent,
    Category,
    FundingSource,
    Item,
    Location,
    LocationKind,
    Province,
)
from inl_equipment.db.session import Database
from inl_equipment.db.transactions import ImportRecord
from inl_equipment.i18n import Msg
from inl_equipment.interchange.import_lookups import RefKind
from inl_equipment.interchange.import_refs import NewReference
from inl_equipment.interchange.importer import (
    ImportPlan,
    PreviewRow,
    Progress,
    plan_in_session,
)
from inl_equipment.services import audit, lao_data
from inl_equipment.services.items import INPUT_FIELDS, ItemInput

_CHUNK = 2000
# Field positions by kind, so that 10,000 rows are converted without a name lookup each.
_ALL_VALUES = attrgetter(*INPUT_FIELDS)
_ID_ATTRS = ("category_id", "funding_source_id", "holder_agency_id", "location_id")
_ID_POS = [INPUT_FIELDS.index(n) for n in _ID_ATTRS]
_INSERT_COLUMNS = (*INPUT_FIELDS, "created_at", "updated_at")
#: An UPDATE's rows end with the item's id, bound as `item_id`.
_UPDATE_COLUMNS = (*INPUT_FIELDS, "updated_at", "item_id")


class ImportBlockedError(Exception):
    """The plan has errors that stop the import; the message says which."""


class StaleImportError(Exception):
    """The register changed since the preview in a way that changes the import."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a committed import did."""

    import_id: int
    created: int
    updated: int
    skipped: int  # duplicates skipped, unchanged rows, rows with nothing to import
    excluded: int  # rows with errors left out ("import only the valid rows")
    warnings: int
    refs_created: dict[str, list[str]] = field(default_factory=dict)
    item_ids: list[int] = field(default_factory=list)


def commit(
    db: Database,
    operator: str,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportResult:
    """Write `plan` in one transaction; raise and change nothing on any problem."""
    with db.write() as session:
        mark = session.scalar(select(func.max(AuditEvent.id))) or 0
        if mark != plan.audit_mark:
            # Someone saved since the preview: plan again against what is there now,
            # and go on only if the import would do exactly what the user saw.
            fresh = plan_in_session(session, plan.source, plan.mapping, plan.options, today=today)
            if fresh.counts != plan.counts or len(fresh.new_refs) != len(plan.new_refs):
                raise StaleImportError(
                    Msg.translate(
                        "Import",
                        "The register changed since the preview; look at the preview again.",
                    )
                )
            plan = fresh
        if plan.blocked:
            raise ImportBlockedError(plan.blocked)
        return _Writer(session, operator, plan, progress).run()


class _Writer:
    def __init__(
        self, session: Session, operator: str, plan: ImportPlan, progress: Progress | None
    ) -> None:
        self.session, self.operator, self.plan = session, operator, plan
        self.progress = progress
        self.now = audit.now_utc()
        self.creates = [r for r in plan.rows if r.action == "create"]
        self.updates = [r for r in plan.rows if r.action == "update"]
        writes = len(self.creates) + len(self.updates)
        self.total = 2 * writes + len(plan.new_refs) + 1
        self.done = 0

    def _step(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def run(self) -> ImportResult:
        plan, counts = self.plan, self.plan.counts
        self._step(0)
        events: list[audit.NewEvent] = []
        ref_ids = self._create_refs(events)
        record = ImportRecord(
            file_name=plan.source.name[:255],
            sha256=plan.source.sha256,
            operator=self.operator,
            at=self.now,
            rows_read=counts.rows,
            created=counts.create,
            updated=counts.update,
            skipped=counts.skip + counts.unchanged + counts.error_rows,
            warnings=sum(
                1
                for r in plan.rows
                if r.action in ("create", "update")
                for i in r.issues
                if i.level == "warning"
            ),
        )
        self.session.add(record)
        self.session.flush()
        source = f"import #{record.id}: {plan.source.name}"
        ids = self._insert(ref_ids)
        self._update(ref_ids)
        item_ids = [ids[r.values.asset_tag.lower()] for r in self.creates]
        item_ids += [r.item_id for r in self.updates if r.item_id is not None]
        audit.record(
            self.session,
            self.operator,
            self._with_progress(events, self._item_events(ids, ref_ids, source)),
            self.now,
        )
        self._step(1)
        return ImportResult(
            import_id=record.id,
            created=record.created,
            updated=record.updated,
            skipped=counts.skip + counts.unchanged,
            excluded=counts.error_rows,
            warnings=record.warnings,
            refs_created={
                k: [n.name for n in plan.new_refs if n.kind == k]
                for k in ("category", "agency", "location", "funding")
                if any(n.kind == k for n in plan.new_refs)
            },
            item_ids=item_ids,
        )

    # -- reference records ----------------------------------------------------
    def _create_refs(self, events: list[audit.NewEvent]) -> dict[int, int]:
        new = self.plan.new_refs
        if not new:
            return {}
        provinces = {n: i for n, i in self.session.execute(select(Province.name_en, Province.id))}
        if not provinces and any(n.province for n in new):
            # A new register holds no provinces yet; they are a fixed list.
            objs = [Province(name_en=en, name_lo=lo) for en, lo in lao_data.PROVINCES]
            self.session.add_all(objs)
            self.session.flush()
            provinces = {p.name_en: p.id for p in objs}
        made: list[tuple[NewReference, Any, dict[str, Any]]] = []
        for ref in new:
            obj, values = self._make_ref(ref, provinces)
            self.session.add(obj)
            made.append((ref, obj, values))
        self.session.flush()
        for ref, obj, values in made:
            events.append(audit.NewEvent(ref.kind, obj.id, "create", values))
        self._step(len(new))
        return {ref.placeholder: obj.id for ref, obj, _v in made}

    def _make_ref(self, ref: NewReference, provinces: dict[str, int]) -> tuple[Any, dict[str, Any]]:
        kind: RefKind = ref.kind
        source = {"source": f"import: {self.plan.source.name}"}
        province_id = provinces.get(ref.province) if ref.province else None
        names = {"name_en": ref.name, "name_lo": ref.name_lo}
        shown = {k: v for k, v in names.items() if v}  # the audit event lists what is set
        if kind == "category":
            return Category(**names), {**shown, **source}
        if kind == "funding":
            return FundingSource(**names), {**shown, **source}
        if kind == "agency":
            values = {**shown, "province_id": province_id, **source}
            return Agency(**names, province_id=province_id), values
        values = {
            **shown,
            "kind": LocationKind.OFFICE.value,
            "province_id": province_id,
            **source,
        }
        obj = Location(**names, kind=LocationKind.OFFICE.value, province_id=province_id)
        return obj, values

    # -- items ----------------------------------------------------------------
    def _params(self, v: ItemInput, ref_ids: dict[int, int]) -> list[Any]:
        """The item's values in `INPUT_FIELDS` order, new references by their ids."""
        out = list(_ALL_VALUES(v))
        for i in _ID_POS:
            x = out[i]
            if x is not None and x < 0:
                out[i] = ref_ids[x]
        return out

    def _insert(self, ref_ids: dict[int, int]) -> dict[str, int]:
        """Insert the new items; their ids by lower-cased asset tag."""
        if not self.creates:
            return {}
        conn = self.session.connection()
        start = self.session.scalar(select(func.max(Item.id))) or 0
        statement = BulkStatement(conn, insert(Item), _INSERT_COLUMNS)
        rows = [(*self._params(r.values, ref_ids), self.now, self.now) for r in self.creates]
        for i in range(0, len(rows), _CHUNK):
            statement.run(rows[i : i + _CHUNK])
            self._step(len(rows[i : i + _CHUNK]))
        # Read the new ids back by asset tag rather than trusting rowid arithmetic.
        new = fetch_tuples(conn, select(Item.id, Item.asset_tag).where(Item.id > start))
        return {tag.lower(): item_id for item_id, tag in new}

    def _update(self, ref_ids: dict[int, int]) -> None:
        """Write the changed items' values over what they held."""
        if not self.updates:
            return
        stmt = update(Item).where(Item.id == bindparam("item_id"))
        statement = BulkStatement(self.session.connection(), stmt, _UPDATE_COLUMNS)
        rows = [(*self._params(r.values, ref_ids), self.now, r.item_id) for r in self.updates]
        for i in range(0, len(rows), _CHUNK):
            statement.run(rows[i : i + _CHUNK])
            self._step(len(rows[i : i + _CHUNK]))

    def _item_events(
        self, ids: dict[str, int], ref_ids: dict[int, int], source: str
    ) -> Iterator[audit.NewEvent]:
        for r in self.creates:
            values = _stored(r.values, ref_ids)
            created = {k: x for k, x in values.items() if x not in ("", None)}
            created["source"] = source
            if r.legacy_handover:
                created["legacy_handover"] = True  # "handed over before this register"
            yield audit.NewEvent("item", ids[r.values.asset_tag.lower()], "create", created)
        for r in self.updates:
            assert r.item_id is not None
            changes: dict[str, Any] = {
                k: [_fix_ref(k, old, ref_ids), _fix_ref(k, new, ref_ids)]
                for k, (old, new) in r.changes.items()
            }
            action = "status" if set(changes) == {"status"} else "edit"
            changes["source"] = source
            yield audit.NewEvent("item", r.item_id, action, changes)

    def _with_progress(
        self, first: list[audit.NewEvent], rest: Iterator[audit.NewEvent]
    ) -> Iterator[audit.NewEvent]:
        yield from first
        n = 0
        for ev in rest:
            yield ev
            n += 1
            if n % 1000 == 0:
                self._step(1000)
        self._step(n % 1000)


def _fix_ref(name: str, value: Any, ref_ids: dict[int, int]) -> Any:
    if name in _ID_ATTRS and isinstance(value, int) and value < 0:
        return ref_ids.get(value, value)
    return value


def _stored(v: ItemInput, ref_ids: dict[int, int]) -> dict[str, Any]:
    values = dict(zip(INPUT_FIELDS, _ALL_VALUES(v), strict=True))
    for name in _ID_ATTRS:
        values[name] = _fix_ref(name, values[name], ref_ids)
    return values


def rows_to_write(plan: ImportPlan) -> list[PreviewRow]:
    """The rows a commit of `plan` would create or update."""
    return [r for r in plan.rows if r.action in ("create", "update")]
