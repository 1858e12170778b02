"""Times a counter or the back office could not have meant are refused; a clock far off is told."""

from __future__ import annotations

from datetime import timedelta

from counter_app.core.timeutil import iso
from tests.central.helpers import PASSWORD, World, vn


def _received(world: World, received, appointment, code_day=None):  # type: ignore[no-untyped-def]
    code = world.a.next_code(code_day or received)
    return code, world.a.received(code, received, appointment)


def test_a_dossier_received_in_2199_is_rejected(world: World) -> None:
    code, event = _received(world, vn(2199, 11, 17, 9), vn(2199, 11, 20, 17))
    event["occurred_at"] = iso(vn(2025, 11, 17, 9))  # even with a plausible envelope
    [result] = world.post_events(world.a, [event])
    assert result["status"] == "rejected" and "received_at" in result["error"]
    assert world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).status_code == 404


def test_the_clock_skew_allowance(world: World) -> None:
    now = world.clock.now
    _, soon = _received(world, now + timedelta(minutes=30), now + timedelta(days=3))
    _, later = _received(world, now + timedelta(hours=2), now + timedelta(days=3))
    results = world.post_events(world.a, [soon, later])
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert "future" in results[1]["error"]


def test_an_appointment_years_ahead_is_rejected(world: World) -> None:
    _, event = _received(world, vn(2025, 11, 17, 9), vn(2027, 11, 17, 17))
    [result] = world.post_events(world.a, [event])
    assert result["status"] == "rejected" and "appointment_at" in result["error"]


def test_the_codes_date_must_be_the_receipt_date(world: World) -> None:
    code, event = _received(world, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17),
                            code_day=vn(2020, 11, 17))
    [result] = world.post_events(world.a, [event])
    assert result["status"] == "rejected" and "dated 2020-11-17" in result["error"]
    # The same dossier with a code of its receipt day is fine.
    _, good = _received(world, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))
    assert world.post_events(world.a, [good])[0]["status"] == "applied"


def test_progress_in_2199_is_refused(world: World) -> None:
    code, event = _received(world, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))
    world.post_events(world.a, [event])
    response = world.progress(code, 4, vn(2199, 1, 1, 9))
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "implausible_time"
    far = world.progress(code, 4, vn(2025, 11, 18, 9), new_appointment_at=iso(vn(2199, 1, 1, 17)))
    assert far.status_code == 422
    detail = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()
    assert detail["status"] == 2 and detail["appointment_at"] == "2025-11-20T17:00:00+07:00"


def test_a_counter_whose_clock_is_off_is_told_at_login(world: World) -> None:
    headers = world.a.headers(world.a.device_token)

    def login(offset: timedelta):  # type: ignore[no-untyped-def]
        return world.client.post("/api/v1/sessions", headers=headers, json={
            "username": "clerk_a", "password": PASSWORD,
            "client_time": iso(world.clock.now + offset)}).json()

    off = login(timedelta(minutes=-47))
    assert off["clock_offset_s"] == -47 * 60
    assert "chậm 47 phút" in off["clock_warning"]
    fine = login(timedelta(seconds=20))
    assert fine["clock_warning"] is None and fine["clock_offset_s"] == 20
