"""`python -m central admin …`: units, users, enrollment codes, reference data, progress, reports."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import IntegrityError

from counter_app.core.calendar_data import CalendarDataError
from counter_app.core.procedures import CatalogError
from counter_app.core.stats import FORM06_FIGURES
from counter_app.core.timeutil import parse_iso
from central import audit, auth, progress, reference, reports, retention, throttle
from central.app import default_storage
from central.db import connect, run_in_transaction
from central.errors import ApiError
from central.files import FileStore
from central.models import Device, DossierRow, Unit
from central.portal import cli as portal_cli
from central.sanitize import check_text, nfc_json
from central.tools import seed_province

ACTOR = "admin-cli"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _audit(conn: Connection, action: str, target: str, unit: str = "", detail: str = "") -> None:
    audit.record(conn, at=_now(), actor=ACTOR, role="admin", unit_code=unit, action=action,
                 target=target, detail=detail)


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Mật khẩu / password: ")
        if getpass.getpass("Nhập lại / again: ") != first:
            raise SystemExit("passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def add_parser(sub: Any) -> None:
    admin = sub.add_parser("admin", help="administration commands")
    admin.add_argument("--db", help="database URL (default: $CENTRAL_DB_URL or sqlite:///central.db)")
    admin.add_argument("--config", type=Path,
                       help="TOML configuration (default: $CENTRAL_CONFIG); docs/central.md")
    cmds = admin.add_subparsers(dest="admin_command", required=True)
    p = cmds.add_parser("create-unit", help="a receiving unit (its code prefixes dossier codes)")
    p.add_argument("code")
    p.add_argument("name")
    p = cmds.add_parser("create-user", help="a user; the password is read from standard input")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=auth.ROLES)
    p.add_argument("--unit", required=True)
    p.add_argument("--full-name", default="")
    p = cmds.add_parser("clear-login-waits",
                        help="let sources slowed down by wrong passwords try again now")
    p.add_argument("--device", help="only the logins from this device id")
    p = cmds.add_parser("enroll-code", help="print a one-time enrollment code for a counter PC")
    p.add_argument("--unit", required=True)
    p.add_argument("--counter", type=int, help="counter number (gives the dossier code lane)")
    p.add_argument("--ttl-hours", type=float, default=24 * 7)
    p = cmds.add_parser("revoke-device", help="the device token stops working")
    p.add_argument("device_id")
    p = cmds.add_parser("import-catalog", help="import a procedure catalog JSON file")
    p.add_argument("file", type=Path)
    p = cmds.add_parser("import-calendar", help="import one calendar year JSON file")
    p.add_argument("file", type=Path)
    p = cmds.add_parser("progress", help="what the back office does: move a dossier")
    p.add_argument("code")
    p.add_argument("status", type=int)
    p.add_argument("--at", help="ISO 8601 time (default now)")
    p.add_argument("--note", default="")
    p.add_argument("--new-appointment", help="ISO 8601: extension with apology (once)")
    p = cmds.add_parser("purge", help="delete what the retention policy no longer keeps "
                                      "(rejected events, old tokens, stale upload sessions)")
    p.add_argument("--dry-run", action="store_true", help="count only, change nothing")
    p = cmds.add_parser("report", help="reports")
    p.add_argument("kind", choices=["form06"])
    p.add_argument("--from", dest="date_from", required=True, type=date.fromisoformat)
    p.add_argument("--to", dest="date_to", required=True, type=date.fromisoformat)
    p.add_argument("--unit", help="unit code (default: the only unit)")
    p.add_argument("--json", action="store_true")
    seed_province.add_admin_parser(cmds)
    portal_cli.add_admin_parsers(cmds)


def run(args: argparse.Namespace, engine: Engine) -> int:
    """Run one admin command; prints its result; returns the exit status."""
    cmd = args.admin_command
    try:
        for key, value in vars(args).items():  # names and notes are stored: NFC, no NUL
            if isinstance(value, str):
                setattr(args, key, check_text(value))
        return _COMMANDS[cmd](args, engine)
    except ApiError as error:
        print(f"error: {error.code}: {error.message}", file=sys.stderr)
        return 1
    except IntegrityError:
        print("error: already exists, or refers to a unit that does not exist", file=sys.stderr)
        return 1
    except (CatalogError, CalendarDataError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _create_unit(args: argparse.Namespace, engine: Engine) -> int:
    def work(conn: Connection) -> None:
        auth.create_unit(conn, args.code, args.name, _now())
        _audit(conn, "unit.create", args.code, args.code)
    run_in_transaction(engine, work, attempts=1)
    print(f"unit {args.code} created")
    return 0


def _create_user(args: argparse.Namespace, engine: Engine) -> int:
    password = _read_password()
    if len(password) < 8:
        print("error: the password needs at least 8 characters", file=sys.stderr)
        return 1

    def work(conn: Connection) -> int:
        user_id = auth.create_user(conn, args.name, password, args.role, args.unit, _now(),
                                   args.full_name)
        _audit(conn, "user.create", args.name, args.unit, f"role={args.role}")
        return user_id
    run_in_transaction(engine, work, attempts=1)
    print(f"user {args.name} ({args.role}) created in unit {args.unit}")
    return 0


def _clear_login_waits(args: argparse.Namespace, engine: Engine) -> int:
    prefix = f"login:{args.device}:" if args.device else "login:"

    def work(conn: Connection) -> int:
        done = throttle.clear(conn, prefix)
        _audit(conn, "login.clear_waits", args.device or "all devices", detail=f"sources={done}")
        return done
    print(f"{run_in_transaction(engine, work)} login source(s) may try again")
    return 0


def _enroll_code(args: argparse.Namespace, engine: Engine) -> int:
    from datetime import timedelta

    def work(conn: Connection) -> str:
        if conn.execute(select(Unit.code).where(Unit.code == args.unit)).first() is None:
            raise ValueError(f"no unit {args.unit}")
        code = auth.create_enrollment_code(conn, args.unit, args.counter, _now(),
                                           timedelta(hours=args.ttl_hours))
        _audit(conn, "device.enrollment_code", f"counter {args.counter}", args.unit)
        return code
    print(run_in_transaction(engine, work, attempts=1))
    return 0


def _revoke_device(args: argparse.Namespace, engine: Engine) -> int:
    def work(conn: Connection) -> int:
        done = conn.execute(update(Device.__table__).where(Device.id == args.device_id)
                            .values(revoked_at=_now())).rowcount
        _audit(conn, "device.revoke", args.device_id)
        return int(done)
    if not run_in_transaction(engine, work):
        print(f"error: no device {args.device_id}", file=sys.stderr)
        return 1
    print(f"device {args.device_id} revoked")
    return 0


def _import_catalog(args: argparse.Namespace, engine: Engine) -> int:
    data = nfc_json(json.loads(args.file.read_text(encoding="utf-8")))

    def work(conn: Connection) -> tuple[str, int]:
        version, count = reference.import_catalog(conn, data, _now())
        _audit(conn, "catalog.import", version, detail=f"procedures={count}")
        return version, count
    version, count = run_in_transaction(engine, work, attempts=1)
    print(f"catalog {version} imported ({count} procedures)")
    return 0


def _import_calendar(args: argparse.Namespace, engine: Engine) -> int:
    data = nfc_json(json.loads(args.file.read_text(encoding="utf-8")))

    def work(conn: Connection) -> int:
        year = reference.import_calendar(conn, data, _now())
        _audit(conn, "calendar.import", str(year))
        return year
    print(f"calendar {run_in_transaction(engine, work, attempts=1)} imported")
    return 0


def _progress(args: argparse.Namespace, engine: Engine) -> int:
    at = parse_iso(args.at) if args.at else _now()
    new_at = parse_iso(args.new_appointment) if args.new_appointment else None

    def work(conn: Connection) -> dict[str, Any]:
        unit = conn.execute(select(DossierRow.unit_code).where(DossierRow.code == args.code)).scalar()
        if unit is None:
            raise ApiError(404, "not_found", f"no dossier {args.code}")
        return progress.record_progress(conn, unit_code=unit, actor=ACTOR, role="back_office",
                                        code=args.code, status=args.status, at=at,
                                        note=args.note, new_appointment_at=new_at, now=_now())
    state = run_in_transaction(engine, work, attempts=3)
    print(f"{args.code}: status {state['status']}, appointment {state['appointment_at']}")
    return 0


def _report(args: argparse.Namespace, engine: Engine) -> int:
    with connect(engine) as conn:
        unit = args.unit
        if unit is None:
            units = list(conn.execute(select(Unit.code)).scalars())
            if len(units) != 1:
                raise ValueError("several units: give --unit")
            unit = units[0]
        data = reports.form06_dict(conn, unit, args.date_from, args.date_to, _now())
    if args.json:
        print(json.dumps(data, ensure_ascii=False, default=str, indent=2))
        return 0
    print(f"Biểu 06 — {unit} — {args.date_from} .. {args.date_to}")
    names = ("field", *FORM06_FIGURES, "withdrawn")
    print("\t".join(names))
    for row in [*data["rows"], data["total"]]:
        print("\t".join(str(row[n]) for n in names))
    return 0


def _purge(args: argparse.Namespace, engine: Engine) -> int:
    config = args.settings
    store = FileStore(Path(config.storage) if config.storage else default_storage(config.db_url))
    with engine.connect() as conn:
        with conn.begin() as tx:
            done = retention.purge(conn, config.retention, store, _now())
            if args.dry_run:
                tx.rollback()
            else:
                _audit(conn, "retention.purge", "", detail=done.summary())
    if not args.dry_run:
        for part in done.part_files:  # after the commit: a rolled-back purge keeps its bytes
            part.unlink(missing_ok=True)
    print(("would purge: " if args.dry_run else "purged: ") + done.summary())
    return 0


_COMMANDS = {
    "create-unit": _create_unit, "create-user": _create_user, "clear-login-waits": _clear_login_waits,
    "enroll-code": _enroll_code, "revoke-device": _revoke_device,
    "import-catalog": _import_catalog, "import-calendar": _import_calendar,
    "progress": _progress, "report": _report, "purge": _purge, **portal_cli.ADMIN_COMMANDS,
}
_COMMANDS["seed-province"] = seed_province.run_admin
