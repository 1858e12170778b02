"""The local store: durable settings, migrations that match the models, refusing a newer database."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from counter_app.storage.db import DatabaseTooNewError, open_store, schema_head
from counter_app.storage.models import Base


def test_new_store_is_wal_full_sync_with_foreign_keys(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_migrations_create_exactly_the_models(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The FTS5 table and its shadow tables are the migration's own; nothing else may differ.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("dossier_fts"))]
    assert diff == []
    store.close()


def test_older_database_is_upgraded_with_a_backup(tmp_path):
    path = tmp_path / "s.sqlite3"
    conn = sqlite3.connect(path)  # a store from before the first migration: some other table
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.commit()
    conn.close()
    store = open_store(path)
    with store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == schema_head()
    store.close()


def test_store_of_the_previous_version_keeps_its_data_and_gets_a_backup(tmp_path):
    from alembic import command

    from counter_app.storage.db import _alembic_config, make_engine

    path = tmp_path / "s.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.exec_driver_sql("INSERT INTO settings(key, value) VALUES ('device', '{}')")
    engine.dispose()
    store = open_store(path)
    with store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT value FROM settings").scalar() == "{}"
        assert c.exec_driver_sql("SELECT count(*) FROM clerks").scalar() == 0  # 0002 applied
    store.close()
    backup = path.with_name(f"s.sqlite3.before-{schema_head()}.bak")
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()


def test_database_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNewError) as err:
        open_store(path)
    assert "9999_from_the_future" in str(err.value) and "cập nhật" in str(err.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_schema_head_constant_is_alembics_head():
    from counter_app.storage.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == schema_head()
