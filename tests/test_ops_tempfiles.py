"""cleanup-temp-files removes our leftovers (`.bdtmp`) and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.tempfiles import cleanup_temp_files, remove_temp_path
from tests.support.cli import ok, run_cli
from tests.support.ops_rows import add_row, dead_pid, old


def _layout(ctx: AppContext, tmp_path: Path) -> tuple[list[Path], list[Path]]:
    """(leftovers that must go, look-alikes and foreign files that must survive)"""
    backups = ctx.paths.default_backups_dir
    custom = tmp_path / "custom-dest"
    custom.mkdir()
    with ctx.catalog.write() as session:
        from backup_desk.catalog.models import Configuration

        session.add(Configuration(name="custom", backup_type="full", destination=str(custom)))
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    doomed = [
        backups / "daily_20261124-101500_1a2b3c4d.zip.bdtmp",
        custom / "monthly_20261101-000000_99887766.bdarc.bdtmp",
        ctx.paths.tmp_dir / "verify-scratch.bdtmp",  # a folder, see below
        backups / "link.bdtmp",  # a symlink: the link goes, never its target
    ]
    doomed[0].write_bytes(b"\0" * 4096)
    doomed[1].write_bytes(b"partial")
    doomed[2].mkdir()
    (doomed[2] / "db.sqlite3").write_bytes(b"x" * 100)
    os.symlink(precious, doomed[3])
    survivors = [
        backups / "daily_20261124-101500_1a2b3c4d.zip",  # a finished archive
        backups / "notes.bdtmp.txt",
        backups / "archive.bdtmp.zip",
        backups / "bdtmp",
        backups / ".bdtmp",
        backups / "UPPER.BDTMP",
        backups / "sub" / "nested.zip.bdtmp",  # not at the top of a backups folder
        ctx.paths.data_dir / "elsewhere.bdtmp",  # not a folder we clean
        tmp_path / "outside.bdtmp",
        precious,
    ]
    for p in survivors:
        if not p.exists():
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text("must survive")
    for p in doomed + survivors:
        old(p)
    return doomed, survivors


def test_only_leftovers_are_removed(home: Path, tmp_path: Path) -> None:
    ctx = AppContext.open(home, recover=False)
    try:
        doomed, survivors = _layout(ctx, tmp_path)
        dry = cleanup_temp_files(ctx, dry_run=True)
        assert sorted(e.path for e in dry.removed) == sorted(str(p) for p in doomed)
        assert all(os.path.lexists(p) for p in doomed)
        report = cleanup_temp_files(ctx)
        assert sorted(e.path for e in report.removed) == sorted(str(p) for p in doomed)
        assert report.freed_bytes >= 4096 + 7 + 100
        assert not any(os.path.lexists(p) for p in doomed)
        assert all(p.exists() for p in survivors)
        assert (tmp_path / "precious.txt").read_text() == "keep me"
    finally:
        ctx.close()


def test_files_in_use_are_kept(home: Path) -> None:
    ctx = AppContext.open(home, recover=False)
    backups = ctx.paths.default_backups_dir
    opened = backups / "being-written.zip.bdtmp"
    fresh = backups / "fresh-folder.bdtmp"
    running = backups / "running.zip.bdtmp"
    dead = backups / "dead.zip.bdtmp"
    for p in (opened, running, dead):
        p.write_bytes(b"data")
        old(p)
    fresh.mkdir()
    add_row(ctx, pid=os.getpid(), temp_path=running, age=timedelta(0))
    add_row(ctx, pid=dead_pid(), temp_path=dead)
    code = f"f = open({str(opened)!r}, 'ab'); import time; print('ready', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        report = cleanup_temp_files(ctx)
        assert [e.path for e in report.removed] == [str(dead)]
        kept = {Path(e.path).name: e.why_kept for e in report.kept}
        assert kept == {"being-written.zip.bdtmp": "open in a running process",
                        "fresh-folder.bdtmp": "changed less than 120 s ago",
                        "running.zip.bdtmp": "its owner is still running"}
    finally:
        holder.kill()
        holder.wait()
        ctx.close()


def test_remove_temp_path_refuses_other_names(tmp_path: Path) -> None:
    other = tmp_path / "important.zip"
    other.write_text("x")
    try:
        remove_temp_path(other)
    except OSError as exc:
        assert "refusing" in str(exc)
    else:
        raise AssertionError("a non-.bdtmp name was removed")
    assert other.exists()
    assert remove_temp_path(tmp_path / "gone.bdtmp") is False


def test_cli_cleanup_temp_files(home: Path, tmp_path: Path) -> None:
    ctx = AppContext.open(home, recover=False)
    doomed, survivors = _layout(ctx, tmp_path)
    ctx.close()
    data = ok(run_cli(home, "cleanup-temp-files", "--dry-run", "--json")).json()
    assert data["dry_run"] is True and len(data["removed"]) == len(doomed)
    out = ok(run_cli(home, "cleanup-temp-files")).stdout
    assert f"Removed {len(doomed)} temporary item(s)" in out
    assert not any(os.path.lexists(p) for p in doomed) and all(p.exists() for p in survivors)
    assert "Removed 0" in ok(run_cli(home, "cleanup-temp-files")).stdout
