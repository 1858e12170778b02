"""The citizen's satisfaction rating after a return: 11 criteria scored 0/1/2 and an overall 1–5.

The criteria are data (sources in docs/rating.md): criteria 1–9 are the indices of the
evaluation of administrative-procedure handling (Decree 61/2018/NĐ-CP, guided by Circular
01/2018/TT-VPCP), 10–11 the two service questions the Thanh Hóa one-stop system asks with
them. A deployment whose province words them otherwise changes this table, not the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

# Events and rows carry this so a later change of the criteria never mixes two sets in a sum.
CRITERIA_VERSION = "tt01-2018-11"


@dataclass(frozen=True)
class Criterion:
    """One criterion as the citizen reads it (chỉ số)."""

    code: str
    text: str


CRITERIA: tuple[Criterion, ...] = (
    Criterion("CS01", "Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định"),
    Criterion("CS02", "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết "
                      "(kể cả đơn vị phối hợp)"),
    Criterion("CS03", "Số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ "
                      "(kể cả liên hệ trực tuyến)"),
    Criterion("CS04", "Số cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ "
                      "(kể cả liên hệ trực tuyến)"),
    Criterion("CS05", "Việc tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa"),
    Criterion("CS06", "Công khai thủ tục hành chính"),
    Criterion("CS07", "Thái độ của cán bộ, công chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ "
                      "và giải quyết thủ tục hành chính"),
    Criterion("CS08", "Tiếp thu, giải trình đối với ý kiến phản ánh, kiến nghị của người dân"),
    Criterion("CS09", "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến"),
    Criterion("CS10", "Mức độ thuận tiện khi sử dụng dịch vụ (dễ sử dụng, thời gian đáp ứng)"),
    Criterion("CS11", "Đánh giá tổng thể dịch vụ"),
)
CRITERIA_COUNT = len(CRITERIA)

# Each criterion's three levels, as the source names them.
SCORES: tuple[int, ...] = (0, 1, 2)
SCORE_LABELS: Mapping[int, str] = {0: "Không hài lòng", 1: "Hài lòng", 2: "Rất hài lòng"}

# The overall five-level scale (mức độ hài lòng chung).
OVERALL_LEVELS: tuple[int, ...] = (1, 2, 3, 4, 5)
OVERALL_LABELS: Mapping[int, str] = {
    1: "Rất không hài lòng", 2: "Không hài lòng", 3: "Bình thường", 4: "Hài lòng",
    5: "Rất hài lòng",
}
# Levels counted as satisfied in the indicator (docs/rating.md).
SATISFIED_LEVELS: frozenset[int] = frozenset({4, 5})


class RatingError(ValueError):
    """A rating that cannot be stored: which field, which rule, and the message for people."""

    def __init__(self, field: str, rule: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.rule = rule
        self.message = message


@dataclass(frozen=True)
class Rating:
    """A checked rating; `skipped` ones carry no answers."""

    criteria: tuple[int, ...]
    overall: int | None
    skipped: bool = False


SKIPPED = Rating(criteria=(), overall=None, skipped=True)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_overall(overall: object) -> int:
    """The overall level 1–5, or RatingError."""
    if overall is None:
        raise RatingError("overall", "required", "Chưa chọn mức hài lòng chung (từ 1 đến 5).")
    if not _is_int(overall) or overall not in OVERALL_LEVELS:
        raise RatingError("overall", "range",
                          f"Mức hài lòng chung phải là một số từ 1 đến 5, nhận được {overall!r}.")
    assert isinstance(overall, int)
    return overall


def check_rating(criteria: object, overall: object) -> Rating:
    """A Rating from the answers, or RatingError naming the first wrong answer."""
    if isinstance(criteria, (str, bytes)) or not isinstance(criteria, Sequence):
        raise RatingError("criteria", "type",
                          f"Phiếu đánh giá phải là danh sách điểm của {CRITERIA_COUNT} tiêu chí.")
    if len(criteria) != CRITERIA_COUNT:
        raise RatingError("criteria", "count",
                          f"Phiếu đánh giá phải có đúng {CRITERIA_COUNT} tiêu chí, "
                          f"nhận được {len(criteria)}.")
    scores: list[int] = []
    for number, value in enumerate(criteria, start=1):
        if value is None:
            raise RatingError(f"criteria.{number}", "required",
                              f"Tiêu chí {number} chưa được chấm điểm.")
        if not _is_int(value) or value not in SCORES:
            raise RatingError(f"criteria.{number}", "score",
                              f"Tiêu chí {number}: điểm phải là 0, 1 hoặc 2, nhận được {value!r}.")
        scores.append(int(value))
    return Rating(tuple(scores), check_overall(overall))


def to_payload(rating: Rating) -> dict[str, Any]:
    """The `dossier.rated` payload (and the stored row's answers)."""
    return {"criteria": list(rating.criteria), "overall": rating.overall,
            "skipped": rating.skipped, "criteria_version": CRITERIA_VERSION}


def from_payload(payload: Mapping[str, Any]) -> Rating:
    """A Rating read back from a `dossier.rated` payload, checked as strictly as when entered."""
    skipped = payload.get("skipped", False)
    if not isinstance(skipped, bool):
        raise RatingError("skipped", "type", "Trường skipped phải là true hoặc false.")
    version = payload.get("criteria_version", CRITERIA_VERSION)
    if version != CRITERIA_VERSION:
        raise RatingError("criteria_version", "unknown",
                          f"Bộ tiêu chí {version!r} không phải bộ đang dùng ({CRITERIA_VERSION}).")
    if skipped:
        if payload.get("criteria") not in (None, []) or payload.get("overall") is not None:
            raise RatingError("skipped", "answers",
                              "Lượt bỏ qua đánh giá không được kèm điểm.")
        return SKIPPED
    return check_rating(payload.get("criteria"), payload.get("overall"))


@dataclass(frozen=True)
class RatingSummary:
    """What the indicators read from a set of ratings."""

    answered: int
    skipped: int
    satisfied: int  # overall level in SATISFIED_LEVELS
    overall_counts: Mapping[int, int]
    criterion_means: tuple[float | None, ...]  # per criterion, over the answered ratings

    @property
    def satisfied_share(self) -> float | None:
        """Satisfied / answered; None when nobody answered (never a misleading 0 %)."""
        return self.satisfied / self.answered if self.answered else None


def summarize(ratings: Sequence[Rating]) -> RatingSummary:
    answered = [r for r in ratings if not r.skipped]
    counts = {level: 0 for level in OVERALL_LEVELS}
    for r in answered:
        if r.overall is not None:
            counts[r.overall] += 1
    means: list[float | None] = []
    for i in range(CRITERIA_COUNT):
        scores = [r.criteria[i] for r in answered]
        means.append(sum(scores) / len(scores) if scores else None)
    return RatingSummary(
        answered=len(answered), skipped=len(ratings) - len(answered),
        satisfied=sum(counts[level] for level in SATISFIED_LEVELS),
        overall_counts=counts, criterion_means=tuple(means))
