"""The desk looks for updates in the background and says once that one is ready for the next start;
the window never waits on the download."""

from __future__ import annotations

from counter_app.services.updates import UpdateSettings
from counter_app.ui.update_bridge import UpdateBridge
from counter_app.updates.layout import Layout
from tests.updates.conftest import Repo, make_bundle, repo  # noqa: F401 (the fixture)


def _settings(repo: Repo) -> UpdateSettings:  # noqa: F811
    return UpdateSettings(url=repo.url, trusted_root=repo.root_json,
                          install_root=repo.work / "data" / "app",
                          cache_dir=repo.work / "data" / "updates")


def test_a_pass_stages_the_new_version_and_tells_the_clerk_once(qtbot, repo: Repo) -> None:  # noqa: F811
    repo.publish("0.1.0")
    repo.publish("9.0.0")
    settings = _settings(repo)
    Layout(settings.install_root).install_first("0.1.0", make_bundle(repo.work / "i", "0.1.0"))
    bridge = UpdateBridge(settings, first_ms=10_000_000)
    told: list[str] = []
    bridge.sig_staged.connect(told.append)
    with qtbot.waitSignal(bridge.sig_pass_done, timeout=60_000) as done:
        bridge.check_now()
        assert bridge.running  # on its own thread: this line runs while it downloads
    assert done.args[0].staged and told == ["9.0.0"]
    assert Layout(settings.install_root).read().pending == "9.0.0"
    with qtbot.waitSignal(bridge.sig_pass_done, timeout=60_000) as again:
        bridge.check_now()
    assert not again.args[0].staged and told == ["9.0.0"]  # already staged: said once
    bridge.stop()


def test_an_unreachable_service_is_logged_not_shown(qtbot, repo: Repo) -> None:  # noqa: F811
    settings = UpdateSettings(url="http://127.0.0.1:9/updates", trusted_root=repo.root_json,
                              install_root=repo.work / "a", cache_dir=repo.work / "c")
    bridge = UpdateBridge(settings, first_ms=10_000_000)
    told: list[str] = []
    bridge.sig_staged.connect(told.append)
    with qtbot.waitSignal(bridge.sig_pass_done, timeout=60_000) as done:
        bridge.check_now()
    assert done.args[0].error and told == []
    bridge.stop()


def test_without_settings_nothing_is_checked(qtbot) -> None:
    bridge = UpdateBridge(None, first_ms=0)
    bridge.check_now()
    assert not bridge.running
    bridge.stop()
