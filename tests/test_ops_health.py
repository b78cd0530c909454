"""check-backup-system: each check finds its problem, --fix repairs only what is safe, stable JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from backup_desk.catalog.models import Backup, Configuration, utcnow
from backup_desk.cli.common import to_jsonable
from backup_desk.ops.logs import MAX_BYTES
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance import health_checks as hc
from backup_desk.services.maintenance.health import check_backup_system
from tests.support.cli import run_cli
from tests.support.ops_rows import add_row, dead_pid, old

CHECKS = ["folders", "disk_space", "catalog", "stuck_operations", "temp_files", "logs", "keyring",
          "dependencies", "configurations", "archives", "schedules"]


def test_healthy_home_and_json_shape(ctx) -> None:  # type: ignore[no-untyped-def]
    report = check_backup_system(ctx)
    assert (report.status, report.exit_code) == ("ok", 0), report
    assert [c.name for c in report.checks] == CHECKS
    data = json.loads(json.dumps(to_jsonable(report)))
    assert list(data) == ["format", "status", "exit_code", "generated_at", "tool_version", "home", "deep",
                          "fix", "checks", "dependencies"]
    assert list(data["checks"][0]) == ["name", "level", "message", "details", "hint", "fixable", "fixed",
                                       "count"]
    deps = {d["name"]: d for d in data["dependencies"]}
    assert deps["SQLAlchemy"]["version"] and deps["cryptography"]["required"] is True
    assert deps["python"]["version"].startswith("3.")


def test_missing_folders_fixed_and_bad_destination_reported(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "dest-gone"
    with ctx.catalog.write() as session:
        session.add(Configuration(name="gone", backup_type="full", destination=str(gone)))
    report = check_backup_system(ctx)
    folders = report.check("folders")
    assert folders.level == "error" and folders.fixable and str(gone) in folders.details[0]
    assert report.exit_code == 2
    fixed = check_backup_system(ctx, fix=True).check("folders")
    assert fixed.level == "ok" and fixed.fixed and gone.is_dir()

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with ctx.catalog.write() as session:
        session.add(Configuration(name="file", backup_type="full", destination=str(blocker)))
    bad = check_backup_system(ctx, fix=True).check("folders")
    assert bad.level == "error" and not bad.fixed and "not a folder" in " ".join(bad.details)


def test_catalog_damage_is_an_error(home: Path) -> None:
    ctx = AppContext.open(home)
    with ctx.catalog.write() as session:
        session.add_all(Backup(backup_name=f"row {i} " + "x" * 300, backup_type="full", status="failed")
                        for i in range(400))
    ctx.catalog.dispose()
    with ctx.catalog.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.catalog.dispose()
    raw = bytearray(ctx.paths.catalog_path.read_bytes())
    page = 4096
    for offset in range(page * 6, min(len(raw), page * 12), 7):  # scribble over a few b-tree pages
        raw[offset] ^= 0x5A
    ctx.paths.catalog_path.write_bytes(bytes(raw))
    check = hc.check_catalog(ctx)
    ctx.close()
    assert check.level == "error", check


def test_stuck_temp_logs_keyring_archives(ctx, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    temp = old(_write(ctx.paths.default_backups_dir / "x.zip.bdtmp"))
    add_row(ctx, pid=dead_pid(), temp_path=temp)
    orphan = old(_write(ctx.paths.tmp_dir / "restore-scratch.bdtmp"))  # no row points at it
    with ctx.catalog.write() as session:
        session.add(Configuration(name="enc", backup_type="full", encryption_enabled=True,
                                  source_url="sqlite:////nonexistent.db"))
        session.add(Backup(backup_name="done", backup_type="full", status="completed", completed_at=utcnow(),
                           file_path=str(ctx.paths.default_backups_dir / "gone.zip"), archive_id="ab" * 16))
    big = ctx.paths.log_dir / "backup_operations.log"
    with open(big, "wb") as fh:
        fh.truncate(3 * MAX_BYTES)  # a log that stopped rotating
    monkeypatch.setattr(keyring, "get_keyring", lambda: keyring.backends.fail.Keyring())

    report = check_backup_system(ctx)
    levels = {c.name: (c.level, c.count) for c in report.checks}
    assert levels["stuck_operations"] == ("warning", 1)
    assert levels["temp_files"] == ("warning", 2)
    assert levels["logs"][0] == "warning"
    assert levels["keyring"][0] == "warning"  # an encrypted configuration and no keyring
    assert levels["configurations"][0] == "warning"
    assert levels["archives"] == ("error", 1)
    assert report.exit_code == 2

    fixed = check_backup_system(ctx, fix=True)
    after = {c.name: (c.level, c.fixed) for c in fixed.checks}
    assert after["stuck_operations"] == ("ok", True) and after["temp_files"] == ("ok", True)
    assert not temp.exists() and not orphan.exists()
    assert after["archives"] == ("error", False)  # nothing safe can bring a lost archive back
    assert big.exists()  # logs are never deleted by --fix


def test_cli_exit_codes(home: Path) -> None:
    result = run_cli(home, "check-backup-system")
    assert result.code == 0 and "Overall: healthy (exit 0)." in result.stdout, result
    ctx = AppContext.open(home, recover=False)
    _write(ctx.paths.tmp_dir / "left.bdtmp")
    old(ctx.paths.tmp_dir / "left.bdtmp")
    ctx.close()
    warned = run_cli(home, "check-backup-system", "--json")
    assert warned.code == 1 and warned.json()["status"] == "warning", warned
    fixed = run_cli(home, "check-backup-system", "--fix", "--json")
    assert fixed.code == 0 and fixed.json()["checks"][4]["fixed"] is True, fixed


def _write(path: Path) -> Path:
    path.write_bytes(os.urandom(64))
    return path


def test_cli_reports_a_catalog_that_cannot_open(home: Path) -> None:
    (home / "data").mkdir()
    (home / "data" / "catalog.sqlite3").write_bytes(os.urandom(8192))
    result = run_cli(home, "check-backup-system", "--json")
    assert result.code == 2 and "Traceback" not in result.stderr, result
    catalog = result.json()["checks"][0]
    assert catalog["name"] == "catalog" and catalog["level"] == "error"
    assert "cannot be opened" in catalog["message"] and "before-upgrade-from" in catalog["hint"]
    assert "file is not a database" in (home / "logs" / "backup_operations.log").read_text()


def test_deep_verifies_every_archive(ctx) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.services import runs
    from backup_desk.services.demo import ensure_demo

    ensure_demo(ctx)
    views = [runs.execute_run(ctx, runs.prepare_run(ctx, cid)) for cid in (1, 2)]
    assert all(v.status == "completed" for v in views)
    report = check_backup_system(ctx, deep=True)
    assert report.check("archive_verification").level == "ok", report.check("archive_verification")
    assert report.check("sources").level == "ok" and report.deep

    archive = Path(views[0].file_path)
    data = bytearray(archive.read_bytes())
    for i in range(len(data) // 3, len(data) // 3 + 64):  # damage the middle of the archive
        data[i] ^= 0xFF
    archive.write_bytes(bytes(data))
    deep = check_backup_system(ctx, deep=True)
    failed = deep.check("archive_verification")
    assert failed.level == "error" and failed.count == 1 and f"#{views[0].id}" in failed.details[0]
    assert deep.exit_code == 2
    assert check_backup_system(ctx).exit_code == 0  # without --deep the file is only checked to exist


def test_failed_and_overdue_configurations_show_until_a_later_success(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from backup_desk.catalog.models import Configuration
    from backup_desk.services import configs
    from backup_desk.services.models import ConfigInput

    folder = tmp_path / "docs"
    folder.mkdir()
    late = configs.create_config(ctx, ConfigInput(name="Late", include_files=True, folders=(str(folder),),
                                                  frequency="daily"))
    broken = configs.create_config(ctx, ConfigInput(name="Broken", include_files=True,
                                                    folders=(str(folder),)))
    with ctx.catalog.write() as s:
        s.get(Configuration, late.id).created_at = utcnow() - timedelta(days=5)
        s.add(Backup(backup_name="b", backup_type="full", status="failed", configuration_id=broken.id,
                     error_message="disk full", completed_at=utcnow()))
    check = {c.name: c for c in check_backup_system(ctx).checks}["schedules"]
    assert (check.level, check.count) == ("warning", 2)
    assert any(d.startswith("Late: overdue") for d in check.details)
    assert any(d.startswith("Broken: last run failed") for d in check.details)
    with ctx.catalog.write() as s:  # later successes clear both
        for cid in (late.id, broken.id):
            s.add(Backup(backup_name="ok", backup_type="full", status="completed", configuration_id=cid,
                         completed_at=utcnow()))
    assert {c.name: c for c in check_backup_system(ctx).checks}["schedules"].level == "ok"
