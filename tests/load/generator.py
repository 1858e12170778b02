"""The province load test: N counters against `python -m central serve` (asyncio + httpx).

1. The steady morning: every counter's clerk logs in (spread over the first fifth of the
   morning); each counter then runs a sync pass every `sync_every_s` (jittered) as the app's
   sync worker does: the events of the dossiers received since the last pass up, the change
   feed down from its cursor, and once in the morning a scan uploaded (HEAD, then PATCH
   chunks) with its `attachment_added`. A probe client of a unit of its own posts 500-event
   batches meanwhile (the figure central_events_p95_ms).
2. The storm: after an outage every counter drains a day's backlog at once, in batches of
   `batch` events, one after the other; some answers are "lost" and the batch is sent again.
   Before it, the probe drains a backlog alone: its rate gives the time one client would need.

Bounded in time (each phase has a deadline) and in count (the plan fixes every request). It
reports p50/p95/p99 per endpoint, throughput and errors (any non-2xx answer, transport error
or rejected event), and after the storm checks in the database that every event sent is
there exactly once.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import time
from collections import Counter as Tally, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import Engine, func, select

from central.models import DossierRow, EventRow
from tests.bench.common import percentile
from tests.load.counters import LoadCounter, now_vn, scan_bytes

CHUNK = 64 * 1024  # the counter's first chunk size (counter_app.sync.uploads.MIN_CHUNK)


@dataclass(frozen=True)
class Plan:
    counters: int = 1000
    morning_s: float = 60.0
    sync_every_s: float = 20.0      # compressed: the app syncs about once a minute
    dossiers_per_pass: float = 0.5  # mean intakes a counter makes between two passes
    scan_bytes: int = 150_000       # one digitized component (G4 pages in a PDF)
    probe_batch: int = 500
    backlog_dossiers: int = 40      # a counter's day (3 events each: received, fee, scan)
    batch: int = 500
    resend_every: int = 7           # every 7th counter's last storm answer is lost: sent again
    solo_min_events: int = 3000     # the probe's solo drain: at least this many events
    deadline_s: float = 600.0       # a phase that has not ended by then is cut (and an error)
    seed: int = 1


@dataclass
class Recorder:
    """Latencies (ms) per endpoint and everything that went wrong."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    statuses: Tally[str] = field(default_factory=Tally)  # event results
    events_sent: int = 0

    async def call(self, client: httpx.AsyncClient, name: str, method: str, url: str,
                   ok: tuple[int, ...] = (200,), **kwargs: Any) -> httpx.Response | None:
        start = time.perf_counter()
        try:
            response = await client.request(method, url, **kwargs)
        except httpx.HTTPError as error:
            self.errors.append(f"{name}: {type(error).__name__} {error}")
            return None
        self.latencies[name].append((time.perf_counter() - start) * 1000)
        if response.status_code not in ok:
            self.errors.append(f"{name}: {response.status_code} {response.text[:200]}")
            return None
        return response

    async def post_events(self, client: httpx.AsyncClient, counter: LoadCounter,
                          events: list[dict[str, Any]], name: str = "POST /events",
                          expect: str = "applied") -> list[dict[str, Any]]:
        body = json.dumps({"events": events}, ensure_ascii=False).encode()
        response = await self.call(client, name, "POST", "/api/v1/events", content=body,
                                   headers={**counter.headers(),
                                            "Content-Type": "application/json"})
        if response is None:
            return []
        results: list[dict[str, Any]] = response.json()["results"]
        self.events_sent += len(events)
        for result in results:
            self.statuses[result["status"]] += 1
            if result["status"] != expect:
                self.errors.append(f"{name}: event {result['event_id']} {result['status']} "
                                   f"(expected {expect}): {result.get('error')}")
        return results

    def report(self) -> dict[str, dict[str, float]]:
        return {name: {"n": len(ms), "p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95),
                       "p99_ms": percentile(ms, 99)}
                for name, ms in sorted(self.latencies.items()) if ms}


def _client(base_url: str, counters: int) -> httpx.AsyncClient:
    # One connection per counter PC, as in a province; timeouts well above any answer's. An
    # idle connection is dropped before uvicorn's own 5 s keep-alive ends: else a request can
    # go out on a connection the server is closing at that instant (a ReadError).
    limits = httpx.Limits(max_connections=counters + 4, max_keepalive_connections=counters + 4,
                          keepalive_expiry=2.0)
    return httpx.AsyncClient(base_url=base_url, limits=limits, timeout=httpx.Timeout(120.0))


async def enroll(base_url: str, counters: list[LoadCounter], password: str) -> None:
    """Enroll each counter PC (setup, not measured): its device token."""
    async with _client(base_url, len(counters)) as client:
        async def one(counter: LoadCounter) -> None:
            response = await client.post("/api/v1/devices/enroll", json={
                "enrollment_code": counter.enrollment_code, "device_name": counter.clerk})
            response.raise_for_status()
            data = response.json()
            counter.device_id, counter.device_token = data["device_id"], data["device_token"]
        for start in range(0, len(counters), 50):
            await asyncio.gather(*(one(c) for c in counters[start:start + 50]))


async def login(rec: Recorder, client: httpx.AsyncClient, counter: LoadCounter,
                password: str) -> bool:
    counter.access_token = ""
    response = await rec.call(client, "POST /sessions", "POST", "/api/v1/sessions",
                              json={"username": counter.clerk, "password": password},
                              headers=counter.headers())
    if response is not None:
        counter.access_token = response.json()["access_token"]
    return response is not None


async def upload(rec: Recorder, client: httpx.AsyncClient, counter: LoadCounter,
                 data: bytes) -> str:
    """A resumable upload as counter_app.sync does it: HEAD, then PATCH from the held offset."""
    sha = hashlib.sha256(data).hexdigest()
    url = f"/api/v1/files/{sha}"
    head = await rec.call(client, "HEAD /files", "HEAD", url, ok=(200, 404),
                          headers=counter.headers())
    offset = int(head.headers.get("Upload-Offset", 0)) if head is not None else 0
    while offset < len(data):
        chunk = data[offset:offset + CHUNK]
        response = await rec.call(
            client, "PATCH /files", "PATCH", url, ok=(204,), content=chunk,
            headers={**counter.headers(), "Upload-Offset": str(offset),
                     "Upload-Length": str(len(data)),
                     "Content-Type": "application/offset+octet-stream"})
        if response is None:
            break
        offset = int(response.headers["Upload-Offset"])
    return sha


async def _changes(rec: Recorder, client: httpx.AsyncClient, counter: LoadCounter) -> None:
    response = await rec.call(client, "GET /changes", "GET", "/api/v1/changes",
                              params={"cursor": counter.cursor, "limit": 500},
                              headers=counter.headers())
    if response is not None:
        counter.cursor = response.json()["next_cursor"]


async def _counter_morning(rec: Recorder, client: httpx.AsyncClient, counter: LoadCounter,
                           plan: Plan, password: str, end: float, rnd: random.Random) -> None:
    loop = asyncio.get_running_loop()
    await asyncio.sleep(rnd.uniform(0, plan.morning_s / 5))  # the clerks arrive
    if not await login(rec, client, counter, password):
        return
    scan_at = loop.time() + rnd.uniform(0, max(0.0, end - loop.time()) * 0.8)
    scanned = False
    while loop.time() < end:
        events: list[dict[str, Any]] = []
        intakes = int(plan.dossiers_per_pass) + (rnd.random() < plan.dossiers_per_pass % 1)
        for _ in range(intakes):
            events += counter.dossier_events(now_vn())
        if not scanned and loop.time() >= scan_at:
            sha = await upload(rec, client, counter, scan_bytes(counter, plan.scan_bytes))
            events += counter.dossier_events(now_vn(), scan_sha=sha)
            scanned = True
        if events:
            await rec.post_events(client, counter, events)
        await _changes(rec, client, counter)
        await asyncio.sleep(plan.sync_every_s * rnd.uniform(0.5, 1.5))
    if not scanned:  # the scan was due in a pass the morning had no time left for
        sha = await upload(rec, client, counter, scan_bytes(counter, plan.scan_bytes))
        await rec.post_events(client, counter, counter.dossier_events(now_vn(), scan_sha=sha))


async def _probe_morning(rec: Recorder, client: httpx.AsyncClient, probe: LoadCounter,
                         plan: Plan, end: float) -> None:
    loop = asyncio.get_running_loop()
    while loop.time() < end:
        events: list[dict[str, Any]] = []
        while len(events) < plan.probe_batch:
            events += probe.dossier_events(now_vn())
        await rec.post_events(client, probe, events[:plan.probe_batch], "POST /events ×500")
        probe.seq -= len(events) - plan.probe_batch  # the cut events were never sent
        del probe.sent[len(probe.sent) - (len(events) - plan.probe_batch):]
        await asyncio.sleep(0.5)


async def morning(base_url: str, counters: list[LoadCounter], probe: LoadCounter | None,
                  plan: Plan, password: str, cursors: dict[str, str]) -> tuple[Recorder, float]:
    """Phase 1; returns its recorder and its length in seconds."""
    rec, rnd = Recorder(), random.Random(plan.seed)
    for counter in counters:
        counter.cursor = cursors.get(counter.unit, "0")
    async with _client(base_url, len(counters) + 1) as client:
        loop = asyncio.get_running_loop()
        start = loop.time()
        end = start + plan.morning_s
        tasks = [_counter_morning(rec, client, c, plan, password, end,
                                  random.Random(rnd.random())) for c in counters]
        if probe is not None:
            tasks.append(_probe_morning(rec, client, probe, plan, end))
        await _bounded(rec, asyncio.gather(*tasks), plan.morning_s + plan.deadline_s, "morning")
        return rec, loop.time() - start


async def _bounded(rec: Recorder, work: Any, seconds: float, phase: str) -> None:
    try:
        await asyncio.wait_for(work, seconds)
    except TimeoutError:
        rec.errors.append(f"{phase}: cut after {seconds:.0f} s")


def backlog(counter: LoadCounter, dossiers: int) -> list[dict[str, Any]]:
    """A day of intakes made offline, oldest first (times within today, before now)."""
    now = now_vn()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    span = min(timedelta(hours=8), now - midnight)
    events: list[dict[str, Any]] = []
    for i in range(dossiers):
        events += counter.dossier_events(now - span + span * (i / max(1, dossiers)))
    return events


async def drain(rec: Recorder, client: httpx.AsyncClient, counter: LoadCounter,
                events: list[dict[str, Any]], batch: int, resend_last: bool = False,
                name: str = "POST /events") -> None:
    """The outbox drain: batch after batch; a lost answer makes it send the batch again."""
    batches = [events[i:i + batch] for i in range(0, len(events), batch)]
    for k, chunk in enumerate(batches):
        await rec.post_events(client, counter, chunk, name)
        if resend_last and k == len(batches) - 1:
            await rec.post_events(client, counter, chunk, f"{name} (resent)", expect="duplicate")


async def solo(base_url: str, probe: LoadCounter, plan: Plan) -> tuple[Recorder, float]:
    """The probe drains a backlog alone; returns its recorder and its rate (events/s)."""
    rec = Recorder()
    events = backlog(probe, max(plan.backlog_dossiers, -(-plan.solo_min_events // 3)))
    async with _client(base_url, 1) as client:
        start = time.perf_counter()
        await _bounded(rec, drain(rec, client, probe, events, plan.batch, name="POST /events solo"),
                       plan.deadline_s, "solo")
        spent = time.perf_counter() - start
    return rec, len(events) / spent


async def storm(base_url: str, counters: list[LoadCounter], plan: Plan) -> tuple[Recorder, float, int]:
    """Phase 2: every counter drains its day at once; (recorder, seconds, events made)."""
    rec = Recorder()
    backlogs = [backlog(c, plan.backlog_dossiers) for c in counters]
    async with _client(base_url, len(counters)) as client:
        start = time.perf_counter()
        await _bounded(rec, asyncio.gather(*(
            drain(rec, client, c, b, plan.batch, resend_last=i % plan.resend_every == 0)
            for i, (c, b) in enumerate(zip(counters, backlogs)))), plan.deadline_s, "storm")
        spent = time.perf_counter() - start
    return rec, spent, sum(len(b) for b in backlogs)


def exactly_once(engine: Engine, counters: list[LoadCounter]) -> list[str]:
    """What is wrong with central's copy of every event the counters made (empty: nothing):
    each event id stored once, each received dossier stored, each device's last number."""
    problems: list[str] = []
    with engine.connect() as conn:
        for counter in counters:
            ids = counter.sent
            stored = conn.execute(select(EventRow.event_id, func.count())
                                  .where(EventRow.event_id.in_(ids))
                                  .group_by(EventRow.event_id)).all()
            counts = {event_id: n for event_id, n in stored}
            missing = [i for i in ids if i not in counts]
            twice = [i for i, n in counts.items() if n != 1]
            device_rows = conn.execute(select(func.count()).select_from(EventRow)
                                       .where(EventRow.device_id == counter.device_id)).scalar()
            if missing or twice or device_rows != len(ids):
                problems.append(f"{counter.clerk}: {len(missing)} missing, {len(twice)} twice, "
                                f"{device_rows} stored of {len(ids)} sent")
            codes = conn.execute(select(func.count()).select_from(DossierRow).where(
                DossierRow.unit_code == counter.unit,
                DossierRow.code.in_([f"{counter.unit}-{d}" for d in _codes(counter)]))).scalar()
            if codes != len(_codes(counter)):
                problems.append(f"{counter.clerk}: {codes} of {len(_codes(counter))} dossiers")
    return problems


def _codes(counter: LoadCounter) -> list[str]:
    """The `yyMMdd-NNNN` of today's codes the counter issued in this run."""
    today = now_vn()
    return [f"{today:%y%m%d}-{n:04d}" for n in range(counter.first, counter.first + counter.issued)
            if n <= counter.last]
