"""The dossier (hồ sơ), its parts, and the status machine with the national portal's codes 1–10."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import IntEnum
from typing import Any, Callable, Literal, Mapping

from counter_app.core.messages import Message, msg

Actor = Literal["counter", "back_office"]
Channel = Literal["direct", "online", "postal"]
ReturnMethod = Literal["counter", "post", "online"]
FeePayment = Literal["before", "after", "exempt", "none"]

CHANNELS: tuple[Channel, ...] = ("direct", "online", "postal")
RETURN_METHODS: tuple[ReturnMethod, ...] = ("counter", "post", "online")
FEE_PAYMENTS: tuple[FeePayment, ...] = ("before", "after", "exempt", "none")
# The portal's channel numbers (kênh): 1 direct, 2 online, 3 postal.
CHANNEL_NUMBERS: Mapping[Channel, int] = {"direct": 1, "online": 2, "postal": 3}


class Status(IntEnum):
    """TrangThaiHoSo of the national public service portal."""

    NEW = 1
    RECEIVED = 2
    REFUSED = 3
    PROCESSING = 4
    SUPPLEMENT_REQUIRED = 5
    AWAITING_PAYMENT = 6
    WITHDRAWN = 7
    STOPPED = 8
    RESULT_READY = 9
    RETURNED = 10

    @property
    def label_vi(self) -> str:
        return STATUS_LABELS_VI[self]

    @property
    def label(self) -> Message:
        """The status's name as a message (translated by the UI)."""
        return msg(f"status.{int(self)}")


STATUS_LABELS_VI: Mapping[Status, str] = {s: s.label.text for s in Status}

TERMINAL: frozenset[Status] = frozenset(
    {Status.REFUSED, Status.WITHDRAWN, Status.STOPPED, Status.RETURNED}
)
# Open = received and not yet resolved: the statuses counted "in progress" in reports.
OPEN: frozenset[Status] = frozenset(
    {Status.RECEIVED, Status.PROCESSING, Status.SUPPLEMENT_REQUIRED, Status.AWAITING_PAYMENT}
)

# Overdue = still with the back office after the appointment. Supplement required (5) is left
# out on purpose: the clock is stopped while the applicant completes the dossier (RULES.md,
# "Suspension"), so a suspended dossier is never counted late for the paused time. When the
# supplement arrives, core.deadlines.resume_appointment moves the appointment.
OVERDUE_STATUSES: frozenset[Status] = frozenset(
    {Status.RECEIVED, Status.PROCESSING, Status.AWAITING_PAYMENT})


def is_overdue(status: Status, appointment_at: datetime | None, now: datetime) -> bool:
    """Past its appointment and still being processed (not suspended, not resolved).

    The one overdue rule: the counter's queues and cards, and Biểu 06 on both sides
    (core.stats.form06) ask it; storage.queues holds its SQL twin over OVERDUE_STATUSES.
    """
    return status in OVERDUE_STATUSES and appointment_at is not None and appointment_at < now


# Who may set each status (RULES.md): the counter owns 2, 3, 7, 10; the back office 4, 5, 6, 8, 9.
# Exception: the counter may ask for a supplement *before* receipt (Mẫu 02 at intake), which
# puts a not-yet-received dossier in 5, and receives the supplement that the citizen brings.
OWNER: Mapping[Status, Actor] = {
    Status.RECEIVED: "counter",
    Status.REFUSED: "counter",
    Status.WITHDRAWN: "counter",
    Status.RETURNED: "counter",
    Status.PROCESSING: "back_office",
    Status.SUPPLEMENT_REQUIRED: "back_office",
    Status.AWAITING_PAYMENT: "back_office",
    Status.STOPPED: "back_office",
    Status.RESULT_READY: "back_office",
}

# Allowed moves. `None` is "no dossier yet" (a citizen at the counter).
_TRANSITIONS: Mapping[Status | None, frozenset[Status]] = {
    None: frozenset({Status.NEW, Status.RECEIVED, Status.REFUSED, Status.SUPPLEMENT_REQUIRED}),
    Status.NEW: frozenset({Status.RECEIVED, Status.REFUSED, Status.SUPPLEMENT_REQUIRED,
                           Status.WITHDRAWN}),
    Status.RECEIVED: frozenset({Status.PROCESSING, Status.SUPPLEMENT_REQUIRED,
                                Status.AWAITING_PAYMENT, Status.STOPPED, Status.RESULT_READY,
                                Status.WITHDRAWN}),
    Status.PROCESSING: frozenset({Status.SUPPLEMENT_REQUIRED, Status.AWAITING_PAYMENT,
                                  Status.STOPPED, Status.RESULT_READY, Status.WITHDRAWN}),
    Status.SUPPLEMENT_REQUIRED: frozenset({Status.RECEIVED, Status.PROCESSING, Status.STOPPED,
                                           Status.WITHDRAWN}),
    Status.AWAITING_PAYMENT: frozenset({Status.PROCESSING, Status.RESULT_READY, Status.STOPPED,
                                        Status.WITHDRAWN}),
    Status.RESULT_READY: frozenset({Status.RETURNED}),
}

# The event each move yields (SYNC-API.md "Types the counter sends"; the back office's are ours).
_EVENT_TYPES: Mapping[Status, str] = {
    Status.NEW: "dossier.submitted_online",
    Status.RECEIVED: "dossier.received",
    Status.REFUSED: "dossier.refused",
    Status.SUPPLEMENT_REQUIRED: "dossier.supplement_requested",
    Status.WITHDRAWN: "dossier.withdrawn",
    Status.RETURNED: "dossier.returned",
    Status.PROCESSING: "dossier.processing",
    Status.AWAITING_PAYMENT: "dossier.awaiting_payment",
    Status.STOPPED: "dossier.stopped",
    Status.RESULT_READY: "dossier.result_ready",
}


class TransitionError(Exception):
    """A status change the rules do not allow; `code` is stable for programs."""

    code = "transition"

    def __init__(self, message: Message, current: Status | None, target: Status) -> None:
        super().__init__(message.text)
        self.msg = message
        self.message = message.text
        self.current = current
        self.target = target


class TerminalStatusError(TransitionError):
    code = "terminal_status"


class InvalidTransitionError(TransitionError):
    code = "invalid_transition"


class WrongActorError(TransitionError):
    code = "wrong_actor"


def _name(status: Status | None) -> Message:
    return msg("status.none") if status is None else msg("status.named", number=int(status),
                                                          label=status.label)


def check_transition(current: Status | None, target: Status, actor: Actor,
                     *, was_received: bool = False) -> str:
    """Return the event type of the move, or raise the specific TransitionError.

    `was_received` tells whether the dossier was ever received: a supplement that arrives for a
    dossier refused entry at intake (5, never received) receives it (5 → 2); for a dossier the
    back office sent back for a supplement it resumes processing (5 → 4).
    """
    if current is not None and current in TERMINAL:
        raise TerminalStatusError(
            msg("transition.terminal", current=_name(current), target=_name(target)),
            current, target)
    if target not in _TRANSITIONS.get(current, frozenset()):
        raise InvalidTransitionError(
            msg("transition.invalid", current=_name(current), target=_name(target)),
            current, target)
    if current is Status.SUPPLEMENT_REQUIRED:
        if target is Status.RECEIVED and was_received:
            raise InvalidTransitionError(msg("transition.already_received"), current, target)
        if target is Status.PROCESSING and not was_received:
            raise InvalidTransitionError(msg("transition.not_received"), current, target)
        if target in (Status.RECEIVED, Status.PROCESSING):
            # Receiving the supplement is what the counter does when the citizen brings it.
            return "dossier.received" if target is Status.RECEIVED else "dossier.supplement_received"
    owner = _owner(current, target)
    if actor != owner:
        who = msg("actor.counter" if owner == "counter" else "actor.back_office")
        raise WrongActorError(msg("transition.wrong_actor", who=who, target=_name(target)),
                              current, target)
    return _EVENT_TYPES[target]


def _owner(current: Status | None, target: Status) -> Actor:
    if target is Status.NEW:
        return "counter"  # online submissions are entered by the portal, never by a back office
    if target is Status.SUPPLEMENT_REQUIRED and current in (None, Status.NEW):
        return "counter"  # Mẫu 02 at intake: guidance given, dossier not received
    return OWNER[target]


def allowed_targets(current: Status | None, actor: Actor,
                    *, was_received: bool = False) -> frozenset[Status]:
    """The statuses `actor` may move a dossier in `current` to (for menus and checks)."""
    out: set[Status] = set()
    for target in _TRANSITIONS.get(current, frozenset()):
        try:
            check_transition(current, target, actor, was_received=was_received)
        except TransitionError:
            continue
        out.add(target)
    return frozenset(out)


@dataclass(frozen=True)
class Applicant:
    """The person or organization applying (người nộp hồ sơ)."""

    full_name: str
    id_number: str = ""
    birth_date: date | None = None
    gender: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    organization: str = ""


@dataclass(frozen=True)
class AuthorizedPerson:
    """Someone acting for the applicant (ủy quyền): who, and the authorization document."""

    full_name: str
    id_number: str
    document: str


@dataclass(frozen=True)
class Component:
    """One component (thành phần hồ sơ) as handed in: counts per copy kind."""

    name: str
    required: bool = True
    original: int = 0
    certified: int = 0
    photo: int = 0
    note: str = ""
    # Digitization indicators (số hóa): a scan of it is attached; or it was taken from a
    # dossier or data store the unit already holds instead of paper (tái sử dụng).
    digitized: bool = False
    reused: bool = False

    @property
    def total(self) -> int:
        return self.original + self.certified + self.photo


@dataclass(frozen=True)
class Dossier:
    """A dossier as the counter knows it. Immutable: a change makes a new value and an event."""

    code: str
    procedure_code: str
    procedure_name: str
    field: str
    receiving_unit: str
    resolving_unit: str
    channel: Channel
    applicant: Applicant
    status: Status
    components: tuple[Component, ...] = ()
    sets: int = 1
    received_at: datetime | None = None
    appointment_at: datetime | None = None
    return_method: ReturnMethod = "counter"
    return_address: str = ""
    fee_vnd: int = 0
    fee_payment: FeePayment = "none"
    authorized: AuthorizedPerson | None = None
    rescheduled: bool = False
    resolved_at: datetime | None = None
    returned_at: datetime | None = None
    note: str = ""
    details: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def was_received(self) -> bool:
        return self.received_at is not None


@dataclass(frozen=True)
class DossierEvent:
    """What a change tells the central system: SYNC-API event type and payload (no identity yet)."""

    type: str
    dossier_code: str
    occurred_at: datetime
    payload: Mapping[str, Any]


def transition(dossier: Dossier, target: Status, actor: Actor, at: datetime,
               payload: Mapping[str, Any] | None = None, **changes: Any) -> tuple[Dossier, DossierEvent]:
    """Move `dossier` to `target`; return the new dossier and the event to record with it."""
    event_type = check_transition(dossier.status, target, actor, was_received=dossier.was_received)
    if at < (dossier.received_at or at):
        raise InvalidTransitionError(msg("transition.before_receipt"), dossier.status, target)

    updated = replace(dossier, status=target, **changes)
    body: dict[str, Any] = {"status": int(target), "previous_status": int(dossier.status)}
    body.update(payload or {})
    return updated, DossierEvent(event_type, dossier.code, at, body)


def to_payload(dossier: Dossier) -> dict[str, Any]:
    """The whole dossier as the JSON payload of `dossier.received` (SYNC-API.md)."""
    def iso(value: date | datetime | None) -> str | None:
        return value.isoformat() if value is not None else None

    a = dossier.applicant
    return {
        "procedure_code": dossier.procedure_code,
        "procedure_name": dossier.procedure_name,
        "field": dossier.field,
        "receiving_unit": dossier.receiving_unit,
        "resolving_unit": dossier.resolving_unit,
        "channel": dossier.channel,
        "status": int(dossier.status),
        "applicant": {
            "full_name": a.full_name, "id_number": a.id_number, "birth_date": iso(a.birth_date),
            "gender": a.gender, "address": a.address, "phone": a.phone, "email": a.email,
            "organization": a.organization,
        },
        "components": [
            {"name": c.name, "required": c.required, "original": c.original,
             "certified": c.certified, "photo": c.photo, "note": c.note,
             "digitized": c.digitized, "reused": c.reused}
            for c in dossier.components
        ],
        "sets": dossier.sets,
        "received_at": iso(dossier.received_at),
        "appointment_at": iso(dossier.appointment_at),
        "return_method": dossier.return_method,
        "return_address": dossier.return_address,
        "fee_vnd": dossier.fee_vnd,
        "fee_payment": dossier.fee_payment,
        "authorized": None if dossier.authorized is None else {
            "full_name": dossier.authorized.full_name,
            "id_number": dossier.authorized.id_number,
            "document": dossier.authorized.document,
        },
        "note": dossier.note,
        **dict(dossier.details),
    }


def from_payload(code: str, status: Status, payload: Mapping[str, Any],
                 parse_dt: Callable[[str], datetime] = datetime.fromisoformat) -> Dossier:
    """Inverse of `to_payload` (the store keeps the payload as the dossier's body)."""
    def dt(key: str) -> datetime | None:
        value = payload.get(key)
        return None if value is None else parse_dt(value)

    a = payload["applicant"]
    auth = payload.get("authorized")
    known = {"procedure_code", "procedure_name", "field", "receiving_unit", "resolving_unit",
             "channel", "status", "applicant", "components", "sets", "received_at",
             "appointment_at", "return_method", "return_address", "fee_vnd", "fee_payment",
             "authorized", "note"}
    return Dossier(
        code=code,
        procedure_code=payload["procedure_code"],
        procedure_name=payload["procedure_name"],
        field=payload["field"],
        receiving_unit=payload["receiving_unit"],
        resolving_unit=payload["resolving_unit"],
        channel=payload["channel"],
        status=status,
        applicant=Applicant(
            full_name=a["full_name"], id_number=a.get("id_number", ""),
            birth_date=date.fromisoformat(a["birth_date"]) if a.get("birth_date") else None,
            gender=a.get("gender", ""), address=a.get("address", ""), phone=a.get("phone", ""),
            email=a.get("email", ""), organization=a.get("organization", ""),
        ),
        components=tuple(Component(**c) for c in payload.get("components", ())),
        sets=payload.get("sets", 1),
        received_at=dt("received_at"),
        appointment_at=dt("appointment_at"),
        return_method=payload.get("return_method", "counter"),
        return_address=payload.get("return_address", ""),
        fee_vnd=payload.get("fee_vnd", 0),
        fee_payment=payload.get("fee_payment", "none"),
        authorized=None if not auth else AuthorizedPerson(**auth),
        note=payload.get("note", ""),
        details={k: v for k, v in payload.items() if k not in known},
    )
