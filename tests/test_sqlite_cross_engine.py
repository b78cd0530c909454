"""SQLite's native section restored into PostgreSQL (the portable path fed from the snapshot)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from backup_desk.engine.database import restore_database
from backup_desk.engine.database.failures import DatabaseRestoreError
from backup_desk.engine.database.restore import restore_notices
from backup_desk.paths import TEMP_SUFFIX
from tests.support.db_fixtures import dump_to_archive, open_archive
from tests.support.sqlite_shop import make_shop


def _pg_rows(url: str, sql: str) -> list[tuple[object, ...]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql)]
    finally:
        engine.dispose()


def test_shop_restores_into_postgresql_with_its_losses_said_first(pg_url: str, tmp_path: Path) -> None:
    src = tmp_path / "shop.db"
    dump_to_archive(make_shop(src), tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        notices = restore_notices(reader, section, pg_url)
        assert {"view order_totals", "trigger order_line_audit", "CHECK constraint order"} <= {
            n.subject for n in notices}
        result = restore_database(reader, section, pg_url, scratch_dir=tmp_path / "scratch")
    assert (result.tables, result.rows) == (6, 352)
    con = sqlite3.connect(src)
    try:
        for table, key in (("customer", "id"), ("order", "id"), ("order_line", "order_id, sku"),
                           ("product", "sku"), ("audit_log", "id")):
            want = con.execute(f'SELECT count(*), min({key.split(",")[0]}) FROM "{table}"').fetchone()
            got = _pg_rows(pg_url, f'SELECT count(*), min({key.split(",")[0]}) FROM "{table}"')[0]
            assert got == want, table
        emails = [r[0] for r in con.execute("SELECT email FROM customer ORDER BY id")]
        images = con.execute("SELECT image FROM product ORDER BY sku").fetchall()
    finally:
        con.close()
    assert [r[0] for r in _pg_rows(pg_url, "SELECT email FROM customer ORDER BY id")] == emails
    assert [(bytes(r[0]) if r[0] is not None else None,) for r in
            _pg_rows(pg_url, "SELECT image FROM product ORDER BY sku")] == images
    assert list((tmp_path / "scratch").glob(f"*{TEMP_SUFFIX}")) == []  # the extracted snapshot is gone


def test_a_value_postgresql_cannot_hold_fails_the_restore_and_writes_nothing(pg_url: str, tmp_path: Path
                                                                             ) -> None:
    """SQLite keeps any value in any column; the snapshot carries it as is (the backup is exact). Into
    PostgreSQL, an INTEGER column holding text cannot be carried: the restore fails clearly, rolled back."""
    src = tmp_path / "odd.db"
    con = sqlite3.connect(src)
    con.executescript("CREATE TABLE reading (id INTEGER PRIMARY KEY, value INTEGER);"
                      "INSERT INTO reading VALUES (1, 5), (2, 'n/a');")
    con.close()
    section = dump_to_archive(f"sqlite:///{src}", tmp_path / "a.zip")
    assert section.tables[0].rows == 2
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        restore_database(reader, section, f"sqlite:///{tmp_path / 'same.db'}")  # same engine: exact
        with pytest.raises(DatabaseRestoreError, match="reading"):
            restore_database(reader, section, pg_url)
    assert sqlite3.connect(tmp_path / "same.db").execute("SELECT value FROM reading WHERE id = 2"
                                                         ).fetchone() == ("n/a",)
    assert _pg_rows(pg_url, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                    ) == [(0,)]
