"""The scans the central service confirmed it holds whole, so a sync pass does not ask again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("confirmed_at", sa.String(25), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("service_files")
