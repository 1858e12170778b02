"""The supervisor's dashboard on screen: the week of tests/services/dashboard_data.py, as shown."""

from __future__ import annotations

import dataclasses
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.services.auth import Clerk
from counter_app.ui.reports.dashboard import DashboardSlice
from tests.services.dashboard_data import build_week
from tests.ui.conftest import SCREENS, screenshot, wait_idle
from tests.ui.test_gui_never_waits import BlockingStore, PaintWatch

SUPERVISOR = Clerk("hoa", "Trần Thị Hoa", "supervisor")


def shot(widget, name: str) -> None:
    """A screenshot under artifacts/screens/dashboard/ (a reviewer looks at it)."""
    (SCREENS / "dashboard").mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # the layout and the charts' scenes take in the new figures
    screenshot(widget, f"dashboard/{name}")


@pytest.fixture
def week(ctx, clock):
    return build_week(ctx, clock)


def _shown(qtbot, ctx, tasks, clerk: Clerk = SUPERVISOR) -> DashboardSlice:
    view = DashboardSlice(ctx, tasks, clerk)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    return view


def test_the_dashboard_shows_the_weeks_figures(qtbot, ctx, tasks, week):
    view = _shown(qtbot, ctx, tasks)
    assert view.data.bucket == "day" and len(view.intake_chart.values()["Tiếp nhận"]) == 30
    shot(view, "dashboard_30_days")
    view.period.setCurrentIndex(0)  # 7 days
    qtbot.waitUntil(lambda: view.data is not None and view.data.period_from.day == 13
                    and not view.loading, timeout=10_000)
    assert view.tile_intake.value.text() == "2"
    assert view.tile_intake.detail.text() == "Trực tiếp 1 · Trực tuyến 0 · Bưu chính 1"
    assert view.tile_due_today.value.text() == "2"
    assert view.tile_due_next.value.text() == "1"
    assert view.tile_due_next.detail.text() == "20/11/2025"
    assert view.tile_overdue.value.text() == "1"
    assert view.tile_overdue.detail.text() == "trễ nhất 2,5 giờ"
    assert view.tile_uncollected.value.text() == "1"
    assert view.tile_digitized.value.text() == "12,5 %"
    assert view.tile_digitized.detail.text() == "1/8 hồ sơ có bản số hóa"
    assert view.due_today_list.codes() == [week["E"], week["F"]]
    assert view.overdue_list.codes() == [week["D"]]
    assert view.overdue_list.item(0, 4).text() == "2,5 giờ"
    assert view.uncollected_list.codes() == [week["H"]]
    assert view.lists.tabText(1) == "Đến hạn 20/11 (1)"
    assert [view.counters.item(r, 1).text() for r in range(view.counters.rowCount())] == [
        "clerk01", "lan"]
    bars = view.intake_chart.values()
    assert bars == {"Tiếp nhận": [0, 0, 0, 0, 5, 1, 2]}
    assert view.timeliness_chart.values() == {"Trước hạn": [0, 0, 0, 0, 0, 0, 1],
                                              "Đúng hạn": [0, 0, 0, 0, 1, 0, 0],
                                              "Trễ hạn": [0, 0, 0, 0, 0, 1, 0]}
    view.lists.setCurrentIndex(2)
    shot(view, "dashboard_7_days")
    view.period.setCurrentIndex(2)  # 90 days, per week
    qtbot.waitUntil(lambda: view.data.bucket == "week" and not view.loading, timeout=10_000)
    assert len(view.intake_chart.values()["Tiếp nhận"]) == 14
    shot(view, "dashboard_90_days")


def test_enter_on_a_list_row_opens_the_dossier_code(qtbot, ctx, tasks, week):
    view = _shown(qtbot, ctx, tasks)
    view.lists.setCurrentWidget(view.overdue_list)
    view.overdue_list.setFocus()
    view.overdue_list.setCurrentCell(0, 0)
    with qtbot.waitSignal(view.sig_open_code, timeout=2000) as opened:
        qtbot.keyClick(view.overdue_list, Qt.Key.Key_Return)
    assert opened.args == [week["D"]]


def test_f5_and_n_days_refresh_the_figures(qtbot, ctx, tasks, clock, week):
    view = _shown(qtbot, ctx, tasks)
    assert view.tile_uncollected.value.text() == "1"
    view.days.setValue(1)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.days.editingFinished.emit()
    assert view.tile_uncollected.value.text() == "3"
    wait_idle(qtbot, tasks)
    from counter_app.services import dashboard
    assert dashboard.load_settings(ctx).uncollected_days == 1  # kept for next time
    clock.set(2025, 11, 19, 17, 30)  # the day's appointments have passed
    view.refresh_button.setFocus()
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.keyClick(view.refresh_button, Qt.Key.Key_F5)
    assert view.tile_overdue.value.text() == "3"  # D, E and F


def test_it_refreshes_by_itself_while_shown_and_when_shown_again(qtbot, ctx, tasks, clock,
                                                                  week):
    view = _shown(qtbot, ctx, tasks)
    assert view.timer.isActive() and view.timer.interval() <= 5 * 60 * 1000
    clock.set(2025, 11, 19, 17, 30)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.timer.timeout.emit()  # the auto-refresh's tick
    assert view.tile_overdue.value.text() == "3"
    view.hide()
    clock.set(2025, 11, 20, 10, 30)  # Thursday: G's appointment (10:00) has passed too
    view.timer.timeout.emit()
    assert not view.loading  # nothing is read for a hidden dashboard…
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()  # …until it is shown again
    assert view.tile_overdue.value.text() == "4"


def test_a_clerk_is_told_the_dashboard_is_not_for_them(qtbot, ctx, tasks, week):
    view = DashboardSlice(ctx, tasks, Clerk("lan", "Nguyễn Thị Lan", "clerk"))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert not view.allowed
    assert "chỉ dành cho giám sát viên" in view.denied.text()
    assert "Nguyễn Thị Lan" in view.denied.text()
    assert tasks.active == 0  # nothing was read
    shot(view, "dashboard_clerk")


def test_a_refresh_never_waits_on_the_gui_thread(qtbot, ctx, tasks, week):
    store = BlockingStore(ctx.store)
    held = dataclasses.replace(ctx, store=store)
    view = DashboardSlice(held, tasks, SUPERVISOR)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    watch = PaintWatch(store)
    view.installEventFilter(watch)
    started = time.monotonic()
    try:
        view.show()
        assert time.monotonic() - started < 2.0
        qtbot.waitUntil(lambda: store.waiting > 0, timeout=3000)  # the read is stuck…
        assert view.loading and view.busy.isVisible()  # …the busy indicator says so…
        view.update()
        qtbot.waitUntil(lambda: watch.paints_while_held > 0, timeout=3000)  # …and it paints
        view.refresh()  # F5 while one is in flight: done once it ends, not twice at a time
        assert store.waiting <= 2
    finally:
        store.gate.set()
    qtbot.waitUntil(lambda: not view.loading and view.data is not None, timeout=10_000)
    wait_idle(qtbot, tasks)
    assert not view.busy.isVisible()
    assert view.tile_intake.value.text() == "2"


def test_the_dashboard_in_english(qtbot, ctx, tasks, week, english):
    from tests.ui.test_translation import VIETNAMESE

    view = _shown(qtbot, ctx, tasks)
    texts = [view.tile_intake.caption.text(), view.tile_intake.detail.text(),
             view.tile_overdue.detail.text(), view.refresh_button.text(),
             view.intake_chart.chart().title(), *view.timeliness_chart.values(),
             *(view.lists.tabText(i) for i in range(view.lists.count()))]
    assert not [t for t in texts if VIETNAMESE.search(t)], texts
    assert view.tile_overdue.detail.text() == "most late: 2,5 h"
    shot(view, "dashboard_english")
