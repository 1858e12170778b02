"""Reference data with ETags, and scans uploaded before their events, resuming where they stopped."""

from __future__ import annotations

import hashlib
import os
from typing import Any

from counter_app.services.attachments import attach_scan
from counter_app.services.context import ServiceContext
from counter_app.storage import outbox, reference
from counter_app.storage.models import AttachmentRow, ReferenceRow, StoredFileRow
from counter_app.sync import secrets, state
from counter_app.sync.client import CentralClient
from counter_app.sync.engine import LOCAL_PREFIX, SyncEngine
from tests.sync.conftest import clerk_session, receive

CHUNK = 256 * 1024
SIZE = 3 * 1024 * 1024 + 12345  # 13 chunks of 256 KiB, the last one short


class RecordingClient(CentralClient):
    """The real client, noting which calls it made in which order."""

    calls: list[tuple[str, Any]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls = []

    def upload_chunk(self, sha256: str, offset: int, total: int, chunk: bytes) -> int:
        self.calls.append(("patch", sha256))
        return super().upload_chunk(sha256, offset, total, chunk)

    def post_events(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.calls.append(("events", [e["type"] for e in events]))
        return super().post_events(events)


def engine_for(ctx: ServiceContext, **options: Any) -> SyncEngine:
    return SyncEngine(ctx.store, ctx.files, clock=ctx.clock, **options)


def client_of(ctx: ServiceContext, *, reading: bool = False) -> CentralClient:
    """The counter's client (device token), or with `reading` a clerk's session on it."""
    with ctx.store.reading() as session:
        url, token = state.base_url(session) or "", secrets.load_device_token(session) or ""
    return CentralClient(url, clerk_session(url, token) if reading else token)


def reference_rows(ctx: ServiceContext) -> list[tuple[Any, ...]]:
    with ctx.store.reading() as session:
        return [tuple(r) for r in session.execute(ReferenceRow.__table__.select()).all()]


def test_catalog_and_calendars_refresh_then_304_changes_nothing(online_ctx: ServiceContext) -> None:
    ctx = online_ctx
    with ctx.store.reading() as session:
        assert reference.catalog_etag(session) == "demo"  # shipped with the app
    first = engine_for(ctx).run_once(refresh_reference=True)
    assert first.ok, first.last_error
    assert first.catalog_updated and first.reference_changed
    assert set(first.calendar_years_updated) == {2024, 2025, 2026}  # no 2027 on the service
    with ctx.store.reading() as session:
        etag = reference.catalog_etag(session)
        catalog = reference.load_catalog(session)
    assert etag and etag != "demo"
    assert catalog is not None and catalog.by_code("2.000815")
    rows = reference_rows(ctx)

    second = engine_for(ctx).run_once(refresh_reference=True)
    assert second.ok and not second.reference_changed
    assert reference_rows(ctx) == rows
    with client_of(ctx) as client:
        assert client.catalog(etag) is None  # what the second pass got: 304


def scan(ctx: ServiceContext, code: str, data: bytes) -> str:
    return attach_scan(ctx, code, "Tờ khai", data, pages=3).sha256


def test_attach_scan_is_one_transaction_and_idempotent(ctx: ServiceContext) -> None:
    code = receive(ctx, 1)[0]
    data = b"%PDF-1.7 scan" + os.urandom(1000)
    first = attach_scan(ctx, code, " Tờ khai ", data, pages=2)
    assert first.event_id and first.sha256 == hashlib.sha256(data).hexdigest()
    assert ctx.files.verify(first.sha256)
    with ctx.store.reading() as session:
        events = outbox.for_dossier(session, code)
        assert [e.type for e in events] == ["dossier.received", "dossier.attachment_added"]
        assert events[1].payload == {"component": "Tờ khai", "sha256": first.sha256, "pages": 2,
                                     "size": len(data), "media_type": "application/pdf",
                                     "digitized": True}
        assert session.get(StoredFileRow, first.sha256) is not None
        assert session.query(AttachmentRow).count() == 1
    again = attach_scan(ctx, code, "Tờ khai", data, pages=2)
    assert again.event_id is None
    with ctx.store.reading() as session:
        assert len(outbox.for_dossier(session, code)) == 2


def test_an_interrupted_upload_resumes_from_the_held_offset(online_ctx: ServiceContext) -> None:
    ctx = online_ctx
    code = receive(ctx, 1)[0]
    data = os.urandom(SIZE)
    sha = scan(ctx, code, data)
    half = 6 * CHUNK
    with client_of(ctx) as client:  # the link dropped after six chunks
        for offset in range(0, half, CHUNK):
            assert client.upload_chunk(sha, offset, SIZE, data[offset:offset + CHUNK]) == offset + CHUNK
        assert client.file_offset(sha) == half

    clients: list[RecordingClient] = []

    def factory(url: str, token: str) -> RecordingClient:
        clients.append(RecordingClient(url, token))
        return clients[-1]

    report = engine_for(ctx, client_factory=factory, chunk_size=1024 * 1024).run_once()
    assert report.ok, report.last_error
    assert report.files_uploaded == 1
    assert report.bytes_sent == SIZE - half < SIZE
    assert report.applied == 2 and report.pending == 0
    calls = clients[0].calls
    assert calls.index(("patch", sha)) < calls.index(("events", ["dossier.received",
                                                                  "dossier.attachment_added"]))
    with client_of(ctx, reading=True) as client:
        fetched = client.fetch_file(sha)
        body = client.dossier(code)["body"]
    assert hashlib.sha256(fetched).hexdigest() == sha and fetched == data
    assert [a["sha256"] for a in body["attachments"]] == [sha]


def test_a_corrupt_partial_is_discarded_and_sent_again_from_zero(online_ctx: ServiceContext) -> None:
    ctx = online_ctx
    code = receive(ctx, 1)[0]
    data = os.urandom(SIZE)
    sha = scan(ctx, code, data)
    half = 4 * CHUNK
    with client_of(ctx) as client:  # bytes that are not this file's, under its name
        client.upload_chunk(sha, 0, SIZE, os.urandom(half))

    report = engine_for(ctx).run_once()
    assert report.ok, report.last_error
    assert report.bytes_sent == (SIZE - half) + SIZE  # the rest, the 422, then all of it
    with client_of(ctx, reading=True) as client:
        assert client.fetch_file(sha) == data


def test_a_scan_missing_on_this_pc_is_set_aside_and_the_rest_drain(
        online_ctx: ServiceContext) -> None:
    ctx = online_ctx
    code = receive(ctx, 1)[0]
    sha = scan(ctx, code, os.urandom(5000))
    later = receive(ctx, 1)[0]
    ctx.files.path_for(sha).unlink()

    report = engine_for(ctx).run_once()
    assert report.applied == 2 and report.set_aside_locally == 1 and report.set_aside == 1
    with ctx.store.reading() as session:
        aside = outbox.set_aside(session)
    assert [e.dossier_code for e in aside] == [code]
    assert (aside[0].last_error or "").startswith(LOCAL_PREFIX)
    assert later
