"""Shared fixtures: a demo counter in a temporary folder with a clock the test controls."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

# No test writes a developer's real keyring: the device token takes the store fallback, as on
# the CI (no Secret Service); tests/sync/test_token_keyring.py sets an in-memory backend.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from counter_app.core.timeutil import VN_TZ
from counter_app.paths import resources_dir
from counter_app.services.context import ServiceContext
from counter_app.services.setup import open_counter


class FakeClock:
    """The time the services see; tests move it explicitly."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, *args: int) -> None:
        self.now = datetime(*args, tzinfo=VN_TZ)  # type: ignore[misc]


@pytest.fixture
def clock() -> FakeClock:
    # Monday 17 November 2025, 09:00: an ordinary working morning.
    return FakeClock(datetime(2025, 11, 17, 9, 0, tzinfo=VN_TZ))


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> ServiceContext:
    context = open_counter(tmp_path / "data", resources_dir(), clerk="clerk01", demo=True,
                           clock=clock)
    yield context
    context.store.close()
