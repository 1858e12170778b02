"""`python -m central portal push|reconcile` and `python -m central admin portal-backlog|portal-resend`."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from datetime import timedelta
from typing import Any, Callable

from sqlalchemy import Engine

from central import audit
from central.db import connect, run_in_transaction
from central.portal import backlog, reconcile
from central.portal.client import PortalClient, PortalConfig
from central.portal.pusher import AlreadyRunning, Policy, push_once, run_loop, utc_now

log = logging.getLogger(__name__)


def _portal_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", help="the adapter's base URL ($CENTRAL_PORTAL_URL)")
    p.add_argument("--username", help="$CENTRAL_PORTAL_USERNAME (password: "
                                      "$CENTRAL_PORTAL_PASSWORD or _PASSWORD_FILE)")
    p.add_argument("--madonvi", help="our unit code at the portal ($CENTRAL_PORTAL_MADONVI)")


def add_parser(sub: Any) -> None:
    """The `portal` command: push (a loop, or --once) and reconcile."""
    portal = sub.add_parser("portal", help="the national public service portal adapter")
    portal.add_argument("--db", help="database URL (default: $CENTRAL_DB_URL or sqlite:///central.db)")
    cmds = portal.add_subparsers(dest="portal_command", required=True)
    p = cmds.add_parser("push", help="send the outbox to the portal (runs until stopped)")
    _portal_args(p)
    p.add_argument("--once", action="store_true", help="one pass, then exit (0: nothing failed)")
    p.add_argument("--poll", type=float, default=1.0, help="seconds between passes when idle")
    p.add_argument("--max-business-errors", type=int, default=5)
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--reconcile-every", type=float, default=86400.0, help="seconds (a day)")
    p = cmds.add_parser("reconcile", help="compare the portal (TraCuuHoSo) with what we sent")
    _portal_args(p)
    p.add_argument("--days", type=float, default=2.0, help="dossiers sent to in these days")
    p.add_argument("--repair", action="store_true", help="queue a resync of each drifted dossier")


def add_admin_parsers(cmds: Any) -> None:
    p = cmds.add_parser("portal-backlog", help="what the national portal is still owed")
    p.add_argument("--json", action="store_true")
    p = cmds.add_parser("portal-resend", help="put set-aside portal records back in line")
    p.add_argument("ids", nargs="*", type=int, help="outbox record ids (see portal-backlog)")
    p.add_argument("--all-poison", action="store_true", help="every set-aside record")


def _client(args: argparse.Namespace) -> PortalClient:
    return PortalClient(PortalConfig.from_env(url=args.url, username=args.username,
                                              madonvi=args.madonvi))


def run(args: argparse.Namespace, engine: Engine) -> int:
    if args.portal_command == "reconcile":
        now = utc_now()
        drift = reconcile.reconcile(engine, _client(args), since=now - timedelta(days=args.days),
                                    now=now, repair=args.repair)
        for item in drift:
            print(item.describe())
        print(f"{len(drift)} dossier(s) drifted")
        return 1 if drift else 0
    policy = Policy(max_business_errors=args.max_business_errors, concurrency=args.concurrency)
    client = _client(args)
    if args.once:
        report = push_once(engine, client, Policy(args.max_business_errors, concurrency=1))
        print(f"{report.sent} sent, {report.retried} to retry, {report.poisoned} set aside")
        return 0 if not (report.retried or report.poisoned) else 1
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        run_loop(engine, client, policy, poll_s=args.poll,
                 reconcile_every_s=args.reconcile_every, stop=stop)
    except KeyboardInterrupt:
        pass
    except AlreadyRunning as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _backlog(args: argparse.Namespace, engine: Engine) -> int:
    with connect(engine) as conn:
        data = backlog.backlog(conn, utc_now())
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return 0
    age = "-" if data["oldest_age_s"] is None else f"{data['oldest_age_s']:.0f} s"
    print(f"pending {data['pending']} (waiting behind an earlier record: {data['blocked']}), "
          f"set aside {data['poison']}, oldest {age}")
    for r in data["records"]:
        print(f"#{r['id']} {r['state']} {r['service']} {r['dossier_code']} attempts "
              f"{r['attempts']} business errors {r['business_errors']}: {r['last_error']}")
    return 0


def _resend(args: argparse.Namespace, engine: Engine) -> int:
    if not args.ids and not args.all_poison:
        raise ValueError("give record ids or --all-poison")
    now = utc_now()

    def work(conn: Any) -> list[int]:
        done = backlog.resend(conn, args.ids, args.all_poison, now)
        audit.record(conn, at=now, actor="admin-cli", role="admin", unit_code="",
                     action="portal.resend",
                     target=",".join(map(str, done))[:500], detail=f"records={len(done)}")
        return done
    done = run_in_transaction(engine, work)
    print(f"{len(done)} record(s) back in line" + (f": {done}" if done else ""))
    return 0 if done or args.all_poison else 1


ADMIN_COMMANDS: dict[str, Callable[[argparse.Namespace, Engine], int]] = {
    "portal-backlog": _backlog, "portal-resend": _resend,
}
