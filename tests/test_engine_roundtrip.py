"""Back up a real SQLite database and a real folder, restore them elsewhere, compare byte for byte."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.backup import run_backup
from backup_desk.engine.contracts import BackupOutcome, BackupRequest, BackupType, Compression, RestoreRequest
from backup_desk.engine.progress import Progress
from backup_desk.engine.restore import run_restore
from tests.support.engine_data import (
    TABLES,
    make_source_db,
    make_tree,
    snapshot_tree,
    table_columns,
    table_rows,
)

ESCAPING_LINKS = {"a/link-escaping", "link-absolute"}


@dataclass(frozen=True)
class Source:
    db_path: Path
    url: str
    tree: Path


@pytest.fixture
def source(tmp_path: Path) -> Source:
    (tmp_path / "outside-secret.txt").write_text("never in the archive")
    db_path = tmp_path / "shop.db"
    url = make_source_db(db_path)
    return Source(db_path, url, make_tree(tmp_path / "Documents"))


def backup(source: Source, dest: Path, backup_type: BackupType = "full", compression: Compression = "zstd",
           passphrase: str | None = None, include_files: bool = True,
           progress: list[Progress] | None = None) -> BackupOutcome:
    request = BackupRequest(
        name="Nightly Full — shop", backup_type=backup_type, source_url=source.url, folders=(source.tree,),
        include_files=include_files, destination_dir=dest, compression=compression, passphrase=passphrase,
        config_snapshot={"name": "shop", "password": "hunter2", "source": "postgresql://u:hunter2@h/db"},
    )
    return run_backup(request, progress.append if progress is not None else None)


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def assert_tree_restored(src: Path, restored: Path) -> None:
    before = snapshot_tree(src)
    after = snapshot_tree(restored)
    assert set(after) == set(before) - ESCAPING_LINKS
    for rel, node in after.items():
        expected = before[rel]
        assert (node.kind, node.sha256, node.link) == (expected.kind, expected.sha256, expected.link), rel
        if node.kind != "symlink":
            assert node.mode == expected.mode, rel
        assert node.mtime == pytest.approx(expected.mtime, abs=1e-6), rel


CASES = [
    ("full", "zstd", None),
    ("full", "deflate", "correct horse battery staple"),
    ("full", "store", None),
    ("full", "zstd", "pässphrase ✓"),
    ("data", "deflate", None),
    ("metadata", "store", "pw"),
]


@pytest.mark.parametrize(("backup_type", "compression", "passphrase"), CASES)
def test_backup_restore_round_trip(tmp_path: Path, source: Source, backup_type: BackupType,
                                   compression: Compression, passphrase: str | None) -> None:
    dest = tmp_path / "archives"
    events: list[Progress] = []
    out = backup(source, dest, backup_type, compression, passphrase, progress=events)

    assert out.archive_path.parent == dest
    assert re.fullmatch(r"nightly-full-shop_\d{8}-\d{6}_[0-9a-f]{8}\.(zip|bdarc)", out.archive_path.name)
    assert out.archive_path.suffix == (".bdarc" if passphrase else ".zip")
    assert out.encrypted is (passphrase is not None) and out.compression == compression
    assert out.file_size == out.archive_path.stat().st_size
    assert out.sha256 == file_sha256(out.archive_path)
    assert out.archive_id.startswith(out.archive_path.stem[-8:])
    assert sorted(p.name for p in dest.iterdir()) == [out.archive_path.name]  # no temp file left
    source_rows = table_rows(source.db_path)
    assert out.tables_count == len(TABLES)
    all_rows = sum(len(r) for r in source_rows.values())
    assert out.records_count == (0 if backup_type == "metadata" else all_rows)
    n_files = sum(1 for n in snapshot_tree(source.tree).values() if n.kind == "file")
    assert out.files_count == (0 if backup_type == "metadata" else n_files)
    with ArchiveReader(out.archive_path, passphrase=passphrase) as reader:
        manifest = reader.manifest
    assert "hunter2" not in manifest.to_json_bytes().decode()  # secrets scrubbed from the snapshot
    assert manifest.config_snapshot["source"] == "postgresql://u:***@h/db"
    assert manifest.config_snapshot["name"] == "shop"
    assert manifest.totals.tables == len(TABLES) and manifest.totals.files == out.files_count
    phases = [e.phase for e in events]
    # A SQLite source with folders: its snapshot is taken while the folders are written, then stored.
    expected_phases = ["prepare", "database", "finalize"] if backup_type == "metadata" else [
        "prepare", "files", "database", "finalize"]
    assert [p for i, p in enumerate(phases) if i == 0 or phases[i - 1] != p] == expected_phases

    target_db = tmp_path / "restored.db"
    to_url = f"sqlite:///{target_db}"
    if backup_type == "data":
        # A data backup restores into an existing schema: make one from a metadata backup of the source.
        schema = backup(source, tmp_path / "schema", "metadata", include_files=False)
        run_restore(RestoreRequest(archive_path=schema.archive_path, passphrase=None, to_url=to_url,
                                   to_folder=None))
        assert all(rows == [] for rows in table_rows(target_db).values())
    restored_root = tmp_path / "restore"
    result = run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=passphrase, to_url=to_url,
                                        to_folder=None if backup_type == "metadata" else restored_root))
    assert not result.dry_run
    assert table_columns(target_db) == table_columns(source.db_path)
    if backup_type == "metadata":
        assert all(rows == [] for rows in table_rows(target_db).values())
        assert result.files_restored == 0
        return
    assert table_rows(target_db) == source_rows
    assert result.records_restored == out.records_count
    assert result.files_restored == out.files_count
    label_dir = restored_root / "Documents"
    assert_tree_restored(source.tree, label_dir)
    assert len(result.warnings) == len(ESCAPING_LINKS)
    assert all(any(link in w for w in result.warnings) for link in ESCAPING_LINKS)
    assert not (label_dir / "outside-secret.txt").exists()
    assert not list(tmp_path.rglob("*.bdtmp"))


def test_files_only_backup_and_folder_subset(tmp_path: Path, source: Source) -> None:
    other = tmp_path / "Pictures"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    request = BackupRequest(name="files", backup_type="full", source_url=None, folders=(source.tree, other),
                            include_files=True, destination_dir=tmp_path / "out")
    out = run_backup(request, None, None)
    assert out.tables_count == 0 and out.files_count == 1 + sum(
        1 for n in snapshot_tree(source.tree).values() if n.kind == "file")
    to = tmp_path / "restore"
    res = run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None, to_url=None,
                                     to_folder=to, folders=("Pictures",)))
    assert res.files_restored == 1
    assert sorted(p.name for p in to.iterdir()) == ["Pictures"]
    assert (to / "Pictures" / "cat.jpg").read_bytes() == b"\xff\xd8 not really a jpeg"


def test_restore_in_place_over_original_folder_with_replace(tmp_path: Path, source: Source) -> None:
    out = backup(source, tmp_path / "out", include_files=True)
    before = snapshot_tree(source.tree)
    (source.tree / "a" / "hello.txt").write_text("changed after the backup")
    (source.tree / "new-file.txt").write_text("kept: replace does not delete unknown files")
    res = run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None, to_url=None,
                                     to_folder=None, original_folders={"Documents": source.tree},
                                     replace=True))
    assert res.files_restored == out.files_count
    after = snapshot_tree(source.tree)
    assert after["a/hello.txt"] == before["a/hello.txt"]
    assert (source.tree / "new-file.txt").exists()
    assert not list(tmp_path.rglob("*.bdtmp"))


def test_schema_only_and_table_subset_from_a_full_archive(tmp_path: Path, source: Source) -> None:
    out = backup(source, tmp_path / "out", include_files=False)
    schema_db = tmp_path / "schema.db"
    res = run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None,
                                     to_url=f"sqlite:///{schema_db}", to_folder=None, schema_only=True))
    assert res.records_restored == 0
    assert table_columns(schema_db) == table_columns(source.db_path)
    assert all(rows == [] for rows in table_rows(schema_db).values())

    subset_db = tmp_path / "subset.db"
    res = run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None,
                                     to_url=f"sqlite:///{subset_db}", to_folder=None,
                                     tables=("customers", "products")))
    rows = table_rows(subset_db)
    assert set(rows) == {"customers", "products"}
    source_rows = table_rows(source.db_path)
    assert rows == {name: source_rows[name] for name in ("customers", "products")}
    assert res.tables_restored == 2
