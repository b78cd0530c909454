"""The folder walk runs while the writer derives the archive key: its failures still leave nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from backup_desk.engine.backup import run_backup
from backup_desk.engine.contracts import BackupRequest
from backup_desk.engine.progress import CancelToken
from backup_desk.errors import CancelledError, InsufficientSpaceError, SourceError
from tests.support.engine_data import make_source_db, make_tree


def _request(tmp_path: Path, folders: tuple[Path, ...], dest: Path) -> BackupRequest:
    return BackupRequest(name="survey", backup_type="full", source_url=make_source_db(tmp_path / "shop.db"),
                         folders=folders, include_files=True, destination_dir=dest, passphrase="a passphrase")


def test_a_missing_folder_fails_and_removes_the_temp_file(tmp_path: Path) -> None:
    temps: list[Path] = []
    dest = tmp_path / "archives"
    with pytest.raises(SourceError):
        run_backup(_request(tmp_path, (tmp_path / "not-there",), dest), on_temp_path=temps.append)
    assert list(dest.iterdir()) == []
    assert all(not t.exists() for t in temps)


def test_a_cancel_while_the_walk_runs_leaves_nothing(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "Documents", big_bytes=1024)
    for i in range(3000):  # enough entries for the walk to be under way when the temp file appears
        (tree / f"n{i}.txt").write_text("x")
    cancel = CancelToken()
    temps: list[Path] = []

    def on_temp(path: Path) -> None:
        temps.append(path)
        cancel.cancel()

    dest = tmp_path / "archives"
    with pytest.raises(CancelledError):
        run_backup(_request(tmp_path, (tree,), dest), cancel=cancel, on_temp_path=on_temp)
    assert temps and not temps[0].exists()
    assert list(dest.iterdir()) == []


def test_free_space_is_checked_against_the_walk_before_any_entry(tmp_path: Path, small_disk: Path) -> None:
    tree = make_tree(tmp_path / "Documents", big_bytes=5 * 1024 * 1024)  # more than the disk holds
    with pytest.raises(InsufficientSpaceError):
        run_backup(_request(tmp_path, (tree,), small_disk))
    assert list(small_disk.iterdir()) == []
