"""The back office's changes come down: statuses, extensions, dossiers of other counters."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from counter_app.core.dossier import Status
from counter_app.core.timeutil import VN_TZ, iso
from counter_app.paths import resources_dir
from counter_app.services import queries
from counter_app.services.context import ServiceContext
from counter_app.services.returns import Recipient, return_result
from counter_app.services.setup import open_counter
from counter_app.storage import outbox
from counter_app.sync import state
from counter_app.sync.engine import SyncEngine
from central import progress as central_progress
from central.db import run_in_transaction
from tests.conftest import FakeClock
from tests.sync.conftest import UNIT, Central, enroll, receive


def sync(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    engine = SyncEngine(ctx.store, ctx.files, clock=ctx.clock)
    try:
        report = engine.run_once()
    finally:
        engine.close()
    assert report.ok, report.last_error
    return report


def cursor(ctx: ServiceContext) -> int:
    with ctx.store.reading() as session:
        return int(state.cursor(session))


def test_result_ready_comes_down_and_the_hand_back_goes_up(
        online_ctx: ServiceContext, shared_central: Central, clock: FakeClock) -> None:
    ctx = online_ctx
    code = receive(ctx, 1)[0]
    sync(ctx)
    done = shared_central.admin("progress", code, "9", "--at", "2025-11-17T10:00:00+07:00",
                                "--note", "Đã ký kết quả")
    assert done.returncode == 0, done.stderr

    report = sync(ctx)
    assert report.changes_applied == 1
    dossier = queries.find_by_code(ctx, code)
    assert dossier is not None and dossier.status is Status.RESULT_READY
    assert dossier.resolved_at == datetime(2025, 11, 17, 10, 0, tzinfo=VN_TZ)
    assert dossier.details["back_office"]["note"] == "Đã ký kết quả"
    with ctx.store.reading() as session:
        assert outbox.counts(session) == {"pending": 0, "rejected": 0}  # nothing echoed back

    clock.set(2025, 11, 17, 11, 0)
    return_result(ctx, code, Recipient("applicant"))
    report = sync(ctx)
    assert report.applied == 1
    assert shared_central.dossier_status(code) == int(Status.RETURNED)


def test_an_extension_only_moves_the_appointment(online_ctx: ServiceContext,
                                                 shared_central: Central) -> None:
    ctx = online_ctx
    code = receive(ctx, 1)[0]
    sync(ctx)
    new_at = datetime(2025, 11, 21, 16, 0, tzinfo=VN_TZ)
    now = datetime.now(timezone.utc)
    run_in_transaction(shared_central.engine, lambda conn: central_progress.record_progress(
        conn, unit_code=UNIT, actor="xuly01", role="back_office", code=code,
        status=int(Status.RECEIVED), at=datetime(2025, 11, 17, 9, 30, tzinfo=VN_TZ),
        note="Gia hạn (Mẫu 04)", new_appointment_at=new_at, now=now))

    report = sync(ctx)
    assert report.changes_applied == 1
    dossier = queries.find_by_code(ctx, code)
    assert dossier is not None
    assert dossier.status is Status.RECEIVED
    assert dossier.appointment_at == new_at and dossier.rescheduled
    assert dossier.details["back_office"]["extension"] is True


def test_changes_of_other_counters_dossiers_are_skipped_and_the_cursor_moves(
        online_ctx: ServiceContext, shared_central: Central, tmp_path: Path,
        clock: FakeClock) -> None:
    other = open_counter(tmp_path / "other", resources_dir(), clerk="clerk02", demo=True,
                         clock=clock)
    try:
        other = enroll(other, shared_central)
        code = receive(other, 1)[0]
        sync(other)
    finally:
        other.store.close()
    sync(online_ctx)
    before = cursor(online_ctx)
    assert shared_central.admin("progress", code, "4").returncode == 0

    report = sync(online_ctx)
    assert report.changes_skipped == 1 and report.changes_applied == 0
    assert cursor(online_ctx) == before + 1
    assert queries.find_by_code(online_ctx, code) is None
    assert sync(online_ctx).changes_skipped == 0  # not fetched again


def test_a_change_after_the_counters_own_final_move_keeps_it(
        online_ctx: ServiceContext, shared_central: Central) -> None:
    from counter_app.services.returns import withdraw

    ctx = online_ctx
    code = receive(ctx, 1)[0]
    sync(ctx)
    withdraw(ctx, code, "Công dân xin rút hồ sơ")  # not yet sent …
    assert shared_central.admin("progress", code, "9", "--at", iso(
        datetime(2025, 11, 17, 10, 0, tzinfo=VN_TZ))).returncode == 0  # … the back office was faster

    report = sync(ctx)
    assert report.rejected == 1 and report.changes_conflicts == 1
    dossier = queries.find_by_code(ctx, code)
    assert dossier is not None and dossier.status is Status.WITHDRAWN
    assert dossier.details["back_office"]["status"] == 9  # shown beside it for the supervisor


def test_a_page_with_unknown_unreadable_and_repeated_changes(ctx: ServiceContext) -> None:
    from counter_app.sync.changes import apply_page

    code = receive(ctx, 1)[0]
    at = "2025-11-17T10:00:00+07:00"
    page = [
        {"change_id": 1, "dossier_code": "000.00.06.H56-251117-0999", "status": 4, "at": at},
        {"change_id": 2, "dossier_code": code, "status": 42, "at": at},  # not a status: skipped
        {"change_id": 3, "dossier_code": code, "status": 4, "previous_status": 2, "at": at,
         "appointment_at": "2025-11-18T17:00:00+07:00", "extension": False, "note": ""},
        {"change_id": 3, "dossier_code": code, "status": 4, "previous_status": 2, "at": at,
         "appointment_at": "2025-11-18T17:00:00+07:00", "extension": False, "note": ""},
    ]
    with ctx.store.transaction() as session:
        outcome = apply_page(session, page, ctx.now())
    assert (outcome.applied, outcome.skipped, outcome.conflicts) == (2, 2, 0)
    dossier = queries.find_by_code(ctx, code)
    assert dossier is not None and dossier.status is Status.PROCESSING
    assert dossier.appointment_at == datetime(2025, 11, 18, 17, 0, tzinfo=VN_TZ)


def _copy_sqlite(source: Path, target: Path) -> None:
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def test_a_central_restored_from_a_backup_skips_no_change(ctx: ServiceContext,
                                                          fresh_central: Central,
                                                          tmp_path: Path) -> None:
    """The counter's cursor is ahead of the restored feed: 409, it reads again from 0."""
    from dataclasses import replace

    from counter_app.services.sync_setup import enroll_counter

    central = fresh_central
    central.start()
    # A service of its own: counter 1 (the shared pool of counter numbers is for shared_central).
    ctx = replace(ctx, device=enroll_counter(ctx, central.url, central.enrollment_code(1), "Quầy 1"))
    first, second = receive(ctx, 2)
    sync(ctx)
    backup = tmp_path / "backup.db"
    _copy_sqlite(Path(central.db_url.removeprefix("sqlite:///")), backup)
    for status in ("4", "9"):
        done = central.admin("progress", first, status, "--at", "2025-11-17T10:00:00+07:00")
        assert done.returncode == 0, done.stderr
    sync(ctx)
    assert cursor(ctx) == 2

    central.stop()  # the province restores last night's backup
    central.engine.dispose()
    _copy_sqlite(backup, Path(central.db_url.removeprefix("sqlite:///")))
    central.start()
    done = central.admin("progress", second, "4", "--at", "2025-11-17T11:00:00+07:00")
    assert done.returncode == 0, done.stderr  # change 1 of the restored feed

    report = sync(ctx)
    dossier = queries.find_by_code(ctx, second)
    assert dossier is not None and dossier.status is Status.PROCESSING
    assert report.changes_applied == 1 and getattr(report, "changes_reread", None) is True
    assert cursor(ctx) == 1
    kept = queries.find_by_code(ctx, first)
    assert kept is not None and kept.status is Status.RESULT_READY  # what it knew stays
