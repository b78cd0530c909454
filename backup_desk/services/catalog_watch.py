"""A cheap fingerprint of the catalog, so the window notices changes made by other processes (run-due
from the OS timer, the CLI) without reloading everything every few seconds.

Every query below walks an index or the end of a rowid b-tree: constant time at a million rows. New
backup rows move max(backups.id), a run starting or ending moves the count of pending/running rows,
deletions, verifications and configuration changes each write an audit event, and a claimed schedule
slot moves max(schedules.claimed_at)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from backup_desk.services.context import AppContext
from backup_desk.vocabulary import BackupStatus

SIGNATURE_SQL = text(
    "SELECT (SELECT max(id) FROM backups),"
    " (SELECT count(*) FROM backups WHERE status IN (:pending, :running)),"
    " (SELECT max(id) FROM audit_events),"
    " (SELECT count(*) FROM configurations),"
    " (SELECT max(claimed_at) FROM schedules)"
).bindparams(pending=BackupStatus.PENDING.value, running=BackupStatus.RUNNING.value)


def catalog_signature(ctx: AppContext) -> tuple[Any, ...]:
    with ctx.catalog.read() as session:
        row = session.execute(SIGNATURE_SQL).one()
    return tuple(row)
