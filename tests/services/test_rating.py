"""Recording the citizen's satisfaction rating: only after the return, once, with its event."""

from __future__ import annotations

from datetime import datetime

import pytest

from counter_app.core.dossier import Status
from counter_app.core.rating import CRITERIA_VERSION
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, queries, rating, returns
from counter_app.services.errors import DossierNotFoundError
from counter_app.storage import outbox
from tests.back_office import report_progress
from tests.services.helpers import draft

ANSWERS = [2, 2, 1, 2, 2, 1, 2, 2, 0, 1, 2]


def _returned(ctx, clock) -> str:
    code = intake.receive_dossier(ctx, draft(ctx)).code
    report_progress(ctx, code, Status.RESULT_READY, datetime(2025, 11, 17, 14, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 17, 16, 0)
    returns.return_result(ctx, code, returns.Recipient("applicant"))
    clock.set(2025, 11, 17, 16, 1)
    return code


def _events(ctx, code):
    with ctx.store.reading() as s:
        return outbox.for_dossier(s, code)


def test_rating_is_stored_with_its_event_in_the_outbox(ctx, clock):
    code = _returned(ctx, clock)
    rating.record(ctx, code, ANSWERS, 4)
    event = _events(ctx, code)[-1]
    assert event.type == "dossier.rated"
    assert event.clerk == "clerk01"
    assert event.payload == {"criteria": ANSWERS, "overall": 4, "skipped": False,
                             "criteria_version": CRITERIA_VERSION,
                             "rated_at": "2025-11-17T16:01:00+07:00"}
    stored = rating.rating_of(ctx, code)
    assert stored.rating.criteria == tuple(ANSWERS) and stored.rating.overall == 4
    assert stored.rated_at == datetime(2025, 11, 17, 16, 1, tzinfo=VN_TZ)


def test_a_skip_is_recorded_and_sent_too(ctx, clock):
    code = _returned(ctx, clock)
    rating.skip(ctx, code)
    event = _events(ctx, code)[-1]
    assert event.type == "dossier.rated"
    assert event.payload["skipped"] is True and event.payload["criteria"] == []
    assert event.payload["overall"] is None
    assert rating.rating_of(ctx, code).rating.skipped


def test_one_rating_per_dossier(ctx, clock):
    code = _returned(ctx, clock)
    rating.record(ctx, code, ANSWERS, 4)
    before = _events(ctx, code)
    with pytest.raises(rating.RatingRefusedError) as err:
        rating.record(ctx, code, [0] * 11, 1)
    assert err.value.rule == "already_rated"
    assert err.value.message == ("Hồ sơ %s đã được đánh giá lúc 16:01 17/11/2025; "
                                 "mỗi hồ sơ chỉ đánh giá một lần." % code)
    with pytest.raises(rating.RatingRefusedError) as err:
        rating.skip(ctx, code)
    assert err.value.rule == "already_rated"
    assert _events(ctx, code) == before  # nothing more queued
    assert rating.rating_of(ctx, code).rating.overall == 4  # the first answers kept


def test_a_dossier_not_returned_cannot_be_rated(ctx, clock):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    with pytest.raises(rating.RatingRefusedError) as err:
        rating.record(ctx, code, ANSWERS, 5)
    assert err.value.rule == "not_returned"
    assert "Đã tiếp nhận" in err.value.message
    with pytest.raises(rating.RatingRefusedError):
        rating.skip(ctx, code)
    assert [e.type for e in _events(ctx, code)] == ["dossier.received"]
    assert rating.rating_of(ctx, code) is None
    assert queries.find_by_code(ctx, code).status is Status.RECEIVED


def test_bad_answers_change_nothing(ctx, clock):
    code = _returned(ctx, clock)
    with pytest.raises(rating.RatingRefusedError) as err:
        rating.record(ctx, code, ANSWERS[:10], 4)
    assert (err.value.field, err.value.rule) == ("criteria", "count")
    with pytest.raises(rating.RatingRefusedError) as err:
        rating.record(ctx, code, ANSWERS, 7)
    assert err.value.field == "overall"
    assert rating.rating_of(ctx, code) is None
    assert _events(ctx, code)[-1].type == "dossier.returned"
    rating.record(ctx, code, ANSWERS, 3)  # the corrected answers are still welcome


def test_unknown_dossier(ctx):
    with pytest.raises(DossierNotFoundError):
        rating.record(ctx, "000.00.06.H56-251117-9999", ANSWERS, 5)


def test_summary_of_a_period(ctx, clock):
    codes = [intake.receive_dossier(ctx, draft(ctx)).code for _ in range(3)]
    for code in codes:
        report_progress(ctx, code, Status.RESULT_READY, datetime(2025, 11, 17, 14, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 17, 16, 0)
    for code in codes:
        returns.return_result(ctx, code, returns.Recipient("applicant"))
    first, second, third = codes
    rating.record(ctx, first, ANSWERS, 5)
    rating.record(ctx, second, [0] * 11, 2)
    rating.skip(ctx, third)
    day = datetime(2025, 11, 17, tzinfo=VN_TZ)
    s = rating.summary(ctx, day, day.replace(day=18))
    assert (s.answered, s.skipped, s.satisfied) == (2, 1, 1)
    assert s.satisfied_share == 0.5
    assert s.criterion_means[0] == 1.0  # (2 + 0) / 2
    assert rating.summary(ctx, day.replace(day=18), day.replace(day=19)).answered == 0
