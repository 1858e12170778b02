"""The national portal's outbox (issue 13): DongBoHoSoMC / CapNhatTienDoHoSoMC records owed.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'portal_outbox',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.Column('dossier_code', sa.String(length=64), nullable=False),
        sa.Column('unit_code', sa.String(length=64), nullable=False),
        sa.Column('service', sa.String(length=32), nullable=False),
        sa.Column('is_updating', sa.Boolean(), nullable=False),
        sa.Column('record', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'),
                  nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('business_errors', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
        sa.Column('probe', sa.Boolean(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_portal_outbox_state', 'portal_outbox', ['state', 'id'], unique=False)
    op.create_index('ix_portal_outbox_dossier', 'portal_outbox', ['dossier_code', 'id'],
                    unique=False)
    op.create_index('ix_portal_outbox_sent', 'portal_outbox', ['sent_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_portal_outbox_sent', table_name='portal_outbox')
    op.drop_index('ix_portal_outbox_dossier', table_name='portal_outbox')
    op.drop_index('ix_portal_outbox_state', table_name='portal_outbox')
    op.drop_table('portal_outbox')
