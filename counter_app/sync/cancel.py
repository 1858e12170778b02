"""A requests transport whose requests in flight can be cut from another thread (shutdown).

`requests.Session.close()` only closes the idle pooled connections; a chunk still uploading
on a slow link keeps its socket until its read timeout (minutes). This adapter remembers the
sockets of the connections it opens, and `cancel()` shuts them down: the blocked send or
receive returns at once and the request fails as the link failing would (`Offline`).
"""

from __future__ import annotations

import logging
import socket
import threading
import weakref
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

log = logging.getLogger(__name__)


class CancellableAdapter(HTTPAdapter):
    """An HTTPAdapter whose open connections `cancel()` cuts; later requests fail at once."""

    def __init__(self, **kwargs: Any) -> None:
        self._live: weakref.WeakSet[HTTPConnection] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.cancelled = False
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        adapter = self

        class Tracked(HTTPConnection):
            def connect(self) -> None:
                super().connect()
                adapter._opened(self)

        class TrackedTls(HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                adapter._opened(self)

        class Pool(HTTPConnectionPool):
            ConnectionCls = Tracked

        class TlsPool(HTTPSConnectionPool):
            ConnectionCls = TrackedTls

        self.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": TlsPool}

    def _opened(self, conn: HTTPConnection) -> None:
        with self._lock:
            self._live.add(conn)
            cancelled = self.cancelled
        if cancelled:  # cancel() ran while this one was connecting
            _shut(conn)

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        if self.cancelled:
            raise_cancelled()
        return super().send(request, *args, **kwargs)

    def cancel(self) -> None:
        """Cut every connection (from any thread); the requests on them fail now."""
        with self._lock:
            self.cancelled = True
            conns = list(self._live)
        for conn in conns:
            _shut(conn)


def raise_cancelled() -> None:
    import requests

    raise requests.ConnectionError("the request was cancelled: the counter is closing")


def _shut(conn: HTTPConnection) -> None:
    sock = getattr(conn, "sock", None)
    if sock is None:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed by its own thread
        log.debug("socket already closed", exc_info=True)
