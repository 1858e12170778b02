"""Authenticate every protected request before a byte of its body is read (ASGI middleware).

An anonymous or unknown caller is answered 401 here, so it can make the service parse nothing
(no JSON, no gzip, no validation details). The principal found is handed to the routes in the
ASGI scope; `api.deps.principal` takes it from there.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from central.auth import Principal, authenticate
from central.db import connect
from central.errors import ApiError, send_error, unauthorized

PRINCIPAL_KEY = "central.principal"
# Reachable without a token: the health check, the public lookup, enrollment (the one-time
# code is the credential) and the API's own documentation. Paths outside /api/ (the public
# pages of central/pages: /tra-cuu, /thu-tuc, /static) never need one.
PUBLIC_PATHS = frozenset({"/healthz", "/api/v1/devices/enroll", "/openapi.json", "/docs",
                          "/docs/oauth2-redirect", "/redoc"})
PUBLIC_PREFIXES = ("/api/v1/public/",)


def needs_token(path: str) -> bool:
    return (path.startswith("/api/") and path not in PUBLIC_PATHS
            and not path.startswith(PUBLIC_PREFIXES))


def bearer_of(scope: Scope) -> str:
    """The token of `Authorization: Bearer …`, or "" when there is none usable."""
    value = next((v for k, v in scope["headers"] if k == b"authorization"), b"")
    scheme, _, token = value.decode("latin-1").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200 or not token.isascii():
        return ""
    return token


class AuthGate:
    """401 before the body for protected paths; the principal goes into the scope."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not needs_token(scope["path"]):
            await self.app(scope, receive, send)
            return
        token = bearer_of(scope)
        try:
            if not token:
                raise unauthorized()
            st = scope["app"].state.central
            who = await run_in_threadpool(_authenticate, st, token)
        except ApiError as error:
            await send_error(send, error.status, error.code, error.message, error.details,
                             error.headers)
            return
        await self.app({**scope, PRINCIPAL_KEY: who}, receive, send)


def _authenticate(st: Any, token: str) -> Principal:
    """`st` is the app's api.deps.ServiceState (engine and clock)."""
    with connect(st.engine) as conn:
        return authenticate(conn, token, st.now())
