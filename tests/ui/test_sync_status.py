"""The link as the clerk sees it, with the real sync thread and a real central service on loopback:
the indicator's age, offline at the first failed request, and "sync now" (Ctrl+Shift+Y) saying
that it runs and how it ended."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

import pytest
from PySide6.QtCore import Qt

from counter_app.core.timeutil import VN_TZ
from counter_app.services import auth
from counter_app.services.sync_setup import start_worker
from counter_app.ui.main_window import MainWindow
from tests.sync.conftest import Central, enroll_alone, receive
from tests.ui.conftest import screenshot
from tests.ui.intake.conftest import COUNTER_PREFS

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def central(tmp_path):
    service = Central(tmp_path / "central")
    service.start()
    yield service
    service.close()


@pytest.fixture
def online(ctx, central):
    return enroll_alone(ctx, central)


@pytest.fixture
def window(qtbot, online, tasks, clock):
    clerk = auth.add_clerk(online.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    win = MainWindow(online, tasks, COUNTER_PREFS, clerk)
    qtbot.addWidget(win)
    win.show()
    # A failed run waits an hour unless the clerk asks: the test decides when the next one is.
    win.sync.start_worker = partial(start_worker, base_delay=3600.0, max_delay=3600.0)
    win.start_sync()
    yield win
    win.close()  # stops the sync thread


def indicator(window) -> str:
    return window.status.connection.text()


def test_indicator_shows_the_contacts_age_and_goes_offline_at_the_first_failed_request(
        qtbot, window, online, central):
    qtbot.waitUntil(lambda: indicator(window).startswith("●"), timeout=20_000)
    assert "vừa xong" in indicator(window) or "giây trước" in indicator(window)

    # Nobody answers any more: the sync thread only notices at its next request (here the
    # one a new dossier's event triggers at once), and the indicator says so right then.
    central.stop()
    receive(online, 1)
    qtbot.waitUntil(lambda: indicator(window).startswith("✕"), timeout=10_000)
    assert "Mất kết nối" in indicator(window) and "lần cuối" in indicator(window)
    style = window.status.connection.styleSheet()
    assert "background-color: #b42318" in style and "bold" in style  # seen across the desk
    # What waits to be sent, as the store says (a run cut by the link may report older counts).
    qtbot.waitUntil(lambda: "Chờ gửi: 1" in window.status.pending.text(), timeout=30_000)
    assert indicator(window).startswith("✕")
    screenshot(window, "statusbar_offline")


def test_without_contact_connected_turns_unconfirmed_as_the_minutes_pass(qtbot, window):
    qtbot.waitUntil(lambda: indicator(window).startswith("●"), timeout=20_000)
    later = datetime.now(VN_TZ) + timedelta(minutes=3)
    window.status.clock = lambda: later
    window.status.show_connection()  # what the status bar's age timer does every few seconds
    assert indicator(window).startswith("◐") and "3 phút trước" in indicator(window)


def test_sync_now_says_it_runs_and_how_it_ended(qtbot, window, online, central):
    qtbot.waitUntil(lambda: indicator(window).startswith("●"), timeout=20_000)
    central.stop()
    receive(online, 1)  # the poke's pass fails: the event waits
    qtbot.waitUntil(lambda: indicator(window).startswith("✕"), timeout=10_000)
    central.start()

    window.activateWindow()
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_Y, CTRL_SHIFT)
    assert window.status.currentMessage() == "Đang đồng bộ với hệ thống tỉnh…"
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith("Đồng bộ xong"),
                    timeout=20_000)
    assert "đã gửi 1 sự kiện" in window.status.currentMessage()
    assert "còn chờ gửi 0" in window.status.currentMessage()
    assert indicator(window).startswith("●")
    assert window.sync_panel.outcome.text() == window.status.currentMessage()

    central.stop()
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_Y, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith("Chưa đồng bộ được"),
                    timeout=20_000)
    assert "Không kết nối được" in window.status.currentMessage()
