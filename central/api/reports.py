"""GET /reports/…: Biểu 06, its drill-down and the indicators, for the scope the caller may see."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import Connection

from central import audit, drilldown, indicators, report_scope, reports
from central.api.deps import REPORTERS, clean_param, client_ip, errors, require, state
from central.auth import Principal
from central.db import run_in_transaction
from central.errors import ApiError
from central.schemas import DrilldownOut, Form06Column, Form06Out, IndicatorsOut, Scope

router = APIRouter(prefix="/api/v1", tags=["reports"])
T = TypeVar("T")

From = Annotated[date, Query(alias="from")]
To = Annotated[date, Query(alias="to")]
ScopeQ = Annotated[Scope | None, Query(
    description="counter (dossiers received on one device), unit or province; "
                "by default a clerk's counter, anyone else's unit")]
UnitQ = Annotated[str | None, Query(max_length=64, description="a unit (province users)")]
DeviceQ = Annotated[str | None, Query(max_length=36, description="a counter (device) of the unit")]
Caller = Annotated[Principal, Depends(require(*REPORTERS))]


def _scoped(request: Request, who: Principal, action: str, date_from: date, date_to: date,
            scope: Scope | None, unit: str | None, device: str | None,
            build: Callable[[Connection, report_scope.ReportScope, reports.Period], T]) -> T:
    """Check the period, resolve the scope for the caller, audit, build: one transaction."""
    if date_from > date_to or date_from.year < 1900 or date_to.year > 2200:
        raise ApiError(422, "invalid_period", "Khoảng thời gian báo cáo không hợp lệ.",
                       {"from": date_from.isoformat(), "to": date_to.isoformat()})
    unit, device = clean_param(unit, "unit"), clean_param(device, "device")
    st = state(request)
    now = st.now()

    def work(conn: Connection) -> T:
        resolved = report_scope.resolve(conn, who, scope, unit, device)
        target = resolved.unit_code or "province"
        if resolved.device_id:
            target += f"/{resolved.device_id}"
        audit.record(conn, at=now, actor=who.name, role=who.role, unit_code=who.unit_code,
                     action=action, target=f"{target} {date_from}..{date_to}",
                     ip=client_ip(request))
        return build(conn, resolved, reports.Period(date_from, date_to, now))

    return run_in_transaction(st.engine, work)


@router.get("/reports/form06", response_model=Form06Out, responses=errors(401, 403, 404, 422),
            summary="Biểu 06 by field with a total row (received = resolved + in progress); "
                    "the province also by unit")
def form06(request: Request, who: Caller, date_from: From, date_to: To, scope: ScopeQ = None,
           unit: UnitQ = None, device: DeviceQ = None) -> dict[str, Any]:
    return _scoped(request, who, "report.form06", date_from, date_to, scope, unit, device,
                   reports.form06_scope)


@router.get("/reports/form06/dossiers", response_model=DrilldownOut,
            responses=errors(401, 403, 404, 422),
            summary="The dossiers behind one figure of Biểu 06 (field × column), by code, "
                    "keyset-paged with `after`")
def form06_dossiers(request: Request, who: Caller, date_from: From, date_to: To,
                    column: Form06Column,
                    field: Annotated[str | None, Query(max_length=500, description=(
                        "the row's field; omitted: the total row"))] = None,
                    scope: ScopeQ = None, unit: UnitQ = None, device: DeviceQ = None,
                    after: Annotated[str | None, Query(max_length=64, description=(
                        "the previous page's next_after"))] = None,
                    limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
    field, after = clean_param(field, "field"), clean_param(after, "after")
    return _scoped(request, who, "report.form06.dossiers", date_from, date_to, scope, unit, device,
                   lambda conn, sc, period: drilldown.page(conn, sc, period, column, field,
                                                           after, limit))


@router.get("/reports/indicators", response_model=IndicatorsOut,
            responses=errors(401, 403, 404, 422),
            summary="Share resolved early or on time, overdue now, average working hours; "
                    "by field, procedure, unit or counter")
def get_indicators(request: Request, who: Caller, date_from: From, date_to: To,
                   by: Literal["field", "procedure", "unit", "counter"] = "field",
                   scope: ScopeQ = None, unit: UnitQ = None,
                   device: DeviceQ = None) -> dict[str, Any]:
    return _scoped(request, who, "report.indicators", date_from, date_to, scope, unit, device,
                   lambda conn, sc, period: indicators.indicators(conn, sc, period, by))
