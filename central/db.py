"""Database engines (SQLite for demo and tests, PostgreSQL for production), migrations, retries."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import ColumnElement, Connection, Engine, any_, bindparam, create_engine, event, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError

MIGRATIONS = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)
T = TypeVar("T")

# PostgreSQL lock key that serialises concurrent `upgrade head` of several processes.
_MIGRATION_LOCK = 0x63656E7472616C  # "central"


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL: readers never block the writer; FULL: a commit the counter was told about survives
    # a power cut (the counter deletes its outbox row on our answer).
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the write lock at BEGIN so that several worker processes queue on it
    # (busy_timeout) instead of failing half-way with "database is locked".
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, *, pool_size: int = 5, max_overflow: int = 10) -> Engine:
    """An engine for `url`; SQLite files get durable pragmas and immediate transactions.

    `pool_size` + `max_overflow` bound the connections one worker process opens (PostgreSQL):
    workers × (pool_size + max_overflow) must stay under the server's max_connections."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True)


def among(conn: Connection, column: Any, values: Collection[Any]) -> ColumnElement[bool]:
    """`column IN values` for a batch's hundreds of keys. On PostgreSQL `= ANY(array)`: one
    parameter, so the statement compiles and plans once instead of once per list length
    (the events drain's lookups by event id, device sequence and dossier code)."""
    result: ColumnElement[bool]
    if conn.dialect.name == "postgresql":
        result = column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    else:
        result = column.in_(list(values))
    return result


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def reader(engine: Engine) -> Engine:
    """The same engine for read-only work (deferred BEGIN on SQLite: no write lock)."""
    return engine.execution_options(sqlite_begin="DEFERRED")


def _alembic_config(connection: Connection | None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine) -> None:
    """`alembic upgrade head`, safe when several processes start at once."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        command.upgrade(_alembic_config(conn), "head")


# SQLite's extended codes for a unique or primary key collision (sqlite3 errors carry them).
_SQLITE_DUPLICATE = {"SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"}


def is_duplicate_key(error: DBAPIError) -> bool:
    """A concurrent writer inserted the same key first (PostgreSQL 23505, SQLite UNIQUE/PK)."""
    if not isinstance(error, IntegrityError):
        return False
    if getattr(error.orig, "sqlstate", None) == "23505":
        return True
    return getattr(error.orig, "sqlite_errorname", None) in _SQLITE_DUPLICATE


def _retryable(error: DBAPIError) -> bool:
    """Only a lost race on a unique key: the retry then sees the winner's rows (`duplicate`).

    Any other error (a foreign key, a NOT NULL, a CHECK, a lock wait that timed out, a
    deadlock) would fail again the same way or pile more load on a busy database: it is
    raised at once."""
    return is_duplicate_key(error)


def run_in_transaction(engine: Engine, work: Callable[[Connection], T], attempts: int = 5) -> T:
    """Run `work` in one transaction; retry it whole when a concurrent writer got in first."""
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                return work(conn)
        except DBAPIError as error:
            if attempt == attempts - 1 or not _retryable(error):
                raise
            log.info("transaction conflict, retrying (%s)", type(error).__name__)
            time.sleep(random.uniform(0.001, 0.02) * (attempt + 1))
    raise AssertionError("unreachable")


@contextmanager
def connect(engine: Engine) -> Iterator[Connection]:
    """A read-only connection (rolled back at the end)."""
    with reader(engine).connect() as conn:
        yield conn
