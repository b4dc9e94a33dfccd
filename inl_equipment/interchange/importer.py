"""Plan an import: every row of a spreadsheet as it will be stored, with its problems.

    source = read_source(path)                      # `import_source`: the file, read once
    mapping, saved = initial_mapping(source.table.headers, mappings_path)
    plan = prepare(db, source, mapping, ImportOptions(on_duplicate="update"))
    plan.blocked                                    # None, or why it cannot be imported
    commit(db, operator, plan)                      # `import_commit`: all or nothing

Rows are checked in Python against lookups read once (existing asset tags,
reference names), with the item form's own rules (`items.field_messages`), so a
file of 10,000 rows is planned in well under a second. The plan's types live in
`import_plan`; messages are `Msg` objects, shown in the language of the moment.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import RETIRED_STATUSES, Item, ItemStatus
from inl_equipment.db.session import Database
from inl_equipment.formatting import number
from inl_equipment.i18n import Msg, Text
from inl_equipment.interchange import import_rows as ir
from inl_equipment.interchange.import_lookups import load_lookups
from inl_equipment.interchange.import_plan import (
    Action,
    Counts,
    DuplicatePolicy,
    ImportOptions,
    ImportPlan,
    PreviewRow,
    Progress,
    count_rows,
    plural,
)
from inl_equipment.interchange.import_refs import (
    REF_FIELDS,
    UNCATEGORISED,
    NewReference,
    RefResolver,
)
from inl_equipment.interchange.import_rows import Issue, field_label_msg
from inl_equipment.interchange.import_source import ImportSource
from inl_equipment.interchange.mapping import Mapping
from inl_equipment.services.items import (
    INPUT_FIELDS,
    ItemInput,
    field_messages,
    retired_status_message,
)

# What callers import from here, besides this module's own names.
__all__ = [
    "REF_FIELDS",
    "UNCATEGORISED",
    "Action",
    "Counts",
    "DuplicatePolicy",
    "ImportOptions",
    "ImportPlan",
    "NewReference",
    "PreviewRow",
    "Progress",
    "count_rows",
    "plan_in_session",
    "plural",
    "prepare",
]

_ERROR_FIELD = {attr: f for f, (_k, attr) in REF_FIELDS.items()}


def prepare(
    db: Database,
    source: ImportSource,
    mapping: Mapping,
    options: ImportOptions = ImportOptions(),  # noqa: B008 - frozen: one shared default is safe
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Check every row against the register (read only) and return the preview."""
    with db.read() as session:
        return plan_in_session(session, source, mapping, options, progress=progress, today=today)


def plan_in_session(
    session: Session,
    source: ImportSource,
    mapping: Mapping,
    options: ImportOptions,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPlan:
    """`prepare` inside a session the caller holds (the commit plans again in its own)."""
    return _Planner(session, source, mapping, options, today or date.today()).run(progress)


_Converted = tuple[int, dict[str, Any], list[Issue], int | None]  # line, values, issues, item


class _Planner:
    def __init__(
        self,
        session: Session,
        source: ImportSource,
        mapping: Mapping,
        options: ImportOptions,
        today: date,
    ) -> None:
        self.session, self.source, self.options, self.today = session, source, options, today
        self.mapping = dict(mapping)
        self.lookups = load_lookups(session)
        self.refs = RefResolver(self.lookups, options.create_missing)
        self.problems: list[Text] = []

    def run(self, progress: Progress | None) -> ImportPlan:
        table, opts = self.source.table, self.options
        self._check_mapping()
        info = ir.date_order_info((r.values for r in table.rows), self.mapping)
        convs = ir.converters(self.mapping, opts.date_order or info.guess)
        converted = self._convert(convs, progress)
        updates = opts.on_duplicate == "update"
        before = self._existing_items([c[3] for c in converted if c[3] is not None and updates])
        total = 2 * len(converted)
        rows = []
        for n, (line, values, issues, existing) in enumerate(converted):
            if progress is not None and n % 1000 == 0:
                progress(len(converted) + n, total)
            rows.append(self._row(line, values, issues, existing, before))
        if progress is not None:
            progress(total, total)
        # Only records that rows to be written point at are created.
        used = {
            getattr(r.values, attr)
            for r in rows
            if r.action in ("create", "update")
            for _kind, attr in REF_FIELDS.values()
        }
        plan = ImportPlan(
            self.source,
            self.mapping,
            opts,
            rows,
            self.refs.planned(used),
            self.refs.names,
            info,
            self.problems,
            self.lookups.audit_mark,
        )
        plan.counts = count_rows(rows)
        return plan

    def _convert(
        self, convs: list[tuple[int, str, ir.Converter]], progress: Progress | None
    ) -> list[_Converted]:
        """Every row's typed values and issues, and the register's item with its asset tag."""
        raw_rows = self.source.table.rows
        total = 2 * len(raw_rows)
        converted: list[_Converted] = []
        seen: dict[str, int] = {}
        clashes = 0
        for n, raw in enumerate(raw_rows):
            if progress is not None and n % 1000 == 0:
                progress(n, total)
            values, issues = ir.convert_row(raw.values, convs)
            existing = self._existing_tag(values.get("asset_tag", ""), raw.line, seen, issues)
            clashes += existing is not None
            converted.append((raw.line, values, issues, existing))
        if clashes and self.options.on_duplicate == "fail":
            self.problems.append(
                Msg.translate(
                    "Import",
                    "{count} asset tag(s) are already in the register;"
                    " with 'stop on duplicates' nothing is imported.",
                    None,
                    clashes,
                ).format(count=number(clashes))
            )
        return converted

    def _existing_tag(
        self, tag: str, line: int, seen: dict[str, int], issues: list[Issue]
    ) -> int | None:
        """The id of the item with asset tag `tag`; an error if an earlier row has it."""
        if not tag:
            return None
        key = tag.lower()
        first = seen.setdefault(key, line)
        if first != line:
            again = Msg.translate("Import", "Asset tag {tag} is already on row {row} of this file.")
            issues.append(Issue("asset_tag", "error", again.format(tag=tag, row=first)))
            return None
        return self.lookups.tags.get(key)

    def _check_mapping(self) -> None:
        fields = [f for f in self.mapping.values() if f is not None]
        for f, n in Counter(fields).items():
            if n > 1:
                twice = Msg.translate("Import", "{count} columns are mapped to {field}; keep one.")
                self.problems.append(twice.format(count=n, field=field_label_msg(f)))
        for f in ("asset_tag", "description"):
            if f not in fields:
                missing = Msg.translate(
                    "Import", "No column is mapped to {field}, which is required."
                )
                self.problems.append(missing.format(field=field_label_msg(f)))
        if not self.source.table.rows:
            empty = Msg.translate("Import", "{name} has a header but no rows.")
            self.problems.append(empty.format(name=self.source.name))

    def _existing_items(self, ids: list[int]) -> dict[int, ItemInput]:
        out: dict[int, ItemInput] = {}
        # No Lao description (NULL in items made before revision 0008) reads as "".
        lao = func.coalesce(Item.description_lo, "")
        cols = [lao if name == "description_lo" else getattr(Item, name) for name in INPUT_FIELDS]
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for row in self.session.execute(select(Item.id, *cols).where(Item.id.in_(chunk))):
                out[row[0]] = ItemInput(*row[1:])
        return out

    def _row(
        self,
        line: int,
        values: dict[str, Any],
        issues: list[Issue],
        existing: int | None,
        before: dict[int, ItemInput],
    ) -> PreviewRow:
        policy = self.options.on_duplicate
        if not values and not issues:
            empty = Msg.translate("Import", "Nothing in the imported columns; the row is left out.")
            return PreviewRow(line, "skip", ItemInput(), [Issue("", "note", empty)])
        typed = {k: v for k, v in values.items() if k not in REF_FIELDS}
        # A row that will not be written must not create reference records either.
        if existing is not None and policy == "skip":
            known = Msg.translate("Import", "Already in the register; the row is skipped.")
            note = Issue("asset_tag", "note", known)
            return PreviewRow(line, "skip", ItemInput(**_known(typed)), [note], existing)
        if existing is not None and policy == "fail":
            known = Msg.translate("Import", "This asset tag is already in the register.")
            issues.append(Issue("asset_tag", "error", known))
            return PreviewRow(line, "error", ItemInput(**_known(typed)), issues, existing)
        for f, (_kind, attr) in REF_FIELDS.items():
            if f in values:
                typed[attr] = self.refs.resolve(f, values[f], issues)
        if existing is not None and existing in before:
            row, errors = self._update(line, typed, issues, existing, before[existing])
        else:
            row, errors = self._create(line, typed, issues)
        bad = {i.field for i in issues if i.level == "error"}
        for attr, message in errors.items():
            key = _ERROR_FIELD.get(attr, attr)
            if key not in bad:
                issues.append(Issue(key, "error", message))
        if any(i.level == "error" for i in issues):
            row.action = "error"
        return row

    def _update(
        self, line: int, typed: dict[str, Any], issues: list[Issue], item_id: int, old: ItemInput
    ) -> tuple[PreviewRow, dict[str, Msg]]:
        """The row as an edit of item `item_id`, and what the item rules say of the result."""
        typed.pop("asset_tag", None)  # matched ignoring case: the register's spelling stays
        _keep_custody(typed, old, issues)
        data = dataclasses.replace(old, **_known(typed))
        errors = field_messages(data, is_new=False, today=self.today)
        kept = retired_status_message(old.status, data.status)
        if kept is not None:
            errors.setdefault("status", kept)
        changes = {
            k: [getattr(old, k), getattr(data, k)]
            for k in INPUT_FIELDS
            if getattr(old, k) != getattr(data, k)
        }
        row = PreviewRow(line, "update" if changes else "unchanged", data, issues, item_id)
        row.changes = changes
        return row, errors

    def _create(
        self, line: int, typed: dict[str, Any], issues: list[Issue]
    ) -> tuple[PreviewRow, dict[str, Msg]]:
        """The row as a new item, and what the item rules say of it."""
        if "category_id" not in typed:
            filed = Msg.translate("Import", "No category: filed under '{category}'.")
            issues.append(Issue("category", "warning", filed.format(category=UNCATEGORISED)))
            typed["category_id"] = self.refs.resolve("category", UNCATEGORISED, [])
        data = ItemInput(**_known(typed))
        legacy = data.holder_agency_id is not None and data.status == ItemStatus.IN_STOCK
        if legacy:
            # A unit holds it and no receipt of this register says so: recorded as
            # handed over before the register, never as donor stock with a holder.
            data = dataclasses.replace(data, status=ItemStatus.HANDED_OVER.value)
            before = Msg.translate(
                "Import", "Held by the unit named: recorded as handed over before this register."
            )
            issues.append(Issue("holder", "note", before))
        # Old lists hold items long gone: keep them as history (auditors
        # ask for disposals too), but say what the file did not record.
        retired = data.status in RETIRED_STATUSES
        errors = field_messages(data, is_new=not retired, today=self.today)
        if retired:
            recorded = Msg.translate(
                "Import", "Recorded as {status}; the file gives no disposal date or method."
            )
            issues.append(Issue("status", "warning", recorded.format(status=data.status)))
        return PreviewRow(line, "create", data, issues, legacy_handover=legacy), errors


_INPUT_SET = frozenset(INPUT_FIELDS)
_CUSTODY = ("holder_agency_id", "location_id")


def _keep_custody(typed: dict[str, Any], old: ItemInput, issues: list[Issue]) -> None:
    """An update never moves an item: holder, location and handed-over status stay.

    Custody changes only with a receipt (Handovers); the row says so, once.
    """
    moved = [k for k in _CUSTODY if k in typed and typed[k] != getattr(old, k)]
    status = typed.get("status")
    handed = ItemStatus.HANDED_OVER.value
    if status is not None and status != old.status and handed in (status, old.status):
        moved.append("status")
    for key in moved:
        typed.pop(key, None)
    if moved:
        kept = Msg.translate(
            "Import",
            "Holder, location and handed-over status are kept: they change only with a receipt.",
        )
        issues.append(Issue("holder", "warning", kept))


def _known(typed: dict[str, Any]) -> dict[str, Any]:
    # A reference that could not be resolved stays unset (its error is already noted).
    return {k: v for k, v in typed.items() if k in _INPUT_SET and v is not None}
