"""Fixtures of the fault-proxy tests: a tiny recording HTTP/1.1 server on loopback."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.faults.proxy import FaultProxy


@dataclass
class Post:
    path: str
    body: bytes
    complete: bool  # the whole declared body arrived
    peer: tuple[str, int]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    upstream: RecordingUpstream

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the proxy cuts connections on purpose: no tracebacks


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    disable_nagle_algorithm = True  # else Nagle + delayed ACK add ~40 ms per response
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _reply(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _read_body(self) -> tuple[bytes, bool]:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            for _ in range(100_000):
                line = self.rfile.readline(4096)
                if not line:
                    return body, False
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(4096) not in (b"\r\n", b"\n", b""):
                        pass
                    return body, True
                chunk = self.rfile.read(size + 2)[:size]
                body += chunk
                if len(chunk) < size:
                    return body, False
            return body, False
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        return body, len(body) == length

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        self.server.upstream.note(self)
        if url.path == "/big":
            n = int(parse_qs(url.query).get("n", ["100000"])[0])
            self._reply(200, b"x" * n, "application/octet-stream")
        else:
            self._reply(200, json.dumps({"ok": True, "path": url.path}).encode())

    def do_POST(self) -> None:
        body, complete = self._read_body()
        self.server.upstream.record(Post(self.path, body, complete, self.client_address))
        if not complete:
            self.close_connection = True
            return
        self._reply(200, json.dumps({"ok": True, "received": len(body)}).encode())


class RecordingUpstream:
    """ThreadingHTTPServer on 127.0.0.1: records POST bodies and the peers of all requests."""

    def __init__(self) -> None:
        self.posts: list[Post] = []
        self.peers: list[tuple[str, int]] = []
        self._cond = threading.Condition()
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.upstream = self
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    def note(self, handler: BaseHTTPRequestHandler) -> None:
        with self._cond:
            self.peers.append(handler.client_address)
            self._cond.notify_all()

    def record(self, post: Post) -> None:
        with self._cond:
            self.posts.append(post)
            self.peers.append(post.peer)
            self._cond.notify_all()

    def wait_posts(self, n: int, timeout: float = 5.0) -> list[Post]:
        """Wait until at least ``n`` POSTs were recorded; return them all."""
        deadline = time.monotonic() + timeout
        with self._cond:
            self._cond.wait_for(lambda: len(self.posts) >= n, max(0.0, deadline - time.monotonic()))
            return list(self.posts)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def upstream() -> Iterator[RecordingUpstream]:
    up = RecordingUpstream()
    up.start()
    yield up
    up.stop()


@pytest.fixture
def make_proxy() -> Iterator[Callable[..., FaultProxy]]:
    """``make_proxy(port, **kwargs)``: a started FaultProxy, stopped at teardown."""
    made: list[FaultProxy] = []

    def make(port: int, **kwargs: object) -> FaultProxy:
        proxy = FaultProxy("127.0.0.1", port, **kwargs)  # type: ignore[arg-type]
        made.append(proxy)
        proxy.start()
        return proxy

    yield make
    for proxy in made:
        proxy.stop()


@pytest.fixture
def proxy(upstream: RecordingUpstream, make_proxy: Callable[..., FaultProxy]) -> FaultProxy:
    return make_proxy(upstream.port)


@pytest.fixture
def session() -> Iterator[requests.Session]:
    """A requests session that ignores proxy environment variables (loopback only)."""
    s = requests.Session()
    s.trust_env = False
    yield s
    s.close()
