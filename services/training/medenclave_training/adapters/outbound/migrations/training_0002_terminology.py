"""SNOMED CT terminology and the label map.

Revision ID: training_0002
Revises: training_0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "training_0002"
down_revision = "training_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_label_concepts',
    sa.Column('label', sa.String(length=128), nullable=False),
    sa.Column('concept_id', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('label')
    )
    op.create_table('training_snomed_concepts',
    sa.Column('concept_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('concept_id')
    )
    op.create_table('training_snomed_descriptions',
    sa.Column('description_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('concept_id', sa.BigInteger(), nullable=False),
    sa.Column('type_id', sa.BigInteger(), nullable=False),
    sa.Column('term', sa.Text(), nullable=False),
    sa.Column('term_folded', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('description_id')
    )
    with op.batch_alter_table('training_snomed_descriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_snomed_descriptions_concept_id'),
                              ['concept_id'], unique=False)

    op.create_table('training_snomed_is_a',
    sa.Column('child_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('parent_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint('child_id', 'parent_id')
    )
    with op.batch_alter_table('training_snomed_is_a', schema=None) as batch_op:
        batch_op.create_index('ix_training_snomed_is_a_parent', ['parent_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('training_snomed_is_a', schema=None) as batch_op:
        batch_op.drop_index('ix_training_snomed_is_a_parent')

    op.drop_table('training_snomed_is_a')
    with op.batch_alter_table('training_snomed_descriptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_snomed_descriptions_concept_id'))

    op.drop_table('training_snomed_descriptions')
    op.drop_table('training_snomed_concepts')
    op.drop_table('training_label_concepts')
