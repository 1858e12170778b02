"""`python -m central serve --workers 4` on SQLite and PostgreSQL: concurrent batches, exactly once."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from collections import Counter as Tally
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from central.db import make_engine, migrate
from central.models import DossierRow, EventRow
from tests.central.conftest import make_db_url
from tests.central.helpers import PASSWORD, Counter, seed, vn
from tests.central.server import Server


def _enrolled(base: str, code: str) -> tuple[Counter, httpx.Client]:
    client = httpx.Client(base_url=base, timeout=60)
    data = client.post("/api/v1/devices/enroll",
                       json={"enrollment_code": code, "device_name": "PC"}).json()
    counter = Counter(data["unit_code"], data["device_id"], data["device_token"])
    login = client.post("/api/v1/sessions", json={"username": "clerk_a", "password": PASSWORD},
                        headers=counter.headers(counter.device_token))
    assert login.status_code == 200, login.text
    counter.access_token = login.json()["access_token"]
    return counter, client


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_four_workers_apply_concurrent_batches_exactly_once(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = make_db_url(backend, tmp_path, request)
    engine = make_engine(url)
    migrate(engine)
    codes = seed(engine, datetime.now(timezone.utc))  # the server runs on the real clock
    with Server(url, tmp_path, workers=4) as server:
        counter, client = _enrolled(server.url, codes["a"])
        day = vn(2025, 11, 17, 9)
        events = [counter.received(counter.next_code(day), day, vn(2025, 11, 20, 17))
                  for _ in range(600)]
        batches = [events[i:i + 50] for i in range(0, len(events), 50)]
        outcomes: list[tuple[str, str]] = []
        lock = threading.Lock()
        problems: list[str] = []

        def sender(seed_value: int) -> None:
            order = list(batches)
            random.Random(seed_value).shuffle(order)
            with httpx.Client(base_url=server.url, timeout=120, headers=counter.headers()) as http:
                for batch in order:
                    response = http.post("/api/v1/events", json={"events": batch})
                    if response.status_code != 200:
                        problems.append(f"{response.status_code} {response.text[:300]}")
                        continue
                    with lock:
                        outcomes.extend((r["event_id"], r["status"]) for r in response.json()["results"])

        threads = [threading.Thread(target=sender, args=(i,)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not problems, problems[:3]
        applied = Tally(event_id for event_id, status in outcomes if status == "applied")
        statuses = Tally(status for _, status in outcomes)
        assert statuses == {"applied": 600, "duplicate": 1800}
        assert set(applied.values()) == {1} and len(applied) == 600
        # Back-office progress through the admin CLI shows up in the counter's feed.
        code = events[0]["dossier_code"]
        subprocess.run([sys.executable, "-m", "central", "admin", "--db", url, "progress", code,
                        "9", "--at", "2025-11-18T10:00:00+07:00", "--note", "xong"],
                       check=True, capture_output=True, timeout=120, env={**os.environ})
        feed = client.get("/api/v1/changes", headers=counter.headers()).json()
        assert [(c["dossier_code"], c["status"], c["note"]) for c in feed["changes"]] == [(code, 9, "xong")]
        client.close()
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(EventRow)).scalar() == 600
        assert conn.execute(select(func.count()).select_from(DossierRow)).scalar() == 600
    engine.dispose()
