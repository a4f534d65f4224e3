"""The accession index (keyed digests of AccessionNumber → pseudonymous study) and the body part
of studies (issue 12). The added column carries a server default, so older rows are kept.

Revision ID: deid_0002
Revises: deid_0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "deid_0002"
down_revision = "deid_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deid_accessions',
    sa.Column('key_digest', sa.String(length=64), nullable=False),
    sa.Column('pseudo_study_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('key_digest')
    )
    with op.batch_alter_table('deid_accessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deid_accessions_pseudo_study_id'),
                              ['pseudo_study_id'], unique=False)
    # plain ADD COLUMN (SQLite and PostgreSQL both add a NOT NULL column with a default)
    op.add_column('deid_studies', sa.Column('body_part', sa.String(length=16), nullable=False,
                                            server_default=sa.text("''")))


def downgrade() -> None:
    with op.batch_alter_table('deid_studies', schema=None) as batch_op:
        batch_op.drop_column('body_part')

    with op.batch_alter_table('deid_accessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deid_accessions_pseudo_study_id'))

    op.drop_table('deid_accessions')
