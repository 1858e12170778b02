"""Building blocks of the central tests: a seeded service, counter-made events, a clock."""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from counter_app.core.dossier import Applicant, Component, Dossier, Status, to_payload
from counter_app.core.timeutil import VN_TZ, iso
from central import auth
from central.db import run_in_transaction

UNIT_A = "000.00.06.H56"
UNIT_B = "000.00.07.H56"
PASSWORD = "Mật-khẩu-bí-mật-42"


class Clock:
    """The service's time; tests move it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now = self.now + timedelta(**delta)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)  # type: ignore[misc]


@dataclass
class Counter:
    """One enrolled counter PC of a unit, with a logged-in clerk."""

    unit: str
    device_id: str
    device_token: str
    access_token: str = ""
    seq: int = 0
    lane_first: int = 1
    issued: int = 0

    def headers(self, token: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.access_token or self.device_token}"}

    def next_code(self, day: datetime) -> str:
        self.issued += 1
        return f"{self.unit}-{day:%y%m%d}-{self.lane_first + self.issued - 1:04d}"

    def event(self, code: str, type_: str, payload: dict[str, Any], at: datetime,
              event_id: str | None = None) -> dict[str, Any]:
        self.seq += 1
        return {"event_id": event_id or str(uuid.uuid4()), "dossier_code": code, "type": type_,
                "occurred_at": iso(at), "device_id": self.device_id, "clerk": "clerk01",
                "seq": self.seq, "payload": payload}

    def received(self, code: str, at: datetime, appointment: datetime, *,
                 field: str = "Chứng thực", channel: str = "direct",
                 procedure: str = "2.000815", name: str = "Nguyễn Thị Đào",
                 id_number: str = "001190012345") -> dict[str, Any]:
        dossier = Dossier(
            code=code, procedure_code=procedure, procedure_name=f"Thủ tục {procedure}",
            field=field, receiving_unit=self.unit, resolving_unit="UBND xã", channel=channel,  # type: ignore[arg-type]
            applicant=Applicant(full_name=name, id_number=id_number, phone="0912345678",
                                address="12 Lê Lợi"),
            status=Status.RECEIVED, components=(Component("Tờ khai", original=1),),
            received_at=at, appointment_at=appointment)
        return self.event(code, "dossier.received", to_payload(dossier), at)

    def returned(self, code: str, at: datetime) -> dict[str, Any]:
        return self.event(code, "dossier.returned", {
            "status": 10, "previous_status": 9, "returned_at": iso(at),
            "recipient": {"kind": "applicant", "full_name": "Nguyễn Thị Đào"}}, at)

    def withdrawn(self, code: str, at: datetime, previous: int = 2) -> dict[str, Any]:
        return self.event(code, "dossier.withdrawn", {
            "status": 7, "previous_status": previous, "withdrawn_at": iso(at),
            "reason": "Công dân rút"}, at)


@dataclass
class World:
    """A service with units A and B, their users, and an enrolled counter each."""

    client: TestClient
    engine: Engine
    clock: Clock
    a: Counter
    b: Counter
    tokens: dict[str, str] = field(default_factory=dict)

    def post_events(self, counter: Counter, events: list[dict[str, Any]],
                    token: str | None = None) -> list[dict[str, Any]]:
        response = self.client.post("/api/v1/events", json={"events": events},
                                    headers=counter.headers(token))
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def progress(self, code: str, status: int, at: datetime, unit: str = "a",
                 **extra: Any) -> Any:
        body: dict[str, Any] = {"status": status, "at": iso(at), **extra}
        return self.client.post(f"/api/v1/dossiers/{code}/progress", json=body,
                                headers=self.auth(f"back_office_{unit}"))

    def auth(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}


def seed(engine: Engine, now: datetime) -> dict[str, str]:
    """Units A and B with an enrollment code for counter 1 each and a user of every role."""
    codes: dict[str, str] = {}

    def work(conn: Any) -> None:
        for unit, suffix in ((UNIT_A, "a"), (UNIT_B, "b")):
            auth.create_unit(conn, unit, f"Trung tâm {suffix.upper()}", now)
            for role in auth.ROLES:
                auth.create_user(conn, f"{role}_{suffix}", PASSWORD, role, unit, now,
                                 full_name=f"Người {role} {suffix}")
            codes[suffix] = auth.create_enrollment_code(conn, unit, 1, now)

    run_in_transaction(engine, work, attempts=1)
    return codes


def build_world(client: TestClient, engine: Engine, clock: Clock) -> World:
    codes = seed(engine, clock.now)
    counters = {}
    for suffix in ("a", "b"):
        response = client.post("/api/v1/devices/enroll",
                               json={"enrollment_code": codes[suffix], "device_name": f"PC {suffix}"})
        assert response.status_code == 200, response.text
        data = response.json()
        counters[suffix] = Counter(data["unit_code"], data["device_id"], data["device_token"])
    world = World(client, engine, clock, counters["a"], counters["b"])
    for suffix, counter in counters.items():
        for role in auth.ROLES:
            response = client.post("/api/v1/sessions",
                                   json={"username": f"{role}_{suffix}", "password": PASSWORD},
                                   headers=counter.headers(counter.device_token))
            assert response.status_code == 200, response.text
            world.tokens[f"{role}_{suffix}"] = response.json()["access_token"]
        counter.access_token = world.tokens[f"clerk_{suffix}"]
    return world


def utc(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc)
