"""Stuck rows: start-up recovery and cleanup-stuck-operations (real processes, real catalog)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.procinfo import process_alive
from backup_desk.services.maintenance.stuck import INTERRUPTED_MESSAGE, cleanup_stuck_operations
from backup_desk.services.recovery import recover_interrupted
from tests.support.cli import ok, run_cli
from tests.support.ops_rows import add_row, dead_pid, row_state


def test_process_alive_tells_dead_zombie_and_reused_pids() -> None:
    assert process_alive(os.getpid())
    assert not process_alive(dead_pid())
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 30
    while Path(f"/proc/{zombie.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
        assert time.monotonic() < deadline  # exited but not reaped: a zombie
        time.sleep(0.01)
    assert not process_alive(zombie.pid)
    zombie.wait()
    from backup_desk.catalog.models import utcnow
    # Our process started seconds ago: a row created yesterday cannot be ours (pid reused).
    assert not process_alive(os.getpid(), created_at=utcnow() - timedelta(days=1))


def test_startup_recovery_closes_dead_rows_only(home: Path) -> None:
    ctx = AppContext.open(home, recover=False)
    temp = ctx.paths.default_backups_dir / "daily_20261124_abcd.zip.bdtmp"
    temp.write_bytes(b"partial")
    dead = add_row(ctx, pid=dead_pid(), temp_path=temp)
    pending = add_row(ctx, status="pending", pid=dead_pid())
    alive = add_row(ctx, pid=os.getpid(), age=timedelta(0))
    remote = add_row(ctx, pid=12345, host="other-host", age=timedelta(days=2))
    ctx.close()

    ctx = AppContext.open(home)  # the start-up path runs recovery before anything else
    try:
        assert row_state(ctx, dead) == ("failed", INTERRUPTED_MESSAGE, None)
        assert row_state(ctx, pending)[:2] == ("failed", INTERRUPTED_MESSAGE)
        assert not temp.exists()
        assert row_state(ctx, alive)[0] == "running"
        assert row_state(ctx, remote)[0] == "running"  # another host: cleanup-stuck-operations decides
        assert recover_interrupted(ctx).changed is False  # nothing left to do
    finally:
        ctx.close()


def test_cleanup_rules_force_and_dry_run(home: Path) -> None:
    ctx = AppContext.open(home, recover=False)
    try:
        # (a row of a live process cannot be older than the process: the pid check would call it reused)
        alive_stale = add_row(ctx, pid=os.getpid(), age=timedelta(0), heartbeat_age=timedelta(hours=1),
                              name="alive, stale heartbeat")
        alive_new = add_row(ctx, pid=os.getpid(), age=timedelta(0), name="alive new")
        remote_old = add_row(ctx, pid=1, host="elsewhere", age=timedelta(hours=7), name="remote old")
        remote_new = add_row(ctx, pid=1, host="elsewhere", name="remote new")
        stale = add_row(ctx, pid=1, host="elsewhere", heartbeat_age=timedelta(hours=1), name="stale")
        no_pid_old = add_row(ctx, status="pending", age=timedelta(hours=8), name="no pid")

        dry = cleanup_stuck_operations(ctx, dry_run=True)
        assert {r.backup_id for r in dry.closed} == {remote_old, stale, no_pid_old}
        assert row_state(ctx, remote_old)[0] == "running"  # dry run changed nothing

        report = cleanup_stuck_operations(ctx)
        assert {r.backup_id: r.reason for r in report.closed} == {
            remote_old: "too-old", stale: "heartbeat-stale", no_pid_old: "too-old"}
        assert {s.backup_id for s in report.skipped} == {alive_stale, alive_new, remote_new}
        assert "more than 6 hours" in row_state(ctx, remote_old)[1]
        assert "no sign of life" in row_state(ctx, stale)[1]

        forced = cleanup_stuck_operations(ctx, force=True)
        assert [r.backup_id for r in forced.closed] == [alive_stale]  # alive but stale
        assert "--force" in row_state(ctx, alive_stale)[1]
        assert row_state(ctx, alive_new)[0] == "running"
        assert [r.backup_id for r in cleanup_stuck_operations(ctx, force=True, hours=0).closed] == [
            alive_new, remote_new]
    finally:
        ctx.close()


def test_cli_cleanup_stuck_operations(home: Path) -> None:
    ctx = AppContext.open(home, recover=False)
    temp = ctx.paths.tmp_dir / "restore-staging.bdtmp"
    temp.mkdir()
    (temp / "half.csv").write_text("x")
    row = add_row(ctx, pid=dead_pid(), temp_path=temp)
    ctx.close()
    data = ok(run_cli(home, "cleanup-stuck-operations", "--dry-run", "--json")).json()
    assert data["dry_run"] is True and [r["backup_id"] for r in data["closed"]] == [row]
    assert temp.exists()
    out = ok(run_cli(home, "cleanup-stuck-operations", "--hours=6")).stdout
    assert "Closed 1 stuck operation" in out and str(temp) in out
    assert not temp.exists()
    ctx = AppContext.open(home, recover=False)
    try:
        assert row_state(ctx, row) == ("failed", INTERRUPTED_MESSAGE, None)
    finally:
        ctx.close()
