"""`python -m central.tools.seed_province --db URL [--scale 0.01]`: fill PostgreSQL with a province.

Three years of ~100 units and 1,000 counters (≈ 2,000,000 dossiers at --scale 1, with their
events and the back office's changes: central.tools.province), written with COPY (psycopg)
rather than row by row: the secondary indexes are dropped first and built again at the end,
then ANALYZE. For a fresh (migrated, empty) database only: it refuses one holding dossiers.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from datetime import datetime, timezone
from typing import Any

import psycopg
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from central import auth
from central.db import make_engine, migrate
from central.tools.province import Shape, UnitsGenerator, clerk_name, unit_code

# For load-test databases only: every seeded user has this password unless told otherwise.
SEED_PASSWORD = "Tinh-thu-tai-2026"
BULK_TABLES = ("dossiers", "events", "changes")
COLUMNS = {
    "dossiers": ("code", "unit_code", "procedure_code", "procedure_name", "field", "channel",
                 "status", "received_at", "appointment_at", "rescheduled", "paused_at",
                 "resolved_at", "withdrawn_at", "returned_at", "search", "body", "updated_at"),
    "events": ("event_id", "body_hash", "unit_code", "dossier_code", "type", "occurred_at",
               "device_id", "clerk", "seq", "payload", "applied_at", "clerk_verified"),
    "changes": ("unit_code", "seq", "dossier_code", "status", "previous_status", "at",
                "appointment_at", "extension", "note", "actor", "recorded_at"),
}


@dataclass
class SeedReport:
    """What was written and how fast (rows/s counts every row COPY wrote, indexes included)."""

    rows: dict[str, int] = field(default_factory=dict)
    copy_s: float = 0.0
    index_s: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def rows_per_s(self) -> float:
        spent = self.copy_s + self.index_s
        return self.total_rows / spent if spent else 0.0

    def line(self) -> str:
        counts = ", ".join(f"{n:,} {table}" for table, n in self.rows.items())
        return (f"seeded {counts} in {self.copy_s:.1f} s of COPY + {self.index_s:.1f} s of "
                f"indexes: {self.rows_per_s:,.0f} rows/s")


def conninfo(db_url: str) -> str:
    """The libpq URI of a SQLAlchemy PostgreSQL URL."""
    url = make_url(db_url)
    if url.get_backend_name() != "postgresql":
        raise ValueError("the province is seeded into PostgreSQL (a postgresql+psycopg:// URL)")
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def _secondary_indexes_dropped(conn: psycopg.Connection[Any]) -> Iterator[list[str]]:
    """Drop the bulk tables' indexes that back no constraint; build them again on the way out."""
    found = conn.execute(
        "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
        "WHERE t.relname = ANY(%s) AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)",
        (list(BULK_TABLES),)).fetchall()
    for name, _definition in found:
        conn.execute(f'DROP INDEX "{name}"')
    conn.commit()
    try:
        yield [definition for _name, definition in found]
    finally:
        for _name, definition in found:
            conn.execute(definition)
        conn.commit()


def _fixed_rows(conn: psycopg.Connection[Any], shape: Shape, password: str) -> None:
    """Units, their users (one clerk per counter, a supervisor, a back office) and a province user."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    digest = auth.hash_password(password)  # one hash for all: hashing is not what is seeded
    units = [unit_code(i) for i in range(shape.units)]
    users = [(clerk_name(u, k), "clerk", u) for u, n in zip(units, shape.counters())
             for k in range(1, n + 1)]
    users += [(f"{role}.{u}", role, u) for u in units for role in ("supervisor", "back_office")]
    users.append(("province", "province", units[0]))
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO units (code, name, last_change_seq, created_at) "
                        "VALUES (%s, %s, 0, %s)",
                        [(u, "Trung tâm PVHCC tỉnh" if i == 0 else f"UBND xã số {i}", now)
                         for i, u in enumerate(units)])
        cur.executemany(
            "INSERT INTO users (username, full_name, unit_code, role, password_hash, "
            "failed_logins, disabled, created_at) VALUES (%s, %s, %s, %s, %s, 0, false, %s)",
            [(name, name, unit, role, digest, now) for name, role, unit in users])
    conn.commit()


@dataclass
class _Share:
    """What one process wrote: row counts, its devices (id, unit, counter, last seq), and
    its units' last change numbers."""

    rows: dict[str, int]
    devices: list[tuple[str, str, int, int]]
    last_change: dict[str, int]


def _copy_share(info: str, shape: Shape, indexes: list[int]) -> _Share:
    """Generate the units `indexes` and COPY their rows (one connection per table)."""
    gen = UnitsGenerator(shape, indexes)
    rows = dict.fromkeys(BULK_TABLES, 0)
    with ExitStack() as stack:
        copies = {}
        for table in BULK_TABLES:
            conn = stack.enter_context(psycopg.connect(info))
            conn.execute("SET synchronous_commit = off")
            cur = stack.enter_context(conn.cursor())
            copies[table] = stack.enter_context(cur.copy(
                f"COPY {table} ({', '.join(COLUMNS[table])}) FROM STDIN"))
        for table, row in gen.rows():
            copies[table].write_row([row[c] for c in COLUMNS[table]])
            rows[table] += 1
    devices = [(d.id, d.unit, d.counter_no, d.last_seq)
               for unit_devices in gen.devices.values() for d in unit_devices]
    return _Share(rows, devices, gen.last_change)


def _finish(conn: psycopg.Connection[Any], shares: list[_Share]) -> None:
    """Devices with their last event number, the units' change counters."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with conn.cursor() as cur:
        with cur.copy("COPY devices (id, name, unit_code, counter_no, token_hash, created_at, "
                      "last_seq) FROM STDIN") as copy:
            for share in shares:
                for device_id, unit, counter_no, last_seq in share.devices:
                    # A token nobody holds: a load test enrolls its counters afresh.
                    copy.write_row((device_id, f"Quầy {counter_no}", unit, counter_no,
                                    auth.new_token("dev")[1], now, last_seq))
        cur.executemany("UPDATE units SET last_change_seq = %s WHERE code = %s",
                        [(seq, unit) for share in shares
                         for unit, seq in share.last_change.items()])
    conn.commit()


def seed_province(db_url: str, shape: Shape, password: str = SEED_PASSWORD, jobs: int = 2,
                  log: Callable[[str], None] = print) -> SeedReport:
    """Migrate the database at `db_url` and fill it with the province `shape` describes,
    `jobs` processes generating and copying a share of the units each."""
    engine: Engine = make_engine(db_url)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    report = SeedReport(rows=dict.fromkeys(BULK_TABLES, 0))
    info = conninfo(db_url)
    jobs = max(1, min(jobs, shape.units))
    with psycopg.connect(info) as admin:
        if admin.execute("SELECT EXISTS (SELECT 1 FROM dossiers)").fetchone() != (False,):
            raise ValueError("the database already holds dossiers: seed a fresh one")
        log(f"seeding {shape.dossiers:,} dossiers over {shape.years} years, {shape.units} units, "
            f"{shape.devices} counters ({jobs} processes)")
        _fixed_rows(admin, shape, password)
        with _secondary_indexes_dropped(admin):
            start = time.perf_counter()
            shards = [list(range(j, shape.units, jobs)) for j in range(jobs)]
            if jobs == 1:
                shares = [_copy_share(info, shape, shards[0])]
            else:
                with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool:
                    shares = list(pool.map(_copy_share, [info] * jobs, [shape] * jobs, shards))
            report.copy_s = time.perf_counter() - start
            start = time.perf_counter()
        report.index_s = time.perf_counter() - start
        _finish(admin, shares)
        admin.autocommit = True
        admin.execute("ANALYZE")
    for share in shares:
        for table, n in share.rows.items():
            report.rows[table] += n
    report.rows["devices"] = sum(len(share.devices) for share in shares)
    log(report.line())
    return report


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scale", type=float, default=1.0, help="share of a province's dossiers (0.01)")
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--units", type=int, default=Shape.units)
    p.add_argument("--devices", type=int, default=Shape.devices)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="processes generating and copying (default: one per CPU)")
    p.add_argument("--password", default=SEED_PASSWORD,
                   help="every seeded user's password (a load-test database only)")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m central.tools.seed_province",
                                description=(__doc__ or "").split("\n")[0])
    p.add_argument("--db", required=True, help="postgresql+psycopg://user@host/db (migrated here)")
    _options(p)
    return p


def add_admin_parser(commands: Any) -> None:
    """`python -m central admin seed-province …` (the same options, --db on `admin`)."""
    _options(commands.add_parser("seed-province", help="fill a fresh PostgreSQL database with "
                                                       "a synthetic province (load tests)"))


def run(args: argparse.Namespace, db_url: str) -> int:
    try:
        seed_province(db_url, Shape(scale=args.scale, years=args.years, units=args.units,
                                    devices=args.devices, seed=args.seed), args.password,
                      args.jobs)
    except (ValueError, psycopg.Error) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def run_admin(args: argparse.Namespace, engine: Engine) -> int:
    return run(args, engine.url.render_as_string(hide_password=False))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    return run(args, args.db)


if __name__ == "__main__":
    sys.exit(main())
