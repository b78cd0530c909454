"""Verify: passes on a good archive, fails with a clear sentence on a tampered one, leaves no scratch."""

from __future__ import annotations

from pathlib import Path

import pytest

from backup_desk.engine.backup import run_backup
from backup_desk.engine.contracts import BackupRequest
from backup_desk.engine.verify import run_verify
from tests.support.engine_data import make_source_db, make_tree


def make_archive(tmp_path: Path, passphrase: str | None) -> Path:
    make_source_db(tmp_path / "shop.db")
    make_tree(tmp_path / "Documents")
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    out = run_backup(BackupRequest(name="v", backup_type="full", source_url=url,
                                   folders=(tmp_path / "Documents",), include_files=True,
                                   destination_dir=tmp_path / "archives", passphrase=passphrase))
    return out.archive_path


def flip_byte(path: Path, offset: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0x55]))


@pytest.mark.parametrize("passphrase", [None, "s3cret"])
def test_verify_good_then_tampered(tmp_path: Path, passphrase: str | None) -> None:
    archive = make_archive(tmp_path, passphrase)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    good = run_verify(archive, passphrase, scratch)
    assert good.ok, good.problems
    assert good.tables_checked == 4 and good.rows_checked > 0
    assert good.entries_checked > 0
    assert good.message.startswith("All 4 tables") and good.message.endswith("match.")
    assert good.problems == ()
    assert list(scratch.iterdir()) == []
    if passphrase:
        assert good.chunks_checked > 0

    # The middle of the archive falls inside big.bin's data (most of the archive's bytes).
    flip_byte(archive, archive.stat().st_size // 2)
    bad = run_verify(archive, passphrase, scratch)
    assert not bad.ok
    assert bad.problems
    assert bad.message.startswith("The archive failed verification")
    assert bad.message.count(".") >= 1 and "\n" not in bad.message
    assert list(scratch.iterdir()) == []


def test_verify_messages_for_schema_only_and_files_only(tmp_path: Path) -> None:
    make_source_db(tmp_path / "shop.db")
    make_tree(tmp_path / "Documents")
    common = dict(name="v", folders=(tmp_path / "Documents",), include_files=True,
                  destination_dir=tmp_path / "archives")
    meta = run_backup(BackupRequest(backup_type="metadata", source_url=f"sqlite:///{tmp_path / 'shop.db'}",
                                    **common))  # type: ignore[arg-type]
    files = run_backup(BackupRequest(backup_type="full", source_url=None, **common))  # type: ignore[arg-type]
    m = run_verify(meta.archive_path, None, tmp_path)
    assert m.ok and m.message == "The schema of 4 tables restores."
    f = run_verify(files.archive_path, None, tmp_path)
    assert f.ok and f.message == f"All {files.files_count} files match." and f.tables_checked == 0
