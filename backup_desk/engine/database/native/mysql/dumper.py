"""Dump a MariaDB/MySQL database into the `db/mysql/` entries, from one consistent snapshot (shared by
helper sessions that format a large table's rows side by side: shared_snapshot.py, parallel_rows.py)."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import sqlalchemy as sa

from backup_desk.engine.contracts import BackupType
from backup_desk.engine.database.dump import EntrySink
from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.failures import dump_step
from backup_desk.engine.database.native.mysql import layout
from backup_desk.engine.database.native.mysql.catalog import Catalog, Table, quote, read_catalog
from backup_desk.engine.database.native.mysql.literals import supported
from backup_desk.engine.database.native.mysql.parallel_rows import parallel_chunks
from backup_desk.engine.database.native.mysql.rows import (
    Chunk,
    RowHasher,
    iter_chunks,
    keyed_by_integer,
    long_value_limit,
)
from backup_desk.engine.database.native.mysql.shared_snapshot import READ_SESSION, start_snapshots
from backup_desk.engine.database.pipe import BackgroundWriter, read_ahead
from backup_desk.engine.database.schema import PortableSchema, reflect_schema
from backup_desk.engine.database.section import DatabaseSection, TableRecord
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import SourceError
from backup_desk.messages import Text

Readers = tuple[list[Any], frozenset[str]]  # helper sessions in the dump's snapshot, the tables they read
# MariaDB's transactional engines: the consistent snapshot covers their rows only.
_TRANSACTIONAL = {"innodb", "xtradb", "rocksdb", "tokudb"}


def _check_columns(cat: Catalog) -> None:
    bad = [
        f"{quote(t.name)}.{quote(c.name)} ({c.column_type})"
        for t in cat.tables
        for c in t.stored_columns
        if not supported(c)
    ]
    if bad:
        raise SourceError(
            Text("Columns of a type this release cannot back up faithfully: {0}.", ', '.join(bad)),
            Text("Change their type, or leave these tables out of the database the configuration backs up."),
        )


def _statements(prefix: bytes, chunk: Chunk) -> Iterator[bytes]:
    """INSERT statements for a chunk: one when it is about a statement's size, else split by size."""
    if len(chunk.text) <= 2 * layout.STATEMENT_BYTES:
        yield b"".join((prefix, chunk.text.replace(b"\n", b","), b";\n"))
        return
    pending: list[bytes] = []
    size = 0
    for line in chunk.split():
        if pending and size + len(line) > layout.STATEMENT_BYTES:
            yield b"".join((prefix, b",".join(pending), b";\n"))
            pending, size = [], 0
        pending.append(line)
        size += len(line) + 1
    if pending:
        yield b"".join((prefix, b",".join(pending), b";\n"))


def _chunks(raw: Any, readers: Readers, t: Table) -> Iterator[Chunk]:
    limit = long_value_limit(raw.cursor(), t)
    helpers, shared = readers
    if helpers and t.name in shared and keyed_by_integer(t):
        return parallel_chunks(raw, helpers, t, limit)
    # The connection is the reader thread's until the table is read (nothing else uses it meanwhile).
    return read_ahead(iter_chunks(raw, t, limit))


def _dump_rows(
    raw: Any, readers: Readers, t: Table, out: Any, reporter: ProgressReporter, cancel: CancelToken
) -> tuple[int, str, int]:
    """Writes the table's data file; returns (rows, content hash, bytes)."""
    prefix = layout.insert_prefix(t.name, [c.name for c in t.stored_columns])
    hasher = RowHasher(bool(t.primary_key))
    rows = size = 0
    with BackgroundWriter(out) as bg:
        head = layout.data_header(t.name)
        bg.write(head)
        size += len(head)
        for chunk in _chunks(raw, readers, t):
            cancel.check()
            hasher.update(chunk)
            for stmt in _statements(prefix, chunk):
                bg.write(stmt)
                size += len(stmt)
            rows += chunk.rows
            reporter.advance(nbytes=len(chunk.text), items=chunk.rows, detail=t.name)
    return rows, hasher.hexdigest(), size


def dump_mysql(
    url: str,
    backup_type: BackupType,
    writer: EntrySink,
    reporter: ProgressReporter,
    cancel: CancelToken,
) -> DatabaseSection:
    cancel.check()
    with connect(url) as conn, ExitStack() as stack:
        raw: Any = conn.connection.driver_connection
        cur = raw.cursor()
        with dump_step("the database's definitions"):
            for sql in READ_SESSION:
                cur.execute(sql)
            cur.execute("SELECT VERSION()")
            version = str(cur.fetchone()[0])
            raw.commit()
            readers = stack.enter_context(
                start_snapshots(url, raw, with_rows=backup_type != BackupType.METADATA)
            )
            # Definitions first, right at the start of the snapshot (the dictionary is not versioned).
            cat = read_catalog(cur, version)
            _check_columns(cat)
            # Types SQLAlchemy does not know (POINT…) need no warning: the catalog has them.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", sa.exc.SAWarning)
                portable = reflect_schema(conn)
        try:
            return _write(raw, readers, cat, portable, backup_type, writer, reporter, cancel)
        finally:
            raw.rollback()


def _write(
    raw: Any,
    readers: Readers,
    cat: Catalog,
    portable: PortableSchema,
    backup_type: BackupType,
    writer: EntrySink,
    reporter: ProgressReporter,
    cancel: CancelToken,
) -> DatabaseSection:
    with_schema = backup_type in (BackupType.FULL, BackupType.METADATA)
    with_rows = backup_type in (BackupType.FULL, BackupType.DATA)
    warnings = [
        f"Table {quote(t.name)} uses the {t.engine} engine, which has no transactions: its rows were read "
        "at their own moment, not in the backup's consistent snapshot."
        for t in cat.tables
        if with_rows and t.engine.lower() not in _TRANSACTIONAL
    ]
    if with_schema:
        with writer.open_entry(layout.SCHEMA_SQL_ENTRY) as out:
            out.write(layout.schema_sql(cat.tables).encode("utf-8"))
    with writer.open_entry(layout.PORTABLE_ENTRY) as out:
        out.write(portable.to_json_bytes())
    records: list[TableRecord] = []
    hash_modes: dict[str, str] = {}
    for index, t in enumerate(cat.tables, start=1):
        hash_modes[t.name] = "ordered" if t.primary_key else "multiset"
        if not with_rows:
            records.append(TableRecord(t.name, 0, "", None))
            continue
        cancel.check()
        entry = layout.data_entry(index)
        with dump_step(f"table {t.name!r}"), writer.open_entry(entry) as out:
            rows, digest, size = _dump_rows(raw, readers, t, out, reporter, cancel)
        records.append(TableRecord(t.name, rows, digest, entry, size))
    programs = cat.programs if with_schema else []
    with writer.open_entry(layout.POST_SQL_ENTRY) as out:
        ais = cat.tables if backup_type == BackupType.DATA else []
        out.write(layout.post_sql(programs, ais).encode("utf-8"))
    with writer.open_entry(layout.OBJECTS_ENTRY) as out:
        out.write(json.dumps(cat.to_json(), ensure_ascii=False, indent=1).encode("utf-8"))
    data_entries = [r.entry for r in records if r.entry]
    with writer.open_entry(layout.SCRIPT_ENTRY) as out:
        out.write(layout.restore_script(cat, data_entries, backup_type, with_schema).encode("utf-8"))
    native = {
        "layout": 1,
        "script": layout.SCRIPT_ENTRY,
        "schema_sql": layout.SCHEMA_SQL_ENTRY if with_schema else None,
        "post_sql": layout.POST_SQL_ENTRY,
        "objects": layout.OBJECTS_ENTRY,
        "portable_schema": layout.PORTABLE_ENTRY,
        "database": {"name": cat.database, "charset": cat.charset, "collation": cat.collation},
        "definers": False,  # post.sql leaves DEFINER out: the escape hatch's objects belong to its user
        "hash": hash_modes,
        "programs": [
            {"kind": p.kind, "name": p.name, **({"table": p.table} if p.table else {})} for p in programs
        ],
        "counts": {k: len(cat.of_kind(k)) for k in ("view", "procedure", "function", "trigger", "event")},
        "warnings": warnings,
    }
    return DatabaseSection(
        dialect="mysql",
        backup_type=backup_type,
        tables=records,
        schema_entry=layout.PORTABLE_ENTRY,
        ddl_entry=layout.SCHEMA_SQL_ENTRY if with_schema else None,
        rows_format=layout.FORMAT_NAME,
        server_version=cat.server_version,
        native_format=layout.FORMAT_NAME,
        native=native,
    )
