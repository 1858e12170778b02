"""The status machine: exactly the moves RULES.md allows, each with the right event; all else refused."""

from __future__ import annotations

from datetime import datetime

import pytest

from counter_app.core.dossier import (
    Applicant, Dossier, InvalidTransitionError, Status, TerminalStatusError, TransitionError,
    WrongActorError, allowed_targets, check_transition, from_payload, to_payload, transition,
)
from counter_app.core.timeutil import VN_TZ

S = Status
# Written out by hand from RULES.md (counter owns 2, 3, 7, 10; back office 4, 5, 6, 8, 9), so a
# change to the table in the code shows up here as a failure, not as a silently updated mirror.
ALLOWED = {
    ("counter", None, S.NEW): "dossier.submitted_online",
    ("counter", None, S.RECEIVED): "dossier.received",
    ("counter", None, S.REFUSED): "dossier.refused",
    ("counter", None, S.SUPPLEMENT_REQUIRED): "dossier.supplement_requested",
    ("counter", S.NEW, S.RECEIVED): "dossier.received",
    ("counter", S.NEW, S.REFUSED): "dossier.refused",
    ("counter", S.NEW, S.SUPPLEMENT_REQUIRED): "dossier.supplement_requested",
    ("counter", S.NEW, S.WITHDRAWN): "dossier.withdrawn",
    ("counter", S.RECEIVED, S.WITHDRAWN): "dossier.withdrawn",
    ("counter", S.PROCESSING, S.WITHDRAWN): "dossier.withdrawn",
    ("counter", S.SUPPLEMENT_REQUIRED, S.WITHDRAWN): "dossier.withdrawn",
    ("counter", S.AWAITING_PAYMENT, S.WITHDRAWN): "dossier.withdrawn",
    ("counter", S.RESULT_READY, S.RETURNED): "dossier.returned",
    ("back_office", S.RECEIVED, S.PROCESSING): "dossier.processing",
    ("back_office", S.RECEIVED, S.SUPPLEMENT_REQUIRED): "dossier.supplement_requested",
    ("back_office", S.RECEIVED, S.AWAITING_PAYMENT): "dossier.awaiting_payment",
    ("back_office", S.RECEIVED, S.STOPPED): "dossier.stopped",
    ("back_office", S.RECEIVED, S.RESULT_READY): "dossier.result_ready",
    ("back_office", S.PROCESSING, S.SUPPLEMENT_REQUIRED): "dossier.supplement_requested",
    ("back_office", S.PROCESSING, S.AWAITING_PAYMENT): "dossier.awaiting_payment",
    ("back_office", S.PROCESSING, S.STOPPED): "dossier.stopped",
    ("back_office", S.PROCESSING, S.RESULT_READY): "dossier.result_ready",
    ("back_office", S.SUPPLEMENT_REQUIRED, S.STOPPED): "dossier.stopped",
    ("back_office", S.AWAITING_PAYMENT, S.PROCESSING): "dossier.processing",
    ("back_office", S.AWAITING_PAYMENT, S.RESULT_READY): "dossier.result_ready",
    ("back_office", S.AWAITING_PAYMENT, S.STOPPED): "dossier.stopped",
}
CASES = [(actor, cur, tgt) for actor in ("counter", "back_office")
         for cur in [None, *S] for tgt in S]


@pytest.mark.parametrize("actor, current, target", CASES)
def test_every_move(actor, current, target):
    key = (actor, current, target)
    if current is S.SUPPLEMENT_REQUIRED and target in (S.RECEIVED, S.PROCESSING):
        return  # depends on whether it was received: see the tests below
    if key in ALLOWED:
        assert check_transition(current, target, actor, was_received=True) == ALLOWED[key]
        return
    with pytest.raises(TransitionError) as err:
        check_transition(current, target, actor, was_received=True)
    if current in (S.REFUSED, S.WITHDRAWN, S.STOPPED, S.RETURNED):
        assert isinstance(err.value, TerminalStatusError)
    other = "back_office" if actor == "counter" else "counter"
    if (other, current, target) in ALLOWED:
        assert isinstance(err.value, WrongActorError)
    elif current not in (S.REFUSED, S.WITHDRAWN, S.STOPPED, S.RETURNED):
        assert isinstance(err.value, InvalidTransitionError)
    assert str(err.value)  # a message the clerk can read


def test_supplement_arriving_depends_on_whether_it_was_ever_received():
    # Mẫu 02 at intake (never received): bringing the supplement receives the dossier.
    assert check_transition(S.SUPPLEMENT_REQUIRED, S.RECEIVED, "counter",
                            was_received=False) == "dossier.received"
    with pytest.raises(InvalidTransitionError):
        check_transition(S.SUPPLEMENT_REQUIRED, S.PROCESSING, "counter", was_received=False)
    # Sent back by the back office: the supplement resumes processing, from either side.
    for actor in ("counter", "back_office"):
        assert check_transition(S.SUPPLEMENT_REQUIRED, S.PROCESSING, actor,
                                was_received=True) == "dossier.supplement_received"
    with pytest.raises(InvalidTransitionError):
        check_transition(S.SUPPLEMENT_REQUIRED, S.RECEIVED, "counter", was_received=True)


def test_allowed_targets_for_menus():
    assert allowed_targets(S.RESULT_READY, "counter") == {S.RETURNED}
    assert allowed_targets(S.RESULT_READY, "back_office") == frozenset()
    assert allowed_targets(S.RETURNED, "counter") == frozenset()
    assert S.RESULT_READY in allowed_targets(S.PROCESSING, "back_office")


def _dossier(status=S.RECEIVED):
    t = datetime(2025, 11, 17, 9, 0, tzinfo=VN_TZ)
    return Dossier(code="000.00.06.H56-251117-0001", procedure_code="2.000815",
                   procedure_name="Chứng thực bản sao từ bản chính", field="Chứng thực",
                   receiving_unit="000.00.06.H56", resolving_unit="UBND xã", channel="direct",
                   applicant=Applicant("Nguyễn Văn An", "038203012345"), status=status,
                   received_at=t, appointment_at=t.replace(hour=17))


def test_transition_yields_the_event_and_a_new_value():
    d = _dossier()
    at = datetime(2025, 11, 17, 10, 0, tzinfo=VN_TZ)
    new, event = transition(d, S.PROCESSING, "back_office", at, {"note": "chuyển phòng"})
    assert d.status is S.RECEIVED and new.status is S.PROCESSING
    assert (event.type, event.dossier_code, event.occurred_at) == ("dossier.processing", d.code, at)
    assert event.payload == {"status": 4, "previous_status": 2, "note": "chuyển phòng"}


def test_transition_before_receipt_is_refused():
    d = _dossier()
    with pytest.raises(InvalidTransitionError):
        transition(d, S.PROCESSING, "back_office", datetime(2025, 11, 16, 9, 0, tzinfo=VN_TZ))


def test_payload_round_trip():
    d = _dossier()
    assert from_payload(d.code, d.status, to_payload(d)) == d
