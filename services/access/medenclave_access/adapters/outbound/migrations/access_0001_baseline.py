"""Baseline: the access schema as the release before schema versions made it (``create_all``).

Frozen DDL: never edit it; add a revision (docs/migrations.md). Creates only the tables that are
missing, so a database of that release is adopted as it is and a new one is created whole.

Revision ID: access_0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "access_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "access_break_glass" not in have:
        op.create_table('access_break_glass',
            sa.Column('grant_id', sa.String(length=32), nullable=False),
            sa.Column('subject', sa.String(length=128), nullable=False),
            sa.Column('from_role', sa.String(length=64), nullable=False),
            sa.Column('granted_role', sa.String(length=64), nullable=False),
            sa.Column('reason', sa.Text(), nullable=False),
            sa.Column('granted_at', sa.Float(), nullable=False),
            sa.Column('expires_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('grant_id')
            )
    if "access_policy_changes" not in have:
        op.create_table('access_policy_changes',
            sa.Column('role', sa.String(length=64), nullable=False),
            sa.Column('permission', sa.String(length=128), nullable=False),
            sa.Column('granted', sa.Boolean(), nullable=False),
            sa.PrimaryKeyConstraint('role', 'permission')
            )
    if "access_policy_meta" not in have:
        op.create_table('access_policy_meta',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint('id')
            )
    if "access_revocations" not in have:
        op.create_table('access_revocations',
            sa.Column('subject', sa.String(length=128), nullable=False),
            sa.Column('revoked_before', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('subject')
            )
    if "access_totp" not in have:
        op.create_table('access_totp',
            sa.Column('username', sa.String(length=64), nullable=False),
            sa.Column('secret', sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint('username')
            )
    if "access_totp_sealed" not in have:
        op.create_table('access_totp_sealed',
            sa.Column('username', sa.String(length=64), nullable=False),
            sa.Column('sealed_secret', sa.Text(), nullable=False),
            sa.Column('last_step', sa.BigInteger(), nullable=True),
            sa.PrimaryKeyConstraint('username')
            )
    if "access_users" not in have:
        op.create_table('access_users',
            sa.Column('username', sa.String(length=64), nullable=False),
            sa.Column('role', sa.String(length=64), nullable=False),
            sa.Column('password_hash', sa.String(length=256), nullable=False),
            sa.Column('disabled', sa.Boolean(), nullable=False),
            sa.Column('created_at', sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint('username')
            )


def downgrade() -> None:
    raise NotImplementedError("the baseline is not undone: restore a backup instead")
