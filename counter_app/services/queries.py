"""Read-only use cases: open a dossier by code, search, duplicate check, outbox and queue counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from counter_app.core.codes import CodeError, code_from_scan, expand_code
from counter_app.core.dossier import Dossier
from counter_app.services.context import ServiceContext
from counter_app.storage import dossiers, outbox, queues
from counter_app.storage.dossiers import DossierSummary as DossierSummary  # the UI's row type


def find_by_code(ctx: ServiceContext, code: str) -> Dossier | None:
    """The dossier with this code (as typed or read from the slip's barcode, whose thermal
    form drops the hyphens), or None."""
    try:
        code = code_from_scan(code)
    except CodeError:
        pass  # not a well-formed code: looked up as typed, and not found
    with ctx.store.reading() as session:
        return dossiers.get(session, code)


@dataclass(frozen=True)
class CodeLookup:
    """What a typed or scanned code was read as (the whole code), and the dossier if there is one."""

    code: str
    dossier: Dossier | None


def lookup_code(ctx: ServiceContext, text: str) -> CodeLookup:
    """Open by the code as the clerk gave it: whole, the slip barcode's compact form,
    ``yyMMdd-NNNN`` or today's ``NNNN``.

    The short forms are this unit's codes. Raises ``CodeError`` (a Vietnamese message) when the
    text is no form of a dossier code.
    """
    try:
        code = expand_code(text, ctx.device.unit_code, ctx.now().date())
    except CodeError as typed:
        try:
            code = code_from_scan(text)  # the thermal slip's barcode, scanned into the field
        except CodeError:
            raise typed from None  # the message names the forms a clerk types
    with ctx.store.reading() as session:
        return CodeLookup(code, dossiers.get(session, code))


def search(ctx: ServiceContext, query: str, limit: int = 50) -> list[DossierSummary]:
    """Code (or its start), ID number, phone, or applicant name without diacritics; newest first."""
    with ctx.store.reading() as session:
        return queues.search(session, query, limit)


@dataclass(frozen=True)
class Duplicates:
    """What the intake form warns about for one person and one procedure (never a refusal)."""

    open_codes: tuple[str, ...] = ()  # dossiers still being resolved
    today: tuple[tuple[str, datetime], ...] = ()  # (code, filed at) filed today at this unit


def duplicates(ctx: ServiceContext, id_number: str, procedure_code: str) -> Duplicates:
    """Open dossiers of the same person and procedure, and those filed today at this unit."""
    day = ctx.now().date()
    start = datetime.combine(day, time(), tzinfo=ctx.now().tzinfo)
    id_number = id_number.strip()
    with ctx.store.reading() as session:
        return Duplicates(
            tuple(dossiers.open_for_applicant(session, id_number, procedure_code)),
            tuple(dossiers.filed_between(session, id_number, procedure_code,
                                         ctx.device.unit_code, start, start + timedelta(days=1))))


def outbox_counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.store.reading() as session:
        return outbox.counts(session)


def search_page(ctx: ServiceContext, quick: str = "all", query: str = "",
                after_id: int | None = None, limit: int = 200,
                now: datetime | None = None) -> list[DossierSummary]:
    """A page of the search / work-queue list; pass the same `now` for every page of one list."""
    with ctx.store.reading() as session:
        return queues.page(session, quick, query, now or ctx.now(), after_id, limit)


def quick_counts(ctx: ServiceContext, now: datetime | None = None) -> dict[str, int]:
    """The number of dossiers behind each quick filter of the work queues."""
    with ctx.store.reading() as session:
        return queues.quick_counts(session, now or ctx.now())
