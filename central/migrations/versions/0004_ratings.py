"""Satisfaction ratings (issue 9): one row per returned dossier, from the counter's dossier.rated.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'ratings',
        sa.Column('dossier_code', sa.String(length=64), nullable=False),
        sa.Column('unit_code', sa.String(length=64), nullable=False),
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.Column('rated_at', sa.DateTime(), nullable=False),
        sa.Column('criteria', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'),
                  nullable=False),
        sa.Column('overall', sa.Integer(), nullable=True),
        sa.Column('skipped', sa.Boolean(), nullable=False),
        sa.Column('clerk', sa.String(length=100), nullable=False),
        sa.Column('criteria_version', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['dossier_code'], ['dossiers.code']),
        sa.ForeignKeyConstraint(['unit_code'], ['units.code']),
        sa.PrimaryKeyConstraint('dossier_code'),
    )
    op.create_index('ix_ratings_unit_rated', 'ratings', ['unit_code', 'rated_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_ratings_unit_rated', table_name='ratings')
    op.drop_table('ratings')
