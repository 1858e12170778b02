"""Security: tokens required, units isolated, no personal data in public, no secrets in logs."""

from __future__ import annotations

import hashlib
import logging
import re

import pytest
from sqlalchemy import inspect, select, text

from central.models import AuditRow
from tests.central.helpers import PASSWORD, World, vn

PUBLIC = {"/healthz", "/api/v1/public/dossiers/{code}", "/api/v1/devices/enroll",
          "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


def _protected_operations(world: World) -> list[tuple[str, str]]:
    spec = world.client.get("/openapi.json").json()
    ops = []
    for path, item in spec["paths"].items():
        if path in PUBLIC:
            continue
        for method in item:
            concrete = path.replace("{sha256}", "0" * 64).replace("{code}", "X-251117-0001")
            ops.append((method.upper(), concrete))
    return ops


def test_every_protected_endpoint_needs_a_token(world: World) -> None:
    ops = _protected_operations(world)
    assert len(ops) >= 12
    for method, path in ops:
        for headers in ({}, {"Authorization": "Bearer acc_not-a-real-token"},
                        {"Authorization": "Bearer dev_forged"}, {"Authorization": "Basic abc"}):
            response = world.client.request(method, path, headers=headers)
            assert response.status_code == 401, (method, path, headers, response.status_code)
            if method != "HEAD":
                assert response.json()["error"]["code"] == "unauthorized"


def test_unit_a_token_cannot_read_or_write_unit_b_dossiers(world: World) -> None:
    code_b = world.b.next_code(vn(2025, 11, 17))
    world.post_events(world.b, [world.b.received(code_b, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))])
    for token in ("clerk_a", "supervisor_a", "back_office_a", "admin_a"):
        response = world.client.get(f"/api/v1/dossiers/{code_b}", headers=world.auth(token))
        assert response.status_code == 404
    assert world.client.get(f"/api/v1/dossiers/{code_b}",
                            headers=world.a.headers(world.a.device_token)).status_code == 403
    assert world.progress(code_b, 4, vn(2025, 11, 17, 10), unit="a").status_code == 404
    listing = world.client.get("/api/v1/dossiers", headers=world.auth("admin_a")).json()
    assert listing["dossiers"] == [] and listing["next_after"] is None
    found = world.client.get(f"/api/v1/dossiers?q={code_b}", headers=world.auth("clerk_a")).json()
    assert found["dossiers"] == []
    # Unit B itself reads it.
    assert world.client.get(f"/api/v1/dossiers/{code_b}", headers=world.b.headers()).status_code == 200


def test_roles_are_enforced(world: World) -> None:
    code = world.a.next_code(vn(2025, 11, 17))
    world.post_events(world.a, [world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))])
    response = world.client.post("/api/v1/events", json={"events": []},
                                 headers=world.auth("back_office_a"))
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"
    assert world.progress(code, 4, vn(2025, 11, 17, 10)).status_code == 200
    assert world.client.post(f"/api/v1/dossiers/{code}/progress",
                             json={"status": 9, "at": "2025-11-18T09:00:00+07:00"},
                             headers=world.a.headers(world.a.device_token)).status_code == 403


def test_public_lookup_shows_no_personal_data(world: World) -> None:
    code = world.a.next_code(vn(2025, 11, 17))
    world.post_events(world.a, [world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))])
    response = world.client.get(f"/api/v1/public/dossiers/{code}?last4=5678")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"code", "status", "status_label", "appointment_at", "procedure_name"}
    raw = response.text
    for secret in ("Nguyễn", "Đào", "001190012345", "0912345678", "Lê Lợi"):
        assert secret not in raw
    assert world.client.get("/api/v1/public/dossiers/NOPE-251117-0001").status_code == 404


def _all_text(world: World) -> str:
    """Every row of every table, as text: nothing in the database may hold a secret."""
    out = []
    with world.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                out.append(" ".join(str(v) for v in row))
    return "\n".join(out)


def test_no_password_or_token_in_logs_audit_or_database(world: World,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    headers = world.a.headers(world.a.device_token)
    for password in (PASSWORD, "wrong-" + PASSWORD):
        world.client.post("/api/v1/sessions", json={"username": "admin_a", "password": password},
                          headers=headers)
    world.client.post("/api/v1/sessions", json={"username": "admin_a", "password": 12345},
                      headers=headers)  # a validation error must not echo the input either
    bad = world.client.post("/api/v1/sessions", json={"username": ["x"], "password": [PASSWORD]},
                            headers=headers)
    assert bad.status_code == 422 and PASSWORD not in bad.text
    code = world.a.next_code(vn(2025, 11, 17))
    world.post_events(world.a, [world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))])
    secrets = [PASSWORD, world.a.device_token, world.b.device_token, *world.tokens.values()]
    logged = "\n".join(r.getMessage() + str(r.args) for r in caplog.records) + caplog.text
    stored = _all_text(world)
    for secret in secrets:
        assert secret not in logged
        assert secret not in stored
    # Only hashes are kept: the token's SHA-256 is in the database, the token never.
    assert hashlib.sha256(world.tokens["clerk_a"].encode()).hexdigest() in stored
    assert not re.search(r"(acc|dev)_[A-Za-z0-9_-]{40}", stored)
    with world.engine.connect() as conn:
        actions = set(conn.execute(select(AuditRow.action)).scalars())
    assert {"device.enroll", "session.login", "session.login_failed", "events.post"} <= actions


def test_audit_log_is_append_only(world: World) -> None:
    with world.engine.connect() as conn:
        for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(Exception, match="append-only"):
                with conn.begin():
                    conn.execute(text(statement))
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0


def test_malformed_input_never_gives_500(world: World) -> None:
    h = world.a.headers()
    cases = [
        ("POST", "/api/v1/events", b"{not json"),
        ("POST", "/api/v1/events", b'{"events": "x"}'),
        ("POST", "/api/v1/events", b'{"events": [null, 1, "a", {"payload": {"a": "\\u0000"}}]}'),
        ("POST", "/api/v1/events", b'{"events": [{"event_id": "\\ud800"}]}'),
        ("POST", "/api/v1/sessions", b'{"username": "\\u0000", "password": "x"}'),
        ("POST", "/api/v1/dossiers/X-251117-0001/progress",
         b'{"status": 4, "at": "0001-01-01T00:00:00+07:00"}'),
        ("POST", "/api/v1/dossiers/X-251117-0001/progress", b'{"status": 4, "at": "2025-11-17T10:00:00"}'),
        ("GET", "/api/v1/dossiers?q=%00&from=9999-99-99", b""),
        ("GET", "/api/v1/reports/form06?from=0001-01-01&to=9999-12-31", b""),
        ("GET", "/api/v1/calendar?year=-1", b""),
    ]
    for method, path, body in cases:
        response = world.client.request(method, path, content=body,
                                         headers={**h, "Content-Type": "application/json"})
        assert response.status_code < 500, (path, body, response.status_code, response.text)
        if response.status_code == 200:  # a batch answers per event
            assert {r["status"] for r in response.json()["results"]} == {"rejected"}
        else:
            assert set(response.json()) == {"error"}
    event = world.a.received(world.a.next_code(vn(2025, 11, 17)), vn(2025, 11, 17, 9),
                             vn(2025, 11, 20, 17))
    event["payload"]["note"] = "a\u0000b"
    event["payload"]["fee_vnd"] = 10**30
    [result] = world.post_events(world.a, [event])
    assert result["status"] == "rejected"


def test_odd_bodies_and_dates_are_4xx(sqlite_world: World) -> None:
    w = sqlite_world
    h = {**w.a.headers(), "Content-Type": "application/json"}
    deep = b"[" * 100_000 + b"]" * 100_000
    assert 400 <= w.client.post("/api/v1/events", content=deep, headers=h).status_code < 500
    for query in ("from=0001-01-01", "to=9999-12-31"):
        assert w.client.get(f"/api/v1/dossiers?{query}", headers=h).status_code == 422


def test_the_device_token_alone_reads_no_personal_data(world: World) -> None:
    code = world.a.next_code(vn(2025, 11, 17))
    sha = "0" * 63 + "1"
    world.client.patch(f"/api/v1/files/{sha}", content=b"",
                       headers={**world.a.headers(world.a.device_token),
                                "Upload-Offset": "0", "Upload-Length": "0"})
    world.post_events(world.a, [world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))])
    device = world.a.headers(world.a.device_token)
    for path in (f"/api/v1/dossiers/{code}", "/api/v1/dossiers", "/api/v1/dossiers?q=Nguyen",
                 f"/api/v1/files/{sha}"):
        response = world.client.get(path, headers=device)
        assert response.status_code == 403, path
        assert response.json()["error"]["code"] == "session_required"
        assert "Nguyễn" not in response.text
    # A clerk's session opened on that device reads them.
    assert world.client.get(f"/api/v1/dossiers/{code}", headers=world.auth("clerk_a")).json()[
        "applicant_name"] == "Nguyễn Thị Đào"
    # The sync's own calls still work with the device token alone.
    assert world.client.get("/api/v1/changes", headers=device).status_code == 200
    assert world.client.head(f"/api/v1/files/{sha}", headers=device).status_code in (200, 404)


def test_the_public_lookup_cannot_be_walked(world: World) -> None:
    from fastapi.testclient import TestClient

    day = vn(2025, 11, 17)
    codes = [world.a.next_code(day) for _ in range(3)]
    events = [world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17)) for code in codes]
    events[0]["payload"]["lookup_key"] = "K7QM2XPA"  # what the counter prints in the slip's QR
    world.post_events(world.a, events)
    public = "/api/v1/public/dossiers/"
    assert world.client.get(f"{public}{codes[0]}?key=K7QM2XPA").status_code == 200
    assert world.client.get(f"{public}{codes[1]}?last4=5678").status_code == 200  # phone
    assert world.client.get(f"{public}{codes[2]}?last4=2345").status_code == 200  # ID number
    # The code alone, a wrong key, a wrong last4, another dossier's key: the same 404.
    for query in (f"{codes[1]}", f"{codes[0]}?key=K7QM2XPB", f"{codes[1]}?last4=0000",
                  f"{codes[1]}?key=K7QM2XPA", "000.00.06.H56-251117-0999?last4=5678"):
        response = world.client.get(public + query)
        assert response.status_code == 404, query
        assert response.json()["error"]["code"] == "not_found"
    # Walking a day's codes from one address: after 10 misses it must wait, growing.
    walker = [world.client.get(f"{public}000.00.06.H56-251117-{n:04d}").status_code
              for n in range(100, 110)]
    assert walker[:5] == [404] * 5 and walker[-1] == 429
    blocked = world.client.get(f"{public}{codes[0]}?key=K7QM2XPA")
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) >= 1
    # A citizen elsewhere is not affected.
    with TestClient(world.client.app, client=("203.0.113.9", 5000)) as citizen:
        assert citizen.get(f"{public}{codes[0]}?key=K7QM2XPA").status_code == 200
    world.clock.advance(hours=2)  # misses are forgotten after an hour
    assert world.client.get(f"{public}{codes[0]}?key=K7QM2XPA").status_code == 200
