"""Enrollment with a one-time code, and clerk login online then offline."""

from __future__ import annotations

import pytest

from counter_app.core.codes import lane_for_counter
from counter_app.services import auth
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError, SetupError
from counter_app.services.sync_setup import enroll_counter, is_enrolled, login_online
from counter_app.storage import outbox, settings
from counter_app.sync import secrets, state
from counter_app.sync.engine import SyncEngine
from tests.sync.conftest import CLERK, CLERK_NAME, PASSWORD, UNIT, Central, enroll, receive


def test_enrollment_saves_identity_lane_token_and_address(ctx: ServiceContext,
                                                          shared_central: Central) -> None:
    # Received before enrollment: queued under the local device id the service does not know.
    early = receive(ctx, 1)
    code = shared_central.enrollment_code(7)
    device = enroll_counter(ctx, shared_central.url + "/", code.lower(), "Quầy 7")
    assert device.unit_code == UNIT and device.counter_no == 7
    assert device.unit_name.startswith("Trung tâm Phục vụ")
    assert device.lanes == (lane_for_counter(7),)
    with ctx.store.reading() as session:
        assert settings.load_device(session) == device
        assert (secrets.load_device_token(session) or "").startswith("dev_")
        assert state.base_url(session) == shared_central.url
        assert {e.device_id for e in outbox.pending(session)} == {device.device_id}
    assert is_enrolled(ctx.store)
    # The pre-enrollment event is accepted under the new identity.
    report = SyncEngine(ctx.store, ctx.files, clock=ctx.clock).run_once()
    assert report.applied == 1 and report.pending == 0, report
    assert shared_central.dossier_status(early[0]) == 2


def test_a_used_code_is_refused_in_vietnamese(ctx: ServiceContext, shared_central: Central) -> None:
    code = shared_central.enrollment_code(8)
    enroll_counter(ctx, shared_central.url, code, "Quầy 8")
    with pytest.raises(ServiceError) as caught:
        enroll_counter(ctx, shared_central.url, code, "Quầy 8")
    assert caught.value.rule == "invalid_enrollment_code"


def test_enrollment_needs_a_counter_number(ctx: ServiceContext, shared_central: Central) -> None:
    with pytest.raises(SetupError) as caught:
        enroll_counter(ctx, shared_central.url, shared_central.enrollment_code(None), "Máy xử lý")
    assert "số quầy" in caught.value.message
    assert not is_enrolled(ctx.store)


def test_refuses_a_store_holding_another_units_dossiers(ctx: ServiceContext,
                                                       shared_central: Central) -> None:
    from dataclasses import replace

    other = replace(ctx, device=replace(ctx.device, unit_code="000.00.99.H56"))
    receive(other, 1)
    with pytest.raises(SetupError) as caught:
        enroll_counter(ctx, shared_central.url, shared_central.enrollment_code(9), "Quầy 9")
    assert "000.00.99.H56" in caught.value.message
    assert not is_enrolled(ctx.store)


def test_unreachable_service_says_so(ctx: ServiceContext) -> None:
    from tests.central.helpers import free_port

    with pytest.raises(ServiceError) as caught:
        enroll_counter(ctx, f"http://127.0.0.1:{free_port()}", "ABCD-EFGH-JKLM", "Quầy")
    assert caught.value.message.startswith("Không kết nối được hệ thống tỉnh")


def test_online_login_keeps_a_verifier_then_offline_login_works(
        ctx: ServiceContext, fresh_central: Central) -> None:
    fresh_central.start()
    ctx = enroll(ctx, fresh_central)
    assert CLERK not in {c.username for c in auth.list_clerks(ctx.store)}

    result = login_online(ctx, None, CLERK, PASSWORD, now=ctx.clock)
    assert result.online and result.access_token
    # The test's clock is set in November 2025, far behind the service's: it is told so.
    assert "Đồng hồ máy quầy chậm" in result.clock_warning
    assert result.clerk == auth.Clerk(CLERK, CLERK_NAME, "clerk")
    assert auth.Clerk(CLERK, CLERK_NAME, "clerk") in auth.list_clerks(ctx.store)
    with pytest.raises(auth.LoginError) as wrong:
        login_online(ctx, None, CLERK, "not-the-password", now=ctx.clock)
    assert wrong.value.rule == "invalid"

    fresh_central.stop()
    offline = login_online(ctx, None, CLERK, PASSWORD, now=ctx.clock)
    assert not offline.online and offline.access_token is None
    assert offline.clerk.username == CLERK
    assert offline.message.startswith("Không kết nối được hệ thống tỉnh")
    with pytest.raises(auth.LoginError):
        login_online(ctx, None, CLERK, "not-the-password", now=ctx.clock)


def test_locked_account_online_is_final(online_ctx: ServiceContext) -> None:
    for _ in range(5):
        with pytest.raises(auth.LoginError):
            login_online(online_ctx, None, "khoa.tam", "wrong-password", now=online_ctx.clock)
    with pytest.raises(auth.LoginError) as locked:
        login_online(online_ctx, None, "khoa.tam", PASSWORD, now=online_ctx.clock)
    assert locked.value.rule == "locked"
