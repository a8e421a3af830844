"""Core statements compiled once and run on the DBAPI cursor: the hot path's SQL without the
per-execution work.

A SQLAlchemy ``Connection.execute`` of a cached Core statement still costs 40–100 µs in Python
(compile-cache lookup, parameter construction, execution context, result metadata, events);
sqlite3's own ``execute`` of the same INSERT takes about 1 µs. A customer's chat message runs six
statements, so that overhead was most of its cost on the writer. :class:`Prepared` keeps SQLAlchemy
where it is good — the statement is written in Core, compiled by the dialect of the connection it
meets (SQLite's ``?``, psycopg's ``%(name)s`` with its casts), its values converted by the
columns' own bind and result processors (``UtcDateTime``, JSON, booleans) — and does the
execution itself on the transaction's DBAPI connection. It runs inside the session's transaction
(and the writer's savepoints), so it commits and rolls back with everything else; it does not
flush or refresh ORM objects (``repo_chat`` expires the conversation it changed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

_CURSOR_KEY = "agentdesk_dbapi_cursor"
_PYFORMAT = re.compile(r"%\((\w+)\)s")
Processor = Callable[[Any], Any] | None


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # positional: the order of the parameters; named: the names used
    positional: bool
    defaults: dict[str, Any]
    binds: dict[str, Processor]
    results: tuple[Processor, ...]

    def params(self, given: dict[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        values = []
        for name in self.names:
            value = given[name] if name in given else self.defaults[name]
            processor = self.binds[name]
            values.append(processor(value) if processor is not None and value is not None else value)
        if self.positional:
            return tuple(values)
        return dict(zip(self.names, values, strict=True))

    def row(self, raw: Sequence[Any]) -> tuple[Any, ...]:
        pairs = zip(self.results, raw, strict=True)
        return tuple([p(v) if p is not None and v is not None else v for p, v in pairs])


def _bind_processor(kind: Any, dialect: Dialect) -> Processor:
    return kind.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]


class Prepared:
    """One statement (with ``sa.bindparam`` placeholders), ready to run on any of our dialects."""

    __slots__ = ("_by_dialect", "_statement")

    def __init__(self, statement: ClauseElement) -> None:
        self._statement = statement
        self._by_dialect: dict[str, _Compiled] = {}

    def rows(self, session: Session, **params: Any) -> list[tuple[Any, ...]]:
        compiled, cursor = self._run(session, params)
        if cursor.description is None:
            return []
        return [compiled.row(r) for r in cursor.fetchall()]

    def first(self, session: Session, **params: Any) -> tuple[Any, ...] | None:
        found = self.rows(session, **params)
        return found[0] if found else None

    def scalar(self, session: Session, **params: Any) -> Any:
        row = self.first(session, **params)
        return None if row is None else row[0]

    def execute(self, session: Session, **params: Any) -> int:
        """Run a statement without results; how many rows it changed."""
        _, cursor = self._run(session, params)
        return int(cursor.rowcount)

    def _run(self, session: Session, params: dict[str, Any]) -> tuple[_Compiled, Any]:
        cursor = session.info.get(_CURSOR_KEY)
        if cursor is None:  # one cursor per transaction (a session lives one transaction here)
            driver = session.connection().connection.driver_connection
            assert driver is not None, "a session in a transaction has its driver's connection"
            cursor = session.info[_CURSOR_KEY] = driver.cursor()
        dialect = session.get_bind().dialect
        compiled = self._by_dialect.get(dialect.name) or self._compile(dialect)
        cursor.execute(compiled.sql, compiled.params(params))
        return compiled, cursor

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = cast(SQLCompiler, self._statement.compile(dialect=dialect))  # a DML or a SELECT
        sql = compiled.string
        positional = bool(compiled.positional)
        if positional:
            names = tuple(compiled.positiontup or ())
        else:
            names = tuple(dict.fromkeys(_PYFORMAT.findall(sql)))
        defaults = {name: compiled.binds[name].value for name in names}  # literals: "chat", 1, …
        binds = {name: _bind_processor(compiled.binds[name].type, dialect) for name in names}
        columns = getattr(self._statement, "exported_columns", None) or ()
        results = tuple(col.type.dialect_impl(dialect).result_processor(dialect, None) for col in columns)
        prepared = _Compiled(sql, names, positional, defaults, binds, results)
        self._by_dialect[dialect.name] = prepared
        return prepared
