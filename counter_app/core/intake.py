"""What the clerk typed for one citizen, checked field by field before anything is stored."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from counter_app.core.dossier import (
    CHANNELS, FEE_PAYMENTS, RETURN_METHODS, Applicant, AuthorizedPerson, Channel, Component,
    FeePayment, ReturnMethod,
)
from counter_app.core.identity import (
    IdentityError, normalize_phone, validate_cccd, validate_email, validate_id_number,
)
from counter_app.core.fees import MAX_COPIES, MAX_PAGES
from counter_app.core.messages import Message, msg
from counter_app.core.procedure_fields import clean_values
from counter_app.core.procedures import Procedure
from counter_app.core.text import clean_text

MAX_NAME = 200
MAX_TEXT = 1000
# How the citizen agreed to be told of the dossier (central sends): "none" is no consent.
NOTIFY_CHANNELS = ("none", "sms", "zalo")
_NOTIFY_NAMES = {"sms": "SMS", "zalo": "Zalo"}


@dataclass(frozen=True)
class FieldError:
    """One broken rule: the field (dotted path), a stable rule id, a message for the clerk."""

    field: str
    rule: str
    msg: Message

    @property
    def message(self) -> str:
        """The Vietnamese text of `msg`."""
        return self.msg.text


class IntakeError(ValueError):
    """The draft breaks one or more rules; nothing may be stored."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def fields(self) -> set[str]:
        return {e.field for e in self.errors}


@dataclass(frozen=True)
class IntakeDraft:
    """A dossier being received, as plain data (the UI fills it; autosaved as a draft)."""

    procedure_code: str
    applicant: Applicant
    components: tuple[Component, ...] = ()
    sets: int = 1
    channel: Channel = "direct"
    return_method: ReturnMethod = "counter"
    return_address: str = ""
    fee_vnd: int = 0
    fee_payment: FeePayment = "none"
    authorized: AuthorizedPerson | None = None
    resolving_unit: str = ""
    note: str = ""
    copies: int = 1  # the copies (bản, phiếu) and pages per copy the fee was counted for
    pages: int = 1
    # The procedure's own fields (core.procedure_fields), as typed; stored cleaned.
    procedure_fields: Mapping[str, str] = field(default_factory=dict)
    # The statutory-time case the clerk picked (Procedure.duration_cases); "" is the default.
    duration_case: str = ""
    # The citizen's consent to messages about this dossier and the channel (NOTIFY_CHANNELS).
    notify_channel: str = "none"


def notify_details(draft: IntakeDraft) -> dict[str, object]:
    """What the dossier's payload keeps of the consent (central reads it to send or not)."""
    return {"notify": {"consent": draft.notify_channel != "none",
                       "channel": draft.notify_channel}}


class _Collector:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, rule: str, message: Message) -> None:
        self.errors.append(FieldError(field, rule, message))

    def text(self, field: str, value: str, *, required: bool, limit: int = MAX_TEXT,
             label: Message) -> str:
        cleaned = clean_text(value)
        if required and not cleaned:
            self.add(field, "required", msg("intake.required", label=label))
        elif len(cleaned) > limit:
            self.add(field, "too_long", msg("intake.too_long", label=label, limit=limit))
        return cleaned


def clean_applicant(a: Applicant, c: _Collector, today: date, prefix: str = "applicant") -> Applicant:
    name = c.text(f"{prefix}.full_name", a.full_name, required=True, limit=MAX_NAME,
                  label=msg("label.applicant_name"))
    org = c.text(f"{prefix}.organization", a.organization, required=False, limit=MAX_NAME,
                 label=msg("label.organization"))
    address = c.text(f"{prefix}.address", a.address, required=False, label=msg("label.address"))
    id_number = a.id_number.strip()
    if a.birth_date is not None and a.birth_date > today:
        c.add(f"{prefix}.birth_date", "future", msg("intake.birth_future"))
    if id_number:
        try:
            if len(id_number) == 12:
                id_number = validate_cccd(id_number, a.birth_date, a.gender or None)
            else:
                id_number = validate_id_number(id_number)
        except IdentityError as exc:
            c.add(f"{prefix}.id_number", exc.code, exc.msg)
    elif not org:
        c.add(f"{prefix}.id_number", "required", msg("intake.id_required"))
    phone = a.phone.strip()
    if phone:
        try:
            phone = normalize_phone(phone)
        except IdentityError as exc:
            c.add(f"{prefix}.phone", exc.code, exc.msg)
    email = a.email.strip()
    if email:
        try:
            email = validate_email(email)
        except IdentityError as exc:
            c.add(f"{prefix}.email", exc.code, exc.msg)
    return replace(a, full_name=name, organization=org, address=address, id_number=id_number,
                   phone=phone, email=email, gender=clean_text(a.gender))


def _clean_components(draft: IntakeDraft, procedure: Procedure, c: _Collector,
                      require_complete: bool) -> tuple[Component, ...]:
    out = []
    for i, comp in enumerate(draft.components):
        name = c.text(f"components[{i}].name", comp.name, required=True,
                      label=msg("label.component_name"))
        for kind in ("original", "certified", "photo"):
            n = getattr(comp, kind)
            if not isinstance(n, int) or n < 0 or n > 999:
                c.add(f"components[{i}].{kind}", "count", msg("intake.count"))
        out.append(replace(comp, name=name, note=clean_text(comp.note)))
    if require_complete:
        handed = {x.name: x for x in out}
        for spec in procedure.components:
            got = handed.get(clean_text(spec.name))
            if spec.required and (got is None or got.total == 0):
                c.add("components", "missing_required",
                      msg("intake.missing_component", name=spec.name))
    return tuple(out)


def clean_draft(draft: IntakeDraft, procedure: Procedure, today: date,
                *, require_complete: bool = True) -> IntakeDraft:
    """Return the draft normalized (NFC, trimmed, phone as 0xxxxxxxxx) or raise IntakeError."""
    cleaned, errors = _check(draft, procedure, today, require_complete)
    if errors:
        raise IntakeError(errors)
    return cleaned


def draft_errors(draft: IntakeDraft, procedure: Procedure | None, today: date,
                 *, require_complete: bool = True) -> tuple[FieldError, ...]:
    """Every rule the draft breaks, in one pass, even before a procedure is chosen (None).

    The form checks this before it asks for a save, so all its messages show at once.
    """
    return tuple(_check(draft, procedure, today, require_complete)[1])


def _check(draft: IntakeDraft, procedure: Procedure | None, today: date,
           require_complete: bool) -> tuple[IntakeDraft, list[FieldError]]:
    c = _Collector()
    if procedure is None:
        c.add("procedure_code", "required", msg("intake.no_procedure"))
    elif draft.procedure_code != procedure.code:
        c.add("procedure_code", "mismatch", msg("intake.procedure_mismatch"))
    applicant = clean_applicant(draft.applicant, c, today)
    fields: dict[str, str] = {}
    components: tuple[Component, ...] = ()
    if procedure is not None:
        fields, problems = clean_values(procedure.fields, draft.procedure_fields, today,
                                        require=require_complete)
        for p in problems:
            c.add(f"procedure_fields.{p.key}", p.rule, p.msg)
        components = _clean_components(draft, procedure, c, require_complete)
    if not isinstance(draft.sets, int) or not 1 <= draft.sets <= 99:
        c.add("sets", "range", msg("intake.sets"))
    if draft.channel not in CHANNELS or draft.channel == "online":
        c.add("channel", "choice", msg("intake.channel"))
    if draft.return_method not in RETURN_METHODS:
        c.add("return_method", "choice", msg("intake.return_method"))
    address = c.text("return_address", draft.return_address,
                     required=draft.return_method == "post", label=msg("label.return_address"))
    if not isinstance(draft.fee_vnd, int) or draft.fee_vnd < 0:
        c.add("fee_vnd", "range", msg("intake.fee"))
    if draft.fee_payment not in FEE_PAYMENTS:
        c.add("fee_payment", "choice", msg("intake.fee_payment"))
    authorized = draft.authorized
    if authorized is not None:
        authorized = _clean_authorized(authorized, c, "authorized")
    for key, high in (("copies", MAX_COPIES), ("pages", MAX_PAGES)):
        n = getattr(draft, key)
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= high:
            c.add(key, "range", msg(f"intake.{key}", high=high))
    note = c.text("note", draft.note, required=False, label=msg("label.note"))
    _check_notify(draft.notify_channel, applicant.phone, c)
    case = draft.duration_case.strip()
    if procedure is not None and case and case not in {k.key for k in procedure.duration_cases}:
        names = "; ".join(k.name for k in procedure.duration_cases)
        c.add("duration_case", "choice",
              msg("intake.duration_case_choices", names=names) if names
              else msg("intake.duration_case"))
    return replace(draft, applicant=applicant, components=components, return_address=address,
                   authorized=authorized, note=note, resolving_unit=clean_text(draft.resolving_unit),
                   procedure_fields=fields, duration_case=case), c.errors


def _check_notify(channel: str, phone: str, c: _Collector) -> None:
    """A message needs a mobile number: a landline (02…) or none cannot receive SMS or Zalo."""
    if channel not in NOTIFY_CHANNELS:
        c.add("notify_channel", "choice", msg("intake.notify_channel"))
    elif channel != "none" and (not phone or (phone.startswith("02") and len(phone) == 11)):
        c.add("notify_channel", "mobile_required",
              msg("intake.notify_no_phone" if not phone else "intake.notify_landline",
                  channel=_NOTIFY_NAMES[channel]))


def _clean_authorized(p: AuthorizedPerson, c: _Collector, prefix: str) -> AuthorizedPerson:
    name = c.text(f"{prefix}.full_name", p.full_name, required=True, limit=MAX_NAME,
                  label=msg("label.authorized_name"))
    doc = c.text(f"{prefix}.document", p.document, required=True,
                 label=msg("label.authorization"))
    number = p.id_number.strip()
    try:
        number = validate_id_number(number)
    except IdentityError as exc:
        c.add(f"{prefix}.id_number", exc.code, exc.msg)
    return AuthorizedPerson(full_name=name, id_number=number, document=doc)


def clean_authorized(p: AuthorizedPerson, prefix: str = "recipient") -> AuthorizedPerson:
    """Check an authorized recipient at hand-back; raise IntakeError naming the field."""
    c = _Collector()
    cleaned = _clean_authorized(p, c, prefix)
    if c.errors:
        raise IntakeError(c.errors)
    return cleaned


def require_reason(reason: str, field: str = "reason", label: Message | None = None) -> str:
    """A refusal, a supplement request or a withdrawal needs a written reason."""
    c = _Collector()
    cleaned = c.text(field, reason, required=True, label=label or msg("label.reason"))

    if c.errors:
        raise IntakeError(c.errors)
    return cleaned
