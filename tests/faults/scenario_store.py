"""An enrolled demo counter with dossiers and scans queued offline, built with the real services.

Shared by the fault scenario (tests/faults/test_scenario.py) and the sync benchmark
(tests/bench/bench_sync.py). Everything goes through `intake.receive_dossier` and
`attachments.attach_scan`, so the outbox holds exactly what a clerk's day would put there.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from counter_app.core.dossier import Applicant
from counter_app.core.timeutil import VN_TZ
from counter_app.paths import resources_dir
from counter_app.services.attachments import attach_scan
from counter_app.services.context import ServiceContext
from counter_app.services.intake import receive_dossier
from counter_app.services.setup import open_counter
from counter_app.services.sync_setup import enroll_counter
from tests.services.helpers import AN, draft

# Monday 17 November 2025, 07:30: a working week with no holiday in it.
START = datetime(2025, 11, 17, 7, 30, tzinfo=VN_TZ)
PER_DAY = 400  # below a counter's lane of 500 codes a day
STEP = timedelta(seconds=60)  # 400 dossiers a day from 07:30 end before 14:10


class StepClock:
    """The time the services see; the builder moves it forward dossier by dossier."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@dataclass
class OfflineCounter:
    ctx: ServiceContext
    clock: StepClock
    codes: list[str] = field(default_factory=list)
    scans: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes
    pages: int = 0

    def close(self) -> None:
        self.ctx.store.close()


def applicant(i: int) -> Applicant:
    """A valid applicant per dossier (12-digit personal number: Thanh Hóa, male, born 2003)."""
    return replace(AN, id_number=f"038203{i % 1_000_000:06d}")


def open_enrolled(data_dir: Path, base_url: str, enrollment_code: str,
                  start: datetime = START) -> OfflineCounter:
    """A demo counter in `data_dir`, enrolled at `base_url` (stored as its sync address)."""
    clock = StepClock(start)
    ctx = open_counter(Path(data_dir), resources_dir(), clerk="clerk01", demo=True, clock=clock)
    try:
        device = enroll_counter(ctx, base_url, enrollment_code, "Quầy kịch bản lỗi mạng")
    except BaseException:
        ctx.store.close()
        raise
    return OfflineCounter(replace(ctx, device=device), clock)


def _next_slot(clock: StepClock, received_today: int) -> None:
    """Move the clock one step, or to 07:30 of the next working day once the day is full."""
    if received_today < PER_DAY:
        clock.now += STEP
        return
    day = clock.now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    clock.now = datetime(day.year, day.month, day.day, 7, 30, tzinfo=VN_TZ)


def queue_offline(counter: OfflineCounter, n_dossiers: int, n_scans: int, rng: random.Random, *,
                  sizes: tuple[int, int] = (20_000, 400_000), pages: tuple[int, int] = (1, 5),
                  make_scan: Callable[[random.Random, int], bytes] | None = None) -> None:
    """Receive `n_dossiers` dossiers and attach `n_scans` scans spread among them (seeded).

    Scans are interleaved with the dossiers (a scan right after its dossier), so every outbox
    batch of 500 events carries a share of the files. Bytes are random (incompressible, as
    JPEG or PDF scans are), each of a size drawn in `sizes`.
    """
    ctx = counter.ctx
    with_scan = set(rng.sample(range(n_dossiers), n_scans)) if n_scans <= n_dossiers else None
    scans_per = 0 if with_scan is not None else -(-n_scans // max(1, n_dossiers))
    component = ctx.catalog.by_code(draft(ctx).procedure_code).components[0].name
    today, day = 0, counter.clock.now.date()
    left = n_scans
    for i in range(n_dossiers):
        if counter.clock.now.date() != day:
            today, day = 0, counter.clock.now.date()
        code = receive_dossier(ctx, draft(ctx, applicant=applicant(len(counter.codes)))).code
        counter.codes.append(code)
        today += 1
        k = (1 if i in with_scan else 0) if with_scan is not None else min(scans_per, left)
        for _ in range(k):
            size = rng.randint(*sizes)
            data = make_scan(rng, size) if make_scan else rng.randbytes(size)
            n_pages = rng.randint(*pages)
            done = attach_scan(ctx, code, component, data, pages=n_pages)
            counter.scans[done.sha256] = data
            counter.pages += n_pages
            left -= 1
        _next_slot(counter.clock, today)

