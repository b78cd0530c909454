"""Running real backups through the service layer: rows, secrets, one run per configuration, cancel,
failure reasons, heartbeat, retention."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from backup_desk.catalog.models import AuditEvent, Backup, Schedule, utcnow
from backup_desk.engine.progress import CancelToken, Progress
from backup_desk.errors import PassphraseError, UserInputError, WrongPassphraseError
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.services import configs, runs
from backup_desk.services.history import get_backup
from backup_desk.services.models import ConfigInput


def cancelled() -> CancelToken:
    """A token cancelled before the run starts: execute_run closes the pending row and runs nothing."""
    token = CancelToken()
    token.cancel()
    return token


def make_source(root: Path, rows: int = 50) -> Path:
    path = root / "app.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, balance REAL)")
    con.executemany("INSERT INTO customers (name, balance) VALUES (?, ?)", [(f"c{i}",
                                                                             i * 1.5) for i in range(rows)])
    con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id))")
    con.executemany("INSERT INTO orders (customer_id) VALUES (?)", [(1 + i % rows,) for i in range(rows * 2)])
    con.commit()
    con.close()
    return path


def make_folder(root: Path, files: int = 3, size: int = 1000) -> Path:
    folder = root / "documents"
    (folder / "sub").mkdir(parents=True)
    for i in range(files):
        (folder / ("sub" if i % 2 else "") / f"file-{i}.bin").write_bytes(os.urandom(size))
    return folder


def leftovers(ctx) -> list[Path]:  # type: ignore[no-untyped-def]
    return [p for p in ctx.paths.data_dir.rglob(f"*{TEMP_SUFFIX}")]


@pytest.fixture
def config(ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    src = make_source(tmp_path)
    folder = make_folder(tmp_path)
    data = ConfigInput(name="Daily full", source_url=f"sqlite:///{src}", include_files=True,
                       folders=(str(folder),), frequency="daily")
    return configs.create_config(ctx, data)


def test_backup_completes_with_all_fields(ctx, config) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    run = runs.prepare_run(ctx, config.id)
    with ctx.catalog.read() as s:
        row = s.get(Backup, run.backup_id)
        assert row.status == "pending" and row.pid == os.getpid() and row.hostname
    seen: list[Progress] = []
    view = runs.execute_run(ctx, run, progress=seen.append)
    assert view.status == "completed", view.error_message
    assert (view.tables_count, view.records_count, view.files_count) == (2, 150, 3)
    archive = Path(view.file_path)
    assert archive.is_file() and archive.suffix == ".zip" and archive.parent == ctx.paths.default_backups_dir
    assert view.file_size == archive.stat().st_size
    assert view.archive_sha256 == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert view.archive_id and view.archive_id[:8] in archive.name
    assert view.duration_seconds is not None and view.duration_seconds > 0
    assert view.started_at and view.completed_at and view.completed_at >= view.started_at
    assert view.error_message == "" and view.file_exists
    assert {p.phase for p in seen} >= {"database", "files"}
    assert leftovers(ctx) == []
    with ctx.catalog.read() as s:
        assert s.get(Backup, run.backup_id).temp_path is None
    after = configs.get_config(ctx, config.id)
    assert after.last_status == "completed" and after.last_success_at is not None and not after.overdue
    assert "2 tables, 150 rows; 3 files" in runs.outcome_summary(_outcome(view))


def _outcome(view):  # type: ignore[no-untyped-def]
    from backup_desk.engine.contracts import BackupOutcome

    return BackupOutcome(archive_path=Path(view.file_path), archive_id=view.archive_id,
                         file_size=view.file_size,
                         sha256=view.archive_sha256, tables_count=view.tables_count,
                         records_count=view.records_count, files_count=view.files_count, warnings=(),
                         encrypted=view.encrypted, compression="zstd")


def test_encrypted_run_checks_passphrase_against_canary(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_source(tmp_path, rows=5)
    cfg = configs.create_config(ctx, ConfigInput(name="Enc", source_url=f"sqlite:///{src}",
                                                 encryption_enabled=True,
                                                 passphrase="right-passphrase-42"))
    with pytest.raises(WrongPassphraseError):
        runs.prepare_run(ctx, cfg.id, passphrase="wrong-passphrase-13")
    security = (ctx.paths.log_dir / "security.log").read_text()
    assert "wrong passphrase" in security and "wrong-passphrase-13" not in security
    run = runs.prepare_run(ctx, cfg.id)  # from the keyring
    assert "right-passphrase-42" not in repr(run)
    view = runs.execute_run(ctx, run)
    assert view.status == "completed", view.error_message
    assert view.encrypted and view.file_path.endswith(".bdarc")
    assert b"customers" not in Path(view.file_path).read_bytes()  # really encrypted


def test_one_run_per_configuration(ctx, config) -> None:  # type: ignore[no-untyped-def]
    first = runs.prepare_run(ctx, config.id)
    with pytest.raises(UserInputError) as err:
        runs.prepare_run(ctx, config.id)
    assert "already pending" in err.value.message
    runs.execute_run(ctx, first, cancel=cancelled())
    assert get_backup(ctx, first.backup_id).error_message == runs.CANCELLED_MESSAGE
    second = runs.prepare_run(ctx, config.id)
    runs.execute_run(ctx, second, cancel=cancelled())


def test_row_of_a_dead_process_does_not_block(ctx, config) -> None:  # type: ignore[no-untyped-def]
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    from backup_desk.services.maintenance.procinfo import this_host

    with ctx.catalog.write() as s:
        stale = Backup(backup_name="crashed", backup_type="full", status="running",
                       configuration_id=config.id,
                       pid=proc.pid, hostname=this_host(), created_at=utcnow() - timedelta(minutes=1))
        s.add(stale)
        s.flush()
        stale_id = stale.id
    run = runs.prepare_run(ctx, config.id)
    assert get_backup(ctx, stale_id).status == "failed"
    assert "Interrupted" in get_backup(ctx, stale_id).error_message
    runs.execute_run(ctx, run, cancel=cancelled())


def test_failure_reason_is_plain_and_secret_free(ctx) -> None:  # type: ignore[no-untyped-def]
    cfg = configs.create_config(ctx, ConfigInput(
        name="Down", source_url="postgresql+psycopg://app:Hunter2-secret@127.0.0.1:9/app"))
    view = runs.execute_run(ctx, runs.prepare_run(ctx, cfg.id))
    assert view.status == "failed" and view.error_message
    assert "Hunter2-secret" not in view.error_message
    # The same reason as a translatable text (template + arguments), secret-free too.
    assert view.error_text is not None and str(view.error_text) == view.error_message
    assert view.error_text.args[0].template == "Cannot connect to the database {0}: {1}"
    assert "Hunter2-secret" not in json.dumps(view.error_text.to_json())
    assert view.completed_at is not None and view.file_path == ""
    assert leftovers(ctx) == []
    for log in ctx.paths.log_dir.glob("*.log"):
        assert "Hunter2-secret" not in log.read_text()


def test_cancel_mid_way_leaves_failed_row_and_no_temp_file(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path, files=40, size=200_000)
    cfg = configs.create_config(ctx, ConfigInput(name="Files", include_files=True, folders=(str(folder),)))
    run = runs.prepare_run(ctx, cfg.id)
    cancel = CancelToken()
    during: list[tuple[str, str | None, int | None]] = []

    def on_progress(p: Progress) -> None:
        if p.phase == "files" and not cancel.cancelled:
            with ctx.catalog.read() as s:
                row = s.get(Backup, run.backup_id)
                during.append((row.status, row.temp_path, row.pid))
            cancel.cancel()

    view = runs.execute_run(ctx, run, progress=on_progress, cancel=cancel)
    assert during and during[0][0] == "running" and during[0][2] == os.getpid()
    assert during[0][1] and during[0][1].endswith(TEMP_SUFFIX)
    assert view.status == "failed" and view.error_message == "Cancelled by the user."
    assert not Path(during[0][1]).exists() and leftovers(ctx) == []
    assert list(ctx.paths.default_backups_dir.iterdir()) == []


def test_cancelled_before_start(ctx, config) -> None:  # type: ignore[no-untyped-def]
    token = CancelToken()
    token.cancel()
    view = runs.execute_run(ctx, runs.prepare_run(ctx, config.id), cancel=token)
    assert view.status == "failed" and view.error_message == runs.CANCELLED_MESSAGE
    assert view.started_at is None and list(ctx.paths.default_backups_dir.iterdir()) == []


def test_heartbeat_updates_running_row(ctx) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.services.run_support import Heartbeat

    old = utcnow() - timedelta(minutes=5)
    with ctx.catalog.write() as s:
        row = Backup(backup_name="hb", backup_type="full", status="running", heartbeat_at=old)
        s.add(row)
        s.flush()
        row_id = row.id
    with Heartbeat(ctx.catalog, row_id, interval_s=0.05):
        time.sleep(0.3)
    with ctx.catalog.read() as s:
        assert s.get(Backup, row_id).heartbeat_at > old + timedelta(minutes=4)


def test_retention_deletes_old_archives_and_rows(ctx, config) -> None:  # type: ignore[no-untyped-def]
    dest = ctx.paths.default_backups_dir
    old_file, recent_file = dest / "old.zip", dest / "recent.zip"
    old_file.write_bytes(b"old")
    recent_file.write_bytes(b"recent")
    now = utcnow()
    with ctx.catalog.write() as s:
        old = Backup(backup_name="old", backup_type="full", status="completed", configuration_id=config.id,
                     file_path=str(old_file), created_at=now - timedelta(days=31))
        old_failed = Backup(backup_name="old failed", backup_type="full", status="failed",
                            configuration_id=config.id, created_at=now - timedelta(days=40))
        recent = Backup(backup_name="recent", backup_type="full", status="completed",
                        configuration_id=config.id,
                        file_path=str(recent_file), created_at=now - timedelta(days=29))
        other = Backup(backup_name="other config", backup_type="full", status="completed",
                       created_at=now - timedelta(days=100))
        s.add_all([old, old_failed, recent, other])
        s.get(Schedule, config.id).keep_last = 2  # the new one and "recent" are the minimum
    view = runs.execute_run(ctx, runs.prepare_run(ctx, config.id))
    assert view.status == "completed"
    with ctx.catalog.read() as s:
        names = set(s.scalars(select(Backup.backup_name)))
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "backup.delete")).all()
    assert names == {"recent", "other config", view.backup_name}
    assert not old_file.exists() and recent_file.exists()
    assert sorted(e.target_id for e in events) == sorted([str(old.id), str(old_failed.id)])  # one each
    assert all("older than 30 days" in e.summary for e in events)


def test_quick_run_without_configuration(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path)
    with pytest.raises(UserInputError):
        runs.prepare_quick_run(ctx, name="Q", backup_type="full", source_url=None,
                               folders=(str(tmp_path / "missing"),))
    run = runs.prepare_quick_run(ctx, name="Quick", backup_type="full", source_url=None,
                                 folders=(str(folder),))
    view = runs.execute_run(ctx, run)
    assert view.status == "completed" and view.configuration_id is None and view.files_count == 3
    assert view.backup_name.startswith("Quick ")


def test_encrypted_config_without_any_passphrase(ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    src = make_source(tmp_path, rows=2)
    cfg = configs.create_config(ctx, ConfigInput(name="E2", source_url=f"sqlite:///{src}",
                                                 encryption_enabled=True,
                                                 passphrase="pp-pp-pp"))
    ctx.secrets.set_passphrase(cfg.id, None)  # e.g. the keyring entry was removed
    with pytest.raises(PassphraseError) as err:
        runs.prepare_run(ctx, cfg.id)
    assert "BACKUP_DESK_PASSPHRASE" in err.value.hint
    monkeypatch.setenv("BACKUP_DESK_PASSPHRASE", "pp-pp-pp")
    runs.execute_run(ctx, runs.prepare_run(ctx, cfg.id), cancel=cancelled())
