"""Same-engine restore of a PostgreSQL section: one transaction on the target, so a failure leaves it as it
was.

Full and metadata sections run the objects' exact statements (pre-data, rows by COPY, sequence values,
post-data); a data section loads rows and sequence values into the existing tables. With `replace`, the
relations of the restore set that exist are dropped first — never with CASCADE: dependents outside the set
refuse the restore (DependentObjectsError) unless the user agreed, and are then recreated after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.failures import dependents_error, restore_step
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import RestoreOptions
from backup_desk.engine.database.native.postgresql import layout as L
from backup_desk.engine.database.native.postgresql.archive import native_info, open_rows, read_objects
from backup_desk.engine.database.native.postgresql.dependents import (
    RECREATABLE,
    LiveDependent,
    existing_relations,
    find_dependents,
)
from backup_desk.engine.database.native.postgresql.model import POST_DATA, PRE_DATA
from backup_desk.engine.database.native.postgresql.prefetch import prefetched
from backup_desk.engine.database.native.postgresql.selection import RestoreSet, restore_set
from backup_desk.engine.database.section import DatabaseRestoreResult, DatabaseSection
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import TargetNotEmptyError, UserInputError
from backup_desk.messages import Text
from backup_desk.vocabulary import BackupType

REPLACE_HINT = Text("Restore into an empty database, or ask to replace what it holds (--replace).")
COPY_CHUNK = 1 << 20
RESTORE_SETTINGS = (
    "SELECT pg_catalog.set_config('search_path', '', true)",
    "SET LOCAL check_function_bodies = false",
    "SET LOCAL client_min_messages = warning",
    "SET LOCAL row_security = off",
    "SET LOCAL xmloption = content",
    # Index builds after the rows sort in memory rather than in temporary files, and the check of each
    # foreign key over the loaded rows (one join per key) hashes in memory (this transaction only).
    "SET LOCAL maintenance_work_mem = '256MB'",
    "SET LOCAL work_mem = '64MB'",
)
# Drop order of what an in-place restore replaces: users before what they use; one statement per kind so
# that objects of the set depending on each other go together (no CASCADE ever).
DROP_ORDER = (
    "DROP MATERIALIZED VIEW",
    "DROP VIEW",
    "DROP TABLE",
    "DROP SEQUENCE",
    "DROP AGGREGATE",
    "DROP PROCEDURE",
    "DROP FUNCTION",
    "DROP DOMAIN",
    "DROP TYPE",
    "DROP COLLATION",
)
_REL = (
    "SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE format('%I.%I', n.nspname, c.relname) = {name})"
)
_PROC = "SELECT EXISTS (SELECT 1 FROM pg_proc WHERE oid::regprocedure::text = {name})"
_TYPE = (
    "SELECT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
    "WHERE format('%I.%I', n.nspname, t.typname) = {name})"
)
# Name lookups through the catalog (to_regclass and friends fail on a schema that does not exist).
_EXISTS = {
    "DROP MATERIALIZED VIEW": _REL,
    "DROP VIEW": _REL,
    "DROP TABLE": _REL,
    "DROP SEQUENCE": _REL,
    "DROP AGGREGATE": _PROC,
    "DROP PROCEDURE": _PROC,
    "DROP FUNCTION": _PROC,
    "DROP DOMAIN": _TYPE,
    "DROP TYPE": _TYPE,
    "DROP COLLATION": "SELECT EXISTS (SELECT 1 FROM pg_collation c JOIN pg_namespace n ON n.oid = "
    "c.collnamespace WHERE format('%I.%I', n.nspname, c.collname) = {name})",
}


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _one(cur: Any, sql: str) -> Any:
    cur.execute(sql)
    return cur.fetchone()[0]


def refuse_dependents(deps: list[LiveDependent]) -> None:
    raise dependents_error([d.dependent for d in deps])


def existing_objects(cur: Any, rset: RestoreSet) -> list[tuple[str, str]]:
    """(drop statement kind, name) of the set's objects that the target already holds."""
    candidates = []
    for o in rset.objects:
        if not o.drop:
            continue
        kind = next((k for k in DROP_ORDER if o.drop.startswith(k + " ")), None)
        if kind is not None:  # constraints, indexes, triggers…: they go with their table
            candidates.append((kind, o.name))
    if not candidates:
        return []
    # One round trip for all of them (a query each cost 0.4 ms × a hundred objects, twice per restore).
    cur.execute("SELECT " + ", ".join(f"({_EXISTS[k].format(name=_lit(n))})" for k, n in candidates))
    found = cur.fetchone()
    return [c for c, hit in zip(candidates, found, strict=True) if hit]


def _drop_existing(cur: Any, rset: RestoreSet, existing: list[tuple[str, str]]) -> None:
    """Foreign keys of the set first (they tie tables of the set together), then every object in reverse
    dependency order: users before what they use. IF EXISTS: a serial sequence goes with its table."""
    present = {n for _, n in existing}
    for o in rset.objects:
        if o.kind == "foreign key" and o.table in present and o.drop:
            with restore_step(f"the removal of foreign key {o.name} of {o.table}"):
                cur.execute(o.drop.replace(" DROP CONSTRAINT ", " DROP CONSTRAINT IF EXISTS "))
    for kind, name in reversed(existing):
        with restore_step(f"the removal of {name}, being replaced"):
            cur.execute(f"{kind} IF EXISTS {name}")


def _copy_in(
    cur: Any,
    source: EntrySource,
    data: L.TableData,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
    *,
    created_here: bool = False,
) -> int:
    copy_sql = data.copy.removesuffix(";").replace(" FROM stdin", " FROM STDIN")
    if created_here:  # rows of a table this transaction created go in already frozen: no later rewrite
        copy_sql += " WITH (FREEZE)"
    with restore_step(f"table {data.table}"), open_rows(source, data) as f, cur.copy(copy_sql) as copy:
        for chunk in prefetched(f, data.size, COPY_CHUNK):
            if cancel is not None:
                cancel.check()
            copy.write(chunk)
            if reporter is not None:
                reporter.advance(
                    nbytes=len(chunk),
                    items=int(data.rows * len(chunk) / max(data.size, 1)),
                    detail=data.table,
                )
    return data.rows


def _sequence_values(
    cur: Any, source: EntrySource, info: L.NativeInfo, sequences: list[str], wanted: set[str]
) -> None:
    entry = info.entries.get("sequence-values")
    if entry is None:
        return
    with source.open_entry(entry) as f:
        lines = [line for line in f.read().decode("utf-8").splitlines() if line.strip()]
    for seq, line in zip(sequences, lines, strict=True):
        if seq in wanted:
            with restore_step(f"the value of sequence {seq}"):
                cur.execute(line.rstrip(";"))


def _run_objects(cur: Any, rset: RestoreSet, section: str, skip_schemas: set[str]) -> None:
    for obj in rset.objects:
        if obj.section != section:
            continue
        with restore_step(f"the definition of {obj.kind} {obj.name}"):
            for sql in obj.sql:
                if obj.kind == "schema" and obj.name in skip_schemas and sql.startswith("CREATE SCHEMA"):
                    continue
                cur.execute(sql.rstrip().rstrip(";"))


def wants_owners(options: RestoreOptions, section: DatabaseSection) -> bool:
    """Owners and privileges are applied to what a restore creates: a data backup creates nothing."""
    return options.keep_owners and section.backup_type != BackupType.DATA


def check_roles(cur: Any, info: L.NativeInfo, rset: RestoreSet) -> list[str]:
    """Before anything is written: the backup records owners and privileges and the target has the roles;
    returns those roles (sorted)."""
    if "access" not in info.entries:
        raise UserInputError(
            Text("This backup does not record owners and privileges."),
            Text("Restore it without keeping owners and privileges, or restore a newer backup."),
        )
    roles = sorted({r for o in rset.objects for r in o.access_roles})
    if not roles:
        return roles
    cur.execute(
        "SELECT r FROM unnest(%s::text[]) r WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) "
        "ORDER BY r",
        (roles,),
    )
    missing = [str(r[0]) for r in cur.fetchall()]
    if missing:
        raise UserInputError(
            Text("The target server has no role {0}, which the backup's owners and privileges name.",
                 ", ".join(missing)),
            Text("Create the role(s) on the target server first, or restore without keeping owners and "
                 "privileges."),
        )
    return roles


def _run_access(cur: Any, rset: RestoreSet) -> None:
    for obj in rset.objects:
        if obj.access:
            with restore_step(f"the owner and privileges of {obj.kind} {obj.name}"):
                for sql in obj.access:
                    cur.execute(sql.rstrip().rstrip(";"))


def restore_postgresql(
    source: EntrySource,
    section: DatabaseSection,
    to_url: str,
    options: RestoreOptions,
    *,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
    before_commit: Callable[[], None] | None,
) -> DatabaseRestoreResult:
    info = native_info(section)
    objs = read_objects(source, section)
    rset = restore_set(objs, options.tables)
    with_rows = section.has_rows and not options.schema_only
    rows = 0
    with connect(to_url) as conn:
        raw: Any = conn.connection.driver_connection
        raw.rollback()
        cur = raw.cursor()
        try:
            for sql in RESTORE_SETTINGS:
                cur.execute(sql)
            keep_owners = wants_owners(options, section)
            if keep_owners:
                check_roles(cur, info, rset)
            if section.backup_type == BackupType.DATA:
                rows = _restore_data_only(
                    cur, source, info, objs.sequences, rset, options, with_rows, reporter, cancel
                )
            else:
                rows = _restore_full(
                    cur, source, info, objs.sequences, rset, options, with_rows, reporter, cancel
                )
            if keep_owners:
                _run_access(cur, rset)
            if before_commit is not None:
                before_commit()
            raw.commit()
        except BaseException:
            raw.rollback()
            raise
        finally:
            cur.close()
    return DatabaseRestoreResult(len(rset.tables), rows)


def _restore_full(
    cur: Any,
    source: EntrySource,
    info: L.NativeInfo,
    sequences: list[str],
    rset: RestoreSet,
    options: RestoreOptions,
    with_rows: bool,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> int:
    existing = existing_objects(cur, rset)
    if existing and not options.replace:
        shown = ", ".join(n for _, n in existing[:5]) + (" …" if len(existing) > 5 else "")
        raise TargetNotEmptyError(
            Text("The target database already holds {0} of the objects to restore "
                 "({1}).", len(existing), shown),
            REPLACE_HINT,
        )
    live: list[LiveDependent] = []
    if existing:
        relations = existing_relations(cur, [n for k, n in existing if k in DROP_ORDER[:4]])
        live = find_dependents(cur, rset, relations)
        if live and not options.allow_dependents:
            refuse_dependents(live)
        if any(d.dependent.kind not in RECREATABLE or not d.create for d in live):
            refuse_dependents([d for d in live if d.dependent.kind not in RECREATABLE or not d.create])
        for d in sorted(live, key=lambda d: -d.level):
            with restore_step(f"the removal of {d.dependent.kind} {d.dependent.name}"):
                cur.execute(d.drop)
        _drop_existing(cur, rset, existing)
    schemas = {o.name for o in rset.objects if o.kind == "schema"}
    present = {
        s
        for s in schemas
        if _one(cur, f"SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE format('%I', nspname) = {_lit(s)})")
    }
    _run_objects(cur, rset, PRE_DATA, present)
    rows = 0
    if with_rows:
        for data in info.data:
            if rset.owns(data.table):
                rows += _copy_in(cur, source, data, reporter, cancel, created_here=True)
        _sequence_values(cur, source, info, sequences, rset.sequences)
    _run_objects(cur, rset, POST_DATA, present)
    for d in sorted(live, key=lambda d: d.level):
        with restore_step(f"the re-creation of {d.dependent.kind} {d.dependent.name}"):
            for sql in d.create:
                cur.execute(sql)
    return rows


def _restore_data_only(
    cur: Any,
    source: EntrySource,
    info: L.NativeInfo,
    sequences: list[str],
    rset: RestoreSet,
    options: RestoreOptions,
    with_rows: bool,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> int:
    if not with_rows:
        return 0
    stored = [d for d in info.data if rset.owns(d.table)]
    present = existing_relations(cur, [d.table for d in stored])
    missing = [d.table for d in stored if d.table not in present]
    if missing:
        raise UserInputError(
            Text("The target has no table {0} for these rows.", ', '.join(missing[:5])),
            Text("A data backup restores into an existing schema: restore a full or metadata backup first."),
        )
    busy = [d.table for d in stored if _one(cur, f"SELECT EXISTS (SELECT 1 FROM ONLY {d.table})")]
    if busy and not options.replace:
        raise TargetNotEmptyError(
            Text("{0} target table(s) already hold rows ({1}).", len(busy), ', '.join(busy[:5])), REPLACE_HINT
        )
    if busy:
        live = find_dependents(cur, rset, {t: present[t] for t in busy}, data_only=True)
        if live:
            refuse_dependents(live)  # rows of other tables refer to these: emptying them would break that
        with restore_step("emptying the tables being replaced"):
            cur.execute(f"TRUNCATE ONLY {', '.join(busy)}")
    if _one(cur, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
        cur.execute("SET LOCAL session_replication_role = replica")  # as pg_restore --disable-triggers
    rows = sum(_copy_in(cur, source, d, reporter, cancel) for d in stored)
    _sequence_values(cur, source, info, sequences, rset.sequences)
    return rows
