"""Prove an archive's database restores: load it into a scratch SQLite file and compare counts and hashes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from backup_desk.engine.database.section import DatabaseSection, DatabaseVerifyResult
from backup_desk.engine.progress import CancelToken, ProgressReporter

if TYPE_CHECKING:
    from backup_desk.engine.archive.reader import ArchiveReader


def verify_database(reader: ArchiveReader, section: DatabaseSection, scratch_dir: Path,
                    reporter: ProgressReporter | None = None,
                    cancel: CancelToken | None = None) -> DatabaseVerifyResult:
    raise NotImplementedError
