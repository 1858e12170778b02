"""`python -m central notify send|status`: the sender loop and the outbox at a glance."""

from __future__ import annotations

import argparse
import logging
import os
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from central.db import connect
from central.models import NotificationRow
from central.notify.config import ConfigError, NotifyConfig, load
from central.notify.sender import send_due

ENV_CONFIG = "CENTRAL_NOTIFY_CONFIG"
log = logging.getLogger(__name__)


def add_parser(sub: Any) -> None:
    notify = sub.add_parser("notify", help="citizen notifications (SMS / Zalo ZNS)")
    notify.add_argument("--db", help="database URL (default: $CENTRAL_DB_URL or sqlite:///central.db)")
    cmds = notify.add_subparsers(dest="notify_command", required=True)
    send = cmds.add_parser("send", help="send due messages (a loop; --once for one pass)")
    send.add_argument("--config", type=Path,
                      help=f"notification settings (TOML; default ${ENV_CONFIG})")
    send.add_argument("--once", action="store_true", help="one pass, then exit")
    send.add_argument("--limit", type=int, default=100, help="messages per pass")
    cmds.add_parser("status", help="messages by kind, channel and delivery status")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def run_loop(engine: Engine, config: NotifyConfig, stop: threading.Event, limit: int = 100,
             clock: Callable[[], datetime] = _now) -> None:
    """Pass after pass until `stop` is set (a pass error is logged, the loop goes on)."""
    while not stop.is_set():
        try:
            report = send_due(engine, config, clock(), limit=limit)
        except Exception:  # the database or a provider misbehaved: try again next pass
            log.exception("notification pass failed")
            stop.wait(config.poll_s)
            continue
        if report.sent + report.retried + report.failed < limit:
            stop.wait(config.poll_s)


def status_lines(engine: Engine) -> list[str]:
    table = NotificationRow.__table__
    with connect(engine) as conn:
        rows = conn.execute(select(table.c.kind, table.c.channel, table.c.status,
                                   func.count()).group_by(table.c.kind, table.c.channel,
                                                          table.c.status)
                            .order_by(table.c.kind, table.c.channel, table.c.status)).all()
    return [f"{kind}\t{channel}\t{status}\t{count}" for kind, channel, status, count in rows]


def run(args: argparse.Namespace, engine: Engine) -> int:
    if args.notify_command == "status":
        print("\n".join(["kind\tchannel\tstatus\tcount", *status_lines(engine)]))
        return 0
    path = args.config or (Path(os.environ[ENV_CONFIG]) if os.environ.get(ENV_CONFIG) else None)
    if path is None:
        print(f"notify send: --config FILE or ${ENV_CONFIG} is required")
        return 2
    try:
        config = load(path)
    except ConfigError as error:
        print(f"notify send: {error}")
        return 2
    if args.once:
        report = send_due(engine, config, _now(), limit=args.limit)
        print(f"sent={report.sent} retried={report.retried} failed={report.failed} "
              f"expired={report.expired}"
              + (f" held_until={report.held_until.isoformat()}" if report.held_until else ""))
        return 0
    stop = threading.Event()
    try:
        run_loop(engine, config, stop, args.limit)
    except KeyboardInterrupt:
        stop.set()
    return 0
