"""PostgreSQL native sections against a real server: a hand-built film-rental database with every object kind
comes back identical (pg_dump --schema-only of source and restore, every table's COPY hash, every sequence),
through our restore and through `psql` alone; replaces refuse to drop what they did not save."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from backup_desk.engine.database.native import RestoreOptions
from backup_desk.engine.database.native.postgresql import POSTGRESQL_FORMAT
from backup_desk.errors import DependentObjectsError, SourceError, TargetNotEmptyError
from tests.support.db_fixtures import open_archive
from tests.support.pg_native import (
    archived_database,
    native_dump,
    native_restore,
    psql_file,
    run_sql,
    scalar,
    schema_dump,
    sequence_values,
    table_hashes,
    unpacked_section,
)
from tests.support.pg_rental import RENTAL_SQL

PASS = "correct horse battery"


@pytest.fixture(scope="session")
def rental(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """(source URL, full encrypted archive) of the rental database, built once."""
    return archived_database(pg_server, tmp_path_factory, "rental", [RENTAL_SQL], PASS)


def _restore(path: Path, url: str, **options: Any) -> Any:
    return native_restore(path, url, PASS, **options)


def _same_database(a: str, b: str) -> None:
    assert schema_dump(b) == schema_dump(a)
    assert table_hashes(b, columns_of=a) == table_hashes(a)
    assert sequence_values(b) == sequence_values(a)


def test_section_records_every_table_with_copy_hashes(rental: tuple[str, Path]) -> None:
    url, path = rental
    reader, section = open_archive(path, passphrase=PASS)
    reader.close()
    assert section.native_format == "postgresql-sql/1"
    live = table_hashes(url)
    assert section.native is not None
    stored = {d["table"]: (d["rows"], d["sha256"]) for d in section.native["data"]}
    assert stored == live
    records = {t.name: (t.rows, t.content_hash) for t in section.tables if t.entry}
    assert records["Audit Log.Entry"] == live['"Audit Log"."Entry"']  # names shown unquoted
    parent = section.table("shop.payment")  # rows stored once: in the partitions, not the parent
    assert (parent.rows, parent.entry) == (0, None)
    assert sum(section.table(f"shop.payment_{p}").rows for p in ("2024", "2025", "rest")) == 90


def test_full_restore_is_identical(rental: tuple[str, Path], pg_server: Any) -> None:
    url, path = rental
    target = pg_server("copy")
    result = _restore(path, target)
    assert result.rows == sum(n for n, _ in table_hashes(url).values())
    _same_database(url, target)
    assert scalar(target, "SELECT count(*) FROM shop.sales_by_customer") == 25  # refreshed after the rows
    run_sql(target, "INSERT INTO shop.language (name) VALUES ('Deutsch')")  # identity/serial continue
    assert scalar(target, "SELECT max(language_id) FROM shop.language") == 5


def test_escape_hatch_psql_alone(rental: tuple[str, Path], pg_server: Any, tmp_path: Path) -> None:
    url, path = rental
    section = unpacked_section(path, PASS, tmp_path)
    with zipfile.ZipFile(tmp_path / "plain.zip") as z:
        assert "db/postgresql/restore.sql" in z.namelist()
    target = pg_server("psql")
    psql = psql_file(target, section / "restore.sql")
    assert psql.returncode == 0, psql.stderr
    _same_database(url, target)


def test_metadata_then_data_backups(rental: tuple[str, Path], pg_server: Any, tmp_path: Path) -> None:
    url, _ = rental
    meta, data = tmp_path / "meta.bdarc", tmp_path / "data.bdarc"
    section = native_dump(url, meta, "metadata", passphrase=PASS)
    assert all(t.entry is None and t.rows == 0 for t in section.tables)
    native_dump(url, data, "data", passphrase=PASS)
    target = pg_server("split")
    _restore(meta, target)
    assert schema_dump(target) == schema_dump(url)
    assert scalar(target, "SELECT count(*) FROM shop.film") == 0
    _restore(data, target)
    assert table_hashes(target, columns_of=url) == table_hashes(url)
    assert sequence_values(target) == sequence_values(url)
    with pytest.raises(TargetNotEmptyError):
        _restore(data, target)
    with pytest.raises(DependentObjectsError):  # shop.film's rows refer to it: emptying it is refused
        _restore(data, target, tables=("shop.language",), replace=True)
    run_sql(target, 'DELETE FROM "Audit Log"."Entry"')
    _restore(data, target, tables=('"Audit Log"."Entry"',), replace=True)
    assert table_hashes(target, columns_of=url) == table_hashes(url)


def test_replace_refuses_dependents_then_recreates_them(rental: tuple[str, Path], pg_server: Any) -> None:
    url, path = rental
    target = pg_server("deps")
    _restore(path, target)
    run_sql(
        target,
        """
        CREATE VIEW public.cheap_films AS SELECT film_id, title FROM shop.film WHERE rental_rate < 1;
        CREATE TABLE public.wishlist (film_id integer REFERENCES shop.film);
        CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER film_extra BEFORE INSERT ON shop.film FOR EACH ROW EXECUTE FUNCTION public.noop();
        DELETE FROM shop.rental; DELETE FROM shop.inventory WHERE film_id > 100;
    """,
    )
    before = schema_dump(target)
    with pytest.raises(TargetNotEmptyError):
        _restore(path, target, tables=("shop.film",))
    reader, section = open_archive(path, passphrase=PASS)
    with reader:
        found = POSTGRESQL_FORMAT.dependents(
            target, section, RestoreOptions(tables=("shop.film",), replace=True)
        )
    names = {(d.kind, d.name) for d in found}
    assert ("view", "public.cheap_films") in names
    assert ("view", "shop.film_list") in names
    assert ("foreign key", "wishlist_film_id_fkey on public.wishlist") in names
    assert ("foreign key", "inventory_film_fk on shop.inventory") in names
    assert ("trigger", "film_extra on shop.film") in names
    with pytest.raises(DependentObjectsError) as refused:
        _restore(path, target, tables=("shop.film",), replace=True)
    assert "public.cheap_films" in refused.value.message and "film_extra" in refused.value.message
    assert schema_dump(target) == before  # nothing changed
    assert scalar(target, "SELECT count(*) FROM shop.inventory") == 60 - scalar(
        url, "SELECT count(*) FROM shop.inventory WHERE film_id > 100"
    )
    _restore(path, target, tables=("shop.film",), replace=True, allow_dependents=True)
    assert schema_dump(target) == before  # dropped and recreated, all of them
    assert table_hashes(target, columns_of=url)["shop.film"] == table_hashes(url)["shop.film"]


def test_failed_restore_leaves_target_as_it_was(rental: tuple[str, Path], pg_server: Any) -> None:
    _, path = rental
    target = pg_server("fail")
    run_sql(target, "CREATE TABLE public.keep (x int); INSERT INTO public.keep VALUES (1)")
    before = schema_dump(target)
    reader, section = open_archive(path, passphrase=PASS)

    def boom() -> None:
        raise RuntimeError("stop before commit")

    with reader, pytest.raises(RuntimeError):
        POSTGRESQL_FORMAT.restore(
            reader, section, target, RestoreOptions(), reporter=None, cancel=None, before_commit=boom
        )
    assert schema_dump(target) == before
    assert scalar(target, "SELECT count(*) FROM public.keep") == 1


def test_whole_restore_with_replace(rental: tuple[str, Path], pg_server: Any) -> None:
    url, path = rental
    target = pg_server("again")
    _restore(path, target)
    run_sql(target, "UPDATE shop.scratch SET v = 42; SELECT setval('shop.ticket_seq', 9999)")
    with pytest.raises(TargetNotEmptyError):
        _restore(path, target)
    reader, section = open_archive(path, passphrase=PASS)
    reader.close()
    # everything that depends on the replaced tables is in the archive: nothing outside to name
    assert POSTGRESQL_FORMAT.dependents(target, section, RestoreOptions(replace=True)) == []
    _restore(path, target, replace=True)
    _same_database(url, target)


def test_verify_restores_into_a_scratch_database(
    rental: tuple[str, Path], pg_server: Any, tmp_path: Path
) -> None:
    _, path = rental
    reader, section = open_archive(path, passphrase=PASS)
    with reader:
        result = POSTGRESQL_FORMAT.verify(
            reader, section, tmp_path, verify_url=pg_server.admin_url, reporter=None, cancel=None
        )
        assert result.ok, result.problems
        assert result.rows_checked == section.total_rows
        assert not scalar(
            pg_server.admin_url, "SELECT count(*) FROM pg_database WHERE datname LIKE 'backup_desk_verify%'"
        )
        offline = POSTGRESQL_FORMAT.verify(
            reader, section, tmp_path, verify_url=None, reporter=None, cancel=None
        )
        assert offline.ok


@pytest.mark.parametrize(
    "bad",
    [
        "CREATE TABLE public.odd (id int, at tid); INSERT INTO public.odd VALUES (1, '(0,1)')",
        "SELECT lo_from_bytea(0, 'blob')",
        "CREATE FOREIGN DATA WRAPPER w; CREATE SERVER s FOREIGN DATA WRAPPER w; "
        "CREATE FOREIGN TABLE public.far (x int) SERVER s",
    ],
)
def test_what_cannot_be_carried_fails_the_backup(pg_server: Any, tmp_path: Path, bad: str) -> None:
    url = pg_server("bad")
    run_sql(url, "CREATE TABLE public.fine (x int); " + bad)
    with pytest.raises(SourceError) as failed:
        native_dump(url, tmp_path / "bad.bdarc")
    assert "cannot carry" in failed.value.message
    assert not (tmp_path / "bad.bdarc").exists()
