"""The central service's configuration: defaults, a TOML file, `CENTRAL_*` environment, flags.

Every worker process reads the same resolved settings (the parent passes them as JSON in
`CENTRAL_SETTINGS`), so nothing a worker decides depends on its own environment. See
docs/central.md, "Configuration".
"""

from __future__ import annotations

import ipaddress
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ENV_CONFIG = "CENTRAL_CONFIG"        # path of the TOML file
ENV_SETTINGS = "CENTRAL_SETTINGS"    # resolved settings handed to worker processes (JSON)
ENV_DB = "CENTRAL_DB_URL"            # kept: older name of database.url
ENV_STORAGE = "CENTRAL_STORAGE"      # kept: older name of server.storage
DEFAULT_DB = "sqlite:///central.db"
MIB = 1024 * 1024

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class ConfigError(ValueError):
    """Every problem of a configuration at once, each with its key."""


@dataclass(frozen=True)
class Retention:
    """How long what is not the record is kept (`python -m central admin purge`)."""

    rejected_events_days: int = 180
    expired_tokens_days: int = 30
    upload_sessions_days: int = 7


@dataclass(frozen=True)
class Settings:
    db_url: str = DEFAULT_DB
    storage: str = ""                  # "" → next to a SQLite file, else ./central-files
    host: str = "127.0.0.1"
    port: int = 8765
    workers: int = 1
    pool_size: int = 5                 # connections per worker process (PostgreSQL)
    max_overflow: int = 10
    trusted_proxies: tuple[str, ...] = ()  # addresses or networks whose X-Forwarded-For counts
    max_body_bytes: int = 32 * MIB
    uploads_per_unit: int = 8          # scan chunks of one unit being stored at once
    upload_retry_after_s: int = 5
    retention: Retention = field(default_factory=Retention)

    def proxy_networks(self) -> tuple[Network, ...]:
        return tuple(ipaddress.ip_network(p, strict=False) for p in self.trusted_proxies)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Settings:
        data = json.loads(text)
        data["trusted_proxies"] = tuple(data["trusted_proxies"])
        data["retention"] = Retention(**data["retention"])
        return cls(**data)


# (section, key) in the file → attribute; the environment's name is CENTRAL_<SECTION>_<KEY>.
_KEYS: dict[tuple[str, str], str] = {
    ("database", "url"): "db_url",
    ("database", "pool_size"): "pool_size",
    ("database", "max_overflow"): "max_overflow",
    ("server", "host"): "host",
    ("server", "port"): "port",
    ("server", "workers"): "workers",
    ("server", "storage"): "storage",
    ("server", "trusted_proxies"): "trusted_proxies",
    ("limits", "max_body_mib"): "max_body_bytes",
    ("limits", "uploads_per_unit"): "uploads_per_unit",
    ("limits", "upload_retry_after_s"): "upload_retry_after_s",
    ("retention", "rejected_events_days"): "rejected_events_days",
    ("retention", "expired_tokens_days"): "expired_tokens_days",
    ("retention", "upload_sessions_days"): "upload_sessions_days",
}
_MINIMUM = {"pool_size": 1, "max_overflow": 0, "port": 1, "workers": 1, "max_body_bytes": 1,
            "uploads_per_unit": 1, "upload_retry_after_s": 1, "rejected_events_days": 1,
            "expired_tokens_days": 1, "upload_sessions_days": 1}


def _convert(name: str, value: Any, from_env: bool) -> Any:
    if name in ("db_url", "host", "storage"):
        if not isinstance(value, str):
            raise ValueError("must be text")
        return value
    if name == "trusted_proxies":
        items = [v.strip() for v in value.split(",") if v.strip()] if from_env and \
            isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise ValueError("must be a list of addresses or networks")
        for item in items:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} is not an address or network") from None
        return tuple(items)
    if from_env and isinstance(value, str):
        value = int(value) if value.strip().isdigit() else value
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("must be a whole number")
    if value < _MINIMUM.get(name, 0):
        raise ValueError(f"must be at least {_MINIMUM.get(name, 0)}")
    return value * MIB if name == "max_body_bytes" else value


def load(path: Path | None = None, env: Mapping[str, str] | None = None,
         **flags: Any) -> Settings:
    """Defaults ← the TOML file (`path` or $CENTRAL_CONFIG) ← the environment ← `flags`
    (command-line values; None means not given). ConfigError lists every problem."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    problems: list[str] = []
    path = path or (Path(env[ENV_CONFIG]) if env.get(ENV_CONFIG) else None)
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: {error}") from None
        for section, table in data.items():
            if not isinstance(table, dict):
                problems.append(f"{path}: {section}: must be a [section]")
                continue
            for key, value in table.items():
                name = _KEYS.get((section, key))
                if name is None:
                    problems.append(f"{path}: {section}.{key}: unknown setting")
                    continue
                try:
                    values[name] = _convert(name, value, from_env=False)
                except ValueError as error:
                    problems.append(f"{path}: {section}.{key}: {error}")
    for (section, key), name in _KEYS.items():
        var = f"CENTRAL_{section.upper()}_{key.upper()}"
        if var in env:
            try:
                values[name] = _convert(name, env[var], from_env=True)
            except ValueError as error:
                problems.append(f"${var}: {error}")
    for var, name in ((ENV_DB, "db_url"), (ENV_STORAGE, "storage")):
        if env.get(var) and not any(f"CENTRAL_{s.upper()}_{k.upper()}" in env
                                    for (s, k), n in _KEYS.items() if n == name):
            values[name] = env[var]
    for name, value in flags.items():
        if value is not None:
            values[name] = str(value) if isinstance(value, Path) else value
    if problems:
        raise ConfigError("\n".join(problems))
    retention_names = {f.name for f in fields(Retention)}
    retention = Retention(**{k: v for k, v in values.items() if k in retention_names})
    return replace(Settings(retention=retention),
                   **{k: v for k, v in values.items() if k not in retention_names})


def from_env(env: Mapping[str, str] | None = None) -> Settings:
    """What a worker process runs with: the parent's resolved settings, else `load()`."""
    env = os.environ if env is None else env
    text = env.get(ENV_SETTINGS)
    return Settings.from_json(text) if text else load(env=env)
