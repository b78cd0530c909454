"""One consistent read snapshot of a database, with fast streaming reads through the raw driver cursor.

SQLite: a deferred BEGIN; the snapshot starts at the first read (the schema reflection) and holds until
the end. PostgreSQL: one REPEATABLE READ READ ONLY transaction, rows through named (server-side) cursors.
MySQL/MariaDB: START TRANSACTION WITH CONSISTENT SNAPSHOT, rows through unbuffered cursors.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.schema import PortableSchema, TableSchema, reflect_schema
from backup_desk.engine.database.urls import display_name, parse_url
from backup_desk.errors import SourceError
from backup_desk.messages import Text

_counter = itertools.count()


class BatchSizer:
    """Rows per fetch so that one batch encodes to about `target_bytes` (BLOB tables get small batches)."""

    def __init__(self, target_bytes: int = 4 << 20, first: int = 200, most: int = 20000) -> None:
        self.rows = first
        self._target, self._most = target_bytes, most

    def observe(self, rows: int, nbytes: int) -> None:
        per_row = max(nbytes / max(rows, 1), 1.0)
        self.rows = int(max(16, min(self._most, self._target / per_row)))


def unparametrized(sql: str, dialect: sa.Dialect) -> str:
    """SQL for a driver call without parameters: undo the %% that SQLAlchemy puts in identifiers for drivers
    whose placeholders use %, since such a call does no placeholder processing."""
    return sql.replace("%%", "%") if dialect.paramstyle in ("format", "pyformat") else sql


def select_sql(conn: sa.Connection, table: str, columns: Sequence[str]) -> str:
    """SELECT of the columns in schema order for a raw cursor; identifiers quoted by SQLAlchemy."""
    t = sa.table(table, *[sa.column(c) for c in columns])
    stmt = sa.select(*[t.c[c] for c in columns]).select_from(t)
    return unparametrized(str(stmt.compile(dialect=conn.dialect)), conn.dialect)


def _time_of_day(v: Any) -> Any:
    # PyMySQL returns TIME as a timedelta; a time of day is what the other dialects hold.
    if isinstance(v, dt.timedelta) and dt.timedelta(0) <= v < dt.timedelta(days=1):
        return (dt.datetime.min + v).time()
    return v


class Snapshot:
    def __init__(self, conn: sa.Connection, schema: PortableSchema, server_version: str) -> None:
        self.conn = conn
        self.schema = schema
        self.dialect = conn.dialect.name
        self.server_version = server_version

    def batches(self, table: TableSchema, sizer: BatchSizer) -> Iterator[list[Any]]:
        sql = select_sql(self.conn, table.name, table.column_names)
        raw = self.conn.connection.driver_connection
        assert raw is not None
        if self.dialect == "postgresql":
            from psycopg.types.string import TextLoader

            cur = raw.cursor(name=f"bd_dump_{next(_counter)}")
            for oid_name in ("json", "jsonb"):  # keep JSON as its text: exact, and the same on every dialect
                cur.adapters.register_loader(oid_name, TextLoader)
            cur.itersize = 2000
        elif self.dialect == "sqlite":
            cur = raw.cursor()
        else:
            import pymysql.cursors

            cur = raw.cursor(pymysql.cursors.SSCursor)
        fix = (
            [i for i, c in enumerate(table.columns) if c.type.kind == "time"]
            if self.dialect != "postgresql"
            else []
        )
        try:
            cur.execute(sql)
            while True:
                rows = cur.fetchmany(sizer.rows)
                if not rows:
                    break
                if fix:
                    rows = [list(r) for r in rows]
                    for r in rows:
                        for i in fix:
                            r[i] = _time_of_day(r[i])
                yield rows
        finally:
            cur.close()


def _begin(conn: sa.Connection) -> str:
    name = conn.dialect.name
    if name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        return str(conn.exec_driver_sql("SHOW server_version").scalar())
    if name == "sqlite":
        return str(conn.exec_driver_sql("SELECT sqlite_version()").scalar())
    conn.exec_driver_sql("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")
    conn.commit()
    version = str(conn.exec_driver_sql("SELECT VERSION()").scalar())
    conn.commit()
    conn.exec_driver_sql("START TRANSACTION WITH CONSISTENT SNAPSHOT")
    return version


@contextmanager
def open_snapshot(url: str) -> Iterator[Snapshot]:
    """A read snapshot; the transaction is rolled back at the end (nothing is ever written)."""
    u = parse_url(url)
    if u.get_backend_name() == "sqlite" and (not u.database or not Path(u.database).is_file()):
        # Connecting would silently create an empty database file.
        raise SourceError(
            Text("The SQLite database {0} does not exist.", display_name(url)),
            Text("Check the path in the configuration's database URL."),
        )
    with connect(url) as conn:
        conn.begin()
        try:
            version = _begin(conn)
            schema = reflect_schema(conn)
            yield Snapshot(conn, schema, version)
        finally:
            conn.rollback()
