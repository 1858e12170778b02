"""End to end on loopback: version N finds N+1 on the central service, downloads it (resumed after a
cut, a patch once an archive is held), stages it, switches at the next start; a broken N+2 is rolled
back and never tried again; a tampered archive is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.updates.client import UpdateClient, UpdateConfig, UpdateError
from counter_app.updates.layout import Layout
from tests.faults.proxy import FaultProxy
from tests.updates.conftest import Repo, make_bundle


def counter(repo: Repo, version: str, base_url: str | None = None) -> tuple[Layout, UpdateClient]:
    layout = Layout(repo.work / "install")
    if not layout.read().current:
        layout.install_first(version, make_bundle(repo.work / "installer", version))
    config = UpdateConfig(base_url=base_url or repo.url, cache_dir=repo.work / "cache",
                          trusted_root=repo.root_json)
    return layout, UpdateClient(config, layout, layout.read().current)


def test_n_updates_to_n_plus_1_at_the_next_start_and_a_broken_n_plus_2_is_rolled_back(
        repo: Repo) -> None:
    repo.publish("1.0.0")
    layout, client = counter(repo, "1.0.0")
    assert client.check() is None  # nothing newer than what runs

    repo.publish("1.0.1")
    layout, client = counter(repo, "1.0.0")
    assert client.check() == "1.0.1"
    seen: list[tuple[int, int]] = []
    assert client.download(lambda got, total: seen.append((got, total))) == "1.0.1"
    assert seen and seen[-1][0] == seen[-1][1] > 0  # progress reached the whole size
    # Staged only: the running version is untouched until the next start.
    assert layout.read().current == "1.0.0" and layout.read().pending == "1.0.1"

    started = layout.start()
    assert started.outcome == "updated" and started.version == "1.0.1"
    assert (started.folder / "VERSION").read_text() == "1.0.1"
    assert layout.read().previous == "1.0.0"

    archive = (repo.repo / "targets" / "counter-app-1.0.2.tar.gz")
    repo.publish("1.0.2", smoke_exit=3)
    layout, client = counter(repo, "1.0.1")
    assert client.check() == "1.0.2"
    assert client.download() == "1.0.2"
    # It held 1.0.1's archive, so it fetched the binary patch, not the whole archive.
    assert 0 < client.fetcher.fetched_bytes < archive.stat().st_size / 4

    started = layout.start()
    assert started.outcome == "rolled_back" and started.version == "1.0.1"
    assert "1.0.2" in started.detail and "exit 3" in started.detail
    assert (started.folder / "VERSION").read_text() == "1.0.1"
    assert not layout.folder("1.0.2").exists()
    _, client = counter(repo, "1.0.1")
    assert client.check() is None  # a version that failed here is not downloaded again


def test_a_cut_download_resumes_where_it_stopped(repo: Repo) -> None:
    repo.publish("2.0.0")
    proxy = FaultProxy("127.0.0.1", int(repo.url.split(":")[2].split("/")[0]))
    proxy.start()
    try:
        base = f"{proxy.url}/updates"
        layout, client = counter(repo, "1.9.0", base_url=base)
        assert client.check() == "2.0.0"
        proxy.set_body_cut("down", after_bytes=600_000, next_n=1)
        with pytest.raises(UpdateError, match="gián đoạn"):
            client.download()
        assert layout.read().pending == ""
        held = sum(p.stat().st_size for p in (repo.work / "cache" / "partial").glob("*.part"))
        assert held >= 300_000

        _, client = counter(repo, "1.9.0", base_url=base)
        assert client.check() == "2.0.0"
        assert client.download() == "2.0.0"
        archive = repo.repo / "targets" / "counter-app-2.0.0.tar.gz"
        assert client.fetcher.resumed_bytes == held
        fetched = client.fetcher.fetched_by_url[f"{base}/targets/{archive.name}"]
        assert fetched == archive.stat().st_size - held
        assert layout.start().version == "2.0.0"
    finally:
        proxy.stop()


def test_a_tampered_archive_is_refused_and_nothing_is_staged(repo: Repo) -> None:
    repo.publish("3.0.0")
    archive = repo.repo / "targets" / "counter-app-3.0.0.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    layout, client = counter(repo, "2.9.0")
    assert client.check() == "3.0.0"
    with pytest.raises(UpdateError, match="chữ ký"):
        client.download()
    assert layout.read().pending == ""
    assert layout.start().version == "2.9.0"


def test_a_repository_signed_by_other_keys_is_not_trusted(repo: Repo, tmp_path: Path) -> None:
    from central import updates

    repo.publish("4.0.0")
    other = updates.init(tmp_path / "other-repo", tmp_path / "other-keys")
    layout = Layout(tmp_path / "install-other")
    layout.install_first("3.9.0", make_bundle(tmp_path / "b", "3.9.0"))
    config = UpdateConfig(base_url=repo.url, cache_dir=tmp_path / "cache-other", trusted_root=other)
    with pytest.raises(UpdateError):
        UpdateClient(config, layout, "3.9.0").check()
    assert layout.read().pending == ""
