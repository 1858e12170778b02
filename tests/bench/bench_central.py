"""Benchmark of the central service: events_applied_per_s (python -m tests.bench.bench_central).

A real `python -m central serve` on loopback (SQLite, one worker, as in the demo) receives
10,000 `dossier.received` events in batches of 500, sent one after another as a counter's
outbox drain does. Baseline: the same rows (the dossiers and the event log the service
writes) inserted straight into a fresh central database of the same kind, in transactions of
500, in the same run. ratio = value / baseline; the target is value ≥ 5,000 events/s and
ratio ≥ 0.25.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("CENTRAL_ARGON2_PROFILE", "CHEAPEST")
os.environ["CENTRAL_TESTING"] = "1"  # the cheap profile is refused otherwise (central.auth)

import httpx  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from central.db import make_engine, migrate, run_in_transaction  # noqa: E402
from central.dossier_rules import apply_event  # noqa: E402
from central.events import canonical_hash  # noqa: E402
from central.models import DossierRow, EventRow  # noqa: E402
from central.schemas import EventIn  # noqa: E402
from tests.bench.common import Figure  # noqa: E402
from tests.central.helpers import PASSWORD, Counter, seed, vn  # noqa: E402
from tests.central.server import Server  # noqa: E402

BATCH = 500
TARGET = 5000.0
RATIO_TARGET = 0.25


def _events(counter: Counter, n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        day = vn(2025, 11, 1 + i // 9000, 9)
        counter.issued = i % 9000
        code = counter.next_code(day)
        out.append(counter.received(code, day, vn(2025, 12, 20, 17), name=f"Người số {i}"))
    return out


class Baseline:
    """The rows the service writes for these events, inserted straight into a fresh database."""

    def __init__(self, db_url: str, events: list[dict[str, Any]], unit: str) -> None:
        self.engine = make_engine(db_url)
        migrate(self.engine)
        seed(self.engine, datetime.now(timezone.utc))
        now = datetime.now(timezone.utc)
        self.dossiers, self.log = [], []
        for raw in events:
            ev = EventIn.model_validate(raw)
            self.dossiers.append(apply_event(None, ev, unit, lambda: None, now))  # type: ignore[arg-type, return-value]
            self.log.append({
                "event_id": ev.event_id, "body_hash": canonical_hash(raw), "unit_code": unit,
                "dossier_code": ev.dossier_code, "type": ev.type, "occurred_at": ev.occurred_at,
                "device_id": ev.device_id, "clerk": ev.clerk, "seq": ev.seq,
                "payload": ev.payload, "applied_at": now})

    def insert(self, i: int) -> None:
        def work(conn: Any) -> None:
            conn.execute(insert(DossierRow.__table__), self.dossiers[i:i + BATCH])
            conn.execute(insert(EventRow.__table__), self.log[i:i + BATCH])
        run_in_transaction(self.engine, work, attempts=1)


def _measure(folder: Path, n: int) -> tuple[float, float]:
    """(service events/s, baseline events/s), batch by batch in alternation so that both
    meet the same conditions (noisy neighbours, disk cache)."""
    db_url = f"sqlite:///{folder / 'service.db'}"
    engine = make_engine(db_url)
    migrate(engine)
    codes = seed(engine, datetime.now(timezone.utc))
    engine.dispose()
    with Server(db_url, folder, workers=1) as server, \
            httpx.Client(base_url=server.url, timeout=120) as client:
        data = client.post("/api/v1/devices/enroll",
                           json={"enrollment_code": codes["a"], "device_name": "bench"}).json()
        counter = Counter(data["unit_code"], data["device_id"], data["device_token"])
        login = client.post("/api/v1/sessions", json={"username": "clerk_a", "password": PASSWORD},
                            headers=counter.headers(counter.device_token)).json()
        counter.access_token = login["access_token"]
        events = _events(counter, n)
        baseline = Baseline(f"sqlite:///{folder / 'baseline.db'}", events, counter.unit)
        client.headers.update({**counter.headers(), "Content-Type": "application/json"})
        # The counter's own work (serialising its outbox) is not the service's: done before.
        bodies = [json.dumps({"events": events[i:i + BATCH]}, ensure_ascii=False).encode()
                  for i in range(0, n, BATCH)]
        warm = client.post("/api/v1/events", content=b'{"events": []}')
        assert warm.status_code == 200, warm.text
        service_time = baseline_time = 0.0
        for k, body in enumerate(bodies):
            start = time.perf_counter()
            response = client.post("/api/v1/events", content=body)
            results = response.json()["results"]
            service_time += time.perf_counter() - start
            if any(r["status"] != "applied" for r in results):
                raise RuntimeError(f"not applied: {results[:2]}")
            start = time.perf_counter()
            baseline.insert(k * BATCH)
            baseline_time += time.perf_counter() - start
        baseline.engine.dispose()
    return n / service_time, n / baseline_time


def run(quick: bool) -> list[dict[str, Any]]:
    """events_applied_per_s: 10,000 events (2,000 with quick) drained on loopback."""
    n = 2000 if quick else 10_000
    folder = Path(tempfile.mkdtemp(prefix="bench-central-"))
    try:
        value, baseline = _measure(folder, n)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [Figure("events_applied_per_s", value, "events/s", baseline, floor=TARGET,
                   ratio_floor=RATIO_TARGET, samples=n).to_json()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    figures = run(args.quick)
    for figure in figures:
        print(json.dumps(figure, ensure_ascii=False),
              f"(target ≥ {TARGET:g} events/s and ratio ≥ {RATIO_TARGET}: "
              f"{'ok' if figure['met'] else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
