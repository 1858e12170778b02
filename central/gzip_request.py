"""Accept `Content-Encoding: gzip` request bodies (SYNC-API: requests may be gzip-encoded)."""

from __future__ import annotations

import json
import zlib
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_INFLATED = 64 * 1024 * 1024  # a 500-event batch is a few MiB; more is a zip bomb


class GzipRequestMiddleware:
    """Inflate a gzip body before the app sees it; 400 for a corrupt one, 413 if too big."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"]]
        encoding = next((v for k, v in headers if k == b"content-encoding"), b"").strip().lower()
        if encoding in (b"", b"identity"):
            await self.app(scope, receive, send)
            return
        if encoding != b"gzip":
            await _error(send, 415, "unsupported_encoding", "Chỉ nhận Content-Encoding gzip.")
            return
        raw = bytearray()
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if len(raw) > MAX_INFLATED:
                await _error(send, 413, "too_large", "Nội dung quá lớn.")
                return
            if not message.get("more_body", False):
                break
        try:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            body = inflater.decompress(bytes(raw), MAX_INFLATED + 1)
            if len(body) > MAX_INFLATED or inflater.unconsumed_tail:
                await _error(send, 413, "too_large", "Nội dung giải nén quá lớn.")
                return
        except zlib.error:
            await _error(send, 400, "bad_gzip", "Nội dung gzip hỏng.")
            return
        new_headers = [(k, v) for k, v in headers if k not in (b"content-encoding", b"content-length")]
        new_headers.append((b"content-length", str(len(body)).encode()))
        sent = False

        async def inflated() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app({**scope, "headers": new_headers}, inflated, send)


async def _error(send: Send, status: int, code: str, message: str) -> None:
    payload: Any = {"error": {"code": code, "message": message, "details": None}}
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
