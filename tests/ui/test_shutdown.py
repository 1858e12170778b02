"""Closing the window while a scan uploads on a slow link: the request in flight is cut, the
window closes at once (not after the chunk's read timeout of minutes), and the sync thread has
ended before anything may close the store."""

from __future__ import annotations

import os
import time

import pytest

from counter_app.services import auth
from counter_app.services.attachments import attach_scan
from counter_app.sync import state
from counter_app.ui.main_window import MainWindow
from tests.faults.proxy import FaultProxy, LinkProfile
from tests.sync.conftest import Central, enroll_alone, receive
from tests.ui.intake.conftest import COUNTER_PREFS

SLOW_UPLINK = LinkProfile(up_bps=40_000)  # 2G-like: the 400 kB scan needs 80 s


@pytest.fixture
def central(tmp_path):
    service = Central(tmp_path / "central")
    service.start()
    yield service
    service.close()


@pytest.fixture
def slow(central):
    with FaultProxy("127.0.0.1", central.port, seed=15, profile=SLOW_UPLINK) as proxy:
        yield proxy


def test_closing_mid_upload_cuts_the_request_and_ends_the_thread_first(
        qtbot, ctx, central, slow, tasks, clock):
    online = enroll_alone(ctx, central)
    with online.store.transaction() as session:
        state.save_base_url(session, slow.url)  # every request now crosses the slow link
    code = receive(online, 1)[0]
    attach_scan(online, code, "Tờ khai", b"%PDF-1.4 " + os.urandom(400_000), 1)
    clerk = auth.add_clerk(online.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    window = MainWindow(online, tasks, COUNTER_PREFS, clerk)
    qtbot.addWidget(window)
    window.show()
    window.start_sync()
    qtbot.waitUntil(lambda: window.sync.worker is not None, timeout=10_000)
    worker = window.sync.worker

    # The chunk is on its way: the proxy has passed part of it upstream, far from all.
    qtbot.waitUntil(lambda: slow.stats().bytes_up > 20_000, timeout=30_000)
    assert slow.stats().bytes_up < 300_000

    started = time.monotonic()
    window.close()
    took = time.monotonic() - started

    assert took < 5.0, f"closing the window took {took:.1f} s"
    assert not worker.is_alive()  # the store may be closed now: nothing uses it any more
    assert worker.last_status is not None and worker.last_status.phase == "stopped"
