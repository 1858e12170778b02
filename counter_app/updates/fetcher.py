"""Downloads for the updater: resumed after a cut link (HTTP Range) and held under a bandwidth cap.

A commune's link drops for hours and is shared with the clerks' work: an update of tens of MB must
neither start again from zero after every cut nor take the whole line. The bytes already received
for a URL are kept in a `.part` file; the next attempt asks only for the rest (`Range: bytes=n-`)
and hands TUF the whole file, which TUF then checks against the signed length and hashes.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import requests
from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

CHUNK = 64 * 1024


class RateLimiter:
    """At most `bytes_per_s` on average: waits after each chunk as long as the cap requires.

    0 means no cap. The clock and the wait are injected so the arithmetic is tested without waiting.
    """

    def __init__(self, bytes_per_s: int, *, clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], None] = time.sleep) -> None:
        if bytes_per_s < 0:
            raise ValueError("the bandwidth cap cannot be negative")
        self.bytes_per_s = bytes_per_s
        self._clock = clock
        self._wait = wait
        self._start: float | None = None
        self._sent = 0

    def took(self, size: int) -> float:
        """Count `size` bytes just received; wait if they came faster than the cap. Returns the wait."""
        if self.bytes_per_s == 0:
            return 0.0
        now = self._clock()
        if self._start is None:
            self._start = now
        self._sent += size
        # One second's worth may come at once (the first chunk must not wait); after that the
        # average from the start never exceeds the cap.
        due = self._start + max(0, self._sent - self.bytes_per_s) / self.bytes_per_s
        delay = due - now
        if delay > 0:
            self._wait(delay)
            return delay
        return 0.0


class ResumableFetcher(FetcherInterface):
    """TUF's fetcher with resume (a `.part` file per URL in `partial_dir`) and a bandwidth cap."""

    def __init__(self, partial_dir: Path, *, limiter: RateLimiter | None = None,
                 timeout: float = 30.0, session: requests.Session | None = None,
                 resume_from: int = 1024 * 1024,
                 cancel: threading.Event | None = None) -> None:
        self.partial_dir = partial_dir
        self.limiter = limiter or RateLimiter(0)
        self.timeout = timeout
        self.session = session or requests.Session()
        # Small files (the signed metadata) are fetched whole: only big targets are resumed.
        self.resume_from = resume_from
        self.cancel = cancel or threading.Event()  # set: the download stops, its bytes kept
        self.resumed_bytes = 0  # what the last resumed download did not fetch again
        self.fetched_bytes = 0  # what came over the network, all downloads together
        self.fetched_by_url: dict[str, int] = {}
        self._progress: Callable[[int], None] = lambda received: None

    def attach_progress_hook(self, hook: Callable[..., object], bytes_expected: int) -> None:
        """tufup's hook: called with the bytes received so far and those expected."""
        def progress(received: int) -> None:
            hook(bytes_downloaded=received, bytes_expected=bytes_expected)
        self._progress = progress

    def part_path(self, url: str) -> Path:
        return self.partial_dir / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".part")

    def _fetch(self, url: str) -> Iterator[bytes]:
        part = self.part_path(url)
        have = part.stat().st_size if part.exists() else 0
        headers = {"Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
        try:
            response = self.session.get(url, headers=headers, stream=True, timeout=self.timeout)
        except requests.RequestException as exc:
            raise exceptions.DownloadError(f"cannot reach {url}: {exc}") from exc
        if response.status_code == 416 and have:
            part.unlink()  # what we hold is longer than the file: start again
            response.close()
            return self._fetch(url)
        if response.status_code not in (200, 206):
            response.close()
            raise exceptions.DownloadHTTPError(f"{url}: HTTP {response.status_code}",
                                               response.status_code)
        if response.status_code == 200 and have:
            part.unlink()  # the server ignored the range: the whole file comes again
            have = 0
        return self._stream(url, response, part, have)

    def _stream(self, url: str, response: requests.Response, part: Path,
                have: int) -> Iterator[bytes]:
        size = int(response.headers.get("Content-Length", "0") or 0) + have
        keep = size >= self.resume_from or have > 0
        self.resumed_bytes = have
        try:
            received = 0
            if have:
                with part.open("rb") as held:
                    while chunk := held.read(CHUNK):
                        received += len(chunk)
                        self._progress(received)
                        yield chunk
            if keep:
                part.parent.mkdir(parents=True, exist_ok=True)
            with (part.open("ab") if keep else _NullFile()) as sink:
                for chunk in response.iter_content(CHUNK):
                    if self.cancel.is_set():
                        raise exceptions.DownloadError(f"{url}: stopped (the app is closing)")
                    sink.write(chunk)
                    sink.flush()
                    self.fetched_bytes += len(chunk)
                    self.fetched_by_url[url] = self.fetched_by_url.get(url, 0) + len(chunk)
                    self.limiter.took(len(chunk))
                    received += len(chunk)
                    self._progress(received)
                    yield chunk
        except requests.RequestException as exc:
            raise exceptions.DownloadError(f"{url} cut after {part_size(part)} bytes: {exc}") \
                from exc
        finally:
            response.close()
        part.unlink(missing_ok=True)  # complete: TUF now checks it against the signed hashes


def part_size(part: Path) -> int:
    return part.stat().st_size if part.exists() else 0


class _NullFile:
    def __enter__(self) -> _NullFile:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        return None
