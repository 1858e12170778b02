"""The record of every printed form: the PDF kept in the file store, who printed it, which copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from counter_app.services.context import ServiceContext
from counter_app.storage.models import PrintRow, StoredFileRow

OUTCOMES = ("pending", "printed", "saved", "failed")


@dataclass(frozen=True)
class PrintRecord:
    id: int
    dossier_code: str
    form: str
    copy_no: int
    clerk: str
    printed_at: datetime
    sha256: str
    outcome: str
    printer: str
    error: str | None

    @property
    def reprint(self) -> int:
        """0 for the first print, n for the n-th reprint (what the form's reprint mark says)."""
        return self.copy_no - 1


def next_copy_no(ctx: ServiceContext, dossier_code: str, form: str) -> int:
    """The copy number the next print of this form will carry (reprints are marked with it)."""
    with ctx.store.reading() as session:
        done = session.scalar(select(func.count()).select_from(PrintRow).where(
            PrintRow.dossier_code == dossier_code, PrintRow.form == form,
            PrintRow.outcome.in_(("printed", "saved"))))
    return int(done or 0) + 1


def keep_pdf(ctx: ServiceContext, dossier_code: str, form: str, pdf: bytes, copy_no: int,
             printer: str = "") -> PrintRecord:
    """Store the PDF and a `pending` record before it goes to a printer (never lost if it fails)."""
    stored = ctx.files.put_bytes(pdf)
    now = ctx.now()
    with ctx.store.transaction() as session:
        if session.get(StoredFileRow, stored.sha256) is None:
            session.add(StoredFileRow(sha256=stored.sha256, size=stored.size,
                                      media_type="application/pdf", created_at=now))
        row = PrintRow(dossier_code=dossier_code, form=form, copy_no=copy_no, clerk=ctx.clerk,
                       printed_at=now, sha256=stored.sha256, outcome="pending", printer=printer)
        session.add(row)
        session.flush()
        return _record(row)


def finish(ctx: ServiceContext, record_id: int, outcome: str, printer: str = "",
           error: str | None = None) -> None:
    """Mark how the print ended: printed, saved (as PDF) or failed (with the error shown)."""
    if outcome not in OUTCOMES:
        raise ValueError(outcome)
    with ctx.store.transaction() as session:
        session.execute(update(PrintRow).where(PrintRow.id == record_id).values(
            outcome=outcome, printer=printer, error=error, printed_at=ctx.now()))


def history(ctx: ServiceContext, dossier_code: str) -> list[PrintRecord]:
    with ctx.store.reading() as session:
        rows = session.scalars(select(PrintRow).where(PrintRow.dossier_code == dossier_code)
                               .order_by(PrintRow.id))
        return [_record(r) for r in rows]


def _record(r: PrintRow) -> PrintRecord:
    return PrintRecord(r.id, r.dossier_code, r.form, r.copy_no, r.clerk, r.printed_at, r.sha256,
                       r.outcome, r.printer, r.error)
