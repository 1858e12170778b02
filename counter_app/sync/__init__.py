"""Sync with the central service: REST client, outbox drain, change pull, resumable uploads, backoff.

Plain Python on its own thread, no Qt: the UI adapts `SyncWorker`'s `on_progress` callbacks to
signals. Imports storage and core only (services build it, see services/sync_setup.py).
"""

from counter_app.sync.client import CentralClient, Enrollment
from counter_app.sync.engine import SyncEngine
from counter_app.sync.errors import (
    AuthError, Offline, OffsetConflict, RejectedRequest, ServerError, SyncError,
)
from counter_app.sync.status import SyncReport, SyncStatus
from counter_app.sync.worker import SyncWorker

__all__ = ["CentralClient", "Enrollment", "SyncEngine", "SyncWorker", "SyncReport", "SyncStatus",
           "SyncError", "Offline", "AuthError", "ServerError", "RejectedRequest", "OffsetConflict"]
