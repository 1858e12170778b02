"""The fee an intake starts with, from the catalog's fees (phí, lệ phí); the clerk may change it."""

from __future__ import annotations

from counter_app.core.procedures import Fee, Procedure
from counter_app.core.text import fold

PAGE_UNIT = "trang"
# The demo catalog prices certified copies as Circular 226/2016/TT-BTC does: its first page fee
# covers pages 1–2, its second each page from the 3rd, capped per copy. The catalog carries the
# cap only as a note, so it lives here until the catalog gets a field for it.
FIRST_TIER_PAGES = 2
MAX_PER_COPY_VND = 200_000


def page_fees(procedure: Procedure) -> list[Fee]:
    return [f for f in procedure.fees if fold(f.per) == PAGE_UNIT]


def is_page_priced(procedure: Procedure) -> bool:
    """True when the fee depends on pages (chứng thực bản sao): the form asks copies and pages."""
    return bool(page_fees(procedure))


def default_fee(procedure: Procedure, copies: int = 1, pages: int = 1) -> int:
    """The amount in đồng for `copies` copies of `pages` pages, or the procedure's first fee."""
    tiers = page_fees(procedure)
    if tiers:
        first = tiers[0].amount_vnd
        if len(tiers) == 1:
            per_copy = first * pages
        else:
            per_copy = (first * min(pages, FIRST_TIER_PAGES)
                        + tiers[1].amount_vnd * max(pages - FIRST_TIER_PAGES, 0))
        return max(copies, 0) * min(per_copy, MAX_PER_COPY_VND)
    return procedure.fees[0].amount_vnd if procedure.fees else 0


def format_vnd(amount: int) -> str:
    """12000 → "12.000" (Vietnamese groups thousands with dots)."""
    return f"{amount:,}".replace(",", ".")
