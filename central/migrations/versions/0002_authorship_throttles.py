"""Authorship of events (the clerk verified or not, each device's highest sequence number) and
throttles (failed logins per device and address, failed public lookups per address).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clerk_verified', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.create_index('ix_events_device_seq', ['device_id', 'seq'], unique=False)
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_seq', sa.BigInteger(), nullable=False,
                                      server_default='0'))
    with op.batch_alter_table('access_tokens', schema=None) as batch_op:
        batch_op.create_index('ix_access_tokens_device', ['device_id', 'user_id'], unique=False)
    # Each device's highest sequence number so far: gaps are detected from there on.
    op.execute("UPDATE devices SET last_seq = COALESCE("
               "(SELECT MAX(events.seq) FROM events WHERE events.device_id = devices.id), 0)")
    op.create_table('throttles',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', sa.DateTime(), nullable=False),
    sa.Column('blocked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('throttles')
    with op.batch_alter_table('access_tokens', schema=None) as batch_op:
        batch_op.drop_index('ix_access_tokens_device')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('last_seq')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_device_seq')
        batch_op.drop_column('clerk_verified')
