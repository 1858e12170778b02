"""A real central service on loopback for the sync tests, and an enrolled demo counter."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

# Before central.auth is imported: full-strength argon2 costs ~0.6 s a login.
os.environ.setdefault("CENTRAL_ARGON2_PROFILE", "CHEAPEST")
os.environ["CENTRAL_TESTING"] = "1"  # the cheap profile is refused otherwise (central.auth)

from sqlalchemy import func, select  # noqa: E402

from central import auth as central_auth  # noqa: E402
from central import reference as central_reference  # noqa: E402
from central.db import make_engine, migrate, run_in_transaction  # noqa: E402
from central.models import DossierRow, EventRow  # noqa: E402
from counter_app.core.codes import DEFAULT_LANE_WIDTH
from counter_app.paths import resources_dir  # noqa: E402
from counter_app.services.context import ServiceContext  # noqa: E402
from counter_app.services.sync_setup import enroll_counter  # noqa: E402
from counter_app.sync.status import SyncStatus  # noqa: E402
from tests.central.helpers import free_port  # noqa: E402
from tests.central.server import Server  # noqa: E402

UNIT = "000.00.06.H56"  # the demo counter's unit
CLERK = "hoa.le"
CLERK_NAME = "Lê Thị Hoa"
PASSWORD = "Mật-khẩu-quầy-2025"
BACK_OFFICE = "xuly01"
REPO = Path(__file__).resolve().parents[2]


class Central:
    """A seeded central service (SQLite) that a test can stop and start on the same port."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db_url = f"sqlite:///{folder / 'central.db'}"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.engine = make_engine(self.db_url)
        migrate(self.engine)
        self._server: Server | None = None
        self._seed()

    def _seed(self) -> None:
        now = datetime.now(timezone.utc)
        catalog = json.loads((resources_dir() / "catalog" / "demo_catalog.json").read_text("utf-8"))
        years = [json.loads(p.read_text("utf-8"))
                 for p in sorted((resources_dir() / "calendars").glob("*.json"))]

        def work(conn: Any) -> None:
            central_auth.create_unit(conn, UNIT, "Trung tâm Phục vụ hành chính công (thử)", now)
            central_auth.create_user(conn, CLERK, PASSWORD, "clerk", UNIT, now, full_name=CLERK_NAME)
            central_auth.create_user(conn, "khoa.tam", PASSWORD, "clerk", UNIT, now,
                                     full_name="Tạm Khóa")
            central_auth.create_user(conn, BACK_OFFICE, PASSWORD, "back_office", UNIT, now,
                                     full_name="Cán bộ xử lý")
            central_reference.import_catalog(conn, catalog, now)
            for year in years:
                central_reference.import_calendar(conn, year, now)

        run_in_transaction(self.engine, work, attempts=1)

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        server = Server(self.db_url, self.folder)
        server.port, server.url = self.port, self.url  # the counter keeps the address it enrolled with
        self._server = server.__enter__()

    def stop(self) -> None:
        if self._server is not None:
            self._server.__exit__(None, None, None)
            self._server = None

    def enrollment_code(self, counter_no: int | None) -> str:
        return run_in_transaction(self.engine, lambda conn: central_auth.create_enrollment_code(
            conn, UNIT, counter_no, datetime.now(timezone.utc)), attempts=1)

    def admin(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "CENTRAL_ARGON2_PROFILE": "CHEAPEST"}
        return subprocess.run([sys.executable, "-m", "central", "admin", "--db", self.db_url, *args],
                              capture_output=True, text=True, timeout=60, cwd=REPO, env=env)

    def dossier_status(self, code: str) -> int | None:
        with self.engine.connect() as conn:
            return conn.execute(select(DossierRow.status).where(DossierRow.code == code)).scalar()

    def dossier_count(self, codes: list[str]) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(DossierRow)
                                    .where(DossierRow.code.in_(codes))).scalar_one())

    def events_of(self, codes: list[str], type_: str | None = None) -> list[str]:
        query = select(EventRow.event_id).where(EventRow.dossier_code.in_(codes))
        if type_:
            query = query.where(EventRow.type == type_)
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def close(self) -> None:
        self.stop()
        self.engine.dispose()


@pytest.fixture(scope="session")
def shared_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """One running service for the tests that never stop it (each enrolls its own counter)."""
    central = Central(tmp_path_factory.mktemp("central"))
    central.start()
    yield central
    central.close()


@pytest.fixture
def fresh_central(tmp_path: Path) -> Iterator[Central]:
    """A service of its own, not started: for the tests that take it down and up again."""
    central = Central(tmp_path / "central")
    yield central
    central.close()


@pytest.fixture
def own_central(fresh_central: Central) -> Iterator[Central]:
    """A running service of the test's own (the shared one has lanes for ~19 counters only)."""
    fresh_central.start()
    yield fresh_central


# Counters of one unit share a day's code sequence by lanes: every test counter gets its own.
_counter_numbers = itertools.count(2)


def enroll(ctx: ServiceContext, central: Central) -> ServiceContext:
    """Enroll the demo counter with the next free counter number; the context with its identity."""
    device = enroll_counter(ctx, central.url, central.enrollment_code(next(_counter_numbers)),
                            "Quầy thử nghiệm")
    return replace(ctx, device=device)


def enroll_alone(ctx: ServiceContext, central: Central) -> ServiceContext:
    """Enroll into a service of the test's own as counter 2 (the numbering above is for the
    shared service, whose lanes would run out)."""
    device = enroll_counter(ctx, central.url, central.enrollment_code(2), "Quầy thử nghiệm")
    return replace(ctx, device=device)


# Lanes of the default width: counters 1..20 of a unit (core.codes.lane_for_counter).
SHARED_LANES_LAST = (9999 - 1) // DEFAULT_LANE_WIDTH + 1


@pytest.fixture
def online_ctx(ctx: ServiceContext, shared_central: Central,
               request: pytest.FixtureRequest) -> ServiceContext:
    """Enrolled at the shared service while its unit has lanes left, else at one of its own
    (the suite grew past 19 online tests: the shared unit's lanes ran out)."""
    number = next(_counter_numbers)
    if number <= SHARED_LANES_LAST:
        device = enroll_counter(ctx, shared_central.url, shared_central.enrollment_code(number),
                                "Quầy thử nghiệm")
        return replace(ctx, device=device)
    return enroll_alone(ctx, request.getfixturevalue("own_central"))


class Recorder:
    """Collects SyncStatus callbacks (from the sync thread) and waits for one that matches."""

    def __init__(self) -> None:
        self.statuses: list[SyncStatus] = []
        self._cond = threading.Condition()

    def __call__(self, status: SyncStatus) -> None:
        with self._cond:
            self.statuses.append(status)
            self._cond.notify_all()

    def wait_for(self, predicate: Callable[[list[SyncStatus]], bool], timeout: float = 20) -> None:
        with self._cond:
            assert self._cond.wait_for(lambda: predicate(self.statuses), timeout), \
                [(s.phase, s.message) for s in self.statuses][-10:]

    def count(self, phase: str) -> int:
        with self._cond:
            return sum(1 for s in self.statuses if s.phase == phase)


def clerk_session(base_url: str, device_token: str) -> str:
    """An access token of the demo clerk opened on that device: reading dossiers and scans
    needs a person's session, the device token alone only syncs."""
    from counter_app.sync.client import CentralClient

    with CentralClient(base_url, device_token) as client:
        return str(client.login(CLERK, PASSWORD)["access_token"])


def receive(ctx: ServiceContext, n: int = 1) -> list[str]:
    """Receive `n` certified-copy dossiers at the counter (each queues `dossier.received`)."""
    from counter_app.services.intake import receive_dossier
    from tests.services.helpers import draft

    return [receive_dossier(ctx, draft(ctx)).code for _ in range(n)]
