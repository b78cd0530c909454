"""The catalog engine: WAL, busy timeout, foreign keys, and BEGIN IMMEDIATE for write sessions."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text

from backup_desk.catalog.db import BUSY_TIMEOUT_MS, Catalog


@pytest.fixture
def catalog(tmp_path: Path):  # type: ignore[no-untyped-def]
    c = Catalog(tmp_path / "catalog.sqlite3")
    with c.write() as s:
        s.execute(text("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"))
        s.execute(text("INSERT INTO counter VALUES (1, 0)"))
    yield c
    c.dispose()


def test_pragmas(catalog: Catalog) -> None:
    with catalog.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_write_sessions_begin_immediate_and_reads_deferred(tmp_path: Path) -> None:
    c = Catalog(tmp_path / "trace.sqlite3")
    statements: list[str] = []

    @event.listens_for(c.engine, "connect")
    def _trace(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.set_trace_callback(statements.append)

    with c.write() as s:
        s.execute(text("CREATE TABLE t (x INTEGER)"))
    with c.read() as s:
        s.execute(text("SELECT * FROM t")).all()
    with c.write() as s:
        s.execute(text("SELECT * FROM t")).all()
        s.execute(text("INSERT INTO t VALUES (1)"))
    begins = [st for st in statements if st.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN", "BEGIN IMMEDIATE"]
    c.dispose()


def test_write_session_rolls_back_on_error(catalog: Catalog) -> None:
    with pytest.raises(RuntimeError), catalog.write() as s:
        s.execute(text("UPDATE counter SET n = 99"))
        raise RuntimeError("boom")
    with catalog.read() as s:
        assert s.execute(text("SELECT n FROM counter")).scalar() == 0


def test_concurrent_read_then_write_never_locks(catalog: Catalog) -> None:
    """Two threads each read the counter then write it back +1, many times, at the same time. With a
    deferred BEGIN the second writer fails at once with "database is locked"; with BEGIN IMMEDIATE they
    queue, and no increment is lost."""
    rounds = 40
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def worker() -> None:
        try:
            start.wait()
            for _ in range(rounds):
                with catalog.write() as s:
                    n = s.execute(text("SELECT n FROM counter WHERE id = 1")).scalar_one()
                    time.sleep(0.002)  # let the other thread read too: the interleaving that used to fail
                    s.execute(text("UPDATE counter SET n = :n WHERE id = 1"), {"n": n + 1})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with catalog.read() as s:
        assert s.execute(text("SELECT n FROM counter")).scalar() == 2 * rounds


def test_foreign_keys_enforced(catalog: Catalog) -> None:
    from sqlalchemy.exc import IntegrityError

    with catalog.write() as s:
        s.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
        s.execute(text("CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent(id))"))
    with pytest.raises(IntegrityError), catalog.write() as s:
        s.execute(text("INSERT INTO child VALUES (1, 42)"))
