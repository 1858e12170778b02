"""Link faults seen by the client: an answer cut mid-body is "offline", not a bad address."""

from __future__ import annotations

import pytest

from counter_app.sync.client import CentralClient
from counter_app.sync.errors import Offline
from tests.faults.proxy import FaultProxy


def test_answer_cut_mid_body_is_offline(shared_central):
    with FaultProxy("127.0.0.1", shared_central.port, seed=7) as proxy:
        client = CentralClient(proxy.url, None, timeout=10)
        try:
            assert client._request("GET", "/healthz").ok
            proxy.set_body_cut("down", after_bytes=2, next_n=1)
            with pytest.raises(Offline):
                client._request("GET", "/openapi.json")
        finally:
            client.close()
