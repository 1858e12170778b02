"""The local store on a big seeded database: receiving a dossier, opening one by code, name search.

Each figure is the app (real services, real store: WAL, synchronous=FULL) against the same work
done with raw sqlite3 on the same file with the same pragmas, measured call by call in turn.
"""

from __future__ import annotations

import gc
import random
import shutil
import sqlite3
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from counter_app.core.codes import format_code
from counter_app.core.dossier import Component
from counter_app.core.intake import IntakeDraft
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, queries
from counter_app.services.context import ServiceContext
from counter_app.storage.queues import fts_query
from counter_app.tools.fake_people import PeopleFaker, pick
from counter_app.tools.seed import open_seeded
from counter_app.tools.seed_rows import DOSSIER_COLUMNS, OUTBOX_COLUMNS, PROCEDURE_WEIGHTS
from tests.bench.common import BenchRun, Figure, Samples, Stopwatch, figure, paired

RECEIPTS = 400
LOOKUPS = 1000
SEARCHES = 400
SUMMARY = ("id, code, procedure_code, procedure_name, applicant_name, applicant_id_number, "
           "applicant_phone, status, received_at, appointment_at")


class StepClock:
    """The services' clock: a working morning, moving on a few seconds at each receipt."""

    def __init__(self, start: datetime, step: timedelta) -> None:
        self.now, self.step = start, step

    def __call__(self) -> datetime:
        now = self.now
        self.now += self.step
        return now


def scratch_copy(run: BenchRun, name: str) -> Path:
    """A copy of the cached store to write to (the cache stays as seeded)."""
    target = run.scratch / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(run.store, target)
    return target


def raw_connection(path: Path) -> sqlite3.Connection:
    """sqlite3 with the app's pragmas (storage.db._on_connect), transactions by hand."""
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "busy_timeout=10000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def last_day(conn: sqlite3.Connection) -> date:
    return date.fromisoformat(conn.execute("SELECT max(day) FROM code_sequences").fetchone()[0])


# --------------------------------------------------------------------------- receive

def drafts(ctx: ServiceContext, n: int, seed: int, on: date) -> list[IntakeDraft]:
    """Complete, valid drafts of the desk's usual procedures (what a clerk submits)."""
    rng = random.Random(f"bench-drafts/{seed}")
    people = PeopleFaker(rng)
    procs = [p for p in ctx.catalog if p.code in PROCEDURE_WEIGHTS]
    weights = [PROCEDURE_WEIGHTS[p.code] for p in procs]
    cum = [sum(weights[:i + 1]) for i in range(len(weights))]
    out = []
    for _ in range(n):
        proc = pick(rng, procs, cum)
        comps = tuple(Component(name=c.name, required=c.required, original=max(c.original, 1),
                                certified=c.certified, photo=c.photo) for c in proc.components)
        fee = sum(f.amount_vnd for f in proc.fees)
        out.append(IntakeDraft(procedure_code=proc.code, applicant=people.applicant(on),
                               components=comps, fee_vnd=fee,
                               fee_payment="before" if fee else "none"))
    return out


def bench_receive(run: BenchRun, path: Path) -> Figure:
    raw = raw_connection(path)
    day = last_day(raw)
    clock = StepClock(datetime.combine(day, datetime.min.time(), VN_TZ).replace(hour=8),
                      timedelta(seconds=15))
    ctx = open_seeded(path, clock=clock)
    warmup = 30
    todo = drafts(ctx, warmup + RECEIPTS, run.seed, day)
    # The raw inserts copy the rows the service just wrote under codes of an empty day.
    other_day = day + timedelta(days=1)
    dossier_cols = [c for c in DOSSIER_COLUMNS if c != "id"]
    outbox_cols = [c for c in OUTBOX_COLUMNS if c != "seq"]
    insert_dossier = (f"INSERT INTO dossiers ({', '.join(dossier_cols)}) "
                      f"VALUES ({', '.join('?' * len(dossier_cols))})")
    insert_event = (f"INSERT INTO outbox ({', '.join(outbox_cols)}) "
                    f"VALUES ({', '.join('?' * len(outbox_cols))})")
    upsert_seq = ("INSERT INTO code_sequences (unit_code, day, last_issued) VALUES (?, ?, ?) "
                  "ON CONFLICT (unit_code, day) DO UPDATE SET last_issued = excluded.last_issued")
    unit = ctx.device.unit_code
    app, base, watch = Samples(), Samples(), Stopwatch()
    gc.collect()
    try:
        for i, draft in enumerate(todo):
            if i == warmup:
                app, base = Samples(), Samples()
            result: Any = watch.measure(lambda: intake.receive_dossier(ctx, draft), app)
            row = list(raw.execute(f"SELECT {', '.join(dossier_cols)} FROM dossiers WHERE code=?",
                                   (result.code,)).fetchone())
            event = list(raw.execute(f"SELECT {', '.join(outbox_cols)} FROM outbox "
                                     "WHERE dossier_code=?", (result.code,)).fetchone())
            code = format_code(unit, other_day, i + 1)
            row[0] = event[1] = code
            event[0] = str(uuid.uuid4())

            def insert_raw() -> None:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute(insert_dossier, row)
                raw.execute(upsert_seq, (unit, other_day.isoformat(), i + 1))
                raw.execute(insert_event, event)
                raw.execute("COMMIT")

            watch.measure(insert_raw, base)
    finally:
        ctx.store.close()
        raw.close()
    return figure("receive_dossier_p95_ms", "ms", app, base, target=5, ratio_target=10)


# --------------------------------------------------------------------------- reads

def bench_find_by_code(run: BenchRun, path: Path) -> Figure:
    raw = raw_connection(path)
    rng = random.Random(f"bench-codes/{run.seed}")
    top = raw.execute("SELECT max(id) FROM dossiers").fetchone()[0]
    codes = [raw.execute("SELECT code FROM dossiers WHERE id=?", (rng.randint(1, top),))
             .fetchone()[0] for _ in range(100 + LOOKUPS)]
    ctx = open_seeded(path)
    try:
        app, base = paired(
            lambda code: queries.find_by_code(ctx, code),
            lambda code: raw.execute("SELECT * FROM dossiers WHERE code=?", (code,)).fetchone(),
            codes, warmup=100)
    finally:
        ctx.store.close()
        raw.close()
    return figure("find_by_code_p95_ms", "ms", app, base, target=1)


def search_queries(raw: sqlite3.Connection, n: int, seed: int) -> list[str]:
    """What clerks type: family + given name, "nguyen van", "tran thi h", or the whole name."""
    rng = random.Random(f"bench-names/{seed}")
    top = raw.execute("SELECT max(id) FROM dossiers").fetchone()[0]
    out = []
    for i in range(n):
        name = raw.execute("SELECT applicant_name_folded FROM dossiers WHERE id=?",
                           (rng.randint(1, top),)).fetchone()[0]
        words = name.split()
        kind = i % 4
        if kind == 0:
            out.append(f"{words[0]} {words[-1]}")
        elif kind == 1:
            out.append(f"{words[0]} {words[1]}")
        elif kind == 2:
            out.append(f"{words[0]} {words[1]} {words[-1][0]}")
        else:
            out.append(" ".join(words))
    return out


def bench_search(run: BenchRun, path: Path) -> Figure:
    raw = raw_connection(path)
    names = search_queries(raw, 40 + SEARCHES, run.seed)
    ctx = open_seeded(path)

    def baseline(query: str) -> Any:
        ids = [r[0] for r in raw.execute(
            "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ? ORDER BY rowid DESC LIMIT 50",
            (fts_query(query),))]
        return raw.execute(f"SELECT {SUMMARY} FROM dossiers WHERE id IN "
                           f"({', '.join('?' * len(ids))}) ORDER BY id DESC", ids).fetchall()

    try:
        app, base = paired(lambda q: queries.search(ctx, q, limit=50), baseline, names,
                           warmup=40)
        slowest = sorted(zip(app.wall, names[40:]), reverse=True)[:3]
    finally:
        ctx.store.close()
        raw.close()
    run.log("  slowest searches: " + ", ".join(f"{q!r} {ms:.1f} ms" for ms, q in slowest))
    return figure("search_name_p95_ms", "ms", app, base, target=20, ratio_target=3)


def run(bench: BenchRun) -> list[Figure]:
    # One copy (two gigabytes at a million dossiers): receipts first, then the reads, which do
    # not mind the few hundred dossiers the receipts added.
    path = scratch_copy(bench, "store.sqlite3")
    figures = [bench_receive(bench, path)]
    bench.log(figures[-1].line())
    reads = path
    figures.append(bench_find_by_code(bench, reads))
    bench.log(figures[-1].line())
    figures.append(bench_search(bench, reads))
    bench.log(figures[-1].line())
    return figures

