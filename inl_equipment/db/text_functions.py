"""SQL functions on text that each database spells its own way (kept in `db/`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.types import Integer


class byte_length(GenericFunction[int]):  # noqa: N801 - reads as the SQL function it is
    """The length of a text in bytes (UTF-8): more than its length in characters off ASCII."""

    type = Integer()
    inherit_cache = True


@compiles(byte_length, "sqlite")
def _sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    # SQLite's octet_length is newer than some of the SQLite builds Python ships with.
    return f"length(CAST({compiler.process(element.clauses, **kw)} AS BLOB))"


@compiles(byte_length)
def _default(element: Any, compiler: Any, **kw: Any) -> str:
    return f"octet_length({compiler.process(element.clauses, **kw)})"


class text_position(GenericFunction[int]):  # noqa: N801 - reads as the SQL function it is
    """Where a text first holds another, from 1 (0 when it does not): a literal match.

    `text_position(haystack, needle)`; no wildcard characters, unlike LIKE.
    """

    type = Integer()
    inherit_cache = True


@compiles(text_position, "postgresql")
def _postgresql_position(element: Any, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


@compiles(text_position)
def _default_position(element: Any, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"
