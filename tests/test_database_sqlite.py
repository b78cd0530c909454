"""Database backup and restore with real SQLite files: value types, identifiers, keys, snapshots."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from backup_desk.engine.database import restore_database, verify_database
from backup_desk.engine.database.dump import dump_database, estimate_database_size
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import CancelledError, SourceError
from tests.support.db_fixtures import (
    dump_to_archive,
    make_sqlite_sample,
    open_archive,
    sqlite_rows,
    sqlite_structure,
)


def test_sqlite_round_trip_keeps_every_value_type_and_identifier(tmp_path: Path) -> None:
    src = tmp_path / "src.db"
    section = dump_to_archive(make_sqlite_sample(src), tmp_path / "a.zip")
    assert {t.name: t.rows for t in section.tables} == {"order": 4, "ligne de commande": 3, "empty_one": 0}
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        schema_text = reader.open_entry("db/schema.json").read().decode()
        ddl = reader.open_entry("db/ddl.sql").read().decode()
        result = restore_database(reader, section, f"sqlite:///{tmp_path / 'dst.db'}")
        check = verify_database(reader, section, tmp_path / "scratch")
    assert '"données"' in schema_text and 'CREATE TABLE "ligne de commande"' in ddl
    assert (result.tables, result.rows) == (3, 7)
    assert sqlite_rows(tmp_path / "dst.db") == sqlite_rows(src)  # values and SQLite storage classes
    assert sqlite_structure(tmp_path / "dst.db") == sqlite_structure(
        src
    )  # columns, defaults, keys, FK actions, indexes
    assert check.problems == [] and (check.tables_checked, check.rows_checked) == (3, 7)


def test_sqlalchemy_typed_columns_round_trip(tmp_path: Path) -> None:
    md = sa.MetaData()
    t = sa.Table(
        "typed",
        md,
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("d", sa.Date),
        sa.Column("tm", sa.Time),
        sa.Column("ts", sa.DateTime),
        sa.Column("flag", sa.Boolean),
        sa.Column("j", sa.JSON),
        sa.Column("b", sa.LargeBinary),
        sa.Column("price", sa.Numeric(10, 2)),
        sa.Column("u", sa.Uuid),
    )
    rows = [
        {
            "id": 1,
            "d": dt.date(2024, 2, 29),
            "tm": dt.time(1, 2, 3, 4),
            "ts": dt.datetime(2024, 1, 1, 0, 0, 0, 5),
            "flag": True,
            "j": {"k": ["é", 1.5, None]},
            "b": b"\x00" * 10,
            "price": "19.99",
            "u": uuid.UUID(int=5),
        },
        {
            "id": 2,
            "d": None,
            "tm": None,
            "ts": None,
            "flag": False,
            "j": None,
            "b": None,
            "price": None,
            "u": None,
        },
    ]
    src_engine = sa.create_engine(f"sqlite:///{tmp_path / 'src.db'}")
    md.create_all(src_engine)
    with src_engine.begin() as conn:
        conn.execute(t.insert(), rows)
    dump_to_archive(f"sqlite:///{tmp_path / 'src.db'}", tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        restore_database(reader, section, f"sqlite:///{tmp_path / 'dst.db'}")
        assert verify_database(reader, section, tmp_path / "scratch").problems == []
    dst_engine = sa.create_engine(f"sqlite:///{tmp_path / 'dst.db'}")
    with src_engine.connect() as a, dst_engine.connect() as b:
        assert (
            b.execute(t.select().order_by(t.c.id)).fetchall()
            == a.execute(t.select().order_by(t.c.id)).fetchall()
        )
    src_engine.dispose()
    dst_engine.dispose()


def test_snapshot_is_consistent_while_another_thread_writes(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    con = sqlite3.connect(path)
    con.executescript(
        "PRAGMA journal_mode=WAL; CREATE TABLE parent (id INTEGER PRIMARY KEY, pad TEXT);"
        "CREATE TABLE kid (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));"
    )
    con.executemany("INSERT INTO parent VALUES (?, ?)", [(i, "p" * 200) for i in range(1, 50001)])
    con.executemany("INSERT INTO kid (parent_id) VALUES (?)", [(i,) for i in range(1, 50001)])
    con.commit()
    con.close()
    stop = threading.Event()
    written = []

    def writer() -> None:
        c = sqlite3.connect(path, timeout=30)
        i = 50001
        while not stop.is_set():
            with c:
                c.execute(
                    "INSERT INTO kid (parent_id) VALUES (?)", (i,)
                )  # child first: order must not matter
                c.execute("INSERT INTO parent VALUES (?, 'x')", (i,))
            written.append(i)
            i += 1
        c.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        section = dump_to_archive(f"sqlite:///{path}", tmp_path / "a.zip")
    finally:
        stop.set()
        thread.join()
    counts = {t.name: t.rows for t in section.tables}
    assert counts["parent"] == counts["kid"] >= 50000 and written


def test_cancel_and_unreachable_source(tmp_path: Path) -> None:
    url = make_sqlite_sample(tmp_path / "src.db")
    token = CancelToken()
    token.cancel()

    class Sink:
        def open_entry(self, name, **kw):  # type: ignore[no-untyped-def]
            raise AssertionError("nothing may be written after cancel")

    with pytest.raises(CancelledError):
        dump_database(url, "full", Sink(), ProgressReporter(), token)  # type: ignore[arg-type]
    bad = "postgresql+psycopg://someone:s3cret-pass@127.0.0.1:1/db"
    with pytest.raises(SourceError) as err:
        dump_database(bad, "full", Sink(), ProgressReporter(), CancelToken())  # type: ignore[arg-type]
    assert "s3cret" not in str(err.value) and "s3cret" not in repr(err.value.__cause__ or "")
    assert estimate_database_size(bad) is None
    missing = tmp_path / "missing.db"
    with pytest.raises(SourceError, match="does not exist"):
        dump_database(f"sqlite:///{missing}", "full", Sink(), ProgressReporter(), CancelToken())  # type: ignore[arg-type]
    assert estimate_database_size(f"sqlite:///{missing}") is None
    assert not missing.exists()
    assert (estimate_database_size(url) or 0) >= (tmp_path / "src.db").stat().st_size
