"""street network: imported areas and their street segments

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-25 17:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import countersight.store.types

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "street_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("west", sa.Float(), nullable=False),
        sa.Column("south", sa.Float(), nullable=False),
        sa.Column("east", sa.Float(), nullable=False),
        sa.Column("north", sa.Float(), nullable=False),
        sa.Column("file", sa.String(length=300), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("newest_edit", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("segment_count", sa.Integer(), nullable=False),
        sa.Column("attribution", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_street_areas")),
        sa.UniqueConstraint("key", name=op.f("uq_street_areas_key")),
    )
    op.create_table(
        "street_segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=140), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("way_id", sa.BigInteger(), nullable=False),
        sa.Column("start_node", sa.BigInteger(), nullable=False),
        sa.Column("end_node", sa.BigInteger(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("geom", countersight.store.types.GeometryType(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"], ["street_areas.id"], name=op.f("fk_street_segments_area_id_street_areas")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_street_segments")),
        sa.UniqueConstraint("key", name=op.f("uq_street_segments_key")),
    )
    with op.batch_alter_table("street_segments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_street_segments_area_id"), ["area_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(
            "ix_street_segments_geom", "street_segments", ["geom"], postgresql_using="gist"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_street_segments_geom", table_name="street_segments")
    with op.batch_alter_table("street_segments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_street_segments_area_id"))
    op.drop_table("street_segments")
    op.drop_table("street_areas")
