"""The back office moves a dossier (statuses 4, 5, 6, 8, 9) and may extend it once (Mẫu 04)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from counter_app.core.deadlines import RescheduleError, reschedule
from counter_app.core.dossier import Status, TransitionError, check_transition
from central import audit, changes, timecheck
from central.errors import ApiError, not_found
from central.models import DossierRow
from central.notify import outbox as notify_outbox
from central.portal import outbox as portal_outbox
from central.reference import Reference, resumed_appointment


def record_progress(conn: Connection, *, unit_code: str, actor: str, role: str, code: str,
                    status: int, at: datetime, note: str, new_appointment_at: datetime | None,
                    now: datetime, ip: str = "") -> dict[str, Any]:
    """Apply one step of the back office; returns the dossier row after it.

    A new appointment alone (the status unchanged) is an extension without a move. Raises
    404 for a dossier of another unit, 409 for a move the rules refuse or a second extension.
    """
    row = conn.execute(select(DossierRow.__table__)
                       .where(DossierRow.code == code, DossierRow.unit_code == unit_code)
                       .with_for_update()).mappings().first()
    if row is None:
        raise not_found("Không tìm thấy hồ sơ.")
    state = dict(row)
    current = Status(state["status"])
    target = Status(status)
    if state["received_at"] is not None and at < state["received_at"]:
        raise ApiError(422, "before_receipt", "Thời điểm cập nhật trước thời điểm tiếp nhận.")
    try:
        timecheck.not_ahead(at, now, "at")
        if new_appointment_at is not None:
            timecheck.within_reach(new_appointment_at, at, "new_appointment_at")
    except ValueError as error:
        raise ApiError(422, "implausible_time", f"Thời điểm không hợp lý: {error}") from None
    values: dict[str, Any] = {"status": int(target), "updated_at": now}
    extension = new_appointment_at is not None
    if not (extension and target is current):
        try:
            check_transition(current, target, "back_office",
                             was_received=state["received_at"] is not None)
        except TransitionError as error:
            raise ApiError(409, error.code, str(error),
                           {"current": int(current), "target": int(target)}) from None
    appointment = state["appointment_at"]
    if current is Status.SUPPLEMENT_REQUIRED and target is not current and state["paused_at"]:
        if appointment is not None:
            appointment = resumed_appointment(Reference(conn), state["procedure_code"],
                                              appointment, state["paused_at"], at)
        values["paused_at"] = None
    if target is Status.SUPPLEMENT_REQUIRED and current is not target:
        values["paused_at"] = at  # the clock stops while the citizen completes the dossier
    if target in (Status.RESULT_READY, Status.STOPPED):
        values["resolved_at"] = at
    if extension:
        assert new_appointment_at is not None
        if appointment is None:
            raise ApiError(409, "not_received", "Hồ sơ chưa được tiếp nhận nên chưa có ngày hẹn.")
        try:
            appointment = reschedule(appointment, new_appointment_at, state["rescheduled"])
        except RescheduleError as error:
            code = "already_rescheduled" if state["rescheduled"] else "appointment_not_later"
            raise ApiError(409 if state["rescheduled"] else 422, code, str(error)) from None
        values["rescheduled"] = True
    values["appointment_at"] = appointment
    conn.execute(update(DossierRow.__table__).where(DossierRow.code == code).values(**values))
    seq = changes.record(conn, unit_code=unit_code, dossier_code=code, status=int(target),
                         previous_status=int(current), at=at, appointment_at=appointment,
                         extension=extension, note=note, actor=actor, now=now)
    before = dict(state)
    state.update(values)
    portal_outbox.add(conn, portal_outbox.records(before, state, at=at, actor=actor, note=note,
                                                  now=now))
    audit.record(conn, at=now, actor=actor, role=role, unit_code=unit_code,
                 action="dossier.progress", target=code, ip=ip,
                 detail=f"{int(current)}->{int(target)}" + (" extension" if extension else ""))
    kind = notify_outbox.kind_after_progress(int(current), int(target), extension)
    if kind is not None:
        notify_outbox.enqueue(conn, state, kind, notify_outbox.source_for(kind, f"change-{seq}"),
                              now)
    return state
