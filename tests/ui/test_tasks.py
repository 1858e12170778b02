"""The background-task helper returns results on the GUI thread and reports errors."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import wait_idle


def test_result_arrives_on_the_gui_thread(qtbot, tasks):
    seen = {}

    def work(x):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return x * 2

    def done(result):
        seen["gui"] = threading.current_thread() is threading.main_thread()
        seen["result"] = result

    with qtbot.waitSignal(tasks.sig_busy, timeout=5000) as busy_off:
        tasks.run(work, 21, on_done=done)
    wait_idle(qtbot, tasks)
    assert seen == {"worker": False, "gui": True, "result": 42}
    assert QApplication.instance() is not None and busy_off.signal_triggered


def test_error_goes_to_on_error(qtbot, tasks):
    errors = []
    tasks.run(lambda: 1 / 0, on_error=errors.append, write=True)
    wait_idle(qtbot, tasks)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_after_shutdown_nothing_new_starts_and_late_results_are_dropped(qtbot, tasks):
    seen = []
    tasks.run(lambda: 1, on_done=seen.append)
    tasks.shutdown()  # the window closed with a result still on its way
    later = tasks.run(lambda: 2, on_done=seen.append)
    assert later.cancelled()
    qtbot.waitUntil(lambda: tasks.active == 0, timeout=5000)
    assert seen == []
