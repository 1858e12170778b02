"""The admin CLI, the catalog with its ETag, the calendar, the dossier list and the OpenAPI paths."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
from pathlib import Path
from unittest import mock

from fastapi.testclient import TestClient

from central.__main__ import main
from central.app import create_app
from counter_app.paths import resources_dir
from tests.central.helpers import World, vn

UNIT = "000.00.09.H56"


def _admin(db: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`python -m central admin --db DB ARGS` in this process (a subprocess costs seconds)."""
    out, err = io.StringIO(), io.StringIO()
    with mock.patch("sys.stdin", io.StringIO(stdin)), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        code = main(["admin", "--db", db, *args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def test_admin_cli_sets_up_a_unit_that_a_counter_can_use(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'central.db'}"
    assert _admin(db, "create-unit", UNIT, "Trung tâm Phục vụ hành chính công xã B").returncode == 0
    made = _admin(db, "create-user", "lan", "--role", "clerk", "--unit", UNIT, stdin="mat-khau-123\n")
    assert made.returncode == 0, made.stderr
    assert "mat-khau-123" not in made.stdout + made.stderr
    assert _admin(db, "create-user", "x", "--role", "clerk", "--unit", UNIT, stdin="short\n").returncode == 1
    assert _admin(db, "create-user", "y", "--role", "clerk", "--unit", "NO.UNIT",
                  stdin="long enough\n").returncode == 1
    assert _admin(db, "create-unit", UNIT, "again").returncode == 1
    code = _admin(db, "enroll-code", "--unit", UNIT, "--counter", "2").stdout.strip()
    assert len(code) == 14
    catalog = _admin(db, "import-catalog", str(resources_dir() / "catalog" / "demo_catalog.json"))
    assert catalog.returncode == 0 and "imported" in catalog.stdout
    assert _admin(db, "import-calendar", str(resources_dir() / "calendars" / "2025.json")).returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"year": 2025, "holiday": []}))
    failed = _admin(db, "import-calendar", str(bad))
    assert failed.returncode == 1 and "error" in failed.stderr
    report = _admin(db, "report", "form06", "--from", "2025-01-01", "--to", "2025-12-31")
    assert report.returncode == 0 and "Tổng cộng" in report.stdout

    with TestClient(create_app(db, storage=tmp_path / "files")) as client:
        enrolled = client.post("/api/v1/devices/enroll",
                               json={"enrollment_code": code, "device_name": "Quầy 2"}).json()
        assert enrolled["code_lane"] == {"first": 501, "last": 1000}
        device = {"Authorization": f"Bearer {enrolled['device_token']}"}
        login = client.post("/api/v1/sessions", json={"username": "lan", "password": "mat-khau-123"},
                            headers=device)
        assert login.status_code == 200
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        catalog_response = client.get("/api/v1/catalog", headers=headers)
        assert catalog_response.status_code == 200
        etag = catalog_response.headers["etag"]
        assert len(catalog_response.json()["procedures"]) == 39
        unchanged = client.get("/api/v1/catalog", headers={**headers, "If-None-Match": etag})
        assert unchanged.status_code == 304 and unchanged.content == b""
        assert client.get("/api/v1/catalog",
                          headers={**headers, "If-None-Match": '"other"'}).status_code == 200
        year = client.get("/api/v1/calendar?year=2025", headers=headers).json()
        assert year["year"] == 2025 and year["suspension_policy"] == "shift"
        assert any(h["date"] == "2025-09-02" for h in year["holidays"])
        # A unit's Saturday-morning session travels with the year (issue 14).
        (saturday,) = year["weekly_sessions"]
        assert saturday["weekday"] == "saturday" and saturday["units"] == ["000.31.01.H56"]
        cases = {p["code"]: p.get("duration_cases") for p in catalog_response.json()["procedures"]}
        assert [c["key"] for c in cases["1.010041"]] == ["csdl", "xac_minh"]
        assert client.get("/api/v1/calendar?year=2031", headers=headers).status_code == 404


def test_dossier_list_filters(world: World) -> None:
    a = world.a
    events = []
    for day, name in ((3, "Trần Văn Bình"), (10, "Lê Thị Hoa"), (20, "Phạm Đức Anh")):
        code = a.next_code(vn(2025, 11, day))
        events.append(a.received(code, vn(2025, 11, day, 9), vn(2025, 11, day + 2, 17), name=name))
    world.post_events(a, events)
    h = a.headers()
    def codes(query: str) -> list[str]:  # noqa: E306
        body = world.client.get(f"/api/v1/dossiers?{query}", headers=h).json()
        return [d["applicant_name"] for d in body["dossiers"]]
    assert codes("") == ["Phạm Đức Anh", "Lê Thị Hoa", "Trần Văn Bình"]
    assert codes("q=duc anh") == ["Phạm Đức Anh"]
    assert codes("from=2025-11-05&to=2025-11-15") == ["Lê Thị Hoa"]
    assert codes("status=2&limit=1") == ["Phạm Đức Anh"]
    assert codes("status=9") == []


def test_openapi_lists_every_call_of_sync_api(world: World) -> None:
    spec = world.client.get("/openapi.json").json()
    calls = {(m.upper(), p) for p, item in spec["paths"].items() for m in item}
    wanted = {
        ("POST", "/api/v1/devices/enroll"), ("POST", "/api/v1/sessions"),
        ("GET", "/api/v1/catalog"), ("GET", "/api/v1/calendar"), ("POST", "/api/v1/events"),
        ("HEAD", "/api/v1/files/{sha256}"), ("PATCH", "/api/v1/files/{sha256}"),
        ("GET", "/api/v1/files/{sha256}"), ("GET", "/api/v1/changes"),
        ("POST", "/api/v1/dossiers/{code}/progress"), ("GET", "/api/v1/dossiers/{code}"),
        ("GET", "/api/v1/dossiers"), ("GET", "/api/v1/reports/form06"),
        ("GET", "/api/v1/public/dossiers/{code}"), ("GET", "/healthz"),
    }
    assert wanted <= calls
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    assert "security" not in spec["paths"]["/api/v1/public/dossiers/{code}"]["get"]
    event = spec["paths"]["/api/v1/events"]["post"]
    assert "413" in event["responses"]
    assert world.client.get("/healthz").json() == {"status": "ok"}
