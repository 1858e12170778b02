"""Opening the local SQLite store: durable pragmas, migrations at start, one short transaction a unit."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. A store already at it opens without loading Alembic (a fifth of the
# start-up time); tests check this constant against Alembic's own head.
SCHEMA_HEAD = "0007"


class StoreError(Exception):
    """The store cannot be opened as it is; the message says why and what to do."""


class DatabaseTooNewError(StoreError):
    """The database was written by a newer version of the app; it is left untouched."""


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets the UI read while the writer commits; FULL makes each commit survive a power cut
    # (communes lose power), at the price of one fsync a commit.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN, so two writers queue (busy_timeout) instead of one
    # failing half-way through; readers begin deferred and never block a writer (WAL).
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    # pysqlite's own transaction handling is off; we issue BEGIN ourselves (SQLAlchemy recipe).
    event.listen(engine, "connect", lambda c, r: setattr(c, "isolation_level", None))
    event.listen(engine, "begin", _begin)
    return engine


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def schema_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(None)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, path: Path) -> None:
    """Bring the schema to head; refuse a database from a newer app; back up before upgrading."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(None))
    head = script.get_current_head()
    if current == head:
        return
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseTooNewError(
                f"Cơ sở dữ liệu {path} do phiên bản mới hơn của phần mềm tạo (lược đồ {current}); "
                "hãy cập nhật phần mềm. Dữ liệu không bị thay đổi. / The database was written by a "
                f"newer version of the app (schema {current}); update the app. Nothing was changed."
            )
        _backup(engine, path.with_name(f"{path.name}.before-{head}.bak"))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")


def _backup(engine: Engine, target: Path) -> None:
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()


def raw(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under `session`, inside its transaction (BEGIN already issued).

    The hot paths (receiving a dossier, opening one by code) run their few statements here:
    the ORM's unit-of-work costs ~2 ms of CPU per receipt for nothing these rows need.
    """
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


@dataclass
class Store:
    """The counter's local database: one engine, a short-lived Session per unit of work."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    readers: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error (then re-raise)."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.readers()
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path | str) -> Store:
    """Open (creating if needed) the store at `path` and apply pending migrations."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        migrate(engine, path)
    except Exception:
        engine.dispose()
        raise
    reader_engine = engine.execution_options(sqlite_begin="DEFERRED")
    return Store(path, engine, sessionmaker(engine, expire_on_commit=False),
                 sessionmaker(reader_engine, expire_on_commit=False))
