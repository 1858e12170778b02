"""Citizen notifications (issue 13): the outbox of SMS / Zalo ZNS messages and their delivery.

Revision ID: 0006
Revises: 0005 (the national portal's outbox)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'notifications',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.Column('event_key', sa.String(length=120), nullable=False),
        sa.Column('dossier_code', sa.String(length=64), nullable=False),
        sa.Column('unit_code', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('channel', sa.String(length=10), nullable=False),
        sa.Column('recipient', sa.String(length=20), nullable=True),
        sa.Column('params', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'),
                  nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=False),
        sa.Column('provider_message_id', sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('event_key'),
    )
    op.create_index('ix_notifications_dossier_code', 'notifications', ['dossier_code'],
                    unique=False)
    op.create_index('ix_notifications_due', 'notifications', ['status', 'next_attempt_at'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_notifications_due', table_name='notifications')
    op.drop_index('ix_notifications_dossier_code', table_name='notifications')
    op.drop_table('notifications')
