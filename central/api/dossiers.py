"""Dossiers of the caller's unit: read, list, and the back office's progress."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from central import audit, dossiers, progress
from central.api.deps import (
    STAFF, ServiceState, clean_param, client_ip, errors, require, require_session, state,
)
from central.auth import Principal
from central.db import connect, run_in_transaction
from central.errors import ApiError, not_found
from central.sanitize import MAX_YEAR, MIN_YEAR
from central.schemas import DossierDetail, DossierList, DossierSummary, ProgressIn

router = APIRouter(prefix="/api/v1", tags=["dossiers"])

Code = Annotated[str, Path(min_length=1, max_length=64)]


@router.post("/dossiers/{code}/progress", response_model=DossierSummary,
             responses=errors(401, 403, 404, 409, 422),
             summary="Back office: move the dossier (4, 5, 6, 8, 9) or extend it once (Mẫu 04)")
def post_progress(code: Code, body: ProgressIn, request: Request,
                  who: Annotated[Principal, Depends(require("back_office"))]) -> dict[str, object]:
    code = clean_param(code, "code") or ""
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
    code = clean_param(code, "code") or ""
    st = state(request)
    now = st.now()
    with connect(st.engine) as conn:  # read only: no write lock, nothing to commit
        found = dossiers.get(conn, who.unit_code, code)
    if found is None:
        raise not_found("Không tìm thấy hồ sơ.")
    _note_read(st, who, request, now, "dossier.read", code)
    return found


def _note_read(st: ServiceState, who: Principal, request: Request, now: datetime, action: str,
               target: str) -> None:
    """The audit row of a read, after the read (which never holds a write lock), batched with
    other reads' rows (central.audit_batch); committed before the answer leaves, so no read
    goes unrecorded."""
    assert st.reads is not None
    st.reads.record(audit.row(at=now, actor=who.name, role=who.role, unit_code=who.unit_code,
                              action=action, target=target, ip=client_ip(request)))


@router.get("/dossiers", response_model=DossierList, responses=errors(401, 403, 422),
            summary="The unit's dossiers by status, receipt date range and free text, newest code "
                    "first, by keyset pages (`after`)")
def list_dossiers(request: Request, who: Annotated[Principal, Depends(require_session(*STAFF))],
                  status: Annotated[int | None, Query(ge=1, le=10)] = None,
                  date_from: Annotated[date | None, Query(alias="from")] = None,
                  date_to: Annotated[date | None, Query(alias="to")] = None,
                  q: Annotated[str | None, Query(max_length=200)] = None,
                  limit: Annotated[int, Query(ge=1, le=500)] = 100,
                  after: Annotated[str | None, Query(max_length=64, description=(
                      "the `next_after` of the previous page"))] = None) -> dict[str, object]:
    q = clean_param(q, "q")
    after = clean_param(after, "after")
    for value in (date_from, date_to):
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ApiError(422, "validation_error", f"from/to: year within {MIN_YEAR}-{MAX_YEAR}")
    st = state(request)
    now = st.now()
    with connect(st.engine) as conn:
        rows, next_after = dossiers.search(conn, who.unit_code, status=status,
                                           date_from=date_from, date_to=date_to, q=q,
                                           limit=limit, after=after)
    _note_read(st, who, request, now, "dossier.search", (q or "")[:100])
    return {"dossiers": rows, "next_after": next_after}
