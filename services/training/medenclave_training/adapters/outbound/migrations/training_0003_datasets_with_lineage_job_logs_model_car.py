"""Datasets with lineage, job logs, model cards and served versions, job leases, cancel and
metrics of jobs, the patient and body part of studies (issues 12 and 13).

Columns added to existing tables carry a server default, so rows of an older database are kept.

Revision ID: training_0003
Revises: training_0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "training_0003"
down_revision = "training_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_datasets',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('version', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('members', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('name', 'version')
    )
    op.create_table('training_job_logs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('job_id', sa.String(length=64), nullable=False),
    sa.Column('at', sa.Float(), nullable=False),
    sa.Column('line', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('training_job_logs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_job_logs_job_id'), ['job_id'],
                              unique=False)


    op.create_table('training_model_cards',
    sa.Column('model_name', sa.String(length=64), nullable=False),
    sa.Column('version', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('job_id', sa.String(length=64), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('trained_by', sa.String(length=128), nullable=False),
    sa.Column('registered_at', sa.Float(), nullable=False),
    sa.Column('onnx_sha256', sa.String(length=64), nullable=False),
    sa.Column('metrics', sa.Text(), nullable=False),
    sa.Column('config_sha256', sa.String(length=64), nullable=False),
    sa.Column('code_version', sa.String(length=128), nullable=False),
    sa.Column('dataset', sa.String(length=128), nullable=False),
    sa.Column('dataset_version', sa.String(length=64), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('privacy', sa.String(length=256), nullable=False),
    sa.Column('approved_by', sa.String(length=128), nullable=False),
    sa.Column('approved_at', sa.Float(), nullable=False),
    sa.Column('approval_reason', sa.String(length=500), nullable=False),
    sa.Column('retired_by', sa.String(length=128), nullable=False),
    sa.Column('retired_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('model_name', 'version')
    )
    op.create_table('training_served_models',
    sa.Column('model_name', sa.String(length=64), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('model_name')
    )
    # plain ADD COLUMN (SQLite and PostgreSQL both add a NOT NULL column with a default)
    op.add_column('training_jobs', sa.Column('metrics_json', sa.Text(), nullable=False,
                                             server_default=sa.text("''")))
    op.add_column('training_jobs', sa.Column('cancel_requested', sa.Boolean(), nullable=False,
                            server_default=sa.false()))
    op.add_column('training_jobs', sa.Column('lease_owner', sa.String(length=128), nullable=False,
                            server_default=sa.text("''")))
    op.add_column('training_jobs', sa.Column('lease_expires', sa.Float(), nullable=False,
                                             server_default=sa.text("0")))
    op.add_column('training_studies', sa.Column('pseudo_patient_id', sa.String(length=64), nullable=False,
                            server_default=sa.text("''")))
    op.add_column('training_studies', sa.Column('body_part', sa.String(length=64), nullable=False,
                            server_default=sa.text("''")))


def downgrade() -> None:
    with op.batch_alter_table('training_studies', schema=None) as batch_op:
        batch_op.drop_column('body_part')
        batch_op.drop_column('pseudo_patient_id')

    with op.batch_alter_table('training_jobs', schema=None) as batch_op:
        batch_op.drop_column('lease_expires')
        batch_op.drop_column('lease_owner')
        batch_op.drop_column('cancel_requested')
        batch_op.drop_column('metrics_json')

    op.drop_table('training_served_models')
    op.drop_table('training_model_cards')
    with op.batch_alter_table('training_job_logs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_job_logs_job_id'))

    op.drop_table('training_job_logs')
    op.drop_table('training_datasets')
