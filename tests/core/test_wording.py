"""Vietnamese wording shared by the printed forms and the public pages: how a fee is charged."""

from __future__ import annotations

from counter_app.core.fees import FeeTier
from counter_app.core.procedures import Fee
from counter_app.core.wording import fee_rate_text


def test_fee_rate_text_says_how_each_kind_of_fee_grows() -> None:
    copy_fee = Fee("Phí chứng thực bản sao", 2000, "phi", "trang", basis="per_page",
                   tiers=(FeeTier(3, 1000),), max_per_copy_vnd=200_000)
    assert fee_rate_text(copy_fee) == ("2.000 đồng/trang; từ trang thứ 3: 1.000 đồng/trang; "
                                       "tối đa 200.000 đồng/bản")
    assert fee_rate_text(Fee("Lệ phí", 15_000, per="trường hợp")) == "15.000 đồng/trường hợp"
    assert fee_rate_text(Fee("Lệ phí", 50_000)) == "50.000 đồng"
    assert fee_rate_text(Fee("Phí", 8000, "phi", basis="per_copy")) == "8.000 đồng/bản"
    assert fee_rate_text(Fee("Miễn lệ phí", 0)) == "Miễn"
