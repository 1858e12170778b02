"""`python -m central serve …` runs the service; `python -m central admin …` administers it."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from central import admin
from central import updates as central_updates
from central.app import DEFAULT_DB, ENV_DB, ENV_STORAGE, default_storage
from central.db import make_engine, migrate
from central.notify import cli as notify_cli
from central.portal import cli as portal_cli


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m central", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--db", help="database URL: sqlite:///central.db (default) or "
                                    "postgresql+psycopg://user:pass@host/db")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--storage", type=Path, help="folder for uploaded scans")
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--updates", type=Path,
                       help="serve this signed update repository at /updates (central.updates)")
    admin.add_parser(sub)
    notify_cli.add_parser(sub)
    portal_cli.add_parser(sub)
    central_updates.add_parser(sub)
    return parser


def _db_url(value: str | None) -> str:
    return value or os.environ.get(ENV_DB) or DEFAULT_DB


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "updates":  # no database: signing happens where the keys are
        logging.basicConfig(level=logging.WARNING)
        return central_updates.run(args)
    level = logging.WARNING if args.command == "admin" else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    db_url = _db_url(args.db)
    engine = make_engine(db_url)
    migrate(engine)  # once here, before any worker starts
    if args.command == "admin":
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

    os.environ[ENV_DB] = db_url
    os.environ[ENV_STORAGE] = str(args.storage or default_storage(db_url))
    if args.updates:
        os.environ[central_updates.ENV_UPDATES] = str(args.updates)
    uvicorn.run("central.app:create_app_from_env", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level=args.log_level, proxy_headers=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
