"""Typed failures of the central service calls, each with a message a clerk can read."""

from __future__ import annotations

from typing import Any

from counter_app.core.messages import Message, msg

OFFLINE = msg("sync.offline")
OFFLINE_MESSAGE = OFFLINE.text


class SyncError(Exception):
    """A call to the central service failed; `msg` for the clerk (`message` its Vietnamese
    text), `code` stable English."""

    def __init__(self, message: Message, *, code: str = "sync_error", status: int | None = None,
                 details: Any = None) -> None:
        super().__init__(message.text)
        self.msg = message
        self.message = message.text
        self.code = code
        self.status = status
        self.details = details


class Offline(SyncError):
    """No answer: no route, connection refused, DNS failure, timeout, connection cut."""

    def __init__(self, message: Message = OFFLINE, *, code: str = "offline") -> None:
        super().__init__(message, code=code)


class AuthError(SyncError):
    """401, 403, 423 or 429: the device token or the clerk is not accepted (or must wait)."""


class ServerError(SyncError):
    """5xx or an answer the client cannot read: the service is there but failing."""


class RejectedRequest(SyncError):
    """Any other 4xx: the service refused this request as it is."""


class OffsetConflict(RejectedRequest):
    """409 on a file upload: the service holds `offset` bytes (of `length`), not what we sent."""

    def __init__(self, message: Message, *, code: str, status: int, details: Any, offset: int,

                 length: int | None) -> None:
        super().__init__(message, code=code, status=status, details=details)
        self.offset = offset
        self.length = length
