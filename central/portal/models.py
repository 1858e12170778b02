"""The portal outbox table: one row per record owed to the national portal (migration 0005)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, Json, UtcDateTime

PENDING = "pending"
SENT = "sent"
POISON = "poison"


class PortalRecord(Base):
    """A DongBoHoSoMC or CapNhatTienDoHoSoMC record, written in the transaction of its change.

    Order per dossier is the order of `id`: every writer holds the dossier's row lock (or
    inserts it) when it adds a record, so a dossier's records get ids in commit order.
    """

    __tablename__ = "portal_outbox"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    dossier_code: Mapped[str] = mapped_column(String(64))
    unit_code: Mapped[str] = mapped_column(String(64))
    service: Mapped[str] = mapped_column(String(32))
    is_updating: Mapped[bool] = mapped_column(Boolean, default=False)
    record: Mapped[dict[str, Any]] = mapped_column(Json)
    state: Mapped[str] = mapped_column(String(10), default=PENDING)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    business_errors: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # True while a send's outcome is unknown (sent, then no answer): look it up before resending.
    probe: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_portal_outbox_state", "state", "id"),  # the due records, oldest first
        Index("ix_portal_outbox_dossier", "dossier_code", "id"),  # a dossier's earlier records
        Index("ix_portal_outbox_sent", "sent_at"),  # reconciliation's window
    )
