"""Back-office progress and the change feed: cursor pages never skip, even with concurrent writers."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import Engine

from central import changes, progress
from central.db import connect, run_in_transaction
from counter_app.core.timeutil import iso
from tests.central.helpers import UNIT_A, World, vn


def _received(world: World, n: int) -> list[str]:
    codes, events = [], []
    for _ in range(n):
        code = world.a.next_code(vn(2025, 11, 17))
        codes.append(code)
        events.append(world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17)))
    assert {r["status"] for r in world.post_events(world.a, events)} == {"applied"}
    return codes


def test_progress_appears_in_the_feed_page_by_page(world: World) -> None:
    codes = _received(world, 5)
    for code in codes:
        assert world.progress(code, 4, vn(2025, 11, 17, 10)).status_code == 200
    assert world.progress(codes[0], 9, vn(2025, 11, 18, 10), note="Có kết quả").status_code == 200
    seen, cursor = [], None
    while True:
        params = {"limit": 2} if cursor is None else {"limit": 2, "cursor": cursor}
        page = world.client.get("/api/v1/changes", params=params, headers=world.a.headers()).json()
        if not page["changes"]:
            assert page["next_cursor"] == cursor
            break
        seen += page["changes"]
        cursor = page["next_cursor"]
    assert [c["change_id"] for c in seen] == [1, 2, 3, 4, 5, 6]
    assert seen[-1]["status"] == 9 and seen[-1]["note"] == "Có kết quả"
    assert seen[-1]["previous_status"] == 4
    # Unit B sees none of unit A's changes.
    assert world.client.get("/api/v1/changes", headers=world.b.headers()).json()["changes"] == []


def test_bad_cursor_is_422(world: World) -> None:
    response = world.client.get("/api/v1/changes?cursor=abc", headers=world.a.headers())
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_cursor"


def test_progress_rules(world: World) -> None:
    [code] = _received(world, 1)
    assert world.progress(code, 10, vn(2025, 11, 17, 10)).status_code == 409  # counter's status
    refused = world.progress(code, 3, vn(2025, 11, 17, 10))
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "invalid_transition"
    assert world.progress(code, 4, vn(2025, 11, 17, 8)).status_code == 422  # before receipt
    clerk = world.client.post(f"/api/v1/dossiers/{code}/progress",
                              json={"status": 4, "at": iso(vn(2025, 11, 17, 10))},
                              headers=world.auth("clerk_a"))
    assert clerk.status_code == 403
    assert world.progress(code, 4, vn(2025, 11, 17, 10), unit="b").status_code == 404


def test_extension_once_then_409(world: World) -> None:
    [code] = _received(world, 1)
    first = world.progress(code, 4, vn(2025, 11, 19, 10),
                           new_appointment_at=iso(vn(2025, 11, 26, 17)), note="Mẫu 04")
    assert first.status_code == 200
    assert first.json()["appointment_at"] == "2025-11-26T17:00:00+07:00"
    feed = world.client.get("/api/v1/changes", headers=world.a.headers()).json()["changes"]
    assert feed[-1]["extension"] is True and feed[-1]["status"] == 4
    second = world.progress(code, 4, vn(2025, 11, 20, 10),
                            new_appointment_at=iso(vn(2025, 11, 28, 17)))
    assert second.status_code == 409 and second.json()["error"]["code"] == "already_rescheduled"


def test_suspension_moves_the_appointment_by_the_paused_time(world: World) -> None:
    [code] = _received(world, 1)  # appointment Thu 20 Nov 17:00, no catalog: calendar time
    assert world.progress(code, 5, vn(2025, 11, 18, 9)).status_code == 200
    resumed = world.progress(code, 4, vn(2025, 11, 19, 9))
    assert resumed.json()["appointment_at"] == "2025-11-21T17:00:00+07:00"


def _writer(engine: Engine, codes: list[str], errors: list[BaseException]) -> None:
    try:
        for i, code in enumerate(codes):
            for status in (4, 9):
                run_in_transaction(engine, lambda conn: progress.record_progress(
                    conn, unit_code=UNIT_A, actor="bo", role="back_office", code=code,
                    status=status, at=vn(2025, 11, 18, 8) + timedelta(minutes=i), note="",
                    new_appointment_at=None, now=vn(2025, 11, 18, 8)), attempts=20)
    except BaseException as error:  # noqa: BLE001 - reported by the test
        errors.append(error)


def test_concurrent_writers_never_make_a_reader_skip(world: World) -> None:
    codes = _received(world, 60)
    errors: list[BaseException] = []
    writers = [threading.Thread(target=_writer, args=(world.engine, codes[i::4], errors))
               for i in range(4)]
    seen: list[int] = []
    cursor = 0
    for thread in writers:
        thread.start()
    while True:
        alive = any(t.is_alive() for t in writers)
        with connect(world.engine) as conn:
            page, next_cursor = changes.page(conn, UNIT_A, cursor, 7)
        seen += [c["change_id"] for c in page]
        cursor = int(next_cursor)
        if not page and not alive:
            break
    for thread in writers:
        thread.join()
    assert not errors, errors
    assert seen == list(range(1, 121))


def test_a_cursor_the_service_never_issued_is_409(world: World) -> None:
    [code] = _received(world, 1)
    for status in (4, 9):
        assert world.progress(code, status, vn(2025, 11, 18, 9)).status_code == 200
    ahead = world.client.get("/api/v1/changes?cursor=1013", headers=world.a.headers())
    assert ahead.status_code == 409
    error = ahead.json()["error"]
    assert error["code"] == "cursor_ahead"
    assert error["details"] == {"latest": "2", "restart_from": "0"}
    # The latest cursor itself is fine: nothing new.
    same = world.client.get("/api/v1/changes?cursor=2", headers=world.a.headers()).json()
    assert same == {"changes": [], "next_cursor": "2"}
    # Another unit's feed is its own: B has no change, so A's cursor 2 is ahead for B.
    assert world.client.get("/api/v1/changes?cursor=2",
                            headers=world.b.headers()).status_code == 409
