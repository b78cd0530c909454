"""Database backup and restore through SQLAlchemy: portable schema, typed row codec, consistent snapshots."""

from backup_desk.engine.database.dump import EntrySink, dump_database, estimate_database_size
from backup_desk.engine.database.failures import DatabaseRestoreError
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.restore import plan_database_restore, restore_database
from backup_desk.engine.database.section import (
    DatabaseRestoreResult,
    DatabaseSection,
    DatabaseVerifyResult,
    TableRecord,
)
from backup_desk.engine.database.urls import redact_url, split_password, with_password
from backup_desk.engine.database.verify import verify_database

__all__ = [
    "DatabaseRestoreError",
    "DatabaseRestoreResult",
    "DatabaseSection",
    "DatabaseVerifyResult",
    "EntrySink",
    "EntrySource",
    "TableRecord",
    "dump_database",
    "estimate_database_size",
    "plan_database_restore",
    "redact_url",
    "restore_database",
    "split_password",
    "verify_database",
    "with_password",
]
