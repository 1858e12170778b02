"""What every router needs: the service state, the clock, the caller, role checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from central.audit_batch import AuditBatch
from central.auth import ACCESS_TTL, Principal, authenticate
from central.errors import ApiError
from central.sanitize import check_text
from central.db import connect
from central.errors import unauthorized
from central.files import FileStore
from central.gate import PRINCIPAL_KEY
from central.proxies import client_address
from central.schemas import ErrorResponse
from central.settings import Network, Settings


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class ServiceState:
    """Held in app.state: an engine (a pool per worker process) and settings; no shared data."""

    engine: Engine
    files: FileStore
    access_ttl: timedelta = ACCESS_TTL
    clock: Callable[[], datetime] = field(default=utc_now)
    audit_key: bytes = b""  # central.audit.load_key: pseudonyms of unknown login names
    settings: Settings = field(default_factory=Settings)
    proxies: tuple[Network, ...] = ()  # settings.trusted_proxies, parsed once
    reads: AuditBatch | None = None  # audit rows of reads, group-committed (central.audit_batch)

    def __post_init__(self) -> None:
        if self.reads is None:
            self.reads = AuditBatch(self.engine)

    def now(self) -> datetime:
        return self.clock()


def state(request: Request) -> ServiceState:
    st = request.app.state.central
    assert isinstance(st, ServiceState)
    return st


def client_ip(request: Request) -> str:
    """The caller's address for the audit log and the throttles (central.proxies)."""
    peer = request.client.host if request.client else ""
    forwarded = ",".join(request.headers.getlist("x-forwarded-for"))
    return client_address(peer, forwarded, state(request).proxies)


_bearer = HTTPBearer(auto_error=False, description="device token or access token")


def principal(request: Request,
              credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
    """The caller, from `Authorization: Bearer …`; 401 if missing, unknown, revoked or expired.

    central.gate.AuthGate has already authenticated it (before reading the body); the
    `credentials` parameter documents the scheme in OpenAPI.
    """
    found = request.scope.get(PRINCIPAL_KEY)
    if isinstance(found, Principal):
        return found
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise unauthorized()
    token = credentials.credentials
    if len(token) > 200 or not token.isascii():
        raise unauthorized()
    st = state(request)
    with connect(st.engine) as conn:
        return authenticate(conn, token, st.now())


def bearer_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    return "" if credentials is None else credentials.credentials


def require(*roles: str) -> Callable[..., Principal]:
    """A dependency admitting only callers with one of `roles` (403 otherwise)."""

    def check(who: Annotated[Principal, Depends(principal)]) -> Principal:
        if who.role not in roles:
            raise ApiError(403, "forbidden", "Vai trò của bạn không được làm việc này.",
                           {"role": who.role, "allowed": list(roles)})
        return who

    return check


def require_session(*roles: str) -> Callable[..., Principal]:
    """Like `require`, and only with a person's session (an access token opened on a device):
    the device token alone, which sits on the counter PC for the sync, never reads personal
    data."""

    def check(who: Annotated[Principal, Depends(principal)]) -> Principal:
        if who.kind != "user":
            raise ApiError(403, "session_required",
                           "Xem dữ liệu cá nhân cần đăng nhập của cán bộ trên máy này.",
                           {"role": who.role, "allowed": list(roles)})
        if who.role not in roles:
            raise ApiError(403, "forbidden", "Vai trò của bạn không được làm việc này.",
                           {"role": who.role, "allowed": list(roles)})
        return who

    return check


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for the error shape."""
    return {code: {"model": ErrorResponse, "description": "error"} for code in codes}


COUNTER = ("device", "clerk", "supervisor")
ANYONE = ("device", "clerk", "supervisor", "back_office", "admin", "province")
STAFF = ("clerk", "supervisor", "back_office", "admin")  # people: with require_session
# Reports: each sees the scope central.report_scope gives its role (a clerk or the counter's
# device token its own counter's dossiers, a province user every unit's).
REPORTERS = ("device", "clerk", "supervisor", "back_office", "admin", "province")
AUTH_ERRORS = (400, 401, 403, 422)


def clean_param(value: str | None, name: str) -> str | None:
    """A query or path parameter as stored text (NFC, no control characters); 422 otherwise."""
    if value is None:
        return None
    try:
        return check_text(value)
    except ValueError as error:
        raise ApiError(422, "validation_error", f"{name}: {error}") from None
