"""Baseline: the audit schema as the release before schema versions made it (``create_all``).

Frozen DDL: never edit it; add a revision (docs/migrations.md). Creates only the tables that are
missing, so a database of that release is adopted as it is and a new one is created whole.

Revision ID: audit_0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "audit_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "audit_checkpoint_keys" not in have:
        op.create_table('audit_checkpoint_keys',
            sa.Column('key_id', sa.String(length=16), nullable=False),
            sa.Column('public_key', sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint('key_id')
            )
    if "audit_checkpoints" not in have:
        op.create_table('audit_checkpoints',
            sa.Column('tree_size', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                      autoincrement=False, nullable=False),
            sa.Column('root_hash', sa.String(length=64), nullable=False),
            sa.Column('chain_hash', sa.String(length=64), nullable=False),
            sa.Column('time', sa.BigInteger(), nullable=False),
            sa.Column('key_id', sa.String(length=16), nullable=False),
            sa.Column('signature', sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint('tree_size')
            )
    if "audit_records" not in have:
        op.create_table('audit_records',
            sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                      autoincrement=False, nullable=False),
            sa.Column('record_id', sa.Text(), nullable=False),
            sa.Column('time', sa.BigInteger(), nullable=False),
            sa.Column('service', sa.Text(), nullable=False),
            sa.Column('subject', sa.Text(), nullable=False),
            sa.Column('role', sa.Text(), nullable=False),
            sa.Column('action', sa.Text(), nullable=False),
            sa.Column('resource', sa.Text(), nullable=False),
            sa.Column('outcome', sa.Text(), nullable=False),
            sa.Column('reason', sa.Text(), nullable=False),
            sa.Column('trace_id', sa.Text(), nullable=False),
            sa.Column('prev_hash', sa.String(length=64), nullable=False),
            sa.Column('hash', sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint('seq'),
            sa.UniqueConstraint('record_id')
            )
        op.create_index('audit_records_action', 'audit_records', ['action'])
        op.create_index('audit_records_resource', 'audit_records', ['resource'])
        op.create_index('audit_records_subject', 'audit_records', ['subject'])
        op.create_index('audit_records_time', 'audit_records', ['time'])
        op.create_index('audit_records_trace_id', 'audit_records', ['trace_id'])


def downgrade() -> None:
    raise NotImplementedError("the baseline is not undone: restore a backup instead")
