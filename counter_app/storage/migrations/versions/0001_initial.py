"""Initial schema: dossiers with FTS5 name search, outbox, code sequences, settings, files.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.String(25)  # ISO 8601 text in +07:00 (models.VnDateTime)


def upgrade() -> None:
    op.create_table(
        "dossiers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("procedure_code", sa.String(32), nullable=False),
        sa.Column("procedure_name", sa.Text, nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("receiving_unit", sa.String(64), nullable=False),
        sa.Column("resolving_unit", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("applicant_name", sa.String(200), nullable=False),
        sa.Column("applicant_name_folded", sa.String(200), nullable=False),
        sa.Column("applicant_id_number", sa.String(12), nullable=False),
        sa.Column("applicant_phone", sa.String(12), nullable=False),
        sa.Column("sets", sa.Integer, nullable=False),
        sa.Column("received_at", TS),
        sa.Column("appointment_at", TS),
        sa.Column("return_method", sa.String(10), nullable=False),
        sa.Column("fee_vnd", sa.Integer, nullable=False),
        sa.Column("fee_payment", sa.String(10), nullable=False),
        sa.Column("rescheduled", sa.Boolean, nullable=False),
        sa.Column("resolved_at", TS),
        sa.Column("returned_at", TS),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_dossiers_id_number", "dossiers", ["applicant_id_number"])
    op.create_index("ix_dossiers_phone", "dossiers", ["applicant_phone"])
    op.create_index("ix_dossiers_status_appointment", "dossiers", ["status", "appointment_at"])
    op.create_index("ix_dossiers_received_at", "dossiers", ["received_at"])

    # Folded names (core.text.fold) are indexed; the table's own rows are the content.
    op.execute(
        "CREATE VIRTUAL TABLE dossier_fts USING fts5(applicant_name_folded, "
        "content='dossiers', content_rowid='id', tokenize='unicode61', prefix='2 3')"
    )
    op.execute(
        "CREATE TRIGGER dossiers_fts_ai AFTER INSERT ON dossiers BEGIN "
        "INSERT INTO dossier_fts(rowid, applicant_name_folded) "
        "VALUES (new.id, new.applicant_name_folded); END"
    )
    op.execute(
        "CREATE TRIGGER dossiers_fts_ad AFTER DELETE ON dossiers BEGIN "
        "INSERT INTO dossier_fts(dossier_fts, rowid, applicant_name_folded) "
        "VALUES ('delete', old.id, old.applicant_name_folded); END"
    )
    op.execute(
        "CREATE TRIGGER dossiers_fts_au AFTER UPDATE OF applicant_name_folded ON dossiers BEGIN "
        "INSERT INTO dossier_fts(dossier_fts, rowid, applicant_name_folded) "
        "VALUES ('delete', old.id, old.applicant_name_folded); "
        "INSERT INTO dossier_fts(rowid, applicant_name_folded) "
        "VALUES (new.id, new.applicant_name_folded); END"
    )

    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(36), nullable=False, unique=True),
        sa.Column("dossier_code", sa.String(64), nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("clerk", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sqlite_autoincrement=True,  # a seq is never handed out twice, even after deletes
    )
    op.create_index("ix_outbox_dossier_code", "outbox", ["dossier_code"])
    op.create_index("ix_outbox_state_seq", "outbox", ["state", "seq"])

    op.create_table(
        "code_sequences",
        sa.Column("unit_code", sa.String(64), primary_key=True),
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("last_issued", sa.Integer, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "reference_data",
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("etag", sa.String(128), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dossier_id", sa.Integer,
                  sa.ForeignKey("dossiers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("files.sha256"), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("component", sa.Text, nullable=False),
        sa.Column("pages", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("dossier_id", "sha256", "role", name="uq_attachment"),
    )
    op.create_index("ix_attachments_dossier", "attachments", ["dossier_id"])


def downgrade() -> None:
    for trigger in ("dossiers_fts_ai", "dossiers_fts_ad", "dossiers_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS dossier_fts")
    for table in ("attachments", "files", "reference_data", "settings", "code_sequences",
                  "outbox", "dossiers"):
        op.drop_table(table)
