"""Dossiers of the caller's unit: read, list, and the back office's progress."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import Connection

from central import audit, dossiers, progress
from central.api.deps import STAFF, client_ip, errors, require, require_session, state
from central.auth import Principal
from central.db import run_in_transaction
from central.errors import ApiError, not_found
from central.sanitize import MAX_YEAR, MIN_YEAR, check_text
from central.schemas import DossierDetail, DossierList, DossierSummary, ProgressIn

router = APIRouter(prefix="/api/v1", tags=["dossiers"])

Code = Annotated[str, Path(min_length=1, max_length=64)]


def _clean(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return check_text(value)
    except ValueError as error:
        raise ApiError(422, "validation_error", f"{name}: {error}") from None


@router.post("/dossiers/{code}/progress", response_model=DossierSummary,
             responses=errors(401, 403, 404, 409, 422),
             summary="Back office: move the dossier (4, 5, 6, 8, 9) or extend it once (Mẫu 04)")
def post_progress(code: Code, body: ProgressIn, request: Request,
                  who: Annotated[Principal, Depends(require("back_office"))]) -> dict[str, object]:
    code = _clean(code, "code") or ""
    st = state(request)
    now = st.now()
    row = run_in_transaction(st.engine, lambda conn: progress.record_progress(
        conn, unit_code=who.unit_code, actor=who.name, role=who.role, code=code,
        status=body.status, at=body.at, note=body.note, new_appointment_at=body.new_appointment_at,
        now=now, ip=client_ip(request)))
    return dossiers.summary(row)


@router.get("/dossiers/{code}", response_model=DossierDetail, responses=errors(401, 403, 404, 422),
            summary="One dossier of the caller's unit, with its history (404 for other units)")
def get_dossier(code: Code, request: Request,
                who: Annotated[Principal, Depends(require_session(*STAFF))]) -> dict[str, object]:
    code = _clean(code, "code") or ""
    st = state(request)
    now = st.now()

    def work(conn: Connection) -> dict[str, Any] | None:
        found = dossiers.get(conn, who.unit_code, code)
        if found is not None:
            audit.record(conn, at=now, actor=who.name, role=who.role, unit_code=who.unit_code,
                         action="dossier.read", target=code, ip=client_ip(request))
        return found

    found = run_in_transaction(st.engine, work)
    if found is None:
        raise not_found("Không tìm thấy hồ sơ.")
    return found


@router.get("/dossiers", response_model=DossierList, responses=errors(401, 403, 422),
            summary="The unit's dossiers by status, receipt date range and free text")
def list_dossiers(request: Request, who: Annotated[Principal, Depends(require_session(*STAFF))],
                  status: Annotated[int | None, Query(ge=1, le=10)] = None,
                  date_from: Annotated[date | None, Query(alias="from")] = None,
                  date_to: Annotated[date | None, Query(alias="to")] = None,
                  q: Annotated[str | None, Query(max_length=200)] = None,
                  limit: Annotated[int, Query(ge=1, le=500)] = 100,
                  offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> dict[str, object]:
    q = _clean(q, "q")
    for value in (date_from, date_to):
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ApiError(422, "validation_error", f"from/to: year within {MIN_YEAR}-{MAX_YEAR}")
    st = state(request)
    now = st.now()

    def work(conn: Connection) -> tuple[list[dict[str, Any]], int]:
        audit.record(conn, at=now, actor=who.name, role=who.role, unit_code=who.unit_code,
                     action="dossier.search", target=(q or "")[:100], ip=client_ip(request))
        return dossiers.search(conn, who.unit_code, status=status, date_from=date_from,
                               date_to=date_to, q=q, limit=limit, offset=offset)

    rows, total = run_in_transaction(st.engine, work)
    return {"dossiers": rows, "total": total}
