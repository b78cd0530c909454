"""Database backup and restore against a real, throwaway PostgreSQL 15 server."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import threading
import uuid
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from backup_desk.engine.database import restore_database, verify_database
from backup_desk.errors import BackupDeskError, TargetNotEmptyError
from tests.support.db_fixtures import dump_to_archive, open_archive

pytestmark = pytest.mark.postgres

TZ2 = dt.timezone(dt.timedelta(hours=2))
DDL = """
CREATE TABLE "Mixed Case" (
  id BIGSERIAL PRIMARY KEY, i2 SMALLINT, i4 INTEGER, i8 BIGINT, f4 REAL, f8 DOUBLE PRECISION,
  n NUMERIC(30, 10), nu NUMERIC, t TEXT NOT NULL DEFAULT 'x', vc VARCHAR(20), b BYTEA,
  flag BOOLEAN DEFAULT true,
  d DATE, tm TIME, ts TIMESTAMP, tstz TIMESTAMPTZ DEFAULT now(), j JSON, jb JSONB, u UUID, iv INTERVAL
);
CREATE TABLE "order" ("Select" INTEGER, "we""ird" TEXT, "données" TEXT, "50% off" TEXT,
  PRIMARY KEY ("Select", "we""ird"));
CREATE TABLE child (id SERIAL PRIMARY KEY, k INTEGER NOT NULL, w TEXT NOT NULL,
  mc BIGINT REFERENCES "Mixed Case"(id) ON DELETE CASCADE,
  FOREIGN KEY (k, w) REFERENCES "order"("Select", "we""ird"));
CREATE UNIQUE INDEX child_kw ON child (k, w);
CREATE TABLE empty_one (x INTEGER);
"""
ROWS = [
    (
        -32768,
        -(2**31),
        -(2**63),
        1.5,
        math.nan,
        Decimal("12345678901234567890.0123456789"),
        Decimal("-0.000000000000000000000000000001"),
        "héllo 東京 🎉 'quote' \"dq\"",
        "vc",
        b"\x00\xff" * 5000,
        True,
        dt.date(1, 1, 1),
        dt.time(23, 59, 59, 999999),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999999),
        dt.datetime(2024, 2, 29, 13, 45, 0, 1, tzinfo=TZ2),
        '{"b": [1, 2.5, null], "a": "é"}',
        '{"nested": {"x": 1e-7, "big": 123456789012345678901234567890}}',
        uuid.uuid4(),
        dt.timedelta(days=-3, microseconds=5),
    ),
    (
        32767,
        2**31 - 1,
        2**63 - 1,
        -math.inf,
        math.inf,
        Decimal("-99999999999999999999.9999999999"),
        Decimal("NaN"),
        "",
        None,
        b"",
        False,
        dt.date(2024, 1, 31),
        dt.time(0, 0),
        dt.datetime(1970, 1, 1),
        dt.datetime(1999, 12, 31, 23, 0, tzinfo=dt.UTC),
        "[]",
        '"just a string"',
        None,
        None,
    ),
    (None,) * 7 + ("t",) + (None,) * 11,
]
COLS = "i2, i4, i8, f4, f8, n, nu, t, vc, b, flag, d, tm, ts, tstz, j, jb, u, iv"


def _psycopg(url: str) -> psycopg.Connection:
    return psycopg.connect(
        sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    )


def _fill(url: str) -> None:
    with _psycopg(url) as conn:
        conn.execute(DDL)
        with conn.cursor() as cur:
            cur.executemany(f'INSERT INTO "Mixed Case" ({COLS}) VALUES ({", ".join(["%s"] * 19)})', ROWS)
            cur.execute("""INSERT INTO "order" VALUES (1, 'a"b', 'ü', '%s'), (2, 'SELECT', NULL, NULL)""")
            cur.execute("""INSERT INTO child (k, w, mc) VALUES (1, 'a"b', 1), (2, 'SELECT', NULL)""")


def _fetch(url: str, table: str, order: str) -> list[tuple]:  # type: ignore[type-arg]
    with _psycopg(url) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        return [
            tuple(_nan_safe(v) for v in r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
        ]


def _nan_safe(v: object) -> object:
    if isinstance(v, float) and math.isnan(v):
        return "float-NaN"
    if isinstance(v, Decimal) and v.is_nan():
        return "decimal-NaN"
    return v


def test_postgres_round_trip_is_exact(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = pg_server(), pg_server()
    _fill(src)
    section = dump_to_archive(src, tmp_path / "a.zip")
    assert {t.name: t.rows for t in section.tables} == {
        "Mixed Case": 3,
        "order": 2,
        "child": 2,
        "empty_one": 0,
    }
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        result = restore_database(reader, section, dst)
        assert (result.tables, result.rows) == (4, 7)
        for table, order in (('"Mixed Case"', "id"), ('"order"', '"Select"'), ("child", "id")):
            assert _fetch(dst, table, order) == _fetch(src, table, order)
        check = verify_database(reader, section, tmp_path / "scratch")
    assert check.problems == [] and check.rows_checked == 7
    assert list((tmp_path / "scratch").iterdir()) == []
    with _psycopg(dst) as conn:  # types, keys and defaults came back; the sequence continues after the ids
        types = dict(
            conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = 'Mixed Case'"
            ).fetchall()
        )
        assert (
            types["jb"] == "jsonb" and types["tstz"] == "timestamp with time zone" and types["n"] == "numeric"
        )
        assert types["tm"] == "time without time zone" and types["b"] == "bytea" and types["u"] == "uuid"
        new_id = conn.execute('INSERT INTO "Mixed Case" (i2) VALUES (1) RETURNING id, t, flag').fetchone()
        assert new_id == (4, "x", True)
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("INSERT INTO child (k, w) VALUES (9, 'nope')")


def test_postgres_to_sqlite_gives_the_same_rows(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = pg_server()
    _fill(src)
    dump_to_archive(src, tmp_path / "a.zip")
    target = tmp_path / "out.sqlite3"
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        restore_database(reader, section, f"sqlite:///{target}")
    eng = sa.create_engine(f"sqlite:///{target}")
    with eng.connect() as conn:
        rows = conn.exec_driver_sql(
            'SELECT n, nu, ts, tstz, jb, f8, b FROM "Mixed Case" ORDER BY id'
        ).fetchall()
    eng.dispose()
    # Exact decimals beyond a double's precision are kept as digits; the rest as SQLite's own storage.
    assert rows[0][0] == b"12345678901234567890.0123456789" and rows[0][1] == -1e-30
    assert rows[1][1] == b"NaN" and rows[0][5] == "NaN" and rows[1][5] == math.inf
    assert rows[0][2] == "9999-12-31T23:59:59.999999"
    assert dt.datetime.fromisoformat(rows[0][3]) == dt.datetime(2024, 2, 29, 11, 45, 0, 1, tzinfo=dt.UTC)
    assert rows[0][6] == b"\x00\xff" * 5000 and rows[2] == (None,) * 7


def test_postgres_target_not_empty_and_failure_rolls_back(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = pg_server(), pg_server()
    _fill(src)
    dump_to_archive(src, tmp_path / "a.zip")
    with _psycopg(dst) as conn:
        conn.execute(
            'CREATE TABLE keep (x INTEGER); INSERT INTO keep VALUES (42); CREATE TABLE "order" (y TEXT)'
        )
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        with pytest.raises(TargetNotEmptyError) as err:
            restore_database(reader, section, dst)
        assert "--replace" in err.value.hint
        # Point "child" at another table's rows: it fails after other tables loaded, and everything
        # rolls back, the DROP of the old "order" table and the CREATEs included.
        # (the native section's data list says where each table's COPY rows are)
        assert section.native is not None
        data = {d["label"]: d for d in section.native["data"]}
        wrong = {**data["Mixed Case"], **{k: data["child"][k] for k in ("table", "label", "copy", "header")}}
        native = {**section.native, "data": [wrong if d["label"] == "child" else d for d in data.values()]}
        broken = dataclasses.replace(section, native=native)
        with pytest.raises(BackupDeskError, match="child"):
            restore_database(reader, broken, dst, replace=True)
        with _psycopg(dst) as conn:
            names = {
                r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            }
            assert names == {"keep", "order"}
        restore_database(reader, section, dst, replace=True)
    assert _fetch(dst, "keep", "x") == [(42,)]
    assert _fetch(dst, '"order"', '"Select"') == _fetch(src, '"order"', '"Select"')


def test_postgres_snapshot_is_consistent_under_concurrent_inserts(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = pg_server()
    with _psycopg(src) as conn:
        conn.execute(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY, n INTEGER); "
            "CREATE TABLE kid (id SERIAL PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))"
        )
        conn.execute("INSERT INTO parent SELECT g, 0 FROM generate_series(1, 20000) g")
        conn.execute("INSERT INTO kid (parent_id) SELECT g FROM generate_series(1, 20000) g")
    stop = threading.Event()

    def writer() -> None:
        with _psycopg(src) as conn:
            conn.autocommit = True
            i = 20001
            while not stop.is_set():
                with conn.transaction():
                    conn.execute("INSERT INTO parent VALUES (%s, 1)", (i,))
                    conn.execute("INSERT INTO kid (parent_id) VALUES (%s)", (i,))
                i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        section = dump_to_archive(src, tmp_path / "a.zip")
    finally:
        stop.set()
        thread.join()
    counts = {t.name: t.rows for t in section.tables}
    assert counts["parent"] == counts["kid"] > 20000 - 1  # one instant: every parent with its kid
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        assert verify_database(reader, section, tmp_path / "scratch").problems == []


def test_postgres_data_backup_into_existing_schema(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = pg_server(), pg_server()
    _fill(src)
    dump_to_archive(src, tmp_path / "data.zip", backup_type="data")
    with _psycopg(dst) as conn:
        conn.execute(DDL)
    reader, section = open_archive(tmp_path / "data.zip")
    with reader:
        assert restore_database(reader, section, dst).rows == 7
        with pytest.raises(TargetNotEmptyError):
            restore_database(reader, section, dst, tables=["order"])
        assert restore_database(reader, section, dst, replace=True).rows == 7
    assert _fetch(dst, '"Mixed Case"', "id") == _fetch(src, '"Mixed Case"', "id")
    with _psycopg(dst) as conn:  # the serial sequence moved past the restored ids
        assert conn.execute('INSERT INTO "Mixed Case" (i2) VALUES (1) RETURNING id').fetchone() == (4,)


def test_postgres_foreign_key_cycle_and_self_reference(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = pg_server(), pg_server()
    with _psycopg(src) as conn:
        conn.execute(
            "CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER);"
            "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id));"
            "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b(id) DEFERRABLE INITIALLY DEFERRED;"
            "CREATE TABLE tree (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES tree(id));"
            "BEGIN; INSERT INTO a VALUES (1, 1); INSERT INTO b VALUES (1, 1); COMMIT;"
            "INSERT INTO tree VALUES (1, NULL), (2, 1), (3, 2);"
        )
    dump_to_archive(src, tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        assert restore_database(reader, section, dst).rows == 5
    assert _fetch(dst, "a", "id") == [(1, 1)] and _fetch(dst, "tree", "id") == [(1, None), (2, 1), (3, 2)]
    with _psycopg(dst) as conn, pytest.raises(psycopg.errors.ForeignKeyViolation):
        conn.execute("INSERT INTO b VALUES (2, 99)")
    with _psycopg(dst) as conn:  # still deferred: a cycle can be inserted in one transaction
        conn.execute("INSERT INTO a VALUES (2, 2); INSERT INTO b VALUES (2, 2)")


def test_sqlite_to_postgres_keeps_64_bit_integers_and_doubles(pg_url: str, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "app.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, small SMALLINT, r REAL, f FLOAT, n NUMERIC)")
    rows = [(5_000_000_000 + i, 2**40 + i, i / 7, -i / 3, i * 1.1) for i in range(1, 50)]
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    dump_to_archive(f"sqlite:///{db}", tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        restore_database(reader, section, pg_url)
    got = _fetch(pg_url, "t", "id")
    assert [(a, b, c, d) for a, b, c, d, _ in got] == [r[:4] for r in rows]  # doubles bit for bit
    assert [e for *_, e in got] == [Decimal(repr(r[4])) for r in rows]
