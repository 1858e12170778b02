"""Reports by role: a clerk's counter, a supervisor's unit, a province user's every unit; the
drill-down of each figure (keyset-paged) and the indicators, on dossiers posted as events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from counter_app.core.stats import FORM06_FIGURES
from tests.central.helpers import PASSWORD, UNIT_A, UNIT_B, Clock, Counter, World, vn

F1, F2 = "Chứng thực", "Hộ tịch"
PERIOD = "from=2025-11-01&to=2025-11-30"
COLUMNS = (*FORM06_FIGURES, "withdrawn")


@pytest.fixture
def clock() -> Clock:
    return Clock(vn(2025, 12, 5, 9))  # the report is made on 5 December about November


@dataclass
class Built:
    a2: Counter
    codes: dict[str, str]  # label → dossier code


def second_counter(world: World) -> Counter:
    """Counter 2 of unit A (lane 501–1000) with clerk_a signed in on it."""
    from central import auth
    from central.db import run_in_transaction

    code = run_in_transaction(world.engine, lambda conn: auth.create_enrollment_code(
        conn, UNIT_A, 2, world.clock.now), attempts=1)
    data = world.client.post("/api/v1/devices/enroll",
                             json={"enrollment_code": code, "device_name": "PC a2"}).json()
    counter = Counter(UNIT_A, data["device_id"], data["device_token"], lane_first=501)
    login = world.client.post("/api/v1/sessions", json={"username": "clerk_a", "password": PASSWORD},
                              headers=counter.headers(counter.device_token))
    assert login.status_code == 200, login.text
    counter.access_token = login.json()["access_token"]
    return counter


def build(world: World) -> Built:
    a, b, a2 = world.a, world.b, second_counter(world)
    codes: dict[str, str] = {}
    steps: list[tuple[str, int, Any, str]] = []

    def dossier(counter: Counter, label: str, field: str, received: Any, appointment: Any,
                channel: str = "direct") -> list[dict[str, Any]]:
        code = codes[label] = counter.next_code(received)
        return [counter.received(code, received, appointment, field=field, channel=channel)]

    on_a = [*dossier(a, "d1", F1, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17)),
            *dossier(a, "d2", F1, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17), "online"),
            *dossier(a, "d3", F2, vn(2025, 11, 25, 9), vn(2025, 12, 10, 17))]
    steps += [("d1", 9, vn(2025, 11, 4, 10), "a"), ("d2", 9, vn(2025, 11, 6, 9), "a")]
    on_a2 = [*dossier(a2, "e1", F1, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17)),
             *dossier(a2, "e2", F1, vn(2025, 10, 20, 9), vn(2025, 10, 23, 17)),
             *dossier(a2, "e3", F2, vn(2025, 11, 10, 9), vn(2025, 11, 14, 17))]
    on_a2.append(a2.withdrawn(codes["e3"], vn(2025, 11, 12, 9)))
    steps += [("e1", 9, vn(2025, 11, 5, 16), "a"), ("e2", 4, vn(2025, 10, 21, 9), "a")]
    on_b = dossier(b, "b1", F2, vn(2025, 11, 4, 9), vn(2025, 11, 6, 17))
    steps.append(("b1", 9, vn(2025, 11, 5, 9), "b"))
    for counter, events in ((a, on_a), (a2, on_a2), (b, on_b)):
        assert {r["status"] for r in world.post_events(counter, events)} == {"applied"}
    for label, status, at, unit in steps:
        response = world.progress(codes[label], status, at, unit=unit)
        assert response.status_code == 200, response.text
    return Built(a2, codes)


def row(**figures: int) -> dict[str, int]:
    out = {name: 0 for name in COLUMNS}
    out.update(figures)
    out["received_total"] = out["received_online"] + out["received_direct"] + out["carried_over"]
    out["resolved_total"] = out["resolved_early"] + out["resolved_on_time"] + out["resolved_late"]
    out["in_progress_total"] = out["in_progress_within"] + out["in_progress_overdue"]
    return out


COUNTER_A = {F1: row(received_online=1, received_direct=1, resolved_early=1, resolved_late=1),
             F2: row(received_direct=1, in_progress_within=1)}
COUNTER_A2 = {F1: row(received_direct=1, carried_over=1, resolved_on_time=1, in_progress_overdue=1),
              F2: row(withdrawn=1)}
UNIT_B_ROWS = {F2: row(received_direct=1, resolved_early=1)}


def plus(*tables: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for table in tables:
        for field, figures in table.items():
            mine = out.setdefault(field, {name: 0 for name in COLUMNS})
            for name, value in figures.items():
                mine[name] += value
    return out


def figures(report: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Rows by field, zero rows (catalog fields without dossiers) left out."""
    return {r["field"]: {k: v for k, v in r.items() if k != "field"}
            for r in report["rows"] if any(v for k, v in r.items() if k != "field")}


def get(world: World, path: str, headers: dict[str, str]) -> Any:
    response = world.client.get(f"/api/v1/reports/{path}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def token(value: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {value}"}


def test_each_role_sees_its_scope(world: World) -> None:
    built = build(world)
    a2 = built.a2
    # A clerk: only the dossiers received on the counter they are signed in on.
    mine = get(world, f"form06?{PERIOD}", world.auth("clerk_a"))
    assert mine["scope"] == "counter" and mine["device_id"] == world.a.device_id
    assert figures(mine) == COUNTER_A
    assert figures(get(world, f"form06?{PERIOD}", token(a2.access_token))) == COUNTER_A2
    # The counter's device token (the sync's own credential) sees that counter, no more.
    assert figures(get(world, f"form06?{PERIOD}", token(a2.device_token))) == COUNTER_A2
    # Asking for more is refused with a clear reason, and nothing is shown.
    for who, query in ((world.auth("clerk_a"), "scope=unit"),
                       (world.auth("clerk_a"), f"scope=counter&device={a2.device_id}"),
                       (token(a2.device_token), "scope=unit"),
                       (world.auth("supervisor_a"), "scope=province"),
                       (world.auth("supervisor_a"), f"scope=unit&unit={UNIT_B}")):
        refused = world.client.get(f"/api/v1/reports/form06?{PERIOD}&{query}", headers=who)
        assert refused.status_code == 403, (query, refused.text)
        error = refused.json()["error"]
        assert error["code"] == "scope_forbidden" and "rows" not in refused.json()
        assert "xem được" in error["message"]
    # A supervisor: the unit (both counters), or one counter of it.
    unit = get(world, f"form06?{PERIOD}", world.auth("supervisor_a"))
    assert unit["scope"] == "unit" and unit["unit_code"] == UNIT_A
    assert figures(unit) == plus(COUNTER_A, COUNTER_A2)
    one = get(world, f"form06?{PERIOD}&scope=counter&device={a2.device_id}",
              world.auth("supervisor_a"))
    assert figures(one) == COUNTER_A2
    foreign = world.client.get(f"/api/v1/reports/form06?{PERIOD}&scope=counter"
                               f"&device={world.b.device_id}", headers=world.auth("supervisor_a"))
    assert foreign.status_code == 404
    # A province user: every unit, grouped by unit then field, and the province by field.
    province = get(world, f"form06?{PERIOD}&scope=province", world.auth("province_a"))
    assert province["scope"] == "province" and province["unit_code"] is None
    assert figures(province) == plus(COUNTER_A, COUNTER_A2, UNIT_B_ROWS)
    units = {u["unit_code"]: figures(u) for u in province["units"]}
    assert units == {UNIT_A: plus(COUNTER_A, COUNTER_A2), UNIT_B: UNIT_B_ROWS}
    for part in [province, *province["units"]]:
        for r in [*part["rows"], part["total"]]:
            assert r["received_total"] == r["resolved_total"] + r["in_progress_total"]
    # … and any one unit of the province.
    assert figures(get(world, f"form06?{PERIOD}&scope=unit&unit={UNIT_B}",
                       world.auth("province_a"))) == UNIT_B_ROWS


def drill(world: World, headers: dict[str, str], query: str, limit: int = 500) -> list[dict[str, Any]]:
    """Every dossier of one figure, page by page."""
    items: list[dict[str, Any]] = []
    after = ""
    for _ in range(50):
        page = get(world, f"form06/dossiers?{PERIOD}&{query}&limit={limit}"
                          + (f"&after={after}" if after else ""), headers)
        assert len(page["items"]) <= limit
        items += page["items"]
        if page["next_after"] is None:
            return items
        after = page["next_after"]
    raise AssertionError("paging never ended")


@pytest.mark.parametrize("who", ["supervisor_a", "clerk_a"])
def test_every_figure_drills_down_to_exactly_its_dossiers(sqlite_world: World, who: str) -> None:
    world = sqlite_world
    build(world)
    headers = world.auth(who)
    report = get(world, f"form06?{PERIOD}", headers)
    for r in [*report["rows"], report["total"]]:
        field = "" if r is report["total"] else f"&field={r['field']}"
        for column in COLUMNS:
            items = drill(world, headers, f"column={column}{field}", limit=1)
            assert len(items) == r[column], (r["field"], column)
            codes = [item["code"] for item in items]
            assert codes == sorted(set(codes))


def test_drilldown_lines_and_keyset_pages(sqlite_world: World) -> None:
    world = sqlite_world
    codes = build(world).codes
    headers = world.auth("supervisor_a")
    first = get(world, f"form06/dossiers?{PERIOD}&field={F1}&column=resolved_total&limit=2", headers)
    assert [i["code"] for i in first["items"]] == sorted([codes["d1"], codes["d2"]])
    assert first["next_after"] == first["items"][-1]["code"]
    second = get(world, f"form06/dossiers?{PERIOD}&field={F1}&column=resolved_total&limit=2"
                        f"&after={first['next_after']}", headers)
    assert [i["code"] for i in second["items"]] == [codes["e1"]] and second["next_after"] is None
    line = second["items"][0]
    assert line["procedure_code"] == "2.000815" and line["procedure_name"] == "Thủ tục 2.000815"
    assert line["status"] == 9 and line["status_label"]
    assert line["received_at"].startswith("2025-11-03T02:00") and line["appointment_at"]
    withdrawn = get(world, f"form06/dossiers?{PERIOD}&column=withdrawn", headers)["items"]
    assert [i["code"] for i in withdrawn] == [codes["e3"]]
    assert world.client.get(f"/api/v1/reports/form06/dossiers?{PERIOD}&column=nonsense",
                            headers=headers).status_code == 422
    # A clerk drilling into the unit is refused like the report itself.
    assert world.client.get(f"/api/v1/reports/form06/dossiers?{PERIOD}&column=received_total"
                            "&scope=unit", headers=world.auth("clerk_a")).status_code == 403


def test_indicators_by_field_and_by_counter(world: World) -> None:
    built = build(world)
    data = get(world, f"indicators?{PERIOD}", world.auth("supervisor_a"))
    groups = {g["key"]: g for g in data["groups"]}
    # F1: resolved d1 early (8.5 office hours), d2 late (22.5 h), e1 on time (20 h); e2 overdue.
    assert groups[F1] | {} == {
        "key": F1, "label": F1, "resolved": 3, "resolved_early_or_on_time": 2,
        "share_early_or_on_time": 0.6667, "open_now": 1, "overdue_now": 1,
        "average_working_hours": 17.0}
    # F2: d3 open within its deadline; e3 withdrawn counts nowhere.
    assert groups[F2]["resolved"] == 0 and groups[F2]["share_early_or_on_time"] is None
    assert (groups[F2]["open_now"], groups[F2]["overdue_now"]) == (1, 0)
    assert data["total"]["resolved"] == 3 and data["total"]["overdue_now"] == 1
    by_counter = {g["key"]: g for g in get(world, f"indicators?{PERIOD}&by=counter",
                                           world.auth("supervisor_a"))["groups"]}
    assert by_counter[world.a.device_id]["resolved"] == 2
    assert by_counter[built.a2.device_id]["overdue_now"] == 1
    assert by_counter[built.a2.device_id]["label"].startswith("Quầy 2")
    clerk = get(world, f"indicators?{PERIOD}", world.auth("clerk_a"))
    assert clerk["total"]["resolved"] == 2 and clerk["total"]["overdue_now"] == 0
    province = get(world, f"indicators?{PERIOD}&scope=province&by=unit", world.auth("province_a"))
    assert {g["key"]: g["resolved"] for g in province["groups"]} == {UNIT_A: 3, UNIT_B: 1}
    assert world.client.get(f"/api/v1/reports/indicators?{PERIOD}&scope=unit",
                            headers=world.auth("clerk_a")).status_code == 403


def test_indicators_are_read_from_each_groups_form06(world: World) -> None:
    """Resolved, in progress and overdue are Biểu 06's, judged at the end of the period (or
    now if earlier), as on the counter (core.indicators.progress_inputs)."""
    build(world)
    headers = world.auth("supervisor_a")
    # 1–4 November: d1 resolved early in it; d2 and e1 resolved after it (6/11, 5/11), so in
    # progress within their deadline (5/11 17:00) at its end; e2 (due 23/10) overdue.
    early = "from=2025-11-01&to=2025-11-04"
    for period in (early, PERIOD):
        report = get(world, f"form06?{period}", headers)
        data = get(world, f"indicators?{period}", headers)
        groups = {g["key"]: g for g in data["groups"]}
        for row, got in ((r, groups[r["field"]]) for r in report["rows"] if r["field"] in groups):
            assert (got["resolved"], got["resolved_early_or_on_time"], got["open_now"],
                    got["overdue_now"]) == (
                row["resolved_total"], row["resolved_early"] + row["resolved_on_time"],
                row["in_progress_total"], row["in_progress_overdue"]), (period, row["field"])
        assert data["total"]["open_now"] == report["total"]["in_progress_total"]
    f1 = {g["key"]: g for g in get(world, f"indicators?{early}", headers)["groups"]}[F1]
    assert (f1["resolved"], f1["open_now"], f1["overdue_now"]) == (1, 3, 1)
    assert f1["share_early_or_on_time"] == 1.0 and f1["average_working_hours"] == 8.5


def test_a_province_user_reads_reports_and_reference_data_not_dossiers(sqlite_world: World) -> None:
    world = sqlite_world
    codes = build(world).codes
    province = world.auth("province_a")
    # Not personal data: no dossier, no scan, no event, no progress.
    assert world.client.get(f"/api/v1/dossiers/{codes['d1']}", headers=province).status_code == 403
    assert world.client.get("/api/v1/dossiers", headers=province).status_code == 403
    assert world.client.post("/api/v1/events", json={"events": []},
                             headers=province).status_code == 403
    assert world.client.post(f"/api/v1/dossiers/{codes['d1']}/progress", headers=province,
                             json={"status": 9, "at": "2025-11-04T10:00:00+07:00"}).status_code == 403
    # Reference data and logging out, like every signed-in person.
    assert world.client.get("/api/v1/calendar?year=2025", headers=province).status_code in (200, 404)
    assert world.client.delete("/api/v1/sessions", headers=province).status_code == 204
    assert world.client.get(f"/api/v1/reports/form06?{PERIOD}", headers=province).status_code == 401
