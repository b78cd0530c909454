"""Database backup and restore against a real, throwaway MariaDB server."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pymysql
import pytest
import sqlalchemy as sa

from backup_desk.engine.database import restore_database, verify_database
from backup_desk.errors import BackupDeskError, TargetNotEmptyError
from tests.support.db_fixtures import dump_to_archive, open_archive

pytestmark = pytest.mark.mariadb

DDL = [
    """CREATE TABLE `Mixed Case` (
      id BIGINT AUTO_INCREMENT PRIMARY KEY, ti TINYINT, si SMALLINT, i INT, bi BIGINT, ub BIGINT UNSIGNED,
      f FLOAT, d DOUBLE, dec65 DECIMAL(65, 30), money DECIMAL(10, 2), vc VARCHAR(50) NOT NULL DEFAULT 'x',
      t TEXT, lt LONGTEXT, bl BLOB, lb LONGBLOB, flag BOOLEAN DEFAULT 1, dd DATE, tm TIME(6), dt6 DATETIME(6),
      ts TIMESTAMP(6) NULL, j JSON)""",
    """CREATE TABLE `order` (`Select` INT, `we"ird` VARCHAR(20), `données` TEXT, `back``tick` INT,
      `50% off` TEXT,
      PRIMARY KEY (`Select`, `we"ird`))""",
    """CREATE TABLE child (id INT AUTO_INCREMENT PRIMARY KEY, k INT NOT NULL, w VARCHAR(20) NOT NULL,
      mc BIGINT, FOREIGN KEY (k, w) REFERENCES `order` (`Select`, `we"ird`),
      FOREIGN KEY (mc) REFERENCES `Mixed Case` (id) ON DELETE CASCADE, UNIQUE KEY kw (k, w))""",
    "CREATE TABLE empty_one (x INT)",
]
ROWS = [
    (
        -128,
        -32768,
        -(2**31),
        -(2**63),
        2**64 - 1,
        1.5,
        1e308,
        Decimal("12345678901234567890123456789012345.123456789012345678901234567890"),
        Decimal("-99999999.99"),
        "héllo 東京 🎉",
        "t" * 70000 and "text",
        "long " * 100000,
        b"\x00\xff" * 100,
        b"\x01" * 300_000,
        True,
        dt.date(1000, 1, 1),
        dt.time(23, 59, 59, 999999),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999999),
        dt.datetime(2038, 1, 19, 3, 14, 7, 123456),
        '{"b": [1, 2.5, null], "a": "é"}',
    ),
    (
        127,
        32767,
        2**31 - 1,
        2**63 - 1,
        0,
        -2.5,
        -0.0,
        Decimal("0.000000000000000000000000000001"),
        Decimal("0.10"),
        "",
        "",
        "",
        b"",
        b"",
        False,
        dt.date(2024, 2, 29),
        dt.time(0, 0),
        dt.datetime(1970, 1, 1),
        dt.datetime(1970, 1, 1, 0, 0, 1),
        "[]",
    ),
    (None,) * 9 + ("y",) + (None,) * 10,
]
COLS = "ti, si, i, bi, ub, f, d, dec65, money, vc, t, lt, bl, lb, flag, dd, tm, dt6, ts, j"


def _connect(url: str) -> pymysql.Connection:  # type: ignore[type-arg]
    u = sa.make_url(url)
    return pymysql.connect(
        host=u.host,
        port=u.port,
        user=u.username,
        database=u.database,
        autocommit=True,
        charset="utf8mb4",
        init_command="SET time_zone = '+00:00'",
    )


def _fill(url: str) -> None:
    conn = _connect(url)
    with conn.cursor() as cur:
        for stmt in DDL:
            cur.execute(stmt)
        cur.executemany(f"INSERT INTO `Mixed Case` ({COLS}) VALUES ({', '.join(['%s'] * 20)})", ROWS)
        cur.execute(
            """INSERT INTO `order` VALUES (1, 'a"b', 'ü', 7, '%%s'), (2, 'SELECT', NULL, NULL, NULL)"""
        )
        cur.execute("""INSERT INTO child (k, w, mc) VALUES (1, 'a"b', 1), (2, 'SELECT', NULL)""")
    conn.close()


def _fetch(url: str, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    conn = _connect(url)
    with conn.cursor() as cur:
        cur.execute(sql)
        rows = list(cur.fetchall())
    conn.close()
    return rows


def _databases(url: str) -> set[str]:
    return {r[0] for r in _fetch(url, "SHOW DATABASES")}


def test_mariadb_round_trip_is_exact(mariadb_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = mariadb_server(), mariadb_server()
    _fill(src)
    section = dump_to_archive(src, tmp_path / "a.zip")
    assert {t.name: t.rows for t in section.tables} == {
        "Mixed Case": 3,
        "order": 2,
        "child": 2,
        "empty_one": 0,
    }
    before = _databases(dst)
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        result = restore_database(reader, section, dst)
        assert (result.tables, result.rows) == (4, 7)
        check = verify_database(reader, section, tmp_path / "scratch")
    assert check.problems == [] and check.rows_checked == 7
    assert _databases(dst) == before  # the staging database is gone
    for sql in (
        "SELECT * FROM `Mixed Case` ORDER BY id",
        "SELECT * FROM `order` ORDER BY `Select`",
        "SELECT * FROM child ORDER BY id",
    ):
        assert _fetch(dst, sql) == _fetch(src, sql)
    cols = dict(
        _fetch(
            dst,
            "SELECT column_name, column_type FROM information_schema.columns "
            "WHERE table_schema = DATABASE() AND table_name = 'Mixed Case'",
        )
    )
    assert cols["ub"] == "bigint(20) unsigned" and cols["dt6"] == "datetime(6)" and cols["tm"] == "time(6)"
    assert cols["lb"] == "longblob" and cols["dec65"] == "decimal(65,30)" and cols["money"] == "decimal(10,2)"
    checks = _fetch(
        dst,
        "SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
        "WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'Mixed Case'",
    )
    assert ("json_valid(`j`)",) in checks  # still a JSON column
    conn = _connect(dst)
    with conn.cursor() as cur:  # FKs survived the move from the staging database
        with pytest.raises(pymysql.err.IntegrityError):
            cur.execute("INSERT INTO child (k, w) VALUES (9, 'nope')")
        cur.execute("DELETE FROM `Mixed Case` WHERE id = 1")
        cur.execute("SELECT COUNT(*) FROM child")
        assert cur.fetchone() == (1,)
    conn.close()


def test_sqlite_to_mariadb_gives_the_same_rows(mariadb_url: str, tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, balance NUMERIC, score REAL,
                            active INTEGER NOT NULL, created_at TEXT NOT NULL, bio TEXT);
        CREATE TABLE attachments (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id),
                                  data BLOB NOT NULL,
                                  payload TEXT);
        CREATE INDEX ix_att_user ON attachments(user_id);
    """)
    users = [
        (
            i,
            f"user{i}@example.com",
            round(i * 1.37 - 50, 2),
            i / 7,
            i % 2,
            "2024-01-01T00:00:00Z",
            "Zoë " * (i % 5) or None,
        )
        for i in range(1, 501)
    ]
    users.append((5_000_000_000, "big@example.com", 7, 1 / 3, 1, "2024-01-01T00:00:00Z", None))  # 64-bit id
    con.executemany("INSERT INTO users VALUES (?,?,?,?,?,?,?)", users)
    atts = [(i, (i % 500) + 1, bytes([i % 256]) * (i * 97 % 200_000), f'{{"k": {i}}}') for i in range(1, 61)]
    con.executemany("INSERT INTO attachments VALUES (?,?,?,?)", atts)
    con.commit()
    con.close()
    dump_to_archive(f"sqlite:///{db}", tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        restore_database(reader, section, mariadb_url)
    got = _fetch(mariadb_url, "SELECT * FROM users ORDER BY id")
    assert [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in got] == [
        (u[0], u[1], Decimal(repr(u[2])), u[3], u[4], u[5], u[6]) for u in users
    ]
    assert _fetch(mariadb_url, "SELECT * FROM attachments ORDER BY id") == atts


def test_mariadb_refuses_non_empty_and_failure_leaves_target_untouched(
    mariadb_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    src, dst = mariadb_server(), mariadb_server()
    _fill(src)
    dump_to_archive(src, tmp_path / "a.zip")
    conn = _connect(dst)
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE `order` (y TEXT)")
        cur.execute("INSERT INTO `order` VALUES ('precious')")
        cur.execute("CREATE TABLE keep (x INT)")
        cur.execute("INSERT INTO keep VALUES (42)")
    conn.close()
    before = _databases(dst)
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        with pytest.raises(TargetNotEmptyError):
            restore_database(reader, section, dst)
        wrong = section.table("Mixed Case").entry
        broken = dataclasses.replace(
            section,
            tables=[t if t.name != "child" else dataclasses.replace(t, entry=wrong) for t in section.tables],
        )
        with pytest.raises(BackupDeskError):
            restore_database(reader, broken, dst, replace=True)
        assert _fetch(dst, "SELECT * FROM `order`") == [("precious",)]
        assert {r[0] for r in _fetch(dst, "SHOW TABLES")} == {"order", "keep"}
        assert _databases(dst) == before
        restore_database(reader, section, dst, replace=True)
    assert _fetch(dst, "SELECT * FROM keep") == [(42,)]
    assert _fetch(dst, "SELECT `Select` FROM `order` ORDER BY 1") == [(1,), (2,)]
    assert _databases(dst) == before


def test_mariadb_snapshot_is_consistent_under_concurrent_inserts(mariadb_url: str, tmp_path: Path) -> None:
    conn = _connect(mariadb_url)
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE parent (id INT PRIMARY KEY)")
        cur.execute(
            "CREATE TABLE kid (id INT AUTO_INCREMENT PRIMARY KEY, parent_id INT, "
            "FOREIGN KEY (parent_id) REFERENCES parent(id))"
        )
        cur.executemany("INSERT INTO parent VALUES (%s)", [(i,) for i in range(1, 5001)])
        cur.executemany("INSERT INTO kid (parent_id) VALUES (%s)", [(i,) for i in range(1, 5001)])
    conn.close()
    stop = threading.Event()

    def writer() -> None:
        c = _connect(mariadb_url)
        c.autocommit(False)
        i = 5001
        with c.cursor() as cur:
            while not stop.is_set():
                cur.execute("INSERT INTO parent VALUES (%s)", (i,))
                cur.execute("INSERT INTO kid (parent_id) VALUES (%s)", (i,))
                c.commit()
                i += 1
        c.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        section = dump_to_archive(mariadb_url, tmp_path / "a.zip")
    finally:
        stop.set()
        thread.join()
    counts = {t.name: t.rows for t in section.tables}
    assert counts["parent"] == counts["kid"] >= 5000


def test_mariadb_metadata_then_data_backup(mariadb_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = mariadb_server(), mariadb_server()
    _fill(src)
    dump_to_archive(src, tmp_path / "meta.zip", backup_type="metadata")
    dump_to_archive(src, tmp_path / "data.zip", backup_type="data")
    reader, section = open_archive(tmp_path / "meta.zip")
    with reader:
        assert restore_database(reader, section, dst).rows == 0
    assert _fetch(dst, "SELECT COUNT(*) FROM `Mixed Case`") == [(0,)]
    reader, section = open_archive(tmp_path / "data.zip")
    with reader:
        assert restore_database(reader, section, dst).rows == 7
        with pytest.raises(TargetNotEmptyError):
            restore_database(reader, section, dst)
        assert restore_database(reader, section, dst, replace=True).rows == 7
    for sql in ("SELECT * FROM `Mixed Case` ORDER BY id", "SELECT * FROM child ORDER BY id"):
        assert _fetch(dst, sql) == _fetch(src, sql)


def test_mariadb_keeps_zero_ids_and_refuses_to_truncate(mariadb_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, dst = mariadb_server(), mariadb_server()
    conn = _connect(src)
    with conn.cursor() as cur:
        cur.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO')")
        cur.execute("CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(5))")
        cur.execute("INSERT INTO t VALUES (0, 'zero'), (7, 'seven')")
    conn.close()
    dump_to_archive(src, tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        restore_database(reader, section, dst)
    assert _fetch(dst, "SELECT * FROM t ORDER BY id") == [(0, "zero"), (7, "seven")]
    wide = tmp_path / "wide.db"  # a value wider than the target column fails instead of being cut
    con = sqlite3.connect(wide)
    con.execute("CREATE TABLE w (s VARCHAR(3))")
    con.execute("INSERT INTO w VALUES ('much longer than three')")
    con.commit()
    con.close()
    dump_to_archive(f"sqlite:///{wide}", tmp_path / "w.zip")
    other = mariadb_server()
    reader, section = open_archive(tmp_path / "w.zip")
    with reader, pytest.raises(BackupDeskError, match="too long"):
        restore_database(reader, section, other)
    assert _fetch(other, "SHOW TABLES") == []
