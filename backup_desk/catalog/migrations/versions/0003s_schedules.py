"""Schedules and retention policy per configuration, and application settings (notifications, pause).

Two new tables, nothing altered: `schedules` (time of day, weekday, day of month, the last claimed slot
that makes two `run-due` processes run a job once, the minimum archives kept, optional GFS) and
`app_settings` (key -> JSON).

Revision ID: 0003s
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003s"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "schedules",
        sa.Column("configuration_id", sa.Integer,
                  sa.ForeignKey("configurations.id", ondelete="CASCADE", name="fk_schedules_configuration"),
                  primary_key=True),
        sa.Column("time_of_day", sa.String(5), nullable=False, server_default="02:00"),
        sa.Column("weekday", sa.Integer, nullable=False, server_default="0"),
        sa.Column("month_day", sa.Integer, nullable=False, server_default="1"),
        sa.Column("keep_last", sa.Integer, nullable=False, server_default="3"),
        sa.Column("gfs_daily", sa.Integer, nullable=False, server_default="0"),
        sa.Column("gfs_weekly", sa.Integer, nullable=False, server_default="0"),
        sa.Column("gfs_monthly", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_slot_at", sa.DateTime, nullable=True),
        sa.Column("claimed_at", sa.DateTime, nullable=True),
        sa.Column("claimed_by", sa.String(255), nullable=True),
        sa.Column("overdue_notified_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("app_settings")
    op.drop_table("schedules")
