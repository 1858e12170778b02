"""What a sync run did (SyncReport) and what the sync is doing now (SyncStatus), as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from counter_app.core.messages import Message

# not_enrolled: no device token yet; offline: no answer; auth: token refused (revoked?);
# server: 5xx or unreadable answers; refused: a 4xx for a whole request; local: this PC.
ErrorKind = Literal["not_enrolled", "offline", "auth", "server", "refused", "local"]
Phase = Literal["idle", "uploading", "sending", "pulling", "reference", "offline", "error",
                "stopped"]


@dataclass
class SyncReport:
    """One `SyncEngine.run_once`: counts, whether the service answered, the last error."""

    started_at: datetime
    finished_at: datetime | None = None
    online: bool = False
    sent: int = 0
    applied: int = 0
    duplicate: int = 0
    rejected: int = 0
    set_aside_locally: int = 0  # attachments whose scan is gone from this PC, and the like
    files_uploaded: int = 0
    bytes_sent: int = 0
    changes_applied: int = 0
    changes_skipped: int = 0
    changes_conflicts: int = 0
    changes_reread: bool = False  # the service was restored: its feed was read again from 0
    catalog_updated: bool = False
    calendar_years_updated: list[int] = field(default_factory=list)
    pending: int = 0  # left in the outbox after the run
    set_aside: int = 0  # rejected events kept aside (for a supervisor)
    last_error: str | None = None  # Vietnamese, for logs and the CLI (the text of `error`)
    error_kind: ErrorKind | None = None
    error: Message | None = None  # the same, typed: the UI says it in the clerk's language

    def fail(self, kind: ErrorKind, message: Message) -> None:
        self.error_kind, self.error, self.last_error = kind, message, message.text

    @property
    def ok(self) -> bool:
        return self.last_error is None

    @property
    def reference_changed(self) -> bool:
        return self.catalog_updated or bool(self.calendar_years_updated)

    @property
    def everything_sent(self) -> bool:
        return self.online and self.pending == 0 and self.set_aside == 0


@dataclass(frozen=True)
class SyncStatus:
    """Published to `on_progress` callbacks (on the sync thread: a UI re-emits it as a signal)."""

    phase: Phase
    message: str
    online: bool | None = None  # None: not known yet
    pending: int = 0
    set_aside: int = 0
    done: int = 0  # progress inside the phase: bytes (uploading) or events (sending)
    total: int = 0
    last_success_at: datetime | None = None
    next_attempt_at: datetime | None = None
    # The run that just ended: set only on the status that ends a run, never on its progress.
    report: SyncReport | None = None
    last_contact_at: datetime | None = None  # the service's last answer to any request
    item: str = ""  # what the progress is about (the SHA-256 of the scan being uploaded)
    answered: int = 0  # "sync now" requests (SyncWorker.sync_now) answered by this run's end
    note: Message | None = None  # `message`, typed (the UI translates it)

    @classmethod
    def of(cls, phase: Phase, note: Message, **fields: Any) -> SyncStatus:
        """A status whose `message` is the Vietnamese text of `note`."""
        return cls(phase, note.text, note=note, **fields)

