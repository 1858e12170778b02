"""Local clerk accounts (offline login), autosaved intake drafts, and the record of every print.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.String(25)


def upgrade() -> None:
    op.create_table(
        "clerks",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", TS),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "drafts",
        sa.Column("slot", sa.String(64), primary_key=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "prints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dossier_code", sa.String(64), nullable=False),
        sa.Column("form", sa.String(32), nullable=False),
        sa.Column("copy_no", sa.Integer, nullable=False),
        sa.Column("clerk", sa.String(64), nullable=False),
        sa.Column("printed_at", TS, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("printer", sa.String(200), nullable=False),
        sa.Column("error", sa.Text),
    )
    op.create_index("ix_prints_dossier_form", "prints", ["dossier_code", "form"])


def downgrade() -> None:
    op.drop_index("ix_prints_dossier_form", "prints")
    for table in ("prints", "drafts", "clerks"):
        op.drop_table(table)
