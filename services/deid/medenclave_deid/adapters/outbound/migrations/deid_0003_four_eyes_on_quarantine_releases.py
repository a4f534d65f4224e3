"""Four eyes on quarantine releases: the release a first officer proposed is kept with the
case until a second officer confirms it. The added columns carry server defaults, so older
rows are kept (no proposal).

Revision ID: deid_0003
Revises: deid_0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "deid_0003"
down_revision = "deid_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('deid_quarantine', schema=None) as batch_op:
        batch_op.add_column(sa.Column('proposed_by', sa.String(length=128),
                                      server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column('proposed_reason', sa.Text(),
                                      server_default=sa.text("''"), nullable=False))
        # sa.false(): FALSE on PostgreSQL, 0 on SQLite
        batch_op.add_column(sa.Column('proposed_mask', sa.Boolean(),
                                      server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('deid_quarantine', schema=None) as batch_op:
        batch_op.drop_column('proposed_mask')
        batch_op.drop_column('proposed_reason')
        batch_op.drop_column('proposed_by')
