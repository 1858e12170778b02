"""Fill a counter store with realistic synthetic dossiers, fast, for benchmarks and demos.

    python -m counter_app.tools.seed --dossiers 1000000 --db artifacts/bench/store.sqlite3

Three years of receipts on the stored calendar's working days and office hours, procedures
weighted as at a commune desk, statuses by age, per-day code sequences, and the outbox of the
last day. Rows are generated in worker processes and written with executemany in large
transactions on a raw sqlite3 connection (no fsync while loading); the result is a complete
store the app opens as it is. The same --seed and --end-date give the same data.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import random
import sqlite3
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterator, Sequence

from counter_app.core.calendar import WorkCalendar
from counter_app.core.codes import MAX_SEQ, CodeLane, validate_unit_code
from counter_app.core.procedures import Catalog
from counter_app.core.timeutil import VN_TZ
from counter_app.paths import resources_dir
from counter_app.services.context import ServiceContext
from counter_app.services.setup import DEMO_UNIT, import_demo_reference
from counter_app.storage import reference, settings
from counter_app.storage.db import open_store
from counter_app.storage.files import FileStore
from counter_app.tools.seed_rows import DOSSIER_COLUMNS, OUTBOX_COLUMNS, Chunk, RowMaker

YEARS = 3
# Bumped whenever the generated data changes, so cached seeded stores are made again.
DATA_VERSION = 2
CHUNK_DOSSIERS = 20_000
CLERK = "clerk01"


@dataclass(frozen=True)
class SeedReport:
    path: Path
    dossiers: int
    outbox: int
    days: int
    seconds: float
    size_bytes: int


# --------------------------------------------------------------------------- the plan

def _receipt_days(calendar: WorkCalendar, end: date) -> list[date]:
    try:
        first = end.replace(year=end.year - YEARS) + timedelta(days=1)
    except ValueError:  # 29 February
        first = end.replace(year=end.year - YEARS, day=28) + timedelta(days=1)
    days, d = [], first
    while d <= end:
        if calendar.is_working_day(d):
            days.append(d)
        d += timedelta(days=1)
    return days


# Busier on Mondays and before Tết; a make-up Saturday is a short day.
_WEEKDAY = {0: 1.25, 1: 1.1, 2: 1.0, 3: 1.0, 4: 0.9, 5: 0.6, 6: 0.6}
_MONTH = {1: 1.25, 2: 0.9, 6: 1.05, 7: 1.1, 8: 1.05, 12: 1.1}


def plan_days(rng: random.Random, days: Sequence[date], total: int,
              last_share: float = 1.0) -> list[tuple[date, int]]:
    """How many dossiers each working day receives: weighted, then apportioned exactly.

    `last_share` is the part of the last day's office time already past ("now" is during it).
    """
    n = len(days)
    weights = [_WEEKDAY[d.weekday()] * _MONTH.get(d.month, 1.0) * (0.85 + 0.3 * i / max(n - 1, 1))
               * rng.lognormvariate(0.0, 0.15) for i, d in enumerate(days)]
    if weights:
        weights[-1] *= last_share
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    # Largest remainders get the dossiers still missing; ties go to the earlier day.
    missing = total - sum(counts)
    for i in sorted(range(n), key=lambda i: counts[i] - exact[i])[:missing]:
        counts[i] += 1
    busiest = max(counts, default=0)
    if busiest > MAX_SEQ:
        raise ValueError(f"{total:,} dossiers over {n} working days needs {busiest:,} codes on "
                         f"one day; a code sequence holds at most {MAX_SEQ:,} a day")
    return [(d, c) for d, c in zip(days, counts) if c > 0]


def _chunks(plan: Sequence[tuple[date, int]]) -> list[tuple[int, int, list[tuple[date, int]]]]:
    """Consecutive days in pieces of about CHUNK_DOSSIERS: (index, first id, days)."""
    out: list[tuple[int, int, list[tuple[date, int]]]] = []
    current: list[tuple[date, int]] = []
    first_id = next_id = 1
    for day, count in plan:
        current.append((day, count))
        next_id += count
        if next_id - first_id >= CHUNK_DOSSIERS:
            out.append((len(out), first_id, current))
            current, first_id = [], next_id
    if current:
        out.append((len(out), first_id, current))
    return out


# --------------------------------------------------------------------------- the store

def _device(rng: random.Random, unit_code: str) -> settings.DeviceSettings:
    name, address = DEMO_UNIT[1], DEMO_UNIT[2]
    if unit_code != DEMO_UNIT[0]:
        name, address = f"Bộ phận một cửa {unit_code} (dữ liệu mẫu)", ""
    # One counter holding the whole daily sequence: a busy unit issues more than one lane
    # (500) a day, and the seeded codes run 0001… without gaps.
    return settings.DeviceSettings(
        device_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), unit_code=unit_code,
        unit_name=name, counter_no=1, lanes=(CodeLane(1, MAX_SEQ),), unit_address=address,
        extra={"synthetic": "true"})


def _prepare(path: Path, device: settings.DeviceSettings,
             now: datetime) -> tuple[Catalog, WorkCalendar]:
    """Schema, demo reference data and the device, through the app's own code."""
    store = open_store(path)
    try:
        import_demo_reference(store, resources_dir(), now)
        with store.transaction() as session:
            settings.save_device(session, device)
        with store.reading() as session:
            catalog = reference.load_catalog(session)
            calendar = reference.load_calendar(session)
    finally:
        store.close()
    assert catalog is not None and calendar is not None
    return catalog, calendar


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


_INDEXES_SQL = "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='dossiers' " \
               "AND sql IS NOT NULL"
_TRIGGERS_SQL = "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='dossiers'"


class _Loader:
    """A raw connection for the bulk load: no journal, no fsync; secondary indexes and the FTS
    triggers are dropped during the load and rebuilt once at the end (faster than keeping
    them up to date row by row), from the very SQL the migration stored."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        ex = self.conn.execute
        ex("PRAGMA journal_mode=OFF")
        ex("PRAGMA synchronous=OFF")
        ex("PRAGMA cache_size=-262144")
        ex("PRAGMA temp_store=MEMORY")
        self.indexes = ex(_INDEXES_SQL).fetchall()
        self.triggers = ex(_TRIGGERS_SQL).fetchall()
        for name, _ in self.indexes:
            ex(f'DROP INDEX "{name}"')
        for name, _ in self.triggers:
            ex(f'DROP TRIGGER "{name}"')
        cols = ", ".join(DOSSIER_COLUMNS)
        self.insert_dossier = (f"INSERT INTO dossiers ({cols}) "
                               f"VALUES ({', '.join('?' * len(DOSSIER_COLUMNS))})")
        self.insert_event = (f"INSERT INTO outbox ({', '.join(OUTBOX_COLUMNS)}) "
                             f"VALUES ({', '.join('?' * len(OUTBOX_COLUMNS))})")

    def write(self, chunk: Chunk) -> None:
        ex = self.conn.execute
        ex("BEGIN")
        self.conn.executemany(self.insert_dossier, chunk.dossiers)
        self.conn.executemany(self.insert_event, chunk.events)
        self.conn.executemany(
            "INSERT INTO code_sequences (unit_code, day, last_issued) VALUES (?, ?, ?) "
            "ON CONFLICT (unit_code, day) DO UPDATE SET last_issued = "
            "max(last_issued, excluded.last_issued)", chunk.sequences)
        ex("COMMIT")

    def finish(self, log: Callable[[str], None]) -> None:
        ex = self.conn.execute
        t = time.perf_counter()
        ex("BEGIN")
        for _, sql in self.indexes:
            ex(sql)
        ex("COMMIT")
        log(f"  indexes rebuilt in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        ex("BEGIN")
        ex("INSERT INTO dossier_fts(dossier_fts) VALUES('rebuild')")
        for _, sql in self.triggers:
            ex(sql)
        ex("COMMIT")
        log(f"  name search (FTS5) rebuilt in {time.perf_counter() - t:.1f} s")
        ex("PRAGMA journal_mode=WAL")  # the app's mode; it sets synchronous=FULL on each open
        self.conn.close()


# --------------------------------------------------------------------------- generation

_MAKER: RowMaker | None = None


def _init_worker(maker: RowMaker) -> None:
    global _MAKER
    _MAKER = maker


def _make_chunk(job: tuple[int, int, list[tuple[date, int]]]) -> Chunk:
    assert _MAKER is not None
    return _MAKER.chunk(*job)


def _generate(maker: RowMaker, jobs: list[tuple[int, int, list[tuple[date, int]]]],
              workers: int) -> Iterator[Chunk]:
    """Chunks in order; each is seeded by its index, so the worker count never changes data."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield maker.chunk(*job)
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(maker,)) as pool:
        yield from pool.imap(_make_chunk, jobs)


def default_workers() -> int:
    # Generation is pure Python; the loader mostly waits in SQLite. One process per core.
    return max(1, (os.cpu_count() or 1))


def _office_share(calendar: WorkCalendar, moment: datetime) -> float:
    """The part of `moment`'s day's office time already past (1.0 on a day off or after hours)."""
    if not calendar.is_working_day(moment.date()):
        return 1.0
    now_s = moment.hour * 3600 + moment.minute * 60 + moment.second
    total = done = 0
    for start, end in calendar.office_hours:
        s, e = start.hour * 3600 + start.minute * 60, end.hour * 3600 + end.minute * 60
        total += e - s
        done += min(max(now_s - s, 0), e - s)
    return done / total if total else 1.0


def seed_store(path: Path | str, dossiers: int, *, seed: int = 1, unit: str = DEMO_UNIT[0],
               end_date: date | None = None, workers: int | None = None, force: bool = False,
               log: Callable[[str], None] = print) -> SeedReport:
    """Create the store at `path` holding `dossiers` synthetic dossiers; return what was done.

    Without `end_date` the receipts run up to now (today's only up to this minute): no time
    in the store is ever later than the moment it was seeded. With `end_date` they run to
    that day's close, as if seeded that evening (the same data every time).
    """
    path = Path(path)
    validate_unit_code(unit)
    if dossiers < 0:
        raise ValueError("the number of dossiers cannot be negative")
    if path.exists():
        if not force:
            raise FileExistsError(f"{path} exists; pass --force to replace it")
        _remove(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    now: datetime | None = None
    if end_date is None:
        now = datetime.now(VN_TZ).replace(microsecond=0)
        end = now.date()
    else:
        end = end_date
    started = time.perf_counter()
    rng = random.Random(f"counter-seed/{seed}")
    device = _device(rng, unit)
    catalog, calendar = _prepare(path, device, datetime.combine(end, datetime.min.time(), VN_TZ))
    days = _receipt_days(calendar, end)
    share = 1.0 if now is None else _office_share(calendar, now)
    if days and days[-1] == end and share == 0.0:
        days = days[:-1]  # today's office has not opened yet: nobody was received today
        share = 1.0
    plan = plan_days(rng, days, dossiers, share if days and days[-1] == end else 1.0)
    jobs = _chunks(plan)
    maker = RowMaker(catalog, calendar, unit, device.device_id, CLERK, seed,
                     first_day=plan[0][0] if plan else end, end=end,
                     last_day=plan[-1][0] if plan else end, now=now)
    log(f"Seeding {dossiers:,} dossiers over {len(plan)} working days into {path} "
        f"(seed {seed}, {workers or default_workers()} workers)")
    loader = _Loader(path)
    done = events = 0
    try:
        for chunk in _generate(maker, jobs, workers or default_workers()):
            loader.write(chunk)
            done += len(chunk.dossiers)
            events += len(chunk.events)
            elapsed = time.perf_counter() - started
            log(f"  {done:>10,} / {dossiers:,} dossiers  {elapsed:6.1f} s  "
                f"{done / max(elapsed, 1e-9):8,.0f}/s")
        loader.finish(log)
    except BaseException:
        loader.conn.close()
        _remove(path)  # half a store is worse than none
        raise
    seconds = time.perf_counter() - started
    report = SeedReport(path, done, events, len(plan), seconds, path.stat().st_size)
    log(f"Done: {report.dossiers:,} dossiers, {report.outbox:,} pending outbox events, "
        f"{report.days} days in {report.seconds:.1f} s; {report.size_bytes / 2**20:,.1f} MiB")
    return report


def open_seeded(path: Path | str, *, clerk: str = CLERK,
                clock: Callable[[], datetime] | None = None) -> ServiceContext:
    """A ServiceContext on a store file of any name (open_counter wants a data folder)."""
    path = Path(path)
    store = open_store(path)
    with store.reading() as session:
        device = settings.load_device(session)
        catalog = reference.load_catalog(session)
        calendar = reference.load_calendar(session)
    if device is None or catalog is None or calendar is None:
        store.close()
        raise ValueError(f"{path} is not a set-up counter store")
    ctx = ServiceContext(store, device, catalog, calendar,
                         FileStore(path.with_name(path.stem + "-files")), clerk=clerk)
    return ctx if clock is None else dataclasses.replace(ctx, clock=clock)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m counter_app.tools.seed", description=__doc__.split(
        "\n")[0])
    p.add_argument("--dossiers", type=int, required=True, help="how many dossiers")
    p.add_argument("--db", type=Path, required=True, help="the store file to create")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    p.add_argument("--unit", default=DEMO_UNIT[0], help="receiving unit code")
    p.add_argument("--end-date", type=date.fromisoformat, default=None,
                   help="last day of the three years of receipts (YYYY-MM-DD; default today)")
    p.add_argument("--workers", type=int, default=None, help="generator processes")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    args = p.parse_args(argv)
    try:
        seed_store(args.db, args.dossiers, seed=args.seed, unit=args.unit,
                   end_date=args.end_date, workers=args.workers, force=args.force)
    except (FileExistsError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
