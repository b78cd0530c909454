"""Dump a database into an archive: the engine's native section (native/) where this build has one, else
the portable section (schema, readable DDL and typed rows, from one snapshot)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

import sqlalchemy as sa

from backup_desk.engine.contracts import BackupType
from backup_desk.engine.database.canon import TableHasher
from backup_desk.engine.database.codec import RowPacker
from backup_desk.engine.database.engines import connect, dialect_name
from backup_desk.engine.database.failures import dump_step
from backup_desk.engine.database.metadata import ddl_text
from backup_desk.engine.database.pipe import BackgroundWriter
from backup_desk.engine.database.schema import TableSchema
from backup_desk.engine.database.section import (
    DDL_ENTRY,
    SCHEMA_ENTRY,
    DatabaseSection,
    TableRecord,
    table_entry_name,
)
from backup_desk.engine.database.snapshot import BatchSizer, Snapshot, open_snapshot
from backup_desk.engine.database.urls import parse_url
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import BackupDeskError

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from backup_desk.engine.database.native import DumpAhead


class EntrySink(Protocol):
    """What dumping needs from `ArchiveWriter` (kept narrow so tests can also use plain files)."""

    def open_entry(
        self, name: str, *, mtime: float | None = None, mode: int = 0o644
    ) -> AbstractContextManager[IO[bytes]]: ...


def _dump_table(
    snap: Snapshot, table: TableSchema, out: IO[bytes], reporter: ProgressReporter, cancel: CancelToken
) -> tuple[int, str, int]:
    """Fetch, encode and hash in this thread; compressing (and hashing raw bytes) in the writer's thread."""
    packer = RowPacker()
    hasher = TableHasher([c.type.kind for c in table.columns], dialect=snap.dialect)
    rows = size = 0
    sizer = BatchSizer()
    with BackgroundWriter(out, tap=None if hasher.needs_canon else hasher.update_packed) as bg:
        for batch in snap.batches(table, sizer):
            cancel.check()
            packed = packer.pack_rows(batch)
            sizer.observe(len(batch), len(packed))
            if hasher.needs_canon:
                hasher.update(batch)
            bg.write(packed)
            rows += len(batch)
            size += len(packed)
            reporter.advance(nbytes=len(packed), items=len(batch), detail=table.name)
    return rows, hasher.hexdigest(), size


def dump_database(
    url: str, backup_type: BackupType, writer: EntrySink, reporter: ProgressReporter, cancel: CancelToken
) -> DatabaseSection:
    """The native section of the source's engine (see native/formats.py), else the portable one.

    The caller sets the progress phase; this advances it by bytes and rows. Warnings the format wants in the
    manifest are in `section.native["warnings"]` (see `section_warnings`)."""
    from backup_desk.engine.database.native.formats import native_for_dialect  # native/ imports this module

    cancel.check()
    fmt = native_for_dialect(dialect_name(url))
    if fmt is not None:
        return fmt.dump(url, backup_type, writer, reporter, cancel)
    return dump_portable(url, backup_type, writer, reporter, cancel)


def start_dump_ahead(url: str, backup_type: BackupType, scratch_folder: Path,
                     cancel: CancelToken) -> DumpAhead | None:
    """The first part of the dump started on a thread, for a format that has one that needs no archive
    (SQLite's snapshot); None otherwise. The caller finishes it with `finish` and always `close`s it."""
    from backup_desk.engine.database.native.formats import native_for_dialect

    fmt = native_for_dialect(dialect_name(url))
    start = getattr(fmt, "dump_ahead", None)
    return start(url, backup_type, scratch_folder, cancel) if start is not None else None


def section_warnings(section: DatabaseSection) -> list[str]:
    """What a native dump asked to record in the manifest's warnings (values it carries approximately…)."""
    native = section.native or {}
    return [str(w) for w in native.get("warnings", [])]


def dump_portable(
    url: str, backup_type: BackupType, writer: EntrySink, reporter: ProgressReporter, cancel: CancelToken
) -> DatabaseSection:
    """Write `db/schema.json`, `db/ddl.sql` and (unless `metadata`) one rows entry per table.

    The caller sets the progress phase; this advances it by encoded bytes and rows, table by table.
    """
    cancel.check()
    with open_snapshot(url) as snap:
        with writer.open_entry(SCHEMA_ENTRY) as out:
            out.write(snap.schema.to_json_bytes())
        with writer.open_entry(DDL_ENTRY) as out:
            out.write(ddl_text(snap.schema, snap.conn.dialect).encode("utf-8"))
        records = []
        for index, table in enumerate(snap.schema.tables, start=1):
            cancel.check()
            if backup_type == BackupType.METADATA:
                records.append(TableRecord(table.name, 0, "", None))
                continue
            entry = table_entry_name(index)
            with dump_step(f"table {table.name!r}"), writer.open_entry(entry) as out:
                rows, digest, size = _dump_table(snap, table, out, reporter, cancel)
            records.append(TableRecord(table.name, rows, digest, entry, size))
        return DatabaseSection(
            dialect=snap.dialect, backup_type=backup_type, tables=records, server_version=snap.server_version
        )


def estimate_database_size(url: str) -> int | None:
    """Rough bytes on disk (for progress and free-space checks); None when the server will not say."""
    try:
        name = dialect_name(url)
    except BackupDeskError:
        return None
    if name == "sqlite":  # the file's size; connecting to a missing file would create it
        path = Path(parse_url(url).database or "")
        return path.stat().st_size if path.is_file() else None
    queries = {
        "postgresql": "SELECT pg_database_size(current_database())",
        "mysql": "SELECT SUM(data_length + index_length) FROM information_schema.tables "
        "WHERE table_schema = DATABASE()",
    }
    sql = queries.get("mysql" if name == "mariadb" else name)
    if sql is None:
        return None
    try:
        with connect(url) as conn:
            value = conn.exec_driver_sql(sql).scalar()
            conn.rollback()
    except (sa.exc.SQLAlchemyError, OSError, BackupDeskError):
        return None
    return int(value) if value is not None else None
