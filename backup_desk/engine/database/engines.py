"""Engines configured for backup work: UTC sessions, explicit SQLite transactions, readable errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from backup_desk.engine.database.urls import display_name, parse_url
from backup_desk.errors import SourceError
from backup_desk.messages import Text

SUPPORTED = ("sqlite", "postgresql", "mysql", "mariadb")
# UTC like the other dialects; strict, so a value that does not fit fails instead of being truncated; and
# an explicit 0 in an AUTO_INCREMENT column is kept as 0 rather than replaced by the next id.
MYSQL_SESSION = (
    "SET time_zone = '+00:00', sql_mode = TRIM(BOTH ',' FROM "
    "CONCAT(@@sql_mode, ',STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO'))"
)


def dialect_name(url: str) -> str:
    return parse_url(url).get_backend_name()


def open_engine(
    url: str,
    *,
    sqlite_begin: str = "BEGIN",
    sqlite_pragmas: tuple[str, ...] = (),
    paramstyle: str | None = None,
) -> sa.Engine:
    """An engine whose transactions are real ones on every dialect.

    Python's sqlite3 module only opens a transaction before DML, so a backup read or a restore's DDL would
    escape it: the driver is put in autocommit mode and `sqlite_begin` is emitted at each begin instead.
    """
    u = parse_url(url)
    backend = u.get_backend_name()
    if backend not in SUPPORTED:
        raise SourceError(
            Text("Databases of type '{0}' are not supported.", backend),
            Text("Use SQLite, PostgreSQL or MySQL/MariaDB.")
        )
    kwargs: dict[str, Any] = {"poolclass": sa.pool.NullPool}
    if paramstyle:
        kwargs["paramstyle"] = paramstyle
    if backend == "postgresql":
        kwargs["connect_args"] = {"options": "-c timezone=UTC"}
    elif backend in ("mysql", "mariadb"):
        kwargs["connect_args"] = {"init_command": MYSQL_SESSION, "charset": "utf8mb4"}
    engine = sa.create_engine(u, **kwargs)
    if backend == "sqlite":

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            for pragma in sqlite_pragmas:  # before any BEGIN: some (journal_mode) cannot change inside one
                dbapi_conn.execute(pragma)

        @event.listens_for(engine, "begin")
        def _begin(conn: sa.Connection) -> None:
            conn.exec_driver_sql(sqlite_begin)

    return engine


@contextmanager
def connect(url: str, **kwargs: Any) -> Iterator[sa.Connection]:
    """A connection, with connection failures turned into a SourceError that holds no secret."""
    engine = open_engine(url, **kwargs)
    try:
        try:
            conn = engine.connect()
        except sa.exc.DBAPIError as exc:
            detail = str(exc.orig).strip().splitlines()[0] if exc.orig else ""
            raise SourceError(
                Text("Cannot connect to the database {0}: {1}", display_name(url), detail),
                Text("Check that the server is running and that the URL and password are right."),
            ) from None
        with conn:
            yield conn
    finally:
        engine.dispose()
