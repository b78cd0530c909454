"""Cross-engine round trips from native sections (issue 7 item 3): PostgreSQL → SQLite and MariaDB →
PostgreSQL, through the portable loader fed by each format's `portable_schema` + `iter_rows`, with what the
target cannot carry said first. (SQLite → PostgreSQL: test_sqlite_cross_engine.py.)"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa

from backup_desk.engine.database import restore_database
from backup_desk.engine.database.restore import restore_notices
from tests.support.db_fixtures import dump_to_archive, open_archive
from tests.support.pg_native import run_sql

PG_SHOP = """
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE customer (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    mood mood,
    balance numeric(10, 2),
    joined date,
    seen timestamptz,
    avatar bytea,
    active boolean DEFAULT true
);
CREATE TABLE "order" (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer,
    total numeric(8, 2) NOT NULL CHECK (total >= 0),
    note text
);
CREATE VIEW big_orders AS SELECT id, total FROM "order" WHERE total > 100;
CREATE FUNCTION no_negative() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN IF NEW.total < 0 THEN RAISE EXCEPTION 'negative'; END IF; RETURN NEW; END $$;
CREATE TRIGGER order_check BEFORE INSERT ON "order" FOR EACH ROW EXECUTE FUNCTION no_negative();
INSERT INTO customer (email, mood, balance, joined, seen, avatar, active)
SELECT 'c' || i || '@example.org', CASE WHEN i % 2 = 0 THEN 'happy' ELSE 'sad' END::mood, i * 1.25,
       DATE '2024-01-01' + i, TIMESTAMPTZ '2024-01-01 10:00:00+00' + i * INTERVAL '1 hour',
       CASE WHEN i % 3 = 0 THEN NULL ELSE decode('00ff' || lpad(to_hex(i), 4, '0'), 'hex') END, i % 5 <> 0
FROM generate_series(1, 40) AS i;
INSERT INTO "order" (customer_id, total, note)
SELECT 1 + i % 40, (i * 7.5)::numeric(8, 2), CASE WHEN i % 4 = 0 THEN NULL ELSE 'note é 東京 ' || i END
FROM generate_series(1, 120) AS i;
"""

MARIADB_SHOP = [
    """CREATE TABLE customer (
        id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
        email VARCHAR(100) COLLATE utf8mb4_bin NOT NULL UNIQUE,
        status ENUM('new', 'vip') NOT NULL DEFAULT 'new',
        balance DECIMAL(10, 2),
        created DATETIME,
        note TEXT
    ) ENGINE=InnoDB""",
    """CREATE TABLE `order` (
        id INT AUTO_INCREMENT PRIMARY KEY,
        customer_id INT UNSIGNED NOT NULL,
        total DECIMAL(8, 2) NOT NULL CHECK (total >= 0),
        FOREIGN KEY (customer_id) REFERENCES customer (id)
    ) ENGINE=InnoDB""",
    "CREATE VIEW vip AS SELECT email FROM customer WHERE status = 'vip'",
    """CREATE TRIGGER order_guard BEFORE INSERT ON `order` FOR EACH ROW
       SET NEW.total = GREATEST(NEW.total, 0)""",
]


def _rows(url: str, sql: str) -> list[tuple[object, ...]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql)]
    finally:
        engine.dispose()


def test_postgresql_to_sqlite(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, PG_SHOP)
    section = dump_to_archive(pg_url, tmp_path / "pg.zip")
    assert section.native_format is not None and section.native_format.startswith("postgresql")
    target = tmp_path / "from-pg.db"
    reader, section = open_archive(tmp_path / "pg.zip")
    with reader:
        notices = {n.subject for n in restore_notices(reader, section, f"sqlite:///{target}")}
        assert any("big_orders" in s for s in notices) and any("order_check" in s for s in notices)
        result = restore_database(reader, section, f"sqlite:///{target}", scratch_dir=tmp_path / "scratch")
    assert (result.tables, result.rows) == (2, 160)
    con = sqlite3.connect(target)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        customer = next(t for t in tables if t.endswith("customer"))
        order = next(t for t in tables if t.endswith("order"))
        got = con.execute(f'SELECT email, mood, balance, avatar FROM "{customer}" ORDER BY id').fetchall()
        assert len(got) == 40 and got[0][0] == "c1@example.org" and got[0][1] == "sad"
        assert Decimal(str(got[1][2])) == Decimal("2.50") and got[2][3] is None
        assert got[0][3] == b"\x00\xff\x00\x01"
        notes = con.execute(f'SELECT note FROM "{order}" WHERE id = 1').fetchone()
        assert notes == ("note é 東京 1",)
    finally:
        con.close()
    pg = _rows(pg_url, 'SELECT sum(total) FROM "order"')[0][0]
    con = sqlite3.connect(target)
    assert Decimal(str(con.execute(f'SELECT sum(total) FROM "{order}"').fetchone()[0])) == pg
    con.close()


def test_mariadb_to_postgresql(mariadb_url: str, pg_url: str, tmp_path: Path) -> None:
    engine = sa.create_engine(mariadb_url)
    with engine.begin() as conn:
        for stmt in MARIADB_SHOP:
            conn.exec_driver_sql(stmt)
        for i in range(1, 31):
            conn.exec_driver_sql(
                "INSERT INTO customer (email, status, balance, created, note) VALUES (%s, %s, %s, %s, %s)",
                (f"C{i}@Example.org", "vip" if i % 3 == 0 else "new", Decimal(i) / 4,
                 dt.datetime(2024, 1, i % 28 + 1, 9, 30), None if i % 5 == 0 else f"note ñ {i}"))
        for i in range(1, 91):
            conn.exec_driver_sql("INSERT INTO `order` (customer_id, total) VALUES (%s, %s)",
                                 (1 + i % 30, Decimal(i) * Decimal("3.25")))
    engine.dispose()
    section = dump_to_archive(mariadb_url, tmp_path / "my.zip")
    assert section.native_format is not None and section.native_format.startswith("mysql")
    reader, section = open_archive(tmp_path / "my.zip")
    with reader:
        notices = {n.subject for n in restore_notices(reader, section, pg_url)}
        assert any("vip" in s for s in notices) and any("order_guard" in s for s in notices)
        result = restore_database(reader, section, pg_url, scratch_dir=tmp_path / "scratch")
    assert (result.tables, result.rows) == (2, 120)
    want = _rows(mariadb_url, "SELECT id, email, status, balance, created, note FROM customer ORDER BY id")
    got = _rows(pg_url, "SELECT id, email, status, balance, created, note FROM customer ORDER BY id")
    assert [tuple(str(v) for v in r) for r in got] == [tuple(str(v) for v in r) for r in want]
    assert _rows(pg_url, 'SELECT count(*), sum(total) FROM "order"') == _rows(
        mariadb_url, "SELECT count(*), sum(total) FROM `order`")
