"""Enrollment, login, lockout, token expiry and logout (SYNC-API "Identity")."""

from __future__ import annotations

from fastapi.testclient import TestClient

from central import auth
from central.app import create_app
from central.db import run_in_transaction
from tests.central.helpers import PASSWORD, UNIT_A, Clock, World


def _login(world: World, user: str, password: str, token: str | None = None):  # type: ignore[no-untyped-def]
    return world.client.post("/api/v1/sessions", json={"username": user, "password": password},
                             headers={"Authorization": f"Bearer {token or world.a.device_token}"})


def test_enrollment_code_works_once_and_gives_the_counter_lane(world: World) -> None:
    code = run_in_transaction(world.engine, lambda c: auth.create_enrollment_code(
        c, UNIT_A, 3, world.clock.now))
    first = world.client.post("/api/v1/devices/enroll",
                              json={"enrollment_code": code.lower(), "device_name": "Quầy 3"})
    assert first.status_code == 200
    data = first.json()
    assert data["unit_code"] == UNIT_A and data["counter_no"] == 3
    assert data["code_lane"] == {"first": 1001, "last": 1500}
    assert data["device_token"].startswith("dev_")
    again = world.client.post("/api/v1/devices/enroll",
                              json={"enrollment_code": code, "device_name": "Quầy 3 bis"})
    assert again.status_code == 401
    assert again.json()["error"]["code"] == "invalid_enrollment_code"
    # The device token works at once.
    assert world.client.get("/api/v1/changes",
                            headers={"Authorization": f"Bearer {data['device_token']}"}).status_code == 200


def test_expired_enrollment_code_is_refused(world: World) -> None:
    code = run_in_transaction(world.engine, lambda c: auth.create_enrollment_code(
        c, UNIT_A, 4, world.clock.now))
    world.clock.advance(days=8)
    response = world.client.post("/api/v1/devices/enroll",
                                 json={"enrollment_code": code, "device_name": "late"})
    assert response.status_code == 401


def test_login_returns_a_token_bound_to_the_unit(world: World) -> None:
    response = _login(world, "clerk_a", PASSWORD)
    assert response.status_code == 200
    body = response.json()
    assert body["clerk"] == {"username": "clerk_a", "full_name": "Người clerk a", "role": "clerk",
                             "unit_code": UNIT_A}
    assert body["access_token"].startswith("acc_")
    # A user of unit B cannot log in on unit A's device (same answer as a wrong password).
    assert _login(world, "clerk_b", PASSWORD).status_code == 401


def test_login_needs_a_device_token(world: World) -> None:
    response = _login(world, "clerk_a", PASSWORD, token=world.tokens["clerk_a"])
    assert response.status_code == 403
    assert world.client.post("/api/v1/sessions",
                             json={"username": "clerk_a", "password": PASSWORD}).status_code == 401


def test_wrong_passwords_slow_their_source_and_lock_nobody_out(world: World) -> None:
    for _ in range(4):
        response = _login(world, "clerk_a", "wrong password")
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "invalid_credentials"
    assert _login(world, "clerk_a", "wrong password").status_code == 401  # the 5th: wait 15 s
    # This device from this address must wait, even with the right password …
    waiting = _login(world, "clerk_a", PASSWORD)
    assert waiting.status_code == 429
    assert waiting.json()["error"]["code"] == "too_many_attempts"
    assert waiting.headers["retry-after"] == "15"
    # … but the clerk is not locked out: from another address, or another device, it works.
    with TestClient(world.client.app, client=("10.0.0.7", 40000)) as elsewhere:
        response = elsewhere.post("/api/v1/sessions",
                                  json={"username": "clerk_a", "password": PASSWORD},
                                  headers={"Authorization": f"Bearer {world.a.device_token}"})
        assert response.status_code == 200
    code = run_in_transaction(world.engine, lambda c: auth.create_enrollment_code(
        c, UNIT_A, 2, world.clock.now))
    other = world.client.post("/api/v1/devices/enroll",
                              json={"enrollment_code": code, "device_name": "Quầy 2"}).json()
    assert _login(world, "clerk_a", PASSWORD, token=other["device_token"]).status_code == 200
    # The waits grow with each further failure: 15 s, then 30 s.
    world.clock.advance(seconds=16)
    assert _login(world, "clerk_a", "wrong again").status_code == 401
    world.clock.advance(seconds=16)
    assert _login(world, "clerk_a", PASSWORD).status_code == 429
    world.clock.advance(seconds=15)
    assert _login(world, "clerk_a", PASSWORD).status_code == 200


def test_a_success_resets_the_failure_count(world: World) -> None:
    for _ in range(4):
        _login(world, "clerk_a", "wrong")
    assert _login(world, "clerk_a", PASSWORD).status_code == 200
    for _ in range(4):
        assert _login(world, "clerk_a", "wrong").status_code == 401
    assert _login(world, "clerk_a", PASSWORD).status_code == 200


def test_lockout_is_counted_in_the_database_across_workers(world: World, db_url: str,
                                                           tmp_path, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    """Two app instances on one database stand for two worker processes."""
    other = create_app(db_url, storage=tmp_path / "files", clock=clock)
    with TestClient(other) as second:
        headers = world.a.headers(world.a.device_token)
        body = {"username": "supervisor_a", "password": "nope"}
        for client in (world.client, second, world.client, second, world.client):
            assert client.post("/api/v1/sessions", json=body, headers=headers).status_code == 401
        good = {"username": "supervisor_a", "password": PASSWORD}
        assert second.post("/api/v1/sessions", json=good, headers=headers).status_code == 429


def test_access_token_expires_after_twelve_hours(world: World) -> None:
    headers = world.auth("clerk_a")
    assert world.client.get("/api/v1/changes", headers=headers).status_code == 200
    world.clock.advance(hours=12, seconds=1)
    response = world.client.get("/api/v1/changes", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "token_expired"
    assert response.headers["www-authenticate"] == "Bearer"
    # The device token is long-lived.
    assert world.client.get("/api/v1/changes",
                            headers=world.a.headers(world.a.device_token)).status_code == 200


def test_logout_ends_the_session(world: World) -> None:
    headers = world.auth("supervisor_a")
    assert world.client.delete("/api/v1/sessions", headers=headers).status_code == 204
    assert world.client.get("/api/v1/changes", headers=headers).status_code == 401


def test_a_revoked_device_loses_access(sqlite_world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from central.models import Device

    w = sqlite_world
    run_in_transaction(w.engine, lambda c: c.execute(
        update(Device.__table__).where(Device.id == w.a.device_id).values(revoked_at=w.clock.now)))
    assert w.client.get("/api/v1/changes", headers=w.a.headers(w.a.device_token)).status_code == 401
    # Sessions opened on that device end with it.
    assert w.client.get("/api/v1/changes", headers=w.auth("clerk_a")).status_code == 401


def test_a_password_typed_as_the_name_never_reaches_the_audit_log(world: World) -> None:
    from sqlalchemy import select

    from central.models import AuditRow

    for _ in range(2):
        assert _login(world, PASSWORD, PASSWORD).status_code == 401  # password in both boxes
    assert _login(world, "clerk_a", "wrong").status_code == 401
    with world.engine.connect() as conn:
        failed = list(conn.execute(select(AuditRow.actor, AuditRow.target, AuditRow.detail)
                                   .where(AuditRow.action == "session.login_failed")
                                   .order_by(AuditRow.id)))
    assert len(failed) == 3
    assert all(PASSWORD not in " ".join(row) for row in failed)
    first, second, known = (row.actor for row in failed)
    assert first.startswith("unknown:") and first == second  # repeated attempts still match
    assert known == "clerk_a"  # a real user's name is kept as it is


def test_a_role_this_service_does_not_know_opens_nothing(world: World) -> None:
    from sqlalchemy import update

    from central.models import User

    assert world.client.get("/api/v1/dossiers", headers=world.auth("clerk_a")).status_code == 200
    run_in_transaction(world.engine, lambda c: c.execute(
        update(User).where(User.username == "clerk_a").values(role="auditor")))
    response = world.client.get("/api/v1/dossiers", headers=world.auth("clerk_a"))
    assert response.status_code == 401  # the token is not taken as anyone's, not even "forbidden"
    assert response.json()["error"]["code"] == "unauthorized"
