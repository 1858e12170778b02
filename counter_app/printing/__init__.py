"""Printed documents as PDF bytes: the one-stop forms (Circular 03/2025/TT-VPCP) and receipts.

Pure functions from plain data (``data.py``, ``data_receipts.py``) and a :class:`PrintConfig`
to the bytes of a PDF with embedded Vietnamese fonts; no Qt, no database, no network.
``reprint`` counts reprints: 0 is the original, ``n`` prints "BẢN IN LẠI LẦN n".
"""

from __future__ import annotations

from typing import Literal

from counter_app.printing.config import DEMO_CONFIG, PrintConfig
from counter_app.printing.data import (
    ApologyData, ComponentLine, ControlSheetData, Handover, MissingLine, PersonData,
    RefusalData, SlipData, StopData, SupplementData, TrackingBookData, TrackingRow,
)
from counter_app.printing.data_receipts import FeeLine, FeeReceiptData, ReturnReceiptData
from counter_app.printing.document import reprint_label

SlipLayout = Literal["a4_two_copies", "a5", "thermal80"]
SLIP_LAYOUTS: tuple[SlipLayout, ...] = ("a4_two_copies", "a5", "thermal80")

__all__ = [
    "DEMO_CONFIG", "SLIP_LAYOUTS", "ApologyData", "ComponentLine", "ControlSheetData",
    "FeeLine", "FeeReceiptData", "Handover", "MissingLine", "PersonData", "PrintConfig",
    "RefusalData", "ReturnReceiptData", "SlipData", "SlipLayout", "StopData", "SupplementData",
    "TrackingBookData", "TrackingRow", "render_fee_receipt", "render_form01", "render_form02",
    "render_form03", "render_form04", "render_form05", "render_form06", "render_form07",
    "render_return_receipt", "reprint_label",
]


def render_form01(data: SlipData, config: PrintConfig,
                  layout: SlipLayout = "a4_two_copies", reprint: int = 0) -> bytes:
    """Mẫu 01, the appointment slip: two copies on A4 landscape (cut in half), one copy per
    A5 page (copy 1 then copy 2), or the applicant's copy on an 80 mm thermal roll."""
    if layout == "thermal80":
        from counter_app.printing.thermal80 import render_thermal
        return render_thermal(data, config, reprint)
    from counter_app.printing.form01_slip import render_slip
    return render_slip(data, config, layout, reprint)


def render_form02(data: SupplementData, config: PrintConfig, reprint: int = 0) -> bytes:
    """Mẫu 02, request to complete the dossier."""
    from counter_app.printing.form02_supplement import render_supplement
    return render_supplement(data, config, reprint)


def render_form03(data: RefusalData, config: PrintConfig, reprint: int = 0) -> bytes:
    """Mẫu 03, refusal to receive."""
    from counter_app.printing.form03_refusal import render_refusal
    return render_refusal(data, config, reprint)


def render_form04(data: ApologyData, config: PrintConfig, reprint: int = 0) -> bytes:
    """Mẫu 04, apology and extension request."""
    from counter_app.printing.form04_apology import render_apology
    return render_apology(data, config, reprint)


def render_form05(data: StopData, config: PrintConfig, reprint: int = 0) -> bytes:
    """Mẫu 05, notice that processing is stopped."""
    from counter_app.printing.form05_stop import render_stop
    return render_stop(data, config, reprint)


def render_form06(data: ControlSheetData, config: PrintConfig, reprint: int = 0) -> bytes:
    """Mẫu 06, process control sheet."""
    from counter_app.printing.form06_control import render_control
    return render_control(data, config, reprint)


def render_form07(data: TrackingBookData, config: PrintConfig, reprint: int = 0) -> bytes:
    """Mẫu 07, tracking book for a date range (A4 landscape)."""
    from counter_app.printing.form07_tracking_book import render_tracking_book
    return render_tracking_book(data, config, reprint)


def render_fee_receipt(data: FeeReceiptData, config: PrintConfig, reprint: int = 0,
                       paper: Literal["a5", "a4"] = "a5") -> bytes:
    """Receipt of fees and charges collected."""
    from counter_app.printing.receipt_fee import render_fee_receipt as render
    return render(data, config, reprint, paper)


def render_return_receipt(data: ReturnReceiptData, config: PrintConfig, reprint: int = 0,
                          paper: Literal["a5", "a4"] = "a5") -> bytes:
    """Receipt of the result handed over."""
    from counter_app.printing.receipt_return import render_return_receipt as render
    return render(data, config, reprint, paper)
