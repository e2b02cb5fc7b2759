"""document reader: origin notes on sources, the suggesting rule on claims

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 15:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as table:
        table.add_column(sa.Column("origin_note", sa.Text(), nullable=True))
        table.add_column(sa.Column("origin_set_by", sa.String(length=120), nullable=True))
    with op.batch_alter_table("claims") as table:
        table.add_column(sa.Column("rule", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as table:
        table.drop_column("rule")
    with op.batch_alter_table("sources") as table:
        table.drop_column("origin_set_by")
        table.drop_column("origin_note")
