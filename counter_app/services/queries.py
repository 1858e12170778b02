"""Read-only use cases: open a dossier by code, search, duplicate check, outbox and queue counts."""

from __future__ import annotations

from datetime import datetime

from counter_app.core.dossier import Dossier
from counter_app.services.context import ServiceContext
from counter_app.storage import dossiers, outbox, queues
from counter_app.storage.dossiers import DossierSummary


def find_by_code(ctx: ServiceContext, code: str) -> Dossier | None:
    """The dossier with this code (as typed or read from the slip's barcode), or None."""
    with ctx.store.reading() as session:
        return dossiers.get(session, code)


def search(ctx: ServiceContext, query: str, limit: int = 50) -> list[DossierSummary]:
    """Code (or its start), ID number, phone, or applicant name without diacritics; newest first."""
    with ctx.store.reading() as session:
        return queues.search(session, query, limit)


def open_duplicates(ctx: ServiceContext, id_number: str, procedure_code: str) -> list[str]:
    """Open dossiers of the same person for the same procedure (the intake form warns)."""
    with ctx.store.reading() as session:
        return dossiers.open_for_applicant(session, id_number.strip(), procedure_code)


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
