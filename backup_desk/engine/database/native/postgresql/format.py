"""`PostgresNativeFormat`: the NativeFormat of PostgreSQL sections ("postgresql-sql/1")."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from backup_desk.engine.contracts import BackupType, PlannedWrite
from backup_desk.engine.database.dump import EntrySink
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import CrossEngineLoss, Dependent, RestoreOptions
from backup_desk.engine.database.native.postgresql import cross
from backup_desk.engine.database.native.postgresql.dump import dump_postgresql
from backup_desk.engine.database.native.postgresql.layout import FORMAT_NAME
from backup_desk.engine.database.native.postgresql.plan import dependents_postgresql, plan_postgresql
from backup_desk.engine.database.native.postgresql.restore import restore_postgresql
from backup_desk.engine.database.native.postgresql.verify import verify_postgresql
from backup_desk.engine.database.schema import PortableSchema
from backup_desk.engine.database.section import DatabaseRestoreResult, DatabaseSection, DatabaseVerifyResult
from backup_desk.engine.progress import CancelToken, ProgressReporter


class PostgresNativeFormat:
    format_name = FORMAT_NAME
    dialects: tuple[str, ...] = ("postgresql",)

    def dump(
        self,
        url: str,
        backup_type: BackupType,
        writer: EntrySink,
        reporter: ProgressReporter,
        cancel: CancelToken,
    ) -> DatabaseSection:
        return dump_postgresql(url, backup_type, writer, reporter, cancel)

    def plan_restore(
        self, source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions
    ) -> list[PlannedWrite]:
        return plan_postgresql(source, section, to_url, options)

    def dependents(self, to_url: str, section: DatabaseSection, options: RestoreOptions) -> list[Dependent]:
        return dependents_postgresql(to_url, section, options)

    def restore(
        self,
        source: EntrySource,
        section: DatabaseSection,
        to_url: str,
        options: RestoreOptions,
        *,
        reporter: ProgressReporter | None,
        cancel: CancelToken | None,
        before_commit: Callable[[], None] | None,
    ) -> DatabaseRestoreResult:
        return restore_postgresql(
            source, section, to_url, options, reporter=reporter, cancel=cancel, before_commit=before_commit
        )

    def verify(
        self,
        source: EntrySource,
        section: DatabaseSection,
        scratch_dir: Path,
        *,
        verify_url: str | None,
        reporter: ProgressReporter | None,
        cancel: CancelToken | None,
    ) -> DatabaseVerifyResult:
        scratch_dir.mkdir(parents=True, exist_ok=True)  # unused: scratch restores go to a scratch database
        return verify_postgresql(source, section, verify_url=verify_url, reporter=reporter, cancel=cancel)

    def portable_schema(self, source: EntrySource, section: DatabaseSection) -> PortableSchema:
        return cross.portable_schema(source, section)

    def iter_rows(
        self, source: EntrySource, section: DatabaseSection, table: str, scratch_dir: Path
    ) -> Iterator[Sequence[Sequence[Any]]]:
        return cross.iter_rows(source, section, table)

    def cross_engine_losses(
        self, source: EntrySource, section: DatabaseSection, to_dialect: str
    ) -> list[CrossEngineLoss]:
        return cross.cross_engine_losses(source, section, to_dialect)
