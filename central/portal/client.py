"""HTTP client of the portal's integration adapter: a session login, then JSON service calls.

The adapter's shape is the one public provincial systems use (docs/portal.md): POST
{username, password} to the auth endpoint for a `session`; every call then POSTs
{session, madonvi, service, …} to the integration endpoint and reads `error_code` ("00" is
success). Outcomes are classified for the pusher: `Rejected` (the portal answered and refused:
a business error, nothing was recorded there) or `Unreachable` (no usable answer: the record may
or may not have been recorded, so it is looked up before it is sent again).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any

import requests

from central.portal.payloads import TRA_CUU

ENV_PREFIX = "CENTRAL_PORTAL_"


class Rejected(Exception):
    """The portal answered with an error: nothing was recorded there."""


class Unreachable(Exception):
    """No usable answer (network, timeout, 5xx, garbage): the outcome is unknown."""


@dataclass(frozen=True)
class PortalConfig:
    """Where the adapter is and who we are to it (madonvi: the province's unit code there)."""

    url: str
    username: str
    password: str
    madonvi: str
    auth_path: str = "/auth"
    integration_path: str = "/integration"
    timeout_s: float = 30.0

    @classmethod
    def from_env(cls, **given: Any) -> PortalConfig:
        """Values given (CLI), else $CENTRAL_PORTAL_URL, _USERNAME, _PASSWORD (or
        _PASSWORD_FILE), _MADONVI, _AUTH_PATH, _INTEGRATION_PATH, _TIMEOUT_S."""
        def get(name: str, default: str | None = None) -> str:
            value = given.get(name) or os.environ.get(ENV_PREFIX + name.upper()) or default
            if value is None:
                raise ValueError(f"portal: {ENV_PREFIX}{name.upper()} is not set")
            return str(value)

        password = given.get("password") or os.environ.get(ENV_PREFIX + "PASSWORD")
        secret_file = os.environ.get(ENV_PREFIX + "PASSWORD_FILE")
        if not password and secret_file:
            with open(secret_file, encoding="utf-8") as handle:
                password = handle.read().strip()
        return cls(url=get("url").rstrip("/"), username=get("username"),
                   password=str(password or ""), madonvi=get("madonvi"),
                   auth_path=get("auth_path", "/auth"),
                   integration_path=get("integration_path", "/integration"),
                   timeout_s=float(get("timeout_s", "30")))


def succeeded(reply: dict[str, Any]) -> bool:
    """error_code "00" (the sources also compare it as the number 0: both are accepted)."""
    code = reply.get("error_code")
    return code in ("00", "0", 0)


class PortalClient:
    """Thread-safe: one HTTP session per thread, one portal session shared."""

    def __init__(self, config: PortalConfig) -> None:
        self.config = config
        self._local = threading.local()
        self._lock = threading.Lock()
        self._session_token = ""

    def _http(self) -> requests.Session:
        http: requests.Session | None = getattr(self._local, "http", None)
        if http is None:
            http = requests.Session()
            http.headers["Content-Type"] = "application/json; charset=utf-8"
            self._local.http = http
        return http

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            response = self._http().post(self.config.url + path, json=body,
                                         timeout=self.config.timeout_s)
        except requests.RequestException as error:
            raise Unreachable(f"{type(error).__name__}: {str(error)[:200]}") from None
        if response.status_code == 401:
            self._session_token = ""
            raise Unreachable("401: the portal session ended (logging in again)")
        if response.status_code >= 500:
            raise Unreachable(f"HTTP {response.status_code}: {response.text[:200]}")
        try:
            reply = response.json()
        except ValueError:
            raise Unreachable(f"HTTP {response.status_code}: not JSON") from None
        if response.status_code >= 400:
            raise Rejected(f"HTTP {response.status_code}: {str(reply)[:300]}")
        if not isinstance(reply, dict):
            raise Unreachable("reply is not a JSON object")
        return reply

    def _session(self) -> str:
        with self._lock:
            if not self._session_token:
                reply = self._post(self.config.auth_path, {
                    "username": self.config.username, "password": self.config.password})
                if not succeeded(reply) or not reply.get("session"):
                    raise Unreachable(f"login refused: {reply.get('message', '')}"[:200])
                self._session_token = str(reply["session"])
            return self._session_token

    def call(self, service: str, **fields: Any) -> dict[str, Any]:
        """One service call; the reply on success, Rejected with the portal's message if not."""
        body = {"session": self._session(), "madonvi": self.config.madonvi, "service": service,
                **fields}
        reply = self._post(self.config.integration_path, body)
        if not succeeded(reply):
            raise Rejected(f"error_code {reply.get('error_code')!r}: "
                           f"{reply.get('message', '')}"[:500])
        return reply

    def push(self, service: str, record: dict[str, Any], is_updating: bool) -> None:
        """Send one record (data: a list of one, so that its outcome is its own)."""
        fields: dict[str, Any] = {"data": [record]}
        if service == "DongBoHoSoMC":
            fields["isUpdating"] = "True" if is_updating else "False"
        self.call(service, **fields)

    def lookup(self, code: str) -> dict[str, Any] | None:
        """TraCuuHoSo: the portal's record of a dossier, or None if it has none."""
        try:
            reply = self.call(TRA_CUU, mahoso=code)
        except Rejected:
            return None
        result = reply.get("result")
        if isinstance(result, list) and result and isinstance(result[0], dict):
            return result[0]
        return None
