"""What a run needs around the engine job: the one-run-per-configuration guard, the heartbeat that lets a
crash be recognised, and retention after a success."""

from __future__ import annotations

import threading

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backup_desk.catalog.db import Catalog
from backup_desk.catalog.models import Backup, Configuration, utcnow
from backup_desk.errors import UserInputError
from backup_desk.messages import Text
from backup_desk.ops.logs import operations_logger
from backup_desk.services.maintenance.procinfo import process_alive, this_host
from backup_desk.services.maintenance.stuck import HEARTBEAT_STALE, INTERRUPTED_MESSAGE
from backup_desk.vocabulary import ACTIVE_STATUSES, BackupStatus

HEARTBEAT_INTERVAL_S = 5.0


def row_alive(row: Backup, host: str) -> bool:
    """Is the process owning a pending/running row still there? (fresh heartbeat for other hosts)"""
    if row.hostname == host:
        return process_alive(row.pid, created_at=row.created_at)
    beat = row.heartbeat_at or row.created_at
    return utcnow() - beat < HEARTBEAT_STALE


def refuse_if_running(session: Session, cfg: Configuration, *, close_dead: bool = True) -> None:
    """Raises when a live run of `cfg` exists; closes rows whose process died (crash leftovers)."""
    host = this_host()
    # By status alone (few rows), the configuration checked here: given both, SQLite's statistics pick the
    # configuration's index and read every row of its history (0.16 s at a million rows, before every run).
    active = [row for status in ACTIVE_STATUSES
              for row in session.scalars(select(Backup).where(Backup.status == status))
              if row.configuration_id == cfg.id]
    for row in active:
        if row_alive(row, host):
            raise UserInputError(
                Text("A backup of “{0}” is already {1} (backup {2}).", cfg.name, row.status, row.id),
                Text("Wait for it to finish or cancel it, then start again."),
            )
        if close_dead:
            row.status = BackupStatus.FAILED
            row.error_message = INTERRUPTED_MESSAGE
            row.completed_at = utcnow()


class Heartbeat:
    """Updates backups.heartbeat_at every few seconds while the job runs (a daemon thread)."""

    def __init__(self, catalog: Catalog, backup_id: int, interval_s: float = HEARTBEAT_INTERVAL_S) -> None:
        self._catalog = catalog
        self._backup_id = backup_id
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=f"heartbeat-{backup_id}", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=self._interval + 5)

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                with self._catalog.write() as session:
                    session.execute(update(Backup).where(Backup.id == self._backup_id,
                                                         Backup.status == BackupStatus.RUNNING)
                                    .values(heartbeat_at=utcnow()))
            except Exception as exc:  # a busy catalog must not kill the backup; the next beat retries
                operations_logger().warning("heartbeat of backup %s failed: %s", self._backup_id, exc)


def apply_retention(catalog: Catalog, config_id: int, keep_id: int) -> int:
    """After a success: retention of `config_id` (never the newest good archives, nothing after a
    suspicious backup); see services.retention. Returns how many backups went."""
    from backup_desk.services.retention import after_backup

    return after_backup(catalog, config_id, keep_id)
