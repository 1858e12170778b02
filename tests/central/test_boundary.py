"""What reaches the service's edge: the caller first, bounded bodies, whole gzip, NFC, disconnects."""

from __future__ import annotations

import gzip
import json
import logging
import unicodedata
from argparse import Namespace

import pytest
from sqlalchemy import select

from central import admin
from central.models import DossierRow, User
from tests.central.asgi import call
from tests.central.helpers import UNIT_A, World, vn

MAX_BODY = 32 * 1024 * 1024
MIB = 1024 * 1024


def _json_headers(token: str | None = None, **extra: str) -> dict[str, str]:
    headers = {"content-type": "application/json", **extra}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return headers


def test_an_anonymous_caller_gets_401_before_its_body_is_read(world: World) -> None:
    app = world.client.app
    for token in (None, "dev_forged", "acc_forged"):
        seen = call(app, "POST", "/api/v1/events", headers=_json_headers(token),
                    chunks=[b"{not json", b" at all"])
        assert seen.status == 401, seen.body
        error = json.loads(seen.body)["error"]
        assert error["code"] == "unauthorized" and error["details"] is None
        assert seen.pulled == 0  # not a byte of the body was read
    # Through HTTP too, with a gzip body that is not gzip: still 401, not 400 or 422.
    response = world.client.post("/api/v1/events", content=b"\x1f\x8bjunk",
                                 headers={"Content-Encoding": "gzip",
                                          "Content-Type": "application/json"})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def test_a_plain_body_past_the_limit_is_413_while_reading(world: World) -> None:
    app = world.client.app
    token = world.a.device_token
    # Declared too large: refused before reading.
    seen = call(app, "POST", "/api/v1/events", chunks=[b"{}"],
                headers=_json_headers(token, **{"content-length": str(70 * MIB)}))
    assert seen.status == 413 and json.loads(seen.body)["error"]["code"] == "too_large"
    assert seen.pulled == 0
    # Streamed without a length (70 MiB in 1 MiB chunks): refused once past the limit.
    chunk = b" " * MIB
    seen = call(app, "POST", "/api/v1/events", headers=_json_headers(token),
                chunks=[b'{"events": []}'] + [chunk] * 70)
    assert seen.status == 413
    assert seen.pulled <= MAX_BODY // MIB + 2  # stopped reading there, not after 70 MiB


def test_a_file_chunk_past_the_limit_is_413(world: World) -> None:
    seen = call(world.client.app, "PATCH", f"/api/v1/files/{'0' * 64}",
                headers={"authorization": f"Bearer {world.a.device_token}",
                         "upload-offset": "0", "upload-length": str(40 * MIB)},
                chunks=[b"x" * MIB] * 40)
    assert seen.status == 413 and seen.pulled <= MAX_BODY // MIB + 2


def _post_gzip(world: World, raw: bytes):  # type: ignore[no-untyped-def]
    return world.client.post("/api/v1/events", content=raw, headers={
        **world.a.headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"})


def test_a_cut_or_corrupt_gzip_body_is_400_bad_gzip(world: World) -> None:
    code = world.a.next_code(vn(2025, 11, 17))
    received = world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))
    whole = gzip.compress(json.dumps({"events": [received]}).encode())
    for broken in (whole[:-8], whole[:-1], whole[: len(whole) // 2], whole + b"trailing junk",
                   whole[:10] + bytes(b ^ 0xFF for b in whole[10:20]) + whole[20:]):
        response = _post_gzip(world, broken)
        assert response.status_code == 400, (len(broken), response.text)
        assert response.json()["error"]["code"] == "bad_gzip"
    # Nothing of the cut bodies was applied; the whole body (also as two members) is.
    assert world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).status_code == 404
    half = len(whole) // 2
    body = json.dumps({"events": [received]}).encode()
    two_members = gzip.compress(body[:half]) + gzip.compress(body[half:])
    response = _post_gzip(world, two_members)
    assert response.status_code == 200 and response.json()["results"][0]["status"] == "applied"


def test_a_gzip_bomb_is_413(world: World) -> None:
    bomb = gzip.compress(b'{"events": [' + b" " * (MAX_BODY + MIB) + b"]}", compresslevel=9)
    assert len(bomb) < MIB
    response = _post_gzip(world, bomb)
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"


def _nfd(text: str) -> str:
    out = unicodedata.normalize("NFD", text)
    assert out != text
    return out


def test_text_is_stored_in_nfc(world: World) -> None:
    name, procedure = "Nguyễn Thị Đào", "Chứng thực bản sao"
    code = world.a.next_code(vn(2025, 11, 17))
    nfc_event = world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17), name=name)
    nfc_event["payload"]["procedure_name"] = procedure
    nfd_event = json.loads(json.dumps(nfc_event))
    nfd_event["payload"]["applicant"]["full_name"] = _nfd(name)
    nfd_event["payload"]["procedure_name"] = _nfd(procedure)
    nfd_event["payload"][_nfd("ghi chú")] = _nfd("Hồ sơ đủ")
    assert world.post_events(world.a, [nfd_event])[0]["status"] == "applied"
    with world.engine.connect() as conn:
        row = conn.execute(select(DossierRow.procedure_name, DossierRow.body)
                           .where(DossierRow.code == code)).one()
    assert row.procedure_name == procedure
    assert row.body["applicant"]["full_name"] == name
    assert row.body["ghi chú"] == "Hồ sơ đủ"
    # The same event sent again in NFC is the same event.
    nfc_event["payload"]["ghi chú"] = "Hồ sơ đủ"
    assert world.post_events(world.a, [nfc_event])[0]["status"] == "duplicate"
    # The back office's note, through the change feed.
    note = "Chuyển phòng Tư pháp"
    assert world.progress(code, 4, vn(2025, 11, 17, 10), note=_nfd(note)).status_code == 200
    change = world.client.get("/api/v1/changes", headers=world.a.headers()).json()["changes"][-1]
    assert change["note"] == note


def test_admin_input_is_stored_in_nfc(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-dai\n"))
    args = Namespace(admin_command="create-user", name=_nfd("thư_ký"), role="clerk",
                     unit=UNIT_A, full_name=_nfd("Trần Văn Hưởng"))
    assert admin.run(args, world.engine) == 0
    with world.engine.connect() as conn:
        user = conn.execute(select(User.username, User.full_name)
                            .where(User.full_name == "Trần Văn Hưởng")).one()
    assert user.username == "thư_ký"


def test_a_client_going_away_mid_upload_is_logged_calmly(world: World,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    zipped = gzip.compress(json.dumps({"events": [{"n": i} for i in range(2000)]}).encode())
    plain = [b"x" * 1000, b"y" * 1000, b"z" * 1000]
    for method, path, headers, chunks in (
            ("PATCH", f"/api/v1/files/{'a' * 64}", {"upload-offset": "0", "upload-length": "3000"},
             plain),
            ("POST", "/api/v1/events", {"content-type": "application/json"}, plain),
            ("POST", "/api/v1/events", {"content-type": "application/json",
                                        "content-encoding": "gzip"},
             [zipped[:100], zipped[100:200], zipped[200:]])):
        seen = call(world.client.app, method, path, disconnect_after=1,
                    headers={"authorization": f"Bearer {world.a.device_token}", **headers},
                    chunks=chunks)
        assert seen.status is None  # nobody left to answer; certainly not a 500
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    gone = [r for r in caplog.records if "went away" in r.getMessage()]
    assert len(gone) == 3 and all(r.levelno == logging.INFO and not r.exc_info for r in gone)
    assert world.client.head(f"/api/v1/files/{'a' * 64}", headers=world.a.headers()).status_code == 404

