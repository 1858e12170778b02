"""A loopback TCP proxy that injects network faults between an HTTP client and a server.

``FaultProxy(upstream_host, upstream_port)`` listens on 127.0.0.1 (an asyncio server in a
background thread) and forwards bytes both ways; keep-alive connections work because it
only *frames* HTTP/1.1 messages (:mod:`tests.faults.httpscan`) and never rewrites them.
Non-HTTP bytes are passed through raw (no faults apply to them).

Faults (all changeable at run time from any thread; each rule fires on the next ``next_n``
occasions, else with probability ``p``, drawn from the proxy's ``random.Random(seed)``):

``reset`` (per new connection) — the client connection is closed with SO_LINGER 0, i.e. a
    TCP RST.  ``when="accept"``: at once; ``"before"``: once the first request's head has
    arrived, nothing forwarded; ``"after"``: once the first request has been forwarded
    entirely (the server may well apply it; the proxy does not wait for its answer).
``response_dropped`` (per request) — the request goes to the server in full, the proxy
    reads the server's complete response, discards it and resets the client: the server
    committed, the client never learns it.
``body_cut_up`` / ``body_cut_down`` (per message with a body longer than N) — only the
    first N body bytes (as on the wire, chunk framing included) of a request (up) or
    response (down) are forwarded, then both connections are closed (FIN).  A chunked or
    close-delimited body that ends before N bytes passes intact, and the connection is
    closed after it.
``unavailable`` (per request) — the request is read but not forwarded; the client gets
    ``503 Service Unavailable`` with ``{"error": {"code": "unavailable", ...}}``,
    Content-Length and ``Connection: close``.
link profile — per-direction one-way latency and bandwidth.  Each direction is a delivery
    queue: a chunk that arrives at t is sent on the link from max(t, link free), takes
    8·len/bps seconds (a token bucket without burst), and is delivered ``latency`` later,
    order preserved.  Throughput is therefore bps, not chunks/latency; a round trip gains
    twice the one-way latency.  ``TWO_G``: 250 kbit/s down, 50 kbit/s up, 300 ms one way.
    At most ~256 KB wait in the proxy per direction before it stops reading (backpressure).

Determinism: each accepted connection takes a 64-bit sub-seed from ``random.Random(seed)``
in accept order and draws its decisions from that, in a fixed order (connection: reset;
request head: unavailable, response_dropped, body_cut_up; response head: body_cut_down).
Sequential traffic therefore replays exactly for a given seed; the seed is printed on
``start()`` and kept in ``proxy.seed``.  ``fault_events()`` lists what was injected.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import random
import socket
import struct
import sys
import threading
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any

from tests.faults.httpscan import Head, Scanner

CHUNK = 64 * 1024
QUEUE_LIMIT = 256 * 1024
KINDS = ("reset", "response_dropped", "body_cut_up", "body_cut_down", "unavailable")
_STOP = object()


@dataclass(frozen=True)
class LinkProfile:
    """Bandwidth in bits/s per direction (None: unlimited); one-way latency in seconds."""

    down_bps: float | None = None  # upstream -> client
    up_bps: float | None = None  # client -> upstream
    latency_s: float = 0.0  # each direction, unless overridden below
    down_latency_s: float | None = None
    up_latency_s: float | None = None

    def direction(self, d: str) -> tuple[float | None, float]:
        bps, lat = (self.up_bps, self.up_latency_s) if d == "up" else (self.down_bps,
                                                                        self.down_latency_s)
        return bps, self.latency_s if lat is None else lat


TWO_G = LinkProfile(down_bps=250_000, up_bps=50_000, latency_s=0.300)


@dataclass
class Rule:
    p: float = 0.0
    next_n: int = 0
    arg: Any = None  # reset: when; body cuts: N bytes; unavailable: Retry-After or True


@dataclass(frozen=True)
class FaultEvent:
    kind: str
    connection: int  # 1-based, accept order
    request: int  # 1-based within the connection; 0 for a reset at accept


@dataclass
class ProxyStats:
    connections: int = 0
    requests: int = 0  # request heads seen (including those answered 503)
    bytes_up: int = 0  # delivered to the upstream
    bytes_down: int = 0  # delivered to clients (including injected 503s)
    faults: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))


def _close(writer: asyncio.StreamWriter, mode: str) -> None:
    """"fin": flush and close; "rst": SO_LINGER 0 and abort, so the peer gets a reset.
    A side already closing is left alone (a reset would throw away what it still sends)."""
    if writer.transport.is_closing():
        return
    if mode == "fin":
        return writer.close()
    with contextlib.suppress(OSError, AttributeError):
        writer.get_extra_info("socket").setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class _Link:
    """One direction of one connection: the delivery queue of the link profile."""

    def __init__(self, conn: _Conn, direction: str, writer: asyncio.StreamWriter) -> None:
        self.conn, self.direction, self.writer = conn, direction, writer
        self.queue: deque[tuple[float, str, Any]] = deque()
        self.wakeup, self.space = asyncio.Event(), asyncio.Event()
        self.queued = 0
        self.free_at = self.last_due = 0.0

    def _put(self, due: float, kind: str, payload: Any) -> None:
        self.last_due = max(due, self.last_due)  # never overtake: order is preserved
        self.queue.append((self.last_due, kind, payload))
        self.wakeup.set()

    async def send(self, data: bytes) -> None:
        while self.queued > QUEUE_LIMIT:
            self.space.clear()
            await self.space.wait()
        bps, latency = self.conn.proxy.profile.direction(self.direction)
        now = asyncio.get_running_loop().time()
        step = max(256, int(bps / 8 / 50)) if bps else max(1, len(data))  # ~20 ms pieces
        for off in range(0, len(data), step):
            piece = data[off:off + step]
            if bps:
                self.free_at = max(now, self.free_at) + len(piece) * 8 / bps
            self._put((self.free_at if bps else now) + latency, "data", piece)
            self.queued += len(piece)

    def _control(self, kind: str, payload: Any = None) -> None:
        latency = self.conn.proxy.profile.direction(self.direction)[1]
        self._put(asyncio.get_running_loop().time() + latency, kind, payload)

    def eof(self) -> None:
        self._control("eof")

    def close(self, mode: str, other: str) -> None:
        """After what is queued: close this side with ``mode``, the other side with ``other``."""
        self._control("close", (mode, other))

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:  # until EOF, a fault, an error or stop()
                while not self.queue:
                    self.wakeup.clear()
                    await self.wakeup.wait()
                due, kind, payload = self.queue.popleft()
                if (delay := due - loop.time()) > 0:
                    await asyncio.sleep(delay)
                if kind == "data":
                    self.writer.write(payload)
                    await self.writer.drain()
                    self.queued -= len(payload)
                    self.space.set()
                    self.conn.proxy._count(f"bytes_{self.direction}", len(payload))
                    continue
                if kind == "eof":
                    if self.writer.can_write_eof() and not self.writer.transport.is_closing():
                        self.writer.write_eof()
                else:
                    _close(self.writer, payload[0])
                    self.conn.terminate(payload[1])
                return
        except (ConnectionError, OSError):
            self.conn.terminate("rst")


class _Conn:
    """One client connection and its upstream connection: two pumps feeding two links."""

    def __init__(self, proxy: FaultProxy, cid: int, reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
        self.proxy, self.id, self.rng = proxy, cid, random.Random(proxy._draw_subseed())
        self.creader, self.cwriter, self.writers = reader, writer, [writer]
        self.tasks: list[asyncio.Task[None]] = []
        self.main = asyncio.current_task()
        self.done = asyncio.Event()
        self.req_scan, self.resp_scan = Scanner(True), Scanner(False)
        self.reset_when: str | None = None
        self.req_no = 0
        self.pending: deque[tuple[bool, int]] = deque()  # (drop the response?, request no.)
        self.swallow: tuple[Head, Any] | None = None  # a request to answer with 503
        self.drop = False
        self.cut_up: int | None = None
        self.cut_down: int | None = None

    def terminate(self, mode: str = "rst") -> None:
        """Close every side not yet closed with ``mode`` and stop the tasks."""
        if not self.done.is_set():
            self.done.set()
            for w in self.writers:
                _close(w, mode)
            for t in self.tasks:
                if t is not asyncio.current_task():
                    t.cancel()

    def _fire(self, kind: str, req: int, eligible: Any = None) -> Any:
        """The rule's argument if ``kind`` fires now (and records it), else None."""
        arg = self.proxy._decide(kind, self.rng, eligible)
        if arg is not None:
            self.proxy._record(FaultEvent(kind, self.id, req))
        return arg

    async def run(self) -> None:
        proxy = self.proxy
        self.reset_when = proxy._decide("reset", self.rng)
        if self.reset_when == "accept":
            proxy._record(FaultEvent("reset", self.id, 0))
            return _close(self.cwriter, "rst")
        try:
            ureader, uwriter = await asyncio.wait_for(
                asyncio.open_connection(proxy.upstream_host, proxy.upstream_port), 10)
        except (OSError, asyncio.TimeoutError):
            return _close(self.cwriter, "rst")
        self.writers.append(uwriter)
        if self.done.is_set():  # the proxy stopped meanwhile
            return _close(uwriter, "rst")
        self.up, self.down = _Link(self, "up", uwriter), _Link(self, "down", self.cwriter)
        self.tasks = [asyncio.create_task(c) for c in (
            self.up.run(), self.down.run(),
            self._pump(self.creader, self.req_scan, self._on_request, self.up),
            self._pump(ureader, self.resp_scan, self._on_response, self.down))]
        everything: asyncio.Future[Any] = asyncio.gather(*self.tasks, return_exceptions=True)
        stopped = asyncio.create_task(self.done.wait())
        try:
            await asyncio.wait([everything, stopped], return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.terminate("fin")  # a no-op after a fault; a normal close otherwise
            stopped.cancel()
            await asyncio.gather(everything, stopped, return_exceptions=True)

    async def _pump(self, reader: asyncio.StreamReader, scanner: Scanner, handle: Any,
                    link: _Link) -> None:
        try:
            while True:  # until EOF, a fault, an error or stop()
                data = await reader.read(CHUNK)
                for kind, payload in scanner.feed(data) if data else scanner.eof():
                    if await handle(kind, payload) is _STOP:
                        return
                if not data:
                    return link.eof()
        except (ConnectionError, OSError):
            self.terminate("rst")

    async def _on_request(self, kind: str, payload: Any) -> object:
        if kind == "raw":
            await self.up.send(payload)
            return None
        if kind == "head":
            raw, head = payload
            self.req_no += 1
            self.proxy._count("requests", 1)
            if self.reset_when == "before" and self.req_no == 1:
                self.proxy._record(FaultEvent("reset", self.id, 1))
                self.down.close("rst", "fin")
                return _STOP
            if (retry_after := self._fire("unavailable", self.req_no)) is not None:
                self.swallow = (head, retry_after)  # read the request, then answer 503
                return await self._answer_503() if head.expects_continue else None
            drop = self._fire("response_dropped", self.req_no) is not None
            self.cut_up = self._fire("body_cut_up", self.req_no, head.body_longer_than)
            self.pending.append((drop, self.req_no))
            self.resp_scan.expect(head.method)
            await self.up.send(raw)
            return None
        if self.swallow:
            return await self._answer_503() if kind == "end" else None
        if kind == "body":
            return await self._forward_cut(self.up, payload, "cut_up")
        if self.cut_up is not None:  # the body ended before N bytes: close all the same
            self.up.close("fin", "fin")
            return _STOP
        if self.reset_when == "after" and self.req_no == 1:
            self.proxy._record(FaultEvent("reset", self.id, 1))
            self.up.close("fin", "rst")
            return _STOP
        return None

    async def _on_response(self, kind: str, payload: Any) -> object:
        if kind == "raw":
            await self.down.send(payload)
            return None
        if kind == "head":
            raw, head = payload
            if head.interim:
                if head.status == 101:
                    self.req_scan.go_raw()
                await self.down.send(raw)
                return None
            self.drop, req = self.pending.popleft() if self.pending else (False, 0)
            if not self.drop:
                self.cut_down = self._fire("body_cut_down", req, head.body_longer_than)
                await self.down.send(raw)
            return None
        if kind == "body":
            return None if self.drop else await self._forward_cut(self.down, payload, "cut_down")
        if self.drop:  # the whole response has been read and thrown away
            self.down.close("rst", "fin")
            return _STOP
        if self.cut_down is not None:
            self.down.close("fin", "fin")
            return _STOP
        return None

    async def _forward_cut(self, link: _Link, data: bytes, attr: str) -> object:
        left = getattr(self, attr)
        if left is None or len(data) < left:
            if left is not None:
                setattr(self, attr, left - len(data))
            await link.send(data)
            return None
        await link.send(data[:left])
        link.close("fin", "fin")
        return _STOP

    async def _answer_503(self) -> object:
        assert self.swallow is not None
        head, retry_after = self.swallow
        body = "" if head.method == "HEAD" else json.dumps({"error": {
            "code": "unavailable", "message": "service unavailable (injected by FaultProxy)"}})
        extra = "" if retry_after is True else f"Retry-After: {retry_after}\r\n"
        await self.down.send((f"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json"
                              f"\r\nContent-Length: {len(body)}\r\nConnection: close\r\n{extra}"
                              f"\r\n{body}").encode())
        self.down.close("fin", "fin")
        return _STOP


class FaultProxy:
    """See the module docstring.  ``start()`` returns the port; ``stop()``; a context manager."""

    def __init__(self, upstream_host: str, upstream_port: int, listen_host: str = "127.0.0.1",
                 listen_port: int = 0, *, seed: int | None = None,
                 profile: LinkProfile | None = None) -> None:
        self.upstream_host, self.upstream_port = upstream_host, upstream_port
        self.listen_host, self.listen_port = listen_host, listen_port
        self.seed = random.SystemRandom().randrange(2**32) if seed is None else seed
        self.profile = profile or LinkProfile()
        self.port = 0
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()
        self._rules = {k: Rule() for k in KINDS}
        self._stats = ProxyStats()
        self._events: list[FaultEvent] = []
        self._conns: set[_Conn] = set()
        self._next_cid = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop
        self._stopping: asyncio.Event

    @property
    def url(self) -> str:
        return f"http://{self.listen_host}:{self.port}"

    def start(self) -> int:
        """Start serving (idempotent); returns the bound port."""
        if self._thread is None:
            ready: concurrent.futures.Future[int] = concurrent.futures.Future()
            self._thread = threading.Thread(target=asyncio.run, args=(self._main(ready),),
                                            daemon=True, name=f"FaultProxy:{self.upstream_port}")
            self._thread.start()
            try:
                self.port = ready.result(timeout=10)
            except BaseException:
                self._thread.join(timeout=10)
                self._thread = None
                raise
            print(f"FaultProxy {self.url} -> {self.upstream_host}:{self.upstream_port} "
                  f"seed={self.seed}", file=sys.stderr)
        return self.port

    async def _main(self, ready: concurrent.futures.Future[int]) -> None:
        self._loop, self._stopping = asyncio.get_running_loop(), asyncio.Event()
        try:
            server = await asyncio.start_server(self._accept, self.listen_host, self.listen_port)
        except OSError as exc:
            return ready.set_exception(exc)
        ready.set_result(server.sockets[0].getsockname()[1])
        await self._stopping.wait()
        server.close()
        conns = list(self._conns)
        for c in conns:
            c.terminate("rst")
        if mains := [c.main for c in conns if c.main is not None]:
            await asyncio.wait(mains, timeout=5)  # asyncio.run cancels any left

    def stop(self) -> None:
        """Reset every open connection and stop the server thread (idempotent)."""
        if self._thread is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
            self._thread.join(timeout=10)
            self._thread = None

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with self._lock:
            self._stats.connections += 1
            self._next_cid += 1
            cid = self._next_cid
        conn = _Conn(self, cid, reader, writer)
        self._conns.add(conn)
        try:
            await conn.run()
        finally:
            self._conns.discard(conn)

    # ------------------------------------------------------------------- faults
    def _set(self, kind: str, p: float, next_n: int, arg: Any = True) -> None:
        if not 0.0 <= p <= 1.0 or next_n < 0:
            raise ValueError("need 0 <= p <= 1 and next_n >= 0")
        with self._lock:
            self._rules[kind] = Rule(p, next_n, arg)

    def set_reset(self, p: float = 0.0, next_n: int = 0, when: str = "accept") -> None:
        if when not in ("accept", "before", "after"):
            raise ValueError("when must be 'accept', 'before' or 'after'")
        self._set("reset", p, next_n, when)

    def set_drop_response(self, p: float = 0.0, next_n: int = 0) -> None:
        self._set("response_dropped", p, next_n)

    def set_body_cut(self, direction: str, after_bytes: int, next_n: int = 1,
                     p: float = 0.0) -> None:
        if direction not in ("up", "down") or after_bytes < 0:
            raise ValueError("direction is 'up' or 'down'; after_bytes >= 0")
        self._set(f"body_cut_{direction}", p, next_n, after_bytes)

    def set_unavailable(self, next_n: int = 0, p: float = 0.0,
                        retry_after: int | None = None) -> None:
        self._set("unavailable", p, next_n, True if retry_after is None else retry_after)

    def set_link(self, profile: LinkProfile | None) -> None:
        self.profile = profile or LinkProfile()  # immutable: swapping it is atomic

    def clear_faults(self) -> None:
        with self._lock:
            self._rules = {k: Rule() for k in KINDS}

    def _draw_subseed(self) -> int:
        with self._lock:
            return self._rng.getrandbits(64)

    def _decide(self, kind: str, rng: random.Random, eligible: Any = None) -> Any:
        """Whether the rule fires for this occasion: its arg, or None (``eligible(arg)``
        false: the occasion does not count and draws nothing)."""
        with self._lock:
            rule = self._rules[kind]
            if eligible is not None and not ((rule.next_n or rule.p) and eligible(rule.arg)):
                return None
            if rule.next_n > 0:
                rule.next_n -= 1
                return rule.arg
            return rule.arg if rule.p > 0.0 and rng.random() < rule.p else None

    # ----------------------------------------------------------------- counters
    def _count(self, name: str, n: int) -> None:
        with self._lock:
            setattr(self._stats, name, getattr(self._stats, name) + n)

    def _record(self, event: FaultEvent) -> None:
        with self._lock:
            self._events.append(event)
            self._stats.faults[event.kind] += 1

    def stats(self) -> ProxyStats:
        """A snapshot of the counters."""
        with self._lock:
            return replace(self._stats, faults=dict(self._stats.faults))

    def fault_events(self) -> list[FaultEvent]:
        """Every fault injected so far, in order."""
        with self._lock:
            return list(self._events)

    def reset_stats(self) -> None:
        with self._lock:
            self._stats, self._events = ProxyStats(), []
