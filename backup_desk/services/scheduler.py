"""Automatic runs by frequency, with catch-up: whatever is due now runs once (missed periods while the
machine slept collapse into one run). Meant for a periodic caller (`backup-desk run-due` from an OS timer,
or the window's timer).

Scheduled runs fail closed: no passphrase in the keyring or BACKUP_DESK_PASSPHRASE means a `failed` row
saying a passphrase is needed (visible on the dashboard), never an unencrypted archive. After a failed
attempt the configuration waits RETRY_AFTER before the next try, so a broken source does not flood the
history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from backup_desk.catalog.models import Backup, Configuration, utcnow
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.errors import BackupDeskError, UserInputError
from backup_desk.ops.logs import operations_logger
from backup_desk.services.configs import list_configs
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.procinfo import this_host
from backup_desk.services.models import ConfigView
from backup_desk.services.schedule import is_due

RETRY_AFTER = timedelta(hours=1)


@dataclass(frozen=True)
class DueRun:
    configuration_id: int
    configuration_name: str
    backup_id: int | None  # None when skipped
    status: str  # "completed" | "failed" | "skipped"
    message: str


def due_configs(ctx: AppContext, now: datetime | None = None) -> list[ConfigView]:
    """Active, scheduled configurations whose next run time has come (and not failed in the last hour)."""
    now = now or utcnow()
    due = []
    for cfg in list_configs(ctx):
        if not is_due(cfg.next_run_at, now):
            continue
        recent_failure = (cfg.last_status == "failed" and cfg.last_backup_at is not None
                          and now - cfg.last_backup_at < RETRY_AFTER)
        if cfg.last_status in ("pending", "running") or recent_failure:
            continue
        due.append(cfg)
    return due


def _failed_row(ctx: AppContext, config_id: int, message: str) -> int:
    """A `failed` history row for a run that could not even start (so the failure is visible)."""
    with ctx.catalog.write() as session:
        cfg = session.get(Configuration, config_id)
        assert cfg is not None
        now = utcnow()
        row = Backup(backup_name=f"{cfg.name} (scheduled) {now.astimezone():%Y-%m-%d %H:%M}",
                     backup_type=cfg.backup_type, status="failed", configuration_id=cfg.id, created_at=now,
                     completed_at=now, error_message=message, hostname=this_host())
        session.add(row)
        session.flush()
        return row.id


def run_due(ctx: AppContext, now: datetime | None = None, progress: ProgressSink | None = None,
            cancel: CancelToken | None = None) -> list[DueRun]:
    """Runs every due configuration, one after the other; returns what happened to each."""
    from backup_desk.services.runs import execute_run, prepare_run

    log = operations_logger()
    results: list[DueRun] = []
    for cfg in due_configs(ctx, now):
        if cancel is not None and cancel.cancelled:
            break
        try:
            run = prepare_run(ctx, cfg.id)  # passphrase: keyring or BACKUP_DESK_PASSPHRASE only
        except UserInputError as exc:  # already running elsewhere, or the configuration vanished
            results.append(DueRun(cfg.id, cfg.name, None, "skipped", exc.message))
            continue
        except BackupDeskError as exc:  # passphrase needed / wrong: fail closed and visibly
            message = f"Scheduled backup not started: {exc}"
            backup_id = _failed_row(ctx, cfg.id, message)
            log.warning("scheduled backup of configuration %s not started: %s", cfg.id, exc.message)
            results.append(DueRun(cfg.id, cfg.name, backup_id, "failed", message))
            continue
        view = execute_run(ctx, run, progress, cancel)
        results.append(DueRun(cfg.id, cfg.name, view.id, view.status, view.error_message or "Completed."))
    return results
