"""sealed source details: a confidential source's identifying details, encrypted

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 17:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as table:
        table.add_column(sa.Column("sealed_details", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as table:
        table.drop_column("sealed_details")
