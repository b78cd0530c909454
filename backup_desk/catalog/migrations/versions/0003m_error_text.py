"""A failed backup's reason as a translatable text: the English template and its arguments (JSON), beside
the English `error_message` the CLI prints. Rows from before keep only their English text (NULL here).

Revision ID: 0003m
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003m"
down_revision = "0003s"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): the history's search index and its triggers stay as they are.
    op.add_column("backups", sa.Column("error_text", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("backups") as batch:
        batch.drop_column("error_text")
