"""A cap on the scan chunks one unit may have in flight at once, shared by every worker.

Each PATCH /files/{sha256} takes a lease (a row of `upload_leases`) before its body is read,
and gives it back when answered. A unit holding `limits.uploads_per_unit` leases gets 429
`too_many_uploads` with `Retry-After`: one commune's backlog after an outage cannot take every
worker, connection and disk write of the province. A lease a killed worker left behind lapses
after LEASE_TIME. The count is taken under a per-unit lock (PostgreSQL advisory lock; SQLite
serialises writers anyway), so two workers never both take the last slot.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, delete, func, insert, select, text
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from central.db import run_in_transaction
from central.errors import send_error
from central.gate import PRINCIPAL_KEY
from central.models import UploadLease

LEASE_TIME = timedelta(minutes=10)  # far above storing and checking a 32 MiB chunk


def acquire(engine: Engine, unit_code: str, cap: int, now: datetime) -> int | None:
    """A lease id, or None when the unit already has `cap` uploads in flight."""

    def work(conn: Connection) -> int | None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"),
                         {"k": f"upload:{unit_code}"})
        conn.execute(delete(UploadLease.__table__).where(UploadLease.unit_code == unit_code,
                                                         UploadLease.expires_at <= now))
        busy = conn.execute(select(func.count()).select_from(UploadLease)
                            .where(UploadLease.unit_code == unit_code)).scalar_one()
        if busy >= cap:
            return None
        return int(conn.execute(insert(UploadLease.__table__).returning(UploadLease.id),
                                {"unit_code": unit_code,
                                 "expires_at": now + LEASE_TIME}).scalar_one())

    return run_in_transaction(engine, work)


def release(engine: Engine, lease: int) -> None:
    run_in_transaction(engine, lambda conn: conn.execute(
        delete(UploadLease.__table__).where(UploadLease.id == lease)))


class UploadCap:
    """ASGI middleware after central.gate (the caller's unit is known), before central.body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        who = scope.get(PRINCIPAL_KEY)
        if (scope["type"] != "http" or scope["method"] != "PATCH" or who is None
                or not scope["path"].startswith("/api/v1/files/")):
            await self.app(scope, receive, send)
            return
        st = scope["app"].state.central
        settings = st.settings
        lease = await run_in_threadpool(acquire, st.engine, who.unit_code,
                                        settings.uploads_per_unit, st.now())
        if lease is None:
            wait = settings.upload_retry_after_s
            await send_error(send, 429, "too_many_uploads",
                             f"Đơn vị đang gửi {settings.uploads_per_unit} tệp cùng lúc; "
                             f"quầy sẽ gửi tiếp sau {wait} giây.",
                             {"retry_after_s": wait, "uploads_per_unit": settings.uploads_per_unit},
                             {"Retry-After": str(wait)})
            return
        try:
            await self.app(scope, receive, send)
        finally:
            await run_in_threadpool(release, st.engine, lease)
