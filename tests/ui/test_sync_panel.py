"""F10: what waits to be sent and for how long, the scans with their upload progress, the rejected
events, and a warning when events wait long while the counter is online."""

from __future__ import annotations

from datetime import timedelta

import pytest

from counter_app.core.dossier import DossierEvent
from counter_app.services.attachments import attach_scan
from counter_app.storage import outbox
from counter_app.sync.status import SyncStatus
from counter_app.ui.sync_bridge import SyncBridge
from counter_app.ui.sync_panel import SyncPanel
from tests.sync.conftest import receive
from tests.ui.conftest import screenshot, wait_idle


@pytest.fixture
def panel(qtbot, ctx, tasks):
    bridge = SyncBridge(ctx, tasks)  # never started: the test speaks for the sync thread
    w = SyncPanel(ctx, tasks, bridge)
    qtbot.addWidget(w)
    w.resize(1366, 700)
    w.show()
    wait_idle(qtbot, tasks)
    return w


def _column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _reload(qtbot, tasks, panel):
    panel.refresh()
    wait_idle(qtbot, tasks)


def test_waiting_events_with_their_age_and_a_warning_when_old_while_online(
        qtbot, ctx, tasks, clock, panel):
    first = receive(ctx, 1)[0]
    clock.now += timedelta(minutes=12)
    second = receive(ctx, 1)[0]
    clock.now += timedelta(minutes=20)  # the first has waited 32 minutes
    _reload(qtbot, tasks, panel)
    assert _column(panel.waiting, 0) == [first, second]  # oldest first
    assert _column(panel.waiting, 2) == ["32 phút", "20 phút"]
    assert "(2)" in panel.waiting_box.title()

    bridge = panel._bridge
    bridge.sig_status.emit(SyncStatus("offline", "Không kết nối được hệ thống tỉnh", online=False,
                                      pending=2))
    assert not panel.warning.isVisible()  # offline: waiting is expected
    bridge.sig_status.emit(SyncStatus("pulling", "Đang nhận tiến độ", online=True, pending=2))
    assert panel.warning.isVisible() and "32 phút" in panel.warning.text()
    screenshot(panel, "sync_panel_waiting")


def test_scans_waiting_show_their_upload_progress(qtbot, ctx, tasks, panel):
    code = receive(ctx, 1)[0]
    scan = attach_scan(ctx, code, "Bản sao giấy khai sinh", b"%PDF-1.4 " + b"x" * 400_000, 2)
    _reload(qtbot, tasks, panel)
    assert _column(panel.scans, 0) == [code]
    assert _column(panel.scans, 3) == ["chưa gửi"]
    panel._bridge.sig_status.emit(SyncStatus("uploading", "Đang gửi tệp quét", online=True,
                                             done=200_000, total=scan.size, item=scan.sha256))
    assert _column(panel.scans, 3) == ["49% (200 KB/400 KB)"]


def test_rejected_events_are_listed_and_the_retry_time_is_said_once(qtbot, ctx, tasks, panel):
    code = receive(ctx, 1)[0]
    with ctx.store.transaction() as session:
        event_id = outbox.append(session, DossierEvent("dossier.returned", code, ctx.now(),
                                                       {"status": 10}),
                                 device_id=ctx.device.device_id, clerk="clerk01")
        outbox.reject(session, event_id, "Trạng thái 2 không chuyển sang 10 được.")
    panel._bridge.sig_status.emit(SyncStatus(
        "offline", "Không kết nối được hệ thống tỉnh; thử lại lúc 09:00:40", online=False,
        pending=1, set_aside=1, next_attempt_at=ctx.now() + timedelta(seconds=40)))
    _reload(qtbot, tasks, panel)
    assert _column(panel.aside, 0) == [code]
    assert _column(panel.aside, 2) == ["Trạng thái 2 không chuyển sang 10 được."]
    shown = " ".join([panel.state.text(), panel.counts.text()])
    assert shown.count("09:00:40") == 1
