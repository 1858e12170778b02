"""After enrollment (or a sync) changes who this counter is, the window swaps in a new context
snapshot: the title says the new unit and counter, and every slice works with the same snapshot."""

from __future__ import annotations

import dataclasses

import pytest

from counter_app.services import auth
from counter_app.storage import settings
from counter_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.intake.conftest import COUNTER_PREFS


@pytest.fixture
def window(qtbot, ctx, tasks, clock):
    clerk = auth.add_clerk(ctx.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    win = MainWindow(ctx, tasks, COUNTER_PREFS, clerk)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_a_new_identity_reaches_the_title_and_every_slice_as_one_snapshot(qtbot, window, ctx,
                                                                          tasks):
    wait_idle(qtbot, tasks)
    old_device = ctx.device
    with ctx.store.transaction() as session:
        settings.save_device(session, dataclasses.replace(
            old_device, unit_name="Trung tâm Phục vụ hành chính công xã Mới", counter_no=7))

    window.sync_panel.sig_enrolled.emit()  # what the F10 enrollment announces

    qtbot.waitUntil(lambda: "xã Mới" in window.windowTitle(), timeout=5_000)
    assert "Quầy 7" in window.windowTitle()
    assert ctx.device is old_device  # the snapshot tasks were given was never changed
    fresh = window._ctx
    assert fresh is not ctx and fresh.device.counter_no == 7
    for part in (window.intake, window.returns, window.returns.ready, window.search,
                 window.sync_panel, window.printing):
        assert part._ctx is fresh
    wait_idle(qtbot, tasks)
