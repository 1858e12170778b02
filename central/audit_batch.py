"""Audit rows of reads, written in batches (group commit) apart from the reads themselves.

Each request thread hands its row over and waits until it is committed, so no read is answered
unrecorded; whichever waiting thread finds no flush running writes every row queued so far in
one transaction (one commit, one fsync) while the others wait for it. Under many concurrent
reads a burst costs a few commits instead of one per read; alone, a read costs one.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine, insert

from central.db import run_in_transaction
from central.models import AuditRow


class _Entry:
    __slots__ = ("row", "done", "error")

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row
        self.done = False
        self.error: BaseException | None = None


class AuditBatch:
    """One per worker process (in the service state); holds nothing once its rows committed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._cond = threading.Condition()
        self._pending: list[_Entry] = []
        self._flushing = False

    def record(self, row: dict[str, Any]) -> None:
        """Append `row` to the audit log; returns once it is committed (raises if it failed)."""
        entry = _Entry(row)
        with self._cond:
            self._pending.append(entry)
            self._cond.notify_all()  # (only observers care: a waiter rechecks and sleeps on)
            while not entry.done and self._flushing:
                self._cond.wait()
            if entry.done:
                return self._outcome(entry)
            self._flushing = True
            batch, self._pending = self._pending, []
        error: BaseException | None = None
        try:
            self._write([e.row for e in batch])
        except BaseException as caught:  # every waiter of the batch learns of it
            error = caught
        with self._cond:
            for waiting in batch:
                waiting.done, waiting.error = True, error
            self._flushing = False
            self._cond.notify_all()
        return self._outcome(entry)

    def _write(self, rows: list[dict[str, Any]]) -> None:
        run_in_transaction(self.engine, lambda conn: conn.execute(insert(AuditRow.__table__),
                                                                  rows))

    @staticmethod
    def _outcome(entry: _Entry) -> None:
        if entry.error is not None:
            raise entry.error
