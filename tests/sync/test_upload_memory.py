"""Scans the service confirmed are not asked about again; chunks follow the measured link."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete

from central.models import FileRow
from counter_app.services.attachments import attach_scan
from counter_app.services.context import ServiceContext
from counter_app.sync import uploads
from counter_app.sync.client import CentralClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync.errors import Offline
from tests.sync.conftest import Central, enroll_alone, receive
from tests.sync.test_reference_files import client_of

SIZE = 3 * 1024 * 1024 + 12345


@pytest.fixture
def online_ctx(ctx: ServiceContext, own_central: Central) -> ServiceContext:
    return enroll_alone(ctx, own_central)


class Link:
    """A measured link for the chunk sizer: each PATCH takes len(chunk) / rate seconds."""

    def __init__(self, bytes_per_s: float) -> None:
        self.rate, self.now = bytes_per_s, 0.0

    def timer(self) -> float:
        return self.now


class Watched(CentralClient):
    """The real client, noting its HEADs and PATCH sizes; it may fail the event post (link cut)."""

    def __init__(self, *args: Any, link: Link | None = None, cut_events: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heads: list[str] = []
        self.patches: list[int] = []
        self.link, self.cut_events = link, cut_events

    def file_offset(self, sha256: str) -> int | None:
        self.heads.append(sha256)
        return super().file_offset(sha256)

    def upload_chunk(self, sha256: str, offset: int, total: int, chunk: bytes) -> int:
        self.patches.append(len(chunk))
        if self.link is not None:
            self.link.now += len(chunk) / self.link.rate
        return super().upload_chunk(sha256, offset, total, chunk)

    def post_events(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.cut_events:
            raise Offline()
        return super().post_events(events)


def engine_with(ctx: ServiceContext, clients: list[Watched], *, at: datetime | None = None,
                **client_options: Any) -> SyncEngine:
    def factory(url: str, token: str) -> Watched:
        clients.append(Watched(url, token, **client_options))
        return clients[-1]

    return SyncEngine(ctx.store, ctx.files, client_factory=factory,
                      clock=(lambda: at) if at else ctx.clock)


def test_a_scan_the_service_confirmed_is_not_head_checked_by_the_next_pass(
        online_ctx: ServiceContext) -> None:
    ctx = online_ctx
    code = receive(ctx, 1)[0]
    sha = attach_scan(ctx, code, "Tờ khai", os.urandom(200_000), pages=1).sha256
    first: list[Watched] = []
    cut = engine_with(ctx, first, cut_events=True).run_once()
    assert cut.error_kind == "offline" and cut.files_uploaded == 1 and cut.pending == 2
    assert first[0].heads == [sha]

    again: list[Watched] = []
    report = engine_with(ctx, again).run_once()
    assert report.ok, report.last_error
    assert report.applied == 2 and report.pending == 0
    assert again[0].heads == [] and again[0].patches == []  # neither asked nor sent again


def test_a_scan_the_service_lost_is_sent_again_once_its_confirmation_is_old(
        online_ctx: ServiceContext, own_central: Central) -> None:
    ctx = online_ctx
    first_code, second_code = receive(ctx, 2)
    data = os.urandom(150_000)
    sha = attach_scan(ctx, first_code, "Tờ khai", data, pages=1).sha256
    now = ctx.clock()
    assert engine_with(ctx, [], at=now).run_once().ok
    with own_central.engine.begin() as conn:  # the service restored without that scan
        conn.execute(delete(FileRow).where(FileRow.sha256 == sha))
    for stored in own_central.folder.rglob(f"{sha}*"):
        stored.unlink()
    with client_of(ctx) as client:
        assert client.file_offset(sha) is None

    attach_scan(ctx, second_code, "Tờ khai", data, pages=1)  # the same scan named again
    later: list[Watched] = []
    report = engine_with(ctx, later, at=now + timedelta(days=2)).run_once()
    assert report.ok, report.last_error
    assert later[0].heads == [sha] and report.files_uploaded == 1
    with client_of(ctx) as client:
        assert client.file_offset(sha) == len(data)


def upload_chunks(ctx: ServiceContext, bytes_per_s: float) -> list[int]:
    code = receive(ctx, 1)[0]
    attach_scan(ctx, code, "Tờ khai", os.urandom(SIZE), pages=3)
    link = Link(bytes_per_s)
    clients: list[Watched] = []
    engine = engine_with(ctx, clients, link=link)
    engine.chunks = uploads.ChunkSizer(timer=link.timer)
    report = engine.run_once()
    assert report.ok, report.last_error
    assert report.bytes_sent == SIZE
    return clients[0].patches


def test_chunks_grow_to_a_few_seconds_of_a_fast_link(online_ctx: ServiceContext) -> None:
    chunks = upload_chunks(online_ctx, 10_000_000)  # a LAN: 4 MiB would take 0.4 s
    assert chunks == [64 * 1024, SIZE - 64 * 1024]  # measured once, then the rest in one


def test_chunks_stay_small_on_a_slow_link(online_ctx: ServiceContext) -> None:
    chunks = upload_chunks(online_ctx, 50_000)  # 3G-like: 3 s is ~150 KB
    assert chunks[:2] == [64 * 1024, 128 * 1024]
    assert max(chunks) == 128 * 1024 and sum(chunks) == SIZE


def test_the_chunk_size_takes_two_to_five_seconds_within_bounds() -> None:
    for rate, size in [(6_000, uploads.MIN_CHUNK), (100_000, 256 * 1024),
                       (50_000_000, uploads.MAX_CHUNK)]:
        sizer = uploads.ChunkSizer()
        assert sizer.size == uploads.MIN_CHUNK  # an unknown link: the smallest
        sizer.observe(rate * 4, 4.0)
        assert sizer.size == size
        seconds = sizer.size / rate
        assert size in (uploads.MIN_CHUNK, uploads.MAX_CHUNK) or 2 <= seconds <= 5


def test_a_chunk_cut_by_the_link_halves_the_next() -> None:
    sizer = uploads.ChunkSizer()
    sizer.observe(1_000_000, 4.0)  # 250 KB/s: 3 s is 11 × 64 KiB
    assert sizer.size == 704 * 1024
    sizer.cut()
    assert sizer.size == 320 * 1024
