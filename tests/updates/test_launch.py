"""Which program runs at start: the installed base, or the version the updater switched to."""

from __future__ import annotations

from pathlib import Path

from counter_app.updates.launch import choose
from counter_app.updates.layout import EXECUTABLE, Layout
from tests.updates.conftest import make_bundle


def test_with_nothing_updated_the_installed_program_runs(tmp_path: Path) -> None:
    assert choose(tmp_path / "app", "0.1.0") is None


def test_a_staged_update_over_the_base_is_switched_to(tmp_path: Path) -> None:
    layout = Layout(tmp_path / "app")
    layout.stage("0.2.0", make_bundle(tmp_path, "0.2.0"))
    exe = choose(tmp_path / "app", "0.1.0")
    assert exe == layout.folder("0.2.0") / EXECUTABLE
    assert layout.read().current == "0.2.0" and layout.read().previous == "0.1.0"
    assert choose(tmp_path / "app", "0.1.0") == exe  # and stays chosen at every start


def test_a_broken_update_over_the_base_leaves_the_base_running(tmp_path: Path) -> None:
    layout = Layout(tmp_path / "app")
    layout.stage("0.2.0", make_bundle(tmp_path, "0.2.0", smoke_exit=2))
    assert choose(tmp_path / "app", "0.1.0") is None
    assert "0.2.0" in layout.read().failed


def test_a_newer_installed_package_wins_over_an_older_update(tmp_path: Path) -> None:
    layout = Layout(tmp_path / "app")
    layout.stage("0.2.0", make_bundle(tmp_path, "0.2.0"))
    assert choose(tmp_path / "app", "0.1.0") is not None
    assert choose(tmp_path / "app", "0.3.0") is None  # the IT officer installed 0.3.0's package
