"""SQLAlchemy 2.0 tables of the central service (the Alembic migrations create them)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON, BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, Table, Text,
    TypeDecorator, UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetime kept as naive UTC: the same ordering and meaning on SQLite and PostgreSQL."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the central database")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stored: datetime = value
        return stored.replace(tzinfo=timezone.utc)


Json = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    if TYPE_CHECKING:
        # Every model here is a plain table (the service writes through Core on it), not the
        # generic FromClause that DeclarativeBase declares.
        __table__: ClassVar[Table]


class Unit(Base):
    """A receiving unit (a provincial or commune service center); its code prefixes dossier codes."""

    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    # The unit's change feed sequence: incremented under this row's lock (see changes.py).
    last_change_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(Text, default="")
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(Text)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class EnrollmentCode(Base):
    """A one-time code an administrator hands to the person setting up a counter PC."""

    __tablename__ = "enrollment_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    counter_no: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    device_id: Mapped[str | None] = mapped_column(String(36))


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    counter_no: Mapped[int | None] = mapped_column(Integer)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The highest event `seq` this device has sent (central.authorship: gaps, reuse).
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class AccessToken(Base):
    """A clerk's session: only the SHA-256 of the random token is kept."""

    __tablename__ = "access_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_access_tokens_device", "device_id", "user_id"),)


class CatalogVersion(Base):
    """An imported procedure catalog; the newest row is served. `body` is the exact JSON sent."""

    __tablename__ = "catalogs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(Text)
    etag: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CalendarRow(Base):
    __tablename__ = "calendars"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DossierRow(Base):
    """A dossier as the province knows it: queried columns plus the counter's JSON body."""

    __tablename__ = "dossiers"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    procedure_code: Mapped[str] = mapped_column(String(32))
    procedure_name: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    appointment_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    rescheduled: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    search: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[dict[str, Any]] = mapped_column(Json)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        # Keyset pages of GET /dossiers (newest code first), with and without a status.
        Index("ix_dossiers_unit_code", "unit_code", "code"),
        Index("ix_dossiers_unit_status_code", "unit_code", "status", "code"),
        Index("ix_dossiers_unit_received", "unit_code", "received_at"),
        # PostgreSQL only (migration 0007): GIN trigram index on `search` for `LIKE '%…%'`.
    )


class EventRow(Base):
    """An applied event, kept for idempotency (event_id unique) and as the dossier's history."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    body_hash: Mapped[str] = mapped_column(String(64))
    unit_code: Mapped[str] = mapped_column(String(64))
    dossier_code: Mapped[str] = mapped_column(String(64), index=True)
    type: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    device_id: Mapped[str] = mapped_column(String(36))
    clerk: Mapped[str] = mapped_column(String(100))
    seq: Mapped[int] = mapped_column(BigInteger)
    payload: Mapped[dict[str, Any]] = mapped_column(Json)
    applied_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # False: `clerk` is not a user of the unit with a session on `device_id` (shown as such).
    clerk_verified: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (Index("ix_events_device_seq", "device_id", "seq"),)


class RejectedEventRow(Base):
    """An event the service refused, with the reason (a later retry may still apply it)."""

    __tablename__ = "rejected_events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    unit_code: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    error: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)  # retention


class RatingRow(Base):
    """A citizen's satisfaction rating of a returned dossier (core.rating), one per dossier;
    also in the dossier's body (`rating`), this table is what the indicators count."""

    __tablename__ = "ratings"

    dossier_code: Mapped[str] = mapped_column(ForeignKey("dossiers.code"), primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    event_id: Mapped[str] = mapped_column(String(36))
    rated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    criteria: Mapped[list[int]] = mapped_column(Json)
    overall: Mapped[int | None] = mapped_column(Integer)
    skipped: Mapped[bool] = mapped_column(Boolean)
    clerk: Mapped[str] = mapped_column(String(100))
    criteria_version: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_ratings_unit_rated", "unit_code", "rated_at"),)


class ChangeRow(Base):
    """The back office's progress on a dossier, numbered per unit with no gaps (`seq`)."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    seq: Mapped[int] = mapped_column(BigInteger)
    dossier_code: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column(Integer)
    previous_status: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    appointment_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    extension: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("unit_code", "seq", name="uq_changes_unit_seq"),
                      Index("ix_changes_dossier", "dossier_code", "seq"))  # a dossier's history


class FileRow(Base):
    """A scan being uploaded or complete, owned by one unit; bytes live in the storage folder."""

    __tablename__ = "files"

    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger)
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_files_complete_created", "complete", "created_at"),)


class UploadLease(Base):
    """A chunk of a unit's scan being stored now (central.uploads caps them per unit); a lease
    a killed worker left behind lapses at `expires_at`."""

    __tablename__ = "upload_leases"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_upload_leases_unit", "unit_code", "expires_at"),)


class AuditRow(Base):
    """Who did what: append-only (a database trigger refuses UPDATE and DELETE)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    unit_code: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(Text, default="")
    ip: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Throttle(Base):
    """Failures counted per source (central.throttle): a login source, a public lookup address."""

    __tablename__ = "throttles"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failure_at: Mapped[datetime] = mapped_column(UtcDateTime)
    blocked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class NotificationRow(Base):
    """A message to a citizen who consented (central.notify): one per event, with its delivery.

    `recipient` (the phone number) is kept only until the message is final (sent, failed,
    expired); `params` holds only the fields its template needs.
    """

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    event_key: Mapped[str] = mapped_column(String(120), unique=True)
    dossier_code: Mapped[str] = mapped_column(String(64), index=True)
    unit_code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    recipient: Mapped[str | None] = mapped_column(String(20))
    params: Mapped[dict[str, Any]] = mapped_column(Json)
    status: Mapped[str] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    provider_message_id: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (Index("ix_notifications_due", "status", "next_attempt_at"),)
