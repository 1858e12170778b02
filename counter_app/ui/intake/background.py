"""The slice's background helpers: the autosaved draft and the duplicate check (via TaskRunner)."""

from __future__ import annotations

import logging
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from counter_app.services import drafts, queries
from counter_app.services.context import ServiceContext
from counter_app.ui.intake import draft_codec as codec
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
DRAFT_SLOT = "intake"
AUTOSAVE_DELAY_MS = 300  # after the last change: a debounce, not a polling timer


def guarded(owner: QObject, method: Callable[[Any], None]) -> Callable[[Any], None]:
    """A task callback that does nothing once `owner` is gone (the result arrives later)."""
    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            method(value)
    return call


class DraftAutosave(QObject):
    """Saves the form's state a moment after the last change; loads it back at start."""

    sig_saved = Signal()  # the draft reached the disk
    sig_failed = Signal()  # it did not (logged)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner,
                 state: Callable[[], dict[str, Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._state = ctx, tasks, state
        self.suspended = False  # while the form is filled by program, not by the clerk
        self._loading = False  # the saved draft is being read: saving now would overwrite it
        self._save_after_load = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def schedule(self) -> None:
        if self._loading:
            self._save_after_load = True
        elif not self.suspended:
            self._timer.start()  # restarts: saves once the typing pauses

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def discard(self) -> None:
        """The intake ended (or was cleared): no draft to restore."""
        self._timer.stop()
        self._tasks.run(drafts.clear_draft, self._ctx, DRAFT_SLOT, write=True,
                        on_error=guarded(self, self._on_save_failed))

    def load(self, on_loaded: Callable[[dict[str, Any] | None], None]) -> None:
        """Read the saved state on the task runner; `on_loaded(state or None)` on the GUI thread.

        Until it answers, autosaving waits (it would overwrite the draft being read).
        """
        self._loading = True
        self._tasks.run(drafts.load_draft, self._ctx, DRAFT_SLOT,
                        on_done=guarded(self, lambda raw: self._on_loaded(raw, on_loaded)),
                        on_error=guarded(self, lambda exc: self._on_load_failed(exc, on_loaded)))

    def _on_loaded(self, raw: Any, on_loaded: Callable[[dict[str, Any] | None], None]) -> None:
        try:
            state = codec.normalize(raw)
        except Exception as exc:  # a damaged draft must not stop the counter from starting
            self._on_load_failed(exc, on_loaded)
            return
        self._end_load()
        on_loaded(None if raw is None or codec.is_blank(state) else state)

    def _on_load_failed(self, exc: BaseException,
                        on_loaded: Callable[[dict[str, Any] | None], None]) -> None:
        log.error("could not load the intake draft", exc_info=exc)
        self._end_load()
        on_loaded(None)

    def _end_load(self) -> None:
        self._loading = False
        if self._save_after_load:
            self._save_after_load = False
            self.schedule()

    def _on_timer_timeout(self) -> None:
        state = self._state()
        if codec.is_blank(state):
            self.discard()
            return
        self._tasks.run(drafts.save_draft, self._ctx, DRAFT_SLOT, state, write=True,
                        on_done=guarded(self, lambda _r: self.sig_saved.emit()),
                        on_error=guarded(self, self._on_save_failed))

    def _on_save_failed(self, exc: BaseException) -> None:
        log.error("autosaving the intake draft failed", exc_info=exc)
        self.sig_failed.emit()


class DuplicateWatch(QObject):
    """Looks for the applicant's open dossiers of the same procedure once both are known."""

    sig_found = Signal(object)  # queries.Duplicates (an empty one clears the warning)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks = ctx, tasks
        self._key = ("", "")

    def check(self, id_number: str, procedure_code: str) -> None:
        key = (id_number, procedure_code)
        if key == self._key:
            return
        self._key = key
        self.sig_found.emit(queries.Duplicates())
        if all(key):
            self._tasks.run(queries.duplicates, self._ctx, *key, on_done=guarded(
                self, lambda found: self._on_loaded(key, found)))

    def _on_loaded(self, key: tuple[str, str], found: queries.Duplicates) -> None:
        if key == self._key:  # else the form moved on while we looked
            self.sig_found.emit(found)
