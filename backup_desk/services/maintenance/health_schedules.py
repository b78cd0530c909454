"""`check-backup-system`'s schedule check: failed and overdue configurations, and whether anything runs
the schedules while the window is closed."""

from __future__ import annotations

from backup_desk.services.attention import attention
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.health_model import HealthCheck
from backup_desk.vocabulary import BackupStatus


def check_schedules(ctx: AppContext) -> HealthCheck:
    from backup_desk.services.app_settings import schedules_paused

    found = attention(ctx)
    details = tuple(
        f"{a.configuration_name}: {'last run failed' if a.kind == BackupStatus.FAILED else 'overdue'}"
        + (f" since {a.since.astimezone():%Y-%m-%d %H:%M}" if a.since else "") for a in found)
    paused = schedules_paused(ctx)
    if found:
        return HealthCheck("schedules", "warning", f"{len(found)} configuration(s) failed or overdue.",
                           details, hint="See `backup-desk list --configs`; run one with `backup-desk backup "
                                         "NAME`. Scheduled runs need `backup-desk scheduler install` (or the "
                                         "window open).", count=len(found))
    if paused:
        return HealthCheck("schedules", "warning", "Scheduled backups are paused.",
                           hint="Resume them from the tray menu or the settings.")
    return HealthCheck("schedules", "ok", "No configuration failed or overdue.")
