"""Satisfaction ratings of returned dossiers (issue 9): one row per dossier, answered or skipped.

Revision ID: 0006
Revises: 0004 (0005_report_indexes is written on another branch; the chain is joined at merge)
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ratings",
        sa.Column("dossier_code", sa.String(64), primary_key=True),
        sa.Column("rated_at", sa.String(25), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("overall", sa.Integer(), nullable=True),
        sa.Column("skipped", sa.Boolean(), nullable=False),
        sa.Column("clerk", sa.String(64), nullable=False),
        sa.Column("criteria_version", sa.String(32), nullable=False),
    )
    op.create_index("ix_ratings_rated_at", "ratings", ["rated_at"])


def downgrade() -> None:
    op.drop_index("ix_ratings_rated_at", table_name="ratings")
    op.drop_table("ratings")
