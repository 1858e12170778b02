"""Devices enroll with a one-time code; clerks log in on an enrolled device (SYNC-API "Identity")."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import Connection

from counter_app.core.codes import lane_for_counter
from central import audit, auth, throttle, timecheck
from central.api.deps import (
    ANYONE, bearer_token, client_ip, errors, principal, require, state,
)
from central.auth import Principal
from central.db import run_in_transaction
from central.errors import ApiError, unauthorized
from central.schemas import (
    ClerkOut, CodeLaneOut, EnrollRequest, EnrollResponse, LoginRequest, LoginResponse,
)

router = APIRouter(prefix="/api/v1", tags=["identity"])


@router.post("/devices/enroll", response_model=EnrollResponse, responses=errors(400, 401, 422),
             summary="Trade a one-time enrollment code for a long-lived device token")
def enroll(body: EnrollRequest, request: Request) -> EnrollResponse:
    st = state(request)
    now = st.now()

    def work(conn: Connection) -> auth.Enrollment:
        result = auth.enroll(conn, body.enrollment_code, body.device_name, now)
        audit.record(conn, at=now, actor=f"device:{result.device_id}", role="device",
                     unit_code=result.unit_code, action="device.enroll",
                     target=body.device_name, ip=client_ip(request))
        return result

    result = run_in_transaction(st.engine, work)
    lane = None
    if result.counter_no is not None:
        try:
            first_last = lane_for_counter(result.counter_no)
            lane = CodeLaneOut(first=first_last.first, last=first_last.last)
        except ValueError:
            lane = None
    return EnrollResponse(device_id=result.device_id, device_token=result.device_token,
                          unit_code=result.unit_code, unit_name=result.unit_name,
                          counter_no=result.counter_no, code_lane=lane)


@router.post("/sessions", response_model=LoginResponse, responses=errors(400, 401, 403, 422, 429),
             summary="Clerk login on an enrolled device (device token in the header)")
def login(body: LoginRequest, request: Request,
          device: Annotated[Principal, Depends(principal)]) -> LoginResponse:
    if device.kind != "device":
        raise ApiError(403, "device_token_required", "Đăng nhập cần mã thiết bị (device token).")
    st = state(request)
    now = st.now()
    ip = client_ip(request)

    source = f"login:{device.device_id}:{ip}"

    def work(conn: Connection) -> tuple[auth.LoginOutcome | None, datetime | None]:
        wait = throttle.wait_until(conn, source, now)
        if wait is not None:  # this source must wait; the password is not even checked
            audit.record(conn, at=now, actor=f"device:{device.device_id}", role="device",
                         unit_code=device.unit_code, action="session.login_throttled", ip=ip,
                         detail=f"until={wait.isoformat()}")
            return None, wait
        outcome = auth.login(conn, device, body.username, body.password, now, st.access_ttl)
        if outcome.status == "ok":
            throttle.succeeded(conn, source)
            wait = None
        else:
            wait = throttle.failed(conn, source, throttle.LOGIN, now)
        actor = (body.username if outcome.known_user
                 else audit.pseudonym(st.audit_key, body.username))
        action = "session.login" if outcome.status == "ok" else "session.login_failed"
        audit.record(conn, at=now, actor=actor, role="clerk", unit_code=device.unit_code,
                     action=action, target=f"device:{device.device_id}", ip=ip,
                     detail="" if wait is None else f"source waits until {wait.isoformat()}")
        return outcome, wait

    outcome, wait = run_in_transaction(st.engine, work)
    if outcome is None:
        assert wait is not None
        seconds = max(1, int((wait - now).total_seconds() + 0.999))
        raise ApiError(429, "too_many_attempts",
                       f"Nhập sai nhiều lần từ máy này; thử lại sau {seconds} giây.",
                       {"retry_at": wait.isoformat(), "retry_after_s": seconds},
                       headers={"Retry-After": str(seconds)})
    if outcome.status == "bad":
        raise unauthorized("Sai tên đăng nhập hoặc mật khẩu.", "invalid_credentials")
    assert outcome.user is not None and outcome.expires_at is not None
    offset = None if body.client_time is None else timecheck.clock_offset(body.client_time, now)
    return LoginResponse(access_token=outcome.token, expires_at=outcome.expires_at,
                         clerk=ClerkOut.model_validate(outcome.user),
                         server_time=now,
                         clock_offset_s=None if offset is None else round(offset.total_seconds()),
                         clock_warning=None if offset is None else timecheck.clock_warning(offset))


@router.delete("/sessions", status_code=204, responses=errors(401, 403),
               summary="Log out: the access token in the header stops working")
def logout(request: Request, who: Annotated[Principal, Depends(require(*ANYONE))],
           token: Annotated[str, Depends(bearer_token)]) -> Response:
    if who.kind != "user":
        raise ApiError(403, "access_token_required", "Chỉ phiên đăng nhập mới đăng xuất được.")
    st = state(request)
    now = st.now()

    def work(conn: Connection) -> None:
        auth.logout(conn, token, now)
        audit.record(conn, at=now, actor=who.name, role=who.role, unit_code=who.unit_code,
                     action="session.logout", ip=client_ip(request))

    run_in_transaction(st.engine, work)
    return Response(status_code=204)
