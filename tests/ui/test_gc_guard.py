"""Qt objects held in reference cycles die on the GUI thread, whichever thread made the garbage."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt



class _Holder:
    """A Python object in a cycle with itself, holding a Qt object (a dialog and its lambdas)."""

    def __init__(self, where: list[str]) -> None:
        self.qobject = QObject()
        self.qobject.destroyed.connect(lambda: where.append(threading.current_thread().name),
                                       Qt.ConnectionType.DirectConnection)
        self.me = self


def _garbage_on_a_worker_thread() -> None:
    """What a reader thread does all day: allocate (SQLAlchemy rows, pages), cycles included."""
    def churn() -> None:
        for _ in range(50_000):
            cycle: list[object] = []
            cycle.append(cycle)
    worker = threading.Thread(target=churn, name="ui-read_0")
    worker.start()
    worker.join()


def test_a_cycle_holding_a_qt_object_is_freed_on_the_gui_thread(qtbot, gui_thread_collector) -> None:
    where: list[str] = []
    _Holder(where)
    _garbage_on_a_worker_thread()
    assert where == []  # the worker's allocations did not run the collector there
    qtbot.waitUntil(lambda: where != [], timeout=5_000)
    assert where == [threading.main_thread().name]


def test_without_the_guard_the_worker_thread_frees_it(qtbot, gui_thread_collector) -> None:
    """The hazard the guard removes (a QObject here: a widget freed this way can crash)."""
    gui_thread_collector.stop()
    try:
        gc.collect()
        where: list[str] = []
        _Holder(where)
        _garbage_on_a_worker_thread()
        assert where == ["ui-read_0"]
    finally:
        gui_thread_collector.start()
