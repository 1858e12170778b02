"""dossier.rated: a returned dossier's rating is applied once, kept in `ratings`; bad ones rejected."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from central.models import RatingRow
from counter_app.core.rating import CRITERIA_VERSION
from counter_app.core.timeutil import iso
from tests.central.helpers import World, utc, vn

ANSWERS = [2, 2, 1, 2, 2, 1, 2, 2, 0, 1, 2]


def _returned(world: World) -> str:
    code = world.a.next_code(vn(2025, 11, 17))
    received = world.a.received(code, vn(2025, 11, 17, 9, 0), vn(2025, 11, 20, 17, 0))
    assert world.post_events(world.a, [received])[0]["status"] == "applied"
    assert world.progress(code, 9, vn(2025, 11, 18, 10, 0)).status_code == 200
    assert world.post_events(world.a, [world.a.returned(code, vn(2025, 11, 19, 8, 0))])[0][
        "status"] == "applied"
    return code


def _rated(world: World, code: str, criteria: Any = ANSWERS, overall: Any = 4,
           skipped: bool = False) -> dict[str, Any]:
    at = vn(2025, 11, 19, 8, 2)
    return world.a.event(code, "dossier.rated", {
        "criteria": criteria, "overall": overall, "skipped": skipped,
        "criteria_version": CRITERIA_VERSION, "rated_at": iso(at)}, at)


def _rows(world: World) -> list[RatingRow]:
    with world.engine.connect() as conn:
        return list(conn.execute(select(RatingRow.__table__)).all())  # type: ignore[arg-type]


def test_a_rating_is_applied_once_and_counted(world: World) -> None:
    code = _returned(world)
    event = _rated(world, code)
    assert world.post_events(world.a, [event])[0]["status"] == "applied"
    assert world.post_events(world.a, [event])[0]["status"] == "duplicate"
    [row] = _rows(world)
    assert (row.dossier_code, row.criteria, row.overall, row.skipped) == (code, ANSWERS, 4, False)
    assert row.rated_at.replace(tzinfo=None) == utc(vn(2025, 11, 19, 8, 2)).replace(tzinfo=None)
    assert row.unit_code == world.a.unit and row.event_id == event["event_id"]
    detail = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()
    assert detail["body"]["rating"]["overall"] == 4
    assert [h["what"] for h in detail["history"]][-1] == "dossier.rated"
    # Another rating of the same dossier (another event) is refused; the first one stays.
    [second] = world.post_events(world.a, [_rated(world, code, [0] * 11, 1)])
    assert second["status"] == "rejected" and second["error"].startswith("already_rated")
    assert [r.overall for r in _rows(world)] == [4]


def test_a_skip_is_kept_as_such(sqlite_world: World) -> None:
    world = sqlite_world
    code = _returned(world)
    [result] = world.post_events(world.a, [_rated(world, code, [], None, skipped=True)])
    assert result["status"] == "applied", result
    [row] = _rows(world)
    assert (row.skipped, row.criteria, row.overall) == (True, [], None)


def test_a_dossier_not_returned_is_not_rated_until_it_is(sqlite_world: World) -> None:
    world = sqlite_world
    code = world.a.next_code(vn(2025, 11, 17))
    world.post_events(world.a, [world.a.received(code, vn(2025, 11, 17, 9, 0),
                                                 vn(2025, 11, 20, 17, 0))])
    early = _rated(world, code)
    [result] = world.post_events(world.a, [early])
    assert result["status"] == "rejected" and result["error"].startswith("not_returned")
    assert _rows(world) == []
    detail = world.client.get(f"/api/v1/dossiers/{code}", headers=world.a.headers()).json()
    assert "rating" not in detail["body"]
    # Once returned, the event set aside and sent again applies.
    world.progress(code, 9, vn(2025, 11, 18, 10, 0))
    world.post_events(world.a, [world.a.returned(code, vn(2025, 11, 19, 8, 0))])
    assert world.post_events(world.a, [early])[0]["status"] == "applied"
    assert len(_rows(world)) == 1


def test_unknown_dossier_is_rejected(sqlite_world: World) -> None:
    world = sqlite_world
    code = world.a.next_code(vn(2025, 11, 17))
    [result] = world.post_events(world.a, [_rated(world, code)])
    assert result["status"] == "rejected" and "unknown dossier" in result["error"]


@pytest.mark.parametrize("criteria, overall, skipped, where", [
    (ANSWERS[:10], 4, False, "payload.criteria: count"),
    ([3] + ANSWERS[1:], 4, False, "payload.criteria.1: score"),
    (["2"] * 11, 4, False, "payload.criteria.1: score"),
    (ANSWERS, 0, False, "payload.overall: range"),
    (ANSWERS, None, False, "payload.overall: required"),
    ("22222222222", 4, False, "payload.criteria: type"),
    (ANSWERS, None, True, "payload.skipped: answers"),
])
def test_bad_answers_are_rejected_and_nothing_is_kept(sqlite_world: World, criteria: Any,
                                                      overall: Any, skipped: bool,
                                                      where: str) -> None:
    world = sqlite_world
    code = _returned(world)
    [result] = world.post_events(world.a, [_rated(world, code, criteria, overall, skipped)])
    assert result["status"] == "rejected"
    assert result["error"].startswith(where), result["error"]
    assert _rows(world) == []
    # The corrected rating still applies: nothing of the bad one stayed.
    assert world.post_events(world.a, [_rated(world, code)])[0]["status"] == "applied"
