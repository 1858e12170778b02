"""Fixtures of the central tests: SQLite and a throwaway PostgreSQL cluster on loopback."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Before central.auth is imported: hashing at full strength costs ~0.6 s here per login.
os.environ.setdefault("CENTRAL_ARGON2_PROFILE", "CHEAPEST")
os.environ["CENTRAL_TESTING"] = "1"  # the cheap profile is refused otherwise (central.auth)

from fastapi.testclient import TestClient  # noqa: E402

from central.app import create_app  # noqa: E402
from tests.central.helpers import Clock, World, build_world, free_port, vn  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]


def _pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    which = shutil.which("pg_ctl")
    return Path(which).resolve().parent if which else None


class PostgresCluster:
    """initdb + pg_ctl start in a temporary folder; trust auth on 127.0.0.1 only."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="central-pg-"))
        self.data = self.base / "data"
        self.port = free_port()
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.base, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self._as_postgres else []
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--no-locale")
        options = (f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 "
                   "-c max_connections=200 -c fsync=off -c full_page_writes=off")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.base / "log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    if os.environ.get("CENTRAL_SKIP_POSTGRES") == "1":
        pytest.skip("CENTRAL_SKIP_POSTGRES=1")
    bindir = _pg_bindir()
    if bindir is None:
        pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found: "
                    "run make test (installs postgresql)")
    cluster = PostgresCluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


def make_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'central.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.new_database()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return make_db_url(request.param, tmp_path, request)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'central.db'}"


@pytest.fixture
def clock() -> Clock:
    # After every moment the tests' counters and back office record (those lie in November):
    # the service refuses what would be in its future (central.timecheck).
    return Clock(vn(2025, 12, 1, 9, 0))


def _world(url: str, tmp_path: Path, clock: Clock) -> Iterator[World]:
    app = create_app(url, storage=tmp_path / "files", clock=clock)
    with TestClient(app) as client:
        yield build_world(client, app.state.central.engine, clock)


@pytest.fixture
def world(db_url: str, tmp_path: Path, clock: Clock) -> Iterator[World]:
    """The service on both databases, seeded, with a counter of unit A and one of unit B."""
    yield from _world(db_url, tmp_path, clock)


@pytest.fixture
def sqlite_world(sqlite_url: str, tmp_path: Path, clock: Clock) -> Iterator[World]:
    """The same on SQLite only, for tests of logic that does not depend on the database."""
    yield from _world(sqlite_url, tmp_path, clock)


def read(response: Any) -> Any:
    assert response.status_code < 500, response.text
    return response.json()
