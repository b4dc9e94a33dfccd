"""The words for end-use monitoring's fixed values: results, methods, incidents, disposals.

Like `vocabulary`, the database stores a value (`in_use`) and people read a
label in the interface's language. The check results also have fixed
English and Lao words for documents and the field checklist, whatever the
interface language (`result_words`): the checklist's drop-down offers both,
and a filled sheet may use either.
"""

from __future__ import annotations

import functools
from typing import Final

from inl_equipment.db.monitoring import (
    CheckMethod,
    CheckResult,
    DisposalMethod,
    IncidentKind,
    IncidentOutcome,
    IntendedUse,
)
from inl_equipment.i18n import QT_TRANSLATE_NOOP, lookup
from inl_equipment.services.vocabulary import marked_text

_RESULT: Final[dict[str, str]] = {
    CheckResult.IN_USE: QT_TRANSLATE_NOOP("CheckResult", "In use"),
    CheckResult.IN_STORAGE: QT_TRANSLATE_NOOP("CheckResult", "In storage"),
    CheckResult.UNSERVICEABLE: QT_TRANSLATE_NOOP("CheckResult", "Unserviceable"),
    CheckResult.UNDER_REPAIR: QT_TRANSLATE_NOOP("CheckResult", "Under repair"),
    CheckResult.NOT_SEEN: QT_TRANSLATE_NOOP("CheckResult", "Not seen"),
    CheckResult.LOST: QT_TRANSLATE_NOOP("CheckResult", "Lost"),
    CheckResult.STOLEN: QT_TRANSLATE_NOOP("CheckResult", "Stolen"),
    CheckResult.DESTROYED: QT_TRANSLATE_NOOP("CheckResult", "Destroyed"),
}
_METHOD: Final[dict[str, str]] = {
    CheckMethod.ON_SITE: QT_TRANSLATE_NOOP("CheckMethod", "On-site visit"),
    CheckMethod.REMOTE: QT_TRANSLATE_NOOP("CheckMethod", "Remote (photo evidence)"),
    CheckMethod.DOCUMENTS: QT_TRANSLATE_NOOP("CheckMethod", "Document review"),
}
_USE: Final[dict[str, str]] = {
    IntendedUse.YES: QT_TRANSLATE_NOOP("IntendedUse", "Yes"),
    IntendedUse.NO: QT_TRANSLATE_NOOP("IntendedUse", "No"),
    IntendedUse.UNKNOWN: QT_TRANSLATE_NOOP("IntendedUse", "Unknown"),
}
_INCIDENT: Final[dict[str, str]] = {
    IncidentKind.LOST: QT_TRANSLATE_NOOP("IncidentKind", "Lost"),
    IncidentKind.STOLEN: QT_TRANSLATE_NOOP("IncidentKind", "Stolen"),
    IncidentKind.DAMAGED: QT_TRANSLATE_NOOP("IncidentKind", "Damaged beyond repair"),
}
_OUTCOME: Final[dict[str, str]] = {
    "": QT_TRANSLATE_NOOP("IncidentOutcome", "Open"),
    IncidentOutcome.RECOVERED: QT_TRANSLATE_NOOP("IncidentOutcome", "Closed: recovered"),
    IncidentOutcome.WRITTEN_OFF: QT_TRANSLATE_NOOP("IncidentOutcome", "Closed: written off"),
    IncidentOutcome.REPLACED: QT_TRANSLATE_NOOP("IncidentOutcome", "Closed: replaced"),
    IncidentOutcome.REIMBURSED: QT_TRANSLATE_NOOP("IncidentOutcome", "Closed: reimbursed"),
}
_DISPOSAL: Final[dict[str, str]] = {
    DisposalMethod.TRANSFERRED: QT_TRANSLATE_NOOP(
        "DisposalMethod", "Transferred to the recipient government"
    ),
    DisposalMethod.SOLD: QT_TRANSLATE_NOOP("DisposalMethod", "Sold"),
    DisposalMethod.DESTROYED: QT_TRANSLATE_NOOP("DisposalMethod", "Destroyed"),
    DisposalMethod.SCRAPPED: QT_TRANSLATE_NOOP("DisposalMethod", "Scrapped"),
    DisposalMethod.RETURNED: QT_TRANSLATE_NOOP("DisposalMethod", "Returned to the donor"),
    DisposalMethod.OTHER: QT_TRANSLATE_NOOP("DisposalMethod", "Other (see detail)"),
}


def _label(context: str, labels: dict[str, str], value: str) -> str:
    source = labels.get(value)
    return marked_text(context, source) if source is not None else value


def result_label(value: str) -> str:
    """A check result as shown: "In use"."""
    return _label("CheckResult", _RESULT, value)


def result_choices() -> list[tuple[str, str]]:
    """(value, label) of every check result, the verified ones first."""
    return [(r.value, result_label(r.value)) for r in CheckResult]


def result_words(value: str) -> tuple[str, str]:
    """A result's English and Lao words, for documents and the field checklist."""
    source = _RESULT.get(value, value)
    return source, lookup("lo", "CheckResult", source)


def result_from_words(text: str) -> str | None:
    """The result that `text` names, in English or Lao words or as stored (None: none)."""
    wanted = " ".join(text.split()).casefold()
    return _result_of_word().get(wanted) if wanted else None


@functools.cache
def _result_of_word() -> dict[str, str]:
    """Each word naming a result (stored value, English, Lao; casefolded) -> the value.

    Made once: a checklist asks on every row, and the words are fixed.
    """
    table: dict[str, str] = {}
    for value in CheckResult:
        for word in (value.value, *result_words(value)):
            if word:
                table.setdefault(word.casefold(), value.value)
    return table


def method_label(value: str) -> str:
    """How a check was made, as shown: "On-site visit"."""
    return _label("CheckMethod", _METHOD, value)


def method_choices() -> list[tuple[str, str]]:
    """(value, label) of every check method."""
    return [(m.value, method_label(m.value)) for m in CheckMethod]


def use_label(value: str) -> str:
    """Whether the item serves its intended purpose, as shown: "Yes"."""
    return _label("IntendedUse", _USE, value)


def use_choices() -> list[tuple[str, str]]:
    """(value, label) of yes, no and unknown."""
    return [(u.value, use_label(u.value)) for u in IntendedUse]


def incident_kind_label(value: str) -> str:
    """What happened to an item, as shown: "Stolen"."""
    return _label("IncidentKind", _INCIDENT, value)


def incident_kind_choices() -> list[tuple[str, str]]:
    """(value, label) of every kind of incident."""
    return [(k.value, incident_kind_label(k.value)) for k in IncidentKind]


def outcome_label(value: str) -> str:
    """Where an incident's investigation stands, as shown: "Open", "Closed: recovered"."""
    return _label("IncidentOutcome", _OUTCOME, value)


def outcome_choices() -> list[tuple[str, str]]:
    """(value, label) of every way an investigation closes."""
    return [(o.value, outcome_label(o.value)) for o in IncidentOutcome]


def disposal_method_label(value: str) -> str:
    """How property was disposed of, as shown: "Sold"."""
    return _label("DisposalMethod", _DISPOSAL, value)


def disposal_method_choices() -> list[tuple[str, str]]:
    """(value, label) of every disposal method ("other" is for older records only)."""
    return [
        (m.value, disposal_method_label(m.value))
        for m in DisposalMethod
        if m is not DisposalMethod.OTHER
    ]
