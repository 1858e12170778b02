"""Drive the ASGI app by hand: bodies sent chunk by chunk, a client that goes away, counts."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Exchange:
    """What one request met: how many body chunks the service pulled, and what it answered."""

    status: int | None = None
    body: bytes = b""
    pulled: int = 0
    messages: list[dict[str, Any]] = field(default_factory=list)


def call(app: Any, method: str, path: str, *, headers: dict[str, str] | None = None,
         chunks: list[bytes] | None = None, disconnect_after: int | None = None) -> Exchange:
    """Send `chunks` as the body (more_body between them); after `disconnect_after` chunks the
    client goes away (`http.disconnect`)."""
    parts = list(chunks or [b""])
    out = Exchange()
    raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1"))
                   for k, v in (headers or {}).items()]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
             "root_path": "", "query_string": b"", "headers": raw_headers,
             "client": ("127.0.0.1", 50000), "server": ("testserver", 80)}

    async def receive() -> dict[str, Any]:
        if disconnect_after is not None and out.pulled >= disconnect_after:
            return {"type": "http.disconnect"}
        if out.pulled >= len(parts):
            await asyncio.Event().wait()  # nothing more will come
        out.pulled += 1
        return {"type": "http.request", "body": parts[out.pulled - 1],
                "more_body": out.pulled < len(parts)}

    async def send(message: dict[str, Any]) -> None:
        out.messages.append(message)
        if message["type"] == "http.response.start":
            out.status = message["status"]
        elif message["type"] == "http.response.body":
            out.body += message.get("body", b"")

    asyncio.run(app(scope, receive, send))
    return out
