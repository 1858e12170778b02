"""The counter's configuration file (TOML, layered, validated) and its masked, rotating log file."""

from __future__ import annotations

from counter_app.config.loader import Config as Config
from counter_app.config.loader import ConfigError as ConfigError
from counter_app.config.loader import Problem as Problem
from counter_app.config.loader import load as load
