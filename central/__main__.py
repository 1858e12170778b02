"""`python -m central serve …` runs the service; `python -m central admin …` administers it."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
from pathlib import Path

from central import admin
from central import updates as central_updates
from central import auth, settings as central_settings
from central.app import default_storage
from central.db import make_engine, migrate
from central.notify import cli as notify_cli
from central.portal import cli as portal_cli


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m central", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--config", type=Path,
                       help="TOML configuration (default: $CENTRAL_CONFIG); docs/central.md")
    serve.add_argument("--db", help="database URL: sqlite:///central.db (default) or "
                                    "postgresql+psycopg://user:pass@host/db")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--workers", type=int)
    serve.add_argument("--storage", type=Path,
                       help="folder for uploaded scans, shared by every worker")
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--updates", type=Path,
                       help="serve this signed update repository at /updates (central.updates)")
    admin.add_parser(sub)
    notify_cli.add_parser(sub)
    portal_cli.add_parser(sub)
    central_updates.add_parser(sub)
    return parser


def _settings(args: argparse.Namespace) -> central_settings.Settings:
    flags = {"db_url": args.db}
    if args.command == "serve":
        flags.update(host=args.host, port=args.port, workers=args.workers, storage=args.storage)
    try:
        # `serve --config` and `admin --config` name the service's file; `notify send --config`
        # is the sender's own (central/notify/config.py): there $CENTRAL_CONFIG alone counts.
        file = args.config if args.command in ("serve", "admin") else None
        return central_settings.load(file, **flags)
    except central_settings.ConfigError as error:
        raise SystemExit(f"configuration refused:\n{error}") from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "updates":  # no database: signing happens where the keys are
        logging.basicConfig(level=logging.WARNING)
        return central_updates.run(args)
    level = logging.WARNING if args.command == "admin" else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        auth.check_hash_profile()
    except auth.UnsafeProfileError as error:
        raise SystemExit(str(error)) from None
    config = _settings(args)
    engine = make_engine(config.db_url, pool_size=1, max_overflow=1)
    migrate(engine)  # once here, before any worker starts
    if args.command == "admin":
        args.settings = config
        try:
            return admin.run(args, engine)
        finally:
            engine.dispose()
    if args.command == "notify":
        try:
            return notify_cli.run(args, engine)
        finally:
            engine.dispose()
    if args.command == "portal":
        try:
            return portal_cli.run(args, engine)
        finally:
            engine.dispose()
    engine.dispose()
    import uvicorn

    config = dataclasses.replace(config, storage=config.storage
                                 or str(default_storage(config.db_url)))
    os.environ[central_settings.ENV_SETTINGS] = config.to_json()  # read by every worker
    if args.updates:
        os.environ[central_updates.ENV_UPDATES] = str(args.updates)
    # proxy_headers=False: X-Forwarded-For is read by central.proxies, from trusted proxies only.
    uvicorn.run("central.app:create_app_from_env", factory=True, host=config.host,
                port=config.port, workers=config.workers, log_level=args.log_level,
                proxy_headers=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
