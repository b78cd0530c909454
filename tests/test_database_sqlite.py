"""Database backup and restore with real SQLite files: types, identifiers, keys, plans, replace, verify."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from backup_desk.engine.database import (
    plan_database_restore,
    restore_database,
    verify_database,
)
from backup_desk.engine.database.dump import dump_database, estimate_database_size
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import CancelledError, SourceError, TargetNotEmptyError, UserInputError
from tests.support.db_fixtures import dump_to_archive, open_archive

SCHEMA = """
CREATE TABLE "order" ("Select" INTEGER PRIMARY KEY, "we""ird" TEXT NOT NULL DEFAULT 'it''s', "données" BLOB,
                      n NUMERIC(12, 3), f REAL, flag BOOLEAN DEFAULT 1, ts DATETIME DEFAULT CURRENT_TIMESTAMP,
                      j JSON, anything, "MixedCase" VARCHAR(10));
CREATE TABLE "ligne de commande" (a INTEGER, b TEXT,
                                  "order" INTEGER REFERENCES "order"("Select") ON DELETE CASCADE,
                                  PRIMARY KEY (a, b), UNIQUE (b, "order"));
CREATE INDEX "ix ligne" ON "ligne de commande" ("order");
CREATE TABLE empty_one (x INTEGER);
"""
ORDER_ROWS = [
    (
        1,
        "héllo 東京 🎉\x00nul",
        b"\x00\xff" * 1000,
        12.5,
        1.25,
        1,
        "2024-01-01 10:00:00",
        '{"a": [1, 2]}',
        3,
        "Ab",
    ),
    (2, "", None, None, float("inf"), 0, None, None, b"blob", None),
    (3, "x", b"", 9007199254740993, -0.0, None, "garbage", "not json", "text", ""),
    (9223372036854775807, "max", None, "12.5000", 1e-308, 2, None, "[]", 2.5, None),
]


def _make(path: Path) -> str:
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    con.executemany('INSERT INTO "order" VALUES (?,?,?,?,?,?,?,?,?,?)', ORDER_ROWS)
    con.executemany(
        'INSERT INTO "ligne de commande" VALUES (?,?,?)', [(1, "a", 1), (1, "b", 2), (2, "a", None)]
    )
    con.commit()
    con.close()
    return f"sqlite:///{path}"


def _dump_rows(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    con = sqlite3.connect(path)
    out = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        cols = [r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (name,))]
        sel = ", ".join(
            f'"{c.replace(chr(34), chr(34) * 2)}", typeof("{c.replace(chr(34), chr(34) * 2)}")' for c in cols
        )
        quoted = name.replace('"', '""')
        out[name] = sorted(con.execute(f'SELECT {sel} FROM "{quoted}"').fetchall(), key=repr)
    con.close()
    return out


def _structure(path: Path) -> dict[str, object]:
    con = sqlite3.connect(path)
    out: dict[str, object] = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        out[name] = (
            [r[1:] for r in con.execute("SELECT * FROM pragma_table_info(?)", (name,))],
            sorted(r[2:] for r in con.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,))),
            sorted(
                (r[1], r[2])
                for r in con.execute("SELECT * FROM pragma_index_list(?)", (name,))
                if not r[1].startswith("sqlite_autoindex")
            ),
        )
    con.close()
    return out


def test_sqlite_round_trip_keeps_every_value_type_and_identifier(tmp_path: Path) -> None:
    src = tmp_path / "src.db"
    section = dump_to_archive(_make(src), tmp_path / "a.zip")
    assert {t.name: t.rows for t in section.tables} == {"order": 4, "ligne de commande": 3, "empty_one": 0}
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        schema_text = reader.open_entry("db/schema.json").read().decode()
        ddl = reader.open_entry("db/ddl.sql").read().decode()
        result = restore_database(reader, section, f"sqlite:///{tmp_path / 'dst.db'}")
        check = verify_database(reader, section, tmp_path / "scratch")
    assert '"données"' in schema_text and 'CREATE TABLE "ligne de commande"' in ddl
    assert (result.tables, result.rows) == (3, 7)
    assert _dump_rows(tmp_path / "dst.db") == _dump_rows(src)  # values and SQLite storage classes
    assert _structure(tmp_path / "dst.db") == _structure(src)  # columns, defaults, keys, FK actions, indexes
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
            "u": __import__("uuid").UUID(int=5),
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


def test_plan_writes_nothing_and_flags_existing_tables(tmp_path: Path) -> None:
    dump_to_archive(_make(tmp_path / "src.db"), tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        plan = plan_database_restore(reader, section, f"sqlite:///{tmp_path / 'new.db'}")
        assert not (tmp_path / "new.db").exists()
        assert [(p.kind, p.rows, p.exists) for p in plan] == [
            ("schema", None, False),
            ("table", 0, False),
            ("table", 3, False),
            ("table", 4, False),
        ]
        assert "secret" not in repr(plan)
        existing = plan_database_restore(
            reader, section, f"sqlite:///{tmp_path / 'src.db'}", tables=["order"]
        )
        assert [(p.kind, p.exists) for p in existing] == [("schema", True), ("table", True)]
        with pytest.raises(UserInputError):
            plan_database_restore(reader, section, f"sqlite:///{tmp_path / 'new.db'}", tables=["nope"])


def test_non_empty_target_is_refused_unless_replace(tmp_path: Path) -> None:
    dump_to_archive(_make(tmp_path / "src.db"), tmp_path / "a.zip")
    target = tmp_path / "dst.db"
    con = sqlite3.connect(target)
    con.executescript(
        'CREATE TABLE keep (x); INSERT INTO keep VALUES (42); CREATE TABLE "order" (old TEXT);'
        "INSERT INTO \"order\" VALUES ('old row');"
    )
    con.close()
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        with pytest.raises(TargetNotEmptyError) as err:
            restore_database(reader, section, f"sqlite:///{target}")
        assert "--replace" in err.value.hint
        assert _dump_rows(target)["order"] == [("old row", "text")]
        restore_database(reader, section, f"sqlite:///{target}", replace=True)
    rows = _dump_rows(target)
    assert rows["keep"] == [(42, "integer")] and len(rows["order"]) == 4


def test_schema_only_and_table_subset(tmp_path: Path) -> None:
    dump_to_archive(_make(tmp_path / "src.db"), tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        r1 = restore_database(reader, section, f"sqlite:///{tmp_path / 'schema.db'}", schema_only=True)
        r2 = restore_database(
            reader, section, f"sqlite:///{tmp_path / 'sub.db'}", tables=["ligne de commande"]
        )
    assert (r1.tables, r1.rows) == (3, 0)
    assert {k: len(v) for k, v in _dump_rows(tmp_path / "schema.db").items()} == {
        "order": 0,
        "ligne de commande": 0,
        "empty_one": 0,
    }
    assert (r2.tables, r2.rows) == (1, 3)
    assert list(_dump_rows(tmp_path / "sub.db")) == ["ligne de commande"]


def test_metadata_and_data_backups(tmp_path: Path) -> None:
    url = _make(tmp_path / "src.db")
    meta = dump_to_archive(url, tmp_path / "meta.zip", backup_type="metadata")
    assert all(t.entry is None and t.rows == 0 for t in meta.tables)
    data = dump_to_archive(url, tmp_path / "data.zip", backup_type="data")
    assert data.total_rows == 7
    target = f"sqlite:///{tmp_path / 'dst.db'}"
    reader, section = open_archive(tmp_path / "meta.zip")
    with reader:
        assert restore_database(reader, section, target).rows == 0
        assert verify_database(reader, section, tmp_path / "scratch").problems == []
    reader, section = open_archive(tmp_path / "data.zip")
    with reader:
        assert restore_database(reader, section, target).rows == 7  # rows into the existing schema
        with pytest.raises(TargetNotEmptyError):
            restore_database(reader, section, target)
        assert restore_database(reader, section, target, replace=True).rows == 7
        with pytest.raises(UserInputError):
            restore_database(reader, section, f"sqlite:///{tmp_path / 'no-schema.db'}")
    assert _dump_rows(tmp_path / "dst.db") == _dump_rows(tmp_path / "src.db")


def test_verify_reports_rows_that_do_not_match(tmp_path: Path) -> None:
    dump_to_archive(_make(tmp_path / "src.db"), tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        tampered = dataclasses.replace(
            section,
            tables=[
                dataclasses.replace(t, content_hash="0" * 64)
                if t.name == "order"
                else dataclasses.replace(t, rows=t.rows + 1)
                if t.name == "ligne de commande"
                else t
                for t in section.tables
            ],
        )
        result = verify_database(reader, tampered, tmp_path / "scratch")
    assert not result.ok and len(result.problems) == 2
    assert "'order'" in result.problems[1] and "hash" in result.problems[1]


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
    url = _make(tmp_path / "src.db")
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
    assert not missing.exists()
    assert (estimate_database_size(url) or 0) >= (tmp_path / "src.db").stat().st_size
