"""The REST client against the real service: gzip both ways, the typed errors."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
import requests

from counter_app.services.context import ServiceContext
from counter_app.sync import secrets
from counter_app.sync.client import CentralClient
from counter_app.sync.errors import AuthError, Offline, RejectedRequest, SyncError
from tests.central.helpers import free_port
from tests.sync.conftest import Central, clerk_session


class Spy(requests.Session):
    """Keeps the last response (and with it the request as sent)."""

    last: requests.Response

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.last = super().request(*args, **kwargs)
        return self.last


def token_of(ctx: ServiceContext) -> str:
    with ctx.store.reading() as session:
        token = secrets.load_device_token(session)
    assert token
    return token


def test_bodies_go_up_gzipped_and_come_down_gzipped(online_ctx: ServiceContext,
                                                    shared_central: Central) -> None:
    token = token_of(online_ctx)
    spy = Spy()
    client = CentralClient(shared_central.url, token, session=spy)
    assert token not in repr(client)
    assert client.post_events([]) == []
    sent = spy.last.request
    assert sent.headers["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(sent.body)) == {"events": []}  # type: ignore[arg-type]
    got = client.catalog(None)
    assert got is not None and got[1]
    assert spy.last.headers["Content-Encoding"] == "gzip"  # decoded by requests
    client.close()


def test_errors_are_typed_with_the_services_message(online_ctx: ServiceContext,
                                                    shared_central: Central) -> None:
    with CentralClient(shared_central.url, "dev_not-a-token") as client:
        with pytest.raises(AuthError) as auth:
            client.changes(None)
        assert auth.value.status == 401
    with CentralClient(shared_central.url, token_of(online_ctx)) as client:
        with pytest.raises(AuthError) as no_session:  # the device token reads no dossier
            client.dossier("000.00.06.H56-251117-9999")
        assert no_session.value.status == 403 and no_session.value.code == "session_required"
    reading = clerk_session(shared_central.url, token_of(online_ctx))
    with CentralClient(shared_central.url, reading) as client:
        with pytest.raises(RejectedRequest) as missing:
            client.dossier("000.00.06.H56-251117-9999")
        assert missing.value.status == 404 and missing.value.message == "Không tìm thấy hồ sơ."
    with CentralClient(shared_central.url, token_of(online_ctx)) as client:
        with pytest.raises(RejectedRequest) as too_many:
            client.post_events([{}] * 501)
        assert too_many.value.status == 413 and too_many.value.code == "batch_too_large"
        assert client.file_offset("0" * 64) is None
        assert client.calendar(1999) is None
    with CentralClient(f"http://127.0.0.1:{free_port()}", "dev_x") as client:
        with pytest.raises(Offline) as offline:
            client.changes(None)
        assert offline.value.message == "Không kết nối được hệ thống tỉnh"
    with CentralClient("http://", "dev_x") as client:
        with pytest.raises(SyncError) as bad:
            client.changes(None)
        assert bad.value.code == "bad_url"
