"""GET /public/dossiers/{code} (no token): status and appointment to whoever holds the slip's
lookup key or the last digits of the phone or ID number, misses throttled per address; /healthz."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from sqlalchemy import Connection, text

from central import dossiers, throttle
from central.api.deps import client_ip, errors, state
from central.db import connect, run_in_transaction
from central.errors import ApiError, not_found
from central.sanitize import check_text
from central.schemas import ErrorResponse, Health, PublicDossier

router = APIRouter(tags=["public"])


@router.get("/api/v1/public/dossiers/{code}", response_model=PublicDossier,
            responses={**errors(404, 422, 429), 429: {
                "model": ErrorResponse, "description": "this address missed too often: wait",
                "headers": {"Retry-After": {"description": "seconds", "schema": {"type": "integer"}}}}},
            summary="What the slip's QR code shows: status and appointment only, to whoever "
                    "holds the slip's lookup key or the last 4 digits of the phone or ID number")
def public_dossier(code: Annotated[str, Path(min_length=1, max_length=64)],
                   request: Request,
                   key: Annotated[str | None, Query(max_length=32, description=(
                       "the lookup key printed in the slip's QR code"))] = None,
                   last4: Annotated[str | None, Query(max_length=4, description=(
                       "the last 4 digits of the applicant's phone or ID number"))] = None
                   ) -> dict[str, object]:
    st = state(request)
    now = st.now()
    source = f"lookup:{client_ip(request)}"
    try:
        wanted: str | None = check_text(code)
        key, last4 = (None if v is None else check_text(v) for v in (key, last4))
    except ValueError:
        wanted = None  # text no dossier can have: a miss like any other

    def work(conn: Connection) -> tuple[dict[str, Any] | None, datetime | None]:
        wait = throttle.wait_until(conn, source, now)
        if wait is not None:
            return None, wait
        found = None if wanted is None else dossiers.public(conn, wanted, key, last4)
        if found is None:  # a miss: unknown code, or no or a wrong second factor
            throttle.failed(conn, source, throttle.LOOKUP, now)
        return found, None

    found, wait = run_in_transaction(st.engine, work)
    if wait is not None:
        seconds = max(1, int((wait - now).total_seconds() + 0.999))
        raise ApiError(429, "too_many_lookups",
                       f"Tra cứu sai quá nhiều lần; thử lại sau {seconds} giây.",
                       {"retry_after_s": seconds}, headers={"Retry-After": str(seconds)})
    if found is None:
        raise not_found("Không tìm thấy hồ sơ, hoặc mã tra cứu / 4 số cuối không đúng.")
    return dict(found)


@router.get("/healthz", response_model=Health, summary="The service and its database answer")
def healthz(request: Request) -> dict[str, str]:
    with connect(state(request).engine) as conn:
        conn.execute(text("SELECT 1"))
    return {"status": "ok"}
