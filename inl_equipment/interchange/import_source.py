"""The file an import reads, and the column mappings remembered for files of its shape."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from inl_equipment.i18n import Msg
from inl_equipment.interchange.mapping import (
    Mapping,
    guess_mapping,
    load_mappings,
    mapping_signature,
    save_mappings,
)
from inl_equipment.interchange.readers import RawTable, ReadError, ReadLimits, read_table

#: Saved mappings, in the app's data folder (beside its settings).
MAPPINGS_FILE = "import-mappings.json"


@dataclass(frozen=True, slots=True)
class ImportSource:
    """A file read for import: its cells and the SHA-256 of its bytes (for the record)."""

    path: Path
    sha256: str
    table: RawTable

    @property
    def name(self) -> str:
        """The file's name, for messages."""
        return self.path.name


def read_source(
    path: Path, *, sheet: str | None = None, limits: ReadLimits | None = None
) -> ImportSource:
    """Read `path` (raises `readers.ReadError` with a message for the user)."""
    path = Path(path)
    table = read_table(path, limits=limits or ReadLimits(), sheet=sheet)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError as e:
        raise ReadError(
            Msg.translate("Import", "{name} cannot be read again ({reason}).").format(
                name=path.name, reason=e.strerror or e
            )
        ) from None
    return ImportSource(path, digest.hexdigest(), table)


def initial_mapping(headers: list[str], mappings_path: Path | None) -> tuple[Mapping, bool]:
    """The mapping saved for files of this shape, else the guess; True when it was saved."""
    if mappings_path is not None:
        saved = load_mappings(mappings_path).get(mapping_signature(headers))
        if saved is not None and all(0 <= c < len(headers) for c in saved):
            mapping: Mapping = dict.fromkeys(range(len(headers)))
            mapping.update(saved)
            return mapping, True
    return guess_mapping(headers), False


def remember_mapping(mappings_path: Path, headers: list[str], mapping: Mapping) -> None:
    """Save `mapping` for the next file with the same headers."""
    stored = load_mappings(mappings_path)
    stored[mapping_signature(headers)] = dict(mapping)
    save_mappings(mappings_path, stored)
