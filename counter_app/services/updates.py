"""Updates as the counter uses them: settings from the configuration, one check-and-stage pass.

The pass runs on its own thread (ui/update_bridge.py), never on the task runner's pool: under a
commune's bandwidth cap a download may take an hour. What it stages is used at the next start
(counter_app.updates.launch); nothing here touches the running program.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counter_app import __version__
from counter_app.config import Config
from counter_app.paths import resources_dir
from counter_app.services.context import ServiceContext

ROOT_FILE = "update-root.json"


@dataclass(frozen=True)
class UpdateSettings:
    url: str
    trusted_root: Path
    install_root: Path  # <data>/app: the versions the updater installed
    cache_dir: Path  # <data>/updates: metadata, archives, partial downloads
    bandwidth_bytes_per_s: int = 0
    prereleases: bool = False


@dataclass(frozen=True)
class UpdatePass:
    """What one pass found: the newer version, whether it is staged, or why it stopped."""

    available: str | None = None
    staged: bool = False
    error: str = ""


def settings_from(config: Config | None, data_folder: Path,
                  resources: Path) -> UpdateSettings | None:
    """None when updates are off: no `updates.url`, or no trusted root to check them against."""
    if config is None or not config.text("updates.url"):
        return None
    configured = config.text("updates.trusted_root")
    root = Path(configured) if configured else resources / ROOT_FILE
    if not root.is_file():
        return None
    kbps = config.integer("updates.bandwidth_kbps") or 0
    return UpdateSettings(url=config.text("updates.url"), trusted_root=root,
                          install_root=data_folder / "app", cache_dir=data_folder / "updates",
                          bandwidth_bytes_per_s=kbps * 1000 // 8,
                          prereleases=config.text("updates.channel") == "candidate")


def check_and_stage(settings: UpdateSettings, current_version: str = __version__,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: threading.Event | None = None) -> UpdatePass:
    """Check, and when a newer version is offered, download, verify and stage it."""
    # Loaded here, on the pass's own thread: TUF and its crypto stay out of the window's start.
    from counter_app.updates.client import UpdateClient, UpdateConfig, UpdateError
    from counter_app.updates.layout import Layout

    config = UpdateConfig(settings.url, settings.cache_dir, settings.trusted_root,
                          settings.bandwidth_bytes_per_s, prereleases=settings.prereleases)
    client = UpdateClient(config, Layout(settings.install_root), current_version, cancel)
    try:
        found = client.check()
        if found is None:
            return UpdatePass()
        staged = client.download(progress)
    except UpdateError as exc:
        return UpdatePass(error=str(exc))
    return UpdatePass(available=found, staged=staged == found)


def settings_for(ctx: ServiceContext) -> UpdateSettings | None:
    """The counter's update settings: its configuration, its data folder, the shipped root."""
    return settings_from(ctx.config, ctx.store.path.parent, resources_dir())
