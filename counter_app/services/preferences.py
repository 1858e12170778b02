"""The counter's own choices: language, idle lock, favourite procedures, slip printer, scanner port."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from sqlalchemy import func, select

from counter_app.core.messages import msg
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.storage import settings
from counter_app.storage.models import DossierRow

LANGUAGES = ("vi", "en")
SCANNER_BAUD_RATES = (9600, 19200, 38400, 57600, 115200)


@dataclass(frozen=True)
class Preferences:
    language: str = "vi"
    idle_lock_minutes: int = 10
    favourites: tuple[str, ...] = ()  # procedure codes the counter pins first
    slip_printer: str = ""  # empty: the system's default printer
    slip_layout: str = "a4_two_copies"  # a4_two_copies | a5 | thermal80
    print_without_dialog: bool = True
    # A 2D scanner in virtual COM port (USB CDC) mode; off: the scanner types as a keyboard.
    scanner_serial: bool = False
    scanner_port: str = ""  # COM3, ttyACM0 …
    scanner_baud: int = 9600
    extra: dict[str, str] = field(default_factory=dict)


def configured_defaults(ctx: ServiceContext) -> Preferences:
    """What a counter starts with before the clerk saves a choice: the configuration's defaults."""
    config = ctx.config
    if config is None:
        return Preferences()
    return Preferences(language=config.text("ui.language"),
                       slip_layout=config.text("printing.slip_layout"),
                       slip_printer=config.text("printing.slip_printer"))


def load(ctx: ServiceContext, defaults: Preferences | None = None) -> Preferences:
    with ctx.store.reading() as session:
        raw = settings.get(session, "preferences")
    if raw is None:
        return defaults or Preferences()
    data = json.loads(raw)
    known = {f.name for f in fields(Preferences)}
    data = {k: v for k, v in data.items() if k in known}
    if "favourites" in data:
        data["favourites"] = tuple(data["favourites"])
    return Preferences(**data)


def save(ctx: ServiceContext, prefs: Preferences) -> None:
    if prefs.language not in LANGUAGES:
        raise ServiceError("language", "choice", msg("prefs.language"))
    if not 1 <= prefs.idle_lock_minutes <= 240:
        raise ServiceError("idle_lock_minutes", "range", msg("prefs.idle_lock"))
    if prefs.scanner_serial and not prefs.scanner_port.strip():
        raise ServiceError("scanner_port", "required", msg("prefs.scanner_port"))
    if prefs.scanner_baud not in SCANNER_BAUD_RATES:
        raise ServiceError("scanner_baud", "choice",
                           msg("prefs.scanner_baud", choices=tuple(SCANNER_BAUD_RATES)))
    unknown = [c for c in prefs.favourites if c not in ctx.catalog]
    if unknown:
        raise ServiceError("favourites", "unknown",
                           msg("prefs.unknown_procedures", codes=tuple(unknown)))

    with ctx.store.transaction() as session:
        settings.put(session, "preferences", json.dumps(asdict(prefs), ensure_ascii=False))


def usage_counts(ctx: ServiceContext, limit: int = 20000) -> dict[str, int]:
    """How often each procedure was received lately at this counter (the newest `limit` dossiers)."""
    with ctx.store.reading() as session:
        recent = select(DossierRow.procedure_code).order_by(DossierRow.id.desc()).limit(limit)
        sub = recent.subquery()
        rows = session.execute(select(sub.c.procedure_code, func.count())
                               .group_by(sub.c.procedure_code))
        return {code: int(n) for code, n in rows}


def ordered_procedures(ctx: ServiceContext, prefs: Preferences,
                       usage: dict[str, int]) -> list[str]:
    """Procedure codes in picker order: favourites as pinned, then most used, then by code."""
    pinned = [c for c in prefs.favourites if c in ctx.catalog]
    rest = sorted((p.code for p in ctx.catalog.procedures if p.code not in pinned),
                  key=lambda c: (-usage.get(c, 0), c))
    return pinned + rest
