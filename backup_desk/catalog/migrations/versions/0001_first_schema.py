"""First schema: the specification's configuration and history fields, plus source/folders/destination.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "configurations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("backup_type", sa.String(16), nullable=False, server_default="full"),
        sa.Column("frequency", sa.String(16), nullable=False, server_default="manual"),
        sa.Column("is_active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("include_files", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("compression_enabled", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("encryption_enabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("retention_days", sa.Integer, nullable=False, server_default="30"),
        sa.Column("source_url", sa.Text, nullable=True),
        sa.Column("folders", sa.JSON, nullable=False, server_default="[]"),
        sa.Column("destination", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "backups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("backup_name", sa.String(300), nullable=False),
        sa.Column("backup_type", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column(
            "configuration_id",
            sa.Integer,
            sa.ForeignKey("configurations.id", ondelete="SET NULL", name="fk_backups_configuration"),
            nullable=True,
        ),
        sa.Column("file_size", sa.Integer, nullable=True),
        sa.Column("file_path", sa.Text, nullable=False, server_default=""),
        sa.Column("duration_seconds", sa.Float, nullable=True),
        sa.Column("started_at", sa.DateTime, nullable=True),
        sa.Column("completed_at", sa.DateTime, nullable=True),
        sa.Column("tables_count", sa.Integer, nullable=True),
        sa.Column("records_count", sa.Integer, nullable=True),
        sa.Column("files_count", sa.Integer, nullable=True),
        sa.Column("error_message", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("backups")
    op.drop_table("configurations")
