"""SQLite's native section against a hand-built shop database, checked with the real sqlite3 shell."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from backup_desk.engine.database import plan_database_restore, restore_database, verify_database
from backup_desk.engine.database.restore import restore_notices
from backup_desk.errors import DependentObjectsError, TargetNotEmptyError, UserInputError
from backup_desk.paths import TEMP_SUFFIX
from tests.support.db_fixtures import dump_to_archive, open_archive
from tests.support.sqlite_shop import make_shop, pragmas, sqlite_cli


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The shop and its full, metadata and data archives (built once: every test copies what it writes)."""
    root = tmp_path_factory.mktemp("shop")
    url = make_shop(root / "shop.db")
    for kind in ("full", "metadata", "data"):
        dump_to_archive(url, root / f"{kind}.zip", backup_type=kind)
    return {"db": root / "shop.db", "full": root / "full.zip", "metadata": root / "metadata.zip",
            "data": root / "data.zip"}


def _live_copy(shop: dict[str, Path], dest: Path) -> Path:
    con = sqlite3.connect(shop["db"])
    out = sqlite3.connect(dest)
    con.backup(out)
    con.close()
    out.close()
    return dest


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(TEMP_SUFFIX) or p.stat().st_size == 0]


def test_full_backup_restores_every_object_and_counter_exactly(shop: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "restored.db"
    reader, section = open_archive(shop["full"])
    with reader:
        assert section.native_format == "sqlite-snapshot/1"
        assert {t.name: t.rows for t in section.tables} == {"customer": 28, "product": 20, "order": 55,
                                                            "order_line": 109, "audit_log": 121,
                                                            "product_search": 19}
        result = restore_database(reader, section, f"sqlite:///{target}")
        check = verify_database(reader, section, tmp_path / "scratch")
    assert (result.tables, result.rows) == (6, 352) and check.ok, check.problems
    # The engine's own tools see the same database: schema, rows, FTS index, sqlite_sequence.
    assert sqlite_cli(target, ".schema") == sqlite_cli(shop["db"], ".schema")
    assert sqlite_cli(target, ".dump") == sqlite_cli(shop["db"], ".dump")
    assert pragmas(target) == pragmas(shop["db"]) == {"user_version": 7, "application_id": 1396853584}
    assert sqlite_cli(target, "PRAGMA journal_mode") == "wal\n"  # the file keeps its journal mode
    con = sqlite3.connect(target)
    try:
        assert con.execute("INSERT INTO customer (email, name) VALUES ('new@x.fr', 'N') RETURNING id"
                           ).fetchone() == (31,)  # deleted ids 29 and 30 are not reused
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):  # the partial unique index is partial
            con.execute("INSERT INTO \"order\" (customer_id, status, placed_at) VALUES (3, 'new', 'x')")
        con.execute("INSERT INTO \"order\" (customer_id, status, placed_at) VALUES (3, 'paid', 'x')")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            con.execute("INSERT INTO customer (email, name) VALUES ('e@x', '')")
        nocase = "SELECT count(*) FROM customer WHERE email = 'CLIENT1@EXAMPLE.FR'"
        assert con.execute(nocase).fetchone() == (1,)
        assert con.execute("SELECT sku FROM product_search WHERE product_search MATCH 'théière'").fetchall()
        assert con.execute("SELECT slug, price_with_vat FROM product WHERE sku = 'SKU-004'").fetchone() == (
            "théière-fonte-4", pytest.approx(2.98 * 1.055))
    finally:
        con.close()
    assert _leftovers(tmp_path) == []


def test_metadata_is_every_object_without_rows_and_data_fills_it(shop: dict[str, Path], tmp_path: Path
                                                                  ) -> None:
    target = tmp_path / "schema.db"
    reader, section = open_archive(shop["metadata"])
    with reader:
        assert section.total_rows == 0 and not section.has_rows
        restore_database(reader, section, f"sqlite:///{target}")
        assert verify_database(reader, section, tmp_path / "scratch").ok
    assert sqlite_cli(target, ".schema") == sqlite_cli(shop["db"], ".schema")
    assert pragmas(target) == pragmas(shop["db"])
    con = sqlite3.connect(target)
    counts = [con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for t in ("customer", "product", "order", "order_line", "audit_log", "product_search")]
    assert counts == [0] * 6 and con.execute("SELECT count(*) FROM sqlite_sequence").fetchone() == (0,)
    con.close()
    reader, section = open_archive(shop["data"])
    with reader:
        assert restore_database(reader, section, f"sqlite:///{target}").rows == 352
        with pytest.raises(TargetNotEmptyError):
            restore_database(reader, section, f"sqlite:///{target}")
        assert restore_database(reader, section, f"sqlite:///{target}", replace=True).rows == 352
        with pytest.raises(UserInputError):
            restore_database(reader, section, f"sqlite:///{tmp_path / 'no-schema.db'}")
    # Rows, FTS index and counters are the source's; loading fired no trigger (audit_log has no extra
    # row); the triggers are back with their definitions (only their place in the catalog moved).
    dumped = sqlite_cli(target, ".dump").splitlines()
    assert sorted(dumped) == sorted(sqlite_cli(shop["db"], ".dump").splitlines())
    assert not (tmp_path / "no-schema.db").exists()


def test_schema_only_and_chosen_tables(shop: dict[str, Path], tmp_path: Path) -> None:
    reader, section = open_archive(shop["full"])
    with reader:
        r1 = restore_database(reader, section, f"sqlite:///{tmp_path / 'schema.db'}", schema_only=True)
        r2 = restore_database(reader, section, f"sqlite:///{tmp_path / 'sub.db'}",
                              tables=["product", "product_search"])
    assert (r1.rows, r2.tables, r2.rows) == (0, 2, 39)
    assert sqlite_cli(tmp_path / "schema.db", ".schema") == sqlite_cli(shop["db"], ".schema")
    sub = sqlite_cli(tmp_path / "sub.db", ".dump")
    assert "CREATE INDEX active_products ON product (title) WHERE archived = 0;" in sub
    assert "CREATE TABLE customer" not in sub
    search = "SELECT count(*) FROM product_search WHERE product_search MATCH 'mug'"
    assert sqlite_cli(tmp_path / "sub.db", search) == sqlite_cli(shop["db"], search) == "3\n"


def test_in_place_table_restore_keeps_what_it_does_not_restore(shop: dict[str, Path], tmp_path: Path) -> None:
    live = _live_copy(shop, tmp_path / "live.db")
    con = sqlite3.connect(live)
    con.executescript("""
        CREATE TRIGGER live_only AFTER DELETE ON audit_log BEGIN SELECT 1; END;
        UPDATE customer SET name = 'changed' WHERE id = 1;
        INSERT INTO customer (email, name) VALUES ('late@x.fr', 'Late');
    """)
    con.close()
    url = f"sqlite:///{live}"
    reader, section = open_archive(shop["full"])
    with reader:
        # A view and a foreign key outside the set depend on "order": refused, nothing written.
        notices = restore_notices(reader, section, url, tables=["order"], replace=True)
        assert {(n.kind, n.subject) for n in notices} == {
            ("dependent", "view order_totals"), ("dependent", "foreign key order_line")}
        with pytest.raises(DependentObjectsError) as err:
            restore_database(reader, section, url, tables=["order"], replace=True)
        assert "order_totals" in err.value.message and "order_line" in err.value.message
        with pytest.raises(TargetNotEmptyError):
            restore_database(reader, section, url, tables=["customer"])
        # The whole database would remove the live-only trigger: refused unless agreed.
        with pytest.raises(DependentObjectsError, match="live_only"):
            restore_database(reader, section, url, replace=True)
        assert sqlite_cli(live, "SELECT name FROM customer WHERE id = 1") == "changed\n"
        # customer and its dependents together: the table comes back with its CHECK, COLLATE, indexes.
        plan = plan_database_restore(reader, section, url, tables=["customer", "order", "order_line"],
                                     replace=True)
        assert [(p.kind, p.exists) for p in plan][:2] == [("schema", True), ("table", True)]
        restore_database(reader, section, url, tables=["customer"], replace=True, allow_dependents=True)
    after = sqlite_cli(live, ".schema")
    assert "CREATE TRIGGER live_only" in after and "CREATE VIEW order_totals" in after
    assert "CHECK (length(name) > 0)" in after and "COLLATE NOCASE" in after
    assert "CREATE INDEX customer_email_domain" in after
    assert sqlite_cli(live, "SELECT name FROM customer WHERE id = 1") == "Client n°1\n"
    assert sqlite_cli(live, "SELECT seq FROM sqlite_sequence WHERE name = 'customer'") == "30\n"
    assert sqlite_cli(live, "PRAGMA integrity_check") == "ok\n"


def test_damaged_snapshot_and_failed_swap_leave_the_target_as_it_was(shop: dict[str, Path], tmp_path: Path
                                                                     ) -> None:
    live = _live_copy(shop, tmp_path / "live.db")
    before = live.read_bytes()
    reader, section = open_archive(shop["full"])
    with reader:
        tampered = type(section).from_json({**section.to_json(), "native": {**(section.native or {}),
                                                                             "sha256": "0" * 64}})
        with pytest.raises(Exception, match="hash"):
            restore_database(reader, tampered, f"sqlite:///{live}", replace=True)
        with pytest.raises(Exception, match="hash"):
            restore_database(reader, tampered, f"sqlite:///{tmp_path / 'new.db'}")

        def refuse() -> None:
            raise RuntimeError("files failed")

        with pytest.raises(RuntimeError):
            restore_database(reader, section, f"sqlite:///{live}", replace=True, allow_dependents=True,
                             before_commit=refuse)
        with pytest.raises(RuntimeError):
            restore_database(reader, section, f"sqlite:///{live}", tables=["customer"], replace=True,
                             allow_dependents=True, before_commit=refuse)
    assert live.read_bytes() == before
    assert not (tmp_path / "new.db").exists() and _leftovers(tmp_path) == []


def test_escape_hatch_sqlite3_opens_the_decrypted_unzipped_snapshot(shop: dict[str, Path], tmp_path: Path
                                                                      ) -> None:
    """backup-desk decrypt, any unzip tool (bsdtar reads zstd entries), then sqlite3 alone."""
    from backup_desk.engine.archive.decrypt import decrypt_archive

    sealed = tmp_path / "sealed.bdarc"
    dump_to_archive(f"sqlite:///{shop['db']}", sealed, passphrase="escape-hatch-pass")
    decrypt_archive(sealed, tmp_path / "plain.zip", "escape-hatch-pass")
    subprocess.run(["bsdtar", "-xf", str(tmp_path / "plain.zip"), "-C", str(tmp_path),
                    "db/sqlite/database.sqlite"], check=True)
    snap = tmp_path / "db" / "sqlite" / "database.sqlite"
    assert snap.stat().st_mode & 0o777 == 0o600
    assert sqlite_cli(snap, "PRAGMA integrity_check") == "ok\n"
    assert sqlite_cli(snap, ".dump") == sqlite_cli(shop["db"], ".dump")
    assert sqlite_cli(snap, "PRAGMA user_version") == "7\n"


def test_verify_catches_a_manifest_that_lies(shop: dict[str, Path], tmp_path: Path) -> None:
    import dataclasses

    reader, section = open_archive(shop["full"])
    with reader:
        lying = dataclasses.replace(section, tables=[
            dataclasses.replace(t, rows=t.rows + 1) if t.name == "order" else t for t in section.tables])
        result = verify_database(reader, lying, tmp_path / "scratch")
    assert result.problems == ["Table 'order': 55 rows in the snapshot, the manifest says 56."]


def test_cross_engine_preview_names_what_sqlite_objects_cannot_carry(shop: dict[str, Path]) -> None:
    reader, section = open_archive(shop["full"])
    with reader:
        notices = restore_notices(reader, section, "postgresql+psycopg://u@127.0.0.1:1/db")
    subjects = {n.subject for n in notices}
    assert {"view order_totals", "trigger order_paid_audit", "trigger order_line_audit",
            "CHECK constraint customer", "column collation customer", "generated column product",
            "partial index one_open_order_per_customer", "expression index customer_email_domain",
            "virtual table (fts5) product_search", "AUTOINCREMENT counter order",
            "pragma user_version", "pragma application_id"} <= subjects
    assert all(n.kind == "not carried" and n.detail for n in notices)
