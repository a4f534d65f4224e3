"""Baseline: the training schema as the release before schema versions made it (``create_all``).

Frozen DDL: never edit it; add a revision (docs/migrations.md). Creates only the tables that are
missing, so a database of that release is adopted as it is and a new one is created whole.

Revision ID: training_0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "training_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "training_jobs" not in have:
        op.create_table('training_jobs',
            sa.Column('job_id', sa.String(length=64), nullable=False),
            sa.Column('state', sa.String(length=16), nullable=False),
            sa.Column('model_name', sa.String(length=64), nullable=False),
            sa.Column('spec', sa.Text(), nullable=False),
            sa.Column('created_at', sa.Float(), nullable=False),
            sa.Column('wait_deadline', sa.Float(), nullable=False),
            sa.Column('requested_by', sa.String(length=128), nullable=False),
            sa.Column('origin', sa.String(length=600), nullable=False),
            sa.Column('trace_id', sa.String(length=32), nullable=False),
            sa.Column('model_version', sa.BigInteger(), nullable=False),
            sa.Column('val_accuracy', sa.Float(), nullable=False),
            sa.Column('train_loss', sa.Float(), nullable=False),
            sa.Column('studies', sa.Integer(), nullable=False),
            sa.Column('images', sa.Integer(), nullable=False),
            sa.Column('error_code', sa.String(length=64), nullable=False),
            sa.Column('started_at', sa.Float(), nullable=False),
            sa.Column('finished_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('job_id')
            )
        op.create_index(op.f('ix_training_jobs_state'), 'training_jobs', ['state'])
    if "training_models" not in have:
        op.create_table('training_models',
            sa.Column('model_name', sa.String(length=64), nullable=False),
            sa.Column('version', sa.BigInteger(), autoincrement=False, nullable=False),
            sa.Column('job_id', sa.String(length=64), nullable=False),
            sa.Column('val_accuracy', sa.Float(), nullable=False),
            sa.Column('onnx_sha256', sa.String(length=64), nullable=False),
            sa.Column('registered_at', sa.Float(), nullable=False),
            sa.Column('dataset_studies', sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint('model_name', 'version')
            )
    if "training_studies" not in have:
        op.create_table('training_studies',
            sa.Column('pseudo_study_id', sa.String(length=128), nullable=False),
            sa.Column('modality', sa.String(length=16), nullable=False),
            sa.Column('instance_count', sa.Integer(), nullable=False),
            sa.Column('traceparent', sa.String(length=128), nullable=False),
            sa.Column('tracestate', sa.String(length=512), nullable=False),
            sa.Column('event_id', sa.String(length=200), nullable=False),
            sa.Column('recorded_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('pseudo_study_id')
            )


def downgrade() -> None:
    raise NotImplementedError("the baseline is not undone: restore a backup instead")
