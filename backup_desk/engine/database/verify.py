"""Prove an archive's database restores. A native section: its format's `verify`. A portable section: load
it into a scratch SQLite file and compare counts and hashes.

The scratch tables keep insertion order (see metadata.build_tables), so reading them back in rowid order
gives the rows in the order they were dumped; canon.py makes SQLite's representations hash like the source's.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from backup_desk.engine.database.canon import TableHasher
from backup_desk.engine.database.engines import open_engine
from backup_desk.engine.database.loader import EntryRows, EntrySource, create_tables, finish_tables, load_all
from backup_desk.engine.database.metadata import build_tables
from backup_desk.engine.database.native.formats import native_for_section
from backup_desk.engine.database.restore import read_schema
from backup_desk.engine.database.schema import TableSchema
from backup_desk.engine.database.section import DatabaseSection, DatabaseVerifyResult
from backup_desk.engine.database.snapshot import select_sql
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.paths import TEMP_SUFFIX

READ_BATCH = 5000


def _rowid_name(t: TableSchema) -> str:
    return next(n for n in ("rowid", "_rowid_", "oid") if n not in t.column_names)


def _readback_kinds(conn: sa.Connection, t: TableSchema) -> list[str]:
    """Kinds for reading back; integer/float columns holding only native values hash as read (fast path).

    Only values SQLite cannot hold natively (big integers, NaN, -0.0: see convert.py) need converting back.
    """
    q = conn.dialect.identifier_preparer.quote
    kinds = [c.type.kind for c in t.columns]
    numeric = [i for i, k in enumerate(kinds) if k in ("integer", "float")]
    if not numeric:
        return kinds
    native = {"integer": "'integer'", "float": "'real'"}
    checks = ", ".join(
        f"max(typeof({q(t.columns[i].name)}) NOT IN ({native[kinds[i]]}, 'null'))" for i in numeric
    )
    flags = conn.exec_driver_sql(f"SELECT {checks} FROM {q(t.name)}").one()  # one scan for all columns
    for i, special in zip(numeric, flags, strict=True):
        if not special:
            kinds[i] = "text"  # no converter for it: values are hashed exactly as read
    return kinds


def _hash_back(raw: Any, sql: str, kinds: list[str], cancel: CancelToken | None) -> tuple[int, str]:
    hasher = TableHasher(kinds, readback=True)
    cur = raw.cursor()
    count = 0
    try:
        cur.execute(sql)
        while rows := cur.fetchmany(READ_BATCH):
            if cancel is not None:
                cancel.check()
            hasher.update(rows)
            count += len(rows)
    finally:
        cur.close()
    return count, hasher.hexdigest()


def verify_database(
    reader: EntrySource,
    section: DatabaseSection,
    scratch_dir: Path,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    *,
    verify_url: str | None = None,
) -> DatabaseVerifyResult:
    """`verify_url`: a server where a native format may create a temporary database to restore into."""
    fmt = native_for_section(section)
    if fmt is not None:
        return fmt.verify(reader, section, Path(scratch_dir), verify_url=verify_url, reporter=reporter,
                          cancel=cancel)
    schema = read_schema(reader, section)
    scratch_dir = Path(scratch_dir)
    scratch_dir.mkdir(parents=True, exist_ok=True)
    path = scratch_dir / f"verify-{secrets.token_hex(6)}.sqlite3{TEMP_SUFFIX}"
    scratch_pragmas = ("PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF")  # thrown away afterwards
    engine = open_engine(f"sqlite:///{path}", sqlite_begin="BEGIN IMMEDIATE", sqlite_pragmas=scratch_pragmas)
    problems: list[str] = []
    rows_checked = 0
    try:
        with engine.connect() as conn, conn.begin():
            tt = build_tables(schema, "sqlite", insertion_order=True)
            create_tables(conn, tt)
            load_all(conn, tt, schema, EntryRows(reader, section), reporter=reporter, cancel=cancel)
            finish_tables(conn, tt, schema)
            raw = conn.connection.driver_connection
            for rec in section.tables:
                if rec.entry is None:
                    continue
                t = schema.table(rec.name)
                sql = select_sql(conn, t.name, t.column_names) + f" ORDER BY {_rowid_name(t)}"
                count, digest = _hash_back(raw, sql, _readback_kinds(conn, t), cancel)
                rows_checked += count
                if count != rec.rows:
                    problems.append(
                        f"Table {rec.name!r}: {count} rows restored, the manifest says {rec.rows}."
                    )
                elif digest != rec.content_hash:
                    problems.append(
                        f"Table {rec.name!r}: restored rows differ from the backed-up rows "
                        "(content hash mismatch)."
                    )
    finally:
        engine.dispose()
        for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
            p.unlink(missing_ok=True)
    return DatabaseVerifyResult(len(section.tables), rows_checked, problems)
