"""The amount due from the catalog's fees: all of them, per copy, per page with tiers and a cap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counter_app.core.fees import (
    FeeTier, charges, charges_from_detail, fee_amount, fee_detail, tiered_amount, total_vnd,
    uses_copies, uses_pages,
)
from counter_app.core.procedures import Fee
from counter_app.core.catalog_json import parse_catalog

DEMO = parse_catalog(json.loads(
    (Path(__file__).parents[2] / "resources/catalog/demo_catalog.json").read_text("utf-8")))
# Circular 226/2016/TT-BTC: 2.000 đ/page for pages 1–2, 1.000 đ/page from page 3, ≤ 200.000 đ/copy.
COPY_FEE = Fee("Phí chứng thực bản sao", 2000, "phi", "trang", basis="per_page",
               tiers=(FeeTier(3, 1000),), max_per_copy_vnd=200_000)


def test_two_flat_fees_are_both_due():
    # 1.013831: 50.000 đ lệ phí + 500.000 đ phí thẩm định (the form showed only the first).
    land = DEMO.by_code("1.013831")
    assert [(c.kind, c.amount_vnd) for c in charges(land.fees)] == [
        ("le_phi", 50_000), ("phi", 500_000)]
    assert total_vnd(land.fees) == 550_000
    assert total_vnd(DEMO.by_code("2.001610").fees) == 150_000  # enterprise: lệ phí + phí


@pytest.mark.parametrize(("copies", "pages", "expected"), [
    (1, 1, 2000), (1, 2, 4000), (1, 3, 5000), (2, 3, 10_000), (3, 10, 3 * 12_000),
    (1, 500, 200_000), (2, 500, 400_000), (0, 0, 2000)])
def test_certified_copy_page_tiers_and_cap(copies, pages, expected):
    assert fee_amount(COPY_FEE, copies, pages) == expected
    assert total_vnd(DEMO.by_code("2.000815").fees, copies, pages) == expected  # the catalog's


def test_per_copy_fee_with_a_tier_from_the_third_copy():
    # Judicial record: 200.000 đ a request, and 5.000 đ for each Phiếu from the third.
    record = DEMO.by_code("3.000333").fees
    assert [total_vnd(record, n) for n in (1, 2, 3, 5)] == [200_000, 200_000, 205_000, 215_000]
    assert total_vnd(DEMO.by_code("2.000635").fees, 4) == 32_000  # extracts: 8.000 đ a copy


def test_tiered_amount_counts_each_unit_at_its_price():
    tiers = (FeeTier(3, 1000), FeeTier(6, 500))
    assert [tiered_amount(2000, tiers, n) for n in (1, 2, 3, 5, 6, 8)] == [
        2000, 4000, 5000, 7000, 7500, 8500]
    assert tiered_amount(2000, (), 4) == 8000
    assert tiered_amount(2000, tiers, 0) == 0


def test_which_counts_the_form_asks():
    assert uses_pages(DEMO.by_code("2.000815").fees)
    assert uses_copies(DEMO.by_code("3.000333").fees) and not uses_pages(DEMO.by_code("3.000333").fees)
    land = DEMO.by_code("1.013831").fees
    assert not uses_copies(land) and not uses_pages(land)


def test_fee_detail_round_trips_through_the_payload():
    detail = fee_detail((COPY_FEE, Fee("Lệ phí", 10_000)), 2, 3)
    assert detail["copies"] == 2 and detail["pages"] == 3
    again = charges_from_detail(json.loads(json.dumps(detail)))
    assert again == charges((COPY_FEE, Fee("Lệ phí", 10_000)), 2, 3)
    assert [(c.copies, c.pages, c.amount_vnd) for c in again] == [(2, 3, 10_000), (1, 1, 10_000)]
    assert charges_from_detail(None) == () and charges_from_detail({"lines": [{"x": 1}]}) == ()
