"""SQLite's native section, "sqlite-snapshot/1": a page-level snapshot of the database file.

Entries: `db/sqlite/database.sqlite` (the snapshot, a SQLite database that `sqlite3` opens as is),
`db/schema.json` (the tables in portable terms, for cross-engine restores) and `db/ddl.sql` (every object's
SQL, to read). Backup types:
- full: the snapshot as the online backup API copies it (every object, pragma, sqlite_sequence, row);
- metadata: every object replayed from the snapshot's catalog into an empty database (copy_schema): no rows,
  sqlite_sequence empty, FTS shadow tables as a new virtual table creates them, statistics tables empty;
- data: the same snapshot as full; its restore copies rows only (and sqlite_sequence values) into the
  tables of an existing database.
Tables carry exact row counts; the content is proven by the SHA-256 of the snapshot file (recorded in
`native.sha256`, checked by every restore and verify) and by `PRAGMA integrity_check`, so no per-table
content hash is computed (`content_hash` is empty).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import warnings
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from backup_desk.engine.contracts import BackupType, PlannedWrite
from backup_desk.engine.database.dump import EntrySink
from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import CrossEngineLoss, Dependent, RestoreOptions
from backup_desk.engine.database.native.sqlite_file import (
    database_path,
    extract_to,
    integrity_problems,
    open_rw,
    scratch_file,
    stream_out,
    take_snapshot,
)
from backup_desk.engine.database.native.sqlite_restore import (
    chosen_tables,
    objects_not_in_archive,
    restore_snapshot,
    target_catalog,
)
from backup_desk.engine.database.native.sqlite_schema import (
    SqliteCatalog,
    copy_schema,
    copy_schema_file,
    dependents,
    quote,
    read_catalog,
    textual_matches,
)
from backup_desk.engine.database.schema import PortableSchema, TableSchema, reflect_schema
from backup_desk.engine.database.section import (
    DDL_ENTRY,
    SCHEMA_ENTRY,
    DatabaseRestoreResult,
    DatabaseSection,
    DatabaseVerifyResult,
    TableRecord,
)
from backup_desk.engine.database.urls import display_name
from backup_desk.engine.on_thread import OnThread
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.paths import TEMP_SUFFIX

SNAPSHOT_ENTRY = "db/sqlite/database.sqlite"
ROWS_PER_BATCH = 2000


def _counts(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT count(*) FROM main.{quote(t)}").fetchone()[0]) for t in tables}


def _sequences(conn: sqlite3.Connection) -> dict[str, int]:
    if conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'").fetchone() is None:
        return {}
    return {str(n): int(s) for n, s in conn.execute("SELECT name, seq FROM sqlite_sequence")}


def _portable(snap: Path, catalog: SqliteCatalog) -> tuple[PortableSchema, list[str]]:
    """The tables in portable terms; a table SQLAlchemy cannot reflect (a virtual table of a module this
    build lacks…) is left out and named: it restores natively only."""
    tables: list[TableSchema] = []
    skipped: list[str] = []
    # Partial and expression indexes have no portable form: a partial UNIQUE index made full would refuse
    # the rows (cross_engine_losses names them instead).
    unportable = {o.name for o in catalog.objects if o.type == "index" and o.features}
    with connect(f"sqlite:///{snap}") as conn, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLAlchemy warns of expression indexes: cross_engine_losses says it
        for name in catalog.tables:
            try:
                tables += [dataclasses.replace(t, indexes=[i for i in t.indexes if i.name not in unportable])
                           for t in reflect_schema(conn, [name]).tables]
            except Exception:
                skipped.append(name)
        conn.rollback()
    return PortableSchema("sqlite", tables), skipped


def _ddl(catalog: SqliteCatalog) -> str:
    head = ["-- Every object of the database, in catalog order (to read; the database itself is",
            f"-- {SNAPSHOT_ENTRY}, which sqlite3 opens as is).",
            *(f"-- PRAGMA {k} = {v};" for k, v in catalog.pragmas.items())]
    return "\n".join(head + [o.sql.rstrip() + ";" for o in catalog.objects]) + "\n"


class SqliteSnapshotFormat:
    format_name = "sqlite-snapshot/1"
    dialects = ("sqlite",)

    # -- backup ------------------------------------------------------------------------------------------

    def dump(self, url: str, backup_type: BackupType, writer: EntrySink, reporter: ProgressReporter,
             cancel: CancelToken) -> DatabaseSection:
        cancel.check()
        source = database_path(url, must_exist=True)
        # Beside the archive being written when the writer says where (its folder has room for the
        # database: the free-space check counted it), else the system's temp folder.
        temp_path = getattr(writer, "temp_path", None)
        folder = Path(temp_path).parent if temp_path is not None else None
        with scratch_file(folder, "sqlite-snapshot") as snap:
            take_snapshot(source, snap)
            return self.dump_snapshot(snap, folder, backup_type, writer, reporter, cancel)

    def dump_ahead(self, url: str, backup_type: BackupType, scratch_folder: Path,
                   cancel: CancelToken) -> SnapshotAhead:
        """The snapshot taken on a thread from now, the section written by `finish` (see DumpAhead)."""
        return SnapshotAhead(self, database_path(url, must_exist=True), backup_type, scratch_folder, cancel)

    def dump_snapshot(self, snap: Path, folder: Path | None, backup_type: BackupType, writer: EntrySink,
                      reporter: ProgressReporter, cancel: CancelToken) -> DatabaseSection:
        cancel.check()
        if backup_type != BackupType.METADATA:
            return self._write(snap, backup_type, writer, reporter, cancel)
        with scratch_file(folder, "sqlite-schema") as empty:
            copy_schema_file(snap, empty)
            return self._write(empty, backup_type, writer, reporter, cancel)

    def _write(self, snap: Path, backup_type: BackupType, writer: EntrySink, reporter: ProgressReporter,
               cancel: CancelToken) -> DatabaseSection:
        conn = open_rw(snap)
        try:
            catalog = read_catalog(conn)
            counts = _counts(conn, catalog.tables)
            sequences = _sequences(conn)
            facts = {p: conn.execute(f"PRAGMA {p}").fetchone()[0]
                     for p in ("page_size", "encoding", "journal_mode", "auto_vacuum")}
        finally:
            conn.close()
        portable, skipped = _portable(snap, catalog)
        with writer.open_entry(SCHEMA_ENTRY) as out:
            out.write(portable.to_json_bytes())
        with writer.open_entry(DDL_ENTRY) as out:
            out.write(_ddl(catalog).encode("utf-8"))

        def advance(n: int) -> None:
            cancel.check()
            reporter.advance(nbytes=n)

        with writer.open_entry(SNAPSHOT_ENTRY, mode=0o600) as out:
            digest = stream_out(snap, out, advance)
        reporter.advance(items=sum(counts.values()))
        native: dict[str, Any] = {
            "entry": SNAPSHOT_ENTRY,
            "size": snap.stat().st_size,
            "sha256": digest,
            "sqlite_version": sqlite3.sqlite_version,
            "pragmas": dict(catalog.pragmas),
            "header": facts,
            "objects": [o.to_json() for o in catalog.objects],
            "sequences": sequences,
            "shadow_tables": sorted(catalog.shadow),
            "native_only_tables": skipped,
            "warnings": [],
        }
        records = [TableRecord(t, counts[t], "", None) for t in catalog.tables]
        return DatabaseSection(dialect="sqlite", backup_type=backup_type, tables=records,
                               server_version=sqlite3.sqlite_version, native_format=self.format_name,
                               native=native)

    # -- restore -----------------------------------------------------------------------------------------

    def plan_restore(self, source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions
                     ) -> list[PlannedWrite]:
        target = database_path(to_url, must_exist=False)
        where = display_name(to_url)
        names = chosen_tables(section, options.tables)
        present = target_catalog(target)
        have = set(present.tables) if present is not None else set()
        with_rows = section.has_rows and not options.schema_only
        plan: list[PlannedWrite] = []
        if section.backup_type == BackupType.DATA:
            have = _tables_with_rows(target, [n for n in names if n in have]) if have else set()
        elif options.tables is None:
            occupied = present is not None and bool(present.objects)
            verb = "replace the database file" if occupied else "create the database file"
            objects = len((section.native or {}).get("objects", []))
            plan.append(PlannedWrite(
                "schema", f"{verb} {where} from the archive's snapshot ({objects} objects)", exists=occupied))
        else:
            hit = [n for n in names if n in have]
            plan.append(PlannedWrite("schema", f"create {len(names)} tables in {where}"
                                     + (" (replacing existing tables)" if options.replace and hit else ""),
                                     exists=bool(hit)))
        for n in names:
            rows = section.table(n).rows if with_rows else 0
            plan.append(PlannedWrite("table", f"table {n} -> {where}", rows=rows, size=0, exists=n in have))
        return plan

    def dependents(self, to_url: str, section: DatabaseSection, options: RestoreOptions) -> list[Dependent]:
        target = database_path(to_url, must_exist=False)
        present = target_catalog(target)
        if present is None:
            return []
        if section.backup_type != BackupType.DATA and options.tables is None:
            return objects_not_in_archive(section, present)
        if options.tables is None:
            return []
        names = chosen_tables(section, options.tables)
        hit = [n for n in names if n in present.tables]
        if section.backup_type == BackupType.DATA:
            hit = sorted(_tables_with_rows(target, hit))
        if not hit:
            return []
        src, mem = open_rw(target), sqlite3.connect(":memory:", isolation_level=None)
        try:  # the probe renames tables: made on an in-memory copy of the schema, the target is only read
            copy_schema(src, mem)
            return dependents(mem, hit, names)
        except sqlite3.Error:
            rows = {(o.type, o.name): (o.table, o.sql) for o in present.objects}
            inside = set(names)
            return [Dependent({"table": "foreign key"}.get(k, k), n, t) for t in hit
                    for (k, n) in textual_matches(rows, t) if rows[(k, n)][0] != t and n not in inside]
        finally:
            src.close()
            mem.close()

    def restore(self, source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions, *,
                reporter: ProgressReporter | None, cancel: CancelToken | None,
                before_commit: Callable[[], None] | None) -> DatabaseRestoreResult:
        return restore_snapshot(source, section, to_url, options, reporter=reporter, cancel=cancel,
                                before_commit=before_commit)

    # -- verify ------------------------------------------------------------------------------------------

    def verify(self, source: EntrySource, section: DatabaseSection, scratch_dir: Path, *,
               verify_url: str | None, reporter: ProgressReporter | None, cancel: CancelToken | None
               ) -> DatabaseVerifyResult:
        """The snapshot's hash, `PRAGMA integrity_check`, and its catalog, pragmas, row counts and
        sqlite_sequence against the manifest. (No server needed: `verify_url` is not used.)"""
        native = section.native or {}
        with scratch_file(scratch_dir, "verify") as snap:
            with source.open_entry(str(native["entry"])) as stream:
                extract_to(stream, snap, str(native.get("sha256", "")),
                           lambda n: reporter.advance(nbytes=n) if reporter is not None else None)
            if cancel is not None:
                cancel.check()
            conn = open_rw(snap)
            try:
                problems = [f"SQLite integrity check: {p}" for p in integrity_problems(conn)]
                catalog = read_catalog(conn)
                counts = _counts(conn, catalog.tables)
                sequences = _sequences(conn)
            finally:
                conn.close()
        recorded = [(o["type"], o["name"]) for o in native.get("objects", [])]
        found = [(o.type, o.name) for o in catalog.objects]
        if found != recorded:
            missing = sorted(set(recorded) - set(found))
            problems.append("The snapshot's objects differ from the manifest's"
                            + (f" (missing: {', '.join(f'{k} {n}' for k, n in missing)})" if missing else "")
                            + ".")
        if catalog.pragmas != native.get("pragmas", catalog.pragmas):
            problems.append(f"The snapshot's pragmas {catalog.pragmas} differ from the manifest's.")
        rows_checked = 0
        for rec in section.tables:
            got = counts.get(rec.name)
            if got is None:
                problems.append(f"Table {rec.name!r} is missing from the snapshot.")
                continue
            rows_checked += got
            if section.has_rows and got != rec.rows:
                problems.append(
                    f"Table {rec.name!r}: {got} rows in the snapshot, the manifest says {rec.rows}.")
        if section.has_rows and sequences != native.get("sequences", sequences):
            problems.append(
                "The snapshot's AUTOINCREMENT counters (sqlite_sequence) differ from the manifest's.")
        return DatabaseVerifyResult(len(section.tables), rows_checked, problems)

    # -- cross-engine ------------------------------------------------------------------------------------

    def portable_schema(self, source: EntrySource, section: DatabaseSection) -> PortableSchema:
        with source.open_entry(section.schema_entry) as f:
            return PortableSchema.from_json_bytes(f.read())

    def iter_rows(self, source: EntrySource, section: DatabaseSection, table: str, scratch_dir: Path
                  ) -> Iterator[Sequence[Sequence[Any]]]:
        """Rows as SQLite stores them (what the portable dump read), from the snapshot extracted once into
        `scratch_dir` (private file)."""
        snap = _extracted(source, section, Path(scratch_dir))
        columns = self.portable_schema(source, section).table(table).column_names
        conn = open_rw(snap)
        try:
            cur = conn.execute(f"SELECT {', '.join(map(quote, columns))} FROM main.{quote(table)}")
            while batch := cur.fetchmany(ROWS_PER_BATCH):
                yield batch
        finally:
            conn.close()

    def cross_engine_losses(self, source: EntrySource, section: DatabaseSection, to_dialect: str
                            ) -> list[CrossEngineLoss]:
        if to_dialect == "sqlite":
            return []
        native = section.native or {}
        losses: list[CrossEngineLoss] = []
        reasons = {
            "view": "views are not carried to another engine",
            "trigger": "triggers are not carried to another engine",
        }
        for o in native.get("objects", []):
            kind, name, feats = o["type"], o["name"], o.get("features", [])
            if kind in reasons:
                losses.append(CrossEngineLoss(kind, name, reasons[kind]))
            for feat in feats:
                if feat == "WITHOUT ROWID":
                    continue
                losses.append(CrossEngineLoss(feat, name, _FEATURE_REASONS.get(feat.split(" (")[0], "")))
        for name in native.get("native_only_tables", []):
            losses.append(CrossEngineLoss("table", name, "its definition cannot be read outside SQLite"))
        for pragma, value in native.get("pragmas", {}).items():
            if value:
                losses.append(CrossEngineLoss("pragma", pragma, f"the value {value} has no equivalent"))
        return losses


_FEATURE_REASONS = {
    "virtual table": "comes back as a plain table of its columns (its search index is not carried)",
    "CHECK constraint": "the target gets no CHECK constraint",
    "column collation": "the target uses its default collation",
    "AUTOINCREMENT counter": "the target's counter continues after the highest restored id",
    "generated column": "comes back as a plain column holding the computed values",
    "partial index": "the index is not carried",
    "expression index": "the index is not carried",
}


def _tables_with_rows(target: Path, names: Sequence[str]) -> set[str]:
    conn = open_rw(target)
    try:
        return {n for n in names if conn.execute(f"SELECT 1 FROM main.{quote(n)} LIMIT 1").fetchone()}
    finally:
        conn.close()


def _extracted(source: EntrySource, section: DatabaseSection, scratch_dir: Path) -> Path:
    path = scratch_dir / f"snapshot.sqlite{TEMP_SUFFIX}"
    if not path.exists():
        scratch_dir.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        native = section.native or {}
        try:
            with source.open_entry(str(native["entry"])) as stream:
                extract_to(stream, path, str(native.get("sha256", "")), lambda n: None)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
    return path


SQLITE_FORMAT = SqliteSnapshotFormat()


class SnapshotAhead:
    """The page snapshot of a SQLite source taken on a thread while the backup writes its folders (the
    copy is disk and memory work that the compression of the files leaves room for), then written into
    the archive by `finish`. The snapshot's moment is the start of the backup."""

    def __init__(self, fmt: SqliteSnapshotFormat, source: Path, backup_type: BackupType, folder: Path,
                 cancel: CancelToken) -> None:
        self._fmt, self._backup_type, self._folder = fmt, backup_type, folder
        self._scratch = contextlib.ExitStack()
        self._snap = self._scratch.enter_context(scratch_file(folder, "sqlite-snapshot"))
        self._snapshot = OnThread(partial(take_snapshot, source, self._snap), "sqlite-snapshot")

    def finish(self, writer: EntrySink, reporter: ProgressReporter, cancel: CancelToken) -> DatabaseSection:
        self._snapshot.result()
        return self._fmt.dump_snapshot(self._snap, self._folder, self._backup_type, writer, reporter, cancel)

    def close(self) -> None:
        self._snapshot.join()  # the online backup step cannot be interrupted; then the file can go
        self._scratch.close()
