"""Baseline: the deid schema as the release before schema versions made it (``create_all``).

Frozen DDL: never edit it; add a revision (docs/migrations.md). Creates only the tables that are
missing, so a database of that release is adopted as it is and a new one is created whole.

Revision ID: deid_0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "deid_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "deid_escrow" not in have:
        op.create_table('deid_escrow',
            sa.Column('pseudonym', sa.String(length=64), nullable=False),
            sa.Column('sealed', sa.LargeBinary(), nullable=False),
            sa.Column('key_id', sa.String(length=64), nullable=False),
            sa.Column('reason_code', sa.String(length=64), nullable=False),
            sa.Column('created_at', sa.Float(), nullable=False),
            sa.Column('updated_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('pseudonym')
            )
    if "deid_instances" not in have:
        op.create_table('deid_instances',
            sa.Column('pseudo_study_id', sa.String(length=64), nullable=False),
            sa.Column('object_key', sa.String(length=160), nullable=False),
            sa.Column('study_ref', sa.String(length=64), nullable=False),
            sa.Column('completion', sa.Integer(), nullable=False),
            sa.Column('created_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('pseudo_study_id', 'object_key')
            )
    if "deid_pseudonyms" not in have:
        op.create_table('deid_pseudonyms',
            sa.Column('key_digest', sa.String(length=64), nullable=False),
            sa.Column('pseudonym', sa.String(length=32), nullable=False),
            sa.Column('created_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('key_digest'),
            sa.UniqueConstraint('pseudonym')
            )
    if "deid_quarantine" not in have:
        op.create_table('deid_quarantine',
            sa.Column('study_ref', sa.String(length=64), nullable=False),
            sa.Column('completion', sa.Integer(), nullable=False),
            sa.Column('reason_code', sa.String(length=64), nullable=False),
            sa.Column('instance_refs', sa.Text(), nullable=False),
            sa.Column('modality', sa.String(length=16), nullable=False),
            sa.Column('state', sa.String(length=16), nullable=False),
            sa.Column('reviewer', sa.String(length=128), nullable=False),
            sa.Column('review_reason', sa.Text(), nullable=False),
            sa.Column('created_at', sa.Float(), nullable=False),
            sa.Column('decided_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('study_ref', 'completion')
            )
        op.create_index(op.f('ix_deid_quarantine_state'), 'deid_quarantine', ['state'])
    if "deid_studies" not in have:
        op.create_table('deid_studies',
            sa.Column('study_ref', sa.String(length=64), nullable=False),
            sa.Column('completion', sa.Integer(), nullable=False),
            sa.Column('state', sa.String(length=16), nullable=False),
            sa.Column('pseudo_study_id', sa.String(length=64), nullable=False),
            sa.Column('pseudo_patient_id', sa.String(length=32), nullable=False),
            sa.Column('instance_count', sa.Integer(), nullable=False),
            sa.Column('modality', sa.String(length=16), nullable=False),
            sa.Column('reason_code', sa.String(length=64), nullable=False),
            sa.Column('trace_id', sa.String(length=32), nullable=False),
            sa.Column('published', sa.Boolean(), nullable=False),
            sa.Column('created_at', sa.Float(), nullable=False),
            sa.Column('updated_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('study_ref', 'completion')
            )
        op.create_index(op.f('ix_deid_studies_pseudo_study_id'), 'deid_studies', ['pseudo_study_id'])


def downgrade() -> None:
    raise NotImplementedError("the baseline is not undone: restore a backup instead")
