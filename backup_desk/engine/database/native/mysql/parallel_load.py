"""Loading the staging database's tables over several connections at once.

A restore is bounded by the server parsing INSERT statements, one server thread per connection. The
staging database is thrown away if anything fails, so nothing ties one table's load to another's: each
worker has its own session (the section's settings) and takes the largest table left, as myloader does
(`mariadb < dump.sql` has one connection). Each table still loads on one connection, in file order. The
restore's own session is one of the workers, so a server with no connection to spare still gets every
table.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.failures import restore_step
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native.mysql.session import Session, run_data_entry
from backup_desk.engine.progress import CancelToken, LinkedCancel, ProgressReporter
from backup_desk.errors import CancelledError, SourceError

# Connections loading at once: the server's threads do the work. This machine's cores hint at the server's
# when it runs here (measured on 2 cores: 2 connections 1.6× faster than one, 4 no better than 2); beyond 4
# the tables' sizes rarely keep them all busy.
LOAD_CONNECTIONS = max(2, min(4, os.cpu_count() or 1))
COMMIT_EVERY = 8  # statements per commit: short transactions, as the mariadb client's autocommit


@dataclass(frozen=True)
class TableLoad:
    name: str
    entry: str
    rows: int
    size: int


def load_tables(
    main: Session,
    to_url: str,
    loads: Sequence[TableLoad],
    source: EntrySource,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> int:
    """Run every table's data entry into the database `main` is using; the rows loaded. `main` loads on
    this thread; helper connections join it when the server accepts them (a server at its connection limit
    only makes the load serial). The first failure stops every worker (between statements) and is raised;
    a cancel raises CancelledError."""
    queue = sorted(loads, key=lambda t: t.size, reverse=True)  # largest first: the last ones are short
    lock = threading.Lock()
    stop = LinkedCancel(cancel or CancelToken())  # a failure anywhere, or the caller's cancel: all stop
    database = main.database()

    def take() -> TableLoad | None:
        with lock:
            return queue.pop(0) if queue and not stop.cancelled else None

    def load_with(s: Session) -> None:
        count = 0

        def tick() -> None:
            nonlocal count
            count += 1
            if count % COMMIT_EVERY == 0:
                s.raw.commit()

        try:
            while (t := take()) is not None:
                with restore_step(f"table {t.name!r}"), source.open_entry(t.entry) as f:
                    run_data_entry(
                        s, f, rows=t.rows, size=t.size, table=t.name, reporter=reporter, cancel=stop,
                        on_statement=tick,
                    )
            s.raw.commit()
        except BaseException:
            stop.cancel()
            raise

    def helper() -> None:
        with contextlib.ExitStack() as stack:
            try:
                conn = stack.enter_context(connect(to_url))
            except SourceError:
                return  # no connection to spare: the others load its share
            s = Session(conn.connection.driver_connection)
            s.reset()
            s.use(database)
            load_with(s)

    helpers = max(0, min(LOAD_CONNECTIONS, len(queue)) - 1)
    errors: list[BaseException] = []
    with ThreadPoolExecutor(max(1, helpers), thread_name_prefix="mysql-load") as pool:
        futures = [pool.submit(helper) for _ in range(helpers)]
        try:
            load_with(main)
        except BaseException as exc:
            errors.append(exc)
        errors += [e for f in futures if (e := f.exception()) is not None]  # waits for every helper
    if cancel is not None:
        cancel.check()
    real = [e for e in errors if not isinstance(e, CancelledError)]
    if errors:
        raise (real or errors)[0]
    return sum(t.rows for t in loads)
