"""Helpers for the OPS tests: history rows in a given state, and a real process killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from backup_desk.catalog.models import Backup, utcnow
from backup_desk.services.maintenance.procinfo import this_host


def add_row(ctx, *, status: str = "running", pid: int | None = None, host: str | None = None,  # type: ignore[no-untyped-def]
            age: timedelta = timedelta(minutes=1), heartbeat_age: timedelta | None = None,
            temp_path: Path | None = None, name: str = "stuck row") -> int:
    created = utcnow() - age
    with ctx.catalog.write() as session:
        row = Backup(backup_name=name, backup_type="full", status=status, pid=pid,
                     hostname=host if host is not None else (this_host() if pid else None),
                     created_at=created, started_at=created,
                     heartbeat_at=None if heartbeat_age is None else utcnow() - heartbeat_age,
                     temp_path=str(temp_path) if temp_path else None)
        session.add(row)
        session.flush()
        return row.id


def dead_pid() -> int:
    """The pid of a real process that was killed with SIGKILL and reaped."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return proc.pid


def row_state(ctx, backup_id: int) -> tuple[str, str, str | None]:  # type: ignore[no-untyped-def]
    with ctx.catalog.read() as session:
        row = session.get(Backup, backup_id)
        assert row is not None
        return row.status, row.error_message, row.temp_path


def old(path: Path, seconds: float = 3600) -> Path:
    """Backdates a file's mtime (leftovers are old; fresh unknown files get a grace period)."""
    t = datetime.now().timestamp() - seconds
    os.utime(path, (t, t), follow_symlinks=False)
    return path
