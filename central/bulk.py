"""Many rows into one table, in the caller's transaction: COPY on PostgreSQL, executemany elsewhere.

The events drain writes ~500 event rows, their dossiers and the portal's outbox records in one
transaction. executemany sends one INSERT per row (pipelined, but each is parsed, bound and
executed on the server); COPY streams them as one command, several times cheaper for the
database and for the driver (docs/load-test.md). The rows are the same either way: every
column's Python-side default and bind processing (UTC datetimes, JSONB) is applied here as
SQLAlchemy would, and a duplicate key still surfaces as SQLAlchemy's IntegrityError, so
`db.run_in_transaction` retries a lost race exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, insert
from sqlalchemy.exc import DBAPIError


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts of column values; missing columns take their defaults)."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), list(rows))
        return
    _copy(conn, table, rows)


def _columns(table: Table, rows: Sequence[dict[str, Any]]) -> list[Column[Any]]:
    """The columns given in any row, or with a Python-side default; never a generated key."""
    given = set().union(*(row.keys() for row in rows))
    out = []
    for column in table.columns:
        if column.name in given:
            out.append(column)
        elif column.default is not None and not column.primary_key:
            if not column.default.is_scalar:
                raise ValueError(f"{table.name}.{column.name}: only scalar defaults are copied")
            out.append(column)
    return out


def _copy(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    dialect = conn.dialect
    columns = _columns(table, rows)
    makers: list[tuple[str, Any, Callable[[Any], Any] | None]] = []
    for column in columns:
        default = column.default.arg if column.default is not None else None  # type: ignore[attr-defined]
        makers.append((column.name, default, column.type._cached_bind_processor(dialect)))
    quote = dialect.identifier_preparer
    statement = (f"COPY {quote.format_table(table)} "
                 f"({', '.join(quote.quote(c.name) for c in columns)}) FROM STDIN")
    driver = conn.connection.driver_connection
    assert driver is not None
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                values = []
                for name, default, process in makers:
                    value = row.get(name, default)
                    values.append(process(value) if process is not None and value is not None
                                  else value)
                copy.write_row(values)
    except dialect.loaded_dbapi.Error as error:
        raise DBAPIError.instance(statement, None, error, dialect.loaded_dbapi.Error) from error
