"""Native database sections: what each engine's own dump tool would write, produced without its client.

An archive written by this release holds, for its database, a *native* section
(`DatabaseSection.native_format` is set): a SQLite page-level snapshot, a PostgreSQL pre-data / COPY data /
post-data set replayable by `psql`, or a MariaDB/MySQL set replayable by the `mariadb` client. Archives
written before hold the portable section (`db/schema.json` + msgpack rows) and keep restoring through the
portable path (`..restore`, `..loader`).

Each engine implements `NativeFormat` in its own module of this package; `formats.py` picks one by dialect
(backup) or by `DatabaseSection.native_format` (restore, verify). Same-engine restores use the native path;
cross-engine restores read the native section through `portable_schema` + `iter_rows` and load the target
with the portable loader, after `cross_engine_losses` has told the user what cannot be carried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from backup_desk.engine.contracts import BackupType, PlannedWrite
from backup_desk.engine.database.dump import EntrySink
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.schema import PortableSchema
from backup_desk.engine.database.section import DatabaseRestoreResult, DatabaseSection, DatabaseVerifyResult
from backup_desk.engine.progress import CancelToken, ProgressReporter


@dataclass(frozen=True)
class RestoreOptions:
    """What the caller asked of a database restore (same meaning for every engine)."""

    tables: tuple[str, ...] | None = None  # None = everything in the archive; else these tables only
    schema_only: bool = False  # create objects, load no rows
    replace: bool = False  # the target may hold the same objects: replace exactly those
    allow_dependents: bool = False  # the user agreed that objects outside the set depending on it are
    # dropped/recreated (never silently): see `dependents`
    keep_owners: bool = False  # give objects their source owners and privileges (PostgreSQL: ALTER … OWNER
    # TO and GRANT; MariaDB: DEFINER); off by default, like `pg_restore --no-owner --no-privileges`


@dataclass(frozen=True)
class Dependent:
    """An object outside the restore set that depends on a table the restore would replace."""

    kind: str  # "view", "foreign key", "trigger", "function", "materialized view", …
    name: str  # qualified where the engine has schemas
    depends_on: str  # the restored table it depends on


@dataclass(frozen=True)
class CrossEngineLoss:
    """An object or type a cross-engine restore cannot carry (said before anything is written)."""

    kind: str  # "view", "trigger", "function", "column type", …
    name: str
    reason: str


@dataclass(frozen=True)
class NativeDumpInfo:
    """Extra facts a dump wants recorded beside the section (warnings end up in the manifest)."""

    warnings: list[str] = field(default_factory=list)


class DumpAhead(Protocol):
    """A dump whose slow first part (SQLite: the page snapshot) runs on a thread while the backup writes
    its files; `finish` writes the section once the archive is free, `close` removes what it made."""

    def finish(self, writer: EntrySink, reporter: ProgressReporter, cancel: CancelToken) -> DatabaseSection:
        ...

    def close(self) -> None:
        ...


class NativeFormat(Protocol):
    """One engine's native section. Every method streams: no table or archive is ever held whole in memory."""

    format_name: str  # e.g. "sqlite-snapshot/1", "postgresql-sql/1", "mysql-sql/1"; stored in the section
    dialects: tuple[str, ...]  # SQLAlchemy backend names this format dumps and restores natively

    def dump(
        self, url: str, backup_type: BackupType, writer: EntrySink, reporter: ProgressReporter,
        cancel: CancelToken,
    ) -> DatabaseSection:
        """Consistent snapshot of the source into entries under `db/`; the section lists every table with
        its row count and content hash, and `native` holds what restore/verify need (entries, objects).
        Raises SourceError (never returns a section) when the source holds data the archive cannot carry
        faithfully."""
        ...

    def plan_restore(
        self, source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions
    ) -> list[PlannedWrite]:
        """What a same-engine restore would write; reads the target only."""
        ...

    def dependents(self, to_url: str, section: DatabaseSection, options: RestoreOptions) -> list[Dependent]:
        """Objects of the target outside the restore set that depend on tables it would replace."""
        ...

    def restore(
        self, source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions, *,
        reporter: ProgressReporter | None, cancel: CancelToken | None,
        before_commit: Callable[[], None] | None,
    ) -> DatabaseRestoreResult:
        """Same-engine restore: one transaction or one atomic swap; a failure leaves the target as it was.
        Refuses (DependentObjectsError) when `dependents` is not empty and `allow_dependents` is False."""
        ...

    def verify(
        self, source: EntrySource, section: DatabaseSection, scratch_dir: Path, *,
        verify_url: str | None, reporter: ProgressReporter | None, cancel: CancelToken | None,
    ) -> DatabaseVerifyResult:
        """Prove the section restores: a scratch restore where possible (verify_url names a server where a
        temporary database may be created), else every check short of that."""
        ...

    def portable_schema(self, source: EntrySource, section: DatabaseSection) -> PortableSchema:
        """The tables in dialect-free terms, for cross-engine restores."""
        ...

    def iter_rows(
        self, source: EntrySource, section: DatabaseSection, table: str, scratch_dir: Path
    ) -> Iterator[Sequence[Sequence[Any]]]:
        """Batches of rows of one table as Python values of the portable kinds (what codec.py decodes)."""
        ...

    def cross_engine_losses(self, source: EntrySource, section: DatabaseSection, to_dialect: str
                            ) -> list[CrossEngineLoss]:
        """Everything a restore into `to_dialect` cannot carry (views, functions, triggers, types…)."""
        ...
