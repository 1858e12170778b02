"""Who wrote an event: the token's own device, a clerk with a session on it, the device's sequence.

A token (device or clerk) speaks for one device, so an event names that device or is
rejected. Its `clerk` is *verified* when it is a user of the unit (not disabled) who has opened
a session on that device; otherwise the event still applies (a clerk may have logged in
offline, with the counter's own verifier) but is kept marked unverified and the answer says so.
Each device numbers its events 1, 2, 3 … (the counter's outbox, AUTOINCREMENT): a number
already used by another event of the device is rejected (a replay with a new id, a forgery, a
copied or restored store); a jump past the next number (a gap) or a number below the highest
seen (a late event: a set-aside one sent again) is applied and reported: in the event's
`warning` and in an `events.authorship` audit row. The device's row is locked for the batch,
so the highest number (`devices.last_seq`) is exact under concurrent workers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from sqlalchemy import Connection, select, update

from central.auth import Principal
from central.db import among
from central.dossier_rules import EventRejected
from central.models import AccessToken, Device, EventRow, RejectedEventRow, User
from central.schemas import EventIn


@dataclass
class Authorship:
    """What a batch needs to judge its events' authors; built once per transaction."""

    device_id: str
    clerks: frozenset[str]
    last_seq: int
    start_seq: int
    used: dict[int, str]  # seq → event_id of the device's events (stored, or earlier in the batch)
    retried: frozenset[str]  # event ids rejected before: sending them again is no anomaly
    anomalies: list[str] = field(default_factory=list)


def load(conn: Connection, who: Principal, events: list[EventIn]) -> Authorship:
    """Lock the device's row and read what the checks need about the batch's events."""
    last = int(conn.execute(select(Device.last_seq).where(Device.id == who.device_id)
                            .with_for_update()).scalar() or 0)
    clerks = frozenset(conn.execute(
        select(User.username).distinct().join(AccessToken, AccessToken.user_id == User.id)
        .where(AccessToken.device_id == who.device_id, User.unit_code == who.unit_code,
               User.disabled.is_(False))).scalars())
    seqs = sorted({ev.seq for ev in events})
    used: dict[int, str] = {}
    if seqs:
        used = {int(row.seq): row.event_id for row in conn.execute(
            select(EventRow.seq, EventRow.event_id)
            .where(EventRow.device_id == who.device_id, among(conn, EventRow.seq, seqs)))}
    ids = sorted({ev.event_id for ev in events})
    retried = frozenset(conn.execute(select(RejectedEventRow.event_id).distinct()
                                     .where(among(conn, RejectedEventRow.event_id, ids))).scalars()) \
        if ids else frozenset()
    return Authorship(who.device_id, clerks, last, last, used, retried)


def check(auth: Authorship, ev: EventIn) -> None:
    """EventRejected if the event names another device or reuses one of its numbers."""
    if ev.device_id != auth.device_id:
        raise EventRejected("device_id: not the device of this token")
    other = auth.used.get(ev.seq)
    if other is not None and other != ev.event_id:
        raise EventRejected(f"seq: {ev.seq} is already used by another event of this device")


def note(auth: Authorship, ev: EventIn) -> list[str]:
    """Record the event's number (applied or refused by the rules); its warnings, if any."""
    warnings = []
    if ev.clerk not in auth.clerks:
        warnings.append(f"clerk_unverified: {ev.clerk!r} has no session on this device")
    if ev.seq > auth.last_seq + 1:
        warnings.append(f"seq_gap: {auth.last_seq + 1}..{ev.seq - 1} not received")
    elif ev.seq <= auth.last_seq and ev.event_id not in auth.retried:
        warnings.append(f"seq_late: {ev.seq} after {auth.last_seq}")
    auth.used[ev.seq] = ev.event_id
    auth.last_seq = max(auth.last_seq, ev.seq)
    auth.anomalies += [f"{ev.event_id} {w}" for w in warnings if not w.startswith("clerk")]
    return warnings


def verified(auth: Authorship, ev: EventIn) -> bool:
    return ev.clerk in auth.clerks


def save(conn: Connection, auth: Authorship) -> None:
    if auth.last_seq != auth.start_seq:
        conn.execute(update(Device.__table__).where(Device.id == auth.device_id)
                     .values(last_seq=auth.last_seq))

