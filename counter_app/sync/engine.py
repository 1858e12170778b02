"""One sync pass: scans before their events, the outbox drain, the change pull, reference data."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Callable

from counter_app.core.messages import Message, msg
from counter_app.core.calendar_data import CalendarDataError
from counter_app.core.procedures import CatalogError
from counter_app.core.timeutil import VN_TZ
from counter_app.storage import outbox, reference, service_files
from counter_app.storage.db import Store
from counter_app.storage.files import FileStore
from counter_app.storage.models import ReferenceRow
from counter_app.storage.outbox import OutboxEvent
from counter_app.sync import secrets, state, uploads
from counter_app.sync.changes import apply_page
from counter_app.sync.client import CentralClient
from counter_app.sync.errors import (
    AuthError, Offline, RejectedRequest, ServerError, SyncError,
)
from counter_app.sync.status import ErrorKind, Phase, SyncReport, SyncStatus

log = logging.getLogger(__name__)

ClientFactory = Callable[[str, str], CentralClient]
MAX_BATCH = 500
CHANGES_PAGE = 500
NOT_ENROLLED = msg("sync.not_enrolled")
CURSOR_AHEAD = "cursor_ahead"  # GET /changes: 409 for a cursor the service never issued
LOCAL_PREFIX = "Tại quầy: "  # reasons of events set aside by this PC, not by the service
# How long the service's word that it holds a scan is taken without asking again (HEAD): a
# service restored from a backup may have lost it; a HEAD after this answers 404 and the scan
# is sent again.
HELD_TRUST = timedelta(days=1)


def _now() -> datetime:
    return datetime.now(VN_TZ)


class SyncEngine:
    """Everything one pass does, on the caller's thread; `run_once` never raises a SyncError."""

    def __init__(self, store: Store, files: FileStore, *,
                 client_factory: ClientFactory = CentralClient,
                 clock: Callable[[], datetime] = _now,
                 on_progress: Callable[[SyncStatus], None] | None = None,
                 batch_size: int = MAX_BATCH, chunk_size: int | None = None,
                 reference_every: timedelta = timedelta(hours=1)) -> None:
        self.store = store
        self.files = files
        self.client_factory = client_factory
        self.clock = clock
        self.on_progress = on_progress
        self.on_contact: Callable[[bool], None] | None = None  # each request's outcome
        self.batch_size = max(1, min(batch_size, MAX_BATCH))
        # None: sized to the measured link (uploads.ChunkSizer); a number fixes it.
        self.chunks = uploads.ChunkSizer() if chunk_size is None else uploads.FixedChunks(chunk_size)
        self.reference_every = reference_every
        self._client: CentralClient | None = None
        self._client_key: tuple[str, str] | None = None
        self._reference_at: datetime | None = None
        self._report: SyncReport | None = None
        self._cancelled = False

    # ------------------------------------------------------------------ the pass

    def run_once(self, *, refresh_reference: bool = False) -> SyncReport:
        report = self._report = SyncReport(started_at=self.clock())
        try:
            client = self._connect()
            if client is None:
                self._fail(report, "not_enrolled", NOT_ENROLLED)
            else:
                self._drain(client, report)
                report.online = True
                self._pull(client, report)
                self._refresh_reference(client, report, refresh_reference)
        except Offline as error:
            report.online = False
            self._fail(report, "offline", error.msg)
        except AuthError as error:
            report.online = True
            self._fail(report, "auth", error.msg)
        except ServerError as error:
            report.online = True
            self._fail(report, "server", error.msg)
        except SyncError as error:
            self._fail(report, "refused", error.msg)
        except Exception as error:  # a bug or the disk: the worker must live on, and say so
            log.exception("sync pass failed")
            self._fail(report, "local", msg("sync.local_error", kind=type(error).__name__))
        finally:
            self._finish(report)
        return report

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = self._client_key = None

    def cancel(self) -> None:
        """From another thread (shutdown): cut the pass's request in flight; the pass then ends."""
        self._cancelled = True
        self._cancel_client(self._client)

    @staticmethod
    def _cancel_client(client: CentralClient | None) -> None:
        if client is not None:
            try:
                client.cancel()
            except AttributeError:  # a stand-in client of a test
                pass

    def last_success(self) -> datetime | None:
        with self.store.reading() as session:
            return state.last_success(session)

    # ------------------------------------------------------------------ steps

    def _connect(self) -> CentralClient | None:
        with self.store.reading() as session:
            url, token = state.base_url(session), secrets.load_device_token(session)
        if not url or not token:
            return None
        key = (url, hashlib.sha256(token.encode()).hexdigest())
        if self._client is None or self._client_key != key:
            self.close()
            self._client, self._client_key = self.client_factory(url, token), key
            if self._cancelled:  # cancel() ran while this client was being made
                self._cancel_client(self._client)
            try:
                self._client.on_contact = self._contact
            except AttributeError:  # a stand-in client of a test
                pass
        return self._client

    def _contact(self, answered: bool) -> None:
        if self.on_contact is not None:
            self.on_contact(answered)

    def _drain(self, client: CentralClient, report: SyncReport) -> None:
        """Send the outbox oldest first; an event leaves it only once the service answered."""
        limit = self.batch_size
        while True:
            with self.store.reading() as session:
                batch = outbox.pending(session, limit)
                waiting = outbox.counts(session)["pending"]
            if not batch:
                return
            batch = self._upload_files(client, batch, report)
            if not batch:
                continue
            self._emit("sending", msg("sync.sending_events", count=len(batch)),
                       done=report.sent, total=report.sent + waiting)
            try:
                results = client.post_events([e.to_wire() for e in batch])
            except RejectedRequest as error:
                if error.status == 413 and limit > 1:
                    limit = max(1, limit // 2)  # a service configured with a smaller batch
                    continue
                if error.status == 422:
                    # The batch as a whole is unreadable: halve it until the one event that
                    # makes it so is alone, set that one aside, and go on with the others.
                    if len(batch) > 1:
                        limit = max(1, len(batch) // 2)
                    else:
                        self._set_aside(batch[0], error.message, report)
                        limit = self.batch_size
                    continue
                self._note_failure(batch, error)
                raise
            except SyncError as error:
                self._note_failure(batch, error)
                raise
            self._record_results(batch, results, report)

    def _record_results(self, batch: list[OutboxEvent], results: list[dict[str, Any]],
                        report: SyncReport) -> None:
        done: list[str] = []
        refused: list[tuple[str, str]] = []
        for event, result in zip(batch, results):
            answered = result.get("event_id")
            status = result.get("status")
            if (answered is not None and answered != event.event_id) or status not in (
                    "applied", "duplicate", "rejected"):
                raise ServerError(msg("sync.mismatch"),
                                  code="bad_response")
            if status == "rejected":
                refused.append((event.event_id, str(result.get("error") or "rejected")))
            else:
                done.append(event.event_id)
                if status == "applied":
                    report.applied += 1
                else:
                    report.duplicate += 1
        with self.store.transaction() as session:
            outbox.acknowledge(session, done)
            for event_id, reason in refused:
                outbox.reject(session, event_id, reason)
        report.sent += len(batch)
        report.rejected += len(refused)

    def _set_aside(self, event: OutboxEvent, reason: str, report: SyncReport) -> None:
        with self.store.transaction() as session:
            outbox.reject(session, event.event_id, LOCAL_PREFIX + reason)
        report.set_aside_locally += 1

    def _note_failure(self, batch: list[OutboxEvent], error: SyncError) -> None:
        with self.store.transaction() as session:
            outbox.record_failure(session, [e.event_id for e in batch], error.message)

    def _upload_files(self, client: CentralClient, batch: list[OutboxEvent],
                      report: SyncReport) -> list[OutboxEvent]:
        """Upload the scans named by the batch's attachment events; drop events that cannot be."""
        shas: list[str] = []
        for event in batch:
            sha = event.payload.get("sha256") if event.type == "dossier.attachment_added" else None
            if isinstance(sha, str) and sha not in shas:
                shas.append(sha)
        failed: dict[str, str] = {}
        since = self.clock() - HELD_TRUST
        with self.store.reading() as session:
            held = {sha for sha in shas if service_files.confirmed_since(session, sha.lower(), since)}
        for sha in shas:
            if sha in held:  # the service said it holds it: no HEAD again
                continue
            def progress(done: int, total: int, sha: str = sha) -> None:
                self._emit("uploading", msg("sync.uploading", sha=sha[:8]), done=done, total=total,
                           item=sha)
            try:
                sent = uploads.upload(client, self.files, sha.lower(), chunks=self.chunks,
                                      on_bytes=progress)
            except (uploads.LocalFileError, uploads.UploadRefused, ValueError) as error:
                failed[sha] = str(error)
                continue
            with self.store.transaction() as session:
                service_files.remember(session, sha.lower(), self.clock())
            if sent:
                report.files_uploaded += 1
                report.bytes_sent += sent
        if not failed:
            return batch
        keep: list[OutboxEvent] = []
        with self.store.transaction() as session:
            for event in batch:
                sha = event.payload.get("sha256") if event.type == "dossier.attachment_added" else None
                if isinstance(sha, str) and sha in failed:
                    outbox.reject(session, event.event_id, LOCAL_PREFIX + failed[sha])
                    report.set_aside_locally += 1
                else:
                    keep.append(event)
        return keep

    def _pull(self, client: CentralClient, report: SyncReport) -> None:
        """Apply the back office's changes; the cursor moves in the same transaction."""
        with self.store.reading() as session:
            cursor = state.cursor(session)
        while True:
            self._emit("pulling", msg("sync.pulling"))
            try:
                changes, next_cursor = client.changes(cursor, CHANGES_PAGE)
            except RejectedRequest as error:
                if error.code != CURSOR_AHEAD or cursor == "0":
                    raise
                # The service never issued our cursor (restored from a backup): read its
                # whole feed again, so nothing numbered below our cursor is skipped.
                log.warning("change cursor %s is ahead of the service's feed; reading it again "
                            "from the start", cursor)
                with self.store.transaction() as session:
                    if state.cursor(session) != cursor:
                        return
                    state.save_cursor(session, "0")
                    service_files.forget(session)  # restored: it may have lost scans too
                report.changes_reread = True
                cursor = "0"
                continue
            if not changes and next_cursor == cursor:
                return
            with self.store.transaction() as session:
                if state.cursor(session) != cursor:
                    return  # another pass (`sync --once` beside the app) got there first
                outcome = apply_page(session, changes, self.clock())
                state.save_cursor(session, next_cursor)
            report.changes_applied += outcome.applied
            report.changes_skipped += outcome.skipped
            report.changes_conflicts += outcome.conflicts
            if len(changes) < CHANGES_PAGE or next_cursor == cursor:
                return
            cursor = next_cursor

    def _refresh_reference(self, client: CentralClient, report: SyncReport, force: bool) -> None:
        now = self.clock()
        if (not force and self._reference_at is not None
                and now - self._reference_at < self.reference_every):
            return
        self._emit("reference", msg("sync.reference"))
        with self.store.reading() as session:
            etag = reference.catalog_etag(session)
            years = {y.year for y in reference.load_calendar_years(session)}
        try:
            fresh = client.catalog(etag)
        except RejectedRequest as error:
            fresh = None
            if error.status != 404:  # 404: nothing imported on the service yet
                raise
        if fresh is not None:
            data, new_etag = fresh
            try:
                with self.store.transaction() as session:
                    reference.save_catalog(session, data, new_etag or _digest(data), now)
                report.catalog_updated = True
            except CatalogError as error:
                self._fail(report, "refused", msg("sync.bad_catalog", error=str(error)))
        for year in sorted(years | {now.year, now.year + 1}):
            self._refresh_year(client, report, year, now)
        self._reference_at = now

    def _refresh_year(self, client: CentralClient, report: SyncReport, year: int,
                      now: datetime) -> None:
        doc = client.calendar(year)
        if doc is None:
            return
        etag = _digest(doc)  # the service sends no ETag for a year: compare content hashes
        with self.store.transaction() as session:
            row = session.get(ReferenceRow, (reference.CALENDAR, str(year)))
            if row is not None and row.etag == etag:
                return
            try:
                reference.save_calendar_year(session, doc, etag, now)
            except CalendarDataError as error:
                self._fail(report, "refused", msg("sync.bad_calendar", year=year, error=str(error)))
                return
        report.calendar_years_updated.append(year)

    # ------------------------------------------------------------------ reporting

    def _fail(self, report: SyncReport, kind: ErrorKind, message: Message) -> None:
        report.fail(kind, message)

    def _finish(self, report: SyncReport) -> None:
        report.finished_at = self.clock()
        if report.online and report.error_kind is None:
            with self.store.transaction() as session:
                state.save_last_success(session, report.finished_at)
        with self.store.reading() as session:
            counts = outbox.counts(session)
        report.pending, report.set_aside = counts["pending"], counts["rejected"]
        if report.last_error:
            log.info("sync pass: %s (%s)", report.error_kind, report.last_error)

    def _emit(self, phase: Phase, message: Message, *, done: int = 0, total: int = 0,
              item: str = "") -> None:
        if self.on_progress is None:
            return
        try:
            self.on_progress(SyncStatus.of(phase, message, done=done, total=total, item=item,
                                           report=replace(self._report) if self._report else None))

        except Exception:  # a UI callback must never break the pass
            log.exception("sync progress callback failed")


def _digest(data: Any) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return '"' + hashlib.sha256(canonical.encode("utf-8")).hexdigest() + '"'
