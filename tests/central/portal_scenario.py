"""A day of a unit, as the portal must hear it: dossiers received, moved, extended, returned."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

from counter_app.core.timeutil import iso
from central.db import run_in_transaction
from central.portal.client import PortalClient, PortalConfig
from central.portal.models import SENT, PortalRecord
from central.portal.pusher import Policy, PassReport, push_once
from sqlalchemy import select
from tests.central.fake_portal import FakePortal
from tests.central.helpers import World, vn

Expected = dict[str, list[tuple[str, str]]]


def client_for(portal: FakePortal) -> PortalClient:
    return PortalClient(PortalConfig(portal.url, portal.USERNAME, portal.PASSWORD, portal.MADONVI,
                                     timeout_s=10))


def play_day(world: World, n: int = 12) -> Expected:
    """n dossiers through the counter and the back office; what the portal must receive, in order."""
    expected: Expected = {}
    day = vn(2025, 11, 17, 9)
    events = []
    codes = [world.a.next_code(day) for _ in range(n)]
    for code in codes:
        events.append(world.a.received(code, day, vn(2025, 11, 20, 17)))
        expected[code] = [("DongBoHoSoMC", "2")]
    assert {r["status"] for r in world.post_events(world.a, events)} == {"applied"}
    for i, code in enumerate(codes):
        steps = [4, 9] if i % 3 == 0 else [4, 5, 4, 9] if i % 3 == 1 else [6]
        for k, status in enumerate(steps):
            response = world.progress(code, status, vn(2025, 11, 18, 8 + k), note=f"Bước {k}")
            assert response.status_code == 200, response.text
            expected[code].append(("CapNhatTienDoHoSoMC", str(status)))
            if (status, k) == (4, 2):  # 5 -> 4: the clock resumes, the appointment moves
                expected[code].append(("DongBoHoSoMC update", "4"))
        if i % 3 == 0:
            [result] = world.post_events(world.a, [world.a.returned(code, vn(2025, 11, 19, 10))])
            assert result["status"] == "applied"
            expected[code].append(("CapNhatTienDoHoSoMC", "10"))
    # An extension with apology (Mẫu 04): the portal's appointment date changes.
    ext = world.progress(codes[2], 6, vn(2025, 11, 19, 9),
                         new_appointment_at=iso(vn(2025, 11, 27, 17)), note="Mẫu 04")
    assert ext.status_code == 200, ext.text
    expected[codes[2]].append(("DongBoHoSoMC update", "6"))
    # A Mẫu 02 at intake (status 5, not received), then received when the citizen comes back.
    late = world.a.next_code(day)
    asked = world.a.received(late, day, vn(2025, 11, 20, 17))
    asked["type"] = "dossier.supplement_requested"
    asked["payload"].update(status=5, received_at=None, appointment_at=None, note="Thiếu tờ khai")
    back = json.loads(json.dumps(world.a.received(late, vn(2025, 11, 18, 9), vn(2025, 11, 21, 17))))
    back["payload"]["previous_status"] = 5
    back["event_id"] = str(uuid.uuid4())
    results = world.post_events(world.a, [asked, back])
    assert [r["status"] for r in results] == ["applied", "applied"], results
    expected[late] = [("DongBoHoSoMC", "5"), ("CapNhatTienDoHoSoMC", "2"),
                      ("DongBoHoSoMC update", "2")]
    return expected


def drain(world: World, client: PortalClient, policy: Policy, passes: int = 400) -> list[PassReport]:
    """Push until nothing is pending, the service clock moving an hour a pass (backoffs end)."""
    reports = []
    for _ in range(passes):
        reports.append(push_once(world.engine, client, policy, world.clock))
        if not pending(world):
            break
        world.clock.advance(hours=1)
    return reports


def pending(world: World) -> list[dict[str, Any]]:
    t = PortalRecord.__table__
    return run_in_transaction(world.engine, lambda conn: [dict(r) for r in conn.execute(
        select(t).where(t.c.state != SENT).order_by(t.c.id)).mappings()])


def faults(seed: int) -> Iterator[str]:
    """A fixed mix: a third of pushes go wrong in one of four ways."""
    import random

    rng = random.Random(seed)
    while True:
        yield rng.choice(["ok"] * 8 + ["business", "5xx", "drop", "drop"])
