"""Who wrote an event: the token's device, a clerk with a session there, the device's numbering."""

from __future__ import annotations

from sqlalchemy import select

from central import auth
from central.db import run_in_transaction
from central.models import AuditRow
from tests.central.helpers import UNIT_A, Counter, World, vn


def _second_counter_of_a(world: World) -> Counter:
    code = run_in_transaction(world.engine, lambda c: auth.create_enrollment_code(
        c, UNIT_A, 2, world.clock.now))
    data = world.client.post("/api/v1/devices/enroll",
                             json={"enrollment_code": code, "device_name": "Quầy 2"}).json()
    return Counter(data["unit_code"], data["device_id"], data["device_token"], lane_first=501)


def _received(world: World, counter: Counter | None = None):  # type: ignore[no-untyped-def]
    counter = counter or world.a
    code = counter.next_code(vn(2025, 11, 17))
    return code, counter.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))


def test_an_event_must_name_the_tokens_own_device(world: World) -> None:
    other = _second_counter_of_a(world)
    code, event = _received(world)
    event["device_id"] = other.device_id  # another counter of the same unit
    [result] = world.post_events(world.a, [event])
    assert result["status"] == "rejected" and "device" in result["error"]
    # With a clerk's session token the device is the one the session was opened on.
    [result] = world.post_events(world.a, [event], token=world.tokens["clerk_a"])
    assert result["status"] == "rejected"
    assert world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).status_code == 404


def test_a_clerk_without_a_session_on_the_device_is_marked_unverified(world: World) -> None:
    code, event = _received(world)
    event["clerk"] = "giam_doc_so"  # free text: nobody of the unit
    [result] = world.post_events(world.a, [event])
    assert result["status"] == "applied"
    assert result["warning"].startswith("clerk_unverified")
    follow = world.a.event(code, "dossier.fee_paid", {"amount_vnd": 5000}, vn(2025, 11, 17, 9, 5))
    follow["clerk"] = "clerk_a"  # has a session on this device (the world logged in there)
    [result] = world.post_events(world.a, [follow])
    assert result["status"] == "applied" and "warning" not in result
    # clerk_b is a user of unit B: not verified on unit A's device either.
    late = world.a.event(code, "dossier.fee_paid", {"amount_vnd": 2000}, vn(2025, 11, 17, 9, 6))
    late["clerk"] = "clerk_b"
    assert world.post_events(world.a, [late])[0]["warning"].startswith("clerk_unverified")
    history = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()["history"]
    assert [h["by"] for h in history] == ["giam_doc_so (chưa xác thực)", "clerk_a",
                                          "clerk_b (chưa xác thực)"]


def test_sequence_reuse_is_rejected_and_gaps_are_reported(world: World) -> None:
    code, first = _received(world)  # seq 1
    assert world.post_events(world.a, [first])[0]["status"] == "applied"
    replay = world.a.event(code, "dossier.fee_paid", {"amount_vnd": 1}, vn(2025, 11, 17, 9, 1))
    replay["seq"] = 1  # a new event id with a number already used
    zero = world.a.event(code, "dossier.fee_paid", {"amount_vnd": 2}, vn(2025, 11, 17, 9, 2))
    zero["seq"] = 0
    ahead = world.a.event(code, "dossier.fee_paid", {"amount_vnd": 3}, vn(2025, 11, 17, 9, 3))
    ahead["seq"] = 9
    late = world.a.event(code, "dossier.fee_paid", {"amount_vnd": 4}, vn(2025, 11, 17, 9, 4))
    late["seq"] = 5
    results = world.post_events(world.a, [replay, zero, ahead, late])
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied", "applied"]
    assert "already used" in results[0]["error"] and "seq" in results[1]["error"]
    assert "seq_gap: 2..8" in results[2]["warning"]
    assert "seq_late: 5 after 9" in results[3]["warning"]
    body = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()["body"]
    assert [p["amount_vnd"] for p in body["payments"]] == [3, 4]
    with world.engine.connect() as conn:
        details = list(conn.execute(select(AuditRow.detail)
                                    .where(AuditRow.action == "events.authorship")).scalars())
    assert len(details) == 1 and "seq_gap" in details[0] and "seq_late" in details[0]


def test_a_rejected_event_sent_again_is_no_anomaly(world: World) -> None:
    code, received = _received(world)  # seq 1
    returned = world.a.returned(code, vn(2025, 11, 19, 8))  # seq 2: not ready yet, rejected
    withdrawn_later = world.a.event(code, "dossier.fee_paid", {"amount_vnd": 1},
                                    vn(2025, 11, 17, 10))  # seq 3
    results = world.post_events(world.a, [received, returned, withdrawn_later])
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert all("seq_" not in (r.get("warning") or "") for r in results)
    assert world.progress(code, 9, vn(2025, 11, 18, 10)).status_code == 200
    [again] = world.post_events(world.a, [returned])
    assert again["status"] == "applied" and "seq_" not in (again.get("warning") or "")
