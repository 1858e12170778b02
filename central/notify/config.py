"""The notification settings (a TOML file): quiet hours, retries, the SMS gateway, Zalo ZNS."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any

from central.notify.templates import KINDS

ZNS_URL = "https://business.openapi.zalo.me/message/template"


class ConfigError(ValueError):
    """The file cannot be used; the message names the key."""


@dataclass(frozen=True)
class SmsConfig:
    """A generic HTTP gateway: JSON POST {"to", "text", "ref"}; bearer token or basic auth."""

    url: str
    token: str = ""
    username: str = ""
    password: str = ""
    timeout_s: float = 10.0


@dataclass(frozen=True)
class ZaloConfig:
    """Zalo ZNS: the OA's access token (or a file an external job refreshes) and, per kind,
    the id of the template Zalo approved."""

    templates: dict[str, str]
    url: str = ZNS_URL
    access_token: str = ""
    access_token_file: str = ""
    timeout_s: float = 10.0
    # ZNS `error` codes worth retrying (token being refreshed, quota); others are final.
    retry_errors: tuple[int, ...] = (-124, -32)

    def token(self) -> str:
        if self.access_token_file:
            return Path(self.access_token_file).read_text(encoding="utf-8").strip()
        return self.access_token


@dataclass(frozen=True)
class NotifyConfig:
    quiet_start: time = time(21, 0)
    quiet_end: time = time(7, 0)
    max_attempts: int = 8
    backoff_s: float = 60.0
    backoff_max_s: float = 3600.0
    max_age_hours: float = 48.0  # older than this and not sent: expired, never sent late
    lease_s: float = 300.0  # a message being sent is retried after this if the sender died
    poll_s: float = 30.0
    sms: SmsConfig | None = None
    zalo: ZaloConfig | None = None


def _time(value: object, key: str) -> time:
    if not isinstance(value, str):
        raise ConfigError(f"{key}: expected \"HH:MM\"")
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{key}: {value!r} is not HH:MM") from None


def _number(data: dict[str, Any], key: str, default: float, low: float) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < low:
        raise ConfigError(f"{key}: a number ≥ {low}")
    return float(value)


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ConfigError(f"{where}.{key}: text")
    return value


def parse(data: dict[str, Any]) -> NotifyConfig:
    sms = zalo = None
    raw_sms = data.get("sms")
    if raw_sms is not None:
        if not isinstance(raw_sms, dict) or not _text(raw_sms, "url", "sms").startswith("http"):
            raise ConfigError("sms.url: the gateway's http(s) address")
        sms = SmsConfig(url=raw_sms["url"], token=_text(raw_sms, "token", "sms"),
                        username=_text(raw_sms, "username", "sms"),
                        password=_text(raw_sms, "password", "sms"),
                        timeout_s=_number(raw_sms, "timeout_seconds", 10.0, 0.1))
    raw_zalo = data.get("zalo")
    if raw_zalo is not None:
        if not isinstance(raw_zalo, dict):
            raise ConfigError("zalo: a table")
        templates = raw_zalo.get("templates", {})
        if not isinstance(templates, dict) or not all(
                k in KINDS and isinstance(v, (str, int)) for k, v in templates.items()):
            raise ConfigError(f"zalo.templates: template ids by kind ({', '.join(KINDS)})")
        if not _text(raw_zalo, "access_token", "zalo") and \
                not _text(raw_zalo, "access_token_file", "zalo"):
            raise ConfigError("zalo.access_token or zalo.access_token_file: required")
        retry = raw_zalo.get("retry_errors", [-124, -32])
        if not isinstance(retry, list) or not all(isinstance(c, int) for c in retry):
            raise ConfigError("zalo.retry_errors: a list of ZNS error codes")
        zalo = ZaloConfig(templates={k: str(v) for k, v in templates.items()},
                          url=_text(raw_zalo, "url", "zalo") or ZNS_URL,
                          access_token=raw_zalo.get("access_token", ""),
                          access_token_file=raw_zalo.get("access_token_file", ""),
                          timeout_s=_number(raw_zalo, "timeout_seconds", 10.0, 0.1),
                          retry_errors=tuple(retry))
    attempts = _number(data, "max_attempts", 8, 1)
    return NotifyConfig(
        quiet_start=_time(data.get("quiet_start", "21:00"), "quiet_start"),
        quiet_end=_time(data.get("quiet_end", "07:00"), "quiet_end"),
        max_attempts=int(attempts), backoff_s=_number(data, "backoff_seconds", 60, 0),
        backoff_max_s=_number(data, "backoff_max_seconds", 3600, 0),
        max_age_hours=_number(data, "max_age_hours", 48, 0),
        lease_s=_number(data, "lease_seconds", 300, 1),
        poll_s=_number(data, "poll_seconds", 30, 0.1), sms=sms, zalo=zalo)


def load(path: Path) -> NotifyConfig:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None
    section = data.get("notify", data)
    if not isinstance(section, dict):
        raise ConfigError("[notify]: a table")
    return parse(section)
