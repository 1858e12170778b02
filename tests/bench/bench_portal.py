"""Benchmark of the national portal adapter: portal_push_per_s and portal_lag_p95_s.

Both against the tests' fake national portal on loopback (tests/central/fake_portal.py, every
record checked), from a central SQLite database of the demo's kind:

- `portal_push_per_s`: 10,000 outbox records (--quick: 2,000; one DongBoHoSoMC per dossier,
  written by central.portal.outbox as the events path writes them) drained by the pusher
  (`push_once` passes of 200, 4 concurrent sends, each outcome committed). Baseline: the fake's
  raw accept rate in the same run, the same records POSTed straight to a second fake with
  `requests` by 4 threads, nothing read or written around them (the fake, pure Python, is
  itself the bottleneck: a few hundred records a second here). Target ≥ 50 records/s (a
  province's busiest hour is a few thousand changes, about 1 a second; 50 a second clears a
  day's backlog of 20,000 after an outage in under 7 minutes) and ratio ≥ 0.25.
- `portal_lag_p95_s`: status changes made by the back office (central.progress, one
  transaction each) at a steady 20 a second (300 of them; --quick: 100) while the pusher loop
  runs as in production (`run_loop`, polling every second when idle); the lag of each change is
  the time from its commit to the moment its CapNhatTienDoHoSoMC is marked sent. Baseline: the
  p95 of the same records POSTed synchronously at the same moment (the least a push can take).
  Target p95 ≤ 3 s (one poll interval plus the send).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("CENTRAL_ARGON2_PROFILE", "CHEAPEST")
os.environ["CENTRAL_TESTING"] = "1"  # the cheap profile is refused otherwise (central.auth)

import requests  # noqa: E402
from sqlalchemy import Engine, insert, select  # noqa: E402

from central import progress  # noqa: E402
from central.db import make_engine, migrate, run_in_transaction  # noqa: E402
from central.dossier_rules import apply_event  # noqa: E402
from central.models import DossierRow  # noqa: E402
from central.portal import outbox  # noqa: E402
from central.portal.models import PortalRecord  # noqa: E402
from central.portal.payloads import CAP_NHAT, cap_nhat, mapping  # noqa: E402
from central.portal.pusher import Policy, push_once, run_loop  # noqa: E402
from central.schemas import EventIn  # noqa: E402
from tests.bench.common import Figure, percentile  # noqa: E402
from tests.central.fake_portal import FakePortal  # noqa: E402
from tests.central.helpers import UNIT_A, Counter, seed, vn  # noqa: E402
from tests.central.portal_scenario import client_for  # noqa: E402

PUSH_FLOOR = 50.0
PUSH_RATIO_FLOOR = 0.25
LAG_MAX_S = 3.0
RATE_PER_S = 20.0
CONCURRENCY = 4


def _database(folder: Path, name: str, n: int) -> tuple[Engine, list[dict[str, Any]]]:
    """A migrated central database with n received dossiers and their DongBoHoSoMC records."""
    engine = make_engine(f"sqlite:///{folder / name}")
    migrate(engine)
    now = datetime.now(timezone.utc)
    seed(engine, now)
    counter = Counter(UNIT_A, "bench-device", "")
    states, rows = [], []
    for i in range(n):
        day = vn(2025, 11, 1 + i // 9000, 9)
        counter.issued = i % 9000
        raw = counter.received(counter.next_code(day), day, vn(2025, 12, 20, 17),
                               name=f"Người số {i}")
        state = apply_event(None, EventIn.model_validate(raw), UNIT_A, lambda: None,  # type: ignore[arg-type, return-value]
                            now)
        states.append(state)
        rows += outbox.records(None, state, at=day, actor="clerk01", note="", now=now)

    def work(conn: Any) -> None:
        conn.execute(insert(DossierRow.__table__), states)
        outbox.add(conn, rows)
    run_in_transaction(engine, work, attempts=1)
    return engine, rows


def _raw_post(portal: FakePortal, records: list[dict[str, Any]]) -> float:
    """The fake's accept rate: the records POSTed straight to it, CONCURRENCY at a time."""
    local = threading.local()
    session = requests.post(portal.url + "/auth", json={
        "username": portal.USERNAME, "password": portal.PASSWORD}, timeout=10).json()["session"]

    def post(row: dict[str, Any]) -> None:
        http = getattr(local, "http", None) or requests.Session()
        local.http = http
        reply = http.post(portal.url + "/integration", json={
            "session": session, "madonvi": portal.MADONVI, "service": row["service"],
            "isUpdating": "False", "data": [row["record"]]}, timeout=10).json()
        if reply["error_code"] != "00":
            raise RuntimeError(reply)

    start = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(post, records))
    return len(records) / (time.perf_counter() - start)


def push_rate(folder: Path, n: int) -> tuple[float, float]:
    engine, rows = _database(folder, "push.db", n)
    policy = Policy(batch=200, concurrency=CONCURRENCY)
    with FakePortal() as portal, FakePortal() as raw, \
            ThreadPoolExecutor(CONCURRENCY) as pool:
        client = client_for(portal)
        start = time.perf_counter()
        sent = 0
        while sent < n:
            report = push_once(engine, client, policy, pool=pool)
            if report.retried or report.poisoned:
                raise RuntimeError(f"push failed: {report.errors[:2]}")
            sent += report.sent
        value = n / (time.perf_counter() - start)
        if len(portal.received) != n or portal.malformed:
            raise RuntimeError(f"fake got {len(portal.received)}: {portal.malformed[:2]}")
        baseline = _raw_post(raw, rows)
    engine.dispose()
    return value, baseline


def lag(folder: Path, changes: int) -> tuple[list[float], list[float]]:
    engine, creations = _database(folder, "lag.db", changes)
    with FakePortal() as portal, FakePortal() as raw:
        client = client_for(portal)
        raw_client = client_for(raw)
        for row in creations:
            raw_client.push(row["service"], row["record"], False)
        # The creations first: the lag measured is that of the status changes.
        while push_once(engine, client, Policy(batch=500, concurrency=CONCURRENCY)).sent:
            pass
        stop = threading.Event()
        loop = threading.Thread(target=run_loop, args=(engine, client, Policy(
            concurrency=CONCURRENCY)), kwargs={"poll_s": 1.0, "stop": stop}, daemon=True)
        loop.start()
        codes = [row["dossier_code"] for row in creations]
        maps = mapping()
        direct: list[float] = []
        start = time.perf_counter()
        for k, code in enumerate(codes):
            at = datetime.now(timezone.utc)
            run_in_transaction(engine, lambda conn, code=code, at=at: progress.record_progress(
                conn, unit_code=UNIT_A, actor="back_office_a", role="back_office", code=code,
                status=4, at=at, note="", new_appointment_at=None, now=at))
            # Baseline: the same dossier's record straight to another fake, synchronously.
            t0 = time.perf_counter()
            raw_client.push(CAP_NHAT, cap_nhat(code, 4, at, "back_office_a", "", None, maps),
                            False)
            direct.append(time.perf_counter() - t0)
            delay = start + (k + 1) / RATE_PER_S - time.perf_counter()
            if delay > 0:
                stop.wait(delay)  # the steady rate of the producer
        deadline = time.monotonic() + 60
        t = PortalRecord.__table__
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                left = conn.execute(select(t.c.id).where(t.c.state != "sent").limit(1)).first()
            if left is None:
                break
            stop.wait(0.2)
        stop.set()
        loop.join(10)
        with engine.connect() as conn:
            rows = conn.execute(select(t.c.created_at, t.c.sent_at)
                                .where(t.c.service == "CapNhatTienDoHoSoMC")).all()
    engine.dispose()
    lags = [(sent - created).total_seconds() for created, sent in rows if sent is not None]
    if len(lags) != changes:
        raise RuntimeError(f"{changes - len(lags)} changes never pushed")
    return lags, direct


def run(quick: bool) -> list[Figure]:
    n = 2000 if quick else 10_000
    changes = 100 if quick else 300
    folder = Path(tempfile.mkdtemp(prefix="bench-portal-"))
    try:
        value, baseline = push_rate(folder, n)
        lags, direct = lag(folder, changes)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    figures = [
        Figure("portal_push_per_s", value, "records/s", baseline, floor=PUSH_FLOOR,
               ratio_floor=PUSH_RATIO_FLOOR, samples=n),
        Figure("portal_lag_p95_s", percentile(lags, 95), "s", percentile(direct, 95),
               target=LAG_MAX_S, p50=percentile(lags, 50), baseline_p50=percentile(direct, 50),
               samples=len(lags)),
    ]
    for figure in figures:
        print(figure.line())
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    for figure in run(args.quick):
        print(json.dumps(figure.to_json(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
