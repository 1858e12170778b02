"""The sync thread: a pass, then wait for a poke or the next tick; backoff with jitter when failing."""

from __future__ import annotations

import logging
import random
import threading
from datetime import datetime, timedelta
from typing import Callable

from counter_app.core.messages import Message, msg
from counter_app.core.timeutil import VN_TZ
from counter_app.storage import outbox
from counter_app.sync.engine import SyncEngine
from counter_app.sync.errors import OFFLINE
from counter_app.sync.status import Phase, SyncReport, SyncStatus

log = logging.getLogger(__name__)

Waiter = Callable[[threading.Event, float], object]


def _wait(wake: threading.Event, seconds: float) -> object:
    return wake.wait(seconds)


def _now() -> datetime:
    return datetime.now(VN_TZ)


def backoff_ceiling(failures: int, base: float, cap: float) -> float:
    """The longest wait after `failures` failures in a row: base · 2^(n−1), at most `cap`."""
    return float(min(cap, base * 2.0 ** max(0, min(failures - 1, 32))))


class SyncWorker(threading.Thread):
    """Runs `engine.run_once` in a loop on its own thread; never touches Qt.

    Waits `idle_interval` after a good pass (to pull the back office's changes) and a jittered,
    growing delay after a failed one (2 s … 5 min, "full jitter" with the base as floor).
    `poke()` (a new outbox event) wakes it unless it is backing off; `sync_now()` (the
    clerk's button) always does. `on_progress` is called on this thread with a SyncStatus:
    one per progress step (without a report), one as soon as a request's outcome changes what
    is known of the link (the first failed request turns it offline), and one at each run's end
    carrying that run's report.
    """

    def __init__(self, engine: SyncEngine, *,
                 on_progress: Callable[[SyncStatus], None] | None = None,
                 idle_interval: float = 60.0, base_delay: float = 2.0, max_delay: float = 300.0,
                 rng: random.Random | None = None, wait: Waiter = _wait,
                 clock: Callable[[], datetime] = _now, watch_outbox: bool = True) -> None:
        super().__init__(name="counter-sync", daemon=True)
        self.engine = engine
        self.on_progress = on_progress
        self.idle_interval = idle_interval
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.rng = rng or random.Random()
        self._wait = wait
        self.clock = clock
        self.watch_outbox = watch_outbox
        self.failures = 0
        self.passes = 0
        self.last_report: SyncReport | None = None
        self.last_status: SyncStatus | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._backing_off = False
        self._forced = False
        self._last_success: datetime | None = None
        self._last_contact: datetime | None = None
        self._online: bool | None = None  # what the last request said of the link
        self._phase: Phase = "idle"
        self._message: Message = msg("sync.running")
        self._asked = 0  # "sync now" requests so far
        engine.on_progress = self._relay
        engine.on_contact = self._contact

    # ------------------------------------------------------------------ control (any thread)

    def poke(self) -> None:
        """New work (an outbox event was committed): sync soon, unless backing off."""
        with self._lock:
            if not self._backing_off:
                self._wake.set()

    def sync_now(self) -> int:
        """The clerk asked: try at once, even while backing off.

        Returns the request's number: the status ending the run that answers it has
        `answered` at least that number.
        """
        with self._lock:
            self._forced = True
            self._asked += 1
            self._wake.set()
            return self._asked

    def stop(self, timeout: float | None = None) -> bool:
        """Cut the request in flight, end the thread; True once it has ended.

        Without a timeout it waits for the thread: the store may be closed after that. The
        pass ends within a connect timeout once its request is cut.
        """
        self._stopping.set()
        self._wake.set()
        self.engine.cancel()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)
        return not self.is_alive()

    # ------------------------------------------------------------------ the loop

    def run(self) -> None:
        remove = outbox.add_listener(self.poke) if self.watch_outbox else None
        try:
            self._last_success = self._last_contact = self.engine.last_success()
            while not self._stopping.is_set():
                with self._lock:
                    self._wake.clear()
                    asking = self._asked  # requests made before this run starts are answered by it
                self._phase, self._message = "sending", msg("sync.running")
                report = self._pass()
                if self._stopping.is_set():
                    break
                delay = self._after(report, asking)
                self._wait(self._wake, delay)
        finally:
            if remove is not None:
                remove()
            self.engine.close()
            self._publish(SyncStatus.of("stopped", msg("sync.stopped"), online=None,
                                        report=self.last_report,
                                        last_success_at=self._last_success,
                                        last_contact_at=self._last_contact))

    def _pass(self) -> SyncReport:
        try:
            report = self.engine.run_once()
        except Exception as error:  # never let the thread die: report and back off
            log.exception("sync pass raised")
            report = SyncReport(started_at=self.clock(), finished_at=self.clock())
            report.fail("local", msg("sync.local_error", kind=type(error).__name__))
        self.passes += 1
        self.last_report = report
        if report.ok and report.online:
            self._last_success = report.finished_at
        return report

    def _after(self, report: SyncReport, answered: int = 0) -> float:
        """The wait before the next pass; publishes the status that says so."""
        failed = not report.ok
        with self._lock:
            self.failures = self.failures + 1 if failed else 0
            self._backing_off = failed
            if failed and not self._forced:
                self._wake.clear()  # pokes during a failing pass do not cut the backoff short
            self._forced = False
        if failed:
            delay = self.rng.uniform(self.base_delay,
                                     backoff_ceiling(self.failures, self.base_delay, self.max_delay))
        else:
            delay = self.idle_interval
        next_at = self.clock() + timedelta(seconds=delay)
        phase: Phase
        message: Message
        if report.error_kind == "offline":
            phase, message = "offline", msg("sync.offline_retry", time=f"{next_at:%H:%M:%S}")
        elif failed:
            error = report.error or msg("text", text=report.last_error or "")
            phase, message = "error", msg("sync.error_retry", error=error,
                                          time=f"{next_at:%H:%M:%S}")
        else:
            phase, message = "idle", _summary(report)
        self._phase, self._message = phase, message
        self._publish(SyncStatus.of(phase, message, online=report.online, pending=report.pending,
                                    set_aside=report.set_aside, last_success_at=self._last_success,
                                    next_attempt_at=next_at, report=report,
                                    last_contact_at=self._last_contact, answered=answered))
        return delay

    # ------------------------------------------------------------------ progress

    def _relay(self, status: SyncStatus) -> None:
        # A progress step: the last counts known, the link as the last request found it, and
        # no report (a run's outcome travels only with its end, so the UI reacts once per run).
        previous = self.last_report
        self._phase = status.phase
        self._message = status.note or msg("text", text=status.message)
        self._publish(SyncStatus.of(
            status.phase, self._message, online=self._online,
            pending=previous.pending if previous else 0,
            set_aside=previous.set_aside if previous else 0, done=status.done,
            total=status.total, last_success_at=self._last_success,
            last_contact_at=self._last_contact, item=status.item))

    def _contact(self, answered: bool) -> None:
        """One request's outcome (on this thread): publish at once when it changes the link."""
        if not answered and self._stopping.is_set():
            return  # stop() cut the request: the link is not known to be down
        now = self.clock()
        with self._lock:
            changed = answered != self._online
            self._online = answered
            if answered:
                self._last_contact = now
        if not changed:
            return
        previous = self.last_report
        self._publish(SyncStatus.of(
            self._phase, self._message if answered else OFFLINE, online=answered,
            pending=previous.pending if previous else 0,
            set_aside=previous.set_aside if previous else 0, last_success_at=self._last_success,
            last_contact_at=self._last_contact))

    def _publish(self, status: SyncStatus) -> None:
        self.last_status = status
        if self.on_progress is None:
            return
        try:
            self.on_progress(status)
        except Exception:
            log.exception("sync on_progress callback failed")


def _summary(report: SyncReport) -> Message:
    at = report.finished_at.strftime("%H:%M") if report.finished_at else ""
    if report.pending and report.set_aside:
        return msg("sync.done_pending_set_aside", time=at, pending=report.pending,
                   set_aside=report.set_aside)
    if report.pending:
        return msg("sync.done_pending", time=at, pending=report.pending)
    if report.set_aside:
        return msg("sync.done_set_aside", time=at, set_aside=report.set_aside)
    return msg("sync.done", time=at)

