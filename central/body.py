"""Request bodies: one size limit for all, gzip inflated as it arrives, disconnects noted calmly.

Every body, plain or `Content-Encoding: gzip`, is read here before the app sees it, and refused
with 413 as soon as it passes `MAX_BODY` (a declared `Content-Length` above it is refused before
a byte is read; the bytes, or for gzip the inflated bytes, are counted as they arrive, so no
more than the limit is ever held). A gzip stream must be whole: a corrupt or cut-off one is
400 `bad_gzip`, never its prefix. Inflation runs on a worker thread, off the event loop. A
client that goes away while sending (a weak link) is an expected event: logged at INFO
without a traceback, and no answer is attempted.
"""

from __future__ import annotations

import logging
import zlib

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central.errors import send_error

log = logging.getLogger(__name__)

# The default limit (central.settings: limits.max_body_mib) for every request body: a scan
# chunk (SYNC-API: ≤ 32 MiB) or a 500-event batch
# (a few MiB of JSON). For gzip it applies to the inflated bytes (a zip bomb stops there).
MAX_BODY = 32 * 1024 * 1024


class BodyTooLarge(Exception):
    pass


class BadGzip(Exception):
    pass


class _Gunzip:
    """Incremental gzip inflation of one or more members, capped at `limit` output bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.produced = 0
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._in_member = False  # bytes of a member were fed and its end not yet seen

    def feed(self, data: bytes) -> bytes:
        out = bytearray()
        while data:
            self._in_member = True
            try:
                # At most one byte past the limit: enough to know it is too large.
                piece = self._inflater.decompress(data, self.limit - self.produced + 1)
            except zlib.error:
                raise BadGzip() from None
            self.produced += len(piece)
            if self.produced > self.limit:
                raise BodyTooLarge()
            out += piece
            if self._inflater.eof:
                # A member ended; whatever follows must be another whole member (RFC 1952).
                data = self._inflater.unused_data
                self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._in_member = False
            else:
                data = self._inflater.unconsumed_tail
        return bytes(out)

    def finish(self) -> None:
        """The body ended: a member cut short (no trailer yet) is refused, not taken as a prefix."""
        if self._in_member:
            raise BadGzip()


class BodyMiddleware:
    """Read, cap and (for gzip) inflate the request body; hand the app the whole of it."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = list(scope["headers"])
        encoding = next((v for k, v in headers if k == b"content-encoding"), b"").strip().lower()
        if encoding not in (b"", b"identity", b"gzip"):
            await send_error(send, 415, "unsupported_encoding", "Chỉ nhận Content-Encoding gzip.")
            return
        declared = next((v for k, v in headers if k == b"content-length"), b"").strip()
        if declared.isdigit() and int(declared) > self.max_body:
            await _too_large(send, self.max_body)
            return
        gunzip = _Gunzip(self.max_body) if encoding == b"gzip" else None
        parts: list[bytes] = []
        size = 0
        try:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    log.info("client went away while sending %s %s (%d bytes received)",
                             scope["method"], scope["path"], size)
                    return
                chunk = message.get("body", b"")
                if gunzip is not None and chunk:
                    # Inflating is CPU work: on a worker thread, never on the event loop.
                    chunk = await run_in_threadpool(gunzip.feed, chunk)
                size += len(chunk)
                if size > self.max_body:
                    raise BodyTooLarge()
                if chunk:
                    parts.append(chunk)
                if not message.get("more_body", False):
                    break
            if gunzip is not None:
                gunzip.finish()
        except BodyTooLarge:
            await _too_large(send, self.max_body)
            return
        except BadGzip:
            await send_error(send, 400, "bad_gzip", "Nội dung gzip hỏng hoặc không trọn vẹn.")
            return
        body = b"".join(parts)
        if gunzip is not None:
            headers = [(k, v) for k, v in headers if k not in (b"content-encoding", b"content-length")]
            headers.append((b"content-length", str(len(body)).encode()))
            scope = {**scope, "headers": headers}
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()  # after the body: only the disconnect is left to hear
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    await send_error(send, 413, "too_large", f"Nội dung gửi lên vượt quá {limit // (1024 * 1024)} MiB.",
                     {"max_bytes": limit})
