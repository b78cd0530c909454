"""Restore an archive's database section into a target URL (one transaction, or staging + swap on MySQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from backup_desk.engine.contracts import PlannedWrite
from backup_desk.engine.database.section import DatabaseRestoreResult, DatabaseSection
from backup_desk.engine.progress import CancelToken, ProgressReporter

if TYPE_CHECKING:
    from backup_desk.engine.archive.reader import ArchiveReader


def plan_database_restore(reader: ArchiveReader, section: DatabaseSection, to_url: str, *,
                          schema_only: bool = False, tables: Sequence[str] | None = None,
                          replace: bool = False) -> list[PlannedWrite]:
    raise NotImplementedError


def restore_database(reader: ArchiveReader, section: DatabaseSection, to_url: str, *,
                     schema_only: bool = False, tables: Sequence[str] | None = None, replace: bool = False,
                     reporter: ProgressReporter | None = None,
                     cancel: CancelToken | None = None) -> DatabaseRestoreResult:
    raise NotImplementedError
