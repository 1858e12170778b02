"""Handing results back, withdrawals and the back office's progress as the counter records them."""

from __future__ import annotations

from datetime import datetime

import pytest

from counter_app.core.codes import CodeError
from counter_app.core.dossier import (
    AuthorizedPerson, InvalidTransitionError, Status, TerminalStatusError,
)
from counter_app.core.intake import IntakeError
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, queries, returns
from counter_app.services.errors import DossierNotFoundError
from counter_app.storage import outbox
from tests.back_office import report_progress
from tests.services.helpers import draft


def _ready(ctx, clock) -> str:
    code = intake.receive_dossier(ctx, draft(ctx)).code
    report_progress(ctx, code, Status.RESULT_READY,
                    datetime(2025, 11, 17, 14, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 17, 16, 0)
    return code


def _events(ctx, code):
    with ctx.store.reading() as s:
        return outbox.for_dossier(s, code)


def test_return_to_the_applicant(ctx, clock):
    code = _ready(ctx, clock)
    done = returns.return_result(ctx, code, returns.Recipient("applicant", id_number="038203012345"))
    assert done.status is Status.RETURNED
    assert queries.find_by_code(ctx, code).returned_at == datetime(2025, 11, 17, 16, 0, tzinfo=VN_TZ)
    last = _events(ctx, code)[-1]
    assert last.type == "dossier.returned"
    assert last.payload["recipient"]["kind"] == "applicant"
    # Back-office progress came from the centre: only the counter's own events are queued.
    assert [e.type for e in _events(ctx, code)] == ["dossier.received", "dossier.returned"]


def test_return_to_an_authorized_person_needs_the_authorization(ctx, clock):
    code = _ready(ctx, clock)
    with pytest.raises(IntakeError) as err:
        returns.return_result(ctx, code, returns.Recipient(
            "authorized", authorized=AuthorizedPerson("Phạm Văn Cường", "038095001234", "")))
    assert "recipient.document" in err.value.fields()
    assert queries.find_by_code(ctx, code).status is Status.RESULT_READY
    returns.return_result(ctx, code, returns.Recipient(
        "authorized", authorized=AuthorizedPerson("Phạm Văn Cường", "038095001234",
                                                  "Giấy ủy quyền số 12/UQ ngày 17/11/2025")))
    recipient = _events(ctx, code)[-1].payload["recipient"]
    assert recipient == {"kind": "authorized", "full_name": "Phạm Văn Cường",
                         "id_number": "038095001234",
                         "authorization": "Giấy ủy quyền số 12/UQ ngày 17/11/2025"}


def test_return_with_wrong_id_is_refused(ctx, clock):
    code = _ready(ctx, clock)
    with pytest.raises(IntakeError) as err:
        returns.return_result(ctx, code, returns.Recipient("applicant", id_number="001203099999"))
    assert err.value.fields() == {"recipient.id_number"}


def test_postal_return_needs_a_waybill(ctx, clock):
    code = _ready(ctx, clock)
    with pytest.raises(IntakeError):
        returns.return_result(ctx, code, returns.Recipient("post", waybill="??"))
    returns.return_result(ctx, code, returns.Recipient("post", waybill="ec 123 456 789 vn"))
    assert _events(ctx, code)[-1].payload["recipient"]["waybill"] == "EC123456789VN"


def test_result_not_ready_cannot_be_returned(ctx):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    with pytest.raises(InvalidTransitionError):
        returns.return_result(ctx, code, returns.Recipient("applicant"))
    assert queries.find_by_code(ctx, code).status is Status.RECEIVED
    assert len(_events(ctx, code)) == 1


def test_unknown_code(ctx):
    with pytest.raises(DossierNotFoundError):
        returns.return_result(ctx, "000.00.06.H56-251117-9999", returns.Recipient("applicant"))


def test_withdraw_and_nothing_after_it(ctx, clock):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    with pytest.raises(IntakeError):
        returns.withdraw(ctx, code, "")
    returns.withdraw(ctx, code, "Công dân xin rút hồ sơ")
    assert queries.find_by_code(ctx, code).status is Status.WITHDRAWN
    with pytest.raises(TerminalStatusError):
        returns.withdraw(ctx, code, "lần hai")
    # The back office's late report does not undo the citizen's withdrawal; it is kept beside it.
    assert report_progress(ctx, code, Status.PROCESSING, clock(), note="Đã thụ lý") == "conflict"
    withdrawn = queries.find_by_code(ctx, code)
    assert withdrawn.status is Status.WITHDRAWN
    assert withdrawn.details["back_office"]["note"] == "Đã thụ lý"


def test_extension_moves_the_appointment(ctx, clock):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    later = datetime(2025, 11, 19, 17, 0, tzinfo=VN_TZ)
    report_progress(ctx, code, Status.PROCESSING, clock(), appointment_at=later)
    assert queries.find_by_code(ctx, code).appointment_at == later


def test_short_codes_open_this_units_dossiers(ctx, clock):
    code = intake.receive_dossier(ctx, draft(ctx)).code  # 000.00.06.H56-251117-NNNN
    day, seq = code.split("-")[1:]
    for typed in (f"{day}-{seq}", f" {day}-{int(seq)} ", seq, str(int(seq)), code.lower()):
        found = queries.lookup_code(ctx, typed)
        assert found.code == code, typed
        assert found.dossier is not None and found.dossier.code == code
    clock.set(2025, 11, 18, 9, 0)  # the next day: the number alone is the new day's
    assert queries.lookup_code(ctx, seq).dossier is None
    assert queries.lookup_code(ctx, f"{day}-{seq}").dossier.code == code


def test_a_code_in_no_known_form_says_which_forms_are(ctx):
    with pytest.raises(CodeError) as err:
        queries.lookup_code(ctx, "251117-00a6")
    assert "không đúng dạng" in err.value.message
