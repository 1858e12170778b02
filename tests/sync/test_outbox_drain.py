"""The outbox drain: offline then online, lost acknowledgements, rejected events set aside."""

from __future__ import annotations

from datetime import datetime

from counter_app.core.dossier import DossierEvent
from counter_app.core.timeutil import VN_TZ
from counter_app.services.context import ServiceContext
from counter_app.storage import outbox
from counter_app.sync.client import CentralClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync import secrets
from tests.sync.conftest import Central, enroll, receive


def engine_for(ctx: ServiceContext, **options: object) -> SyncEngine:
    return SyncEngine(ctx.store, ctx.files, clock=ctx.clock, **options)  # type: ignore[arg-type]


def pending(ctx: ServiceContext) -> list[outbox.OutboxEvent]:
    with ctx.store.reading() as session:
        return outbox.pending(session, 1000)


def test_thirty_dossiers_received_offline_reach_the_central_exactly_once(
        ctx: ServiceContext, fresh_central: Central) -> None:
    fresh_central.start()
    ctx = enroll(ctx, fresh_central)
    fresh_central.stop()

    codes = receive(ctx, 30)
    engine = engine_for(ctx, batch_size=7)  # several batches
    offline = engine.run_once()
    assert not offline.online and offline.error_kind == "offline"
    assert offline.last_error and offline.last_error.startswith("Không kết nối được hệ thống tỉnh")
    assert offline.sent == 0 and offline.pending == 30 and offline.set_aside == 0
    kept = pending(ctx)
    assert [e.dossier_code for e in kept] == codes  # nothing lost, still in order
    assert kept[0].attempts == 1 and kept[0].last_error  # the failure is recorded for the panel

    fresh_central.start()
    report = engine.run_once()
    assert report.ok and report.online, report.last_error
    assert (report.sent, report.applied, report.duplicate, report.rejected) == (30, 30, 0, 0)
    assert report.pending == 0 and report.everything_sent
    assert fresh_central.dossier_count(codes) == 30
    received = fresh_central.events_of(codes, "dossier.received")
    assert len(received) == 30 and len(set(received)) == 30
    assert {fresh_central.dossier_status(c) for c in codes} == {2}
    assert engine.last_success() == report.finished_at
    engine.close()


def test_an_event_sent_twice_is_a_duplicate_and_applies_once(
        online_ctx: ServiceContext, shared_central: Central) -> None:
    ctx = online_ctx
    codes = receive(ctx, 3)
    events = pending(ctx)
    with ctx.store.reading() as session:
        token = secrets.load_device_token(session)
    # The service applies the batch, but its answer never reaches the counter.
    with CentralClient(shared_central.url, token) as client:
        first = client.post_events([e.to_wire() for e in events])
    assert [r["status"] for r in first] == ["applied"] * 3
    assert len(pending(ctx)) == 3

    report = engine_for(ctx).run_once()
    assert (report.sent, report.applied, report.duplicate) == (3, 0, 3)
    assert report.pending == 0 and report.set_aside == 0
    assert len(shared_central.events_of(codes)) == 3
    assert shared_central.dossier_count(codes) == 3


def test_a_rejected_event_is_set_aside_and_the_rest_still_drain(
        online_ctx: ServiceContext, shared_central: Central) -> None:
    ctx = online_ctx
    first = receive(ctx, 1)[0]
    # A hand-back recorded for a dossier still being received (2 → 10): the service refuses it.
    with ctx.store.transaction() as session:
        bad_id = outbox.append(session, DossierEvent(
            "dossier.returned", first, datetime(2025, 11, 17, 9, 30, tzinfo=VN_TZ),
            {"status": 10, "previous_status": 9}), device_id=ctx.device.device_id, clerk="clerk01")
    later = receive(ctx, 2)

    report = engine_for(ctx).run_once()
    assert (report.sent, report.applied, report.rejected) == (4, 3, 1)
    assert report.pending == 0 and report.set_aside == 1 and not report.everything_sent
    with ctx.store.reading() as session:
        aside = outbox.set_aside(session)
    assert [e.event_id for e in aside] == [bad_id]
    assert "invalid_transition" in (aside[0].last_error or "")
    assert shared_central.dossier_count([first, *later]) == 3

    # Kept aside: a second pass sends nothing again.
    again = engine_for(ctx).run_once()
    assert again.sent == 0 and again.set_aside == 1


def test_an_event_that_spoils_its_whole_batch_is_found_and_set_aside(
        online_ctx: ServiceContext, shared_central: Central) -> None:
    ctx = online_ctx
    codes = receive(ctx, 5)
    with ctx.store.transaction() as session:  # NaN is not JSON: no request can carry it
        bad_id = outbox.append(session, DossierEvent(
            "dossier.fee_paid", codes[2], ctx.now(), {"amount": float("nan")}),
            device_id=ctx.device.device_id, clerk="clerk01")
    codes += receive(ctx, 4)

    report = engine_for(ctx).run_once()
    assert report.applied == 9 and report.set_aside_locally == 1, report.last_error
    assert report.pending == 0 and report.set_aside == 1
    with ctx.store.reading() as session:
        assert [e.event_id for e in outbox.set_aside(session)] == [bad_id]
    assert shared_central.dossier_count(codes) == 9
