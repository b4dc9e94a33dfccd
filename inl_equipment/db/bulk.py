"""Core statements at driver speed: many rows in, plain tuples out.

Sample data and imports write tens of thousands of rows, and the register
reads 100,000 of them at every start. SQLAlchemy's per-row work there (a
dict per row, a `Row` object per result) costs twice the time and memory of
the DB-API itself. These helpers keep the SQL portable (it is a Core
statement compiled for the connection's dialect, with the dialect's own
placeholders and type conversions) and hand the rows to the driver's
`executemany` / `fetchall` directly, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Insert, Select, String, Update, cast
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter, ColumnElement, KeyedColumnElement
from sqlalchemy.sql.schema import ScalarElementColumnDefault

Row = tuple[Any, ...]
#: A SELECT of any columns.
AnySelect = Select[*tuple[Any, ...]]
_Processor = Callable[[Any], Any]


class BulkStatement:
    """An INSERT or UPDATE compiled once, run for many rows through the driver.

    `columns` names, in order, what each row holds: the table columns to set
    and the names of any `bindparam()` in the statement (an UPDATE's key).
    Rows hold Python values (`Decimal`, `date`); each is converted by its
    column type for the dialect, as SQLAlchemy would. Columns left out of an
    INSERT get their scalar defaults. A failing row raises the driver's own
    exception (`sqlite3.IntegrityError`...); `db.errors.classify` reads either.
    """

    def __init__(self, conn: Connection, stmt: Insert | Update, columns: Sequence[str]) -> None:
        """Compile `stmt` for `conn`'s dialect with one parameter per name in `columns`."""
        self._conn = conn
        table_columns = set(stmt.table.columns.keys())
        compiled = _compile(
            stmt,
            conn.dialect,
            column_keys=[c for c in columns if c in table_columns],
            for_executemany=True,
        )
        self.sql = compiled.string
        self._names = _parameter_order(compiled)
        self._positional = bool(compiled.positional)
        slot = {name: i for i, name in enumerate(columns)}
        defaults = _scalar_defaults(stmt, compiled)
        missing = [n for n in self._names if n not in slot and n not in defaults]
        if missing:
            raise KeyError(f"no values for {missing} in {list(columns)}")
        # Constants (defaults) go after the row's own values, so that every
        # parameter is a position in the extended row.
        self._constants = tuple(defaults[n] for n in self._names if n not in slot)
        self._width = len(columns)
        extra = iter(range(len(columns), len(columns) + len(self._constants)))
        index = [slot[n] if n in slot else next(extra) for n in self._names]
        in_order = index == list(range(len(columns))) and not self._constants
        self._take = None if in_order else _picker(index)
        self._converters = [
            (i, _Memo(proc), proc)
            for i, name in enumerate(self._names)
            if (proc := _processor(compiled.binds[name], conn.dialect)) is not None
        ]

    def run(self, rows: Iterable[Sequence[Any]]) -> None:
        """Execute the statement once per row, in the caller's transaction."""
        cursor = _driver_cursor(self._conn)
        try:
            # The driver takes the parameters one row at a time: none of them
            # outlives its row (100,000 kept tuples would wake the garbage collector).
            cursor.executemany(self.sql, self._parameters(rows))
        finally:
            cursor.close()

    def _parameters(self, rows: Iterable[Sequence[Any]]) -> Iterator[Any]:
        """Each row's parameters, in SQL order and converted for the driver."""
        take, constants, converters = self._take, self._constants, self._converters
        names = None if self._positional else self._names
        for row in rows:
            if len(row) != self._width:
                raise KeyError(f"a row holds {len(row)} values, not {self._width}")
            values = list(row) if take is None else list(take((*row, *constants)))
            for i, memo, proc in converters:
                value = values[i]
                # A float never goes through the memo: Decimal("0.5") == 0.5 would
                # let it pass as the Decimal converted before it (money refuses floats).
                values[i] = proc(value) if value.__class__ is float else memo[value]
            yield values if names is None else dict(zip(names, values, strict=True))


def fetch_tuples(conn: Connection, stmt: AnySelect) -> list[Row]:
    """All rows of `stmt` as the driver returns them: plain tuples of stored values.

    SQLAlchemy compiles (and caches) the statement and converts its
    parameters; the rows are then read from the DB-API cursor itself, with
    no result conversion: money stays integer cents and, on SQLite, dates
    stay ISO text (half the memory and time of `Row` objects at 100,000 rows).
    """
    result = conn.execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def dates_as_text(
    conn: Connection, columns: Sequence[KeyedColumnElement[Any]]
) -> list[ColumnElement[Any]]:
    """`columns` with each date read as ISO text, as SQLite stores it, on every database.

    `fetch_tuples` does no result conversion, so without this a PostgreSQL
    driver would hand back `date` objects where SQLite gives '2025-03-14'.
    On SQLite the columns are returned unchanged (a CAST would only cost time).
    """
    if conn.dialect.name == "sqlite":
        return list(columns)
    return [
        cast(c, String).label(c.key) if isinstance(c.type, Date | DateTime) else c for c in columns
    ]


class _Memo(dict[Any, Any]):
    """A type converter's answers by value: most values repeat across rows.

    Values must be hashable (every column value this app writes is).
    """

    def __init__(self, proc: _Processor) -> None:
        """Remember what `proc` gives for each value it is asked about."""
        super().__init__()
        self._proc = proc

    def __missing__(self, value: Any) -> Any:
        out = self[value] = self._proc(value)
        return out


def _picker(index: Sequence[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """Pick the values at `index` out of a row, as a tuple (also for one index)."""
    if len(index) == 1:
        only = index[0]
        return lambda row: (row[only],)
    return itemgetter(*index)


def _compile(stmt: Insert | Update | AnySelect, dialect: Dialect, **kw: Any) -> SQLCompiler:
    """`stmt` compiled for `dialect` (DML and SELECT compile to an `SQLCompiler`)."""
    compiled = stmt.compile(dialect=dialect, **kw)
    if not isinstance(compiled, SQLCompiler):
        raise TypeError(type(compiled).__name__)
    return compiled


def _parameter_order(compiled: SQLCompiler) -> list[str]:
    """Parameter names in the order the SQL text expects them (or any order if named)."""
    order = getattr(compiled, "positiontup", None)
    return list(order) if order is not None else list(compiled.params)


def _processor(bind: BindParameter[Any], dialect: Dialect) -> _Processor | None:
    proc: _Processor | None = bind.type.dialect_impl(dialect).bind_processor(dialect)
    return proc


def _scalar_defaults(stmt: Insert | Update, compiled: SQLCompiler) -> dict[str, Any]:
    """Values for INSERT parameters the rows do not give: the columns' scalar defaults."""
    if not isinstance(stmt, Insert):
        return {}
    out: dict[str, Any] = {}
    for column in stmt.table.columns:
        default = column.default
        if column.key in compiled.binds and isinstance(default, ScalarElementColumnDefault):
            out[column.key] = default.arg
    return out


def _driver_cursor(conn: Connection) -> Any:
    """A DB-API cursor on the connection's current transaction."""
    driver = conn.connection.driver_connection
    if driver is None:
        raise AssertionError("the connection is closed")
    return driver.cursor()
