"""Restore modes of portable sections (archives written before native sections, still restored) against
real SQLite files: plans, non-empty targets, replace, subsets, backup types. Native: test_sqlite_native*."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from backup_desk.engine.database import plan_database_restore, restore_database, verify_database
from backup_desk.errors import TargetNotEmptyError, UserInputError
from tests.support.db_fixtures import dump_to_archive as dump_any
from tests.support.db_fixtures import make_sqlite_sample, open_archive, sqlite_rows


def dump_to_archive(url: str, path: Path, backup_type: str = "full") -> object:
    return dump_any(url, path, backup_type, portable=True)


def test_plan_writes_nothing_and_flags_existing_tables(tmp_path: Path) -> None:
    dump_to_archive(make_sqlite_sample(tmp_path / "src.db"), tmp_path / "a.zip")
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
    dump_to_archive(make_sqlite_sample(tmp_path / "src.db"), tmp_path / "a.zip")
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
        assert sqlite_rows(target)["order"] == [("old row", "text")]
        restore_database(reader, section, f"sqlite:///{target}", replace=True)
    rows = sqlite_rows(target)
    assert rows["keep"] == [(42, "integer")] and len(rows["order"]) == 4


def test_schema_only_and_table_subset(tmp_path: Path) -> None:
    dump_to_archive(make_sqlite_sample(tmp_path / "src.db"), tmp_path / "a.zip")
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        r1 = restore_database(reader, section, f"sqlite:///{tmp_path / 'schema.db'}", schema_only=True)
        r2 = restore_database(
            reader, section, f"sqlite:///{tmp_path / 'sub.db'}", tables=["ligne de commande"]
        )
    assert (r1.tables, r1.rows) == (3, 0)
    assert {k: len(v) for k, v in sqlite_rows(tmp_path / "schema.db").items()} == {
        "order": 0,
        "ligne de commande": 0,
        "empty_one": 0,
    }
    assert (r2.tables, r2.rows) == (1, 3)
    assert list(sqlite_rows(tmp_path / "sub.db")) == ["ligne de commande"]


def test_metadata_and_data_backups(tmp_path: Path) -> None:
    url = make_sqlite_sample(tmp_path / "src.db")
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
    assert sqlite_rows(tmp_path / "dst.db") == sqlite_rows(tmp_path / "src.db")


def test_verify_reports_rows_that_do_not_match(tmp_path: Path) -> None:
    dump_to_archive(make_sqlite_sample(tmp_path / "src.db"), tmp_path / "a.zip")
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


def test_failed_restore_into_a_new_sqlite_file_leaves_no_file(tmp_path: Path) -> None:
    dump_to_archive(make_sqlite_sample(tmp_path / "src.db"), tmp_path / "a.zip")
    target = tmp_path / "new.db"

    def refuse() -> None:
        raise RuntimeError("the files could not be staged")

    reader, section = open_archive(tmp_path / "a.zip")
    with reader, pytest.raises(RuntimeError):
        restore_database(reader, section, f"sqlite:///{target}", before_commit=refuse)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.zip", "src.db"]
