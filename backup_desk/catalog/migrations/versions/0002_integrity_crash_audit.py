"""Everything added since the first schema: warnings, archive checksum and id, crash detection,
verification, passphrase canary and stored-password flag, the audit trail, and the indexes (and the
search index) history paging relies on.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("configurations") as batch:
        batch.add_column(
            sa.Column("compression_algorithm", sa.String(16), nullable=False, server_default="zstd")
        )
        batch.add_column(sa.Column("passphrase_canary", sa.LargeBinary, nullable=True))
        batch.add_column(
            sa.Column("source_password_set", sa.Boolean, nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table("backups") as batch:
        batch.add_column(sa.Column("warnings", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("archive_sha256", sa.String(64), nullable=True))
        batch.add_column(sa.Column("archive_id", sa.String(32), nullable=True))
        batch.add_column(sa.Column("encrypted", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("compression", sa.String(16), nullable=False, server_default="zstd"))
        batch.add_column(sa.Column("source_summary", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("pid", sa.Integer, nullable=True))
        batch.add_column(sa.Column("hostname", sa.String(255), nullable=True))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("temp_path", sa.Text, nullable=True))
        batch.add_column(sa.Column("verified_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("verify_ok", sa.Boolean, nullable=True))
        batch.add_column(sa.Column("verify_message", sa.Text, nullable=False, server_default=""))
        batch.create_index("ix_backups_created_at", ["created_at"])
        batch.create_index("ix_backups_status_created", ["status", "created_at"])
        batch.create_index("ix_backups_type_created", ["backup_type", "created_at"])
        batch.create_index("ix_backups_configuration", ["configuration_id", "created_at"])
        batch.create_index("ix_backups_archive_id", ["archive_id"])
        batch.create_index("ix_backups_stats", ["status", "backup_type", "file_size", "duration_seconds"])

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target_type", sa.String(32), nullable=False),
        sa.Column("target_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("summary", sa.Text, nullable=False, server_default=""),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("after", sa.JSON, nullable=True),
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"])
    create_search_index()


# Substring search on backup names over a million rows: an FTS5 trigram index kept in step by triggers.
# Note for later revisions: a batch rebuild of `backups` drops these triggers; re-create them after it.
SEARCH_DDL = (
    "CREATE VIRTUAL TABLE backups_search USING fts5(backup_name, content='backups', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER backups_search_ai AFTER INSERT ON backups BEGIN "
    "INSERT INTO backups_search(rowid, backup_name) VALUES (new.id, new.backup_name); END",
    "CREATE TRIGGER backups_search_ad AFTER DELETE ON backups BEGIN "
    "INSERT INTO backups_search(backups_search, rowid, backup_name) "
    "VALUES ('delete', old.id, old.backup_name); "
    "END",
    "CREATE TRIGGER backups_search_au AFTER UPDATE OF backup_name ON backups BEGIN "
    "INSERT INTO backups_search(backups_search, rowid, backup_name) "
    "VALUES ('delete', old.id, old.backup_name); "
    "INSERT INTO backups_search(rowid, backup_name) VALUES (new.id, new.backup_name); END",
    "INSERT INTO backups_search(backups_search) VALUES ('rebuild')",
)


def create_search_index() -> None:
    for statement in SEARCH_DDL:
        op.execute(statement)


def downgrade() -> None:
    for trigger in ("backups_search_au", "backups_search_ad", "backups_search_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS backups_search")
    op.drop_index("ix_audit_events_at", table_name="audit_events")
    op.drop_table("audit_events")
    with op.batch_alter_table("backups") as batch:
        for ix in ("ix_backups_stats", "ix_backups_archive_id", "ix_backups_configuration",
                   "ix_backups_type_created", "ix_backups_status_created", "ix_backups_created_at"):
            batch.drop_index(ix)
        for col in ("verify_message", "verify_ok", "verified_at", "temp_path", "heartbeat_at", "hostname",
                    "pid", "source_summary", "compression", "encrypted", "archive_id", "archive_sha256",
                    "warnings"):
            batch.drop_column(col)
    with op.batch_alter_table("configurations") as batch:
        batch.drop_column("source_password_set")
        batch.drop_column("passphrase_canary")
        batch.drop_column("compression_algorithm")
