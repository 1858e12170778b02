"""Incremental HTTP/1.1 message framing for the fault proxy (only as much HTTP as it needs).

A :class:`Scanner` is fed the bytes of one direction of a connection as they arrive and
splits them into events without buffering bodies:

* ``("head", (raw_bytes, Head))`` — a complete start line + header block;
* ``("body", bytes)`` — body bytes exactly as on the wire (chunk framing included);
* ``("end", None)`` — the message is complete (never sent for 1xx interim responses);
* ``("raw", bytes)`` — bytes that are not (or no longer) HTTP: forward them untouched.

Body length follows RFC 9112 §6.3: ``Transfer-Encoding: chunked`` (chunk sizes, data,
trailers), else ``Content-Length``, else none for requests and until EOF for responses;
responses to HEAD and 1xx/204/304 responses have no body.  A response scanner must be told
the method of each forwarded request (:meth:`Scanner.expect`).  Anything it cannot parse
(a malformed or oversized head, a bad chunk size) and everything after ``101 Switching
Protocols`` switches the scanner to raw pass-through for the rest of the connection.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

MAX_HEAD = 64 * 1024
MAX_LINE = 4096

# states
HEAD, LENGTH, CHUNK_SIZE, CHUNK_DATA, CHUNK_CRLF, TRAILER, UNTIL_EOF, RAW = range(8)


@dataclass
class Head:
    start_line: str
    headers: dict[str, str] = field(default_factory=dict)  # lower-case name -> value
    method: str = ""  # request method (for a response: the method it answers)
    status: int = 0  # responses only
    body: str = "none"  # "none" | "length" | "chunked" | "eof"
    length: int = 0  # for body == "length"

    @property
    def interim(self) -> bool:
        return 100 <= self.status < 200

    @property
    def expects_continue(self) -> bool:
        return self.headers.get("expect", "").lower() == "100-continue"

    def body_longer_than(self, n: int) -> bool:
        """True if the body may exceed ``n`` bytes (chunked/EOF bodies: unknown, so yes)."""
        return self.body in ("chunked", "eof") or (self.body == "length" and self.length > n)


def parse_head(raw: bytes, is_request: bool, method: str = "GET") -> Head:
    lines = raw.decode("latin-1").split("\r\n")
    head = Head(start_line=lines[0])
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise ValueError(f"bad header line {line!r}")
        key, value = name.strip().lower(), value.strip()
        head.headers[key] = f"{head.headers[key]}, {value}" if key in head.headers else value
    parts = lines[0].split(" ", 2)
    if is_request:
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            raise ValueError(f"bad request line {lines[0]!r}")
        head.method = parts[0]
    else:
        if len(parts) < 2 or not parts[0].startswith("HTTP/"):
            raise ValueError(f"bad status line {lines[0]!r}")
        head.status, head.method = int(parts[1]), method
        if head.interim or head.status in (204, 304) or method == "HEAD":
            return head
    te = head.headers.get("transfer-encoding", "")
    if te and te.lower().split(",")[-1].strip() == "chunked":
        head.body = "chunked"
    elif "content-length" in head.headers:
        head.length = int(head.headers["content-length"].split(",")[0].strip())
        if head.length < 0:
            raise ValueError("negative Content-Length")
        head.body = "length" if head.length else "none"
    elif not is_request:
        head.body = "eof"
    return head


class _Unparseable(Exception):
    def __init__(self, rest: bytes) -> None:
        super().__init__("unparseable HTTP")
        self.rest = rest  # the bytes not yet passed on, to forward raw


class Scanner:
    """Frames one direction of an HTTP/1.1 connection; see the module docstring."""

    def __init__(self, is_request: bool) -> None:
        self.is_request = is_request
        self.state = HEAD
        self.buf = bytearray()  # head being collected, or a chunk-size/trailer line
        self.remaining = 0
        self.methods: deque[str] = deque()  # responses: methods of the requests in flight

    def expect(self, method: str) -> None:
        self.methods.append(method)

    def go_raw(self) -> None:
        self.state = RAW

    def feed(self, data: bytes) -> list[tuple[str, object]]:
        events: list[tuple[str, object]] = []
        try:
            self._feed(bytes(data), events)
        except _Unparseable as bad:  # forward the rest, and all that follows, untouched
            self.state, self.buf = RAW, bytearray()
            if bad.rest:
                events.append(("raw", bad.rest))
        return events

    def eof(self) -> list[tuple[str, object]]:
        if self.state == UNTIL_EOF:
            self.state = HEAD
            return [("end", None)]
        if self.buf and self.state == HEAD:  # an incomplete head: pass it on as it is
            held, self.buf = bytes(self.buf), bytearray()
            return [("raw", held)]
        return []

    def _body(self, events: list[tuple[str, object]], chunk: bytes) -> None:
        if events and events[-1][0] == "body":
            events[-1] = ("body", events[-1][1] + chunk)  # type: ignore[operator]
        else:
            events.append(("body", chunk))

    def _end(self, events: list[tuple[str, object]]) -> None:
        events.append(("end", None))
        self.state = HEAD

    def _feed(self, data: bytes, events: list[tuple[str, object]]) -> None:
        i = 0
        while i < len(data):
            st = self.state
            if st == RAW:
                if self.buf:
                    data, i = bytes(self.buf) + data[i:], 0
                    self.buf = bytearray()
                events.append(("raw", data[i:]))
                return
            if st == HEAD:
                start = max(0, len(self.buf) - 3)
                self.buf += data[i:]
                k = self.buf.find(b"\r\n\r\n", start)
                if k < 0:
                    if len(self.buf) > MAX_HEAD:
                        raise _Unparseable(bytes(self.buf))
                    return
                raw, data, i = bytes(self.buf[: k + 4]), bytes(self.buf[k + 4:]), 0
                self.buf = bytearray()
                try:
                    self._head(raw, events)
                except ValueError:
                    raise _Unparseable(raw + data) from None
            elif st in (LENGTH, CHUNK_DATA, CHUNK_CRLF):
                n = min(self.remaining, len(data) - i)
                self._body(events, data[i:i + n])
                i += n
                self.remaining -= n
                if self.remaining == 0:
                    if st == LENGTH:
                        self._end(events)
                    elif st == CHUNK_DATA:
                        self.state, self.remaining = CHUNK_CRLF, 2
                    else:
                        self.state = CHUNK_SIZE
            elif st == UNTIL_EOF:
                self._body(events, data[i:])
                return
            else:  # CHUNK_SIZE or TRAILER: one line at a time
                j = data.find(b"\n", i)
                end = len(data) if j < 0 else j + 1
                self.buf += data[i:end]
                self._body(events, data[i:end])
                i = end
                if len(self.buf) > MAX_LINE:
                    raise _Unparseable(data[i:])
                if j < 0:
                    return
                line, self.buf = bytes(self.buf).strip(), bytearray()
                if st == TRAILER:
                    if not line:
                        self._end(events)
                    continue
                try:
                    size = int(line.split(b";")[0].strip(), 16)
                except ValueError:
                    raise _Unparseable(data[i:]) from None
                self.state, self.remaining = (CHUNK_DATA, size) if size else (TRAILER, 0)

    def _head(self, raw: bytes, events: list[tuple[str, object]]) -> None:
        if self.is_request:
            head = parse_head(raw, True)
        else:
            method = self.methods[0] if self.methods else "GET"
            head = parse_head(raw, False, method)
            if not head.interim and self.methods:
                self.methods.popleft()
        events.append(("head", (raw, head)))
        if head.interim:
            if head.status == 101:
                self.state = RAW
            return
        if head.body == "none":
            self._end(events)
        elif head.body == "length":
            self.state, self.remaining = LENGTH, head.length
        elif head.body == "chunked":
            self.state = CHUNK_SIZE
        else:
            self.state = UNTIL_EOF
