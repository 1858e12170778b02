"""The load test's counters: enrolled against a seeded province, making today's events.

Setup is the administrator's part (enrollment codes, a spare unit for the probe client)
done on the database directly, as `python -m central admin` would; enrolling and logging in
go through the API like a real counter PC.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select

from counter_app.core.codes import lane_for_counter
from counter_app.core.dossier import Applicant, Component, Dossier, Status, to_payload
from counter_app.core.timeutil import VN_TZ, iso
from central import auth
from central.db import run_in_transaction
from central.models import Device, DossierRow, Unit
from central.tools.province import clerk_name

PROBE_UNIT = "000.99.99.S99"
PROBE_CLERK = "clerk.probe"


@dataclass
class LoadCounter:
    """One counter PC: its device, its clerk, its code numbers and change cursor."""

    unit: str
    counter_no: int
    clerk: str
    first: int  # the lane: numbers first..last of today's codes
    last: int
    issued: int = 0  # numbers of the lane already used today
    device_id: str = ""
    device_token: str = ""
    access_token: str = ""
    seq: int = 0
    cursor: str = "0"
    enrollment_code: str = ""
    sent: list[str] = field(default_factory=list)  # event ids, in the order made

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token or self.device_token}"}

    def next_code(self, day: datetime) -> str:
        """Today's next code of the lane; past days' once it is used up (the probe's unit,
        which nobody else writes, only)."""
        width = self.last - self.first + 1
        back, number = divmod(self.issued, width)
        if back and self.unit != PROBE_UNIT:
            raise RuntimeError(f"lane of {self.unit} counter {self.counter_no} used up today")
        self.issued += 1
        return f"{self.unit}-{day - timedelta(days=back):%y%m%d}-{self.first + number:04d}"

    def event(self, code: str, kind: str, at: datetime, payload: dict[str, Any]) -> dict[str, Any]:
        self.seq += 1
        event_id = str(uuid.uuid4())
        self.sent.append(event_id)
        return {"event_id": event_id, "dossier_code": code, "type": kind, "occurred_at": iso(at),
                "device_id": self.device_id, "clerk": self.clerk, "seq": self.seq,
                "payload": payload}

    def dossier_events(self, at: datetime, scan_sha: str | None = None) -> list[dict[str, Any]]:
        """A dossier received at `at` (its code dated that day), its fee and its scan: the
        events a clerk's one intake leaves in the outbox."""
        code = self.next_code(at)
        day = to_day(code)
        received = at if at.date() == day else datetime.combine(day, at.timetz())
        dossier = Dossier(
            code=code, procedure_code="1.000656", procedure_name="Đăng ký kết hôn",
            field="Hộ tịch", receiving_unit=self.unit, resolving_unit="UBND cấp xã",
            channel="direct", status=Status.RECEIVED,
            applicant=Applicant(full_name=f"Người nộp {self.issued}", id_number="001190012345",
                                phone="0912345678", address="Thôn 2"),
            components=(Component("Tờ khai", original=1),), received_at=received,
            appointment_at=received + timedelta(days=4), fee_vnd=50_000, fee_payment="cash")
        sha = scan_sha or hashlib.sha256(code.encode()).hexdigest()
        return [self.event(code, "dossier.received", received, to_payload(dossier)),
                self.event(code, "dossier.fee_paid", received,
                           {"amount_vnd": 50_000, "method": "cash"}),
                self.event(code, "dossier.attachment_added", received,
                           {"component": "Tờ khai", "sha256": sha, "pages": 1, "size": 1000})]


def to_day(code: str) -> date:
    part = code.rsplit("-", 2)[1]
    return datetime.strptime(part, "%y%m%d").date()


def now_vn() -> datetime:
    return datetime.now(VN_TZ)


def pick_counters(engine: Engine, n: int) -> list[LoadCounter]:
    """`n` of the seeded counters spread over the units (the center's first), each with an
    enrollment code, its lane's numbers already used today skipped."""
    with engine.connect() as conn:
        seeded = conn.execute(select(Device.unit_code, Device.counter_no)
                              .where(Device.counter_no.is_not(None))
                              .order_by(Device.counter_no, Device.unit_code)).all()
    if n > len(seeded):
        raise ValueError(f"{n} counters asked, {len(seeded)} seeded")
    today = now_vn()
    chosen = []
    for unit, counter_no in seeded[:n]:  # counter 1 of every unit, then counter 2 …
        lane = lane_for_counter(counter_no)
        chosen.append(LoadCounter(unit, counter_no, clerk_name(unit, counter_no), lane.first,
                                  lane.last))
    _skip_used(engine, chosen, today)

    def work(conn: Any) -> None:
        for counter in chosen:
            counter.enrollment_code = auth.create_enrollment_code(
                conn, counter.unit, counter.counter_no, today)
    run_in_transaction(engine, work, attempts=1)
    return chosen


def probe_counter(engine: Engine, password: str) -> LoadCounter:
    """A counter of a unit of its own (created here), whose codes nobody else issues."""
    now = now_vn()
    probe = LoadCounter(PROBE_UNIT, 1, PROBE_CLERK, 1, 9999)

    def work(conn: Any) -> None:
        if conn.execute(select(Unit.code).where(Unit.code == PROBE_UNIT)).first() is None:
            auth.create_unit(conn, PROBE_UNIT, "Đơn vị thử tải", now)
            auth.create_user(conn, PROBE_CLERK, password, "clerk", PROBE_UNIT, now)
        probe.enrollment_code = auth.create_enrollment_code(conn, PROBE_UNIT, 1, now)
    run_in_transaction(engine, work, attempts=1)
    with engine.connect() as conn:
        probe.issued = int(conn.execute(select(func.count()).select_from(DossierRow)
                                        .where(DossierRow.unit_code == PROBE_UNIT)).scalar() or 0)
    return probe


def _skip_used(engine: Engine, counters: list[LoadCounter], today: datetime) -> None:
    """A second run on the same day starts after the numbers the first one used."""
    with engine.connect() as conn:
        for counter in counters:
            lo = f"{counter.unit}-{today:%y%m%d}-{counter.first:04d}"
            hi = f"{counter.unit}-{today:%y%m%d}-{counter.last:04d}"
            top = conn.execute(select(func.max(DossierRow.code))
                               .where(DossierRow.code >= lo, DossierRow.code <= hi)).scalar()
            counter.issued = 0 if top is None else int(top[-4:]) - counter.first + 1


def scan_bytes(counter: LoadCounter, size: int) -> bytes:
    """A scan of `size` bytes, different for every counter (content-addressed uploads)."""
    return ((f"{counter.unit}/{counter.counter_no}/".encode() + os.urandom(32)) * (size // 50 + 1))[:size]
