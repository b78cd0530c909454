"""`MYSQL_FORMAT`: the NativeFormat of MariaDB and MySQL (see ..__init__ for the protocol)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from backup_desk.engine.contracts import BackupType, PlannedWrite
from backup_desk.engine.database.dump import EntrySink
from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import CrossEngineLoss, Dependent, RestoreOptions
from backup_desk.engine.database.native.mysql import layout, portable
from backup_desk.engine.database.native.mysql.catalog import definer_of
from backup_desk.engine.database.native.mysql.checks import verify_native
from backup_desk.engine.database.native.mysql.dependents import find_dependents
from backup_desk.engine.database.native.mysql.dumper import dump_mysql
from backup_desk.engine.database.native.mysql.restorer import (
    RestoreSet,
    catalog_outline,
    read_catalog,
    restore_native,
)
from backup_desk.engine.database.native.mysql.session import Session
from backup_desk.engine.database.schema import PortableSchema
from backup_desk.engine.database.section import DatabaseRestoreResult, DatabaseSection, DatabaseVerifyResult
from backup_desk.engine.database.urls import display_name
from backup_desk.engine.progress import CancelToken, ProgressReporter


class MysqlFormat:
    """Views, routines, triggers and events are restored with their DEFINER only when the restore keeps
    owners (RestoreOptions.keep_owners; it needs the right to name another user); by default, like
    `pg_dump --no-owner`, they belong to whoever restores."""

    format_name = layout.FORMAT_NAME
    dialects = ("mysql", "mariadb")

    def dump(
        self,
        url: str,
        backup_type: BackupType,
        writer: EntrySink,
        reporter: ProgressReporter,
        cancel: CancelToken,
    ) -> DatabaseSection:
        return dump_mysql(url, backup_type, writer, reporter, cancel)

    def plan_restore(
        self, source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions
    ) -> list[PlannedWrite]:
        cat = read_catalog(source, section)
        rs = RestoreSet.of(cat, section, options)
        with connect(to_url) as conn:
            s = Session(conn.connection.driver_connection)
            present = {
                r[0]
                for r in s.rows(
                    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                )
            }
            if section.backup_type == BackupType.DATA:
                busy = {
                    n
                    for n in rs.tables
                    if n in present and s.rows(f"SELECT 1 FROM `{n.replace('`', '``')}` LIMIT 1")
                }
            else:
                busy = present & set(rs.tables)
        where = display_name(to_url)
        plan = []
        if section.backup_type != BackupType.DATA:
            kinds = ", ".join(
                f"{n} {k}(s)"
                for k, n in (
                    (k, len([p for p in rs.programs if p.kind == k]))
                    for k in ("view", "procedure", "function", "trigger", "event")
                )
                if n
            )
            plan.append(
                PlannedWrite(
                    "schema",
                    f"create {len(rs.tables)} tables{', ' + kinds if kinds else ''} in {where}"
                    + (" (replacing existing objects)" if options.replace and busy else ""),
                    exists=bool(busy),
                )
            )
            if options.keep_owners and rs.programs:
                definers = sorted({d for p in rs.programs if (d := definer_of(p.create))})
                plan.append(
                    PlannedWrite(
                        "schema",
                        f"the DEFINER of {len(rs.programs)} views, routines, triggers and events kept in "
                        f"{where}" + (f" ({', '.join(definers)})" if definers else ""),
                    )
                )
        for n in rs.tables:
            rec = section.table(n)
            rows = 0 if options.schema_only or not section.has_rows else rec.rows
            plan.append(
                PlannedWrite("table", f"table {n} -> {where}", rows=rows, size=rec.size, exists=n in busy)
            )
        return plan

    def dependents(self, to_url: str, section: DatabaseSection, options: RestoreOptions) -> list[Dependent]:
        if section.backup_type == BackupType.DATA:
            return []
        cat = catalog_outline(section)
        rs = RestoreSet.of(cat, section, options)
        with connect(to_url) as conn:
            s = Session(conn.connection.driver_connection)
            return find_dependents(s, s.database(), cat, rs.tables, rs.programs)

    def restore(
        self,
        source: EntrySource,
        section: DatabaseSection,
        to_url: str,
        options: RestoreOptions,
        *,
        reporter: ProgressReporter | None,
        cancel: CancelToken | None,
        before_commit: Callable[[], None] | None,
    ) -> DatabaseRestoreResult:
        return restore_native(
            source,
            section,
            to_url,
            options,
            reporter=reporter,
            cancel=cancel,
            before_commit=before_commit,
            keep_definer=options.keep_owners,
        )

    def verify(
        self,
        source: EntrySource,
        section: DatabaseSection,
        scratch_dir: Path,
        *,
        verify_url: str | None,
        reporter: ProgressReporter | None,
        cancel: CancelToken | None,
    ) -> DatabaseVerifyResult:
        return verify_native(
            source, section, scratch_dir, verify_url=verify_url, reporter=reporter, cancel=cancel
        )

    def portable_schema(self, source: EntrySource, section: DatabaseSection) -> PortableSchema:
        return portable.read_portable(source, section, read_catalog(source, section))

    def iter_rows(
        self, source: EntrySource, section: DatabaseSection, table: str, scratch_dir: Path
    ) -> Iterator[Sequence[Sequence[Any]]]:
        cat = read_catalog(source, section)
        schema = portable.read_portable(source, section, cat)
        return portable.iter_rows(source, section, cat, schema, table)

    def cross_engine_losses(
        self, source: EntrySource, section: DatabaseSection, to_dialect: str
    ) -> list[CrossEngineLoss]:
        return portable.losses(read_catalog(source, section), to_dialect)


MYSQL_FORMAT = MysqlFormat()
