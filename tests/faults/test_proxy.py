"""The fault proxy against a tiny recording HTTP server, driven by ``requests``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
import requests

from tests.faults.conftest import RecordingUpstream
from tests.faults.httpscan import Scanner
from tests.faults.proxy import TWO_G, FaultEvent, FaultProxy, LinkProfile

TIMEOUT = 10


def test_scanner_frames_keep_alive_and_chunked_messages() -> None:
    sc = Scanner(is_request=True)
    wire = (b"POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
            b"POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nxyz\r\n0\r\nT: 1\r\n\r\n"
            b"GET /c HTTP/1.1\r\n\r\n")
    events = [e for i in range(len(wire)) for e in sc.feed(wire[i:i + 1])]  # byte by byte
    kinds = [k for k, _ in events if k != "body"]
    assert kinds == ["head", "end", "head", "end", "head", "end"]
    assert b"".join(p for k, p in events if k == "body") == b"abc3\r\nxyz\r\n0\r\nT: 1\r\n\r\n"
    resp = Scanner(is_request=False)
    resp.expect("HEAD")
    resp.expect("GET")
    out = resp.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n"
                    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\nuntil-eof") + resp.eof()
    assert [k for k, _ in out] == ["head", "end", "head", "head", "body", "end"]
    assert Scanner(True).feed(b"\x16\x03 not http\r\n\r\n")[0][0] == "raw"


def test_forwarding_keep_alive(proxy: FaultProxy, upstream: RecordingUpstream,
                               session: requests.Session) -> None:
    for i in range(3):
        r = session.post(f"{proxy.url}/items/{i}", json={"n": i}, timeout=TIMEOUT)
        assert r.status_code == 200 and r.json()["ok"]
        assert session.get(f"{proxy.url}/ping", timeout=TIMEOUT).json() == {"ok": True,
                                                                             "path": "/ping"}
    assert session.get(f"{proxy.url}/big?n=200000", timeout=TIMEOUT).content == b"x" * 200_000
    assert [p.body for p in upstream.posts] == [b'{"n": %d}' % i for i in range(3)]
    assert len(set(upstream.peers)) == 1  # one upstream connection carried all 7 requests
    stats = proxy.stats()
    assert (stats.connections, stats.requests) == (1, 7)
    assert stats.bytes_down > 200_000 and stats.bytes_up > 3 * len(b'{"n": 0}')
    assert sum(stats.faults.values()) == 0


@pytest.mark.parametrize("when", ["accept", "before", "after"])
def test_reset(proxy: FaultProxy, upstream: RecordingUpstream, session: requests.Session,
               when: str) -> None:
    proxy.set_reset(next_n=1, when=when)
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/items", json={"x": 1}, timeout=TIMEOUT)
    if when == "after":  # the whole request reached the server before the reset
        assert [p.body for p in upstream.wait_posts(1)] == [b'{"x": 1}']
    else:
        assert upstream.posts == []
    assert session.post(f"{proxy.url}/items", json={"x": 2}, timeout=TIMEOUT).status_code == 200
    assert proxy.stats().faults["reset"] == 1
    assert proxy.fault_events() == [FaultEvent("reset", 1, 0 if when == "accept" else 1)]


@pytest.mark.parametrize("chunked", [False, True])
def test_response_dropped_after_commit(proxy: FaultProxy, upstream: RecordingUpstream,
                                       session: requests.Session, chunked: bool) -> None:
    assert session.get(f"{proxy.url}/warm", timeout=TIMEOUT).status_code == 200
    proxy.set_drop_response(next_n=1)
    payload = b'{"sale": 42}'
    data: object = iter([payload[:5], payload[5:]]) if chunked else payload
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/sales", data=data, timeout=TIMEOUT)
    posts = upstream.wait_posts(1)
    assert [(p.body, p.complete) for p in posts] == [(payload, True)]  # the server committed
    assert session.post(f"{proxy.url}/sales", data=payload, timeout=TIMEOUT).json()["received"] == 12
    assert proxy.fault_events() == [FaultEvent("response_dropped", 1, 2)]


def test_body_cut_upstream(proxy: FaultProxy, upstream: RecordingUpstream,
                           session: requests.Session) -> None:
    proxy.set_body_cut("up", 1000)
    with pytest.raises(requests.RequestException):
        session.post(f"{proxy.url}/upload", data=b"u" * 20_000, timeout=TIMEOUT)
    [post] = upstream.wait_posts(1)
    assert (post.body, post.complete) == (b"u" * 1000, False)
    assert session.post(f"{proxy.url}/upload", data=b"ok", timeout=TIMEOUT).status_code == 200
    assert proxy.stats().faults["body_cut_up"] == 1


def test_body_cut_downstream(proxy: FaultProxy, session: requests.Session) -> None:
    proxy.set_body_cut("down", 5000)
    assert session.get(f"{proxy.url}/big?n=4000", timeout=TIMEOUT).status_code == 200  # short
    with pytest.raises(requests.RequestException):  # ChunkedEncodingError (IncompleteRead)
        session.get(f"{proxy.url}/big?n=50000", timeout=TIMEOUT)
    assert len(session.get(f"{proxy.url}/big?n=50000", timeout=TIMEOUT).content) == 50_000
    assert proxy.stats().faults["body_cut_down"] == 1


def test_503_burst(proxy: FaultProxy, upstream: RecordingUpstream,
                   session: requests.Session) -> None:
    proxy.set_unavailable(next_n=3)
    replies = [session.post(f"{proxy.url}/items", json={"i": i}, timeout=TIMEOUT)
               for i in range(5)]
    assert [r.status_code for r in replies] == [503, 503, 503, 200, 200]
    assert replies[0].json()["error"]["code"] == "unavailable"
    assert replies[0].headers["Connection"] == "close"
    assert [p.body for p in upstream.posts] == [b'{"i": 3}', b'{"i": 4}']
    stats = proxy.stats()
    assert (stats.faults["unavailable"], stats.requests) == (3, 5)


def _outcomes(proxy: FaultProxy, session: requests.Session, n: int) -> list[str]:
    out = []
    for i in range(n):
        try:
            r = session.post(f"{proxy.url}/items", json={"i": i}, timeout=TIMEOUT)
            out.append(str(r.status_code))
        except requests.ConnectionError:
            out.append("error")
    return out


def test_same_seed_same_fault_sequence(upstream: RecordingUpstream,
                                       make_proxy: Callable[..., FaultProxy]) -> None:
    runs = []
    for seed in (1234, 1234, 99):
        proxy = make_proxy(upstream.port, seed=seed)
        proxy.set_unavailable(p=0.3)
        proxy.set_drop_response(p=0.2)
        proxy.set_reset(p=0.2, when="before")
        with requests.Session() as s:
            s.trust_env = False
            outcomes = _outcomes(proxy, s, 25)
        runs.append((outcomes, [(e.kind, e.connection, e.request) for e in proxy.fault_events()]))
        proxy.stop()
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    outcomes = runs[0][0]
    assert {"503", "error", "200"} <= set(outcomes)
    kinds = {k for k, _, _ in runs[0][1]}
    assert kinds == {"unavailable", "response_dropped", "reset"}


@pytest.fixture
def warm(proxy: FaultProxy, session: requests.Session) -> Iterator[requests.Session]:
    """The session with its connection through the proxy already open."""
    assert session.get(f"{proxy.url}/warm", timeout=TIMEOUT).status_code == 200
    yield session


def test_latency_adds_to_round_trip(proxy: FaultProxy, warm: requests.Session) -> None:
    def round_trip() -> float:
        t0 = time.monotonic()
        assert warm.get(f"{proxy.url}/ping", timeout=TIMEOUT).status_code == 200
        return time.monotonic() - t0

    base = min(round_trip() for _ in range(3))
    proxy.set_link(LinkProfile(latency_s=0.100))  # one way: +0.2 s per round trip
    slow = round_trip()
    assert 0.19 <= slow - base <= 0.45
    proxy.set_link(LinkProfile(up_latency_s=0.150))
    assert 0.14 <= round_trip() - base <= 0.40


def test_two_g_download_is_bandwidth_bound(proxy: FaultProxy, warm: requests.Session) -> None:
    proxy.set_link(TWO_G)
    t0 = time.monotonic()
    body = warm.get(f"{proxy.url}/big?n=100000", timeout=TIMEOUT).content
    elapsed = time.monotonic() - t0
    assert len(body) == 100_000
    # 800 kbit at 250 kbit/s = 3.2 s, + 0.6 s of round trip; not latency x pieces
    assert 3.2 <= elapsed <= 6.0, elapsed


def test_two_g_upload_is_bandwidth_bound(proxy: FaultProxy, upstream: RecordingUpstream,
                                         warm: requests.Session) -> None:
    proxy.set_link(LinkProfile(up_bps=50_000))
    t0 = time.monotonic()
    r = warm.post(f"{proxy.url}/upload", data=b"u" * 10_000, timeout=TIMEOUT)
    elapsed = time.monotonic() - t0
    assert r.json()["received"] == 10_000
    assert 1.6 <= elapsed <= 3.5, elapsed  # 80 kbit at 50 kbit/s
