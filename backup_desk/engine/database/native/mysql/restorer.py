"""Same-engine restores of a MariaDB/MySQL section.

DDL commits implicitly there, so a restore of tables builds them in a staging database, loads their rows
there, then moves them in with one RENAME TABLE (the replaced tables are moved aside into a scratch
database in the same statement, their triggers dropped just before: a table with triggers cannot change
database). The staging tables load side by side over several connections (parallel_load.py). Views,
routines, triggers and events are created after the swap. Any failure undoes what was
done in the target: created objects are dropped, the tables are renamed back, replaced objects are
recreated; the staging database is dropped in every case. A data backup loads into the existing tables in
one transaction (InnoDB), their triggers set aside meanwhile.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.failures import dependents_error, restore_step
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import Dependent, RestoreOptions
from backup_desk.engine.database.native.mysql import layout
from backup_desk.engine.database.native.mysql.catalog import Catalog, Program, Table, quote
from backup_desk.engine.database.native.mysql.dependents import (
    find_dependents,
    foreign_key_clauses,
    outside_foreign_keys,
)
from backup_desk.engine.database.native.mysql.parallel_load import TableLoad, load_tables
from backup_desk.engine.database.native.mysql.session import Session, run_data_entry
from backup_desk.engine.database.section import DatabaseRestoreResult, DatabaseSection
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import TargetNotEmptyError, UserInputError
from backup_desk.messages import Text
from backup_desk.vocabulary import BackupType

_REFERENCES = re.compile(r"(\bREFERENCES )(`(?:[^`]|``)+`)( \()")
REPLACE_HINT = Text("Restore into an empty database, or ask to replace these objects (--replace).")


def read_catalog(source: EntrySource, section: DatabaseSection) -> Catalog:
    entry = (section.native or {}).get("objects", layout.OBJECTS_ENTRY)
    with source.open_entry(entry) as f:
        return Catalog.from_json(json.loads(f.read()))


def catalog_outline(section: DatabaseSection) -> Catalog:
    """The catalog's names only (no statements), from the manifest: enough to tell what a restore touches."""
    n = section.native or {}
    tables = [Table(t.name, "", "", None, [], []) for t in section.tables]
    programs = [Program(p["kind"], p["name"], "", table=p.get("table")) for p in n.get("programs", [])]
    db = n.get("database", {})
    return Catalog(db.get("name", ""), db.get("charset", ""), db.get("collation", ""), "", tables, programs)


@dataclass(frozen=True)
class RestoreSet:
    tables: list[str]
    programs: list[Program]  # creation order

    @classmethod
    def of(cls, cat: Catalog, section: DatabaseSection, options: RestoreOptions) -> RestoreSet:
        names = [t.name for t in cat.tables]
        if options.tables is None:
            chosen = names
        else:
            unknown = [t for t in options.tables if t not in names]
            if unknown:
                raise UserInputError(
                    Text("The archive holds no table named {0}.", ', '.join(map(repr, unknown))),
                    Text("List the archive's tables and choose among them."),
                )
            chosen = [n for n in names if n in set(options.tables)]
        if section.backup_type == BackupType.DATA:
            return cls(chosen, [])
        programs = [
            p for p in cat.programs if options.tables is None or (p.kind == "trigger" and p.table in chosen)
        ]
        return cls(chosen, programs)


def _scratch(tag: str) -> str:
    return f"bd{tag}_{secrets.token_hex(6)}"


def _present(s: Session) -> dict[str, set[str]]:
    """Names of the target's objects by kind (table, view, procedure, function, trigger, event)."""
    out: dict[str, set[str]] = {
        k: set() for k in ("table", "view", "procedure", "function", "trigger", "event")
    }
    for name, kind in s.rows(
        "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
    ):
        out["view" if kind == "VIEW" else "table"].add(name)
    for name, kind in s.rows(
        "SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
    ):
        out[str(kind).lower()].add(name)
    out["trigger"] = {
        r[0]
        for r in s.rows(
            "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
        )
    }
    out["event"] = {
        r[0]
        for r in s.rows("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()")
    }
    return out


def _show_program(s: Session, kind: str, name: str) -> Program:
    s.cur.execute(f"SHOW CREATE {kind.upper()} {quote(name)}")
    cols = [d[0] for d in s.cur.description]
    row = dict(zip(cols, s.cur.fetchone(), strict=True))
    text = {
        "view": "Create View",
        "procedure": "Create Procedure",
        "function": "Create Function",
        "trigger": "SQL Original Statement",
        "event": "Create Event",
    }[kind]
    return Program(
        kind,
        name,
        row[text],
        row.get("sql_mode"),
        row.get("character_set_client"),
        row.get("collation_connection"),
        row.get("time_zone"),
    )


def _triggers_on(s: Session, tables: Sequence[str]) -> list[Program]:
    """The target's triggers on these tables, in firing order."""
    if not tables:
        return []
    rows = s.rows(
        "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND "
        f"EVENT_OBJECT_TABLE IN ({','.join(['%s'] * len(tables))}) "
        "ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER",
        tuple(tables),
    )
    return [_show_program(s, "trigger", name) for (name,) in rows]


def _drop_program(s: Session, p: Program) -> None:
    s.run(f"DROP {p.kind.upper()} IF EXISTS {quote(p.name)}")


def _create_sql(create: str, in_set: set[str], target: str) -> str:
    """CREATE TABLE for the staging database: references to tables left out of the restore point into the
    target (unqualified, they would name tables of the staging database)."""

    def fix(m: re.Match[str]) -> str:
        name = m.group(2)[1:-1].replace("``", "`")
        return m.group(0) if name in in_set else f"{m.group(1)}{quote(target)}.{m.group(2)}{m.group(3)}"

    return _REFERENCES.sub(fix, create)


@dataclass
class _Undo:
    """What was changed in the target, to put it back if a later step fails."""

    created: list[Program] = field(default_factory=list)
    dropped: list[Program] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # RENAME pairs done (a TO b)
    dropped_fks: list[tuple[str, str, str]] = field(default_factory=list)  # (quoted table, name, clause)
    readded_fks: list[tuple[str, str]] = field(default_factory=list)

    def run(self, s: Session) -> None:
        """Every step is tried even if one fails (the first error is the one reported to the caller)."""
        steps: list[str | bytes | Program] = ["SET NAMES utf8mb4"]
        steps += [f"DROP {p.kind.upper()} IF EXISTS {quote(p.name)}" for p in reversed(self.created)]
        steps += [f"ALTER TABLE {t} DROP FOREIGN KEY {quote(n)}" for t, n in self.readded_fks]
        if self.renamed:
            steps.append("RENAME TABLE " + ", ".join(f"{b} TO {a}" for a, b in reversed(self.renamed)))
        steps += self.dropped
        steps += [f"ALTER TABLE {t} ADD {clause}" for t, _n, clause in self.dropped_fks]
        for step in steps:
            with contextlib.suppress(Exception):
                if isinstance(step, Program):
                    s.create_program(step, keep_definer=True)
                else:
                    s.run(step)


def restore_native(
    source: EntrySource,
    section: DatabaseSection,
    to_url: str,
    options: RestoreOptions,
    *,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
    before_commit: Callable[[], None] | None,
    keep_definer: bool = False,
) -> DatabaseRestoreResult:
    cat = read_catalog(source, section)
    rs = RestoreSet.of(cat, section, options)
    with_rows = section.has_rows and not options.schema_only
    with connect(to_url) as conn:
        s = Session(conn.connection.driver_connection)
        target = s.database()
        s.reset()
        if section.backup_type == BackupType.DATA:
            rows = _load_rows_in_place(
                s,
                source,
                section,
                cat,
                rs.tables,
                options.replace,
                with_rows,
                reporter,
                cancel,
                before_commit,
            )
            return DatabaseRestoreResult(len(rs.tables), rows)
        present = _present(s)
        clash = sorted(
            {n for n in rs.tables if n in present["table"] | present["view"]}
            | {f"{p.kind} {p.name}" for p in rs.programs if p.name in present[p.kind]}
        )
        if clash and not options.replace:
            more = Text(" and {0} more", len(clash) - 10) if len(clash) > 10 else ""
            raise TargetNotEmptyError(
                Text("The target database already holds {0}{1}.", ", ".join(clash[:10]), more), REPLACE_HINT)
        deps = find_dependents(s, target, cat, rs.tables, rs.programs) if clash else []
        if deps and not options.allow_dependents:
            raise dependents_error(deps)
        stage = _scratch("stage")
        s.run(f"CREATE DATABASE {quote(stage)} CHARACTER SET {cat.charset} COLLATE {cat.collation}")
        try:
            s.use(stage)
            in_set = set(rs.tables)
            for name in rs.tables:
                with restore_step(f"the definition of table {name!r}"):
                    s.run(_create_sql(cat.table(name).create, in_set, target).encode("utf-8"))
            # The staging database is thrown away on failure: its tables load side by side on several
            # connections, committing every few statements (no huge undo log), as the mariadb client does.
            loads = [
                TableLoad(rec.name, rec.entry, rec.rows, rec.size or 0)
                for rec in section.tables
                if with_rows and rec.name in in_set and rec.entry is not None
            ]
            rows = load_tables(s, to_url, loads, source, reporter, cancel)
            if before_commit is not None:
                before_commit()
            if cancel is not None:
                cancel.check()
            s.use(target)
            _swap_in(s, target, stage, rs, present, deps, keep_definer)
        finally:  # a lost connection must not hide the error that ended the restore
            _drop_staging(s, to_url, stage)
    return DatabaseRestoreResult(len(rs.tables), rows)


def _drop_staging(s: Session, to_url: str, stage: str) -> None:
    """Drop the staging database, over a new connection when the server closed the restore's (a packet
    over max_allowed_packet does that): it never stays behind. Errors here never hide the restore's own."""
    try:
        s.reset()
        s.run(f"DROP DATABASE IF EXISTS {quote(stage)}")
        return
    except Exception:  # the connection is gone: a fresh one below
        pass
    with contextlib.suppress(Exception), connect(to_url) as conn:
        Session(conn.connection.driver_connection).run(f"DROP DATABASE IF EXISTS {quote(stage)}")


def _swap_in(
    s: Session,
    target: str,
    stage: str,
    rs: RestoreSet,
    present: dict[str, set[str]],
    deps: Sequence[Dependent],
    keep_definer: bool,
) -> None:
    undo = _Undo()
    old_db: str | None = None
    replaced = [n for n in rs.tables if n in present["table"]]
    # The replaced tables move aside into a scratch database (in the target their foreign key names would
    # clash with the restored tables'); a table with triggers cannot change database, so their triggers
    # are dropped just before the swap (recreated after it when outside the set, or if a step fails).
    old_triggers = _triggers_on(s, replaced)
    set_triggers = {p.name for p in rs.programs if p.kind == "trigger"}
    keep_triggers = [p for p in old_triggers if p.name not in set_triggers]
    old_programs = [
        _show_program(s, p.kind, p.name)
        for p in rs.programs
        if p.name in present[p.kind] and p.name not in {t.name for t in old_triggers}
    ]
    outside_fks = [
        (f"{quote(sc)}.{quote(t)}", n, c)
        for sc, t, n, _ref in (outside_foreign_keys(s, target, replaced, rs.tables) if deps else [])
        for c in [foreign_key_clauses(s, sc, t).get(n)]
        if c
    ]
    try:
        with restore_step("the foreign keys that point at the replaced tables"):
            for table, name, clause in outside_fks:
                s.run(f"ALTER TABLE {table} DROP FOREIGN KEY {quote(name)}")
                undo.dropped_fks.append((table, name, clause))
        for p in old_triggers:
            with restore_step(f"the replaced trigger {p.name!r}"):
                _drop_program(s, p)
                undo.dropped.append(p)
        old_db = _scratch("old") if replaced else None
        if old_db is not None:
            s.run(f"CREATE DATABASE {quote(old_db)}")
        pairs = [(f"{quote(target)}.{quote(n)}", f"{quote(old_db)}.{quote(n)}") for n in replaced if old_db]
        pairs += [(f"{quote(stage)}.{quote(n)}", f"{quote(target)}.{quote(n)}") for n in rs.tables]
        with restore_step("the swap of the restored tables into place"):
            if pairs:  # one statement: atomic, other sessions see the old tables or the new ones
                s.run("RENAME TABLE " + ", ".join(f"{a} TO {b}" for a, b in pairs))
                undo.renamed = pairs
        for p in old_programs:
            with restore_step(f"the replaced {p.kind} {p.name!r}"):
                _drop_program(s, p)
                undo.dropped.append(p)
        for p in [*rs.programs, *keep_triggers]:
            with restore_step(f"{p.kind} {p.name!r}"):
                s.create_program(p, keep_definer if p in rs.programs else True)
                undo.created.append(p)
        with restore_step("the foreign keys that point at the restored tables"):
            for table, name, clause in undo.dropped_fks:
                s.run(f"ALTER TABLE {table} ADD {clause}")
                undo.readded_fks.append((table, name))
    except BaseException:
        undo.run(s)
        if old_db is not None and not s.rows(
            "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s LIMIT 1", (old_db,)
        ):  # never drop it while it holds the target's old tables (the undo could not move them back)
            s.run(f"DROP DATABASE IF EXISTS {quote(old_db)}")
        raise
    if old_db is not None:  # the swap is done: the old tables go (nothing refers to them any more)
        s.run(f"DROP DATABASE IF EXISTS {quote(old_db)}")


def _load_rows_in_place(
    s: Session,
    source: EntrySource,
    section: DatabaseSection,
    cat: Catalog,
    tables: list[str],
    replace: bool,
    with_rows: bool,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
    before_commit: Callable[[], None] | None,
) -> int:
    """A data backup into the existing tables: one transaction (empties them first when replacing)."""
    present = _present(s)["table"]
    missing = [n for n in tables if n not in present]
    if missing:
        raise UserInputError(
            Text("The target has no table {0} for these rows.", ', '.join(map(repr, missing))),
            Text("A data backup restores into an existing schema: restore a full or metadata backup first."),
        )
    if not with_rows:
        return 0
    busy = [n for n in tables if s.rows(f"SELECT 1 FROM {quote(n)} LIMIT 1")]
    if busy and not replace:
        raise TargetNotEmptyError(
            Text("{0} target table(s) already hold rows "
                 "({1}).", len(busy), ', '.join(sorted(busy))), REPLACE_HINT
        )
    # The rows were dumped with whatever their triggers did already applied: the target's triggers on these
    # tables must not fire again while loading. MariaDB cannot disable a trigger, so they are dropped for
    # the load and recreated right after it (in their order), whatever happens.
    triggers = _triggers_on(s, tables)
    rows = 0
    try:
        for p in triggers:
            _drop_program(s, p)
        s.run("START TRANSACTION")
        try:
            for n in busy:
                with restore_step(f"the old rows of table {n!r}"):
                    s.run(f"DELETE FROM {quote(n)}")
            for rec in section.tables:
                if rec.name in tables and rec.entry is not None:
                    with restore_step(f"table {rec.name!r}"), source.open_entry(rec.entry) as f:
                        run_data_entry(
                            s,
                            f,
                            rows=rec.rows,
                            size=rec.size,
                            table=rec.name,
                            reporter=reporter,
                            cancel=cancel,
                        )
                    rows += rec.rows
            if before_commit is not None:
                before_commit()
            s.raw.commit()
        except BaseException:
            s.raw.rollback()
            raise
    finally:
        for p in triggers:
            with restore_step(f"trigger {p.name!r} (recreated after loading the rows)"):
                s.create_program(p, keep_definer=True)
    for name in tables:
        t = cat.table(name)
        if t.auto_increment is not None:
            with restore_step(f"the AUTO_INCREMENT value of table {name!r}"):
                s.run(layout.auto_increment_sql(t))
    return rows
