"""SQLAlchemy 2.0 tables of the counter's local store (the Alembic migrations create them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean, ForeignKey, Index, Integer, String, Text, TypeDecorator, UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from counter_app.core.timeutil import iso, parse_iso


class VnDateTime(TypeDecorator[datetime]):
    """Aware datetime stored as ISO text in +07:00, so text order is time order."""

    impl = String(25)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else iso(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else parse_iso(value)


class Base(DeclarativeBase):
    pass


class DossierRow(Base):
    __tablename__ = "dossiers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    procedure_code: Mapped[str] = mapped_column(String(32))
    procedure_name: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(200))
    receiving_unit: Mapped[str] = mapped_column(String(64))
    resolving_unit: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[int] = mapped_column(Integer)
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_name_folded: Mapped[str] = mapped_column(String(200))
    applicant_id_number: Mapped[str] = mapped_column(String(12), default="")
    applicant_phone: Mapped[str] = mapped_column(String(12), default="")
    sets: Mapped[int] = mapped_column(Integer, default=1)
    received_at: Mapped[datetime | None] = mapped_column(VnDateTime)
    appointment_at: Mapped[datetime | None] = mapped_column(VnDateTime)
    return_method: Mapped[str] = mapped_column(String(10), default="counter")
    fee_vnd: Mapped[int] = mapped_column(Integer, default=0)
    fee_payment: Mapped[str] = mapped_column(String(10), default="none")
    rescheduled: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_at: Mapped[datetime | None] = mapped_column(VnDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(VnDateTime)
    created_at: Mapped[datetime] = mapped_column(VnDateTime)
    updated_at: Mapped[datetime] = mapped_column(VnDateTime)
    # Everything else of the dossier (applicant's address, components, authorization, reasons)
    # as the JSON of core.dossier.to_payload: read whole, never queried by part.
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_dossiers_id_number", "applicant_id_number"),
        Index("ix_dossiers_phone", "applicant_phone"),
        Index("ix_dossiers_status_appointment", "status", "appointment_at"),
        Index("ix_dossiers_received_at", "received_at"),
        # Reports (migration 0005): Biểu 06 reads these alone.
        Index("ix_dossiers_report", "received_at", "status", "field", "channel",
              "appointment_at", "resolved_at", "code"),
        Index("ix_dossiers_resolved_received", "resolved_at", "received_at"),
        # The dashboard (migration 0007): timeliness and uncollected results.
        Index("ix_dossiers_status_resolved", "status", "resolved_at", "appointment_at"),
    )


class OutboxRow(Base):
    """An event waiting for the central system; `seq` is the device's increasing sequence."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    dossier_code: Mapped[str] = mapped_column(String(64), index=True)
    type: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(VnDateTime)
    device_id: Mapped[str] = mapped_column(String(64))
    clerk: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    # pending: to send; rejected: the service refused it, kept aside with the reason.
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_outbox_state_seq", "state", "seq"),
        {"sqlite_autoincrement": True},  # a seq is never handed out twice, even after deletes
    )


class CodeSequenceRow(Base):
    """The last sequence number this counter issued per unit and day (never reused)."""

    __tablename__ = "code_sequences"

    unit_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_issued: Mapped[int] = mapped_column(Integer)


class SettingRow(Base):
    """Device identity and counter settings (unit, counter number, lane, device id)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReferenceRow(Base):
    """Reference data from the central system (catalog, calendar years) with its ETag."""

    __tablename__ = "reference_data"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    etag: Mapped[str] = mapped_column(String(128), default="")
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(VnDateTime)


class StoredFileRow(Base):
    """A file in the content-addressed store (scans, printed PDFs)."""

    __tablename__ = "files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(VnDateTime)


class ServiceFileRow(Base):
    """A file the central service confirmed it holds whole (a HEAD or the last chunk's answer)."""

    __tablename__ = "service_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    confirmed_at: Mapped[datetime] = mapped_column(VnDateTime)


class AttachmentRow(Base):
    """A file attached to a dossier's component (a scan) or the dossier itself (a printed form)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(ForeignKey("files.sha256"))
    role: Mapped[str] = mapped_column(String(32))  # scan | form01 | form02 | receipt …
    component: Mapped[str] = mapped_column(Text, default="")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(VnDateTime)

    __table_args__ = (
        UniqueConstraint("dossier_id", "sha256", "role", name="uq_attachment"),
        Index("ix_attachments_dossier", "dossier_id"),
    )


class ClerkRow(Base):
    """A clerk who may log in at this counter; the argon2id hash allows offline login."""

    __tablename__ = "clerks"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(VnDateTime)
    created_at: Mapped[datetime] = mapped_column(VnDateTime)


class DraftRow(Base):
    """A half-typed form, saved as the clerk types, restored after a crash or power cut."""

    __tablename__ = "drafts"

    slot: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(VnDateTime)


class PrintRow(Base):
    """Every print of a form: who, when, which form, which copy (1 = original, 2+ = reprints)."""

    __tablename__ = "prints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_code: Mapped[str] = mapped_column(String(64))
    form: Mapped[str] = mapped_column(String(32))
    copy_no: Mapped[int] = mapped_column(Integer)
    clerk: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(VnDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))  # printed | saved | failed | pending
    printer: Mapped[str] = mapped_column(String(200), default="")
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_prints_dossier_form", "dossier_code", "form"),)


class RatingRow(Base):
    """The citizen's satisfaction rating of a returned dossier (or that they skipped it): one per
    dossier; `criteria` is the JSON list of the 11 scores (core.rating)."""

    __tablename__ = "ratings"

    dossier_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    rated_at: Mapped[datetime] = mapped_column(VnDateTime)
    criteria: Mapped[str] = mapped_column(Text)
    overall: Mapped[int | None] = mapped_column(Integer)
    skipped: Mapped[bool] = mapped_column(Boolean)
    clerk: Mapped[str] = mapped_column(String(64))
    criteria_version: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_ratings_rated_at", "rated_at"),)
