"""Baseline: the ingest schema as the release before schema versions made it (``create_all``).

Frozen DDL: never edit it; add a revision (docs/migrations.md). Creates only the tables that are
missing, so a database of that release is adopted as it is and a new one is created whole.

Revision ID: ingest_0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "ingest_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "ingest_instances" not in have:
        op.create_table('ingest_instances',
            sa.Column('instance_ref', sa.String(length=32), nullable=False),
            sa.Column('study_ref', sa.String(length=32), nullable=False),
            sa.Column('sop_class_uid', sa.String(length=64), nullable=False),
            sa.Column('transfer_syntax_uid', sa.String(length=64), nullable=False),
            sa.Column('size_bytes', sa.BigInteger(), nullable=False),
            sa.Column('calling_ae', sa.String(length=16), nullable=False),
            sa.Column('modality', sa.String(length=16), nullable=False),
            sa.Column('stored_at', sa.Float(), nullable=False),
            sa.Column('vault_key', sa.String(length=128), nullable=False),
            sa.Column('completion', sa.Integer(), nullable=True),
            sa.PrimaryKeyConstraint('instance_ref')
            )
        op.create_index('ix_ingest_instances_study', 'ingest_instances', ['study_ref', 'completion'])
    if "ingest_journal_checkpoint" not in have:
        op.create_table('ingest_journal_checkpoint',
            sa.Column('journal_id', sa.String(length=40), nullable=False),
            sa.Column('position', sa.String(length=64), nullable=False),
            sa.Column('updated_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('journal_id')
            )
    if "ingest_quarantine" not in have:
        op.create_table('ingest_quarantine',
            sa.Column('quarantine_id', sa.String(length=32), nullable=False),
            sa.Column('reason_code', sa.String(length=32), nullable=False),
            sa.Column('calling_ae', sa.String(length=16), nullable=False),
            sa.Column('size_bytes', sa.BigInteger(), nullable=False),
            sa.Column('quarantined_at', sa.Float(), nullable=False),
            sa.Column('object_key', sa.String(length=128), nullable=False),
            sa.PrimaryKeyConstraint('quarantine_id')
            )
    if "ingest_studies" not in have:
        op.create_table('ingest_studies',
            sa.Column('study_ref', sa.String(length=32), nullable=False),
            sa.Column('state', sa.String(length=16), nullable=False),
            sa.Column('modality', sa.String(length=16), nullable=False),
            sa.Column('instance_count', sa.Integer(), nullable=False),
            sa.Column('completions', sa.Integer(), nullable=False),
            sa.Column('received_at', sa.Float(), nullable=False),
            sa.Column('last_instance_at', sa.Float(), nullable=False),
            sa.Column('updated_at', sa.Float(), nullable=False),
            sa.Column('trace_context', sa.Text(), nullable=False),
            sa.Column('trace_id', sa.String(length=32), nullable=False),
            sa.PrimaryKeyConstraint('study_ref')
            )
        op.create_index('ix_ingest_studies_pending', 'ingest_studies', ['state', 'last_instance_at'])
        op.create_index('ix_ingest_studies_received', 'ingest_studies', ['received_at', 'study_ref'])


def downgrade() -> None:
    raise NotImplementedError("the baseline is not undone: restore a backup instead")
