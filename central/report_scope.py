"""Whose dossiers a report covers (a counter, a unit, the province) and who may ask for which."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection, ColumnElement, Select, select

from central.auth import Principal
from central.errors import ApiError
from central.models import Device, DossierRow, EventRow, Unit

ScopeKind = Literal["counter", "unit", "province"]

# The counter that received a dossier is the device that sent its `dossier.received` event
# (a dossier reaches status 2 once: received at intake, or after Mẫu 02 / online submission).
RECEIPT_EVENT = "dossier.received"

# Roles that read the reports of their whole unit; "province" reads every unit's.
UNIT_ROLES = frozenset({"supervisor", "back_office", "admin"})
COUNTER_ROLES = frozenset({"device", "clerk"})


@dataclass(frozen=True)
class ReportScope:
    """The dossiers a report counts: those received by one device, of one unit, or of all."""

    kind: ScopeKind
    unit_code: str | None = None  # None for the province
    device_id: str | None = None  # only for a counter

    @staticmethod
    def unit(code: str) -> ReportScope:
        return ReportScope("unit", code)


def home_scope(who: Principal) -> ScopeKind:
    """What a report covers when the caller does not say: the widest they may see, but a
    province user's own unit (the province is asked for explicitly)."""
    return "counter" if who.role in COUNTER_ROLES else "unit"


def _forbidden(message: str, who: Principal, asked: str) -> ApiError:
    return ApiError(403, "scope_forbidden", message, {"role": who.role, "scope": asked})


def resolve(conn: Connection, who: Principal, kind: ScopeKind | None, unit: str | None,
            device: str | None) -> ReportScope:
    """The scope `who` asks for, or 403 `scope_forbidden` / 404 when it is not theirs to see.

    clerk (and the counter's device token): only the figures of dossiers received on the
    device they are signed in on; supervisor, back_office, admin: their unit, or one counter
    (device) of it; province: any unit, any counter, or the whole province.
    """
    kind = kind or home_scope(who)
    if who.role in COUNTER_ROLES:
        if kind != "counter" or (unit not in (None, who.unit_code)) or (device not in (None, who.device_id)):
            raise _forbidden("Nhân viên quầy chỉ xem được số liệu của hồ sơ do quầy mình tiếp nhận "
                             "(phạm vi counter); số liệu của cả đơn vị do lãnh đạo đơn vị xem.",
                             who, kind)
        return ReportScope("counter", who.unit_code, who.device_id)
    province = who.role == "province"
    if not province and who.role not in UNIT_ROLES:
        raise _forbidden("Vai trò của bạn không được xem báo cáo.", who, kind)
    if kind == "province":
        if not province:
            raise _forbidden("Chỉ tài khoản cấp tỉnh xem được số liệu của toàn tỉnh; "
                             "bạn xem được số liệu của đơn vị mình.", who, kind)
        return ReportScope("province")
    unit_code = unit or who.unit_code
    if unit_code != who.unit_code:
        if not province:
            raise _forbidden("Bạn chỉ xem được số liệu của đơn vị mình.", who, kind)
        if conn.execute(select(Unit.code).where(Unit.code == unit_code)).first() is None:
            raise ApiError(404, "unknown_unit", "Không có đơn vị này.", {"unit": unit_code})
    if kind == "unit":
        return ReportScope("unit", unit_code)
    device_id = device or (who.device_id if unit_code == who.unit_code else None)
    if device_id is None:
        raise ApiError(422, "device_required", "Hãy chọn quầy (thiết bị) cần xem.", {"unit": unit_code})
    if conn.execute(select(Device.id).where(Device.id == device_id,
                                            Device.unit_code == unit_code)).first() is None:
        raise ApiError(404, "unknown_device", "Không có quầy (thiết bị) này trong đơn vị.",
                       {"unit": unit_code})
    return ReportScope("counter", unit_code, device_id)


def receipts() -> Select[str, str]:
    """(dossier code, device that received it), one row per received dossier."""
    return select(EventRow.dossier_code, EventRow.device_id).where(EventRow.type == RECEIPT_EVENT)


def conditions(scope: ReportScope) -> list[ColumnElement[bool]]:
    """WHERE clauses on DossierRow for the scope."""
    d = DossierRow
    out: list[ColumnElement[bool]] = []
    if scope.unit_code is not None:
        out.append(d.unit_code == scope.unit_code)
    if scope.kind == "counter":
        out.append(d.code.in_(select(EventRow.dossier_code).where(
            EventRow.type == RECEIPT_EVENT, EventRow.device_id == scope.device_id,
            EventRow.unit_code == scope.unit_code)))
    return out
