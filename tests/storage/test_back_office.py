"""The back office's progress as the counter records it: one path for the sync engine and tests."""

from __future__ import annotations

from datetime import datetime

from counter_app.core.dossier import Status
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, queries, returns
from counter_app.sync.changes import apply_change
from tests.back_office import report_progress
from tests.services.helpers import draft

AT = datetime(2025, 11, 17, 10, 0, tzinfo=VN_TZ)
LATER = datetime(2025, 11, 20, 17, 0, tzinfo=VN_TZ)


def test_a_missed_step_takes_the_central_status(ctx):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    report_progress(ctx, code, Status.SUPPLEMENT_REQUIRED, AT)
    # 5 → 4 never reached this counter; the rules alone would refuse 5 → 9.
    assert report_progress(ctx, code, Status.RESULT_READY, AT, note="Đã ký") == "applied"
    dossier = queries.find_by_code(ctx, code)
    assert dossier.status is Status.RESULT_READY and dossier.resolved_at == AT
    assert dossier.details["back_office"]["note"] == "Đã ký"


def test_an_extension_alone_moves_the_appointment(ctx):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    report_progress(ctx, code, Status.PROCESSING, AT)
    assert report_progress(ctx, code, Status.PROCESSING, AT, appointment_at=LATER,
                           extension=True) == "applied"
    dossier = queries.find_by_code(ctx, code)
    assert dossier.status is Status.PROCESSING and dossier.appointment_at == LATER
    assert dossier.rescheduled and dossier.details["back_office"]["extension"] is True


def test_the_counters_own_final_move_stays(ctx, clock):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    report_progress(ctx, code, Status.RESULT_READY, AT)
    clock.set(2025, 11, 17, 11, 0)
    returns.return_result(ctx, code, returns.Recipient("applicant"))
    assert report_progress(ctx, code, Status.STOPPED, AT) == "conflict"
    dossier = queries.find_by_code(ctx, code)
    assert dossier.status is Status.RETURNED
    assert dossier.details["back_office"]["status"] == int(Status.STOPPED)


def test_a_dossier_held_elsewhere_is_skipped(ctx):
    assert report_progress(ctx, "000.00.06.H56-251117-0999", Status.PROCESSING, AT) == "skipped"


def test_the_change_feed_and_the_test_helper_record_the_same(ctx):
    first, second = (intake.receive_dossier(ctx, draft(ctx)).code for _ in range(2))
    report_progress(ctx, first, Status.PROCESSING, AT, appointment_at=LATER, note="Xác minh")
    with ctx.store.transaction() as session:
        apply_change(session, {"change_id": None, "dossier_code": second, "status": 4,
                               "at": AT.isoformat(), "appointment_at": LATER.isoformat(),
                               "note": "Xác minh"}, ctx.now())
    a, b = queries.find_by_code(ctx, first), queries.find_by_code(ctx, second)
    assert (a.status, a.appointment_at, a.details["back_office"]) == (
        b.status, b.appointment_at, b.details["back_office"])
