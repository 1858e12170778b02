"""Search keys folded again by core.text.fold, the one folding (issue 15): the central service's
own fast_fold kept combining marks outside U+0300–036F and left Hangul decomposed. Only keys
with a character beyond ASCII can differ, so only those are recomputed.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from central.dossier_rules import search_key

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_dossiers = sa.table(
    'dossiers', sa.column('code', sa.String()), sa.column('search', sa.Text()),
    sa.column('body', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')))


def upgrade() -> None:
    conn = op.get_bind()
    beyond_ascii = (_dossiers.c.search.op('~')('[^ -~]') if conn.dialect.name == 'postgresql'
                    else _dossiers.c.search.op('GLOB')('*[^ -~]*'))
    rows = conn.execute(sa.select(_dossiers.c.code, _dossiers.c.search, _dossiers.c.body)
                        .where(beyond_ascii)).all()
    for code, old, body in rows:
        new = search_key(code, body if isinstance(body, dict) else {})
        if new != old:
            conn.execute(sa.update(_dossiers).where(_dossiers.c.code == code).values(search=new))


def downgrade() -> None:
    pass  # the keys stay valid for the old folding's queries of Vietnamese text
