"""Same-engine restores of a SQLite snapshot.

- The whole database (full or metadata, no table chosen): the snapshot is written beside the target
  (0600, O_EXCL), checked with `PRAGMA integrity_check`, and swapped in with one rename.
- Chosen tables (full or metadata): one transaction on the target, the snapshot ATTACHed; each table is
  dropped and recreated from the snapshot's own SQL with its indexes and triggers, rows copied by SQLite
  (rowids, FTS shadow tables and sqlite_sequence included). Tables that objects outside the set depend on
  are refused unless the user agreed (nothing outside the set is dropped either way). A target that does not
  exist yet is built in a file beside it and swapped in.
- Data backups: rows only, into the existing tables, one transaction; the target's triggers on those tables
  are set aside meanwhile (so loading fires none) and put back, definitions unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from backup_desk.engine.database.failures import dependents_error, restore_step
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import Dependent, RestoreOptions
from backup_desk.engine.database.native.sqlite_file import (
    database_path,
    extract_to,
    integrity_problems,
    new_private_file,
    open_rw,
    remove_with_side_files,
    scratch_file,
    swap_in,
)
from backup_desk.engine.database.native.sqlite_schema import (
    SqliteCatalog,
    copy_schema_file,
    dependents,
    insertable_columns,
    quote,
    read_catalog,
    rowid_name,
)
from backup_desk.engine.database.section import DatabaseRestoreResult, DatabaseSection
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import DependentObjectsError, TargetNotEmptyError, UserInputError
from backup_desk.messages import Text
from backup_desk.vocabulary import BackupType

REPLACE_HINT = Text("Restore into an empty database, or ask to replace its tables (--replace).")
SNAP = "bd_snap"  # the schema name the snapshot is ATTACHed as


class _Job:
    """One restore's inputs, shared by the three kinds."""

    def __init__(self, source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions,
                 reporter: ProgressReporter | None, cancel: CancelToken | None,
                 before_commit: Callable[[], None] | None) -> None:
        self.source, self.section, self.options = source, section, options
        self.target = database_path(to_url, must_exist=False)
        self.reporter, self.cancel = reporter, cancel
        self.ready = before_commit or (lambda: None)
        self.native: dict[str, Any] = section.native or {}

    def check_cancel(self) -> None:
        if self.cancel is not None:
            self.cancel.check()

    def advance(self, nbytes: int = 0, items: int = 0, detail: str | None = None) -> None:
        if self.reporter is not None:
            self.reporter.advance(nbytes=nbytes, items=items, detail=detail)

    def extract(self, dest: Path) -> None:
        with self.source.open_entry(str(self.native["entry"])) as stream:
            extract_to(stream, dest, str(self.native.get("sha256", "")), lambda n: self.advance(nbytes=n))

    def watch(self, conn: sqlite3.Connection) -> None:
        """Let a cancel interrupt long statements (an INSERT … SELECT of a big table)."""
        token = self.cancel
        if token is not None:
            conn.set_progress_handler(lambda: 1 if token.cancelled else 0, 200_000)


def chosen_tables(section: DatabaseSection, tables: Sequence[str] | None) -> list[str]:
    names = [t.name for t in section.tables]
    if tables is None:
        return names
    unknown = [t for t in tables if t not in names]
    if unknown:
        raise UserInputError(Text("The archive holds no table named {0}.", ', '.join(map(repr, unknown))),
                             Text("List the archive's tables and choose among them."))
    return [n for n in names if n in set(tables)]


def target_catalog(target: Path) -> SqliteCatalog | None:
    """The target's catalog; None when there is no file yet (or an empty one)."""
    if not target.is_file() or target.stat().st_size == 0:
        return None
    conn = open_rw(target)
    try:
        return read_catalog(conn)
    except sqlite3.DatabaseError as exc:
        raise UserInputError(Text("The target file {0} is not a SQLite database ({1}).", target.name, exc),
                             Text("Choose another target file.")) from exc
    finally:
        conn.close()


def objects_not_in_archive(section: DatabaseSection, present: SqliteCatalog) -> list[Dependent]:
    archived = {(o["type"], o["name"]) for o in (section.native or {}).get("objects", [])}
    return [Dependent(o.type, o.name, "the whole database (the archive does not hold it)")
            for o in present.objects if (o.type, o.name) not in archived]


def restore_snapshot(source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions, *,
                     reporter: ProgressReporter | None, cancel: CancelToken | None,
                     before_commit: Callable[[], None] | None) -> DatabaseRestoreResult:
    job = _Job(source, section, to_url, options, reporter, cancel, before_commit)
    names = chosen_tables(section, options.tables)
    if section.backup_type == BackupType.DATA:
        if options.schema_only:
            return DatabaseRestoreResult(0, 0)
        return _restore_rows(job, names)
    if options.tables is None:
        return _restore_whole(job)
    return _restore_tables(job, names)


def _restore_whole(job: _Job) -> DatabaseRestoreResult:
    section, options, target = job.section, job.options, job.target
    present = target_catalog(target)
    if present is not None and present.objects:
        if not options.replace:
            raise TargetNotEmptyError(Text("The target database already holds {0} "
                                           "object(s).", len(present.objects)),
                                      REPLACE_HINT)
        extra = objects_not_in_archive(section, present)
        if extra and not options.allow_dependents:
            listed = [f"{d.kind} {d.name}" for d in extra]
            raise DependentObjectsError(
                Text("The target holds objects the archive does not ({0}); restoring the whole database "
                     "would remove them.", ', '.join(listed)),
                Text("Restore chosen tables instead, restore into a new file, or agree to replace the whole "
                     "database (--allow-dependents)."), tuple(listed))
    target.parent.mkdir(parents=True, exist_ok=True)
    with scratch_file(target.parent, target.name) as built:
        job.extract(built)
        final = built
        with scratch_file(target.parent, target.name + "-schema") as empty:
            if options.schema_only and section.has_rows:  # every object, no rows
                copy_schema_file(built, empty)
                final = empty
            _check_file(final)
            job.check_cancel()
            job.ready()
            with restore_step("the swap of the restored database into place"):
                swap_in(final, target)
    rows = 0 if options.schema_only or not section.has_rows else section.total_rows
    job.advance(items=rows)
    return DatabaseRestoreResult(len(section.tables), rows)


def _check_file(path: Path) -> None:
    conn = open_rw(path)
    try:
        problems = integrity_problems(conn)
    finally:
        conn.close()
    if problems:
        raise UserInputError(
            Text("The restored database fails SQLite's integrity check: {0}", "; ".join(problems[:3])),
            Text("The target was not changed. Verify the archive, or restore another backup."))


def _attach(conn: sqlite3.Connection, snap: Path) -> None:
    conn.execute(f"ATTACH DATABASE ? AS {SNAP}", (str(snap),))


def _restore_tables(job: _Job, names: list[str]) -> DatabaseRestoreResult:
    options, target = job.options, job.target
    with_rows = job.section.has_rows and not options.schema_only
    fresh = target_catalog(target) is None
    target.parent.mkdir(parents=True, exist_ok=True)
    with scratch_file(target.parent, target.name) as snap:
        job.extract(snap)
        work = new_private_file(target.parent, target.name + "-new") if fresh else target
        try:
            conn = open_rw(work)
            try:
                _attach(conn, snap)
                if fresh:
                    _header_like(conn)
                rows = _tables_transaction(job, conn, names, with_rows, commit=not fresh)
                if fresh:
                    conn.execute("COMMIT")
            finally:
                conn.close()
            if fresh:
                _check_file(work)
                job.ready()
                with restore_step("the swap of the restored database into place"):
                    swap_in(work, target)
        finally:
            if fresh:
                remove_with_side_files(work)
    return DatabaseRestoreResult(len(names), rows)


def _header_like(conn: sqlite3.Connection) -> None:
    """A new database gets the snapshot's page size, encoding, auto_vacuum and header pragmas."""
    for pragma in ("page_size", "auto_vacuum"):
        conn.execute(f"PRAGMA main.{pragma} = {int(conn.execute(f'PRAGMA {SNAP}.{pragma}').fetchone()[0])}")
    conn.execute(f"PRAGMA main.encoding = '{conn.execute(f'PRAGMA {SNAP}.encoding').fetchone()[0]}'")
    for pragma in ("user_version", "application_id"):
        conn.execute(f"PRAGMA main.{pragma} = {int(conn.execute(f'PRAGMA {SNAP}.{pragma}').fetchone()[0])}")


def _tables_transaction(job: _Job, conn: sqlite3.Connection, names: list[str], with_rows: bool, *,
                        commit: bool) -> int:
    """Drop and recreate `names` from the snapshot in one transaction; `commit` False leaves it open."""
    options = job.options
    job.watch(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        snapcat = read_catalog(conn, SNAP)
        present = read_catalog(conn, "main")
        hit = [n for n in names if n in present.tables]
        if hit and not options.replace:
            raise TargetNotEmptyError(Text("The target already holds {0} of these tables "
                                           "({1}).", len(hit), ', '.join(hit)), REPLACE_HINT)
        if hit:
            found = dependents(conn, hit, names)
            if found and not options.allow_dependents:
                raise dependents_error(found)
        for n in hit:
            with restore_step(f"the replacement of table {n!r}"):
                conn.execute(f"DROP TABLE main.{quote(n)}")
        chosen = set(names)
        for obj in snapcat.objects:
            if obj.type == "table" and obj.name in chosen:
                with restore_step(f"the definition of table {obj.name!r}"):
                    conn.execute(obj.sql)
        rows = 0
        if with_rows:
            for n in names:
                job.check_cancel()
                with restore_step(f"table {n!r}"):
                    copied = copy_rows(conn, snapcat, n)
                rows += copied
                job.advance(items=copied, detail=n)
            copy_sequences(conn, names)
        for obj in snapcat.objects_of(names, ("index", "trigger")):  # after the rows: faster, fires nothing
            with restore_step(f"{obj.type} {obj.name!r}"):
                conn.execute(obj.sql)
        job.check_cancel()
        if commit:
            job.ready()
            conn.execute("COMMIT")
        return rows
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _has_rowid_alias(conn: sqlite3.Connection, schema: str, table: str) -> bool:
    pk = [r for r in conn.execute(f"PRAGMA {schema}.table_info({quote(table)})") if r[5]]
    return len(pk) == 1 and str(pk[0][2]).upper() == "INTEGER"


def copy_rows(conn: sqlite3.Connection, snapcat: SqliteCatalog, table: str) -> int:
    """Copy one table's rows from the snapshot into main, as SQLite stores them (rowids kept). A virtual
    table is copied through its shadow tables: its index comes back as it was, for every module and
    content option (contentless FTS5 included)."""
    q = quote(table)
    if table in snapcat.virtual:
        for shadow, owner in snapcat.shadow.items():
            if owner == table:
                conn.execute(f"DELETE FROM main.{quote(shadow)}")
                conn.execute(f"INSERT INTO main.{quote(shadow)} SELECT * FROM {SNAP}.{quote(shadow)}")
        return int(conn.execute(f"SELECT count(*) FROM {SNAP}.{q}").fetchone()[0])
    cols = insertable_columns(conn, SNAP, table)
    rid = None if _has_rowid_alias(conn, SNAP, table) else rowid_name(conn, SNAP, table, snapcat)
    listed = ", ".join(quote(c) for c in ([rid] if rid else []) + cols)
    cur = conn.execute(f"INSERT INTO main.{q} ({listed}) SELECT {listed} FROM {SNAP}.{q}")
    return max(cur.rowcount, 0)


def copy_sequences(conn: sqlite3.Connection, names: Sequence[str]) -> None:
    """sqlite_sequence rows of the restored tables, as the snapshot holds them (AUTOINCREMENT counters)."""
    def has(schema: str) -> bool:
        return conn.execute(f"SELECT 1 FROM {schema}.sqlite_schema WHERE name = 'sqlite_sequence'"
                            ).fetchone() is not None

    if not (has(SNAP) and has("main")):
        return
    for n in names:
        conn.execute("DELETE FROM main.sqlite_sequence WHERE name = ?", (n,))
        conn.execute("INSERT INTO main.sqlite_sequence (name, seq) "
                     f"SELECT name, seq FROM {SNAP}.sqlite_sequence WHERE name = ?", (n,))


def _restore_rows(job: _Job, names: list[str]) -> DatabaseRestoreResult:
    target = job.target
    if target_catalog(target) is None:
        raise UserInputError(Text("The target has no table {0} for these rows.", ', '.join(map(repr, names))),
                             Text("A data backup restores into an existing schema: restore a full backup "
                                  "first."))
    with scratch_file(target.parent, target.name) as snap:
        job.extract(snap)
        conn = open_rw(target)
        try:
            _attach(conn, snap)
            job.watch(conn)
            conn.execute("BEGIN IMMEDIATE")
            try:
                rows = _rows_transaction(job, conn, names)
                job.check_cancel()
                job.ready()
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.close()
    return DatabaseRestoreResult(len(names), rows)


def _rows_transaction(job: _Job, conn: sqlite3.Connection, names: list[str]) -> int:
    snapcat, present = read_catalog(conn, SNAP), read_catalog(conn, "main")
    missing = [n for n in names if n not in present.tables]
    if missing:
        raise UserInputError(Text("The target has no table {0} for these "
                                  "rows.", ', '.join(map(repr, missing))),
                             Text("A data backup restores into an existing schema: restore a full backup "
                                  "first."))
    sql_of = {o.name: o.sql for o in present.objects if o.type == "table"}
    for n in names:
        if n in snapcat.virtual:
            snap_sql = next(o.sql for o in snapcat.objects if o.name == n)
            if " ".join(snap_sql.split()).lower() != " ".join(sql_of[n].split()).lower():
                raise UserInputError(
                    Text("The virtual table {0!r} in the target is not defined as in the archive.", n),
                    Text("Restore into a database with the schema the backup was taken from."))
            continue
        absent = sorted(set(insertable_columns(conn, SNAP, n)) - set(insertable_columns(conn, "main", n)))
        if absent:
            raise UserInputError(Text("Table {0!r} in the target has no "
                                      "column {1}.", n, ', '.join(map(repr, absent))),
                                 Text("Restore into a database with the schema the backup was taken from."))
    busy = [n for n in names if conn.execute(f"SELECT 1 FROM main.{quote(n)} LIMIT 1").fetchone()]
    if busy and not job.options.replace:
        raise TargetNotEmptyError(Text("{0} target table(s) already hold "
                                       "rows ({1}).", len(busy), ', '.join(busy)),
                                  REPLACE_HINT)
    if busy and job.options.tables is not None:
        found = dependents(conn, busy, names)
        if found and not job.options.allow_dependents:
            raise dependents_error(found)
    triggers = [o for o in present.objects if o.type == "trigger" and o.table in set(names)]
    for t in triggers:  # loading must fire none of them; they come back unchanged below
        conn.execute(f"DROP TRIGGER main.{quote(t.name)}")
    rows = 0
    for n in names:
        job.check_cancel()
        with restore_step(f"table {n!r}"):
            if n in busy and n not in snapcat.virtual:
                conn.execute(f"DELETE FROM main.{quote(n)}")
            copied = copy_rows(conn, snapcat, n)
        rows += copied
        job.advance(items=copied, detail=n)
    copy_sequences(conn, names)
    for t in triggers:
        conn.execute(t.sql)
    return rows
