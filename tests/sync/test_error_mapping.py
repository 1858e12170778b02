"""Central's answers become the counter's typed errors: a busy unit's upload cap is not an
authorization failure (it is retried at the next pass), a refused token is."""

from __future__ import annotations

import json

import requests

from counter_app.sync.client import error_for
from counter_app.sync.errors import AuthError, ServerError


def _response(status: int, code: str, message: str = "") -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r._content = json.dumps({"error": {"code": code, "message": message}}).encode()
    r.headers["Content-Type"] = "application/json"
    return r


def test_the_units_upload_cap_is_retried_later_not_an_auth_failure() -> None:
    error = error_for(_response(429, "too_many_uploads", "Đơn vị đang gửi 8 tệp cùng lúc"))
    assert isinstance(error, ServerError) and not isinstance(error, AuthError)
    assert error.msg.code == "sync.uploads_busy"


def test_a_login_wait_is_still_an_auth_error() -> None:
    error = error_for(_response(429, "too_many_attempts", "Chờ 30 giây"))
    assert isinstance(error, AuthError)
