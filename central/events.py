"""POST /events: apply a batch of counter events, exactly once, each on its own merits.

Idempotency: an applied event is kept in `events` (event_id unique) with the SHA-256 of its
canonical JSON. The same event again is `duplicate` and changes nothing; the same event_id
with another body is `rejected`. Rejected events are not kept in `events` (only in
`rejected_events`, for supervisors), so a retry after the cause is fixed can still apply.

One transaction per batch. The rules are pure (dossier_rules), so a rejected event simply
leaves the state alone and writes nothing: no savepoints are needed, and the batch's writes go
out as a few executemany statements. Concurrency: the batch's dossiers are locked
(SELECT … FOR UPDATE, in code order) *before* the duplicate check, so two workers applying
events of one dossier queue; two workers inserting the same new dossier or event_id collide
on a unique key, and db.run_in_transaction runs the loser's batch again from the start, where
it then sees the winner's rows (duplicate).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from counter_app.core.codes import CodeError, parse_code
from central import audit, authorship, bulk
from central.auth import Principal
from central.db import among, run_in_transaction
from central.dossier_rules import EventRejected, State, apply_event, rating_row
from central.models import DossierRow, EventRow, RatingRow, RejectedEventRow
from central.notify import outbox as notify_outbox
from central.portal import outbox as portal_outbox
from central.portal import payloads as portal_payloads
from central.reference import Reference
from central.sanitize import check_text, nfc_json
from central.schemas import EventIn

_DOSSIER_COLUMNS = [c.name for c in DossierRow.__table__.columns]
_UPDATE_COLUMNS = [c for c in _DOSSIER_COLUMNS if c != "code"]


def canonical_hash(event: Any) -> str:
    """SHA-256 of the event's canonical JSON; ValueError if a database could not store it.

    One serialisation does both jobs: NaN/Infinity fail `allow_nan=False`, lone surrogates
    fail the UTF-8 encoding, and NUL (which PostgreSQL text and JSONB refuse) shows as the
    escape \\u0000 (a literal backslash-u-0000 typed by someone is refused too: harmless).
    """
    return _digest(_canonical(event))


def _canonical(event: Any) -> str:
    return json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def _digest(text: str) -> str:
    if "\\u0000" in text:
        raise ValueError("text must not contain NUL characters")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _envelope(raw: Any) -> tuple[EventIn | None, str | None, str]:
    """(event, None, hash) or (None, error, hash) for one item of the batch."""
    try:
        # Every text field in NFC, so the hash and the rows agree. Counters send NFC: when the
        # canonical text is NFC, so is every string in it (the JSON between them has no mark
        # or character that composes), and the copy that nfc_json makes is skipped.
        try:
            text: str | None = _canonical(raw)
        except (ValueError, TypeError):
            text = None
        if text is None or not unicodedata.is_normalized("NFC", text):
            raw, text = nfc_json(raw), None
        ev = EventIn.model_validate(raw)
        digest = canonical_hash(raw) if text is None else _digest(text)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return None, f"invalid event: {where}: {first.get('msg', '')}", ""
    except (ValueError, UnicodeEncodeError, RecursionError) as error:
        return None, f"invalid event payload: {type(error).__name__}", ""
    return ev, None, digest


def _safe_id(event_id: Any) -> str | None:
    """The event_id to echo back, if it is text the response and the database can carry."""
    if not isinstance(event_id, str) or len(event_id) > 64:
        return None
    try:
        return check_text(event_id)
    except ValueError:
        return None


def _result(event_id: Any, status: str, error: str | None = None,
            warnings: list[str] | None = None) -> dict[str, Any]:
    out = {"event_id": _safe_id(event_id), "status": status, "error": error}
    if warnings:
        out["warning"] = "; ".join(warnings)
    return out


def apply_batch(engine: Engine, principal: Principal, raw_events: list[Any], now: datetime,
                ip: str = "") -> list[dict[str, Any]]:
    """Apply the events in order; one result per event, in the same order."""
    checked = [_envelope(raw) for raw in raw_events]
    return run_in_transaction(engine, lambda conn: _apply(conn, principal, raw_events, checked,
                                                          now, ip))


def _apply(conn: Connection, principal: Principal, raw_events: list[Any],
           checked: list[tuple[EventIn | None, str | None, str]], now: datetime,
           ip: str) -> list[dict[str, Any]]:
    unit = principal.unit_code
    valid = [ev for ev, _err, _h in checked if ev is not None]
    codes = sorted({ev.dossier_code for ev in valid})
    states: dict[str, State] = {}
    if codes:
        rows = conn.execute(select(DossierRow.__table__).where(among(conn, DossierRow.code, codes))
                            .order_by(DossierRow.code).with_for_update()).mappings()
        states = {row["code"]: dict(row) for row in rows}
    ids = list({ev.event_id for ev in valid})
    known: dict[str, str] = {}
    if ids:
        known = {row.event_id: row.body_hash for row in conn.execute(
            select(EventRow.event_id, EventRow.body_hash).where(among(conn, EventRow.event_id, ids)))}
    authors = authorship.load(conn, principal, valid)
    reference: list[Reference] = []

    def ref() -> Reference:
        if not reference:
            reference.append(Reference(conn))
        return reference[0]

    maps = portal_payloads.mapping()  # once per batch
    new_codes: set[str] = set()
    dirty: set[str] = set()
    applied_rows: list[dict[str, Any]] = []
    rating_rows: list[dict[str, Any]] = []
    messages: list[tuple[State, str, str]] = []  # (dossier after the event, kind, event_id)
    rejected_rows: list[dict[str, Any]] = []
    portal_rows: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for raw, (ev, error, digest) in zip(raw_events, checked):
        raw_id = raw.get("event_id") if isinstance(raw, dict) else None
        if ev is None:
            results.append(_result(raw_id, "rejected", error))
            rejected_rows.append({"event_id": _safe_id(raw_id) or "", "error": error})
            continue
        if ev.event_id in known:
            if known[ev.event_id] == digest:
                results.append(_result(ev.event_id, "duplicate"))
            else:
                message = "event_id already used by a different event"
                results.append(_result(ev.event_id, "rejected", message))
                rejected_rows.append({"event_id": ev.event_id, "error": message})
            continue
        try:
            _check_scope(ev, unit, states.get(ev.dossier_code))
            authorship.check(authors, ev)
        except EventRejected as rejection:
            results.append(_result(ev.event_id, "rejected", str(rejection)))
            rejected_rows.append({"event_id": ev.event_id, "error": str(rejection)})
            continue
        warnings = authorship.note(authors, ev)
        try:
            state = apply_event(states.get(ev.dossier_code), ev, unit, ref, now)
        except EventRejected as rejection:
            results.append(_result(ev.event_id, "rejected", str(rejection), warnings))
            rejected_rows.append({"event_id": ev.event_id, "error": str(rejection)})
            continue
        kind = notify_outbox.kind_after_event(ev.type, states.get(ev.dossier_code), state)
        if kind is not None:
            messages.append((state, kind, ev.event_id))
        if ev.dossier_code not in states:
            new_codes.add(ev.dossier_code)
        portal_rows += portal_outbox.records(states.get(ev.dossier_code), state,
                                             at=ev.occurred_at, actor=ev.clerk,
                                             note=_note(ev.payload), now=now, maps=maps)
        states[ev.dossier_code] = state
        dirty.add(ev.dossier_code)
        known[ev.event_id] = digest
        applied_rows.append({
            "event_id": ev.event_id, "body_hash": digest, "unit_code": unit,
            "dossier_code": ev.dossier_code, "type": ev.type, "occurred_at": ev.occurred_at,
            "device_id": ev.device_id, "clerk": ev.clerk, "seq": ev.seq, "payload": ev.payload,
            "applied_at": now, "clerk_verified": authorship.verified(authors, ev)})
        if ev.type == "dossier.rated":
            rating_rows.append(rating_row(state, ev, unit))
        results.append(_result(ev.event_id, "applied", None, warnings))
    authorship.save(conn, authors)
    _write(conn, states, new_codes, dirty, applied_rows, rejected_rows, principal, now, ip)
    if rating_rows:  # after _write: a rating's dossier row must exist
        conn.execute(insert(RatingRow.__table__), rating_rows)
    for state, kind, event_id in messages:  # the citizen's messages, in the same transaction
        notify_outbox.enqueue(conn, state, kind, notify_outbox.source_for(kind, event_id), now)
    portal_outbox.add(conn, portal_rows)  # what the national portal is owed, in this transaction
    if authors.anomalies:
        audit.record(conn, at=now, actor=principal.name, role=principal.role, unit_code=unit,
                     action="events.authorship", target=f"device:{principal.device_id}", ip=ip,
                     detail="; ".join(authors.anomalies))
    return results


def _note(payload: dict[str, Any]) -> str:
    """The clerk's words on a move (its note or reason), for the portal's NoiDungXuLy."""
    for key in ("note", "reason"):
        if isinstance(payload.get(key), str) and payload[key].strip():
            return str(payload[key]).strip()[:500]
    return ""


def _check_scope(ev: EventIn, unit: str, state: State | None) -> None:
    try:
        owner = parse_code(ev.dossier_code).unit_code
    except CodeError as error:
        raise EventRejected(f"dossier_code: {error.code}") from None
    # A dossier code names its receiving unit: a device writes only its own unit's dossiers.
    if owner != unit or (state is not None and state["unit_code"] != unit):
        raise EventRejected("dossier_code: not a dossier of this unit")


def _write(conn: Connection, states: dict[str, State], new_codes: set[str], dirty: set[str],
           applied_rows: list[dict[str, Any]], rejected_rows: list[dict[str, Any]],
           principal: Principal, now: datetime, ip: str) -> None:
    inserts = [states[c] for c in sorted(new_codes)]
    updates = [states[c] for c in sorted(dirty - new_codes)]
    bulk.insert_rows(conn, DossierRow.__table__, inserts)
    if updates:
        table = DossierRow.__table__
        stmt = (update(table).where(table.c.code == bindparam("b_code"))
                .values({c: bindparam(f"b_{c}") for c in _UPDATE_COLUMNS}))
        conn.execute(stmt, [{f"b_{k}": v for k, v in row.items()} for row in updates])
    bulk.insert_rows(conn, EventRow.__table__, applied_rows)
    if rejected_rows:
        conn.execute(insert(RejectedEventRow.__table__), [
            {**row, "unit_code": principal.unit_code, "device_id": principal.device_id,
             "rejected_at": now} for row in rejected_rows])
    audit.record(conn, at=now, actor=principal.name, role=principal.role,
                 unit_code=principal.unit_code, action="events.post", ip=ip,
                 detail=f"applied={len(applied_rows)} rejected={len(rejected_rows)}")
