"""The fee an intake starts with (core.fees over the catalog's fees); the clerk may change it."""

from __future__ import annotations

from counter_app.core.fees import total_vnd, uses_copies, uses_pages
from counter_app.core.procedures import Procedure


def is_page_priced(procedure: Procedure) -> bool:
    """True when the fee depends on pages (chứng thực bản sao): the form asks copies and pages."""
    return uses_pages(procedure.fees)


def is_copy_priced(procedure: Procedure) -> bool:
    """True when the fee depends on how many copies (bản, phiếu): the form asks the count."""
    return uses_copies(procedure.fees)


def default_fee(procedure: Procedure, copies: int = 1, pages: int = 1) -> int:
    """The amount in đồng: every fee of the procedure (phí and lệ phí) for these counts."""
    return total_vnd(procedure.fees, copies, pages)


def format_vnd(amount: int) -> str:
    """12000 → "12.000" (Vietnamese groups thousands with dots)."""
    return f"{amount:,}".replace(",", ".")
