"""The counter's side of updates: check the central service's signed repository (TUF, via tufup),
download a newer version in the background (resumed, under the bandwidth cap), verify it and stage
it for the next start. Nothing here replaces the running program.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuf.api import exceptions
from tufup.client import Client

from counter_app.updates.fetcher import RateLimiter, ResumableFetcher
from counter_app.updates.layout import Layout

APP_NAME = "counter-app"


class UpdateError(RuntimeError):
    """The repository could not be reached or its signatures did not verify."""


@dataclass(frozen=True)
class UpdateConfig:
    base_url: str  # e.g. https://central.example/updates (metadata/ and targets/ below it)
    cache_dir: Path  # the counter's data folder: metadata, downloads, partial files
    trusted_root: Path  # root.json shipped with the install: the keys every update must carry
    bandwidth_bytes_per_s: int = 0
    timeout_s: float = 30.0
    prereleases: bool = False  # the "candidate" channel also takes release candidates


class UpdateClient:
    def __init__(self, config: UpdateConfig, layout: Layout, current_version: str,
                 cancel: threading.Event | None = None) -> None:
        self.config = config
        self.layout = layout
        self.current_version = current_version
        self.fetcher = ResumableFetcher(config.cache_dir / "partial",
                                        limiter=RateLimiter(config.bandwidth_bytes_per_s),
                                        timeout=config.timeout_s, cancel=cancel)
        self._client: Client | None = None
        self._found = ""

    def _tuf(self) -> Client:
        metadata = self.config.cache_dir / "metadata"
        targets = self.config.cache_dir / "targets"
        metadata.mkdir(parents=True, exist_ok=True)
        targets.mkdir(parents=True, exist_ok=True)
        if not (metadata / "root.json").exists():
            shutil.copyfile(self.config.trusted_root, metadata / "root.json")
        base = self.config.base_url.rstrip("/")
        client = Client(app_name=APP_NAME, app_install_dir=self.layout.root,
                        current_version=self.current_version, metadata_dir=metadata,
                        metadata_base_url=f"{base}/metadata/", target_dir=targets,
                        target_base_url=f"{base}/targets/",
                        extract_dir=self.config.cache_dir / "extract")
        client._fetcher = self.fetcher  # resume and the bandwidth cap for every download
        return client

    def check(self) -> str | None:
        """The newer version the repository offers, or None: nothing newer, or what it offers
        failed here before or is already staged for the next start."""
        self._client = self._tuf()
        try:
            found = self._client.check_for_updates(pre="rc" if self.config.prereleases else None)
        except (exceptions.RepositoryError, exceptions.DownloadError) as exc:
            raise UpdateError(f"không kiểm tra được bản cập nhật: {exc}") from exc
        if found is None:
            try:
                self._client._trusted_set.targets  # noqa: B018 (raises when refresh failed)
            except KeyError as exc:  # tufup logs and returns None: say it
                raise UpdateError("không kiểm tra được bản cập nhật (mạng hoặc chữ ký)") from exc
            return None
        version = str(found.version)
        state = self.layout.read()
        if version in state.failed or version == state.pending:  # failed here, or staged already
            return None
        self._found = version
        return version

    def download(self, progress: Callable[[int, int], None] | None = None) -> str | None:
        """Download, verify and stage the version `check` found; its version, or None."""
        client = self._client
        if client is None or not self._found or not client.updates_available:
            return None
        version = self._found
        staged: list[str] = []
        extract = self.config.cache_dir / "extract"
        if extract.exists():
            shutil.rmtree(extract)
        extract.mkdir(parents=True)

        def install(src_dir: Path, dst_dir: Path, **_: Any) -> None:
            if self.layout.stage(version, Path(src_dir)):
                staged.append(version)

        def hook(bytes_downloaded: int, bytes_expected: int) -> None:
            if progress is not None:
                progress(bytes_downloaded, bytes_expected)

        try:
            client.download_and_apply_update(skip_confirmation=True, install=install,
                                             progress_hook=hook)
        except exceptions.RepositoryError as exc:  # a length or hash that does not match
            raise UpdateError(f"bản cập nhật {version} không khớp chữ ký: {exc}") from exc
        except exceptions.DownloadError as exc:  # cut: what came is kept for the next try
            raise UpdateError(f"tải bản cập nhật {version} bị gián đoạn: {exc}") from exc
        return staged[0] if staged else None
