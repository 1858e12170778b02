"""python -m tests.load [--counters 100] [--scale 0.01] [--workers 2]: the province load test
on a throwaway PostgreSQL cluster, seeded, served on loopback; prints the report (and --json)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("CENTRAL_ARGON2_PROFILE", "CHEAPEST")  # before central.auth: cheap logins
os.environ["CENTRAL_TESTING"] = "1"  # the cheap profile is refused otherwise (central.auth)

from central.db import make_engine  # noqa: E402
from central.tools.province import Shape  # noqa: E402
from central.tools.seed_province import SEED_PASSWORD, seed_province  # noqa: E402
from tests.central.conftest import PostgresCluster, _pg_bindir  # noqa: E402
from tests.central.server import Server  # noqa: E402
from tests.load.generator import Plan  # noqa: E402
from tests.load.province import LoadReport, run  # noqa: E402


def province_run(cluster: PostgresCluster, folder: Path, plan: Plan, shape: Shape,
                 workers: int, jobs: int = 2) -> LoadReport:
    """Seed a fresh database of `cluster`, serve it with `workers`, run the plan."""
    db_url = cluster.new_database()
    seed_province(db_url, shape, SEED_PASSWORD, jobs=jobs)
    engine = make_engine(db_url)
    try:
        with Server(db_url, folder, workers=workers) as server:
            return run(server.url, engine, plan, SEED_PASSWORD)
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.load", description=__doc__)
    p.add_argument("--counters", type=int, default=1000)
    p.add_argument("--scale", type=float, default=0.01, help="share of 3 years' dossiers seeded")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--morning", type=float, default=60.0, help="seconds of steady morning")
    p.add_argument("--backlog", type=int, default=40, help="dossiers a counter drains in the storm")
    p.add_argument("--json", type=Path, help="also write the report here")
    args = p.parse_args(argv)
    bindir = _pg_bindir()
    if bindir is None:
        print("PostgreSQL server binaries not found (installer/sysdeps.sh installs them)")
        return 2
    cluster = PostgresCluster(bindir)
    cluster.start()
    try:
        with tempfile.TemporaryDirectory(prefix="load-") as folder:
            report = province_run(cluster, Path(folder),
                                  Plan(counters=args.counters, morning_s=args.morning,
                                       backlog_dossiers=args.backlog),
                                  Shape(scale=args.scale), args.workers)
    finally:
        cluster.stop()
    print(report.text())
    if args.json:
        args.json.write_text(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    return 0 if not report.errors and not report.not_exactly_once else 1


if __name__ == "__main__":
    sys.exit(main())
