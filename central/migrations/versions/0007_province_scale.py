"""Province scale (issue 12): keyset indexes, a dossier's changes by code, a trigram index
for name search on PostgreSQL, indexes for retention, upload leases (a cap on concurrent
uploads per unit), and TRUNCATE refused on the audit log.

Revision ID: 0007
Revises: 0006 (issue 13's notifications)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_index('ix_dossiers_unit_status')
        batch_op.create_index('ix_dossiers_unit_code', ['unit_code', 'code'], unique=False)
        batch_op.create_index('ix_dossiers_unit_status_code', ['unit_code', 'status', 'code'],
                              unique=False)
    with op.batch_alter_table('changes', schema=None) as batch_op:  # one dossier's history
        batch_op.create_index('ix_changes_dossier', ['dossier_code', 'seq'], unique=False)
    with op.batch_alter_table('rejected_events', schema=None) as batch_op:
        batch_op.create_index('ix_rejected_events_rejected_at', ['rejected_at'], unique=False)
    with op.batch_alter_table('files', schema=None) as batch_op:
        batch_op.create_index('ix_files_complete_created', ['complete', 'created_at'],
                              unique=False)
    op.create_table(
        'upload_leases',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.Column('unit_code', sa.String(length=64), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_upload_leases_unit', 'upload_leases', ['unit_code', 'expires_at'],
                    unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        # `search LIKE '%key%'` (the folded name, code, ID, phone) without reading the table.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_dossiers_search_trgm ON dossiers "
                   "USING gin (search gin_trgm_ops)")
        # The row trigger of 0001 refuses UPDATE and DELETE; TRUNCATE needs a statement one.
        op.execute("""CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP INDEX IF EXISTS ix_dossiers_search_trgm")
    op.drop_index('ix_upload_leases_unit', table_name='upload_leases')
    op.drop_table('upload_leases')
    with op.batch_alter_table('files', schema=None) as batch_op:
        batch_op.drop_index('ix_files_complete_created')
    with op.batch_alter_table('rejected_events', schema=None) as batch_op:
        batch_op.drop_index('ix_rejected_events_rejected_at')
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index('ix_changes_dossier')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_index('ix_dossiers_unit_status_code')
        batch_op.drop_index('ix_dossiers_unit_code')
        batch_op.create_index('ix_dossiers_unit_status', ['unit_code', 'status'], unique=False)
