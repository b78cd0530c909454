"""Crash safety (issue 9): the registry of temporary files and staging folders with their owner, and the
passphrases kept in the keyring for archives whose configuration's passphrase changed (with the reference
from each history row), and where each configuration's passphrase is kept.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0003m"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "temp_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("path", sa.Text, nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("backup_id", sa.Integer, nullable=True),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("hostname", sa.String(255), nullable=False),
        sa.Column("boot_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "kept_passphrases",
        sa.Column("ref", sa.String(64), primary_key=True),
        sa.Column("configuration_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    # Plain ALTER TABLE ADD COLUMN, not a batch rebuild: rebuilding `backups` would drop the search
    # index's triggers (see 0002).
    op.add_column("backups", sa.Column("passphrase_ref", sa.String(64), nullable=True))
    op.add_column("configurations",
                  sa.Column("passphrase_store", sa.String(16), nullable=False, server_default=""))
    # Earlier releases kept every passphrase they could in the keyring: assume so (the card then shows
    # "asks for the passphrase" only where a save since said it could not be stored).
    op.execute("UPDATE configurations SET passphrase_store = 'keyring' "
               "WHERE encryption_enabled AND passphrase_canary IS NOT NULL")


def downgrade() -> None:
    op.drop_column("configurations", "passphrase_store")  # SQLite >= 3.35: no rebuild, triggers kept
    op.drop_column("backups", "passphrase_ref")
    op.drop_table("kept_passphrases")
    op.drop_table("temp_files")
