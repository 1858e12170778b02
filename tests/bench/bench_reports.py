"""Reports on the big seeded store: Biểu 06 for one year, beside the plainest SQL of the same counts.

The app's figure is the whole use case (services.reports.form06: role check, the period's index
ranges month by month, the table); the baseline is one GROUP BY over the same file with raw
sqlite3 that counts the same figures its own plain way. The two must agree figure by figure.
"""

from __future__ import annotations

import gc
import sqlite3
from datetime import date, datetime, time, timedelta
from typing import Any

from counter_app.core.timeutil import VN_TZ, iso
from counter_app.services import reports
from counter_app.tools.seed import open_seeded
from tests.bench.common import BenchRun, Figure, Samples, Stopwatch, figure

# The store's receipts end on 20 November 2026 (tests.bench.END_DATE): 2025 is a whole year
# in the middle of it, with dossiers carried over from 2024 and into 2026.
YEAR = (date(2025, 1, 1), date(2025, 12, 31))
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=VN_TZ)

# The plainest aggregate: every dossier received before the end, one pass, one CASE per figure.
_WD = "(status = 7 AND updated_at < :end)"
_OPEN_AT_END = f"NOT {_WD} AND (resolved_at IS NULL OR resolved_at >= :end)"
PLAIN = f"""
SELECT field,
  sum(NOT {_WD} AND received_at >= :start AND channel = 'online'),
  sum(NOT {_WD} AND received_at >= :start AND channel <> 'online'),
  sum(NOT {_WD} AND received_at < :start),
  sum(resolved_at < :end AND date(substr(resolved_at, 1, 10)) < date(substr(appointment_at, 1, 10))),
  sum(resolved_at < :end AND date(substr(resolved_at, 1, 10)) >= date(substr(appointment_at, 1, 10))
      AND resolved_at <= appointment_at),
  sum(resolved_at < :end AND resolved_at > appointment_at),
  sum({_OPEN_AT_END} AND NOT (appointment_at < :judged AND NOT (status = 5 AND updated_at <= :judged))),
  sum({_OPEN_AT_END} AND appointment_at < :judged AND NOT (status = 5 AND updated_at <= :judged)),
  sum({_WD})
FROM dossiers
WHERE received_at < :end AND status <> 3 AND (resolved_at IS NULL OR resolved_at >= :start)
  AND NOT (status = 7 AND updated_at < :start)
GROUP BY field
"""
NAMES = ("received_online", "received_direct", "carried_over", "resolved_early",
         "resolved_on_time", "resolved_late", "in_progress_within", "in_progress_overdue",
         "withdrawn")


def plain_counts(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    start = datetime.combine(YEAR[0], time.min, VN_TZ)
    end = datetime.combine(YEAR[1] + timedelta(days=1), time.min, VN_TZ)
    params = {"start": iso(start), "end": iso(end), "judged": iso(min(end, NOW))}
    return {row[0]: {n: v for n, v in zip(NAMES, row[1:]) if v}
            for row in conn.execute(PLAIN, params)}


def app_counts(result: reports.Form06Result) -> dict[str, dict[str, int]]:
    return {row.field: {n: getattr(row, n) for n in NAMES if getattr(row, n)}
            for row in result.report.rows if row.received_total or row.withdrawn}


def run(bench: BenchRun) -> list[Figure]:
    # Both only read the cached store (no copy of two gigabytes needed).
    ctx = open_seeded(bench.store, clock=lambda: NOW)
    conn = sqlite3.connect(f"file:{bench.store}?mode=ro", uri=True)
    rounds = 3 if bench.quick else 5
    app, base, watch = Samples(), Samples(), Stopwatch()
    try:
        first: Any = reports.form06(ctx, "counter", *YEAR)  # warm-up (and the check below)
        expected = plain_counts(conn)
        if app_counts(first) != expected:
            raise AssertionError(f"the app's Biểu 06 differs from the plain SQL:\n"
                                 f"{app_counts(first)}\n{expected}")
        bench.log(f"  {YEAR[0]}…{YEAR[1]}: {first.report.total.received_total:,} received, "
                  f"{first.report.total.resolved_total:,} resolved, "
                  f"{first.report.total.withdrawn:,} withdrawn")
        gc.collect()
        for _ in range(rounds):
            watch.measure(lambda: reports.form06(ctx, "counter", *YEAR), app)
            watch.measure(lambda: plain_counts(conn), base)
    finally:
        conn.close()
        ctx.store.close()
    for samples in (app, base):
        samples.wall = [ms / 1000 for ms in samples.wall]
        samples.cpu = [ms / 1000 for ms in samples.cpu]
    result = figure("form06_year_s", "s", app, base, target=2, ratio_target=3)
    bench.log(result.line())
    return [result]
