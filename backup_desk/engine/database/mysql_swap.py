"""MySQL/MariaDB restores: DDL commits implicitly there, so tables are built in a staging database and
moved into the target with one atomic RENAME TABLE. A failure before the swap leaves the target untouched.

Needs the CREATE and DROP privileges on databases (the staging database is removed in every case).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Sequence

import sqlalchemy as sa

from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.failures import restore_step
from backup_desk.engine.database.loader import RowFeed, build_and_load
from backup_desk.engine.database.metadata import build_tables
from backup_desk.engine.database.schema import PortableSchema
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import TargetNotEmptyError, UserInputError
from backup_desk.messages import Text

_NAME = re.compile(r"^\w+$")


def _scratch_name(target: str, tag: str) -> str:
    return f"{target[:40]}_bd{tag}_{secrets.token_hex(4)}"  # MySQL database names: at most 64 characters


def restore_mysql(
    feed: RowFeed,
    schema: PortableSchema,
    names: Sequence[str],
    to_url: str,
    *,
    with_rows: bool,
    replace: bool,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
    before_swap: Callable[[], None] | None = None,
) -> int:
    with connect(to_url) as conn:
        target = conn.exec_driver_sql("SELECT DATABASE()").scalar()
        if not target:
            raise UserInputError(
                Text("The MySQL URL names no database."), Text("Add the database name to the URL: …/dbname.")
            )
        present = set(sa.inspect(conn).get_table_names())
        if present and not replace:
            raise TargetNotEmptyError(
                Text("The target database already holds {0} table(s).", len(present)),
                Text("Restore into an empty database, or ask to replace its tables (--replace)."),
            )
        charset, collation = conn.exec_driver_sql(
            "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
            "WHERE SCHEMA_NAME = DATABASE()"
        ).one()
        if not (_NAME.match(charset) and _NAME.match(collation)):
            charset, collation = "utf8mb4", "utf8mb4_bin"
        conn.commit()
        q = conn.dialect.identifier_preparer.quote_identifier
        stage = _scratch_name(target, "stage")
        conn.exec_driver_sql(f"CREATE DATABASE {q(stage)} CHARACTER SET {charset} COLLATE {collation}")
        try:
            tt = build_tables(schema, conn.dialect.name, names=names, db_schema=stage)
            rows = build_and_load(conn, tt, schema, feed, with_rows=with_rows,
                                  reporter=reporter, cancel=cancel)
            conn.commit()
            if before_swap is not None:
                before_swap()
            if cancel is not None:
                cancel.check()
            with restore_step("the swap of the restored tables into place"):
                _swap(conn, target, stage, list(names), present)
        finally:
            conn.rollback()
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {q(stage)}")
            conn.commit()
    return rows


def _swap(conn: sa.Connection, target: str, stage: str, names: list[str], present: set[str]) -> None:
    q = conn.dialect.identifier_preparer.quote_identifier
    replaced = [n for n in names if n in present]
    old = _scratch_name(target, "old") if replaced else None
    pairs = []
    if old is not None:
        conn.exec_driver_sql(f"CREATE DATABASE {q(old)}")
        pairs += [(f"{q(target)}.{q(n)}", f"{q(old)}.{q(n)}") for n in replaced]
    pairs += [(f"{q(stage)}.{q(n)}", f"{q(target)}.{q(n)}") for n in names]
    try:
        if pairs:  # one statement: atomic, other sessions see the old tables or the new ones
            conn.exec_driver_sql("RENAME TABLE " + ", ".join(f"{a} TO {b}" for a, b in pairs))
    finally:
        if old is not None:
            conn.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {q(old)}")
            conn.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1")
    conn.commit()
