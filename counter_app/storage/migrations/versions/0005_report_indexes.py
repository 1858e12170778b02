"""Indexes for the reports: Biểu 06 reads the index alone, not the wide dossier rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Every column the Biểu 06 query reads of an ordinary dossier, led by the receipt time (the
# period's dossiers are one range of it). A row's body is read only for the few withdrawn or
# suspended dossiers (their withdrawal or pause time), through SQLite's deferred seek.
REPORT_COLUMNS = ["received_at", "status", "field", "channel", "appointment_at", "resolved_at",
                  "code"]


def upgrade() -> None:
    op.create_index("ix_dossiers_report", "dossiers", REPORT_COLUMNS)
    # Dossiers received before a period and resolved in it or later (carried over).
    op.create_index("ix_dossiers_resolved_received", "dossiers", ["resolved_at", "received_at"])


def downgrade() -> None:
    op.drop_index("ix_dossiers_resolved_received", "dossiers")
    op.drop_index("ix_dossiers_report", "dossiers")
