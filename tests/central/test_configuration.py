"""Province configuration: file and environment, trusted proxies, limits, pool, safe hashing,
retries only on duplicate keys (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, insert, select

from central import auth
from central.app import create_app
from central.db import make_engine, migrate, run_in_transaction
from central.models import AuditRow, Unit, User
from central.proxies import client_address
from central.settings import ConfigError, Settings, load
from tests.central.conftest import make_db_url
from tests.central.helpers import PASSWORD, Clock, World, build_world, seed
from tests.central.server import Server

REPO = Path(__file__).parents[2]
PROXY = "10.0.0.1"
NOW = datetime(2025, 12, 1, 2, tzinfo=timezone.utc)


def test_file_then_environment_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "central.toml"
    config.write_text('[database]\nurl = "postgresql+psycopg://c@db/central"\npool_size = 12\n'
                      '[server]\nworkers = 4\ntrusted_proxies = ["10.0.0.0/24", "::1"]\n'
                      '[limits]\nmax_body_mib = 8\nuploads_per_unit = 3\n'
                      '[retention]\nrejected_events_days = 30\n', encoding="utf-8")
    env = {"CENTRAL_SERVER_WORKERS": "6", "CENTRAL_LIMITS_UPLOADS_PER_UNIT": "5"}
    settings = load(config, env, workers=None, port=9000)
    assert settings.db_url == "postgresql+psycopg://c@db/central"
    assert (settings.pool_size, settings.workers, settings.port) == (12, 6, 9000)
    assert settings.trusted_proxies == ("10.0.0.0/24", "::1")
    assert (settings.max_body_bytes, settings.uploads_per_unit) == (8 * 1024 * 1024, 5)
    assert settings.retention.rejected_events_days == 30
    assert settings.retention.expired_tokens_days == 30  # the default
    assert Settings.from_json(settings.to_json()) == settings  # what the workers receive


def test_every_problem_of_a_configuration_is_named(tmp_path: Path) -> None:
    config = tmp_path / "central.toml"
    config.write_text('[server]\nworkers = 0\ntrusted_proxies = ["proxy.local"]\nspeed = 1\n'
                      '[limits]\nmax_body_mib = "32"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load(config, {"CENTRAL_DATABASE_POOL_SIZE": "many"})
    text = str(caught.value)
    for expected in ("server.workers: must be at least 1", "'proxy.local' is not an address",
                     "server.speed: unknown setting", "limits.max_body_mib: must be a whole",
                     "$CENTRAL_DATABASE_POOL_SIZE: must be a whole number"):
        assert expected in text


def test_forwarded_for_is_read_only_from_trusted_proxies() -> None:
    proxies = Settings(trusted_proxies=("10.0.0.0/24",)).proxy_networks()
    assert client_address(PROXY, "203.0.113.5", proxies) == "203.0.113.5"
    # The client may write anything on the left; the proxy appends what it saw.
    assert client_address(PROXY, "198.51.100.9, 203.0.113.5", proxies) == "203.0.113.5"
    assert client_address(PROXY, "203.0.113.5, 10.0.0.2", proxies) == "203.0.113.5"
    assert client_address(PROXY, "junk", proxies) == PROXY
    # Anyone else's header is theirs to forge: their own address counts.
    assert client_address("203.0.113.7", "198.51.100.9", proxies) == "203.0.113.7"


def _world_with(url: str, tmp_path: Path, settings: Settings, clock: Clock,
                peer: str) -> Iterator[World]:
    app = create_app(url, storage=tmp_path / "files", clock=clock, settings=settings)
    with TestClient(app, client=(peer, 40000)) as client:
        yield build_world(client, app.state.central.engine, clock)


@pytest.fixture
def proxied(db_url: str, tmp_path: Path, clock: Clock) -> Iterator[World]:
    """The service behind a reverse proxy at 10.0.0.1 (every request comes from it)."""
    settings = Settings(trusted_proxies=(PROXY,), max_body_bytes=1024 * 1024)
    yield from _world_with(db_url, tmp_path, settings, clock, PROXY)


def _login(world: World, password: str, forwarded_for: str) -> httpx.Response:
    return world.client.post("/api/v1/sessions",
                             json={"username": "clerk_a", "password": password},
                             headers={**world.a.headers(world.a.device_token),
                                      "X-Forwarded-For": forwarded_for})


def test_behind_a_proxy_the_citizen_address_is_throttled_and_audited(proxied: World) -> None:
    for _ in range(5):
        assert _login(proxied, "wrong", "203.0.113.5").status_code == 401
    assert _login(proxied, PASSWORD, "203.0.113.5").status_code == 429
    # Another address behind the same proxy is not slowed down by the first one's mistakes.
    assert _login(proxied, PASSWORD, "203.0.113.6").status_code == 200
    with proxied.engine.connect() as conn:
        addresses = set(conn.execute(select(AuditRow.ip).where(
            AuditRow.action.startswith("session.login"))).scalars())
    assert {"203.0.113.5", "203.0.113.6"} <= addresses


def test_a_direct_caller_cannot_choose_its_address(sqlite_url: str, tmp_path: Path,
                                                   clock: Clock) -> None:
    settings = Settings(trusted_proxies=(PROXY,))
    for world in _world_with(sqlite_url, tmp_path, settings, clock, "203.0.113.7"):
        for n in range(5):  # a new forged address each time does not escape the throttle
            assert _login(world, "wrong", f"198.51.100.{n}").status_code == 401
        assert _login(world, PASSWORD, "198.51.100.99").status_code == 429


def test_body_limit_comes_from_the_configuration(proxied: World) -> None:
    chunk = b"x" * (1024 * 1024 + 1)
    response = proxied.client.patch("/api/v1/files/" + "0" * 64, content=chunk, headers={
        **proxied.a.headers(), "Upload-Offset": "0", "Upload-Length": str(len(chunk))})
    assert response.status_code == 413
    assert response.json()["error"]["details"] == {"max_bytes": 1024 * 1024}


def test_pool_size_comes_from_the_configuration(tmp_path: Path,
                                                request: pytest.FixtureRequest) -> None:
    url = make_db_url("postgresql", tmp_path, request)
    app = create_app(url, storage=tmp_path / "files",
                     settings=Settings(pool_size=3, max_overflow=2))
    pool = app.state.central.engine.pool
    assert (pool.size(), pool._max_overflow) == (3, 2)  # type: ignore[attr-defined]
    app.state.central.engine.dispose()


def test_cheap_password_hashing_is_refused_outside_tests(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.setenv("CENTRAL_ARGON2_PROFILE", "CHEAPEST")
    monkeypatch.delenv("CENTRAL_TESTING")
    with pytest.raises(auth.UnsafeProfileError, match="CHEAPEST"):
        create_app(f"sqlite:///{tmp_path / 'c.db'}", storage=tmp_path / "files")
    monkeypatch.setenv("CENTRAL_ARGON2_PROFILE", "NO_SUCH_PROFILE")
    monkeypatch.setenv("CENTRAL_TESTING", "1")
    with pytest.raises(auth.UnsafeProfileError, match="no such argon2 profile"):
        auth.check_hash_profile()
    monkeypatch.setenv("CENTRAL_ARGON2_PROFILE", "RFC_9106_LOW_MEMORY")
    monkeypatch.delenv("CENTRAL_TESTING")
    assert auth.check_hash_profile() == "RFC_9106_LOW_MEMORY"


def test_the_command_line_refuses_the_cheap_profile(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CENTRAL_TESTING"}
    env["CENTRAL_ARGON2_PROFILE"] = "CHEAPEST"
    done = subprocess.run([sys.executable, "-m", "central", "admin", "--db",
                           f"sqlite:///{tmp_path / 'c.db'}", "create-unit", "X.01", "Unit"],
                          capture_output=True, text=True, timeout=60, cwd=REPO, env=env)
    assert done.returncode != 0
    assert "CENTRAL_ARGON2_PROFILE=CHEAPEST is for test runs only" in done.stderr
    assert not (tmp_path / "c.db").exists()


def test_only_a_duplicate_key_is_retried(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    migrate(engine)
    seed(engine, NOW)
    calls: list[str] = []

    def foreign_key(conn: Connection) -> None:  # a user of a unit that does not exist
        calls.append("fk")
        conn.execute(insert(User.__table__), {
            "username": "ghost", "full_name": "", "unit_code": "NO.SUCH.UNIT", "role": "clerk",
            "password_hash": "x", "failed_logins": 0, "locked_until": None, "disabled": False,
            "created_at": NOW})

    with pytest.raises(Exception):
        run_in_transaction(engine, foreign_key)
    assert calls == ["fk"]  # raised at once: a retry would fail the same way

    def duplicate_once(conn: Connection) -> int:  # a concurrent writer got in first, once
        calls.append("dup")
        if calls.count("dup") == 1:
            code = conn.execute(select(Unit.code)).scalars().first()
            conn.execute(insert(Unit.__table__), {"code": code, "name": "again",
                                                  "last_change_seq": 0,
                                                  "created_at": NOW})
        return 7

    assert run_in_transaction(engine, duplicate_once) == 7
    assert calls.count("dup") == 2
    engine.dispose()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_two_workers_take_their_configuration_from_the_file(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = make_db_url(backend, tmp_path, request)
    engine = make_engine(url)
    migrate(engine)
    codes = seed(engine, datetime.now(timezone.utc))
    engine.dispose()
    config = tmp_path / "central.toml"
    config.write_text('[server]\ntrusted_proxies = ["127.0.0.1"]\n[database]\npool_size = 2\n'
                      '[limits]\nmax_body_mib = 1\n', encoding="utf-8")
    with Server(url, tmp_path, workers=2, config=config) as server, \
            httpx.Client(base_url=server.url, timeout=30) as client:
        data = client.post("/api/v1/devices/enroll",
                           json={"enrollment_code": codes["a"], "device_name": "PC"}).json()
        headers = {"Authorization": f"Bearer {data['device_token']}"}

        def login(password: str, address: str) -> int:
            return client.post("/api/v1/sessions", json={"username": "clerk_a",
                                                         "password": password},
                               headers={**headers, "X-Forwarded-For": address}).status_code

        # Spread over both workers, the count is shared and the forwarded address is used.
        assert [login("wrong", "203.0.113.5") for _ in range(5)] == [401] * 5
        assert login(PASSWORD, "203.0.113.5") == 429
        assert login(PASSWORD, "203.0.113.6") == 200
        too_big = client.post("/api/v1/events", content=b"{" + b" " * (1024 * 1024) + b"}",
                              headers={**headers, "Content-Type": "application/json"})
        assert too_big.status_code == 413


def test_the_documented_example_is_a_valid_configuration() -> None:
    settings = load(REPO / "installer" / "central.example.toml", {})
    assert settings.db_url.startswith("postgresql+psycopg://")
    assert (settings.workers, settings.uploads_per_unit) == (4, 8)
    assert settings.trusted_proxies == ("127.0.0.1",)
