"""Where things live: the shipped resources and the per-user data folder (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "counter-app"


def resources_dir() -> Path:
    """resources/ of the source tree (or COUNTER_APP_RESOURCES, for a packaged install)."""
    override = os.environ.get("COUNTER_APP_RESOURCES")
    return Path(override) if override else Path(__file__).resolve().parents[1] / "resources"


def data_dir() -> Path:
    """The clerk's data folder: the SQLite store and the file store (COUNTER_APP_DATA overrides)."""
    override = os.environ.get("COUNTER_APP_DATA")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
