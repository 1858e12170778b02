"""Plain data each printed document is made from, and builders from the core's objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from counter_app.core.dossier import Applicant, AuthorizedPerson, Component, Dossier
from counter_app.core.procedures import Procedure
from counter_app.core.text import clean_text
from counter_app.printing.fmt import duration_text, money


@dataclass(frozen=True)
class PersonData:
    """A person (or organization) as the forms print them."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    id_number: str = ""
    organization: str = ""

    @classmethod
    def from_applicant(cls, a: Applicant) -> PersonData:
        return cls(name=clean_text(a.full_name), address=clean_text(a.address),
                   phone=a.phone.strip(), email=a.email.strip(), id_number=a.id_number.strip(),
                   organization=clean_text(a.organization))

    @classmethod
    def from_authorized(cls, p: AuthorizedPerson) -> PersonData:
        return cls(name=clean_text(p.full_name), id_number=p.id_number.strip())


@dataclass(frozen=True)
class ComponentLine:
    """One row of the slip's component table: counts of bản chính / chứng thực / photo."""

    name: str
    original: int = 0
    certified: int = 0
    photo: int = 0
    note: str = ""

    @classmethod
    def from_component(cls, c: Component) -> ComponentLine:
        return cls(clean_text(c.name), c.original, c.certified, c.photo, clean_text(c.note))


_FEE_PAYMENT_TEXT = {
    "before": "nộp khi tiếp nhận hồ sơ",
    "after": "nộp khi nhận kết quả",
    "exempt": "miễn phí, lệ phí",
    "none": "không thu phí, lệ phí",
}


def fee_text(amount_vnd: int, payment: str, note: str = "") -> str:
    """The fee line of the slip: amount and when/how it is paid."""
    how = _FEE_PAYMENT_TEXT.get(payment, payment)
    if payment in ("exempt", "none"):
        text = how[0].upper() + how[1:]
    elif amount_vnd > 0:
        text = f"{money(amount_vnd)} ({how})"
    else:
        text = how[0].upper() + how[1:]
    return f"{text}. {note}" if note else text


def _fee_schedule(procedure: Procedure) -> str:
    parts = []
    for f in procedure.fees:
        per = f"/{f.per}" if f.per else ""
        parts.append(f"{clean_text(f.name)}: {money(f.amount_vnd)}{per}")
    return "; ".join(parts)


def case_duration_text(procedure: Procedure, dossier: Dossier) -> str:
    """The statutory time of the case the dossier was received under, the case named when the
    procedure has several ("03 ngày làm việc (Phải xác minh thông tin)")."""
    key = str(dossier.details.get("duration_case", ""))
    case = next((c for c in procedure.duration_cases if c.key == key), None)
    if case is None:
        return duration_text(procedure.duration, procedure.same_day_cutoff)
    return f"{duration_text(case.duration, procedure.same_day_cutoff)} ({clean_text(case.name)})"


@dataclass(frozen=True)
class SlipData:
    """Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả."""

    code: str
    applicant: PersonData
    procedure_name: str
    received_at: datetime
    appointment_at: datetime | None
    duration_text: str
    components: tuple[ComponentLine, ...] = ()
    sets: int = 1
    receiving_unit: str = ""  # empty: the configured desk name
    procedure_code: str = ""
    return_method: str = "counter"  # counter | post | online
    return_address: str = ""
    fee_vnd: int = 0
    fee_payment: str = "none"
    fee_note: str = ""
    book_no: str = ""
    book_seq: int | None = None
    clerk_name: str = ""
    # Someone who hands the dossier in for its owner (the applicant) and signs as submitter.
    authorized: PersonData | None = None
    authorization: str = ""  # the authorization document (giấy ủy quyền) of that person
    note: str = ""
    lookup_key: str = ""  # in the QR's lookup URL (services.intake.new_lookup_key)

    @classmethod
    def from_dossier(cls, dossier: Dossier, procedure: Procedure, clerk_name: str,
                     book_no: str, book_seq: int, receiving_unit: str = "") -> SlipData:
        if dossier.received_at is None:
            raise ValueError("Hồ sơ chưa được tiếp nhận: chưa có giấy hẹn để in.")
        schedule = ""
        if dossier.fee_vnd == 0 and dossier.fee_payment in ("before", "after"):
            schedule = _fee_schedule(procedure)
        return cls(
            code=dossier.code, applicant=PersonData.from_applicant(dossier.applicant),
            procedure_name=clean_text(dossier.procedure_name or procedure.name),
            procedure_code=procedure.code,
            received_at=dossier.received_at, appointment_at=dossier.appointment_at,
            duration_text=case_duration_text(procedure, dossier),
            components=tuple(ComponentLine.from_component(c) for c in dossier.components),
            sets=dossier.sets, receiving_unit=clean_text(receiving_unit),
            return_method=dossier.return_method, return_address=clean_text(dossier.return_address),
            fee_vnd=dossier.fee_vnd, fee_payment=dossier.fee_payment, fee_note=schedule,
            book_no=book_no, book_seq=book_seq, clerk_name=clean_text(clerk_name),
            authorized=None if dossier.authorized is None
            else PersonData.from_authorized(dossier.authorized),
            authorization="" if dossier.authorized is None
            else clean_text(dossier.authorized.document),
            note=clean_text(dossier.note),
            lookup_key=str(dossier.details.get("lookup_key") or ""),
        )


@dataclass(frozen=True)
class MissingLine:
    """A line of Mẫu 02: what is missing or must be corrected, and how."""

    name: str
    detail: str = ""


@dataclass(frozen=True)
class SupplementData:
    """Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (the guidance is given once, in full)."""

    applicant: PersonData
    procedure_name: str
    items: tuple[MissingLine, ...]
    reason: str
    issued_at: datetime
    code: str = ""
    number: str = ""
    guidance: str = ""
    clerk_name: str = ""
    contact_phone: str = ""
    receiving_unit: str = ""

    @classmethod
    def from_dossier(cls, dossier: Dossier, clerk_name: str, issued_at: datetime,
                     number: str = "", contact_phone: str = "") -> SupplementData:
        info = dict(dossier.details.get("supplement_request") or {})
        items = tuple(MissingLine(clean_text(m.get("name", "")), clean_text(m.get("detail", "")))
                      for m in info.get("missing", ()))
        return cls(applicant=PersonData.from_applicant(dossier.applicant),
                   procedure_name=clean_text(dossier.procedure_name), items=items,
                   reason=clean_text(info.get("reason", "")), issued_at=issued_at,
                   code=dossier.code, number=number, guidance=clean_text(info.get("guidance", "")),
                   clerk_name=clean_text(clerk_name), contact_phone=contact_phone)


@dataclass(frozen=True)
class RefusalData:
    """Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ."""

    applicant: PersonData
    procedure_name: str
    reason: str
    issued_at: datetime
    code: str = ""
    number: str = ""
    guidance: str = ""
    clerk_name: str = ""
    receiving_unit: str = ""

    @classmethod
    def from_dossier(cls, dossier: Dossier, clerk_name: str, issued_at: datetime,
                     number: str = "", guidance: str = "") -> RefusalData:
        info = dict(dossier.details.get("refusal") or {})
        return cls(applicant=PersonData.from_applicant(dossier.applicant),
                   procedure_name=clean_text(dossier.procedure_name),
                   reason=clean_text(info.get("reason", "")), issued_at=issued_at,
                   code=dossier.code, number=number, guidance=clean_text(guidance),
                   clerk_name=clean_text(clerk_name))


@dataclass(frozen=True)
class ApologyData:
    """Mẫu 04, Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (once per dossier)."""

    code: str
    applicant: PersonData
    procedure_name: str
    received_at: datetime
    old_appointment: datetime
    new_appointment: datetime
    late_unit: str
    reason: str
    issued_at: datetime
    number: str = ""
    issuing_unit: str = ""  # empty: the configured unit
    signer_title: str = ""  # empty: the configured head_title
    signer_name: str = ""
    recipients: tuple[str, ...] = ("Như trên", "Lưu: VT")


@dataclass(frozen=True)
class StopData:
    """Mẫu 05, Thông báo dừng giải quyết hồ sơ."""

    code: str
    applicant: PersonData
    procedure_name: str
    received_at: datetime | None
    reason: str
    issued_at: datetime
    number: str = ""
    guidance: str = ""
    legal_basis: str = ""
    issuing_unit: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: tuple[str, ...] = ("Như trên", "Lưu: VT")


@dataclass(frozen=True)
class Handover:
    """A row of Mẫu 06: one body hands the dossier to the next (time blank: fill by hand)."""

    giver_body: str
    receiver_body: str
    at: datetime | None = None
    giver: str = ""
    receiver: str = ""
    result: str = ""  # trước hạn / đúng hạn / quá hạn
    note: str = ""


@dataclass(frozen=True)
class ControlSheetData:
    """Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ."""

    code: str
    applicant_name: str
    procedure_name: str
    received_at: datetime | None
    appointment_at: datetime | None
    resolving_unit: str
    handovers: tuple[Handover, ...]
    coordinating_units: str = ""

    @classmethod
    def from_dossier(cls, dossier: Dossier, desk: str, resolving_unit: str, clerk_name: str,
                     handovers: tuple[Handover, ...] = ()) -> ControlSheetData:
        """The sheet printed at receipt: the first hand-over filled, the return left blank."""
        if not handovers:
            handovers = (
                Handover(desk, resolving_unit, dossier.received_at, giver=clean_text(clerk_name)),
                Handover(resolving_unit, desk),
                Handover(desk, "Người nộp hồ sơ"),
            )
        return cls(code=dossier.code, applicant_name=clean_text(dossier.applicant.full_name),
                   procedure_name=clean_text(dossier.procedure_name),
                   received_at=dossier.received_at, appointment_at=dossier.appointment_at,
                   resolving_unit=clean_text(resolving_unit), handovers=handovers)


@dataclass(frozen=True)
class TrackingRow:
    """A row of Mẫu 07, the tracking book."""

    seq: int
    code: str
    procedure_name: str
    sets: int
    applicant_name: str
    address: str
    phone: str
    received_at: datetime | None
    appointment_at: datetime | None
    resolved_at: datetime | None = None  # result received from the resolving body
    returned_at: datetime | None = None
    returned_to: str = ""
    note: str = ""

    @classmethod
    def from_dossier(cls, dossier: Dossier, seq: int, returned_to: str = "") -> TrackingRow:
        a = dossier.applicant
        return cls(seq=seq, code=dossier.code, procedure_name=clean_text(dossier.procedure_name),
                   sets=dossier.sets, applicant_name=clean_text(a.full_name),
                   address=clean_text(a.address), phone=a.phone.strip(),
                   received_at=dossier.received_at, appointment_at=dossier.appointment_at,
                   resolved_at=dossier.resolved_at, returned_at=dossier.returned_at,
                   returned_to=clean_text(returned_to), note=clean_text(dossier.note))


@dataclass(frozen=True)
class TrackingBookData:
    """Mẫu 07, Sổ theo dõi hồ sơ, for the date range [date_from, date_to]."""

    date_from: date
    date_to: date
    rows: tuple[TrackingRow, ...]
    book_no: str = ""
    field: str = ""  # lĩnh vực, when the book is kept per field
