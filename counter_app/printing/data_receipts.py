"""Plain data of the fee receipt and the return receipt, and builders from the core's objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter_app.core.dossier import Dossier
from counter_app.core.fees import FeeCharge, charges_from_detail
from counter_app.core.procedures import Procedure
from counter_app.core.text import clean_text
from counter_app.printing.data import PersonData


@dataclass(frozen=True)
class FeeLine:
    """One charge on the fee receipt."""

    name: str
    amount_vnd: int  # unit price × quantity, as collected
    quantity: int = 1
    per: str = ""  # e.g. "trang", "bản"


@dataclass(frozen=True)
class FeeReceiptData:
    """Receipt of fees and charges (phí, lệ phí) collected at the counter.

    ``form_symbol``, ``serial`` and ``number`` are the receipt book's registered template
    symbol (ký hiệu mẫu), series (ký hiệu) and number; a deployment that issues electronic
    receipts prints those of the e-receipt here, with its lookup code in ``e_receipt_code``.
    Without one the printout says it is not an e-receipt (Decree 123/2020/NĐ-CP).
    ``copy_label`` is the copy (liên) this sheet is.
    """

    code: str
    payer: PersonData
    procedure_name: str
    lines: tuple[FeeLine, ...]
    issued_at: datetime
    method: str = "Tiền mặt"
    form_symbol: str = ""
    serial: str = ""
    number: str = ""
    collector_name: str = ""
    note: str = ""
    copy_label: str = "Liên 2: Giao cho người nộp tiền"
    e_receipt_code: str = ""

    @property
    def total_vnd(self) -> int:
        return sum(line.amount_vnd for line in self.lines)

    @classmethod
    def from_dossier(cls, dossier: Dossier, procedure: Procedure, collector_name: str,
                     issued_at: datetime, lines: tuple[FeeLine, ...] = (),
                     method: str = "Tiền mặt") -> FeeReceiptData:
        """One line per fee the clerk names, else per fee stored with the dossier (with the copies
        and pages it was counted for), else the dossier's total under the procedure's fees."""
        if not lines:
            stored = charges_from_detail(dossier.details.get("fee_detail"))
            if stored and sum(c.amount_vnd for c in stored) == dossier.fee_vnd:
                lines = tuple(_line(c) for c in stored)
        if not lines:
            name = "; ".join(clean_text(f.name) for f in procedure.fees) or "Phí, lệ phí"
            lines = (FeeLine(name, dossier.fee_vnd),)
        return cls(code=dossier.code, payer=PersonData.from_applicant(dossier.applicant),
                   procedure_name=clean_text(dossier.procedure_name), lines=lines,
                   issued_at=issued_at, method=method, collector_name=clean_text(collector_name))


def _line(charge: FeeCharge) -> FeeLine:
    # "2 bản × 3 trang" for a per-page fee, "3 phiếu" per copy, "1 hồ sơ" for a flat one.
    if charge.basis == "per_page":
        return FeeLine(clean_text(charge.name), charge.amount_vnd, charge.copies,
                       f"bản × {charge.pages} {clean_text(charge.per) or 'trang'}")
    per = clean_text(charge.per) if charge.basis == "per_copy" else ""
    return FeeLine(clean_text(charge.name), charge.amount_vnd, charge.copies, per)


@dataclass(frozen=True)
class ReturnReceiptData:
    """Receipt signed when the result is handed over (in person, to a proxy, or posted)."""

    code: str
    applicant: PersonData
    procedure_name: str
    returned_at: datetime
    received_at: datetime | None = None
    appointment_at: datetime | None = None
    results: tuple[str, ...] = ()  # the documents handed over
    receiver: PersonData | None = None  # None: the applicant in person
    authorization: str = ""  # the authorization document (giấy ủy quyền) of a proxy
    method: str = "counter"  # counter | post
    waybill: str = ""
    fee_collected_vnd: int = 0
    clerk_name: str = ""
    note: str = ""

    @classmethod
    def from_dossier(cls, dossier: Dossier, clerk_name: str, returned_at: datetime,
                     results: tuple[str, ...] = (), waybill: str = "",
                     fee_collected_vnd: int = 0) -> ReturnReceiptData:
        proxy = dossier.authorized
        return cls(
            code=dossier.code, applicant=PersonData.from_applicant(dossier.applicant),
            procedure_name=clean_text(dossier.procedure_name), returned_at=returned_at,
            received_at=dossier.received_at, appointment_at=dossier.appointment_at,
            results=tuple(clean_text(r) for r in results),
            receiver=None if proxy is None else PersonData.from_authorized(proxy),
            authorization="" if proxy is None else clean_text(proxy.document),
            method="post" if dossier.return_method == "post" else "counter",
            waybill=waybill.strip(), fee_collected_vnd=fee_collected_vnd,
            clerk_name=clean_text(clerk_name))
