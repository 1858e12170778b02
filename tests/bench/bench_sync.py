"""Sync with the central service: upload throughput, a sync over a 2G link, bytes on the wire.

Every figure runs the real `SyncEngine` of an enrolled demo counter (own small stores in the
scratch folder, built with `intake.receive_dossier` and `attachments.attach_scan`) against a
real `python -m central serve` (SQLite) on loopback:

- `upload_mb_per_s`: 200 MB of scans (40 files of 5 MB, random bytes; --quick: 8 files, 40 MB)
  uploaded by the engine (resumable protocol: HEAD, then PATCH in 1 MiB chunks, the local file
  checked against its SHA-256 first), timed from the start of the pass to the moment it starts
  sending the events (after the scans). Baseline: a raw upload of as many other bytes of the
  same sizes to the same endpoint, one `requests` PATCH per file with the whole body (offset
  0). Round by round in alternation. ratio = engine MB/s ÷ raw MB/s; target ratio ≥ 0.5
  (higher is better: `ratio_floor`).
- `sync_2g_wall_ratio`: through the FaultProxy with the TWO_G link (50 kbit/s up, 250 kbit/s
  down, 300 ms each way), 20 dossiers received offline with 10 scanned pages each (--quick: 2),
  each page a single-page scan of 30–80 KB (random bytes: a JPEG page compresses no further),
  so 11 dossier events per dossier and one file per page. One pass of a running engine (the
  reference data already fresh), wall time; baseline: the least the link could take, the
  minimal bytes at its rate: (gzip of all the pass's events as one JSON + the scans' own
  bytes) ÷ 50 kbit/s. Bytes the engine sends beyond those (heads, retries, resent chunks)
  count against it. ratio = wall ÷ minimal, target ≤ 1.3.
- `bytes_per_dossier`: the bytes the proxy carried up for `POST /events` (HTTP head and gzip
  JSON body) per dossier (1 `dossier.received` and 10 `dossier.attachment_added` each);
  baseline: the same events as uncompressed JSON, per dossier.
- `bytes_per_page`: the bytes carried up for the scans (HEAD and PATCH, heads included) per
  page; baseline: the page's own size.
The issue sets no target for the two byte figures: they are printed for tracking.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import time
from collections import Counter as Tally
from pathlib import Path
from typing import Any, Callable, TypeVar

os.environ.setdefault("CENTRAL_ARGON2_PROFILE", "CHEAPEST")
os.environ["CENTRAL_TESTING"] = "1"  # the cheap profile is refused otherwise (central.auth)

import requests  # noqa: E402

from counter_app.sync import secrets  # noqa: E402
from counter_app.sync.client import API, CentralClient  # noqa: E402
from counter_app.sync.engine import SyncEngine  # noqa: E402
from counter_app.sync.status import SyncStatus  # noqa: E402
from tests.bench.common import BenchRun, Figure  # noqa: E402
from tests.faults.proxy import TWO_G, FaultProxy  # noqa: E402
from tests.faults.scenario_store import OfflineCounter, open_enrolled, queue_offline  # noqa: E402
from tests.sync.conftest import Central  # noqa: E402

T = TypeVar("T")
MB = 1_000_000
FILE_SIZE = 5 * 1024 * 1024
UPLOAD_RATIO_TARGET = 0.5  # engine MB/s ÷ raw MB/s, at least
WALL_RATIO_TARGET = 1.3  # wall ÷ ideal, at most
PAGES = 10
PAGE_SIZES = (30_000, 80_000)


def _token(counter: OfflineCounter) -> str:
    with counter.ctx.store.reading() as session:
        token = secrets.load_device_token(session)
    assert token
    return token


# ---------------------------------------------------------------------- upload_mb_per_s

def bench_upload(bench: BenchRun, central: Central, rng: random.Random) -> Figure:
    rounds, per_round = (2, 4) if bench.quick else (5, 8)
    counter = open_enrolled(bench.scratch / "sync-upload", central.url, central.enrollment_code(1))
    started: list[float] = []

    def on_progress(status: SyncStatus) -> None:
        if status.phase == "sending" and not started:
            started.append(time.perf_counter())

    engine = SyncEngine(counter.ctx.store, counter.ctx.files, on_progress=on_progress)
    engine.run_once()  # reference data and the connection: not part of the uploads
    http = requests.Session()
    http.trust_env = False
    http.headers["Authorization"] = f"Bearer {_token(counter)}"
    engine_s = raw_s = 0.0
    total = 0
    try:
        for r in range(rounds):
            queue_offline(counter, per_round, per_round, rng, sizes=(FILE_SIZE, FILE_SIZE))
            bodies = [rng.randbytes(FILE_SIZE) for _ in range(per_round)]
            shas = [hashlib.sha256(b).hexdigest() for b in bodies]

            def engine_round() -> float:
                started.clear()
                t0 = time.perf_counter()
                report = engine.run_once()
                if not (report.everything_sent and report.files_uploaded == per_round):
                    raise RuntimeError(f"engine upload failed: {report}")
                return started[0] - t0

            def raw_round() -> float:
                t0 = time.perf_counter()
                for sha, body in zip(shas, bodies):
                    got = http.patch(f"{central.url}{API}/files/{sha}", data=body, timeout=120,
                                     headers={"Upload-Offset": "0", "Upload-Length": str(len(body)),
                                              "Content-Type": "application/offset+octet-stream"})
                    if got.status_code != 204:
                        raise RuntimeError(f"raw upload: {got.status_code} {got.text[:200]}")
                return time.perf_counter() - t0

            if r % 2:  # alternate which goes first, so both meet the same conditions
                raw_s += raw_round()
                engine_s += engine_round()
            else:
                engine_s += engine_round()
                raw_s += raw_round()
            total += per_round * FILE_SIZE
    finally:
        http.close()
        engine.close()
        counter.close()
    value, baseline = total / MB / engine_s, total / MB / raw_s
    fig = Figure("upload_mb_per_s", value, "MB/s", baseline, samples=rounds * per_round,
                 ratio_floor=UPLOAD_RATIO_TARGET)
    bench.log(fig.line() + f"  ({total / MB:.0f} MB in {engine_s:.2f} s; raw PATCH {raw_s:.2f} s)")
    return fig


# ---------------------------------------------------------------------- the 2G pass

class Meter:
    """Bytes the proxy carried up, per kind of call (the calls are one after another)."""

    def __init__(self, proxy: FaultProxy) -> None:
        self.proxy = proxy
        self.wire: Tally[str] = Tally()
        self.raw: Tally[str] = Tally()
        self.count: Tally[str] = Tally()
        self.events: list[dict[str, Any]] = []  # every event sent, for the minimal bytes

    def measure(self, kind: str, call: Callable[[], T]) -> T:
        before = self.proxy.stats().bytes_up
        try:
            return call()  # answered: every byte of the request reached the service
        finally:
            self.wire[kind] += self.proxy.stats().bytes_up - before


def metered_client(meter: Meter) -> Callable[[str, str], CentralClient]:
    class Metered(CentralClient):
        def post_events(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
            meter.raw["events"] += len(json.dumps({"events": events}, ensure_ascii=False,
                                                  separators=(",", ":")).encode("utf-8"))
            meter.count["events"] += len(events)
            meter.events += events
            return meter.measure("events", lambda: super(Metered, self).post_events(events))

        def file_offset(self, sha256: str) -> int | None:
            return meter.measure("files", lambda: super(Metered, self).file_offset(sha256))

        def upload_chunk(self, sha256: str, offset: int, total: int, chunk: bytes) -> int:
            return meter.measure("files", lambda: super(Metered, self).upload_chunk(
                sha256, offset, total, chunk))

    return lambda url, token: Metered(url, token)


def minimal_upload_bytes(events: list[dict[str, Any]], scan_bytes: int) -> int:
    """The least a counter must send for a pass: its events as one gzip JSON, and the scans
    (random bytes, as a JPEG page: they compress no further)."""
    body = json.dumps({"events": events}, ensure_ascii=False, separators=(",", ":"))
    return len(gzip.compress(body.encode("utf-8"))) + scan_bytes


def two_g_figures(wall: float, meter: Meter, dossiers: int, pages: int, page_bytes: int,
                  up_bps: int) -> list[Figure]:
    """The 2G pass's figures from what the proxy carried (see the module's docstring)."""
    minimal_s = minimal_upload_bytes(meter.events, page_bytes) * 8 / up_bps
    return [
        Figure("sync_2g_wall_ratio", wall, "s", minimal_s, ratio_target=WALL_RATIO_TARGET,
               samples=1),
        Figure("bytes_per_dossier", meter.wire["events"] / dossiers, "B/dossier",
               meter.raw["events"] / dossiers, samples=dossiers),
        Figure("bytes_per_page", meter.wire["files"] / pages, "B/page", page_bytes / pages,
               samples=pages),
    ]


def bench_two_g(bench: BenchRun, central: Central, rng: random.Random) -> list[Figure]:
    dossiers = 2 if bench.quick else 20
    proxy = FaultProxy("127.0.0.1", central.port, seed=rng.getrandbits(32))
    proxy.start()
    counter = open_enrolled(bench.scratch / "sync-2g", proxy.url, central.enrollment_code(2))
    meter = Meter(proxy)
    engine = SyncEngine(counter.ctx.store, counter.ctx.files, client_factory=metered_client(meter))
    try:
        warm = engine.run_once()  # a running worker: reference data fresh, nothing queued
        if not warm.everything_sent:
            raise RuntimeError(f"warm-up pass failed: {warm.last_error}")
        queue_offline(counter, dossiers, dossiers * PAGES, rng, sizes=PAGE_SIZES, pages=(1, 1))
        page_bytes = sum(map(len, counter.scans.values()))
        for tally in (meter.wire, meter.raw, meter.count):
            tally.clear()
        meter.events.clear()
        proxy.set_link(TWO_G)
        proxy.reset_stats()
        t0 = time.perf_counter()
        report = engine.run_once()
        wall = time.perf_counter() - t0
        stats = proxy.stats()
    finally:
        engine.close()
        counter.close()
        proxy.stop()
    if not report.everything_sent or report.files_uploaded != dossiers * PAGES:
        raise RuntimeError(f"2G pass incomplete: {report}")
    assert TWO_G.up_bps
    figures = two_g_figures(wall, meter, dossiers, counter.pages, page_bytes, TWO_G.up_bps)
    events = meter.count["events"]
    pages = counter.pages
    bench.log(f"2G pass: {dossiers} dossiers, {pages} pages ({page_bytes / 1e3:.0f} kB), "
              f"{events} events; proxy carried {stats.bytes_up:,} B up and {stats.bytes_down:,} B "
              f"down in {stats.requests} requests ({stats.connections} new connections)")
    for fig in figures:
        bench.log(fig.line())
    return figures


def run(bench: BenchRun) -> list[Figure]:
    rng = random.Random(bench.seed)
    central = Central(bench.scratch / "sync-central")
    central.start()
    try:
        return [bench_upload(bench, central, rng), *bench_two_g(bench, central, rng)]
    finally:
        central.close()


def main() -> int:  # python -m tests.bench.bench_sync [--quick]: this area alone
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as scratch:
        run(BenchRun(Path(scratch), Path(scratch), 0, 1, args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
