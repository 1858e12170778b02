"""Biểu 06 of a small hand-made unit, through the API and the admin CLI: numbers and invariant."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from counter_app.core.timeutil import iso
import pytest

from tests.central.helpers import Clock, World, vn

F1, F2 = "Chứng thực", "Hộ tịch"


@pytest.fixture
def clock() -> Clock:
    # The report is made on 5 December about November.
    return Clock(vn(2025, 12, 5, 9))


def _build(world: World) -> None:
    a = world.a
    events, steps = [], []

    def dossier(field: str, received, appointment, channel: str = "direct") -> str:  # type: ignore[no-untyped-def]
        code = a.next_code(received)
        events.append(a.received(code, received, appointment, field=field, channel=channel))
        return code

    d1 = dossier(F1, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17))
    steps.append((d1, 9, vn(2025, 11, 4, 10), {}))                        # early
    d2 = dossier(F1, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17), "online")
    steps.append((d2, 9, vn(2025, 11, 5, 16), {}))                        # on time
    d3 = dossier(F1, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17))
    steps.append((d3, 9, vn(2025, 11, 6, 9), {}))                         # late
    d4 = dossier(F1, vn(2025, 10, 20, 9), vn(2025, 10, 23, 17))
    steps.append((d4, 4, vn(2025, 10, 21, 9), {}))                        # carried over, overdue
    dossier(F2, vn(2025, 11, 25, 9), vn(2025, 12, 10, 17), "postal")      # within deadline
    d6 = dossier(F2, vn(2025, 11, 10, 9), vn(2025, 11, 14, 17))
    events.append(a.withdrawn(d6, vn(2025, 11, 12, 9)))                   # withdrawn apart
    d7 = dossier(F2, vn(2025, 11, 10, 9), vn(2025, 11, 12, 17))
    steps.append((d7, 8, vn(2025, 11, 11, 9), {}))                        # stopped: resolved early
    d8 = dossier(F2, vn(2025, 10, 1, 9), vn(2025, 10, 6, 17))
    steps.append((d8, 9, vn(2025, 10, 5, 9), {}))                         # closed before the period
    d10 = dossier(F2, vn(2025, 11, 20, 9), vn(2025, 11, 21, 17))
    steps.append((d10, 5, vn(2025, 11, 21, 10), {}))                      # suspended: within
    d11 = dossier(F1, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17))
    steps.append((d11, 2, vn(2025, 11, 4, 9), {"new_appointment_at": iso(vn(2025, 11, 10, 17))}))
    steps.append((d11, 9, vn(2025, 11, 8, 9), {}))                        # early after extension
    refused = a.received(a.next_code(vn(2025, 11, 10)), vn(2025, 11, 10, 9), vn(2025, 11, 12, 17),
                         field=F2)
    refused["type"] = "dossier.refused"
    refused["payload"].update(status=3, received_at=None, appointment_at=None, reason="Thiếu")
    events.append(refused)                                                # never received
    assert {r["status"] for r in world.post_events(a, events)} == {"applied"}
    for code, status, at, extra in steps:
        response = world.progress(code, status, at, **extra)
        assert response.status_code == 200, response.text


EXPECTED = {
    F1: dict(received_online=1, received_direct=3, carried_over=1, received_total=5,
             resolved_early=2, resolved_on_time=1, resolved_late=1, resolved_total=4,
             in_progress_within=0, in_progress_overdue=1, in_progress_total=1, withdrawn=0),
    F2: dict(received_online=0, received_direct=3, carried_over=0, received_total=3,
             resolved_early=1, resolved_on_time=0, resolved_late=0, resolved_total=1,
             in_progress_within=2, in_progress_overdue=0, in_progress_total=2, withdrawn=1),
}


def test_form06_numbers_of_a_hand_made_unit(world: World) -> None:
    _build(world)
    response = world.client.get("/api/v1/reports/form06?from=2025-11-01&to=2025-11-30",
                                headers=world.auth("supervisor_a"))
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["from"] == "2025-11-01" and report["to"] == "2025-11-30"
    rows = {row.pop("field"): row for row in report["rows"]}
    assert rows == EXPECTED
    total = report["total"]
    assert total["field"] == "Tổng cộng"
    for name in EXPECTED[F1]:
        assert total[name] == EXPECTED[F1][name] + EXPECTED[F2][name]
    for row in [*report["rows"], total]:
        assert row["received_total"] == row["resolved_total"] + row["in_progress_total"]
    # Unit B has nothing; a clerk may not read the unit's report (central.report_scope).
    empty = world.client.get("/api/v1/reports/form06?from=2025-11-01&to=2025-11-30",
                             headers=world.auth("supervisor_b")).json()
    assert empty["rows"] == [] and empty["total"]["received_total"] == 0
    assert world.client.get("/api/v1/reports/form06?from=2025-11-01&to=2025-11-30&scope=unit",
                            headers=world.auth("clerk_a")).status_code == 403
    assert world.client.get("/api/v1/reports/form06?from=2025-12-01&to=2025-11-30",
                            headers=world.auth("supervisor_a")).status_code == 422


def test_admin_cli_report_matches_the_api(world: World, db_url: str) -> None:
    _build(world)
    out = subprocess.run(
        [sys.executable, "-m", "central", "admin", "--db", db_url, "report", "form06",
         "--from", "2025-11-01", "--to", "2025-11-30", "--unit", world.a.unit, "--json"],
        capture_output=True, text=True, timeout=120, env={**os.environ}, check=True)
    report = json.loads(out.stdout)
    assert {row.pop("field"): row for row in report["rows"]} == EXPECTED
