"""Biểu 06 and its drill-down from the central service (a counter, the unit, the province),
read back into core objects for the reports screen."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Literal

from counter_app.core.dossier import Status
from counter_app.core.stats import Form06Report, Form06Row, StatsInvariantError
from counter_app.core.timeutil import parse_iso
from counter_app.sync.client import CentralClient
from counter_app.core.messages import msg
from counter_app.sync.errors import ServerError

Scope = Literal["counter", "unit", "province"]
_ROW_FIELDS = tuple(f.name for f in fields(Form06Row))


@dataclass(frozen=True)
class ScopedForm06:
    """Biểu 06 of a scope as the central service computed it; `units` for the province."""

    scope: Scope
    unit_code: str | None
    device_id: str | None
    date_from: date
    date_to: date
    report: Form06Report
    units: tuple[tuple[str, str, Form06Report], ...] = ()  # (unit code, unit name, Biểu 06)


@dataclass(frozen=True)
class DossierLine:
    """One dossier behind a figure."""

    code: str
    unit_code: str
    field: str
    procedure_code: str
    procedure_name: str
    channel: str
    status: Status
    received_at: datetime | None
    appointment_at: datetime | None
    resolved_at: datetime | None
    withdrawn_at: datetime | None


@dataclass(frozen=True)
class DrilldownPage:
    items: tuple[DossierLine, ...]
    next_after: str | None  # pass as `after` for the next page; None: the last page


def _bad(what: str) -> ServerError:
    return ServerError(msg("sync.bad_report", what=what), code="bad_response")


def _row(data: Any) -> Form06Row:
    if not isinstance(data, dict) or set(data) != set(_ROW_FIELDS):
        raise _bad("Biểu 06")
    if not isinstance(data["field"], str) or any(
            type(data[name]) is not int for name in _ROW_FIELDS if name != "field"):
        raise _bad("Biểu 06")
    return Form06Row(**data)


def _report(data: Any) -> Form06Report:
    if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
        raise _bad("Biểu 06")
    report = Form06Report(rows=tuple(_row(r) for r in data["rows"]), total=_row(data.get("total")))
    try:
        report.check()
    except StatsInvariantError:
        raise ServerError(msg("sync.report_unbalanced"), code="bad_response") from None
    return report


def _params(date_from: date, date_to: date, scope: Scope | None, unit: str | None,
            device: str | None) -> dict[str, Any]:
    params: dict[str, Any] = {"from": date_from.isoformat(), "to": date_to.isoformat()}
    for name, value in (("scope", scope), ("unit", unit), ("device", device)):
        if value is not None:
            params[name] = value
    return params


def fetch_form06(client: CentralClient, date_from: date, date_to: date, *,
                 scope: Scope | None = None, unit: str | None = None, device: str | None = None,
                 token: str | None = None) -> ScopedForm06:
    """Biểu 06 from the central service. With the device token: this counter's dossiers;
    with a supervisor's session (`token`): the unit; a province user's: `scope="province"`.
    Raises the sync errors (Offline, AuthError with the service's reason for a scope the
    caller may not see, ServerError for an answer that does not add up)."""
    data = client.report("form06", _params(date_from, date_to, scope, unit, device), token)
    try:
        units = tuple((str(u["unit_code"]), str(u["unit_name"]), _report(u))
                      for u in data.get("units") or ())
        return ScopedForm06(data["scope"], data["unit_code"], data["device_id"],
                            date.fromisoformat(data["from"]), date.fromisoformat(data["to"]),
                            _report(data), units)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _bad("Biểu 06") from None


def _moment(value: Any) -> datetime | None:
    return None if value is None else parse_iso(str(value))


def fetch_drilldown(client: CentralClient, date_from: date, date_to: date, column: str, *,
                    field: str | None = None, scope: Scope | None = None,
                    unit: str | None = None, device: str | None = None, after: str | None = None,
                    limit: int = 100, token: str | None = None) -> DrilldownPage:
    """One page of the dossiers behind a figure: `field` (None: the total row) × `column`
    (a name of core.stats.FORM06_FIGURES or "withdrawn"), in code order after `after`."""
    params = _params(date_from, date_to, scope, unit, device)
    params.update(column=column, limit=limit)
    if field is not None:
        params["field"] = field
    if after:
        params["after"] = after
    data = client.report("form06/dossiers", params, token)
    try:
        items = tuple(DossierLine(
            code=str(i["code"]), unit_code=str(i["unit_code"]), field=str(i["field"]),
            procedure_code=str(i["procedure_code"]), procedure_name=str(i["procedure_name"]),
            channel=str(i["channel"]), status=Status(int(i["status"])),
            received_at=_moment(i["received_at"]), appointment_at=_moment(i["appointment_at"]),
            resolved_at=_moment(i["resolved_at"]), withdrawn_at=_moment(i["withdrawn_at"]))
            for i in data["items"])
        after_code = data["next_after"]
        return DrilldownPage(items, None if after_code is None else str(after_code))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _bad("danh sách hồ sơ") from None
