"""Vietnamese dates, times, durations and money as the forms print them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from counter_app.core.deadlines import Duration
from counter_app.core.timeutil import VN_TZ
from counter_app.printing.data import fee_text
from counter_app.printing.fmt import (
    amount_in_words, duration_text, long_date, money, place_date, short_datetime, vn_date,
    vn_time,
)


@pytest.mark.parametrize("amount, words", [
    (0, "Không đồng"), (5, "Năm đồng"), (10, "Mười đồng"), (15, "Mười lăm đồng"),
    (21, "Hai mươi mốt đồng"), (25, "Hai mươi lăm đồng"), (105, "Một trăm linh năm đồng"),
    (110, "Một trăm mười đồng"), (1_005, "Một nghìn không trăm linh năm đồng"),
    (50_000, "Năm mươi nghìn đồng"), (1_254_000, "Một triệu hai trăm năm mươi bốn nghìn đồng"),
    (1_000_050, "Một triệu không trăm năm mươi đồng"), (2_000_000_000, "Hai tỷ đồng"),
])
def test_amount_in_words(amount: int, words: str) -> None:
    assert amount_in_words(amount) == words


def test_money_groups_thousands_with_dots() -> None:
    assert money(1_254_000) == "1.254.000 đồng"
    assert money(0) == "0 đồng"


def test_dates_follow_decree_30_padding() -> None:
    assert long_date(date(2026, 1, 5)) == "ngày 05 tháng 01 năm 2026"
    assert long_date(date(2025, 11, 17)) == "ngày 17 tháng 11 năm 2025"
    assert long_date(date(2025, 3, 9)) == "ngày 09 tháng 3 năm 2025"
    assert place_date("Thanh Hóa", date(2025, 11, 17)) == "Thanh Hóa, ngày 17 tháng 11 năm 2025"
    assert place_date("", date(2025, 11, 17)) == "Ngày 17 tháng 11 năm 2025"
    assert vn_date(date(2025, 3, 9)) == "09/03/2025"


def test_times_are_local_vietnamese_time() -> None:
    utc = datetime(2025, 11, 17, 2, 5, tzinfo=timezone.utc)  # 09:05 in Viet Nam
    assert vn_time(utc) == "09 giờ 05 phút, ngày 17/11/2025"
    assert short_datetime(utc) == "09:05 17/11/2025"
    late = datetime(2025, 11, 17, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert vn_date(late) == "18/11/2025"
    assert vn_time(None).startswith("…… giờ …… phút")
    assert vn_time(datetime(2025, 1, 2, 7, 30, tzinfo=VN_TZ)) == "07 giờ 30 phút, ngày 02/01/2025"


def test_durations() -> None:
    assert duration_text(Duration(5, "working_days")) == "05 ngày làm việc"
    assert duration_text(Duration(15, "working_days")) == "15 ngày làm việc"
    assert duration_text(Duration(4, "working_hours")) == "04 giờ làm việc"
    assert duration_text(Duration(0.5, "working_days")) == "0,5 ngày làm việc"
    assert duration_text(Duration(30, "calendar_days")) == "30 ngày"
    assert duration_text(Duration(0, "working_days")) == "Trong ngày"
    assert duration_text(Duration(0, "working_days"), time(15, 0)) == (
        "Trong ngày (hồ sơ nhận sau 15 giờ 00 phút được trả trong ngày làm việc tiếp theo)")


def test_fee_text() -> None:
    assert fee_text(100_000, "after") == "100.000 đồng (nộp khi nhận kết quả)"
    assert fee_text(4_000, "before") == "4.000 đồng (nộp khi tiếp nhận hồ sơ)"
    assert fee_text(0, "exempt") == "Miễn phí, lệ phí"
    assert fee_text(0, "none") == "Không thu phí, lệ phí"
    assert fee_text(0, "after", "Lệ phí: 2.000 đồng/trang") == (
        "Nộp khi nhận kết quả. Lệ phí: 2.000 đồng/trang")
