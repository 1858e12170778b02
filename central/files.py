"""Resumable, content-addressed uploads of scans (HEAD / PATCH / GET /files/{sha256}).

State is in the `files` row (held offset, complete) and the bytes in the storage folder:
`<storage>/<unit key>/<sha256>.part` while uploading, `<sha256>` when complete. A PATCH locks
the row (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE serialises every writer) for the
time it appends its chunk, so two workers can never interleave chunks of one file; the whole
file's SHA-256 is computed afterwards, with no transaction open. The part
file is truncated to the row's offset before each append: bytes a crashed writer left past
the committed offset are dropped rather than trusted.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select, update

from central.db import run_in_transaction
from central.errors import ApiError
from central.models import FileRow

MAX_FILE = 2 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class Held:
    offset: int
    length: int
    complete: bool


class FileStore:
    """Paths of one service's storage folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def folder(self, unit_code: str) -> Path:
        # Unit codes contain dots; a hash keeps the folder name safe on any file system.
        return self.root / hashlib.sha256(unit_code.encode()).hexdigest()[:16]

    def final(self, unit_code: str, sha: str) -> Path:
        return self.folder(unit_code) / sha

    def partial(self, unit_code: str, sha: str) -> Path:
        return self.folder(unit_code) / f"{sha}.part"


def held(conn: Connection, unit_code: str, sha: str) -> Held | None:
    row = conn.execute(select(FileRow.offset, FileRow.length, FileRow.complete)
                       .where(FileRow.unit_code == unit_code, FileRow.sha256 == sha)).first()
    return None if row is None else Held(row.offset, row.length, row.complete)


def _conflict(offset: int, length: int) -> ApiError:
    return ApiError(409, "offset_mismatch", f"Máy chủ đang giữ {offset} byte của tệp này.",
                    {"upload_offset": offset},
                    headers={"Upload-Offset": str(offset), "Upload-Length": str(length)})


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def append(engine: Engine, store: FileStore, unit_code: str, sha: str, offset: int,
           length: int, chunk: bytes, now: datetime) -> int:
    """Append `chunk` at `offset`; returns the new offset. 409/400/422 as SYNC-API.md says.

    Two short transactions: the chunk is written under the row's lock; when the file is whole,
    its SHA-256 is computed with no transaction open and no lock held (a 2 GiB file takes
    seconds), then a second transaction marks it complete or discards it. A file whose bytes
    are all held but not yet checked (a worker stopped in between) shows its full length to
    HEAD; the client's PATCH at that offset with no bytes checks it again."""
    if length > MAX_FILE:
        raise ApiError(413, "too_large", "Tệp quá lớn.")
    if offset + len(chunk) > length:
        raise ApiError(400, "past_length", "Phần gửi lên vượt quá Upload-Length.")
    written, started, to_check = run_in_transaction(
        engine, lambda conn: _write(conn, store, unit_code, sha, offset, length, chunk, now))
    if not to_check:
        return written
    intact = _sha256_of(store.partial(unit_code, sha)) == sha  # outside any transaction
    outcome: list[ApiError] = []

    def finish(conn: Connection) -> int:
        outcome.clear()
        row = conn.execute(select(FileRow.offset, FileRow.complete, FileRow.created_at)
                           .where(FileRow.unit_code == unit_code, FileRow.sha256 == sha)
                           .with_for_update()).first()
        if row is None or row.created_at != started:  # discarded (and restarted) meanwhile
            outcome.append(_mismatch())
            return 0
        if row.complete or row.offset != length:
            return int(row.offset)
        if not intact:
            store.partial(unit_code, sha).unlink(missing_ok=True)
            conn.execute(delete(FileRow.__table__)
                         .where(FileRow.unit_code == unit_code, FileRow.sha256 == sha))
            outcome.append(_mismatch())
            return 0
        os.replace(store.partial(unit_code, sha), store.final(unit_code, sha))
        conn.execute(update(FileRow.__table__)
                     .where(FileRow.unit_code == unit_code, FileRow.sha256 == sha)
                     .values(complete=True, completed_at=now))
        return length

    result = run_in_transaction(engine, finish)
    if outcome:
        raise outcome[0]  # committed the discard first, then answer 422
    return result


def _mismatch() -> ApiError:
    return ApiError(422, "checksum_mismatch",
                    "Tệp nhận được không khớp SHA-256; đã hủy, hãy gửi lại từ đầu.",
                    {"upload_offset": 0})


def _write(conn: Connection, store: FileStore, unit_code: str, sha: str, offset: int,
           length: int, chunk: bytes, now: datetime) -> tuple[int, datetime, bool]:
    """Under the row's lock: (offset now held, the upload's start, whether it is whole and
    awaits its checksum)."""
    row = conn.execute(select(FileRow.offset, FileRow.length, FileRow.complete,
                              FileRow.created_at)
                       .where(FileRow.unit_code == unit_code, FileRow.sha256 == sha)
                       .with_for_update()).first()
    if row is None:
        if offset != 0:
            raise _conflict(0, length)
        conn.execute(insert(FileRow.__table__), {
            "unit_code": unit_code, "sha256": sha, "length": length, "offset": 0,
            "complete": False, "created_at": now, "completed_at": None})
        held_offset, held_length, complete, started = 0, length, False, now
    else:
        held_offset, held_length, complete, started = (row.offset, row.length, row.complete,
                                                       row.created_at)
    if held_length != length:
        raise ApiError(409, "length_mismatch",
                       f"Tệp này đang được tải lên với Upload-Length {held_length}.",
                       {"upload_length": held_length},
                       headers={"Upload-Offset": str(held_offset),
                                "Upload-Length": str(held_length)})
    if offset != held_offset:
        raise _conflict(held_offset, held_length)
    if complete:
        return held_offset, started, False  # offset == length and an empty chunk: nothing to do
    if row is not None and offset == length:
        return length, started, True  # whole but not yet checked: check it (again)
    part = store.partial(unit_code, sha)
    part.parent.mkdir(parents=True, exist_ok=True)
    with open(part, "ab+") as handle:
        handle.truncate(offset)
        handle.seek(offset)
        handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    new_offset = offset + len(chunk)
    conn.execute(update(FileRow.__table__)
                 .where(FileRow.unit_code == unit_code, FileRow.sha256 == sha)
                 .values(offset=new_offset))
    return new_offset, started, new_offset == length


def complete_path(conn: Connection, store: FileStore, unit_code: str, sha: str) -> Path | None:
    state = held(conn, unit_code, sha)
    if state is None or not state.complete:
        return None
    path = store.final(unit_code, sha)
    return path if path.exists() else None
