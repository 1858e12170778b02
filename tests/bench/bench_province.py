"""Benchmarks of a province on PostgreSQL (python -m tests.bench.bench_province [--quick]).

A throwaway PostgreSQL cluster is seeded with the province (central.tools.seed_province:
1 % of three years with --quick, all of it otherwise) and served by `python -m central
serve --workers N` on loopback; the load test (tests/load) then runs its steady morning and
its storm with 100 counters (--quick) or 1,000. Figures:

- central_events_p95_ms: p95 of a 500-event batch posted during the steady morning (target
  ≤ 200 ms); baseline: the same client's 500-event batches with the service otherwise idle.
- central_storm_drain_s: the storm, every counter draining its day at once, until the last
  answer; baseline: the time one client alone needs for the same events at its measured rate
  (ratio ≤ 2).
- events_applied_per_s_pg: one counter draining whole dossiers (received, fee, scan: 498
  events a batch) into the seeded database (target ≥ 5,000/s); baseline: the same rows
  (dossiers, event log) inserted straight into the same database in the same transactions,
  batch by batch in alternation (ratio ≥ 0.25).
The seeding's rows/s and the load report are printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("CENTRAL_ARGON2_PROFILE", "CHEAPEST")
os.environ["CENTRAL_TESTING"] = "1"  # the cheap profile is refused otherwise (central.auth)

import httpx  # noqa: E402
from sqlalchemy import Engine, insert  # noqa: E402

from central.db import make_engine, run_in_transaction  # noqa: E402
from central.dossier_rules import State, apply_event  # noqa: E402
from central.events import canonical_hash  # noqa: E402
from central.models import DossierRow, EventRow  # noqa: E402
from central.schemas import EventIn  # noqa: E402
from central.tools.province import Shape  # noqa: E402
from central.tools.seed_province import SEED_PASSWORD, seed_province  # noqa: E402
from tests.bench.common import Figure, percentile  # noqa: E402
from tests.central.conftest import PostgresCluster, _pg_bindir  # noqa: E402
from tests.central.server import Server  # noqa: E402
from tests.load.counters import LoadCounter, now_vn, probe_counter  # noqa: E402
from tests.load.generator import Plan  # noqa: E402
from tests.load.province import LoadReport, run as run_load  # noqa: E402

P95_TARGET_MS = 200.0
STORM_RATIO = 2.0
APPLIED_FLOOR, APPLIED_RATIO = 5000.0, 0.25
WHOLE_BATCH = 498  # 166 dossiers × 3 events: no dossier split over two transactions


def _dossiers(counter: LoadCounter, events: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    at = now_vn()
    while len(out) < events:
        out += counter.dossier_events(at)
    return out


class DirectInsert:
    """The rows the service writes for these events, computed by its own rules beforehand and
    inserted straight (the plainest way to the same table contents)."""

    def __init__(self, engine: Engine, events: list[dict[str, Any]], unit: str) -> None:
        self.engine = engine
        now = datetime.now(timezone.utc)
        self.batches: list[tuple[list[State], list[dict[str, Any]]]] = []
        for i in range(0, len(events), WHOLE_BATCH):
            states: dict[str, State] = {}
            log = []
            for raw in events[i:i + WHOLE_BATCH]:
                ev = EventIn.model_validate(raw)
                states[ev.dossier_code] = apply_event(states.get(ev.dossier_code), ev, unit,
                                                      lambda: None, now)  # type: ignore[arg-type, return-value]
                log.append({"event_id": ev.event_id, "body_hash": canonical_hash(raw),
                            "unit_code": unit, "dossier_code": ev.dossier_code, "type": ev.type,
                            "occurred_at": ev.occurred_at, "device_id": ev.device_id,
                            "clerk": ev.clerk, "seq": ev.seq, "payload": ev.payload,
                            "applied_at": now, "clerk_verified": True})
            self.batches.append((list(states.values()), log))

    def insert(self, k: int) -> None:
        dossiers, log = self.batches[k]

        def work(conn: Any) -> None:
            conn.execute(insert(DossierRow.__table__), dossiers)
            conn.execute(insert(EventRow.__table__), log)
        run_in_transaction(self.engine, work, attempts=1)


def applied_per_s(base_url: str, engine: Engine, events: int) -> tuple[float, float]:
    """(service events/s, direct insert events/s) on the seeded database, in alternation."""
    probe = probe_counter(engine, SEED_PASSWORD)
    with httpx.Client(base_url=base_url, timeout=120) as client:
        data = client.post("/api/v1/devices/enroll", json={
            "enrollment_code": probe.enrollment_code, "device_name": "bench"}).json()
        probe.device_id, probe.device_token = data["device_id"], data["device_token"]
        login = client.post("/api/v1/sessions", headers=probe.headers(),
                            json={"username": probe.clerk, "password": SEED_PASSWORD})
        probe.access_token = login.json()["access_token"]
        served = _dossiers(probe, events)
        direct = DirectInsert(engine, _dossiers(probe, events), probe.unit)
        client.headers.update({**probe.headers(), "Content-Type": "application/json"})
        bodies = [json.dumps({"events": served[i:i + WHOLE_BATCH]}, ensure_ascii=False).encode()
                  for i in range(0, len(served), WHOLE_BATCH)]
        service_s = direct_s = 0.0
        for k, body in enumerate(bodies):
            start = time.perf_counter()
            results = client.post("/api/v1/events", content=body).json()["results"]
            service_s += time.perf_counter() - start
            if any(r["status"] != "applied" for r in results):
                raise RuntimeError(f"not applied: {[r for r in results if r['status'] != 'applied'][:2]}")
            start = time.perf_counter()
            direct.insert(k)
            direct_s += time.perf_counter() - start
    return len(served) / service_s, len(served) / direct_s


def measure(quick: bool, workers: int, log: Any = print, counters: int | None = None,
            scale: float | None = None, morning_s: float | None = None,
            applied_events: int | None = None) -> tuple[list[Figure], LoadReport]:
    """Seed, serve with `workers`, run the load and the drain; the figures and the report.
    The sizes default to --quick's (100 counters, 1 %) or the province's (1,000, 100 %)."""
    counters = counters or (100 if quick else 1000)
    scale = scale or (0.01 if quick else 1.0)
    morning_s = morning_s or (30.0 if quick else 120.0)
    applied_events = applied_events or (1992 if quick else 9960)
    bindir = _pg_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries not found (installer/sysdeps.sh)")
    cluster = PostgresCluster(bindir)
    cluster.start()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-province-") as folder:
            db_url = cluster.new_database()
            seeded = seed_province(db_url, Shape(scale=scale), SEED_PASSWORD,
                                   jobs=os.cpu_count() or 1, log=log)
            plan = Plan(counters=counters, morning_s=morning_s, sync_every_s=morning_s / 4)
            engine = make_engine(db_url)
            try:
                with Server(db_url, Path(folder), workers=workers) as server:
                    report = run_load(server.url, engine, plan, SEED_PASSWORD)
                    log(report.text())
                    served, direct = applied_per_s(server.url, engine, applied_events)
            finally:
                engine.dispose()
    finally:
        cluster.stop()
    log(f"seeding: {seeded.line()}")
    morning = report.morning.latencies["POST /events ×500"]
    alone = report.solo.latencies["POST /events solo"]
    failures = len(report.errors) + len(report.not_exactly_once)
    figures = [
        Figure("central_events_p95_ms", percentile(morning, 95), "ms", percentile(alone, 95),
               target=P95_TARGET_MS, p50=percentile(morning, 50),
               baseline_p50=percentile(alone, 50), samples=len(morning), failures=failures),
        Figure("central_storm_drain_s", report.storm_s, "s", report.storm_alone_s,
               ratio_target=STORM_RATIO, samples=report.storm_events, failures=failures),
        Figure("events_applied_per_s_pg", served, "events/s", direct, floor=APPLIED_FLOOR,
               ratio_floor=APPLIED_RATIO, samples=applied_events),
    ]
    return figures, report


def run(quick: bool) -> list[dict[str, Any]]:
    workers = int(os.environ.get("BENCH_CENTRAL_WORKERS", "2"))
    figures, _report = measure(quick, workers)
    for figure in figures:
        print(figure.line())
    return [figure.to_json() for figure in figures]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--counters", type=int, help="instead of 100 (--quick) or 1,000")
    parser.add_argument("--scale", type=float, help="instead of 0.01 (--quick) or 1")
    parser.add_argument("--morning", type=float, help="seconds of steady morning")
    parser.add_argument("--applied-events", type=int, help="events of events_applied_per_s_pg")
    parser.add_argument("--json", type=Path, help="also write the load report here")
    args = parser.parse_args(argv)
    figures, report = measure(args.quick, args.workers, print, args.counters, args.scale,
                              args.morning, args.applied_events)
    for figure in figures:
        print(figure.line())
    if args.json:
        args.json.write_text(json.dumps({"workers": args.workers,
                                         "figures": [f.to_json() for f in figures],
                                         "load": report.as_dict()}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
