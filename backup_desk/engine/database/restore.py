"""Restore an archive's database section into a target URL.

A native section (native/) restored into its own engine goes through its format's `restore`; into another
engine, and for portable (older) sections, through the portable path here: one transaction, or staging +
swap on MySQL, fed by the msgpack entries or by the native format's `portable_schema` + `iter_rows`.

On the portable path, full and metadata archives create the tables (refusing a target that already holds
tables unless `replace`, which drops the same-named tables first); data archives load rows into the existing
schema (refusing tables that hold rows unless `replace`, which empties them first).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from backup_desk.engine.contracts import PlannedWrite, RestoreNotice
from backup_desk.engine.database.engines import connect, dialect_name, open_engine
from backup_desk.engine.database.failures import dependents_error
from backup_desk.engine.database.loader import (
    EntryRows,
    EntrySource,
    RowFeed,
    build_and_load,
    load_all,
    reset_sequences,
)
from backup_desk.engine.database.metadata import build_tables
from backup_desk.engine.database.mysql_swap import restore_mysql
from backup_desk.engine.database.native import Dependent, RestoreOptions
from backup_desk.engine.database.native.feed import NativeRows
from backup_desk.engine.database.native.formats import native_for_section, same_engine
from backup_desk.engine.database.native.sqlite_schema import mentions
from backup_desk.engine.database.schema import PortableSchema, reflect_schema
from backup_desk.engine.database.section import DatabaseRestoreResult, DatabaseSection
from backup_desk.engine.database.urls import display_name, parse_url
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import TargetNotEmptyError, UserInputError
from backup_desk.messages import Text
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.vocabulary import BackupType

REPLACE_HINT = Text("Restore into an empty database, or ask to replace its tables (--replace).")


def read_schema(source: EntrySource, section: DatabaseSection) -> PortableSchema:
    """The section's tables in portable terms (a native section's format derives them)."""
    fmt = native_for_section(section)
    if fmt is not None:
        return fmt.portable_schema(source, section)
    with source.open_entry(section.schema_entry) as f:
        return PortableSchema.from_json_bytes(f.read())


@contextmanager
def portable_feed(source: EntrySource, section: DatabaseSection, scratch_dir: Path | None = None
                  ) -> Iterator[RowFeed]:
    """The section's rows for the portable loader; a native format may use a scratch folder (removed
    after)."""
    fmt = native_for_section(section)
    if fmt is None:
        yield EntryRows(source, section)
        return
    if scratch_dir is not None:
        Path(scratch_dir).mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="cross-", suffix=TEMP_SUFFIX, dir=scratch_dir))
    try:
        yield NativeRows(fmt, source, section, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def selected_tables(schema: PortableSchema, tables: Sequence[str] | None) -> list[str]:
    names = [t.name for t in schema.tables]
    if tables is None:
        return names
    unknown = [t for t in tables if t not in names]
    if unknown:
        raise UserInputError(
            Text("The archive holds no table named {0}.", ', '.join(map(repr, unknown))),
            Text("List the archive's tables and choose among them."),
        )
    return [n for n in names if n in set(tables)]


def _sqlite_missing(url: str) -> bool:
    u = parse_url(url)
    return dialect_name(url) == "sqlite" and (
        not u.database or u.database == ":memory:" or not Path(u.database).exists()
    )


def _tables_with_rows(conn: sa.Connection, names: Sequence[str]) -> set[str]:
    t = {n: sa.table(n) for n in names}
    return {n for n in names if conn.execute(sa.select(sa.literal(1)).select_from(t[n]).limit(1)).first()}


def portable_dependents(conn: sa.Connection, replaced: Sequence[str], restore_set: Sequence[str]
                        ) -> list[Dependent]:
    """Foreign keys of other tables and views (by their definition) that name a replaced table; used where
    no native format answers (portable sections, cross-engine targets)."""
    if not replaced:
        return []
    insp = sa.inspect(conn)
    inside, hit = set(restore_set), set(replaced)
    found = []
    for t in insp.get_table_names():
        if t in inside:
            continue
        for fk in insp.get_foreign_keys(t):
            if fk.get("referred_table") in hit and not fk.get("referred_schema"):
                label = fk.get("name") or ",".join(fk["constrained_columns"])
                found.append(Dependent("foreign key", f"{t}.{label}", str(fk["referred_table"])))
    for v in insp.get_view_names():
        try:
            sql = str(insp.get_view_definition(v) or "")
        except (sa.exc.SQLAlchemyError, NotImplementedError):
            continue
        found += [Dependent("view", v, t) for t in replaced if mentions(sql, t)]
    return found


def _options(tables: Sequence[str] | None, schema_only: bool, replace: bool, allow_dependents: bool,
             keep_owners: bool) -> RestoreOptions:
    return RestoreOptions(tables=None if tables is None else tuple(tables), schema_only=schema_only,
                          replace=replace, allow_dependents=allow_dependents, keep_owners=keep_owners)


def restore_notices(
    source: EntrySource,
    section: DatabaseSection,
    to_url: str,
    *,
    tables: Sequence[str] | None = None,
    replace: bool = False,
    allow_dependents: bool = False,
    schema_only: bool = False,
    keep_owners: bool = False,
) -> list[RestoreNotice]:
    """What the restore cannot carry into this target (cross-engine), and which objects outside the restore
    set depend on tables it would replace; read before anything is written (the target is only read)."""
    fmt = native_for_section(section)
    to_dialect = dialect_name(to_url)
    notices: list[RestoreNotice] = []
    if fmt is not None and not same_engine(fmt, to_dialect):
        notices += [RestoreNotice("not carried", f"{loss.kind} {loss.name}", loss.reason)
                    for loss in fmt.cross_engine_losses(source, section, to_dialect)]
        if keep_owners:
            notices.append(RestoreNotice("not carried", "owners and privileges",
                                         "another engine's roles are not this one's: the restoring user owns "
                                         "what it creates"))
    if not replace:
        return notices
    if fmt is not None and same_engine(fmt, to_dialect):
        options = _options(tables, schema_only, replace, allow_dependents, keep_owners)
        found = fmt.dependents(to_url, section, options)
    elif _sqlite_missing(to_url):
        found = []
    else:
        names = selected_tables(read_schema(source, section), tables)
        with connect(to_url) as conn:
            present = set(sa.inspect(conn).get_table_names())
            found = portable_dependents(conn, [n for n in names if n in present], names)
            conn.rollback()
    return notices + [RestoreNotice("dependent", f"{d.kind} {d.name}", f"depends on {d.depends_on}")
                      for d in found]


def plan_database_restore(
    source: EntrySource,
    section: DatabaseSection,
    to_url: str,
    *,
    schema_only: bool = False,
    tables: Sequence[str] | None = None,
    replace: bool = False,
    allow_dependents: bool = False,
    keep_owners: bool = False,
) -> list[PlannedWrite]:
    """What a restore would write (nothing is written; the target is only read)."""
    fmt = native_for_section(section)
    if fmt is not None and same_engine(fmt, dialect_name(to_url)):
        options = _options(tables, schema_only, replace, allow_dependents, keep_owners)
        return fmt.plan_restore(source, section, to_url, options)
    schema = read_schema(source, section)
    names = selected_tables(schema, tables)
    data_only = section.backup_type == BackupType.DATA
    existing: set[str] = set()
    if not _sqlite_missing(to_url):
        with connect(to_url) as conn:
            present = set(sa.inspect(conn).get_table_names())
            existing = _tables_with_rows(conn, [n for n in names if n in present]) if data_only else present
            conn.rollback()
    where = display_name(to_url)
    plan = []
    if not data_only:
        plan.append(
            PlannedWrite(
                "schema",
                f"create {len(names)} tables in {where}"
                + (" (replacing existing tables)" if replace and existing else ""),
                exists=bool(existing),
            )
        )
    for n in names:
        rec = section.table(n)
        rows = 0 if schema_only or not section.has_rows else rec.rows
        plan.append(
            PlannedWrite("table", f"table {n} -> {where}", rows=rows, size=rec.size, exists=n in existing)
        )
    return plan


def _restore_rows_only(
    conn: sa.Connection,
    schema: PortableSchema,
    feed: RowFeed,
    names: list[str],
    replace: bool,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> int:
    present = set(sa.inspect(conn).get_table_names())
    missing = [n for n in names if n not in present]
    if missing:
        raise UserInputError(
            Text("The target has no table {0} for these rows.", ', '.join(map(repr, missing))),
            Text("A data backup restores into an existing schema: restore a full backup first."),
        )
    # The target's own schema (its types and keys) gives the tables to load into, parents first.
    target_schema = reflect_schema(conn, names)
    tt = build_tables(target_schema, conn.dialect.name, names=names)
    for n, t in tt.tables.items():
        absent = [c for c in schema.table(n).column_names if c not in t.c]
        if absent:
            raise UserInputError(
                Text("Table {0!r} in the target has no column {1}.", n, ', '.join(map(repr, absent))),
                Text("Restore into a database with the schema the backup was taken from."),
            )
    busy = _tables_with_rows(conn, names)
    if busy and not replace:
        raise TargetNotEmptyError(
            Text("{0} target table(s) already hold rows "
                 "({1}).", len(busy), ', '.join(sorted(busy))), REPLACE_HINT
        )
    for n in reversed(tt.load_order()):
        if n in busy:
            conn.execute(tt.tables[n].delete())
    rows = load_all(conn, tt, schema, feed, reporter=reporter, cancel=cancel)
    reset_sequences(conn, tt, target_schema)
    return rows


def restore_database(
    source: EntrySource,
    section: DatabaseSection,
    to_url: str,
    *,
    schema_only: bool = False,
    tables: Sequence[str] | None = None,
    replace: bool = False,
    allow_dependents: bool = False,
    keep_owners: bool = False,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    before_commit: Callable[[], None] | None = None,
    scratch_dir: Path | None = None,
) -> DatabaseRestoreResult:
    """`before_commit` runs last before the commit (or the swap); raising there rolls back.

    `allow_dependents`: the user agreed that objects outside the restore set that depend on replaced
    tables are dropped (same-engine native restores; refused with DependentObjectsError otherwise).
    `keep_owners`: same-engine restores give objects their source owners and privileges (roles checked first).
    `scratch_dir`: where a cross-engine restore may extract what it reads rows from (system temp if None)."""
    fmt = native_for_section(section)
    if fmt is not None and same_engine(fmt, dialect_name(to_url)):
        options = _options(tables, schema_only, replace, allow_dependents, keep_owners)
        return fmt.restore(source, section, to_url, options, reporter=reporter, cancel=cancel,
                           before_commit=before_commit)
    schema = read_schema(source, section)
    names = selected_tables(schema, tables)
    with portable_feed(source, section, scratch_dir) as feed:
        created = _sqlite_missing(to_url)
        try:
            return _restore_portable(feed, schema, names, section, to_url, schema_only=schema_only,
                                     replace=replace, allow_dependents=allow_dependents, reporter=reporter,
                                     cancel=cancel, before_commit=before_commit)
        except BaseException:
            if created:  # connecting created the file: a failed restore leaves nothing behind
                _remove_sqlite_file(to_url)
            raise


def _remove_sqlite_file(url: str) -> None:
    db = Path(parse_url(url).database or "")
    for p in (db, db.with_name(db.name + "-journal"), db.with_name(db.name + "-wal"),
              db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)


def _restore_portable(
    feed: RowFeed,
    schema: PortableSchema,
    names: list[str],
    section: DatabaseSection,
    to_url: str,
    *,
    schema_only: bool,
    replace: bool,
    allow_dependents: bool,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
    before_commit: Callable[[], None] | None,
) -> DatabaseRestoreResult:
    ready = before_commit or (lambda: None)
    if replace and not allow_dependents and not _sqlite_missing(to_url):
        with connect(to_url) as conn:  # refused before anything is written
            present = set(sa.inspect(conn).get_table_names())
            found = portable_dependents(conn, [n for n in names if n in present], names)
            conn.rollback()
        if found:
            raise dependents_error(found)
    dialect = dialect_name(to_url)
    with_rows = section.has_rows and not schema_only
    if dialect in ("mysql", "mariadb") and section.backup_type != BackupType.DATA:
        rows = restore_mysql(
            feed,
            schema,
            names,
            to_url,
            with_rows=with_rows,
            replace=replace,
            reporter=reporter,
            cancel=cancel,
            before_swap=ready,
        )
        return DatabaseRestoreResult(len(names), rows)
    if dialect == "sqlite":
        db = parse_url(to_url).database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
    engine = open_engine(to_url, sqlite_begin="BEGIN IMMEDIATE")
    try:
        with engine.begin() as conn:  # DDL included: PostgreSQL and SQLite roll it all back on failure
            if section.backup_type == BackupType.DATA:
                if not with_rows:
                    return DatabaseRestoreResult(0, 0)
                rows = _restore_rows_only(conn, schema, feed, names, replace, reporter, cancel)
                ready()
                return DatabaseRestoreResult(len(names), rows)
            present = set(sa.inspect(conn).get_table_names())
            if present and not replace:
                raise TargetNotEmptyError(
                    Text("The target database already holds {0} table(s).", len(present)), REPLACE_HINT
                )
            tt = build_tables(schema, dialect, names=names)
            for n in reversed(tt.load_order()):
                if n in present:
                    drop = str(sa.schema.DropTable(tt.tables[n]).compile(dialect=conn.dialect))
                    # CASCADE only with the person's consent: else a dependent object makes the DROP fail
                    # and everything rolls back
                    cascade = dialect == "postgresql" and allow_dependents
                    conn.exec_driver_sql(drop + (" CASCADE" if cascade else ""))
            rows = build_and_load(conn, tt, schema, feed, with_rows=with_rows,
                                  reporter=reporter, cancel=cancel)
            ready()
    finally:
        engine.dispose()
    return DatabaseRestoreResult(len(names), rows)
