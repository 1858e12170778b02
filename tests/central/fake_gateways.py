"""A fake SMS gateway and a fake Zalo ZNS endpoint on loopback: they keep what they received
and answer as told (a queue of replies; success when it is empty)."""

from __future__ import annotations

import json
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeGateway:
    """`kind` "sms": 200 {"id": "sms-N"}; "zalo": 200 {"error": 0, "data": {"msg_id": "zns-N"}}."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.received: list[dict[str, Any]] = []
        self.replies: deque[tuple[int, dict[str, Any]]] = deque()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                gateway.received.append({"path": self.path, "headers": dict(self.headers),
                                         "json": body})
                status, reply = gateway._reply()
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _reply(self) -> tuple[int, dict[str, Any]]:
        if self.replies:
            return self.replies.popleft()
        n = len(self.received)
        if self.kind == "sms":
            return 200, {"id": f"sms-{n}"}
        return 200, {"error": 0, "message": "Success", "data": {"msg_id": f"zns-{n}"}}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/send"

    def __enter__(self) -> FakeGateway:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
