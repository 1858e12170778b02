"""Resumable upload of one scan: ask the service how much it holds, send only the rest, in chunks."""

from __future__ import annotations

import time
from typing import Callable

from counter_app.core.messages import Message, msg
from counter_app.storage.files import FileStore
from counter_app.sync.client import CentralClient
from counter_app.sync.errors import Offline, OffsetConflict, RejectedRequest

MIN_CHUNK = 64 * 1024  # ~10 s on a 2G uplink: a chunk lost to a cut link costs little to resend
MAX_CHUNK = 4 * 1024 * 1024  # a LAN or fibre link: few requests, little overhead
CHUNK_SECONDS = 3.0  # what a chunk should take at the measured throughput (2–5 s)


class ChunkSizer:
    """Chunk size from the measured upload throughput: each chunk takes ~CHUNK_SECONDS.

    Starts at MIN_CHUNK (the link is unknown) and follows a moving average of what each
    chunk measured, bounded MIN_CHUNK–MAX_CHUNK and kept a multiple of MIN_CHUNK. The engine
    keeps one across passes, so a pass starts at the size the last one reached.
    """

    def __init__(self, *, timer: Callable[[], float] = time.monotonic) -> None:
        self.timer = timer
        self.bytes_per_s: float | None = None

    @property
    def size(self) -> int:
        if self.bytes_per_s is None:
            return MIN_CHUNK
        wanted = int(self.bytes_per_s * CHUNK_SECONDS) // MIN_CHUNK * MIN_CHUNK
        return max(MIN_CHUNK, min(MAX_CHUNK, wanted))

    def observe(self, nbytes: int, seconds: float) -> None:
        """One chunk of `nbytes` took `seconds` from request to answer."""
        if nbytes <= 0:
            return
        rate = nbytes / max(seconds, 1e-3)
        self.bytes_per_s = rate if self.bytes_per_s is None else (self.bytes_per_s + rate) / 2

    def cut(self) -> None:
        """A chunk never got its answer (the link dropped or timed out): halve the next one."""
        if self.bytes_per_s is not None:
            self.bytes_per_s /= 2


class FixedChunks(ChunkSizer):
    """One size whatever the link (tests that need a known number of chunks)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self._size = max(1, size)

    @property
    def size(self) -> int:
        return self._size


class LocalFileError(Exception):
    """The file is not on this PC any more, or no longer matches its SHA-256: it cannot be sent."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.msg = message


class UploadRefused(Exception):
    """The service refuses this file for good (too large, another length under way …)."""


def upload(client: CentralClient, files: FileStore, sha256: str, *,
           chunks: ChunkSizer | None = None,
           on_bytes: Callable[[int, int], None] | None = None) -> int:
    """Make the service hold the whole file; returns the bytes sent by this call.

    Starts from the offset the service holds (HEAD), never from zero unless the service
    discarded the file on a SHA-256 mismatch (422). Network failures propagate (Offline …):
    the next call resumes from wherever the service got to.
    """
    sizer = chunks or ChunkSizer()
    path = files.path_for(sha256)
    if not path.is_file():
        raise LocalFileError(msg("sync.file_gone", sha=sha256[:12]))
    size = path.stat().st_size
    held = client.file_offset(sha256)
    if held is not None and held >= size:
        return 0
    if not files.verify(sha256):
        raise LocalFileError(msg("sync.file_damaged", sha=sha256[:12]))

    offset = held or 0
    sent = 0
    restarted = False
    with files.open(sha256) as handle:
        while True:
            handle.seek(offset)
            chunk = handle.read(min(sizer.size, size - offset))
            started = sizer.timer()
            try:
                offset = client.upload_chunk(sha256, offset, size, chunk)
                sizer.observe(len(chunk), sizer.timer() - started)
            except Offline:
                sizer.cut()
                raise
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
