"""The counter reads Biểu 06 and its drill-down from a live central service, as core objects:
its own counter with the device token, the unit with a supervisor's session."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from central import auth as central_auth
from central.db import run_in_transaction
from counter_app.core.dossier import Status
from counter_app.core.stats import Form06Report
from counter_app.services.context import ServiceContext
from counter_app.sync import secrets
from counter_app.sync.client import CentralClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync.errors import AuthError
from counter_app.sync.reports import fetch_drilldown, fetch_form06
from tests.central.helpers import Counter
from tests.sync.conftest import PASSWORD, UNIT, Central, clerk_session, enroll_alone, receive

FIELD = "Chứng thực"  # the demo catalog's field of 2.000815


def other_counter_posts_one(central: Central, at: datetime) -> str:
    """Counter 3 of the unit receives one dossier (sent straight as an event)."""
    with CentralClient(central.url) as client:
        enrolled = client.enroll(central.enrollment_code(3), "Quầy 3")
    counter = Counter(UNIT, enrolled.device_id, enrolled.device_token, lane_first=1001)
    code = counter.next_code(at)
    with CentralClient(central.url, enrolled.device_token) as client:
        [result] = client.post_events([counter.received(code, at, at + timedelta(days=3),
                                                        field=FIELD)])
    assert result["status"] == "applied", result
    return code


def supervisor_session(central: Central, device_token: str) -> str:
    run_in_transaction(central.engine, lambda conn: central_auth.create_user(
        conn, "truong.bo.phan", PASSWORD, "supervisor", UNIT, datetime.now(timezone.utc)),
        attempts=1)
    with CentralClient(central.url, device_token) as client:
        return str(client.login("truong.bo.phan", PASSWORD)["access_token"])


def test_the_counter_reads_its_own_and_the_units_form06_and_drills_down(
        ctx: ServiceContext, own_central: Central) -> None:
    ctx = enroll_alone(ctx, own_central)
    mine = receive(ctx, 3)
    report = SyncEngine(ctx.store, ctx.files, clock=ctx.clock).run_once()
    assert report.ok and report.applied == 3, report.last_error
    day = ctx.clock().date()
    theirs = other_counter_posts_one(own_central, ctx.clock())
    with ctx.store.reading() as session:
        device_token = secrets.load_device_token(session)
    assert device_token

    with CentralClient(own_central.url, device_token) as client:
        # The device token: the figures of this counter only.
        counter = fetch_form06(client, day, day)
        assert counter.scope == "counter" and counter.date_from == day
        assert isinstance(counter.report, Form06Report)
        row = {r.field: r for r in counter.report.rows}[FIELD]
        assert (row.received_direct, row.in_progress_total, row.received_total) == (3, 3, 3)
        assert counter.report.total.received_total == 3

        # Its drill-down, two lines a page.
        first = fetch_drilldown(client, day, day, "received_total", field=FIELD, limit=2)
        assert len(first.items) == 2 and first.next_after == first.items[-1].code
        rest = fetch_drilldown(client, day, day, "received_total", field=FIELD, limit=2,
                               after=first.next_after)
        assert rest.next_after is None
        lines = [*first.items, *rest.items]
        assert [line.code for line in lines] == sorted(mine)
        assert {line.status for line in lines} == {Status.RECEIVED}
        assert lines[0].procedure_code == "2.000815"
        assert lines[0].received_at == ctx.clock() and lines[0].appointment_at is not None

        # A clerk's session may not see the unit: the service's own reason is kept.
        clerk = clerk_session(own_central.url, device_token)
        with pytest.raises(AuthError) as refused:
            fetch_form06(client, day, day, scope="unit", token=clerk)
        assert refused.value.status == 403 and refused.value.code == "scope_forbidden"
        assert "quầy mình" in refused.value.message

        # A supervisor's session: the whole unit, this counter's and counter 3's dossiers.
        supervisor = supervisor_session(own_central, device_token)
        unit = fetch_form06(client, day, day, token=supervisor)
        assert unit.scope == "unit" and unit.unit_code == UNIT
        assert {r.field: r for r in unit.report.rows}[FIELD].received_total == 4
        everyone = fetch_drilldown(client, day, day, "received_total", token=supervisor)
        assert [line.code for line in everyone.items] == sorted([*mine, theirs])
