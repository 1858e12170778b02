"""Hand-back use cases (trả kết quả): return the result, record a withdrawal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from counter_app.core.messages import msg
from counter_app.core.dossier import AuthorizedPerson, Dossier, Status, transition
from counter_app.core.intake import FieldError, IntakeError, clean_authorized, require_reason
from counter_app.core.text import clean_text
from counter_app.core.timeutil import iso
from counter_app.services.context import ServiceContext
from counter_app.services.errors import DossierNotFoundError
from counter_app.storage import dossiers, outbox

RecipientKind = Literal["applicant", "authorized", "post"]
_WAYBILL = re.compile(r"^[A-Z0-9]{6,30}$")


@dataclass(frozen=True)
class Recipient:
    """Who took the result: the applicant, an authorized person, or the post (with a waybill)."""

    kind: RecipientKind
    id_number: str = ""  # the applicant's number as shown at the counter, checked if given
    authorized: AuthorizedPerson | None = None
    waybill: str = ""


def _check_recipient(dossier: Dossier, r: Recipient) -> dict[str, object]:
    if r.kind == "applicant":
        shown = r.id_number.strip()
        if shown and dossier.applicant.id_number and shown != dossier.applicant.id_number:
            raise IntakeError([FieldError(
                "recipient.id_number", "mismatch",
                msg("return.id_mismatch"))])
        return {"kind": "applicant", "full_name": dossier.applicant.full_name,
                "id_number": dossier.applicant.id_number}
    if r.kind == "authorized":
        if r.authorized is None:
            raise IntakeError([FieldError("recipient.authorized", "required",
                                          msg("return.authorized_missing"))])
        p = clean_authorized(r.authorized, "recipient")
        return {"kind": "authorized", "full_name": p.full_name, "id_number": p.id_number,
                "authorization": p.document}
    if r.kind == "post":
        waybill = re.sub(r"\s", "", r.waybill).upper()
        if not _WAYBILL.match(waybill):
            raise IntakeError([FieldError("recipient.waybill", "format",
                                          msg("return.waybill"))])
        return {"kind": "post", "waybill": waybill, "address": dossier.return_address}
    raise IntakeError([FieldError("recipient.kind", "choice", msg("return.kind"))])


def return_result(ctx: ServiceContext, code: str, recipient: Recipient) -> Dossier:
    """Record the hand-back of a ready result (status 9 → 10) and queue `dossier.returned`."""
    now = ctx.now()
    with ctx.store.transaction() as session:
        dossier = dossiers.get(session, code)
        if dossier is None:
            raise DossierNotFoundError(code)
        who = _check_recipient(dossier, recipient)
        updated, event = transition(dossier, Status.RETURNED, "counter", now,
                                    {"returned_at": now.isoformat(), "recipient": who},
                                    returned_at=now)
        dossiers.save(session, updated, now)
        outbox.append(session, event, device_id=ctx.device.device_id, clerk=ctx.clerk)
    return updated


def withdraw(ctx: ServiceContext, code: str, reason: str) -> Dossier:
    """The applicant withdraws the dossier at the counter (status 7), with a written reason."""
    now = ctx.now()
    reason = require_reason(reason, "reason", msg("label.withdrawal_reason"))

    with ctx.store.transaction() as session:
        dossier = dossiers.get(session, code)
        if dossier is None:
            raise DossierNotFoundError(code)
        # The withdrawal time stays in the dossier's body too: Biểu 06 counts it apart from it.
        updated, event = transition(dossier, Status.WITHDRAWN, "counter", now,
                                    {"withdrawn_at": now.isoformat(), "reason": clean_text(reason)},
                                    details={**dict(dossier.details), "withdrawn_at": iso(now)})
        dossiers.save(session, updated, now)
        outbox.append(session, event, device_id=ctx.device.device_id, clerk=ctx.clerk)
    return updated
