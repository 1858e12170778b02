"""The satisfaction rating's rules: 11 criteria scored 0/1/2, an overall 1–5, exact errors."""

from __future__ import annotations

import pytest

from counter_app.core.rating import (
    CRITERIA, CRITERIA_VERSION, OVERALL_LABELS, SCORE_LABELS, SKIPPED, Rating, RatingError,
    check_rating, from_payload, summarize, to_payload,
)

ALL_GOOD = [2] * 11


def test_eleven_criteria_with_unique_codes_and_the_sources_labels():
    assert len(CRITERIA) == 11
    assert len({c.code for c in CRITERIA}) == 11
    assert all(c.text.strip() for c in CRITERIA)
    assert SCORE_LABELS == {0: "Không hài lòng", 1: "Hài lòng", 2: "Rất hài lòng"}
    assert list(OVERALL_LABELS) == [1, 2, 3, 4, 5]
    assert OVERALL_LABELS[1] == "Rất không hài lòng" and OVERALL_LABELS[5] == "Rất hài lòng"


def test_a_whole_rating_is_accepted():
    rating = check_rating([0, 1, 2, 2, 1, 0, 2, 2, 1, 1, 2], 4)
    assert rating == Rating((0, 1, 2, 2, 1, 0, 2, 2, 1, 1, 2), 4)
    assert not rating.skipped


@pytest.mark.parametrize("criteria, overall, field, rule, message", [
    ("2" * 11, 5, "criteria", "type", "Phiếu đánh giá phải là danh sách điểm của 11 tiêu chí."),
    (None, 5, "criteria", "type", "Phiếu đánh giá phải là danh sách điểm của 11 tiêu chí."),
    ([2] * 10, 5, "criteria", "count", "Phiếu đánh giá phải có đúng 11 tiêu chí, nhận được 10."),
    ([2] * 12, 5, "criteria", "count", "Phiếu đánh giá phải có đúng 11 tiêu chí, nhận được 12."),
    ([2, 2, 3] + [2] * 8, 5, "criteria.3", "score",
     "Tiêu chí 3: điểm phải là 0, 1 hoặc 2, nhận được 3."),
    ([2] * 10 + [-1], 5, "criteria.11", "score",
     "Tiêu chí 11: điểm phải là 0, 1 hoặc 2, nhận được -1."),
    ([True] + [2] * 10, 5, "criteria.1", "score",
     "Tiêu chí 1: điểm phải là 0, 1 hoặc 2, nhận được True."),
    ([2] * 5 + [1.0] + [2] * 5, 5, "criteria.6", "score",
     "Tiêu chí 6: điểm phải là 0, 1 hoặc 2, nhận được 1.0."),
    ([2] * 6 + [None] + [2] * 4, 5, "criteria.7", "required", "Tiêu chí 7 chưa được chấm điểm."),
    (ALL_GOOD, None, "overall", "required", "Chưa chọn mức hài lòng chung (từ 1 đến 5)."),
    (ALL_GOOD, 0, "overall", "range", "Mức hài lòng chung phải là một số từ 1 đến 5, nhận được 0."),
    (ALL_GOOD, 6, "overall", "range", "Mức hài lòng chung phải là một số từ 1 đến 5, nhận được 6."),
    (ALL_GOOD, "5", "overall", "range",
     "Mức hài lòng chung phải là một số từ 1 đến 5, nhận được '5'."),
    (ALL_GOOD, True, "overall", "range",
     "Mức hài lòng chung phải là một số từ 1 đến 5, nhận được True."),
])
def test_each_bad_input_gets_its_own_message(criteria, overall, field, rule, message):
    with pytest.raises(RatingError) as err:
        check_rating(criteria, overall)
    assert (err.value.field, err.value.rule, err.value.message) == (field, rule, message)


def test_payload_round_trip_and_skipped():
    rating = check_rating(ALL_GOOD, 5)
    payload = to_payload(rating)
    assert payload == {"criteria": ALL_GOOD, "overall": 5, "skipped": False,
                       "criteria_version": CRITERIA_VERSION}
    assert from_payload(payload) == rating
    assert from_payload(to_payload(SKIPPED)) == SKIPPED


@pytest.mark.parametrize("payload, field", [
    ({"skipped": True, "criteria": ALL_GOOD, "overall": None}, "skipped"),
    ({"skipped": True, "criteria": [], "overall": 5}, "skipped"),
    ({"skipped": "no", "criteria": ALL_GOOD, "overall": 5}, "skipped"),
    ({"criteria": ALL_GOOD, "overall": 5, "criteria_version": "other"}, "criteria_version"),
    ({"criteria": [2] * 11, "overall": 9}, "overall"),
    ({"overall": 3}, "criteria"),
])
def test_a_payload_is_checked_as_strictly_as_the_screen(payload, field):
    with pytest.raises(RatingError) as err:
        from_payload(payload)
    assert err.value.field == field


def test_summary_counts_satisfied_overall_and_means_per_criterion():
    ratings = [check_rating([2] * 11, 5), check_rating([0] * 11, 2),
               check_rating([1] * 10 + [2], 4), SKIPPED]
    s = summarize(ratings)
    assert (s.answered, s.skipped, s.satisfied) == (3, 1, 2)
    assert s.overall_counts == {1: 0, 2: 1, 3: 0, 4: 1, 5: 1}
    assert s.criterion_means[0] == pytest.approx(1.0)
    assert s.criterion_means[10] == pytest.approx(4 / 3)
    assert s.satisfied_share == pytest.approx(2 / 3)
    assert summarize([SKIPPED]).satisfied_share is None
