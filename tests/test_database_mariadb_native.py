"""MariaDB native section ("mysql-sql/1") against a real throwaway server: the rich film-rental fixture
round-trips with identical `mysqldump --no-data --routines --triggers --events`, rows and AUTO_INCREMENT."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pymysql
import pytest
from sqlalchemy.engine import make_url

from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.database.failures import DatabaseRestoreError
from backup_desk.engine.database.native import RestoreOptions
from backup_desk.engine.database.native.mysql import MYSQL_FORMAT
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import (
    CancelledError,
    DependentObjectsError,
    SourceError,
    TargetNotEmptyError,
    UserInputError,
)
from tests.support.mariadb_native import dump_section, restore_section, run_sql
from tests.support.mariadb_rich import auto_increments, build, schema_dump
from tests.support.servers import MariaDBServer

pytestmark = pytest.mark.mariadb


@pytest.fixture(scope="session")
def rich(
    mariadb_server: MariaDBServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    """(source URL, full archive of it): built once for the module's tests."""
    url = mariadb_server("rich")
    build(url)
    path = tmp_path_factory.mktemp("rich") / "rich.zip"
    dump_section(url, path)
    yield url, path


def test_full_round_trip_is_exact(rich: tuple[str, Path], mariadb_server: MariaDBServer) -> None:
    src, path = rich
    dst = mariadb_server("copy")
    restore_section(path, dst)
    assert schema_dump(dst) == schema_dump(src)
    assert auto_increments(dst) == auto_increments(src)
    assert auto_increments(src)["language"] == 10 and auto_increments(src)["audit_log"] == 4
    with ArchiveReader(path, passphrase=None) as r:
        section = DatabaseSection.from_json(r.manifest.database)  # type: ignore[arg-type]
        result = MYSQL_FORMAT.verify(r, section, path.parent, verify_url=dst, reporter=None, cancel=None)
        assert result.ok, result.problems
        assert result.rows_checked == section.total_rows > 0
    # utf8mb4_bin kept: the case-distinct codes stay unique; the generated column is computed again.
    assert run_sql(dst, "SELECT code, price_with_tax FROM film ORDER BY film_id") == [
        ("abc", Decimal("1.19")),
        ("ABC", Decimal("5.99")),
        ("Abc", Decimal("2.40")),
    ]
    # The procedure keeps the sql_mode it was created in (ANSI_QUOTES: "name" is an identifier).
    assert (
        run_sql(
            dst,
            "SELECT sql_mode FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() "
            "AND ROUTINE_NAME = 'quoted proc'",
        )[0][0]
        == "ANSI_QUOTES,STRICT_TRANS_TABLES"
    )
    # Triggers come after the rows (no audit rows were added by the load) and fire in their order.
    assert run_sql(dst, "SELECT COUNT(*) FROM audit_log") == run_sql(src, "SELECT COUNT(*) FROM audit_log")
    run_sql(dst, "CALL add_rental(1, 1)")
    assert run_sql(dst, "SELECT msg FROM audit_log ORDER BY id DESC LIMIT 1")[0][0] == "rental 11"


def test_escape_hatch_with_the_mariadb_client(
    rich: tuple[str, Path], mariadb_server: MariaDBServer, tmp_path: Path
) -> None:
    src, path = rich
    dst = mariadb_server("hatch")
    with ArchiveReader(path, passphrase=None) as r:
        for name in r.manifest.entries:
            target = tmp_path / name.name
            target.parent.mkdir(parents=True, exist_ok=True)
            with r.open_entry(name.name) as f, open(target, "wb") as out:
                shutil.copyfileobj(f, out)
    client = shutil.which("mariadb") or shutil.which("mysql")
    assert client, "the mariadb client is missing: install the Debian package 'mariadb-client'"
    u = make_url(dst)
    with open(tmp_path / "db/mysql/restore.sql", "rb") as script:
        subprocess.run(
            [
                client,
                "--no-defaults",
                "-h",
                str(u.host),
                "-P",
                str(u.port),
                "-u",
                str(u.username),
                f"--database={u.database}",
            ],
            stdin=script,
            cwd=tmp_path / "db/mysql",
            check=True,
        )
    assert schema_dump(dst) == schema_dump(src)
    assert auto_increments(dst) == auto_increments(src)
    for table in ("film", "customer", "rental", "tag", "language"):
        q = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert run_sql(dst, q) == run_sql(src, q)


def test_restore_refuses_an_occupied_target_then_replaces(
    rich: tuple[str, Path], mariadb_server: MariaDBServer
) -> None:
    src, path = rich
    dst = mariadb_server("again")
    restore_section(path, dst)
    with pytest.raises(TargetNotEmptyError):
        restore_section(path, dst)
    run_sql(dst, "DELETE FROM tag", "INSERT INTO film (title, code, language_id) VALUES ('new', 'new', 1)")
    restore_section(path, dst, replace=True)  # every table has triggers or FKs; the swap must cope
    assert schema_dump(dst) == schema_dump(src)
    assert run_sql(dst, "SELECT COUNT(*) FROM tag") == [(3,)]
    assert (
        run_sql(
            dst,
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
            "AND TABLE_NAME LIKE 'bd%'",
        )
        == []
    )


def test_in_place_replace_of_a_table_with_triggers(
    rich: tuple[str, Path], mariadb_server: MariaDBServer
) -> None:
    _src, path = rich
    dst = mariadb_server("trig")
    restore_section(path, dst)
    run_sql(dst, "DELETE FROM rental WHERE rental_id = 10")
    with pytest.raises(DependentObjectsError, match="v_customer_rentals"):
        restore_section(path, dst, tables=("rental",), replace=True)
    restore_section(path, dst, tables=("rental",), replace=True, allow_dependents=True)
    assert run_sql(dst, "SELECT rental_id FROM rental ORDER BY 1") == [(1,), (2,), (10,)]
    assert [
        r[0]
        for r in run_sql(
            dst,
            "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE "
            "TRIGGER_SCHEMA = DATABASE() ORDER BY ACTION_TIMING, ACTION_ORDER",
        )
    ] == ["rental_ai", "rental_ai2", "rental_bi"]
    # The restored table's foreign keys point at the target's own film and customer tables.
    refs = run_sql(
        dst,
        "SELECT REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME FROM "
        "information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = "
        "'rental' AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY 2",
    )
    db = make_url(dst).database
    assert refs == [(db, "customer"), (db, "film")]


def test_dependents_outside_the_restore_are_refused(
    rich: tuple[str, Path], mariadb_server: MariaDBServer
) -> None:
    _src, path = rich
    dst = mariadb_server("deps")
    restore_section(path, dst)
    run_sql(
        dst,
        "CREATE VIEW my_view AS SELECT title FROM film",
        "CREATE TABLE wishlist (id INT PRIMARY KEY, film_id SMALLINT UNSIGNED, "
        "CONSTRAINT fk_wish_film FOREIGN KEY (film_id) REFERENCES film (film_id))",
        "INSERT INTO wishlist VALUES (1, 7)",
        "CREATE TRIGGER film_bu BEFORE UPDATE ON film FOR EACH ROW SET NEW.length = NEW.length",
    )
    before = schema_dump(dst)
    with ArchiveReader(path, passphrase=None) as r:
        section = DatabaseSection.from_json(r.manifest.database)  # type: ignore[arg-type]
        deps = MYSQL_FORMAT.dependents(dst, section, RestoreOptions(tables=("film",), replace=True))
    assert {(d.kind, d.name, d.depends_on) for d in deps} == {
        ("view", "my_view", "film"),
        ("foreign key", "wishlist.fk_wish_film", "film"),
        ("trigger", "film_bu", "film"),
        ("view", "v_film", "film"),
        ("foreign key", "rental.fk_rental_film", "film"),
    }
    with pytest.raises(DependentObjectsError) as err:
        restore_section(path, dst, tables=("film",), replace=True)
    assert "my_view" in err.value.message and "fk_wish_film" in err.value.message
    assert schema_dump(dst) == before
    # Agreed: the outside objects are kept and re-attached to the restored table; nothing is dropped.
    restore_section(path, dst, tables=("film",), replace=True, allow_dependents=True)
    assert schema_dump(dst) == before
    assert run_sql(dst, "SELECT f.title FROM wishlist w JOIN film f USING (film_id)") == [("Gamma 🎬",)]


def test_a_failed_restore_leaves_the_target_as_it_was(
    rich: tuple[str, Path], mariadb_server: MariaDBServer
) -> None:
    _src, path = rich
    dst = mariadb_server("fail")
    restore_section(path, dst)
    run_sql(dst, "DELETE FROM tag")
    before = schema_dump(dst), run_sql(dst, "SELECT COUNT(*) FROM tag")

    def boom() -> None:
        raise RuntimeError("stop before the swap")

    with ArchiveReader(path, passphrase=None) as r, pytest.raises(RuntimeError):
        section = DatabaseSection.from_json(r.manifest.database)  # type: ignore[arg-type]
        MYSQL_FORMAT.restore(
            r, section, dst, RestoreOptions(replace=True), reporter=None, cancel=None, before_commit=boom
        )
    # A view of the archive that cannot be created after the swap: everything is put back.
    run_sql(dst, "DROP VIEW v_film_g", "CREATE TABLE v_film_g (x INT)")
    with pytest.raises(Exception, match="v_film_g"):
        restore_section(path, dst, tables=None, replace=True)
    run_sql(
        dst,
        "DROP TABLE v_film_g",
        "CREATE VIEW v_film_g AS SELECT film_id, title FROM v_film WHERE rating = 'G'",
    )
    assert (schema_dump(dst), run_sql(dst, "SELECT COUNT(*) FROM tag")) == before
    assert [r[0] for r in run_sql(dst, "SHOW DATABASES") if str(r[0]).startswith("bd")] == []


def test_metadata_then_data_backups(
    rich: tuple[str, Path], mariadb_server: MariaDBServer, tmp_path: Path
) -> None:
    src, _ = rich
    meta, data = tmp_path / "meta.zip", tmp_path / "data.zip"
    assert dump_section(src, meta, "metadata").total_rows == 0
    section = dump_section(src, data, "data")
    assert section.total_rows > 0
    dst = mariadb_server("md")
    restore_section(meta, dst)
    assert schema_dump(dst) == schema_dump(src)
    assert run_sql(dst, "SELECT COUNT(*) FROM film") == [(0,)]
    restore_section(data, dst)
    for table in ("film", "customer", "rental", "tag", "audit_log"):
        q = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert run_sql(dst, q) == run_sql(src, q)
    assert auto_increments(dst) == auto_increments(src)
    with pytest.raises(TargetNotEmptyError):
        restore_section(data, dst)
    restore_section(data, dst, replace=True)
    assert run_sql(dst, "SELECT COUNT(*) FROM tag") == [(3,)]


def test_offline_verify_and_cross_engine_reading(rich: tuple[str, Path]) -> None:
    _src, path = rich
    with ArchiveReader(path, passphrase=None) as r:
        section = DatabaseSection.from_json(r.manifest.database)  # type: ignore[arg-type]
        result = MYSQL_FORMAT.verify(r, section, path.parent, verify_url=None, reporter=None, cancel=None)
        assert result.ok, result.problems
        schema = MYSQL_FORMAT.portable_schema(r, section)
        film = schema.table("film")
        assert "price_with_tax" not in film.column_names  # generated: left out, listed as a loss
        kinds = {c.name: c.type.kind for c in film.columns}
        assert (
            kinds["meta"] == "json" and kinds["flags"] == "binary" and kinds["rating"] in ("string", "text")
        )
        rows = [row for batch in MYSQL_FORMAT.iter_rows(r, section, "film", path.parent) for row in batch]
        by_id = {row[0]: dict(zip(film.column_names, row, strict=True)) for row in rows}
        assert by_id[1]["description"] == "line one\nline two\r\n'quoted' \\ back\x00nul"
        assert by_id[1]["flags"] == b"\x0a" and by_id[1]["rental_rate"] == Decimal("0.99")
        assert by_id[1]["special_features"] == "Trailers,Deleted Scenes" and by_id[7]["title"] == "Gamma 🎬"
        assert by_id[2]["description"] is None and by_id[7]["release_year"] == 1901
        cust = [row for batch in MYSQL_FORMAT.iter_rows(r, section, "customer", path.parent) for row in batch]
        assert cust[0][1:6] == (
            "éva@example.com",
            "Éva",
            9.5,
            dt.datetime(2024, 2, 29, 13, 45, 0, 123456),
            b"\x00\xff\x10",
        )
        with pytest.raises(UserInputError, match="838:59:59"):  # TIME beyond a day: refused, not corrupted
            list(MYSQL_FORMAT.iter_rows(r, section, "rental", path.parent))
        losses = {(x.kind, x.name) for x in MYSQL_FORMAT.cross_engine_losses(r, section, "postgresql")}
        assert {
            ("view", "v_film_g"),
            ("trigger", "rental_ai"),
            ("procedure", "add_rental"),
            ("function", "film_count"),
            ("event", "ev_cleanup"),
            ("generated column", "film.price_with_tax"),
            ("column type", "film.rating"),
            ("check constraint", "film.chk_rate"),
        } <= losses


def test_unsupported_objects_fail_the_backup(mariadb_server: MariaDBServer, tmp_path: Path) -> None:
    url = mariadb_server("bad")
    run_sql(
        url,
        "CREATE TABLE ok (id INT PRIMARY KEY)",
        "CREATE TABLE history (id INT PRIMARY KEY, v INT) WITH SYSTEM VERSIONING",
    )
    with pytest.raises(SourceError, match="system-versioned"):
        dump_section(url, tmp_path / "bad.zip")
    assert not (tmp_path / "bad.zip").exists()


def test_values_longer_than_the_servers_packet(mariadb_server: MariaDBServer, tmp_path: Path) -> None:
    """Values the server cannot format within max_allowed_packet are formatted by Python, byte for byte
    the same: the hashes match once a bigger packet lets the verify read them through the server."""
    src = mariadb_server("big")
    blob = bytes(range(256)) * (10 * 4096)  # 10 MiB: 20 MiB once in hex
    text = "a\n'\\\r\x00é" * (1 << 20)  # escaped: about 15 MiB
    run_sql(
        src,
        "CREATE TABLE big (id INT PRIMARY KEY, b LONGBLOB, t LONGTEXT, n INT)",
        "CREATE TABLE big_nopk (b LONGBLOB)",
    )
    old = run_sql(src, "SELECT @@GLOBAL.max_allowed_packet")[0][0]
    bigger = "SET GLOBAL max_allowed_packet = 67108864"  # a 20 MiB INSERT must fit, as for mariadb-dump
    u = make_url(src)
    try:
        run_sql(src, bigger)
        conn = pymysql.connect(
            host=u.host, port=u.port, user=u.username, database=u.database, autocommit=True
        )
        with conn.cursor() as cur:
            cur.execute(
                "INSERT INTO big VALUES (1, %s, %s, 1), (2, 'x', 'y', 2), (3, NULL, NULL, NULL)", (blob, text)
            )
            cur.execute("INSERT INTO big_nopk VALUES (%s), ('')", (blob,))
        conn.close()
        run_sql(src, f"SET GLOBAL max_allowed_packet = {old}")  # the dump runs with the default 16 MiB
        section = dump_section(src, tmp_path / "big.zip")
        assert {t.name: t.rows for t in section.tables} == {"big": 3, "big_nopk": 2}
        dst = mariadb_server("bigcopy")
        run_sql(src, bigger)
        restore_section(tmp_path / "big.zip", dst)
        with ArchiveReader(tmp_path / "big.zip", passphrase=None) as r:
            sec = DatabaseSection.from_json(r.manifest.database)  # type: ignore[arg-type]
            result = MYSQL_FORMAT.verify(r, sec, tmp_path, verify_url=dst, reporter=None, cancel=None)
            assert result.ok and result.rows_checked == 5, result.problems
            assert MYSQL_FORMAT.verify(r, sec, tmp_path, verify_url=None, reporter=None, cancel=None).ok
    finally:
        run_sql(src, f"SET GLOBAL max_allowed_packet = {old}")
    assert run_sql(dst, "SELECT MD5(b), MD5(t) FROM big WHERE id = 1") == run_sql(
        src, "SELECT MD5(b), MD5(t) FROM big WHERE id = 1"
    )


def test_warnings_and_cross_engine_refusals(mariadb_server: MariaDBServer, tmp_path: Path) -> None:
    url = mariadb_server("warn")
    run_sql(
        url,
        "CREATE TABLE place (id INT UNSIGNED PRIMARY KEY, pos POINT NOT NULL, y YEAR, z BIGINT UNSIGNED)",
        "INSERT INTO place VALUES (1, POINT(1, 2), 2024, 18446744073709551615)",
        "CREATE TABLE counter (n INT) ENGINE=MyISAM",
        "INSERT INTO counter VALUES (1)",
    )
    section = dump_section(url, tmp_path / "w.zip")
    assert section.native is not None
    assert any("counter" in w and "MyISAM" in w for w in section.native["warnings"])
    with ArchiveReader(tmp_path / "w.zip", passphrase=None) as r:
        sec = DatabaseSection.from_json(r.manifest.database)  # type: ignore[arg-type]
        losses = MYSQL_FORMAT.cross_engine_losses(r, sec, "sqlite")
        assert [(x.kind, x.name) for x in losses] == [("column type", "place.pos")]
        assert "refused" in losses[0].reason
        with pytest.raises(UserInputError, match="geometry"):
            list(MYSQL_FORMAT.iter_rows(r, sec, "place", tmp_path))
        assert [row for b in MYSQL_FORMAT.iter_rows(r, sec, "counter", tmp_path) for row in b] == [(1,)]
    dst = mariadb_server("warncopy")
    restore_section(tmp_path / "w.zip", dst)
    assert run_sql(dst, "SELECT id, ST_AsText(pos), y, z FROM place") == [(1, "POINT(1 2)", 2024, 2**64 - 1)]
    assert run_sql(
        dst,
        "SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND "
        "TABLE_NAME = 'counter'",
    ) == [("MyISAM",)]


def test_definers_are_kept_only_when_asked(mariadb_server: MariaDBServer, tmp_path: Path) -> None:
    """Owners of MariaDB objects are their DEFINER: restored as the source's with keep_owners (the
    pg_dump-without---no-owner analogue), else the restoring account owns them."""
    src = mariadb_server("definers")
    run_sql(
        src,
        "CREATE USER IF NOT EXISTS 'bd_app'@'%'",
        "GRANT SELECT, INSERT, UPDATE, EXECUTE, TRIGGER ON *.* TO 'bd_app'@'%'",  # a definer's own rights
        "CREATE TABLE item (id INT PRIMARY KEY, n INT)",
        "CREATE DEFINER = 'bd_app'@'%' SQL SECURITY DEFINER VIEW v_item AS SELECT id FROM item",
        "CREATE DEFINER = 'bd_app'@'%' TRIGGER item_bi BEFORE INSERT ON item FOR EACH ROW SET NEW.n = 1",
        "CREATE DEFINER = 'bd_app'@'%' PROCEDURE add_item(i INT) INSERT INTO item (id) VALUES (i)",
    )
    path = tmp_path / "definers.zip"
    dump_section(src, path)
    definers = (
        "SELECT 'view', DEFINER FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() UNION ALL "
        "SELECT 'trigger', DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
        "UNION ALL SELECT 'routine', DEFINER FROM information_schema.ROUTINES "
        "WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY 1"
    )
    kept = mariadb_server("definers_kept")
    with ArchiveReader(path, passphrase=None) as r:
        plan = MYSQL_FORMAT.plan_restore(
            r, DatabaseSection.from_json(r.manifest.database), kept, RestoreOptions(keep_owners=True)  # type: ignore[arg-type]
        )
    assert any(p.target.startswith("the DEFINER of 3 ") and "`bd_app`@`%`" in p.target for p in plan)
    restore_section(path, kept, keep_owners=True)
    assert run_sql(kept, definers) == run_sql(src, definers) == [
        ("routine", "bd_app@%"), ("trigger", "bd_app@%"), ("view", "bd_app@%")
    ]
    run_sql(kept, "CALL add_item(7)")  # runs with bd_app's rights
    assert run_sql(kept, "SELECT id, n FROM v_item JOIN item USING (id)") == [(7, 1)]
    mine = mariadb_server("definers_mine")
    restore_section(path, mine)
    me = run_sql(mine, "SELECT CURRENT_USER()")[0][0]
    assert {d for _, d in run_sql(mine, definers)} == {me}


def test_tables_load_side_by_side_and_a_failure_or_cancel_leaves_nothing(
    mariadb_server: MariaDBServer, tmp_path: Path
) -> None:
    """The staging tables load over several connections: all rows arrive; a statement failing in one of
    them, or a cancel, stops every connection and leaves the target and the server as they were."""
    src = mariadb_server("loads")
    tables = ("alpha", "beta", "gamma")
    for t in tables:
        run_sql(
            src,
            f"CREATE TABLE {t} (id INT PRIMARY KEY, body TEXT)",
            f"INSERT INTO {t} SELECT seq, REPEAT(CHAR(65 + seq % 26), 300) FROM seq_1_to_6000",
        )
    path = tmp_path / "loads.zip"
    dump_section(src, path)
    counts = "SELECT (SELECT COUNT(*) FROM alpha), (SELECT COUNT(*) FROM beta), (SELECT COUNT(*) FROM gamma)"
    whole = mariadb_server("loads_whole")
    connections = "SHOW GLOBAL STATUS LIKE 'Connections'"
    before = int(run_sql(whole, connections)[0][1])  # type: ignore[call-overload]
    restore_section(path, whole)
    opened = int(run_sql(whole, connections)[0][1]) - before - 1  # type: ignore[call-overload]  # (this query's)
    assert opened >= 2  # the restore's own session and at least one helper loading beside it
    assert run_sql(whole, counts) == run_sql(src, counts) == [(6000, 6000, 6000)]
    # An account allowed one connection at a time: no helper can join, the restore's session loads it all.
    run_sql(whole, "CREATE USER 'bd_single'@'%' WITH MAX_USER_CONNECTIONS 1",
         "GRANT ALL ON *.* TO 'bd_single'@'%'")
    single = mariadb_server("loads_single")
    restore_section(path, single.replace("root@", "bd_single@"))
    assert run_sql(single, counts) == [(6000, 6000, 6000)]

    dst = mariadb_server("loads_fail")
    run_sql(dst, "CREATE TABLE keep (id INT)")
    packet = run_sql(dst, "SELECT @@GLOBAL.max_allowed_packet")[0][0]
    run_sql(dst, "SET GLOBAL max_allowed_packet = 65536")  # each table's ~1 MiB INSERT statements now fail
    try:
        with pytest.raises(DatabaseRestoreError, match="table"):
            restore_section(path, dst)
    finally:
        run_sql(dst, f"SET GLOBAL max_allowed_packet = {packet}")
    token = CancelToken()

    def cancel_on_first_rows(_progress: object) -> None:
        token.cancel()

    with ArchiveReader(path, passphrase=None) as r, pytest.raises(CancelledError):
        MYSQL_FORMAT.restore(
            r,
            DatabaseSection.from_json(r.manifest.database),  # type: ignore[arg-type]
            dst,
            RestoreOptions(),
            reporter=ProgressReporter(cancel_on_first_rows, min_interval=0),
            cancel=token,
            before_commit=None,
        )
    assert run_sql(dst, "SHOW TABLES") == [("keep",)]
    assert [r[0] for r in run_sql(dst, "SHOW DATABASES") if str(r[0]).startswith("bd")] == []
