"""Long jobs of the window in a process of their own (services/job_process.py): a real child process runs
the backup, its progress, result and typed errors come back, Cancel reaches it, and a child killed mid-way
gives a clear error with its run closed and nothing half-written left."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from backup_desk.engine.progress import CancelToken, Progress
from backup_desk.errors import NotFoundError
from backup_desk.services import configs, job_process
from backup_desk.services.history import get_backup
from backup_desk.services.models import BackupView, ConfigInput
from backup_desk.vocabulary import BackupStatus
from tests.test_services_runs import leftovers, make_folder, make_source


def _config(ctx, tmp_path: Path, files: int = 3, size: int = 1000) -> int:  # type: ignore[no-untyped-def]
    src = make_source(tmp_path)
    folder = make_folder(tmp_path, files=files, size=size)
    view = configs.create_config(ctx, ConfigInput(name="Child", source_url=f"sqlite:///{src}",
                                                  include_files=True, folders=(str(folder),)))
    return view.id


def test_a_backup_runs_in_a_child_process(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config_id = _config(ctx, tmp_path)
    seen: list[Progress] = []
    view = job_process.run_in_child(ctx, "backup", config_id=config_id, passphrase=None, progress=seen.append,
                                    cancel=CancelToken())
    assert isinstance(view, BackupView) and view.status == BackupStatus.COMPLETED, view.error_message
    assert (view.tables_count, view.records_count, view.files_count) == (2, 150, 3)
    assert get_backup(ctx, view.id) == view and Path(view.file_path).is_file()
    assert seen and all(isinstance(p, Progress) for p in seen)
    with ctx.catalog.read() as session:
        from backup_desk.catalog.models import Backup

        pid = session.get(Backup, view.id).pid
    assert pid not in (None, os.getpid())  # recorded by the child that ran it


def test_errors_come_back_typed_with_their_hint(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError) as caught:
        job_process.run_in_child(ctx, "backup", config_id=999, passphrase=None)
    assert caught.value.message == "No configuration with id 999." and caught.value.hint
    with pytest.raises(ValueError, match="unknown job"):
        job_process.run_in_child(ctx, "rm -rf", path="/")


def test_cancel_reaches_the_child(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config_id = _config(ctx, tmp_path, files=200, size=256 * 1024)
    token = CancelToken()

    def progress(p: Progress) -> None:
        if p.phase == "files":
            token.cancel()

    view = job_process.run_in_child(ctx, "backup", config_id=config_id, passphrase=None, progress=progress,
                                    cancel=token)
    assert view.status == BackupStatus.FAILED and view.error_message == "Cancelled by the user."
    assert leftovers(ctx) == [] and not list(ctx.paths.default_backups_dir.glob("*.zip"))


def test_a_killed_child_gives_a_clear_error_and_its_run_is_closed(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config_id = _config(ctx, tmp_path, files=200, size=256 * 1024)
    killed: list[int] = []

    def progress(p: Progress) -> None:
        if p.phase == "files" and not killed:
            from backup_desk.catalog.models import Backup

            with ctx.catalog.read() as session:
                row = session.query(Backup).filter_by(status=BackupStatus.RUNNING).one()
                killed.append(row.id)
                os.kill(row.pid, signal.SIGKILL)

    with pytest.raises(job_process.JobProcessError) as caught:
        job_process.run_in_child(ctx, "backup", config_id=config_id, passphrase=None, progress=progress)
    assert "ended unexpectedly" in caught.value.message and caught.value.hint
    row = get_backup(ctx, killed[0])
    assert row.status == BackupStatus.FAILED  # closed at once by the recovery, not left "running"
    assert leftovers(ctx) == [] and not list(ctx.paths.default_backups_dir.glob("*.zip"))


def test_a_job_process_that_cannot_start_is_a_clear_error(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(job_process, "child_command", lambda: ["/nonexistent/backup-desk", "--job-process"])
    with pytest.raises(job_process.JobProcessError) as caught:
        job_process.run_in_child(ctx, "verify", ref="1")
    assert "could not start" in caught.value.message and "/nonexistent/backup-desk" in caught.value.hint
