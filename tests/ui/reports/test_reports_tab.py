"""The Reports (F7) and dashboard (F8) tabs in the main window: a clerk reports on their counter and
has no dashboard; a supervisor reports on the unit, drills down a figure and sees the dashboard."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from counter_app.services import auth, intake
from counter_app.ui.main_window import MainWindow
from tests.services.helpers import draft
from tests.ui.conftest import screenshot, wait_idle
from tests.ui.intake.conftest import COUNTER_PREFS


def _window(qtbot, ctx, tasks, clock, role: str) -> MainWindow:
    clerk = auth.add_clerk(ctx.store, f"u-{role}", "Trần Văn Bình", role, "mật-khẩu-1", clock())
    win = MainWindow(replace(ctx, clerk=clerk.username), tasks, COUNTER_PREFS, clerk)  # as login does
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    return win


def _key(qtbot, win, key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or win, key)


@pytest.mark.parametrize("role, scope_text, dashboard", [("clerk", "Quầy số", False),
                                                         ("supervisor", "Toàn đơn vị", True)])
def test_f7_reports_biểu_06_for_the_roles_scope(qtbot, ctx, tasks, clock, role, scope_text,
                                                dashboard):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    win = _window(qtbot, ctx, tasks, clock, role)
    _key(qtbot, win, Qt.Key.Key_F7)
    assert win.tabs.currentWidget() is win.reports
    assert win.tabs.isTabVisible(win.tabs.indexOf(win.dashboard)) is dashboard
    with qtbot.waitSignal(win.reports.sig_shown, timeout=15_000) as shown:
        _key(qtbot, win, Qt.Key.Key_F5)
    assert shown.args == ["form06"]
    table = win.reports.view.table
    assert any(scope_text in line for line in table.subtitle)
    title = win.reports.view.title  # the title and both subtitle lines, none cut
    lines = 1 + len(table.subtitle)
    assert lines == 3 and title.height() >= lines * QFontMetrics(title.font()).lineSpacing()
    total = table.total
    assert total is not None and total[table.column_index("received_total")] == 1
    if dashboard:
        with qtbot.waitSignal(win.dashboard.sig_loaded, timeout=15_000):
            _key(qtbot, win, Qt.Key.Key_F8)
    else:
        _key(qtbot, win, Qt.Key.Key_F8)
    assert (win.tabs.currentWidget() is win.dashboard) is dashboard
    if dashboard:  # the figures laid out before the picture is taken
        as_of = win.dashboard.as_of
        qtbot.waitUntil(lambda: as_of.width() >= as_of.sizeHint().width(), timeout=5000)
    screenshot(win, f"reports_tab_{role}")
    wait_idle(qtbot, tasks)
    assert code
    win.close()


def test_a_supervisor_drills_a_figure_down_to_its_dossier(qtbot, ctx, tasks, clock):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    win = _window(qtbot, ctx, tasks, clock, "supervisor")
    win.show_slice(win.reports)
    with qtbot.waitSignal(win.reports.sig_shown, timeout=15_000):
        _key(qtbot, win, Qt.Key.Key_F5)
    win.reports.view.drillRequested.emit("", "received_total")
    qtbot.waitUntil(lambda: win.reports.list_dialog is not None
                    and win.reports.list_dialog.isVisible(), timeout=15_000)
    listed = win.reports.list_dialog.report.table
    assert [row[0] for row in listed.rows] == [code]
    wait_idle(qtbot, tasks)
    win.close()
