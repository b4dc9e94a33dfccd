"""Plan an import: every row of a spreadsheet as it will be stored, with its problems.

    source = read_source(path)                      # `import_source`: the file, read once
    mapping, saved = initial_mapping(source.table.headers, mappings_path)
    plan = prepare(db, source, mapping, ImportOptions(on_duplicate="update"))
    plan.blocked                                    # None, or why it cannot be imported
    commit(db, operator, plan)                      # `import_commit`: all or nothing

Rows are checked in Python against lookups read once (existing asset tags,
reference names), with the item form's own rules (`items.field_errors`), so a
file of 10,000 rows is planned in well under a second.
"""

from __future__ import annotations

import dataclasses
from collections import Counter as _Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import (
    RETIRED_STATUSES,
    Item,
)
from inl_equipment.db.session import Database
from inl_equipment.interchange import import_rows as ir
from inl_equipment.interchange.import_lookups import RefKind, load_lookups
from inl_equipment.interchange.import_refs import (
    REF_FIELDS,
    UNCATEGORISED,
    NewReference,
    RefResolver,
)
from inl_equipment.interchange.import_rows import LABELS, DateOrderInfo, Issue
from inl_equipment.interchange.import_source import ImportSource
from inl_equipment.interchange.mapping import (
    Mapping,
)
from inl_equipment.interchange.parsing import DateOrder
from inl_equipment.services.items import INPUT_FIELDS, ItemInput, field_errors

DuplicatePolicy = Literal["skip", "update", "fail"]
Action = Literal["create", "update", "unchanged", "skip", "error"]
Progress = Callable[[int, int], None]

_ERROR_FIELD = {attr: f for f, (_k, attr) in REF_FIELDS.items()}


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to treat duplicates, unknown names, dates and rows with errors."""

    on_duplicate: DuplicatePolicy = "skip"
    create_missing: bool = True
    date_order: DateOrder | None = None
    only_valid: bool = False


# ---------------------------------------------------------------------------- plan


@dataclass(slots=True)
class PreviewRow:
    """One row of the file as it will be stored (for updates: the item after the edit)."""

    line: int  # the row number the user sees in the spreadsheet
    action: Action
    values: ItemInput
    issues: list[Issue] = field(default_factory=list)
    item_id: int | None = None
    changes: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def level(self) -> ir.Level | None:
        """The worst issue of the row: error, warning, note, or None."""
        levels = {i.level for i in self.issues}
        return next((lv for lv in ("error", "warning", "note") if lv in levels), None)  # type: ignore[return-value]

    def messages(self, field_key: str | None = None) -> list[Issue]:
        return [i for i in self.issues if field_key is None or i.field == field_key]


@dataclass(frozen=True, slots=True)
class Counts:
    """How many rows do what, and how many problems there are."""

    rows: int = 0
    create: int = 0
    update: int = 0
    unchanged: int = 0
    skip: int = 0
    error_rows: int = 0
    errors: int = 0
    warning_rows: int = 0
    warnings: int = 0


@dataclass(slots=True)
class ImportPlan:
    """The preview of an import; `import_commit.commit` writes it."""

    source: ImportSource
    mapping: Mapping
    options: ImportOptions
    rows: list[PreviewRow]
    new_refs: list[NewReference]
    ref_names: dict[RefKind, dict[int, str]]  # id (or placeholder) -> name
    date_info: DateOrderInfo
    problems: list[str]  # about the whole file; they block the import
    audit_mark: int
    counts: Counts = Counts()

    def name_of(self, field_key: str, ref_id: int | None) -> str:
        if ref_id is None:
            return ""
        return self.ref_names[REF_FIELDS[field_key][0]].get(ref_id, f"#{ref_id}")

    @property
    def blocked(self) -> str | None:
        """Why the plan cannot be committed as it is; None when it can."""
        if self.problems:
            return self.problems[0]
        n = self.counts.error_rows
        if n and not self.options.only_valid:
            return (
                f"{plural(n, 'row')} with errors: fix the file, "
                "or choose to import only the valid rows."
            )
        return None


def prepare(
    db: Database,
    source: ImportSource,
    mapping: Mapping,
    options: ImportOptions = ImportOptions(),
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
    return _Planner(session, source, mapping, options, today or date.today()).run(progress)


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
        self.problems: list[str] = []

    def run(self, progress: Progress | None) -> ImportPlan:
        table, opts = self.source.table, self.options
        self._check_mapping()
        info = ir.date_order_info((r.values for r in table.rows), self.mapping)
        convs = ir.converters(self.mapping, opts.date_order or info.guess)
        total = 2 * len(table.rows)
        converted: list[tuple[int, dict[str, Any], list[Issue], int | None]] = []
        seen: dict[str, int] = {}
        clashes = 0
        for n, raw in enumerate(table.rows):
            if progress is not None and n % 1000 == 0:
                progress(n, total)
            values, issues = ir.convert_row(raw.values, convs)
            tag = values.get("asset_tag", "")
            existing = None
            if tag:
                key = tag.lower()
                first = seen.setdefault(key, raw.line)
                if first != raw.line:
                    msg = f"Asset tag {tag} is already on row {first} of this file."
                    issues.append(Issue("asset_tag", "error", msg))
                else:
                    existing = self.lookups.tags.get(key)
                    clashes += existing is not None
            converted.append((raw.line, values, issues, existing))
        if clashes and opts.on_duplicate == "fail":
            self.problems.append(
                f"{clashes:,} asset tag{'s are' if clashes != 1 else ' is'} already in the "
                "register; with 'stop on duplicates' nothing is imported."
            )
        before = self._existing_items(
            [e for _l, _v, _i, e in converted if e is not None]
            if opts.on_duplicate == "update"
            else []
        )
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

    def _check_mapping(self) -> None:
        fields = [f for f in self.mapping.values() if f is not None]
        for f, n in _Counter(fields).items():
            if n > 1:
                self.problems.append(f"{n} columns are mapped to {LABELS[f]}; keep one.")
        for f in ("asset_tag", "description"):
            if f not in fields:
                self.problems.append(f"No column is mapped to {LABELS[f]}, which is required.")
        if not self.source.table.rows:
            self.problems.append(f"{self.source.name} has a header but no rows.")

    def _existing_items(self, ids: list[int]) -> dict[int, ItemInput]:
        out: dict[int, ItemInput] = {}
        cols = [getattr(Item, name) for name in INPUT_FIELDS]
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
            note = Issue("", "note", "Nothing in the imported columns; the row is left out.")
            return PreviewRow(line, "skip", ItemInput(), [note])
        typed = {k: v for k, v in values.items() if k not in REF_FIELDS}
        # A row that will not be written must not create reference records either.
        if existing is not None and policy == "skip":
            note = Issue("asset_tag", "note", "Already in the register; the row is skipped.")
            return PreviewRow(line, "skip", ItemInput(**_known(typed)), [note], existing)
        if existing is not None and policy == "fail":
            issues.append(Issue("asset_tag", "error", "This asset tag is already in the register."))
            return PreviewRow(line, "error", ItemInput(**_known(typed)), issues, existing)
        for f, (_kind, attr) in REF_FIELDS.items():
            if f in values:
                typed[attr] = self.refs.resolve(f, values[f], issues)
        if existing is not None and existing in before:
            old = before[existing]
            typed.pop("asset_tag", None)  # matched ignoring case: the register's spelling stays
            data = dataclasses.replace(old, **_known(typed))
            errors = field_errors(data, is_new=False, today=self.today)
            if old.status in RETIRED_STATUSES and data.status != old.status:
                errors.setdefault("status", "A retired item keeps its status.")
            changes = {
                k: [getattr(old, k), getattr(data, k)]
                for k in INPUT_FIELDS
                if getattr(old, k) != getattr(data, k)
            }
            row = PreviewRow(line, "update" if changes else "unchanged", data, issues, existing)
            row.changes = changes
        else:
            if "category_id" not in typed:
                issues.append(
                    Issue("category", "warning", f"No category: filed under '{UNCATEGORISED}'.")
                )
                typed["category_id"] = self.refs.resolve("category", UNCATEGORISED, [])
            data = ItemInput(**_known(typed))
            # Old lists hold items long gone: keep them as history (auditors
            # ask for disposals too), but say what the file did not record.
            retired = data.status in RETIRED_STATUSES
            errors = field_errors(data, is_new=not retired, today=self.today)
            if retired:
                issues.append(
                    Issue(
                        "status",
                        "warning",
                        f"Recorded as {data.status}; the file gives no disposal date or method.",
                    )
                )
            row = PreviewRow(line, "create", data, issues)
        bad = {i.field for i in issues if i.level == "error"}
        for attr, message in errors.items():
            key = _ERROR_FIELD.get(attr, attr)
            if key not in bad:
                issues.append(Issue(key, "error", message))
        if any(i.level == "error" for i in issues):
            row.action = "error"
        return row


_INPUT_SET = frozenset(INPUT_FIELDS)


def _known(typed: dict[str, Any]) -> dict[str, Any]:
    # A reference that could not be resolved stays unset (its error is already noted).
    return {k: v for k, v in typed.items() if k in _INPUT_SET and v is not None}


def count_rows(rows: list[PreviewRow]) -> Counts:
    actions = _Counter(r.action for r in rows)
    levels = _Counter(i.level for r in rows for i in r.issues)
    return Counts(
        rows=len(rows),
        create=actions["create"],
        update=actions["update"],
        unchanged=actions["unchanged"],
        skip=actions["skip"],
        error_rows=actions["error"],
        errors=levels["error"],
        warning_rows=sum(1 for r in rows if any(i.level == "warning" for i in r.issues)),
        warnings=levels["warning"],
    )


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 row", "2 rows", "1,204 categories" (`many` when adding "s" will not do)."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"
