"""Hot paths at province size: keyset pages, reads audited outside the read, heavy work off the
event loop and outside row locks, a cap on a unit's uploads in flight (issue 12)."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import make_url

from central import audit, body, files, uploads
from central.audit_batch import AuditBatch
from central.app import create_app
from central.models import AuditRow
from central.settings import Settings
from tests.central.helpers import Clock, World, build_world, vn

FILES = "/api/v1/files/{}"


def _received(world: World, count: int, names: list[str] | None = None) -> list[str]:
    a = world.a
    events, codes = [], []
    for n in range(count):
        day = vn(2025, 11, 3 + n % 20, 9)
        code = a.next_code(day)
        codes.append(code)
        name = names[n] if names else f"Nguyễn Văn {n}"
        events.append(a.received(code, day, vn(2025, 11, 28, 17), name=name))
    assert {r["status"] for r in world.post_events(a, events)} == {"applied"}
    return codes


class Statements:
    """Every statement the engine runs, by transaction (begin … commit/rollback)."""

    def __init__(self, engine: Any) -> None:
        self.transactions: list[list[str]] = []
        self.skipped_rows: list[Any] = []  # the OFFSET parameters seen
        self._open: dict[int, list[str]] = {}
        event.listen(engine, "begin", self._begin)
        event.listen(engine, "before_cursor_execute", self._statement)

    def _begin(self, conn: Any) -> None:
        self._open[id(conn)] = []
        self.transactions.append(self._open[id(conn)])

    def _statement(self, conn: Any, _cursor: Any, statement: str, parameters: Any,
                   *_args: Any) -> None:
        if statement.rstrip().upper().endswith("OFFSET ?"):  # SQLite's rendering of LIMIT
            self.skipped_rows.append(parameters[-1])
        elif "OFFSET" in statement.upper():
            self.skipped_rows.append(statement)
        current = self._open.get(id(conn))
        if current is not None:
            current.append(" ".join(statement.split()))


def test_the_dossier_list_pages_by_keyset_without_offset_or_count(world: World) -> None:
    codes = _received(world, 7)
    seen = Statements(world.engine)
    pages, after = [], None
    while True:
        query = "limit=3" + (f"&after={after}" if after else "")
        page = world.client.get(f"/api/v1/dossiers?{query}", headers=world.a.headers()).json()
        pages.append([d["code"] for d in page["dossiers"]])
        after = page["next_after"]
        if after is None:
            break
    assert [len(p) for p in pages] == [3, 3, 1]
    assert sum(pages, []) == sorted(codes, reverse=True)  # newest code first, none twice
    statements = [s.upper() for t in seen.transactions for s in t]
    assert not [s for s in statements if "COUNT(" in s]
    assert set(seen.skipped_rows) <= {0}  # no row is ever read to be skipped


def test_reading_a_dossier_is_audited_outside_the_read_transaction(world: World) -> None:
    code = _received(world, 1)[0]
    seen = Statements(world.engine)
    for path in (f"/api/v1/dossiers/{code}", "/api/v1/dossiers?q=nguyen"):
        assert world.client.get(path, headers=world.a.headers()).status_code == 200
    reads = [t for t in seen.transactions if any("FROM DOSSIERS" in s.upper() for s in t)]
    assert len(reads) == 2
    assert not [t for t in reads if any("INSERT INTO AUDIT_LOG" in s.upper() for s in t)]
    with world.engine.connect() as conn:
        actions = list(conn.execute(select(AuditRow.action, AuditRow.target)
                                    .where(AuditRow.action.startswith("dossier."))))
    assert [tuple(a) for a in actions] == [("dossier.read", code), ("dossier.search", "nguyen")]


def test_gzip_bodies_are_inflated_off_the_event_loop(world: World,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    on_loop: list[bool] = []
    feed = body._Gunzip.feed

    def watched(self: body._Gunzip, data: bytes) -> bytes:
        try:
            asyncio.get_running_loop()
            on_loop.append(True)
        except RuntimeError:
            on_loop.append(False)
        return feed(self, data)

    monkeypatch.setattr(body._Gunzip, "feed", watched)
    code = world.a.next_code(vn(2025, 11, 17))
    payload = json.dumps({"events": [world.a.received(code, vn(2025, 11, 17, 9),
                                                      vn(2025, 11, 20, 17))]}).encode()
    response = world.client.post("/api/v1/events", content=gzip.compress(payload), headers={
        **world.a.headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert response.status_code == 200 and response.json()["results"][0]["status"] == "applied"
    assert on_loop and not any(on_loop)


def _row_is_free(world: World, sha: str) -> bool:
    """Whether another connection could write the file's row right now (no wait)."""
    url = make_url(str(world.engine.url))
    if url.get_backend_name() == "sqlite":
        other = sqlite3.connect(url.database or "", timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            other.close()
    with world.engine.connect() as conn:
        try:
            conn.execute(text("SELECT 1 FROM files WHERE sha256 = :s FOR UPDATE NOWAIT"),
                         {"s": sha})
            return True
        except Exception:
            return False
        finally:
            conn.rollback()


def test_a_file_is_hashed_with_no_transaction_open(world: World,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data = os.urandom(200_000)
    sha = hashlib.sha256(data).hexdigest()
    free: list[bool] = []
    hash_of = files._sha256_of

    def watched(path: Path) -> str:
        free.append(_row_is_free(world, sha))
        return hash_of(path)

    monkeypatch.setattr(files, "_sha256_of", watched)
    for start, end in ((0, 100_000), (100_000, len(data))):  # the row exists when it is hashed
        response = world.client.patch(FILES.format(sha), content=data[start:end], headers={
            **world.a.headers(), "Upload-Offset": str(start), "Upload-Length": str(len(data))})
        assert response.status_code == 204 and response.headers["Upload-Offset"] == str(end)
    assert free == [True]
    assert world.client.get(FILES.format(sha), headers=world.a.headers()).content == data


def test_a_file_whole_but_unchecked_is_checked_on_the_next_patch(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker stopped between storing the last chunk and checking the file: the counter's
    next PATCH at the full offset checks it (the upload neither hangs nor starts again)."""
    data = os.urandom(50_000)
    sha = hashlib.sha256(data).hexdigest()

    def crash(_path: Path) -> str:
        raise OSError("worker stopped")

    monkeypatch.setattr(files, "_sha256_of", crash)
    with pytest.raises(OSError):
        world.client.patch(FILES.format(sha), content=data, headers={
            **world.a.headers(), "Upload-Offset": "0", "Upload-Length": str(len(data))})
    monkeypatch.undo()
    head = world.client.head(FILES.format(sha), headers=world.a.headers())
    assert head.headers["Upload-Offset"] == str(len(data))
    again = world.client.patch(FILES.format(sha), content=b"", headers={
        **world.a.headers(), "Upload-Offset": str(len(data)), "Upload-Length": str(len(data))})
    assert again.status_code == 204
    assert world.client.get(FILES.format(sha), headers=world.a.headers()).content == data


@pytest.fixture
def capped(db_url: str, tmp_path: Path, clock: Clock) -> Iterator[World]:
    """At most 2 uploads in flight per unit."""
    app = create_app(db_url, storage=tmp_path / "files", clock=clock,
                     settings=Settings(uploads_per_unit=2, upload_retry_after_s=7))
    with TestClient(app) as client:
        yield build_world(client, app.state.central.engine, clock)


def test_a_unit_with_its_uploads_in_flight_is_told_to_wait(capped: World) -> None:
    world = capped
    data = os.urandom(10_000)
    sha = hashlib.sha256(data).hexdigest()

    def send(counter: Any) -> Any:
        return world.client.patch(FILES.format(sha), content=data, headers={
            **counter.headers(), "Upload-Offset": "0", "Upload-Length": str(len(data))})

    # Two chunks of unit A are being stored by other workers right now.
    leases = [uploads.acquire(world.engine, world.a.unit, 2, world.clock.now) for _ in range(2)]
    assert None not in leases
    waiting = send(world.a)
    assert waiting.status_code == 429 and waiting.headers["Retry-After"] == "7"
    assert waiting.json()["error"]["code"] == "too_many_uploads"
    assert send(world.b).status_code == 204  # another unit is not held up
    uploads.release(world.engine, leases[0] or 0)
    assert send(world.a).status_code == 204
    with world.engine.connect() as conn:  # every lease given back but the one still held
        assert conn.execute(select(func.count()).select_from(uploads.UploadLease)).scalar() == 1
    # A lease a killed worker never gave back lapses.
    world.clock.advance(minutes=11)
    other = hashlib.sha256(b"x" * 10).hexdigest()
    uploads.acquire(world.engine, world.a.unit, 2, world.clock.now)
    lapsed = world.client.patch(FILES.format(other), content=b"x" * 10, headers={
        **world.a.headers(), "Upload-Offset": "0", "Upload-Length": "10"})
    assert lapsed.status_code == 204


def test_reads_arriving_during_a_flush_are_committed_together(world: World) -> None:
    """Group commit: while one read's audit row is being written, the rows of the reads that
    arrive meanwhile wait and then go out in one transaction; each read returns only once its
    row is committed."""
    batch = AuditBatch(world.engine)
    writing = threading.Event()
    release = threading.Event()
    sizes: list[int] = []
    write = batch._write

    def slow_first(rows: list[dict[str, Any]]) -> None:
        sizes.append(len(rows))
        if len(sizes) == 1:
            writing.set()
            release.wait(30)
        write(rows)

    batch._write = slow_first  # type: ignore[method-assign]

    def read(n: int) -> None:
        batch.record(audit.row(at=world.clock.now, actor=f"clerk{n}", role="clerk",
                               unit_code=world.a.unit, action="dossier.read", target=str(n)))

    first = threading.Thread(target=read, args=(0,))
    first.start()
    assert writing.wait(30)
    others = [threading.Thread(target=read, args=(n,)) for n in range(1, 6)]
    for thread in others:
        thread.start()
    with batch._cond:  # every later read is queued behind the flush in progress
        assert batch._cond.wait_for(lambda: len(batch._pending) == 5, 30)
    release.set()
    for thread in [first, *others]:
        thread.join(30)
    assert sizes == [1, 5]
    with world.engine.connect() as conn:
        targets = set(conn.execute(select(AuditRow.target)
                                   .where(AuditRow.action == "dossier.read")).scalars())
    assert targets == {str(n) for n in range(6)}
