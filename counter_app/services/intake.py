"""Intake use cases (tiếp nhận): receive, request a supplement (Mẫu 02), refuse (Mẫu 03)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Mapping, Sequence

from counter_app.core.messages import msg
from counter_app.core.deadlines import appointment_at
from counter_app.core.dossier import (
    Dossier, DossierEvent, Status, check_transition, to_payload, transition,
)
from counter_app.core.fees import fee_detail
from counter_app.core.intake import IntakeDraft, clean_draft, notify_details, require_reason
from counter_app.core.procedure_fields import PAYLOAD_KEY as FIELDS_KEY
from counter_app.core.procedures import Procedure
from counter_app.core.text import clean_text
from counter_app.services.context import ServiceContext
from counter_app.services.errors import DossierNotFoundError
from counter_app.storage import dossiers, outbox
from counter_app.storage.sequences import claim_code


@dataclass(frozen=True)
class IntakeResult:
    """What the clerk is shown (and the slip printed from) after an outcome is stored."""

    code: str
    status: Status
    received_at: datetime | None
    appointment_at: datetime | None
    dossier: Dossier
    open_duplicates: tuple[str, ...] = ()


@dataclass(frozen=True)
class MissingItem:
    """A line of Mẫu 02: what is missing or must be corrected, and how."""

    name: str
    detail: str = ""


def _details(draft: IntakeDraft, procedure: Procedure, extra: Mapping[str, Any]) -> dict[str, Any]:
    """What the dossier keeps beyond the common fields: the fee's counts, the procedure's fields,
    the citizen's consent to be told by SMS or Zalo."""
    details = {**dict(extra), **notify_details(draft)}
    if procedure.fees:
        details["fee_detail"] = fee_detail(procedure.fees, draft.copies, draft.pages)
    if draft.procedure_fields:
        details[FIELDS_KEY] = dict(draft.procedure_fields)
    return details


def case_details(procedure: Procedure, case: str) -> dict[str, Any]:
    """The statutory-time case a dossier was received under, kept in its payload so the slip
    and a later restart count the same time; nothing for a procedure with one time."""
    if not procedure.duration_cases:
        return {}
    return {"duration_case": case or procedure.duration_cases[0].key}


def _new_dossier(ctx: ServiceContext, draft: IntakeDraft, procedure: Procedure, code: str,
                 status: Status, **extra: Any) -> Dossier:
    extra["details"] = _details(draft, procedure, extra.get("details", {}))
    return Dossier(
        code=code, procedure_code=procedure.code, procedure_name=procedure.name,
        field=procedure.field, receiving_unit=ctx.device.unit_code,
        resolving_unit=draft.resolving_unit or procedure.resolving_agency,
        channel=draft.channel, applicant=draft.applicant, status=status,
        components=draft.components, sets=draft.sets, return_method=draft.return_method,
        return_address=draft.return_address, fee_vnd=draft.fee_vnd,
        fee_payment=draft.fee_payment, authorized=draft.authorized, note=draft.note, **extra)


LOOKUP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # nothing to misread (0/O, 1/I)


def new_lookup_key() -> str:
    """8 random characters (40 bits): short for a QR and for typing, not guessable online."""
    return "".join(secrets.choice(LOOKUP_ALPHABET) for _ in range(8))


def _store_new(ctx: ServiceContext, draft: IntakeDraft, procedure: Procedure, status: Status,
               now: datetime, payload: dict[str, Any], **extra: Any) -> tuple[Dossier, tuple[str, ...]]:
    event_type = check_transition(None, status, "counter")
    with ctx.store.transaction() as session:
        duplicates = tuple(dossiers.open_for_applicant(
            session, draft.applicant.id_number, procedure.code))
        code = claim_code(session, ctx.device.unit_code, now.date(), ctx.device.lanes)
        # The slip's QR carries this key with the code: the public lookup asks for it (or the
        # last digits of the phone or ID number), so nobody can walk a day's codes.
        # Who received it stays with the dossier (the outbox forgets its events once sent):
        # the supervisor's dashboard counts each clerk's receipts from it.
        extra["details"] = {**dict(extra.get("details") or {}), "lookup_key": new_lookup_key(),
                            "received_by": ctx.clerk}
        dossier = _new_dossier(ctx, draft, procedure, code, status, **extra)
        dossiers.insert(session, dossier, now)
        body = to_payload(dossier)
        body.update(payload)
        outbox.append(session, DossierEvent(event_type, code, now, body),
                      device_id=ctx.device.device_id, clerk=ctx.clerk)
    return dossier, duplicates


def receive_dossier(ctx: ServiceContext, draft: IntakeDraft) -> IntakeResult:
    """Receive a complete dossier: code, appointment, dossier and its event in one transaction."""
    procedure = ctx.procedure(draft.procedure_code)
    now = ctx.now()
    draft = clean_draft(draft, procedure, now.date(), require_complete=True)
    due = appointment_at(procedure.duration_for(draft.duration_case), now, ctx.calendar,
                         procedure.same_day_cutoff)
    dossier, dups = _store_new(ctx, draft, procedure, Status.RECEIVED, now, {},
                               received_at=now, appointment_at=due,
                               details=case_details(procedure, draft.duration_case))
    return IntakeResult(dossier.code, dossier.status, now, due, dossier, dups)


def request_supplement(ctx: ServiceContext, draft: IntakeDraft, missing: Sequence[MissingItem],
                       reason: str, guidance: str = "") -> IntakeResult:
    """Mẫu 02 at the counter: the dossier is not received; the guidance is given once, in full."""
    procedure = ctx.procedure(draft.procedure_code)
    now = ctx.now()
    draft = clean_draft(draft, procedure, now.date(), require_complete=False)
    reason = require_reason(reason, "reason", msg("label.supplement_reason"))
    items = [{"name": clean_text(m.name), "detail": clean_text(m.detail)}
             for m in missing if clean_text(m.name)]
    info = {"missing": items, "reason": reason, "guidance": clean_text(guidance),
            "requested_at": now.isoformat()}
    dossier, dups = _store_new(ctx, draft, procedure, Status.SUPPLEMENT_REQUIRED, now, info,
                               details={"supplement_request": info,
                                        **case_details(procedure, draft.duration_case)})
    return IntakeResult(dossier.code, dossier.status, None, None, dossier, dups)


def refuse_dossier(ctx: ServiceContext, draft: IntakeDraft, reason: str) -> IntakeResult:
    """Mẫu 03: refuse to receive, with the specific reason (required)."""
    procedure = ctx.procedure(draft.procedure_code)
    now = ctx.now()
    reason = require_reason(reason, "reason", msg("label.refusal_reason"))

    draft = clean_draft(draft, procedure, now.date(), require_complete=False)
    info = {"reason": reason, "refused_at": now.isoformat()}
    dossier, dups = _store_new(ctx, draft, procedure, Status.REFUSED, now, info,
                               details={"refusal": info})
    return IntakeResult(dossier.code, dossier.status, None, None, dossier, dups)


def receive_supplement(ctx: ServiceContext, code: str, note: str = "") -> IntakeResult:
    """The citizen brings what Mẫu 02 asked for.

    Never received before → it is received now (appointment from now); sent back by the back
    office → processing resumes (the suspension policy moves the appointment, issue of sync).
    """
    now = ctx.now()
    with ctx.store.transaction() as session:
        dossier = dossiers.get(session, code)
        if dossier is None:
            raise DossierNotFoundError(code)
        if dossier.was_received:
            updated, event = transition(dossier, Status.PROCESSING, "counter", now,
                                        {"note": clean_text(note), "received_at": now.isoformat()})
        else:
            procedure = ctx.procedure(dossier.procedure_code)
            duration = procedure.duration_for(str(dossier.details.get("duration_case", "")))
            due = appointment_at(duration, now, ctx.calendar, procedure.same_day_cutoff)
            updated, event = transition(dossier, Status.RECEIVED, "counter", now,
                                        received_at=now, appointment_at=due)
            body = to_payload(updated)
            body["previous_status"] = int(dossier.status)
            body["note"] = clean_text(note)
            event = replace(event, payload=body)
        dossiers.save(session, updated, now)
        outbox.append(session, event, device_id=ctx.device.device_id, clerk=ctx.clerk)
    return IntakeResult(updated.code, updated.status, updated.received_at, updated.appointment_at,
                        updated)
