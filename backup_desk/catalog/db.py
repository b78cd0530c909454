"""The catalog's SQLite engine: WAL, busy timeout, foreign keys, and `BEGIN IMMEDIATE` for writes.

One Engine per catalog file per process. Use `catalog.read()` for read-only sessions and
`catalog.write()` for sessions that write (they take the write lock up front, so a read-then-write
never fails with "database is locked" when another writer committed in between).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 15_000


class Catalog:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(
            f"sqlite+pysqlite:///{path}",
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_flag = threading.local()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self, *, durable: bool = False) -> Iterator[Session]:
        """A session whose transaction starts with BEGIN IMMEDIATE and commits on success.

        `durable`: the commit is on disk when this returns (synchronous=FULL syncs the WAL at commit). For a
        run's final state: a durable archive must not lose its completed row to a power cut. Other writes
        keep NORMAL (on disk at the next checkpoint; a heartbeat does not need an fsync)."""
        with self._sessions() as session:
            session.connection(execution_options={"bd_immediate": True, "bd_durable": durable})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, emit BEGIN (so we can make it IMMEDIATE).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    immediate = options.get("bd_immediate", False)
    # Per transaction (a pooled connection keeps its last setting): FULL only where asked for.
    durable = options.get("bd_durable", False)
    conn.exec_driver_sql("PRAGMA synchronous=FULL" if durable else "PRAGMA synchronous=NORMAL")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
