"""GET /public/dossiers/{code} (no token): status and appointment, no personal data; /healthz."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from sqlalchemy import text

from central import dossiers
from central.api.deps import errors, state
from central.db import connect
from central.errors import not_found
from central.sanitize import check_text
from central.schemas import Health, PublicDossier

router = APIRouter(tags=["public"])


@router.get("/api/v1/public/dossiers/{code}", response_model=PublicDossier,
            responses=errors(404, 422),
            summary="What the slip's QR code shows: status and appointment only")
def public_dossier(code: Annotated[str, Path(min_length=1, max_length=64)],
                   request: Request) -> dict[str, object]:
    try:
        check_text(code)
    except ValueError:
        raise not_found("Không tìm thấy hồ sơ.") from None
    with connect(state(request).engine) as conn:
        found = dossiers.public(conn, code)
    if found is None:
        raise not_found("Không tìm thấy hồ sơ.")
    return found


@router.get("/healthz", response_model=Health, summary="The service and its database answer")
def healthz(request: Request) -> dict[str, str]:
    with connect(state(request).engine) as conn:
        conn.execute(text("SELECT 1"))
    return {"status": "ok"}
