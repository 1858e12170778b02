"""Resumable upload of one scan: ask the service how much it holds, send only the rest, in chunks."""

from __future__ import annotations

from typing import Callable

from counter_app.storage.files import FileStore
from counter_app.sync.client import CentralClient
from counter_app.sync.errors import OffsetConflict, RejectedRequest

DEFAULT_CHUNK = 1024 * 1024  # 1 MiB: a chunk lost to a cut link costs little to resend


class LocalFileError(Exception):
    """The file is not on this PC any more, or no longer matches its SHA-256: it cannot be sent."""


class UploadRefused(Exception):
    """The service refuses this file for good (too large, another length under way …)."""


def upload(client: CentralClient, files: FileStore, sha256: str, *,
           chunk_size: int = DEFAULT_CHUNK,
           on_bytes: Callable[[int, int], None] | None = None) -> int:
    """Make the service hold the whole file; returns the bytes sent by this call.

    Starts from the offset the service holds (HEAD), never from zero unless the service
    discarded the file on a SHA-256 mismatch (422). Network failures propagate (Offline …):
    the next call resumes from wherever the service got to.
    """
    path = files.path_for(sha256)
    if not path.is_file():
        raise LocalFileError(f"Tệp quét {sha256[:12]}… không còn trong máy.")
    size = path.stat().st_size
    held = client.file_offset(sha256)
    if held is not None and held >= size:
        return 0
    if not files.verify(sha256):
        raise LocalFileError(f"Tệp quét {sha256[:12]}… trong máy đã hỏng (không khớp SHA-256).")
    offset = held or 0
    sent = 0
    restarted = False
    with files.open(sha256) as handle:
        while True:
            handle.seek(offset)
            chunk = handle.read(min(chunk_size, size - offset))
            try:
                offset = client.upload_chunk(sha256, offset, size, chunk)
            except OffsetConflict as conflict:
                sent += len(chunk)  # went over the wire all the same
                # Another attempt (or a reply lost on the way) moved the service on: follow it.
                if (conflict.code == "length_mismatch" or conflict.offset > size
                        or conflict.offset == offset):
                    raise UploadRefused(conflict.message) from conflict
                offset = conflict.offset
            except RejectedRequest as error:
                if error.status == 422 and error.code == "checksum_mismatch" and not restarted:
                    sent += len(chunk)
                    restarted, offset = True, 0  # the service discarded it: once from zero
                    continue
                raise UploadRefused(error.message) from error
            else:
                sent += len(chunk)
            if on_bytes is not None:
                on_bytes(offset, size)
            if offset >= size:
                return sent
