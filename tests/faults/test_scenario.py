"""The fault scenario: a big offline backlog drained through a faulty link by a sync process
killed (SIGKILL) 20 times, then checked end to end on the central service.

2,000 dossiers and 300 scanned files (random bytes, 20–400 KB) are received offline with the
real services on an enrolled demo counter. The sync then runs in a child process
(`tests.faults.scenario_child`) through a FaultProxy injecting connection resets, responses
dropped after the service committed, request and response bodies cut, 503 bursts and a few
milliseconds of latency — a new mix (and batch size) drawn for each run of the child. The
child is killed with SIGKILL at 20 moments spread over the drain (once a drawn number of scan
chunks were acknowledged, or as it starts a `POST /events`, plus a drawn delay, so that kills
land in uploads, in the POST and in SQLite commits) and restarted each time; then it finishes
with the faults off. At the end:

- the service holds every dossier exactly once (the counter's 2,000 codes, no other), each
  event once (2,000 `dossier.received`, 300 `dossier.attachment_added`), nothing rejected;
- every scan is complete on the service, and `GET /files/{sha256}` returns it whole, with that
  SHA-256;
- the counter's outbox is empty and nothing is set aside.

Seeded: the seed is printed (`scenario seed: …`); `SCENARIO_SEED=… pytest tests/faults -k
scenario` replays the same store, fault mixes and kill points (the exact interleaving of a
kill with the traffic depends on timing and is not replayed).
"""

from __future__ import annotations

import hashlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter as Tally
from pathlib import Path
from typing import Callable

import pytest
import requests
from sqlalchemy import func, select

from central.models import DossierRow, EventRow, FileRow, RejectedEventRow
from counter_app.services.setup import STORE_NAME
from counter_app.storage import outbox
from counter_app.storage.db import open_store
from counter_app.sync import secrets
from counter_app.sync.engine import MAX_BATCH
from tests.faults.proxy import FaultProxy, LinkProfile
from tests.faults.scenario_store import open_enrolled, queue_offline
from tests.sync.conftest import UNIT, Central, clerk_session

REPO = Path(__file__).resolve().parents[2]
DOSSIERS = 2000
SCANS = 300
KILLS = 20
# Kill points, in scan chunks acknowledged since the start of the drain (one chunk a scan: all
# are under 1 MiB): drawn below this, well under the 300 the drain needs, so that every kill
# lands before the backlog is through (a scan whose last answer is lost completes without a
# line; the margin covers those and what a run does during its kill delay).
KILL_SPAN = 200
BATCHES = (MAX_BATCH, MAX_BATCH, 200, 100)  # events per POST /events in a run: more batches,
# more answers lost after the service committed (the last run uses the app's 500)
RUN_TIMEOUT = 40.0  # a run of the child without reaching its kill point is killed all the same
FINAL_TIMEOUT = 180.0


class Child:
    """One run of the sync process; its stdout lines are read on a thread and tallied."""

    def __init__(self, data_dir: Path, log: Path, batch: int, totals: Tally[str]) -> None:
        env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
               "PYTHONUNBUFFERED": "1"}
        self.stderr = open(log, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.scenario_child", str(data_dir), str(batch)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
            encoding="utf-8", errors="replace")
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.tail: list[str] = []
        self.totals = totals  # chunks, sendings, passes, duplicate answers, errors by kind
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, timeout: float) -> str | None:
        """The next line (tallied), None at EOF; raises queue.Empty after `timeout` seconds."""
        line = self.lines.get(timeout=max(0.0, timeout))
        if line is None:
            return None
        self.tail = [*self.tail[-30:], line]
        if line.startswith("P uploading"):
            self.totals["chunks"] += 1
        elif line.startswith("P sending"):
            self.totals["sendings"] += 1
        elif line.startswith("PASS "):
            fields = dict(f.split("=", 1) for f in line.split()[2:] if "=" in f)
            self.totals["passes"] += 1
            self.totals["duplicate answers"] += int(fields.get("duplicate", 0))
            self.totals[f"passes ended {fields.get('error', '?')}"] += 1
        return line

    def kill(self) -> int:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        return self.wait()

    def wait(self, timeout: float = 30) -> int:
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=10)
        self.stderr.close()
        return code


def set_faults(proxy: FaultProxy, rng: random.Random) -> tuple[str, float]:
    """A new fault mix for the next run of the child: (it for the log, its drop probability)."""
    when = rng.choice(("accept", "before", "after"))
    reset, drop = rng.uniform(0.05, 0.2), rng.uniform(0.003, 0.03)
    cut_up, cut_up_at = rng.uniform(0.01, 0.06), rng.randint(1, 300_000)
    cut_down, cut_down_at = rng.uniform(0.05, 0.25), rng.randint(1, 4000)
    burst = rng.choice((0, 0, rng.randint(2, 8)))
    latency = rng.choice((0.0, 0.001, 0.003))
    proxy.clear_faults()
    proxy.set_reset(p=reset, when=when)  # per new connection: after a fault, mostly
    proxy.set_drop_response(p=drop)  # per request: HEAD, PATCH (committed), POST /events …
    proxy.set_body_cut("up", cut_up_at, next_n=0, p=cut_up)  # PATCH chunks, POST /events
    proxy.set_body_cut("down", cut_down_at, next_n=0, p=cut_down)  # answers of POST /events …
    proxy.set_unavailable(next_n=burst, p=0.002)  # a burst of 503s as the run starts
    proxy.set_link(LinkProfile(latency_s=latency))
    return (f"reset {reset:.2f}@{when} drop {drop:.3f} cut_up {cut_up:.2f}@{cut_up_at} "
            f"cut_down {cut_down:.2f}@{cut_down_at} 503x{burst} latency {latency * 1000:.0f} ms",
            drop)


def run_until_killed(child: Child, target: int, on_sending: Callable[[], None] | None,
                     delay: float) -> str:
    """Read the child's lines until `target` scan chunks were acknowledged since the drain
    began (or, given `on_sending`, until it starts a `POST /events`, if sooner: then
    `on_sending()` is called at once); let `delay` seconds more pass (the kill then lands
    inside whatever the child does next: a chunk, the POST, the commit of its answers);
    SIGKILL. Returns how the run ended."""
    deadline = time.monotonic() + RUN_TIMEOUT
    how = "killed"
    try:
        while child.totals["chunks"] < target:
            line = child.next_line(deadline - time.monotonic())
            if line is None:  # ended on its own: DONE (too early) or a failure
                return f"exited {child.wait()}"
            if on_sending is not None and line.startswith("P sending"):
                on_sending()
                how = "killed in a sending"
                break
        kill_at = time.monotonic() + delay
        while True:  # keep reading (and counting) while the delay runs
            try:
                if child.next_line(kill_at - time.monotonic()) is None:
                    return f"exited {child.wait()}"
            except queue.Empty:
                break
    except queue.Empty:
        how = "killed (timeout)"
    child.kill()
    while child.next_line(10) is not None:  # what it printed before it died
        pass
    return how


@pytest.mark.slow
def test_offline_backlog_survives_faults_and_twenty_kills(tmp_path: Path) -> None:
    seed = int(os.environ.get("SCENARIO_SEED") or random.SystemRandom().randrange(2**32))
    print(f"scenario seed: {seed}")
    rng = random.Random(seed)
    started = time.monotonic()
    central = Central(tmp_path / "central")
    central.start()
    proxy = FaultProxy("127.0.0.1", central.port, seed=rng.getrandbits(32))
    proxy.start()
    data_dir = tmp_path / "counter"
    children: list[Child] = []
    try:
        # 1. The backlog, queued offline (the sync address is the proxy's).
        counter = open_enrolled(data_dir, proxy.url, central.enrollment_code(1))
        try:
            queue_offline(counter, DOSSIERS, SCANS, rng)
            codes, scans = list(counter.codes), dict(counter.scans)
            with counter.ctx.store.reading() as session:
                assert outbox.counts(session) == {"pending": DOSSIERS + SCANS, "rejected": 0}
                token = secrets.load_device_token(session)
        finally:
            counter.close()
        assert len(set(codes)) == DOSSIERS and len(scans) == SCANS
        print(f"backlog queued in {time.monotonic() - started:.1f} s: {DOSSIERS} dossiers, "
              f"{SCANS} scans, {sum(map(len, scans.values())) / 1e6:.1f} MB")

        # 2. The drain through faults, killed KILLS times at drawn moments.
        points = sorted(rng.sample(range(1, KILL_SPAN), KILLS))
        totals: Tally[str] = Tally()
        log = tmp_path / "child.log"
        for k, point in enumerate(points, 1):
            mix, drop = set_faults(proxy, rng)
            batch = rng.choice(BATCHES)
            on_sending = rng.random() < 0.3
            delay = rng.uniform(0.0, 0.3 if on_sending else 0.15)
            before = totals["chunks"]
            child = Child(data_dir, log, batch, totals)
            children.append(child)

            def lose_next_answer(drop: float = drop) -> None:
                # Most often the POST just announced: the service applies the batch, the
                # counter never hears of it (the kill then comes while it carries on).
                proxy.set_drop_response(p=drop, next_n=1)

            how = run_until_killed(child, max(point, before + 1),
                                   lose_next_answer if on_sending else None, delay)
            print(f"run {k:2}: batch {batch}, {mix}; +{totals['chunks'] - before} chunks "
                  f"(total {totals['chunks']}), {how} after +{delay * 1000:.0f} ms")
            assert how.startswith("killed"), (
                f"run {k} {how} before its kill: {child.tail[-5:]}\n{log.read_text()[-2000:]}")

        # 3. Faults off: the backlog finishes.
        proxy.clear_faults()
        proxy.set_link(None)
        child = Child(data_dir, log, MAX_BATCH, totals)
        children.append(child)
        deadline = time.monotonic() + FINAL_TIMEOUT
        try:
            while child.next_line(deadline - time.monotonic()) is not None:
                pass
        except queue.Empty:
            child.kill()
            pytest.fail(f"the last run did not finish: {child.tail[-5:]}")
        code = child.wait()
        assert code == 0 and child.tail[-1] == "DONE", (child.tail[-5:], log.read_text()[-3000:])
        stats = proxy.stats()
        print(f"last run: {child.tail[-2]}")
        print(f"proxy: {stats.connections} connections, {stats.requests} requests, "
              f"{stats.bytes_up / 1e6:.1f} MB up, faults {stats.faults}")
        print(f"child runs: {dict(totals)}")
        assert sum(stats.faults.values()) > 0, stats.faults  # the link was faulty

        # 4. Every dossier once, every event once, nothing rejected.
        with central.engine.connect() as conn:
            held = Tally(conn.execute(select(DossierRow.code)
                                      .where(DossierRow.unit_code == UNIT)).scalars())
            events = list(conn.execute(select(EventRow.event_id, EventRow.type, EventRow.dossier_code,
                                              EventRow.payload).where(EventRow.unit_code == UNIT)))
            rejected = conn.execute(select(func.count()).select_from(RejectedEventRow)).scalar_one()
            files = {row.sha256: row for row in conn.execute(
                select(FileRow.sha256, FileRow.length, FileRow.offset, FileRow.complete)
                .where(FileRow.unit_code == UNIT))}
        assert sorted(held) == sorted(codes) and set(held.values()) == {1}
        assert rejected == 0
        assert len({e.event_id for e in events}) == len(events) == DOSSIERS + SCANS
        by_type = Tally(e.type for e in events)
        assert by_type == {"dossier.received": DOSSIERS, "dossier.attachment_added": SCANS}
        assert sorted(e.dossier_code for e in events if e.type == "dossier.received") == sorted(codes)
        assert {e.payload["sha256"] for e in events if e.type == "dossier.attachment_added"} \
            == set(scans)

        # 5. Every scan whole, with its SHA-256, as the service hands it out.
        assert set(files) == set(scans)
        with requests.Session() as http:
            http.trust_env = False
            # Reading scans needs a clerk's session opened on the device.
            http.headers["Authorization"] = f"Bearer {clerk_session(central.url, token)}"
            for sha, data in scans.items():
                row = files[sha]
                assert row.complete and row.offset == row.length == len(data), row
                got = http.get(f"{central.url}/api/v1/files/{sha}", timeout=30)
                assert got.status_code == 200, (sha, got.status_code)
                assert len(got.content) == len(data)
                assert hashlib.sha256(got.content).hexdigest() == sha

        # 6. The counter: outbox empty, nothing set aside.
        store = open_store(data_dir / STORE_NAME)
        try:
            with store.reading() as session:
                assert outbox.counts(session) == {"pending": 0, "rejected": 0}
        finally:
            store.close()
        print(f"scenario seed {seed}: passed in {time.monotonic() - started:.1f} s")
    finally:
        for child in children:  # a failure half-way must not leave a sync process behind
            if child.proc.poll() is None:
                child.kill()
        proxy.stop()
        central.close()
