"""A synthetic province in time order: units, counters, dossiers and what happens to them.

Pure generation (no database). `UnitsGenerator(shape, units).rows()` yields (table, row) for
some of the province's units in the order things happened, day by day, so each device's event
numbers (`seq`) and each unit's change numbers rise with time, as the service would have
written them. Units are independent, so several processes can each generate a share of them.
A dossier row is written with its state at the end of the period; its later steps (the back
office's processing and result, the counter's return) wait in a heap until their day comes.
Times are whole seconds since the epoch (UTC) and are written as text: the central tables keep
naive UTC (`YYYY-MM-DD HH:MM:SS`), the events' JSON Viet Nam time with its offset.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from counter_app.core.codes import lane_for_counter
from counter_app.core.dossier import Applicant, Component, Dossier, Status, to_payload
from counter_app.core.timeutil import VN_TZ
from central.dossier_rules import search_key

DOSSIERS_PER_YEAR = 660_000
PROVINCE_UNITS = 100
PROVINCE_DEVICES = 1000
CENTER_COUNTERS = 18
DAY, HOUR, VN_OFFSET = 86_400, 3600, 7 * 3600
OPEN_S, CLOSE_S = 7 * HOUR + 1800, 16 * HOUR + 1800  # 07:30 and 16:30, Viet Nam time

# (code, name, field, working days): a spread of the demo catalog's kinds of procedure.
PROCEDURES = (
    ("2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", 0),
    ("1.001193", "Đăng ký khai sinh", "Hộ tịch", 1),
    ("1.000656", "Đăng ký kết hôn", "Hộ tịch", 3),
    ("1.004227", "Cấp giấy xác nhận tình trạng hôn nhân", "Hộ tịch", 3),
    ("1.003583", "Đăng ký thường trú", "Đăng ký, quản lý cư trú", 7),
    ("1.000976", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai", 15),
    ("1.001612", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15),
    ("2.001627", "Đăng ký hộ kinh doanh", "Thành lập và hoạt động hộ kinh doanh", 3),
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân")
GIVEN = ("An", "Bình", "Châu", "Dũng", "Đào", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
         "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn",
         "Tâm", "Thảo", "Trang", "Trung", "Tuấn", "Vân", "Yến")
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def unit_code(index: int) -> str:
    """The seeded unit `index` (0: the provincial center): a Decision 20/2020-shaped code."""
    return f"000.{index // 100:02d}.{index % 100:02d}.S99"


def clerk_name(unit: str, counter_no: int) -> str:
    """The seeded clerk who works at counter `counter_no` of `unit`."""
    return f"clerk.{unit}.{counter_no}"


def today_vn() -> date:
    return datetime.now(VN_TZ).date()


@dataclass(frozen=True)
class Shape:
    """How big the province is: `scale` multiplies the dossiers (and so events and changes)."""

    scale: float = 1.0
    years: int = 3
    units: int = PROVINCE_UNITS
    devices: int = PROVINCE_DEVICES
    end: date = field(default_factory=lambda: today_vn() - timedelta(days=1))
    seed: int = 1

    @property
    def dossiers(self) -> int:
        return max(1, round(DOSSIERS_PER_YEAR * self.years * self.scale))

    @property
    def start(self) -> date:
        return self.end - timedelta(days=365 * self.years - 1)

    def counters(self) -> list[int]:
        """Counters of each unit: the center's 18 (fewer in a tiny province), the rest shared."""
        if self.units < 1 or self.devices < self.units:
            raise ValueError("need at least one unit and one device per unit")
        if self.units == 1:
            return [self.devices]
        center = min(CENTER_COUNTERS, self.devices - (self.units - 1))
        rest, extra = divmod(self.devices - center, self.units - 1)
        if rest + 1 > CENTER_COUNTERS + 1:
            raise ValueError("more than 19 counters a unit: the code lanes would not fit")
        return [center] + [rest + (1 if i < extra else 0) for i in range(self.units - 1)]

    def working_days(self) -> list[int]:
        """Days since the epoch (Viet Nam dates), Monday to Friday."""
        first = self.start.toordinal() - _EPOCH_ORDINAL
        last = self.end.toordinal() - _EPOCH_ORDINAL
        return [d for d in range(first, last + 1) if (d + 3) % 7 < 5]  # 1970-01-01: Thursday


@dataclass
class Device:
    id: str
    unit: str
    counter_no: int
    last_seq: int = 0


class _Text:
    """Epoch seconds as the text the tables and the JSON want (days cached)."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}

    def day(self, d: int) -> str:
        found = self._days.get(d)
        if found is None:
            found = self._days[d] = date.fromordinal(_EPOCH_ORDINAL + d).isoformat()
        return found

    def clock(self, t: int) -> str:
        s = t % DAY
        return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"

    def utc(self, t: int) -> str:
        return f"{self.day(t // DAY)} {self.clock(t)}"

    def vn(self, t: int) -> str:
        local = t + VN_OFFSET
        return f"{self.day(local // DAY)}T{self.clock(local)}+07:00"


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class UnitsGenerator:
    """The rows of some units (`indexes` into the province); `devices` and `last_change` are
    final once rows() is exhausted."""

    def __init__(self, shape: Shape, indexes: list[int]) -> None:
        self.shape = shape
        counters = shape.counters()
        self.units = [unit_code(i) for i in indexes]
        self.random = {u: random.Random(f"{shape.seed}:{u}") for u in self.units}
        self.devices = {u: [Device(self._uuid(u), u, k + 1) for k in range(counters[i])]
                        for u, i in zip(self.units, indexes)}
        self.weights = {u: counters[i] for u, i in zip(self.units, indexes)}
        self.last_change = dict.fromkeys(self.units, 0)
        self._pending: list[tuple[int, int, str, dict[str, Any]]] = []
        self._tie = 0
        self._text = _Text()
        self._end = (shape.end.toordinal() - _EPOCH_ORDINAL + 1) * DAY - VN_OFFSET
        self._template = to_payload(Dossier(
            code="", procedure_code="", procedure_name="", field="", receiving_unit="",
            resolving_unit="UBND cấp xã", channel="direct", status=Status.RECEIVED,
            applicant=Applicant(full_name="", id_number="", phone="", address=""),
            components=(Component("Tờ khai", original=1), Component("Bản sao CCCD", photo=1))))

    def _uuid(self, unit: str) -> str:
        h = f"{self.random[unit].getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def rows(self) -> Iterator[tuple[str, dict[str, Any]]]:
        days = self.shape.working_days()
        per_day = self.shape.dossiers / len(days) / sum(self.shape.counters())
        for day in days:
            yield from self._due(day * DAY - VN_OFFSET)
            for unit in self.units:
                expected = per_day * self.weights[unit]
                n = int(expected) + (1 if self.random[unit].random() < expected % 1 else 0)
                yield from self._unit_day(unit, day, n)
        yield from self._due(self._end)
        self._pending.clear()  # what lies after the period has not happened yet

    def _due(self, before: int) -> Iterator[tuple[str, dict[str, Any]]]:
        while self._pending and self._pending[0][0] < before:
            at, _tie, kind, data = heapq.heappop(self._pending)
            if kind == "change":
                unit = data["unit_code"]
                self.last_change[unit] += 1
                yield "changes", {**data, "seq": self.last_change[unit]}
            else:
                yield "events", self._event(data["device"], data["code"], kind, at,
                                            data["payload"])

    def _later(self, at: int, kind: str, data: dict[str, Any]) -> None:
        if at < self._end:
            self._tie += 1
            heapq.heappush(self._pending, (at, self._tie, kind, data))

    def _unit_day(self, unit: str, day: int, n: int) -> Iterator[tuple[str, dict[str, Any]]]:
        rnd = self.random[unit]
        opening = day * DAY - VN_OFFSET + OPEN_S
        issued: dict[int, int] = {}
        label = date.fromordinal(_EPOCH_ORDINAL + day).strftime("%y%m%d")
        for at in sorted(opening + int(rnd.random() * (CLOSE_S - OPEN_S)) for _ in range(n)):
            device = rnd.choice(self.devices[unit])
            number = issued.get(device.counter_no, 0)
            issued[device.counter_no] = number + 1
            first = lane_for_counter(device.counter_no).first
            yield from self._dossier(unit, device, f"{unit}-{label}-{first + number:04d}", at, day)

    def _dossier(self, unit: str, device: Device, code: str, received: int,
                 day: int) -> Iterator[tuple[str, dict[str, Any]]]:
        rnd, vn = self.random[unit], self._text.vn
        proc_code, proc_name, field_name, days = rnd.choice(PROCEDURES)
        appointment = (day + days * 7 // 5) * DAY - VN_OFFSET + CLOSE_S
        if appointment < received:
            appointment += DAY
        applicant = {**self._template["applicant"],
                     "full_name": f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}",
                     "id_number": f"0{rnd.randrange(10**10, 10**11)}",
                     "phone": f"09{rnd.randrange(10**7, 10**8)}", "address": "Thôn 1"}
        fee = 0 if days == 0 else 50_000
        body = {**self._template, "procedure_code": proc_code, "procedure_name": proc_name,
                "field": field_name, "receiving_unit": unit, "applicant": applicant,
                "received_at": vn(received), "appointment_at": vn(appointment),
                "fee_vnd": fee, "fee_payment": "cash" if fee else "none"}
        received_payload = dict(body)
        body.pop("status")
        later: list[tuple[int, str, dict[str, Any]]] = []
        if fee:
            paid = {"amount_vnd": fee, "method": "cash"}
            body["payments"] = [{**paid, "at": vn(received + 60)}]
            later.append((received + 60, "dossier.fee_paid", paid))
        if rnd.random() < 0.6:  # scanned at the counter (số hóa)
            scan = {"component": "Tờ khai", "sha256": hashlib.sha256(code.encode()).hexdigest(),
                    "pages": 2, "size": 180_000}
            body["attachments"] = [{**scan, "added_at": vn(received + 120)}]
            later.append((received + 120, "dossier.attachment_added", scan))
        processing = received + HOUR + int(rnd.random() * 20 * HOUR)
        late = 2 * DAY if rnd.random() < 0.08 else 0
        ready = max(processing + HOUR, appointment - int(rnd.random() * 3 * DAY) + late)
        returned = ready + int(rnd.random() * 6 * DAY)
        status, resolved_at, returned_at = Status.RECEIVED, None, None
        for step, target, previous in ((processing, Status.PROCESSING, Status.RECEIVED),
                                       (ready, Status.RESULT_READY, Status.PROCESSING)):
            if step >= self._end:
                break
            status = target
            self._later(step, "change", {
                "unit_code": unit, "dossier_code": code, "status": int(target),
                "previous_status": int(previous), "at": self._text.utc(step),
                "appointment_at": self._text.utc(appointment), "extension": False, "note": "",
                "actor": f"back_office.{unit}", "recorded_at": self._text.utc(step)})
        if status is Status.RESULT_READY:
            resolved_at = ready
            if returned < self._end:
                status, returned_at = Status.RETURNED, returned
                recipient = {"kind": "applicant", "full_name": applicant["full_name"]}
                body["return"] = {"returned_at": vn(returned), "recipient": recipient}
                later.append((returned, "dossier.returned", {
                    "status": 10, "previous_status": 9, "returned_at": vn(returned),
                    "recipient": recipient}))
        utc = self._text.utc
        yield "dossiers", {
            "code": code, "unit_code": unit, "procedure_code": proc_code,
            "procedure_name": proc_name, "field": field_name, "channel": "direct",
            "status": int(status), "received_at": utc(received),
            "appointment_at": utc(appointment), "rescheduled": False, "paused_at": None,
            "resolved_at": None if resolved_at is None else utc(resolved_at),
            "withdrawn_at": None, "returned_at": None if returned_at is None else utc(returned_at),
            "search": search_key(code, body), "body": _dumps(body),
            "updated_at": utc(max([received, *(t for t, _k, _p in later)]))}
        yield "events", self._event(device, code, "dossier.received", received, received_payload)
        for at, kind, payload in later:
            self._later(at, kind, {"device": device, "code": code, "payload": payload})

    def _event(self, device: Device, code: str, kind: str, at: int,
               payload: dict[str, Any]) -> dict[str, Any]:
        device.last_seq += 1
        event_id, clerk = self._uuid(device.unit), clerk_name(device.unit, device.counter_no)
        occurred, text = self._text.vn(at), _dumps(payload)
        # The canonical JSON of the whole event (central.events.canonical_hash), keys in order.
        canonical = (f'{{"clerk":{_dumps(clerk)},"device_id":"{device.id}",'
                     f'"dossier_code":{_dumps(code)},"event_id":"{event_id}",'
                     f'"occurred_at":"{occurred}","payload":{text},"seq":{device.last_seq},'
                     f'"type":"{kind}"}}')
        return {"event_id": event_id, "body_hash": hashlib.sha256(canonical.encode()).hexdigest(),
                "unit_code": device.unit, "dossier_code": code, "type": kind,
                "occurred_at": self._text.utc(at), "device_id": device.id, "clerk": clerk,
                "seq": device.last_seq, "payload": text,
                "applied_at": self._text.utc(at + 30), "clerk_verified": True}
