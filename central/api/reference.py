"""GET /catalog (with ETag) and GET /calendar?year= (SYNC-API "Reference data")."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from central import reference
from central.api.deps import ANYONE, errors, require, state
from central.auth import Principal
from central.db import connect
from central.errors import not_found
from central.schemas import CalendarOut, CatalogOut

router = APIRouter(prefix="/api/v1", tags=["reference data"])


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    tags = [t.strip().removeprefix("W/") for t in header.split(",")]
    return etag in tags


@router.get("/catalog", response_model=CatalogOut,
            responses={304: {"description": "unchanged since the ETag given"},
                       **errors(401, 403, 404)},
            summary="The procedure catalog; 304 when If-None-Match names the current ETag")
def get_catalog(request: Request, _who: Annotated[Principal, Depends(require(*ANYONE))],
                if_none_match: Annotated[str | None, Header()] = None) -> Response:
    with connect(state(request).engine) as conn:
        found = reference.latest_catalog(conn)
    if found is None:
        raise not_found("Chưa nhập danh mục thủ tục.")
    _ident, etag, body = found
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if _etag_matches(if_none_match, etag):
        return Response(status_code=304, headers=headers)
    return Response(body.encode("utf-8"), media_type="application/json", headers=headers)


@router.get("/calendar", response_model=CalendarOut, responses=errors(401, 403, 404, 422),
            summary="One year of holidays, make-up working days, office hours, suspension policy")
def get_calendar(request: Request, _who: Annotated[Principal, Depends(require(*ANYONE))],
                 year: Annotated[int, Query(ge=1900, le=2200)]) -> dict[str, object]:
    with connect(state(request).engine) as conn:
        doc = reference.calendar_doc(conn, year)
    if doc is None:
        raise not_found(f"Chưa có lịch làm việc năm {year}.")
    return doc
