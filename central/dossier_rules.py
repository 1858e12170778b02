"""How one counter event changes a dossier: pure, state in and state out, or EventRejected.

The status moves are core.dossier.check_transition's (actor "counter"); the extension rule is
core.deadlines.reschedule's; the suspension arithmetic core.deadlines.resume_appointment's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from counter_app.core.codes import CodeError, parse_code
from counter_app.core.deadlines import RescheduleError, reschedule
from counter_app.core.rating import RatingError, from_payload as rating_from_payload, to_payload
from counter_app.core.dossier import (
    CHANNELS, OPEN, Status, TransitionError, check_transition, from_payload,
)
from counter_app.core.text import fold
from counter_app.core.timeutil import iso, parse_iso, to_vn
from central.reference import Reference, resumed_appointment
from central import timecheck
from central.sanitize import MAX_YEAR, MIN_YEAR
from central.schemas import EventIn

State = dict[str, Any]

STATUS_EVENTS = frozenset({
    "dossier.received", "dossier.refused", "dossier.supplement_requested",
    "dossier.supplement_received", "dossier.returned", "dossier.withdrawn",
})
DATA_EVENTS = frozenset({
    "dossier.attachment_added", "dossier.fee_paid", "dossier.apology_issued", "dossier.rated",
})
KNOWN_EVENTS = STATUS_EVENTS | DATA_EVENTS
# Events that carry the whole dossier (core.dossier.to_payload) when they create it.
_FULL_EVENTS = frozenset({"dossier.received", "dossier.refused", "dossier.supplement_requested"})
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_TEXT_FIELDS = ("procedure_code", "procedure_name", "field", "receiving_unit", "resolving_unit")


class EventRejected(Exception):
    """The event cannot be applied; the message goes back to the counter as `error`."""


def moment(value: object, name: str) -> datetime:
    """An ISO 8601 time from a payload (naive means Viet Nam wall-clock time)."""
    if not isinstance(value, str):
        raise EventRejected(f"{name}: expected an ISO 8601 time")
    try:
        parsed = parse_iso(value)
    except ValueError:
        raise EventRejected(f"{name}: {value[:40]!r} is not an ISO 8601 time") from None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise EventRejected(f"{name}: year out of range")
    return parsed


def _optional_moment(payload: dict[str, Any], key: str, default: datetime,
                     now: datetime) -> datetime:
    """A time that has happened (default: the event's), not ahead of the service's clock."""
    value = payload.get(key)
    found = default if value is None else moment(value, key)
    _plausible(timecheck.not_ahead, found, now, key)
    return found


def _plausible(check: Callable[[datetime, Any, str], None], value: datetime, other: Any,
               name: str) -> None:
    """A central.timecheck check, its ValueError as the event's rejection."""
    try:
        check(value, other, name)
    except ValueError as error:
        raise EventRejected(str(error)) from None


def _check_dates(ev: EventIn, target: Status, state: State | None, received: datetime | None,
                 appointment: datetime | None, now: datetime) -> None:
    """Receipt not in the future, appointment within reach, the code dated when it was issued."""
    try:
        code_day = parse_code(ev.dossier_code).day
    except CodeError as error:
        raise EventRejected(f"dossier_code: {error.code}") from None
    if received is not None:
        _plausible(timecheck.not_ahead, received, now, "received_at")
        if appointment is not None:
            _plausible(timecheck.within_reach, appointment, received, "appointment_at")
    if state is None:  # the code was issued now: at receipt, or at the refusal or guidance
        issued = received if target is Status.RECEIVED and received else ev.occurred_at
        _plausible(timecheck.code_dated, issued, code_day, "dossier_code")
    elif received is not None and to_vn(received).date() < code_day:
        raise EventRejected("received_at: before the date of the dossier code")


def search_key(code: str, body: dict[str, Any]) -> str:
    given = body.get("applicant")
    applicant = given if isinstance(given, dict) else {}
    parts = [code] + [str(applicant.get(k) or "") for k in
                      ("full_name", "id_number", "phone", "organization")]
    return fold(" ".join(parts))


def _full_dossier(ev: EventIn, target: Status, unit_code: str, state: State | None,
                  now: datetime) -> State:
    payload = ev.payload
    for key in _TEXT_FIELDS:
        if not isinstance(payload.get(key), str) or not payload[key].strip():
            raise EventRejected(f"payload.{key}: required text")
    applicant = payload.get("applicant")
    if not isinstance(applicant, dict) or not isinstance(applicant.get("full_name"), str):
        raise EventRejected("payload.applicant.full_name: required text")
    if payload.get("channel") not in CHANNELS:
        raise EventRejected(f"payload.channel: one of {', '.join(CHANNELS)}")
    if payload["receiving_unit"] != unit_code:
        raise EventRejected("payload.receiving_unit: not the unit of this device")
    for key in ("received_at", "appointment_at"):
        if payload.get(key) is not None:
            moment(payload[key], key)
    try:
        dossier = from_payload(ev.dossier_code, target, payload, parse_dt=parse_iso)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise EventRejected(f"payload is not a whole dossier: {type(error).__name__} {error}"[:300]) from None
    if target is Status.RECEIVED:
        if dossier.received_at is None or dossier.appointment_at is None:
            raise EventRejected("a received dossier needs received_at and appointment_at")
        if dossier.appointment_at < dossier.received_at:
            raise EventRejected("appointment_at is before received_at")
    _check_dates(ev, target, state, dossier.received_at, dossier.appointment_at, now)
    body = dict(state["body"]) if state else {}
    body.update({k: v for k, v in payload.items() if k not in ("status", "previous_status")})
    new: State = dict(state) if state else {
        "code": ev.dossier_code, "unit_code": unit_code, "rescheduled": False, "paused_at": None,
        "resolved_at": None, "withdrawn_at": None, "returned_at": None}
    new.update({
        "procedure_code": dossier.procedure_code, "procedure_name": dossier.procedure_name,
        "field": dossier.field, "channel": dossier.channel, "status": int(target),
        "received_at": dossier.received_at, "appointment_at": dossier.appointment_at,
        "search": search_key(ev.dossier_code, body), "body": body, "updated_at": now})
    return new


def _transition(state: State | None, ev: EventIn, unit_code: str,
                ref: Callable[[], Reference], now: datetime) -> State:
    payload = ev.payload
    raw = payload.get("status")
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= 10:
        raise EventRejected("payload.status: the new status (1-10) is required")
    target = Status(raw)
    current = None if state is None else Status(state["status"])
    was_received = state is not None and state["received_at"] is not None
    try:
        expected = check_transition(current, target, "counter", was_received=was_received)
    except TransitionError as error:
        raise EventRejected(f"{error.code}: {error}") from None
    if expected != ev.type:
        raise EventRejected(f"{ev.type} does not describe this move ({expected} does)")
    if ev.type in _FULL_EVENTS and (state is None or target is Status.RECEIVED):
        return _full_dossier(ev, target, unit_code, state, now)
    assert state is not None
    at = ev.occurred_at
    new = dict(state)
    body = dict(state["body"])
    new.update(status=int(target), updated_at=now, body=body)
    if ev.type == "dossier.returned":
        new["returned_at"] = _optional_moment(payload, "returned_at", at, now)
        body["return"] = {"returned_at": iso(new["returned_at"]),
                          "recipient": payload.get("recipient")}
    elif ev.type == "dossier.withdrawn":
        new["withdrawn_at"] = _optional_moment(payload, "withdrawn_at", at, now)
        new["paused_at"] = None
        body["withdrawal"] = {"withdrawn_at": iso(new["withdrawn_at"]),
                              "reason": payload.get("reason", "")}
    elif ev.type == "dossier.supplement_received":
        resumed = _optional_moment(payload, "received_at", at, now)
        if state["paused_at"] is not None and state["appointment_at"] is not None:
            new["appointment_at"] = resumed_appointment(
                ref(), state["procedure_code"], state["appointment_at"], state["paused_at"], resumed)
        new["paused_at"] = None
        body.setdefault("supplements", [])
        body["supplements"] = [*body["supplements"], {"received_at": iso(resumed),
                                                      "note": payload.get("note", "")}]
    else:  # refused or supplement requested for a dossier submitted online (status 1)
        body.update({k: v for k, v in payload.items() if k not in ("status", "previous_status")})
    return new


def _data_event(state: State, ev: EventIn, now: datetime) -> State:
    payload = ev.payload
    new = dict(state)
    body = dict(state["body"])
    new.update(body=body, updated_at=now)
    extra = {k: v for k, v in payload.items() if k not in ("status", "previous_status")}
    if ev.type == "dossier.attachment_added":
        sha = payload.get("sha256")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise EventRejected("payload.sha256: 64 hexadecimal digits required")
        item = {**extra, "sha256": sha.lower(), "added_at": iso(ev.occurred_at)}
        body["attachments"] = [*body.get("attachments", []), item]
    elif ev.type == "dossier.fee_paid":
        body["payments"] = [*body.get("payments", []), {**extra, "at": iso(ev.occurred_at)}]
    elif ev.type == "dossier.rated":
        body["rating"] = _rating(state, ev, now)
    else:  # dossier.apology_issued: Mẫu 04, a new appointment at most once per dossier
        if Status(state["status"]) not in OPEN or state["appointment_at"] is None:
            raise EventRejected("only a received dossier still in progress can be extended")
        new_at = moment(payload.get("new_appointment_at"), "new_appointment_at")
        _plausible(timecheck.within_reach, new_at, state["appointment_at"], "new_appointment_at")
        try:
            new["appointment_at"] = reschedule(state["appointment_at"], new_at, state["rescheduled"])
        except RescheduleError as error:
            raise EventRejected(f"reschedule: {error}") from None
        new["rescheduled"] = True
        body["extension"] = {**extra, "at": iso(ev.occurred_at)}
    return new


def _rating(state: State, ev: EventIn, now: datetime) -> dict[str, Any]:
    """The checked answers of `dossier.rated`: a returned dossier, once, scores as core.rating."""
    if Status(state["status"]) is not Status.RETURNED:
        raise EventRejected("not_returned: only a returned dossier (status 10) can be rated")
    if "rating" in state["body"]:
        raise EventRejected("already_rated: one rating per dossier")
    try:
        rating = rating_from_payload(ev.payload)
    except RatingError as error:
        raise EventRejected(f"payload.{error.field}: {error.rule}: {error.message}") from None
    rated_at = _optional_moment(ev.payload, "rated_at", ev.occurred_at, now)
    return {**to_payload(rating), "rated_at": iso(rated_at), "at": iso(ev.occurred_at)}


def rating_row(state: State, ev: EventIn, unit_code: str) -> dict[str, Any]:
    """The `ratings` row of an applied `dossier.rated` (its answers as _rating kept them)."""
    kept = state["body"]["rating"]
    return {"dossier_code": ev.dossier_code, "unit_code": unit_code, "event_id": ev.event_id,
            "rated_at": parse_iso(kept["rated_at"]), "criteria": kept["criteria"],
            "overall": kept["overall"], "skipped": kept["skipped"], "clerk": ev.clerk,
            "criteria_version": kept["criteria_version"]}


def apply_event(state: State | None, ev: EventIn, unit_code: str,
                ref: Callable[[], Reference], now: datetime) -> State:
    """The dossier after `ev` (`state` None: no dossier yet). Never mutates `state`."""
    if ev.type not in KNOWN_EVENTS:
        raise EventRejected(f"unknown event type {ev.type!r}")
    _plausible(timecheck.not_ahead, ev.occurred_at, now, "occurred_at")
    if ev.type in STATUS_EVENTS:
        return _transition(state, ev, unit_code, ref, now)
    if state is None:
        raise EventRejected("unknown dossier (its dossier.received has not arrived)")
    return _data_event(state, ev, now)
