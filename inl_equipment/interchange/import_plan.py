"""An import's plan: every row as it will be stored, its problems, and what blocks it.

`importer.prepare` makes one; `import_commit.commit` writes it; the preview shows it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from inl_equipment.formatting import number
from inl_equipment.i18n import Msg, Text
from inl_equipment.interchange import import_rows as ir
from inl_equipment.interchange.import_lookups import RefKind
from inl_equipment.interchange.import_refs import REF_FIELDS, NewReference
from inl_equipment.interchange.import_rows import DateOrderInfo, Issue
from inl_equipment.interchange.import_source import ImportSource
from inl_equipment.interchange.mapping import Mapping
from inl_equipment.interchange.parsing import DateOrder
from inl_equipment.services.items import ItemInput

DuplicatePolicy = Literal["skip", "update", "fail"]
Action = Literal["create", "update", "unchanged", "skip", "error"]
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to treat duplicates, unknown names, dates and rows with errors."""

    on_duplicate: DuplicatePolicy = "skip"
    create_missing: bool = True
    date_order: DateOrder | None = None
    only_valid: bool = False


@dataclass(slots=True)
class PreviewRow:
    """One row of the file as it will be stored (for updates: the item after the edit)."""

    line: int  # the row number the user sees in the spreadsheet
    action: Action
    values: ItemInput
    issues: list[Issue] = field(default_factory=list)
    item_id: int | None = None
    changes: dict[str, list[Any]] = field(default_factory=dict)
    #: A new item held by a unit the file names: handed over before this register existed.
    legacy_handover: bool = False

    @property
    def level(self) -> ir.Level | None:
        """The worst issue of the row: error, warning, note, or None."""
        levels = {i.level for i in self.issues}
        worst: tuple[ir.Level, ...] = ("error", "warning", "note")
        return next((lv for lv in worst if lv in levels), None)

    def messages(self, field_key: str | None = None) -> list[Issue]:
        """The row's issues about one field (all of them when `field_key` is None)."""
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
    problems: list[Text]  # about the whole file; they block the import
    audit_mark: int
    counts: Counts = Counts()

    def name_of(self, field_key: str, ref_id: int | None) -> str:
        """The name a reference field's id stands for ("" for none, "#id" if unknown)."""
        if ref_id is None:
            return ""
        return self.ref_names[REF_FIELDS[field_key][0]].get(ref_id, f"#{ref_id}")

    @property
    def block_reason(self) -> Text | None:
        """Why the plan cannot be committed as it is (a message object); None when it can."""
        if self.problems:
            return self.problems[0]
        n = self.counts.error_rows
        if n and not self.options.only_valid:
            return Msg.translate(
                "Import",
                "{count} row(s) with errors: fix the file,"
                " or choose to import only the valid rows.",
                None,
                n,
            ).format(count=number(n))
        return None

    @property
    def blocked(self) -> str | None:
        """`block_reason` in the interface's language now; None when the plan can go in."""
        reason = self.block_reason
        return None if reason is None else str(reason)


def count_rows(rows: list[PreviewRow]) -> Counts:
    """How many rows do what, and how many issues of each level they have."""
    actions = Counter(r.action for r in rows)
    levels = Counter(i.level for r in rows for i in r.issues)
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
    """ "1 row", "2 rows", "1,204 categories" (`many` when adding "s" will not do).

    English only, for text that is not translated; translated text takes its plural
    forms from the catalogue.
    """
    return f"{n:,} {one if n == 1 else many or one + 's'}"
