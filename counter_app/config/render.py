"""`counter-app config show`: the effective settings, where each came from, secrets masked."""

from __future__ import annotations

import json

from counter_app.config.loader import Config
from counter_app.config.schema import KEYS

MASK = "********"


def shown_value(config: Config, dotted: str) -> str:
    """The value as TOML would write it; a secret is only said to be set or not."""
    key = next(k for k in KEYS if k.dotted == dotted)
    value = config.values[dotted]
    if value is None or value == "" and key.secret:
        return "(chưa đặt)"
    if key.secret:
        return f'"{MASK}"'
    return str(value) if isinstance(value, int) else json.dumps(value, ensure_ascii=False)


def effective(config: Config) -> list[tuple[str, str, str]]:
    """(key, shown value, origin) for every key, secrets masked."""
    return [(k.dotted, shown_value(config, k.dotted), config.origins[k.dotted]) for k in KEYS]


def show(config: Config) -> str:
    lines = ["# Cấu hình đang dùng (khóa = giá trị  # nguồn)"]
    for path, there in config.files:
        lines.append(f"# tệp {path}: {'đã đọc' if there else 'không có'}")
    rows = effective(config)
    if config.path("log.dir") is None:  # unset: the log file is in the data folder
        rows = [(k, json.dumps(str(config.log_dir), ensure_ascii=False), f"{o} (= data.dir)")
                if k == "log.dir" else (k, v, o) for k, v, o in rows]
    width = max(len(f"{k} = {v}") for k, v, _ in rows)
    lines += [f"{f'{k} = {v}':<{width}}  # {origin}" for k, v, origin in rows]
    return "\n".join(lines)
