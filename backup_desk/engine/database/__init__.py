"""Database backup and restore through SQLAlchemy: native sections per engine, portable cross-engine path.

The names below are loaded on first use (PEP 562): the window imports `urls` at start, and must not pay for
the dump, restore and verify machinery (and their drivers) before its first paint.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "DatabaseRestoreError": "failures",
    "DatabaseRestoreResult": "section",
    "DatabaseSection": "section",
    "DatabaseVerifyResult": "section",
    "EntrySink": "dump",
    "EntrySource": "loader",
    "TableRecord": "section",
    "dump_database": "dump",
    "estimate_database_size": "dump",
    "plan_database_restore": "restore",
    "redact_url": "urls",
    "restore_database": "restore",
    "split_password": "urls",
    "verify_database": "verify",
    "with_password": "urls",
}
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

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value
