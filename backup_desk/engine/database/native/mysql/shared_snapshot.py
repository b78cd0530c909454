"""Several sessions reading one snapshot of the source, so that a dump can spread over the server's threads.

The server formats every row (literals.py) on one thread per session: that bounds a dump on one connection.
MariaDB and MySQL cannot hand a snapshot to another session, but sessions that start theirs while no write
to the dumped tables can be under way see the same rows. A separate session holds `LOCK TABLES … READ` on
every base table for those few milliseconds: it waits for transactions writing to them to end and holds
new writes back, the dump's sessions start their consistent snapshots, and it unlocks (mydumper does the
same with FLUSH TABLES WITH READ LOCK, which needs RELOAD; LOCK TABLES needs the privilege of that name,
which a backup account usually has, as mariadb-dump without --single-transaction needs it).

Nothing of this may cost the backup or the application much: the lock waits at most LOCK_WAIT_S seconds
(a write transaction under way on one of the tables holds it off, and new writes queue behind it
meanwhile). Past that, without the privilege, with a table that goes away meanwhile, or with no
connection to spare, the main session's snapshot starts alone and the dump reads on one connection, as
before. Small databases (under PARALLEL_FROM_BYTES) are not worth a lock and always read on one
connection.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from typing import Any

import pymysql

from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.native.mysql.catalog import quote
from backup_desk.errors import SourceError

# Helper sessions reading rows beside the main one: the server's threads do the work. This machine's cores
# hint at the server's when it runs here (2 cores: 2 helpers format 1.45× faster than one session).
DUMP_HELPERS = max(2, min(4, os.cpu_count() or 1))
PARALLEL_FROM_BYTES = 32 << 20  # the tables' data (information_schema's estimate)
LOCK_WAIT_S = 1  # writers queued behind the lock wait as long: a second at most, and only then
READ_SESSION = (
    # Reading needs no strict mode; ANSI_QUOTES & co. would change what SHOW CREATE prints.
    "SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO', time_zone = '+00:00'",
    "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ",
)
_START = "START TRANSACTION WITH CONSISTENT SNAPSHOT"


def _base_tables(cur: Any) -> tuple[list[str], int]:
    cur.execute(
        "SELECT TABLE_NAME, IFNULL(DATA_LENGTH, 0) FROM information_schema.TABLES "
        "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"
    )
    rows = cur.fetchall()
    return [str(r[0]) for r in rows], sum(int(r[1]) for r in rows)


def _helper(url: str, stack: ExitStack, packet: int) -> Any | None:
    try:
        conn = stack.enter_context(connect(url))
    except SourceError:
        return None  # no connection to spare: the others read its share
    raw: Any = conn.connection.driver_connection
    cur = raw.cursor()
    for sql in READ_SESSION:
        cur.execute(sql)
    cur.execute(f"SET SESSION group_concat_max_len = {packet}")
    raw.commit()
    return raw


@contextlib.contextmanager
def start_snapshots(url: str, main: Any, *, with_rows: bool) -> Iterator[tuple[list[Any], frozenset[str]]]:
    """Starts `main`'s consistent snapshot (its session already set up with READ_SESSION); yields (helper
    sessions in the same snapshot, the tables they may read), ([], empty) when the dump reads on `main`
    alone. The helpers' transactions end and their connections close on exit."""
    cur = main.cursor()
    tables, size = _base_tables(cur) if with_rows else ([], 0)
    with ExitStack() as stack:
        helpers: list[Any] = []
        if tables and size >= PARALLEL_FROM_BYTES:
            cur.execute("SELECT @@max_allowed_packet")
            packet = int(cur.fetchone()[0])
            helpers = [h for _ in range(DUMP_HELPERS) if (h := _helper(url, stack, packet)) is not None]
        locked = _start_together(url, main, helpers, tables) if helpers else False
        if not locked:
            cur.execute(_START)
            helpers = []
        try:
            yield helpers, frozenset(tables) if locked else frozenset()
        finally:
            for h in helpers:
                with contextlib.suppress(pymysql.MySQLError):
                    h.rollback()


def _start_together(url: str, main: Any, helpers: Sequence[Any], tables: Sequence[str]) -> bool:
    """Every session's snapshot started while the tables were locked against writes; False (nothing
    started) when the lock could not be had."""
    try:
        with connect(url) as conn:
            locker: Any = conn.connection.driver_connection
            cur = locker.cursor()
            try:
                cur.execute(f"SET SESSION lock_wait_timeout = {LOCK_WAIT_S}")
                cur.execute("LOCK TABLES " + ", ".join(f"{quote(t)} READ" for t in tables))
            except pymysql.MySQLError:
                return False  # no LOCK TABLES privilege, a long write under way, a table dropped meanwhile
            try:
                for session in (main, *helpers):
                    session.cursor().execute(_START)
            finally:
                cur.execute("UNLOCK TABLES")
            return True
    except SourceError:
        return False  # no connection left for the lock
