"""Files staged while the database restores: neither side may leave anything behind when the other fails."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.backup import run_backup
from backup_desk.engine.contracts import BackupOutcome, BackupRequest, RestoreRequest
from backup_desk.engine.database.restore import restore_database
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.engine.files import stage_files
from backup_desk.engine.progress import CancelToken, Progress, ProgressReporter
from backup_desk.engine.restore import run_restore
from backup_desk.engine.restore_overlap import stage_during_database
from backup_desk.errors import BackupDeskError, CancelledError, TargetNotEmptyError
from backup_desk.paths import TEMP_SUFFIX
from tests.support.engine_data import make_source_db, make_tree


@pytest.fixture
def archive(tmp_path: Path) -> BackupOutcome:
    url = make_source_db(tmp_path / "shop.db", customers=400)
    tree = make_tree(tmp_path / "Documents", big_bytes=2 * 1024 * 1024)
    return run_backup(BackupRequest(name="overlap", backup_type="full", source_url=url, folders=(tree,),
                                    include_files=True, destination_dir=tmp_path / "archives"))


def _tables(db: Path) -> list[str]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(TEMP_SUFFIX)] if folder.exists() else []


def test_both_at_once_restores_everything(tmp_path: Path, archive: BackupOutcome) -> None:
    seen: list[str] = []
    out = run_restore(RestoreRequest(archive_path=archive.archive_path, passphrase=None,
                                     to_url=f"sqlite:///{tmp_path / 'new.db'}", to_folder=tmp_path / "new"),
                      lambda p: seen.append(p.phase))
    assert out.tables_restored > 0 and out.records_restored > 0 and out.files_restored > 0
    assert seen.index("files") < seen.index("database") < seen.index("finalize")
    assert (tmp_path / "new" / "Documents").is_dir()
    assert not _leftovers(tmp_path / "new")


def test_a_files_failure_after_the_rows_are_loaded_rolls_the_database_back(
        tmp_path: Path, archive: BackupOutcome) -> None:
    target = tmp_path / "target.db"
    loaded = threading.Event()

    def stage(cancel: CancelToken):  # type: ignore[no-untyped-def]
        assert loaded.wait(30)  # the database is waiting to commit: now the files side fails
        return open(tmp_path / "missing-file", "rb")  # a real OSError

    with ArchiveReader(archive.archive_path, passphrase=None) as reader:
        section = DatabaseSection.from_json(reader.manifest.database or {})

        def restore_db(rep: ProgressReporter, cancel: CancelToken, ready: Callable[[], None]):  # type: ignore[no-untyped-def]
            def gate() -> None:
                assert _tables(target) == []  # nothing committed yet
                loaded.set()
                ready()
            return restore_database(reader, section, f"sqlite:///{target}", reporter=rep, cancel=cancel,
                                    before_commit=gate)

        with pytest.raises(FileNotFoundError):
            stage_during_database(stage, restore_db, ProgressReporter(), CancelToken())
    assert _tables(target) == []  # rolled back


def test_a_files_failure_first_stops_the_database_and_is_the_error_reported(
        tmp_path: Path, archive: BackupOutcome) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the destination's parent should be")
    with pytest.raises(BackupDeskError, match=r"Files cannot be written to .*Not a directory") as caught:
        run_restore(RestoreRequest(archive_path=archive.archive_path, passphrase=None,
                                   to_url=f"sqlite:///{tmp_path / 'target.db'}", to_folder=blocker / "sub"))
    # the files' own error is the one reported, not the cancellation it caused in the database restore
    assert type(caught.value) is BackupDeskError and "nothing was moved into place" in caught.value.hint
    assert _tables(tmp_path / "target.db") == []
    assert blocker.read_text().startswith("a file")


def test_a_database_failure_removes_the_staged_files(tmp_path: Path, archive: BackupOutcome) -> None:
    target = tmp_path / "busy.db"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE keep_me (id INTEGER)")
    dest = tmp_path / "restored"
    with ArchiveReader(archive.archive_path, passphrase=None) as reader:
        section = DatabaseSection.from_json(reader.manifest.database or {})
        records = reader.manifest.files
        dests = {f.label: dest / f.label for f in reader.manifest.folders}
        with pytest.raises(TargetNotEmptyError):
            stage_during_database(
                lambda c: stage_files(reader, records, dests, replace=False, reporter=ProgressReporter(),
                                      cancel=c),
                lambda rep, c, ready: restore_database(reader, section, f"sqlite:///{target}", reporter=rep,
                                                       cancel=c, before_commit=ready),
                ProgressReporter(), CancelToken())
    assert _tables(target) == ["keep_me"]
    assert not _leftovers(tmp_path)
    assert not any(dest.rglob("*")) if dest.exists() else True


@pytest.mark.parametrize("at_phase", ["files", "database"])  # staging under way / files staged, rows loading
def test_a_cancel_while_both_run_leaves_nothing(tmp_path: Path, archive: BackupOutcome,
                                                at_phase: str) -> None:
    cancel = CancelToken()

    def on_progress(p: Progress) -> None:
        if p.phase == at_phase:
            cancel.cancel()

    with pytest.raises(CancelledError):
        run_restore(RestoreRequest(archive_path=archive.archive_path, passphrase=None,
                                   to_url=f"sqlite:///{tmp_path / 'target.db'}", to_folder=tmp_path / "new"),
                    on_progress, cancel)
    assert _tables(tmp_path / "target.db") == []
    assert not _leftovers(tmp_path)
    assert not (tmp_path / "new" / "Documents").exists()
