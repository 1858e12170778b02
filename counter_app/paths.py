"""Where things live: the shipped resources, the install folder, the configuration files, the data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "counter-app"
WINDOWS_APP_NAME = "CounterApp"  # %PROGRAMDATA%\CounterApp, as the Windows installer writes it
CONFIG_NAME = "config.toml"


def resources_dir() -> Path:
    """resources/ of the source tree (or COUNTER_APP_RESOURCES, for a packaged install)."""
    override = os.environ.get("COUNTER_APP_RESOURCES")
    return Path(override) if override else Path(__file__).resolve().parents[1] / "resources"


def data_dir() -> Path:
    """The default data folder (per user): the store and the file store; data.dir overrides it.

    COUNTER_APP_DATA (older) and COUNTER_APP_DATA_DIR override it too; the configuration
    (counter_app.config) reads them, this stays for the tools that do not load it.
    """
    override = os.environ.get("COUNTER_APP_DATA_DIR") or os.environ.get("COUNTER_APP_DATA")
    return Path(override) if override else default_data_dir()


def default_data_dir() -> Path:
    """The per-user data folder of the platform (what data.dir is when nothing sets it)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def install_dir() -> Path:
    """The folder the app runs from: the frozen build's folder, or the installed package.

    Nothing is ever written there (an update replaces it, an uninstall removes it).
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent


def config_files() -> list[Path]:
    """Machine-wide first, then per user (the later one wins, key by key)."""
    if sys.platform == "win32":
        machine = Path(platformdirs.site_config_dir(WINDOWS_APP_NAME, appauthor=False))
    elif sys.platform == "darwin":
        machine = Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))
    else:
        machine = Path("/etc") / APP_NAME  # what the .deb ships, not XDG's /etc/xdg
    user = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return [machine / CONFIG_NAME, user / CONFIG_NAME]
