"""accounts, API tokens, login sessions, field reports and their photos

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 17:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.LargeBinary(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("username", name=op.f("uq_accounts_username")),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("secret_sha256", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_api_tokens_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("ref", name=op.f("uq_api_tokens_ref")),
        sa.UniqueConstraint("account_id", "name", name=op.f("uq_api_tokens_account_id")),
    )
    op.create_index(op.f("ix_api_tokens_account_id"), "api_tokens", ["account_id"])
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("id_sha256", sa.LargeBinary(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_login_sessions_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_sessions")),
        sa.UniqueConstraint("id_sha256", name=op.f("uq_login_sessions_id_sha256")),
    )
    op.create_index(op.f("ix_login_sessions_account_id"), "login_sessions", ["account_id"])
    op.create_table(
        "field_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_ref", sa.String(length=16), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("camera_type", sa.String(length=32), nullable=True),
        sa.Column("direction", sa.Float(), nullable=True),
        sa.Column("capabilities", sa.JSON(), nullable=False),
        sa.Column("seen_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("submitted_by_id", sa.Integer(), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("review_state", sa.String(length=16), nullable=False),
        sa.Column("reviewed_by", sa.String(length=120), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("camera_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["submitted_by_id"],
            ["accounts.id"],
            name=op.f("fk_field_reports_submitted_by_id_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["camera_id"], ["cameras.id"], name=op.f("fk_field_reports_camera_id_cameras")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_reports")),
        sa.UniqueConstraint("public_ref", name=op.f("uq_field_reports_public_ref")),
    )
    op.create_index(op.f("ix_field_reports_submitted_by_id"), "field_reports", ["submitted_by_id"])
    op.create_index(op.f("ix_field_reports_review_state"), "field_reports", ["review_state"])
    op.create_table(
        "field_report_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=False),
        sa.Column("faces_blurred", sa.Integer(), nullable=False),
        sa.Column("plates_blurred", sa.Integer(), nullable=False),
        sa.Column("original_sealed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["field_reports.id"],
            name=op.f("fk_field_report_photos_report_id_field_reports"),
        ),
        sa.ForeignKeyConstraint(
            ["evidence_sha256"],
            ["evidence_files.sha256"],
            name=op.f("fk_field_report_photos_evidence_sha256_evidence_files"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_report_photos")),
    )
    op.create_index(op.f("ix_field_report_photos_report_id"), "field_report_photos", ["report_id"])


def downgrade() -> None:
    op.drop_table("field_report_photos")
    op.drop_table("field_reports")
    op.drop_table("login_sessions")
    op.drop_table("api_tokens")
    op.drop_table("accounts")
