"""The sync thread (backoff, poke, stop) and the headless `sync --once` exit codes."""

from __future__ import annotations

import random
import threading
from datetime import datetime
from pathlib import Path

import pytest

from counter_app.core.dossier import DossierEvent
from counter_app.core.timeutil import VN_TZ
from counter_app.services.context import ServiceContext
from counter_app.services.sync_setup import build_engine, retry_set_aside, sync_once_cli
from counter_app.storage import outbox
from counter_app.sync import secrets, state
from counter_app.sync.worker import SyncWorker, backoff_ceiling
from tests.central.helpers import free_port
from tests.sync.conftest import Recorder, receive


@pytest.fixture
def offline_ctx(ctx: ServiceContext) -> ServiceContext:
    """Enrolled (as far as the counter knows) with a service nobody answers for."""
    with ctx.store.transaction() as session:
        state.save_base_url(session, f"http://127.0.0.1:{free_port()}")
        secrets.save_device_token(session, "dev_unused")
    return ctx


class MaxJitter(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return b


def collect_waits(engine_ctx: ServiceContext, rng: random.Random, n: int = 9) -> tuple[list[float], Recorder]:
    delays: list[float] = []
    collected = threading.Event()

    def wait(wake: threading.Event, seconds: float) -> None:
        delays.append(seconds)
        if len(delays) >= n:
            collected.set()
            wake.wait(30)  # until stop()

    recorder = Recorder()
    worker = SyncWorker(build_engine(engine_ctx), on_progress=recorder, rng=rng, wait=wait,
                        base_delay=2.0, max_delay=60.0, watch_outbox=False,
                        clock=engine_ctx.clock)
    worker.start()
    assert collected.wait(30)
    worker.stop()
    assert not worker.is_alive()
    assert worker.failures >= n
    return delays[:n], recorder


def test_backoff_grows_while_offline_and_is_capped(offline_ctx: ServiceContext) -> None:
    delays, recorder = collect_waits(offline_ctx, MaxJitter())
    assert delays == [2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0, 60.0]
    offline = [s for s in recorder.statuses if s.phase == "offline"]
    assert len(offline) >= 9 and offline[0].online is False
    assert offline[0].message.startswith("Không kết nối được hệ thống tỉnh")
    assert offline[0].next_attempt_at == datetime(2025, 11, 17, 9, 0, 2, tzinfo=VN_TZ)
    assert recorder.statuses[-1].phase == "stopped"


def test_backoff_is_jittered_within_its_bounds(offline_ctx: ServiceContext) -> None:
    delays, _ = collect_waits(offline_ctx, random.Random(7))
    ceilings = [backoff_ceiling(n, 2.0, 60.0) for n in range(1, 10)]
    assert ceilings == sorted(ceilings) and ceilings[-1] == 60.0
    assert all(2.0 <= d <= c for d, c in zip(delays, ceilings))
    assert any(d < c for d, c in zip(delays[1:], ceilings[1:]))  # not the ceiling every time


def test_poke_waits_out_the_backoff_but_sync_now_does_not(offline_ctx: ServiceContext) -> None:
    recorder = Recorder()
    worker = SyncWorker(build_engine(offline_ctx), on_progress=recorder, base_delay=1000.0,
                        max_delay=1000.0, watch_outbox=False)
    worker.start()
    try:
        recorder.wait_for(lambda s: any(x.phase == "offline" for x in s))
        worker.poke()
        assert worker.passes == 1 and not worker._wake.is_set()
        worker.sync_now()
        recorder.wait_for(lambda s: sum(x.phase == "offline" for x in s) == 2)
    finally:
        worker.stop()
    assert not worker.is_alive()


def test_a_new_outbox_event_wakes_the_idle_worker(online_ctx: ServiceContext) -> None:
    recorder = Recorder()
    worker = SyncWorker(build_engine(online_ctx), on_progress=recorder, idle_interval=3600.0)
    worker.start()
    try:
        recorder.wait_for(lambda s: any(x.phase == "idle" for x in s))
        code = receive(online_ctx, 1)[0]  # commits an outbox event: the worker is poked
        recorder.wait_for(lambda s: any(x.phase == "idle" and x.report and x.report.applied == 1
                                        for x in s))
        assert worker.last_report is not None and worker.last_report.pending == 0
        worker.poke()
        recorder.wait_for(lambda s: sum(x.phase == "idle" for x in s) >= 3)
        assert any(x.phase == "sending" for x in recorder.statuses)
        assert code
    finally:
        worker.stop()
    assert not worker.is_alive()
    assert recorder.statuses[-1].phase == "stopped"
    assert recorder.statuses[-1].last_success_at is not None


def test_sync_once_exit_codes(online_ctx: ServiceContext, tmp_path: Path) -> None:
    lines: list[str] = []
    data = tmp_path / "data"  # the folder of the ctx fixture
    assert sync_once_cli(tmp_path / "nowhere", echo=lines.append) == 2

    receive(online_ctx, 2)
    assert sync_once_cli(data, echo=lines.append) == 0
    assert "Còn chờ gửi: 0" in lines[-1]

    code = receive(online_ctx, 1)[0]
    with online_ctx.store.transaction() as session:  # 2 → 10: the service refuses it
        outbox.append(session, DossierEvent("dossier.returned", code, online_ctx.now(),
                                            {"status": 10, "previous_status": 9}),
                      device_id=online_ctx.device.device_id, clerk="clerk01")
    assert sync_once_cli(data, echo=lines.append) == 1
    assert "bị từ chối, để riêng: 1" in lines[-1]
    assert retry_set_aside(online_ctx.store) == 1
    assert sync_once_cli(data, echo=lines.append) == 1  # refused again, for the same reason

    with online_ctx.store.transaction() as session:
        state.save_base_url(session, f"http://127.0.0.1:{free_port()}")
    assert sync_once_cli(data, echo=lines.append) == 2
    assert lines[-1].startswith("Lỗi: Không kết nối được hệ thống tỉnh")


def test_sync_once_without_enrollment(ctx: ServiceContext, tmp_path: Path) -> None:
    lines: list[str] = []
    assert sync_once_cli(tmp_path / "data", echo=lines.append) == 2
    assert "chưa đăng ký" in lines[-1]
