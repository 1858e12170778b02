"""What a dossier owes: each catalog fee (flat, per copy, per page with tiers and a cap) for its counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # procedures imports this module for FeeTier and FeeBasis
    from counter_app.core.procedures import Fee

FeeBasis = Literal["flat", "per_copy", "per_page"]
# flat: once per dossier · per_copy: for each copy (bản, phiếu) · per_page: for each page of
# each copy (chứng thực bản sao), with page tiers and an optional cap per copy.
FEE_BASES: tuple[FeeBasis, ...] = ("flat", "per_copy", "per_page")
MAX_COPIES = 999
MAX_PAGES = 9999


@dataclass(frozen=True)
class FeeTier:
    """From the `from_unit`-th page (or copy) on, each costs `amount_vnd` instead."""

    from_unit: int
    amount_vnd: int


@dataclass(frozen=True)
class FeeCharge:
    """One catalog fee applied to a dossier: its amount for these counts."""

    name: str
    kind: str  # "phi" | "le_phi"
    basis: FeeBasis
    amount_vnd: int
    copies: int = 1
    pages: int = 1
    per: str = ""


def tiered_amount(first_vnd: int, tiers: Sequence[FeeTier], units: int) -> int:
    """The price of `units` units: `first_vnd` each, until a tier's unit sets another price."""
    total = 0
    price, start = first_vnd, 1
    for tier in (*tiers, FeeTier(units + 1, 0)):
        end = min(tier.from_unit, units + 1)  # units start..end-1 cost `price`
        if end > start:
            total += price * (end - start)
            start = end
        if start > units:
            break
        price = tier.amount_vnd
    return total


def fee_amount(fee: Fee, copies: int = 1, pages: int = 1) -> int:
    """What one fee comes to for `copies` copies of `pages` pages (counts below 1 count as 1)."""
    copies, pages = max(copies, 1), max(pages, 1)
    if fee.basis == "flat":
        return fee.amount_vnd
    if fee.basis == "per_copy":
        return tiered_amount(fee.amount_vnd, fee.tiers, copies)
    per_copy = tiered_amount(fee.amount_vnd, fee.tiers, pages)
    if fee.max_per_copy_vnd is not None:
        per_copy = min(per_copy, fee.max_per_copy_vnd)
    return copies * per_copy


def charges(fees: Sequence[Fee], copies: int = 1, pages: int = 1) -> tuple[FeeCharge, ...]:
    """Every fee of the procedure with its amount: phí and lệ phí are each due, not one of them."""
    copies, pages = max(copies, 1), max(pages, 1)
    return tuple(
        FeeCharge(name=f.name, kind=f.kind, basis=f.basis, amount_vnd=fee_amount(f, copies, pages),
                  copies=copies if f.basis != "flat" else 1,
                  pages=pages if f.basis == "per_page" else 1, per=f.per)
        for f in fees)


def total_vnd(fees: Sequence[Fee], copies: int = 1, pages: int = 1) -> int:
    """The default amount due for the dossier: the sum of all its fees."""
    return sum(c.amount_vnd for c in charges(fees, copies, pages))


def uses_copies(fees: Sequence[Fee]) -> bool:
    """True when the amount depends on how many copies (the form asks for the count)."""
    return any(f.basis != "flat" for f in fees)


def uses_pages(fees: Sequence[Fee]) -> bool:
    """True when the amount depends on pages per copy (chứng thực bản sao)."""
    return any(f.basis == "per_page" for f in fees)


def fee_detail(fees: Sequence[Fee], copies: int, pages: int) -> dict[str, Any]:
    """The counts behind the fee and each charge, as stored in the dossier's payload."""
    return {
        "copies": max(copies, 1), "pages": max(pages, 1),
        "lines": [{"name": c.name, "kind": c.kind, "basis": c.basis, "amount_vnd": c.amount_vnd,
                   "copies": c.copies, "pages": c.pages, "per": c.per}
                  for c in charges(fees, copies, pages)],
    }


def charges_from_detail(detail: object) -> tuple[FeeCharge, ...]:
    """The charges a stored payload's `fee_detail` lists (() when absent or malformed)."""
    if not isinstance(detail, Mapping):
        return ()
    lines = detail.get("lines")
    if not isinstance(lines, list):
        return ()
    out: list[FeeCharge] = []
    for line in lines:
        if not isinstance(line, Mapping):
            return ()
        basis = line.get("basis")
        amount, copies, pages = line.get("amount_vnd"), line.get("copies", 1), line.get("pages", 1)
        if (basis not in FEE_BASES or not isinstance(amount, int)
                or not isinstance(copies, int) or not isinstance(pages, int)):
            return ()
        out.append(FeeCharge(name=str(line.get("name", "")), kind=str(line.get("kind", "")),
                             basis=basis, amount_vnd=amount, copies=copies, pages=pages,
                             per=str(line.get("per", ""))))
    return tuple(out)
