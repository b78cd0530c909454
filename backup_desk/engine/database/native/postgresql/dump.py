"""Dump a PostgreSQL database into the section's entries from one REPEATABLE READ READ ONLY snapshot.

Definitions come from the catalog (catalog.py); rows are streamed with COPY … TO STDOUT in text format
straight into the archive entry, hashed (SHA-256 of the COPY text) and counted on the way — never decoded.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from backup_desk.engine.contracts import BackupType
from backup_desk.engine.database.dump import EntrySink
from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.failures import dump_step
from backup_desk.engine.database.native.postgresql import layout as L
from backup_desk.engine.database.native.postgresql.archive import catalog_index
from backup_desk.engine.database.native.postgresql.catalog import Catalog, read_catalog
from backup_desk.engine.database.native.postgresql.context import ReadContext
from backup_desk.engine.database.native.postgresql.model import POST_DATA, PRE_DATA, TableInfo
from backup_desk.engine.database.native.postgresql.portable import build_portable_schema
from backup_desk.engine.database.pipe import BackgroundWriter
from backup_desk.engine.database.section import DatabaseSection, TableRecord
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import SourceError
from backup_desk.messages import Text

FLUSH_BYTES = 1 << 20
# Output settings that make the COPY text (and so its hash) the same on every server of a release.
SNAPSHOT_SETTINGS = (
    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
    "SELECT pg_catalog.set_config('search_path', '', true)",
    "SET LOCAL datestyle = 'ISO, YMD'",
    "SET LOCAL intervalstyle = 'postgres'",
    "SET LOCAL extra_float_digits = 3",
    "SET LOCAL bytea_output = 'hex'",
    "SET LOCAL row_security = off",
    "SET LOCAL timezone = 'UTC'",
)


@contextmanager
def pg_snapshot(url: str) -> Iterator[Any]:
    """A raw psycopg cursor inside one consistent read-only snapshot with dump-stable output settings."""
    with connect(url) as conn:
        raw: Any = conn.connection.driver_connection
        cur = raw.cursor()
        try:
            with dump_step("the database snapshot"):
                for sql in SNAPSHOT_SETTINGS:
                    cur.execute(sql)
            yield cur
        finally:
            cur.close()
            raw.rollback()


def query_fn(cur: Any) -> Any:
    def q(sql: str) -> list[tuple[Any, ...]]:
        cur.execute(sql)
        return list(cur.fetchall()) if cur.description else []

    return q


def copy_statement(table: TableInfo) -> str:
    cols = ", ".join(_quote(c.name) for c in table.copy_columns)
    return f"COPY {table.name} ({cols}) FROM stdin;"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def copy_out(raw: Any, sql: str, flush: int = FLUSH_BYTES) -> Iterator[bytes]:
    """`COPY … TO STDOUT` text, `flush` bytes at a time. libpq hands out one row per call: the loop talks to
    it directly (psycopg's own COPY iterator costs twice as much per row), then reads the command's end."""
    from psycopg import errors, pq

    pgconn = raw.pgconn
    pgconn.send_query(sql.encode("utf-8"))
    res = pgconn.get_result()
    if res is None or res.status != pq.ExecStatus.COPY_OUT:
        while pgconn.get_result() is not None:
            pass
        message = res.error_message.decode("utf-8", "replace") if res is not None else "no result"
        raise errors.DatabaseError(message.strip())
    get = pgconn.get_copy_data
    buf = bytearray()
    while True:
        nbytes, data = get(0)
        if nbytes < 0:
            break
        buf += data
        if len(buf) >= flush:
            yield bytes(buf)
            buf.clear()
    if buf:
        yield bytes(buf)
    failure = None
    while (res := pgconn.get_result()) is not None:
        if res.status == pq.ExecStatus.FATAL_ERROR:
            failure = res.error_message.decode("utf-8", "replace").strip()
    if failure:
        raise errors.DatabaseError(failure)


def _copy_table(
    cur: Any,
    table: TableInfo,
    index: int,
    writer: EntrySink,
    reporter: ProgressReporter,
    cancel: CancelToken,
) -> L.TableData:
    entry = L.data_entry(index)
    copy_in = copy_statement(table)
    header = (copy_in + "\n").encode("utf-8")
    copy_out_sql = copy_in.replace(" FROM stdin;", " TO STDOUT")
    digest = hashlib.sha256()
    rows = size = 0
    with dump_step(f"table {table.name}"), writer.open_entry(entry) as out:
        out.write(header)
        # Rows are hashed in the writer's thread, beside compression; this one only talks to libpq.
        with BackgroundWriter(out, tap=digest.update) as bg:
            for chunk in copy_out(cur.connection, copy_out_sql):
                cancel.check()
                n = chunk.count(b"\n")  # text format escapes newlines in values: one per row
                bg.write(chunk)
                rows += n
                size += len(chunk)
                reporter.advance(nbytes=len(chunk), items=n, detail=table.shown)
        out.write(b"\\.\n\n")
    return L.TableData(table.name, entry, copy_in, len(header), size, rows, digest.hexdigest(), table.shown)


def _write_text(writer: EntrySink, entry: str, lines: list[str]) -> None:
    with writer.open_entry(entry) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


def _section_sql(cat: Catalog, section: str) -> list[str]:
    lines = ["-- Backup Desk: PostgreSQL " + section + " (run through restore.sql)", ""]
    if section == PRE_DATA:
        lines += [*L.SESSION_SETTINGS, ""]
    for obj in cat.objects:
        if obj.section == section and obj.sql:
            lines.append(f"-- {obj.kind}: {obj.name}" + (f" (table {obj.table})" if obj.table else ""))
            lines += obj.sql
            lines.append("")
    return lines


def _access_sql(cat: Catalog) -> list[str]:
    lines = [
        "-- Backup Desk: PostgreSQL owners and privileges (as pg_dump without --no-owner --no-privileges).",
        "-- Not part of restore.sql: the roles named here must exist. After restore.sql:",
        "--   psql -v ON_ERROR_STOP=1 -d <database> -f access.sql",
        "",
        *L.SESSION_SETTINGS,
        "",
    ]
    for obj in cat.objects:
        if obj.access:
            lines += [f"-- {obj.kind}: {obj.name}", *obj.access, ""]
    return lines


def _sequence_values(q: Any, cat: Catalog) -> list[str]:
    lines = []
    for seq in cat.sequences:
        literal, last, called = q(
            f"SELECT quote_literal('{seq.replace(chr(39), chr(39) * 2)}'), last_value, is_called FROM {seq}"
        )[0]
        lines.append(f"SELECT pg_catalog.setval({literal}, {last}, {'true' if called else 'false'});")
    return lines


def dump_postgresql(
    url: str, backup_type: BackupType, writer: EntrySink, reporter: ProgressReporter, cancel: CancelToken
) -> DatabaseSection:
    cancel.check()
    with pg_snapshot(url) as cur:
        q = query_fn(cur)
        with dump_step("the database's definitions"):
            version_num = int(q("SHOW server_version_num")[0][0])
            version = str(q("SHOW server_version")[0][0])
            ctx = ReadContext(q, version_num)
            cat = read_catalog(ctx)
        if cat.unsupported:
            shown = ", ".join(cat.unsupported[:8]) + (
                f" and {len(cat.unsupported) - 8} more" if len(cat.unsupported) > 8 else ""
            )
            raise SourceError(
                Text("The database holds objects this backup cannot carry faithfully: {0}.", shown),
                Text("Nothing was written. Remove or convert them, or back the database up with pg_dump."),
            )
        entries = {
            "objects": L.OBJECTS_ENTRY,
            "portable-schema": L.PORTABLE_ENTRY,
            "restore": L.RESTORE_ENTRY,
        }
        with dump_step("the database's definitions"):
            portable = build_portable_schema(q, cat.tables)
        with writer.open_entry(L.OBJECTS_ENTRY) as out:
            doc = {
                "format": L.OBJECTS_FORMAT,
                "objects": [o.to_json() for o in cat.objects],
                "tables": [t.to_json() for t in cat.tables],
                "sequences": cat.sequences,
                "sequence_tables": cat.sequence_tables,
            }
            out.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
        with writer.open_entry(L.PORTABLE_ENTRY) as out:
            out.write(portable.to_json_bytes())
        script = [
            "-- Backup Desk PostgreSQL section. Into an empty database:",
            "--   psql -v ON_ERROR_STOP=1 --single-transaction -d <database> -f restore.sql",
            "\\set ON_ERROR_STOP on",
            *L.SESSION_SETTINGS,
        ]
        if backup_type != BackupType.DATA:
            _write_text(writer, L.PRE_DATA_ENTRY, _section_sql(cat, PRE_DATA))
            entries["pre-data"] = L.PRE_DATA_ENTRY
            script.append("\\ir pre-data.sql")
        data: list[L.TableData] = []
        if backup_type != BackupType.METADATA:
            stored = [t for t in cat.tables if t.kind == "table"]
            for index, table in enumerate(stored, start=1):
                cancel.check()
                data.append(_copy_table(cur, table, index, writer, reporter, cancel))
                script.append(f"\\ir {data[-1].entry.removeprefix(L.ROOT + '/')}")
            with dump_step("the sequences' values"):
                _write_text(writer, L.SEQUENCES_ENTRY, _sequence_values(q, cat))
            entries["sequence-values"] = L.SEQUENCES_ENTRY
            script.append("\\ir sequence-values.sql")
        if backup_type != BackupType.DATA:
            _write_text(writer, L.POST_DATA_ENTRY, _section_sql(cat, POST_DATA))
            entries["post-data"] = L.POST_DATA_ENTRY
            script.append("\\ir post-data.sql")
            _write_text(writer, L.ACCESS_ENTRY, _access_sql(cat))
            entries["access"] = L.ACCESS_ENTRY
            script.append("-- Owners and privileges are in access.sql: run it after this one to keep them.")
        _write_text(writer, L.RESTORE_ENTRY, script)
    by_table = {d.table: d for d in data}
    records = []
    for t in cat.tables:
        d = by_table.get(t.name)
        records.append(
            TableRecord(t.shown, d.rows, d.sha256, d.entry, d.size)
            if d
            else TableRecord(t.shown, 0, "", None)
        )
    native = L.NativeInfo(
        version_num,
        entries,
        data,
        index=catalog_index(cat.objects, cat.tables, cat.sequences, cat.sequence_tables),
    )
    return DatabaseSection(
        dialect="postgresql",
        backup_type=backup_type,
        tables=records,
        schema_entry=L.PORTABLE_ENTRY,
        ddl_entry=entries.get("pre-data"),
        rows_format=L.ROWS_FORMAT,
        server_version=version,
        native_format=L.FORMAT_NAME,
        native=native.to_json(),
    )


def read_text_entry(stream: IO[bytes]) -> str:
    return stream.read().decode("utf-8")
