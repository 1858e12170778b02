"""GET /reports/form06: Biểu số 06 of the caller's unit for a period."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import Connection

from central import audit, reports
from central.api.deps import REPORTERS, client_ip, errors, require, state
from central.auth import Principal
from central.db import run_in_transaction
from central.errors import ApiError
from central.schemas import Form06Out

router = APIRouter(prefix="/api/v1", tags=["reports"])


@router.get("/reports/form06", response_model=Form06Out, responses=errors(401, 403, 422),
            summary="Biểu 06 by field with a total row (received = resolved + in progress)")
def form06(request: Request, who: Annotated[Principal, Depends(require(*REPORTERS))],
           date_from: Annotated[date, Query(alias="from")],
           date_to: Annotated[date, Query(alias="to")]) -> dict[str, object]:
    if date_from > date_to or date_from.year < 1900 or date_to.year > 2200:
        raise ApiError(422, "invalid_period", "Khoảng thời gian báo cáo không hợp lệ.",
                       {"from": date_from.isoformat(), "to": date_to.isoformat()})
    st = state(request)
    now = st.now()

    def work(conn: Connection) -> dict[str, Any]:
        audit.record(conn, at=now, actor=who.name, role=who.role, unit_code=who.unit_code,
                     action="report.form06", target=f"{date_from}..{date_to}", ip=client_ip(request))
        return reports.form06_dict(conn, who.unit_code, date_from, date_to, now)

    return run_in_transaction(st.engine, work)
