"""POST /events: applied, duplicate, rejected; order; limits; the state it builds."""

from __future__ import annotations

import gzip
import json
import uuid

from counter_app.core.timeutil import iso
from tests.central.helpers import UNIT_B, World, vn


def _dossier(world: World, day: int = 17):  # type: ignore[no-untyped-def]
    code = world.a.next_code(vn(2025, 11, day))
    return code, world.a.received(code, vn(2025, 11, day, 9, 0), vn(2025, 11, day + 3, 17, 0))


def test_same_event_twice_is_a_duplicate_and_changes_nothing(world: World) -> None:
    code, received = _dossier(world)
    assert [r["status"] for r in world.post_events(world.a, [received])] == ["applied"]
    again = world.post_events(world.a, [received])
    assert again == [{"event_id": received["event_id"], "status": "duplicate", "error": None}]
    detail = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()
    assert [h["what"] for h in detail["history"]] == ["dossier.received"]


def test_same_event_id_with_another_body_is_rejected(world: World) -> None:
    code, received = _dossier(world)
    world.post_events(world.a, [received])
    forged = json.loads(json.dumps(received))
    forged["payload"]["applicant"]["full_name"] = "Người Khác"
    [result] = world.post_events(world.a, [forged])
    assert result["status"] == "rejected"
    assert "different" in result["error"]
    detail = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()
    assert detail["applicant_name"] == "Nguyễn Thị Đào"


def test_a_rejected_event_does_not_block_the_rest_of_the_batch(world: World) -> None:
    code1, first = _dossier(world)
    code2, second = _dossier(world)
    premature = world.a.returned(code1, vn(2025, 11, 17, 10, 0))  # not ready: 2 → 10 refused
    garbage = {"event_id": "not-a-uuid", "type": 42}
    results = world.post_events(world.a, [first, premature, garbage, second])
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected", "applied"]
    assert "invalid_transition" in results[1]["error"]
    assert results[2]["event_id"] == "not-a-uuid" and results[2]["error"].startswith("invalid event")
    for code in (code1, code2):
        assert world.client.get(f"/api/v1/dossiers/{code}",
                                headers=world.a.headers()).json()["status"] == 2


def test_a_rejected_event_can_be_applied_later(world: World) -> None:
    code, received = _dossier(world)
    returned = world.a.returned(code, vn(2025, 11, 19, 8, 0))
    world.post_events(world.a, [received])
    assert world.post_events(world.a, [returned])[0]["status"] == "rejected"
    assert world.progress(code, 9, vn(2025, 11, 18, 10, 0)).status_code == 200
    assert world.post_events(world.a, [returned])[0]["status"] == "applied"
    assert world.post_events(world.a, [returned])[0]["status"] == "duplicate"


def test_events_in_one_batch_apply_in_order(world: World) -> None:
    code, received = _dossier(world)
    withdrawn = world.a.withdrawn(code, vn(2025, 11, 17, 11, 0))
    results = world.post_events(world.a, [received, withdrawn])
    assert [r["status"] for r in results] == ["applied", "applied"]
    detail = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()
    assert detail["status"] == 7
    assert detail["body"]["withdrawal"]["reason"] == "Công dân rút"


def test_batch_of_501_is_refused_in_the_error_shape(world: World) -> None:
    events = [world.a.event(f"X-251117-{i:04d}", "dossier.rated", {}, vn(2025, 11, 17))
              for i in range(501)]
    response = world.client.post("/api/v1/events", json={"events": events},
                                 headers=world.a.headers())
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "batch_too_large"


def test_a_full_batch_of_500_is_applied(world: World) -> None:
    events = [_dossier(world)[1] for _ in range(500)]
    results = world.post_events(world.a, events)
    assert {r["status"] for r in results} == {"applied"}
    listing = world.client.get("/api/v1/dossiers?limit=500", headers=world.a.headers()).json()
    assert len(listing["dossiers"]) == 500 and listing["next_after"] is None


def test_a_device_cannot_write_another_units_dossiers(world: World) -> None:
    code_b = world.b.next_code(vn(2025, 11, 17))
    received_b = world.b.received(code_b, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))
    assert world.post_events(world.b, [received_b])[0]["status"] == "applied"
    # Unit A's device sends events about B's dossier: refused, B's dossier untouched.
    attack = world.a.withdrawn(code_b, vn(2025, 11, 17, 10))
    forged = world.a.received(f"{UNIT_B}-251117-0900", vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))
    results = world.post_events(world.a, [attack, forged])
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert world.client.get(f"/api/v1/dossiers/{code_b}",
                            headers=world.b.headers()).json()["status"] == 2
    # And the event must name a device of the caller's unit.
    code, received = _dossier(world)
    received["device_id"] = world.b.device_id
    assert world.post_events(world.a, [received])[0]["status"] == "rejected"


def test_apology_extension_is_accepted_once(world: World) -> None:
    code, received = _dossier(world)
    first = world.a.event(code, "dossier.apology_issued",
                          {"new_appointment_at": iso(vn(2025, 11, 25, 17)), "reason": "Chờ xác minh"},
                          vn(2025, 11, 19, 9))
    second = world.a.event(code, "dossier.apology_issued",
                           {"new_appointment_at": iso(vn(2025, 11, 28, 17))}, vn(2025, 11, 24, 9))
    results = world.post_events(world.a, [received, first, second])
    assert [r["status"] for r in results] == ["applied", "applied", "rejected"]
    assert "1 lần" in results[2]["error"]
    detail = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()
    assert detail["appointment_at"] == "2025-11-25T17:00:00+07:00" and detail["rescheduled"]


def test_data_events_are_recorded_on_the_dossier(world: World) -> None:
    code, received = _dossier(world)
    sha = "ab" * 32
    events = [received,
              world.a.event(code, "dossier.attachment_added",
                            {"component": "Tờ khai", "sha256": sha, "pages": 2, "size": 1234},
                            vn(2025, 11, 17, 9, 5)),
              world.a.event(code, "dossier.fee_paid", {"amount_vnd": 2000, "receipt_no": "BL-1"},
                            vn(2025, 11, 17, 9, 6)),
              world.a.event(code, "dossier.attachment_added", {"sha256": "xyz"}, vn(2025, 11, 17)),
              world.a.event(code, "dossier.unknown_kind", {}, vn(2025, 11, 17))]
    results = world.post_events(world.a, events)
    assert [r["status"] for r in results] == ["applied", "applied", "applied", "rejected", "rejected"]
    body = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()["body"]
    assert body["attachments"][0]["sha256"] == sha
    assert body["payments"][0]["receipt_no"] == "BL-1"


def test_refusal_and_supplement_request_at_intake_create_dossiers(world: World) -> None:
    code, received = _dossier(world)
    refused = json.loads(json.dumps(received))
    refused.update(event_id=str(uuid.uuid4()), type="dossier.refused")
    refused["payload"].update(status=3, reason="Không thuộc thẩm quyền", received_at=None,
                              appointment_at=None)
    [result] = world.post_events(world.a, [refused])
    assert result["status"] == "applied", result
    assert world.client.get(f"/api/v1/dossiers/{code}",
                            headers=world.a.headers()).json()["status"] == 3


def test_gzip_request_and_response_bodies(world: World) -> None:
    code, received = _dossier(world)
    raw = gzip.compress(json.dumps({"events": [received]}).encode())
    response = world.client.post("/api/v1/events", content=raw, headers={
        **world.a.headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json()["results"][0]["status"] == "applied"
    bad = world.client.post("/api/v1/events", content=b"not gzip", headers={
        **world.a.headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_gzip"
    catalog_like = world.client.get("/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert catalog_like.headers.get("content-encoding") == "gzip"


def test_procedure_fields_and_fee_detail_ride_in_the_payload(world: World) -> None:
    # The counter sends a birth registration's child and the fee's counts in the dossier payload.
    code = world.a.next_code(vn(2025, 11, 17))
    received = world.a.received(code, vn(2025, 11, 17, 9, 0), vn(2025, 11, 17, 17, 0),
                                procedure="1.001193", field="Hộ tịch")
    extra = {"procedure_fields": {"child_full_name": "Nguyễn Thị Bình",
                                  "child_birth_date": "2025-11-01", "child_gender": "Nữ"},
             "fee_detail": {"copies": 2, "pages": 3, "lines": [
                 {"name": "Phí chứng thực bản sao", "kind": "phi", "basis": "per_page",
                  "amount_vnd": 10000, "copies": 2, "pages": 3, "per": "trang"}]}}
    received["payload"].update(extra)
    assert [r["status"] for r in world.post_events(world.a, [received])] == ["applied"]
    body = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()["body"]
    assert {k: body[k] for k in extra} == extra
