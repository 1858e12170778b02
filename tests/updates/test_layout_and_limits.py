"""The install layout's start-time switch and the download cap, without a network."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.updates.fetcher import RateLimiter
from counter_app.updates.layout import Layout, run_smoke
from tests.updates.conftest import make_bundle


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_the_cap_holds_the_average_rate() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10_000, clock=clock, wait=clock.wait)  # 10 kB/s
    for _ in range(10):
        limiter.took(5_000)  # chunks arrive instantly on loopback
    # 50 kB at 10 kB/s, the first second's worth at once: 4 s after the start, whatever the
    # chunking.
    assert clock.now == pytest.approx(104.0)
    assert sum(clock.waits) == pytest.approx(4.0)


def test_a_slow_link_under_the_cap_never_waits() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10_000, clock=clock, wait=clock.wait)
    for _ in range(5):
        limiter.took(1_000)
        clock.now += 1.0  # 1 kB/s arrives: far under the cap
    assert clock.waits == []


def test_no_cap_and_a_negative_cap() -> None:
    clock = FakeClock()
    assert RateLimiter(0, clock=clock, wait=clock.wait).took(10**9) == 0.0
    with pytest.raises(ValueError):
        RateLimiter(-1)


def test_start_without_an_install_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no version installed"):
        Layout(tmp_path / "none").start()


def test_start_with_nothing_staged_runs_the_current_version(tmp_path: Path) -> None:
    layout = Layout(tmp_path / "app")
    layout.install_first("1.0.0", make_bundle(tmp_path, "1.0.0"))
    started = layout.start()
    assert (started.version, started.outcome) == ("1.0.0", "none")
    assert run_smoke(started.folder) == (True, "")


def test_a_version_that_failed_is_not_staged_again(tmp_path: Path) -> None:
    layout = Layout(tmp_path / "app")
    layout.install_first("1.0.0", make_bundle(tmp_path, "1.0.0"))
    assert layout.stage("1.1.0", make_bundle(tmp_path, "1.1.0", smoke_exit=1))
    assert layout.start().outcome == "rolled_back"
    assert not layout.stage("1.1.0", make_bundle(tmp_path / "again", "1.1.0"))
    assert layout.read().pending == "" and layout.read().current == "1.0.0"


def test_a_missing_executable_fails_the_smoke(tmp_path: Path) -> None:
    ok, detail = run_smoke(tmp_path)
    assert not ok and "missing" in detail


def test_old_versions_are_pruned_to_current_and_previous(tmp_path: Path) -> None:
    layout = Layout(tmp_path / "app")
    layout.install_first("1.0.0", make_bundle(tmp_path, "1.0.0"))
    for version in ("1.1.0", "1.2.0"):
        assert layout.stage(version, make_bundle(tmp_path, version))
        assert layout.start().outcome == "updated"
    assert sorted(p.name for p in layout.versions.iterdir()) == ["1.1.0", "1.2.0"]
    assert layout.read().previous == "1.1.0"
