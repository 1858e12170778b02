"""The GUI thread never waits on the store: with every read and write held up, the window is
built, restores the draft, starts the sync, answers "sync now" and reloads the reference data
without blocking, and keeps painting while the store is still stuck."""

from __future__ import annotations

import dataclasses
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject

from counter_app.services import auth
from counter_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.intake.conftest import COUNTER_PREFS

HOLD_S = 8.0  # how long a held store call waits at most (a GUI thread stuck behind it shows)


class BlockingStore:
    """The real store, but every unit of work waits at a gate first (a disk that hangs)."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.gate = threading.Event()
        self._lock = threading.Lock()
        self.waiting = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def _hold(self) -> None:
        with self._lock:
            self.waiting += 1
        try:
            self.gate.wait(HOLD_S)
        finally:
            with self._lock:
                self.waiting -= 1

    @contextmanager
    def reading(self) -> Iterator[Any]:
        self._hold()
        with self._store.reading() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        self._hold()
        with self._store.transaction() as session:
            yield session


class PaintWatch(QObject):
    """Counts the window's paints that happen while a store call is held up."""

    def __init__(self, store: BlockingStore) -> None:
        super().__init__()
        self.store = store
        self.paints_while_held = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self.store.waiting > 0:
            self.paints_while_held += 1
        return False


@pytest.fixture
def held(ctx, clock):
    auth.add_clerk(ctx.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    store = BlockingStore(ctx.store)
    yield dataclasses.replace(ctx, store=store)
    store.gate.set()


def test_the_window_keeps_painting_while_the_store_is_stuck(qtbot, held, tasks):
    store = held.store
    started = time.monotonic()
    window = MainWindow(held, tasks, COUNTER_PREFS, auth.Clerk("lan", "Nguyễn Thị Lan", "clerk"))
    qtbot.addWidget(window)
    watch = PaintWatch(store)
    window.installEventFilter(watch)
    window.show()
    window.intake.restore_draft()  # what the composition root does after the login
    window.start_sync()
    outcomes: list[tuple[bool, str]] = []
    window.sync.sig_sync_done.connect(lambda ok, text: outcomes.append((ok, text)))
    window.sync.sync_now()  # Ctrl+Shift+Y
    window.sync_panel.sig_enrolled.emit()  # enrollment done: reload the reference data
    took = time.monotonic() - started
    try:
        assert store.waiting > 0  # the store is still stuck...
        assert took < 2.0, f"the GUI thread waited {took:.1f} s on the store"
        window.update()
        qtbot.waitUntil(lambda: watch.paints_while_held > 0, timeout=3000)  # ...and it paints
        assert store.waiting > 0
    finally:
        store.gate.set()
    # Once the store answers, the queued work lands: the draft read, the counts, the sync check.
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    assert outcomes[0][0] is False and "chưa đăng ký" in outcomes[0][1]  # not enrolled
    wait_idle(qtbot, tasks)
    window.close()
