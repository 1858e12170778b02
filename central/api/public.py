"""GET /public/dossiers/{code} (no token): status and appointment to whoever holds the slip's
lookup key or the last digits of the phone or ID number, misses throttled per address; /healthz."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from sqlalchemy import text

from central.api.deps import client_ip, errors, state
from central.db import connect
from central.errors import ApiError, not_found
from central.lookup import NOT_FOUND_MESSAGE, lookup
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
    result = lookup(st.engine, st.now(), client_ip(request), code, key, last4)
    if result.retry_after_s is not None:
        seconds = result.retry_after_s
        raise ApiError(429, "too_many_lookups",
                       f"Tra cứu sai quá nhiều lần; thử lại sau {seconds} giây.",
                       {"retry_after_s": seconds}, headers={"Retry-After": str(seconds)})
    if result.found is None:
        raise not_found(NOT_FOUND_MESSAGE)
    return {name: result.found[name] for name in PublicDossier.model_fields}


@router.get("/healthz", response_model=Health, summary="The service and its database answer")
def healthz(request: Request) -> dict[str, str]:
    with connect(state(request).engine) as conn:
        conn.execute(text("SELECT 1"))
    return {"status": "ok"}
