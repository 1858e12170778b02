"""Device identity and counter settings kept in the store (unit, counter, code lanes, device id)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from counter_app.core.codes import CodeLane, lane_for_counter
from counter_app.storage.models import SettingRow


@dataclass(frozen=True)
class DeviceSettings:
    """Who this counter PC is: what enrollment hands out (SYNC-API.md) plus local choices."""

    device_id: str
    unit_code: str
    unit_name: str
    counter_no: int
    lanes: tuple[CodeLane, ...]
    unit_address: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def get(session: Session, key: str) -> str | None:
    row = session.get(SettingRow, key)
    return None if row is None else row.value


def put(session: Session, key: str, value: str) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value


def load_device(session: Session) -> DeviceSettings | None:
    raw = get(session, "device")
    if raw is None:
        return None
    data = json.loads(raw)
    return DeviceSettings(
        device_id=data["device_id"], unit_code=data["unit_code"], unit_name=data["unit_name"],
        counter_no=data["counter_no"],
        lanes=tuple(CodeLane(first, last) for first, last in data["lanes"]),
        unit_address=data.get("unit_address", ""), extra=data.get("extra", {}),
    )


def save_device(session: Session, device: DeviceSettings) -> None:
    put(session, "device", json.dumps({
        "device_id": device.device_id, "unit_code": device.unit_code,
        "unit_name": device.unit_name, "counter_no": device.counter_no,
        "lanes": [[lane.first, lane.last] for lane in device.lanes],
        "unit_address": device.unit_address, "extra": device.extra,
    }, ensure_ascii=False))


def new_device(unit_code: str, unit_name: str, counter_no: int, unit_address: str = "") -> DeviceSettings:
    """A device set up locally (before enrollment with the central service gives the lane)."""
    return DeviceSettings(str(uuid.uuid4()), unit_code, unit_name, counter_no,
                          (lane_for_counter(counter_no),), unit_address)
