"""History rows stuck in `pending` / `running`: found, explained, closed as `failed` (shared by start-up
recovery and `cleanup-stuck-operations`).

A row is stuck when its process is dead on this host (crash, SIGKILL, power loss), when its heartbeat is
stale, or when it is older than the limit and its owner cannot be checked (another host, no pid). A row
whose process still looks alive on this host is only closed with `force`. Closing removes the row's
temporary file (temp_path, always a `.bdtmp` name) so no half-written archive stays behind, and adopts a
finished archive the row named before its rename (verified first: see adopt.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select

from backup_desk.catalog.models import Backup, utcnow
from backup_desk.errors import UserInputError
from backup_desk.messages import Text
from backup_desk.ops import audit
from backup_desk.ops.logs import operations_logger
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.procinfo import process_alive, this_host
from backup_desk.services.maintenance.tempfiles import remove_temp_path
from backup_desk.vocabulary import ACTIVE_STATUSES, BackupStatus

INTERRUPTED = Text("Interrupted: the process stopped before the backup finished.")  # the window translates it
INTERRUPTED_MESSAGE = str(INTERRUPTED)
HEARTBEAT_STALE = timedelta(minutes=15)
DEFAULT_HOURS = 6.0

Reason = Literal["process-dead", "heartbeat-stale", "too-old", "forced"]


@dataclass(frozen=True)
class StuckRow:
    backup_id: int
    backup_name: str
    status: BackupStatus
    reason: Reason
    message: str  # the error_message the row gets
    pid: int | None
    hostname: str | None
    age_hours: float
    temp_path: str | None


@dataclass(frozen=True)
class SkippedRow:
    backup_id: int
    backup_name: str
    why: str


@dataclass(frozen=True)
class StuckReport:
    dry_run: bool
    closed: tuple[StuckRow, ...]  # with dry_run: the rows that would be closed
    skipped: tuple[SkippedRow, ...]
    temp_files_removed: tuple[str, ...]
    problems: tuple[str, ...]
    adopted: tuple[int, ...] = ()  # closed as completed: their archive was there and verified


def find_stuck(ctx: AppContext, *, hours: float = DEFAULT_HOURS, force: bool = False, dead_only: bool = False,
               now: datetime | None = None) -> tuple[list[StuckRow], list[SkippedRow]]:
    """Classifies every pending/running row. `dead_only` (start-up recovery) keeps only dead processes."""
    now = now or utcnow()
    host = this_host()
    stuck: list[StuckRow] = []
    skipped: list[SkippedRow] = []
    with ctx.catalog.read() as session:
        # One equality per status, sorted here: with `IN (...)` or `ORDER BY id` SQLite's statistics make it
        # scan the whole history rather than use the status index (0.15 s at a million rows, before each run).
        rows = [row for status in ACTIVE_STATUSES
                for row in session.scalars(select(Backup).where(Backup.status == status))]
        for row in sorted(rows, key=lambda r: r.id):
            verdict = _classify(row, host, now, hours, force)
            if isinstance(verdict, str):
                skipped.append(SkippedRow(row.id, row.backup_name, verdict))
                continue
            reason, message = verdict
            if dead_only and reason != "process-dead":
                skipped.append(SkippedRow(row.id, row.backup_name, "left to cleanup-stuck-operations"))
                continue
            started = row.started_at or row.created_at
            stuck.append(StuckRow(row.id, row.backup_name, row.status, reason, message, row.pid, row.hostname,
                                  round((now - started).total_seconds() / 3600, 2), row.temp_path))
    return stuck, skipped


def _classify(row: Backup, host: str, now: datetime, hours: float,
              force: bool) -> tuple[Reason, str] | str:
    local = row.pid is not None and row.hostname in (None, host)
    started = row.started_at or row.created_at
    too_old = now - started >= timedelta(hours=hours)
    stale = row.heartbeat_at is not None and now - row.heartbeat_at > HEARTBEAT_STALE
    if local and not process_alive(row.pid, created_at=row.created_at):
        return "process-dead", INTERRUPTED_MESSAGE
    if local:
        if force and (too_old or stale):
            return "forced", "Closed by cleanup-stuck-operations --force; its process still looked alive."
        return f"its process (pid {row.pid}) is still running"
    if stale:
        assert row.heartbeat_at is not None
        idle = (now - row.heartbeat_at).total_seconds() / 60
        return "heartbeat-stale", f"Interrupted: no sign of life for {idle:.0f} minutes."
    if too_old:
        where = f"on {row.hostname}" if row.hostname and row.hostname != host else "by an unknown process"
        return "too-old", f"Interrupted: started {where} more than {hours:g} hours ago and never finished."
    return "recent and its process cannot be checked from here"


def close_stuck(ctx: AppContext, rows: list[StuckRow], *, dry_run: bool = False,
                source: str = "cleanup-stuck-operations") -> tuple[list[str], list[str], list[int]]:
    """Closes each row (if still pending/running): `completed` when the archive it named before the rename
    is there and verifies (adopted), else `failed` with the reason; removes its temporary file.
    Returns (temporary files removed, problems, ids of the rows adopted as completed)."""
    from backup_desk.services.maintenance.adopt import RECOVERED_NOTE, adopt_archive, find_finished_archive

    removed: list[str] = []
    problems: list[str] = []
    adopted: list[int] = []
    if dry_run:
        return removed, problems, adopted
    log = operations_logger()
    for stuck in rows:
        found = find_finished_archive(ctx, stuck.backup_id)
        adoption = adopt_archive(ctx, stuck.backup_id, found) if found is not None else None
        with ctx.catalog.write(durable=True) as session:
            row = session.get(Backup, stuck.backup_id)
            if row is None or row.status not in ACTIVE_STATUSES:
                continue  # finished or deleted in the meantime
            now = utcnow()
            row.completed_at = now
            if row.started_at is not None:
                row.duration_seconds = round((now - row.started_at).total_seconds(), 3)
            if adoption is not None and adoption.ok:
                row.status = BackupStatus.COMPLETED
                for column, value in adoption.values.items():
                    setattr(row, column, value)
                adopted.append(row.id)
            else:
                row.status = BackupStatus.FAILED
                row.error_message = adoption.message if adoption is not None else stuck.message
                if found is None:
                    row.file_path = ""  # named before the rename, never written: no archive to point at
            temp = row.temp_path
            if temp:
                try:
                    if remove_temp_path(temp):
                        removed.append(temp)
                    row.temp_path = None
                except OSError as exc:
                    problems.append(f"Could not remove {temp}: {exc.strerror or exc}.")
            what = "adopted its verified archive" if row.status == BackupStatus.COMPLETED else "marked failed"
            audit.record(session, action="backup.interrupted", target_type="backup", target_id=row.id,
                         summary=f"{source}: {row.backup_name!r} {what} ({stuck.reason}).",
                         before={"status": stuck.status}, after={"status": row.status})
        if adoption is not None and adoption.ok:
            log.warning("%s: backup #%s %r completed from its archive (%s)", source, stuck.backup_id,
                        stuck.backup_name, RECOVERED_NOTE)
        else:
            log.warning("%s: backup #%s %r marked failed (%s)", source, stuck.backup_id, stuck.backup_name,
                        stuck.reason)
    return removed, problems, adopted


def cleanup_stuck_operations(ctx: AppContext, *, hours: float = DEFAULT_HOURS, force: bool = False,
                             dry_run: bool = False) -> StuckReport:
    """`backup-desk cleanup-stuck-operations [--hours] [--force] [--dry-run]`."""
    if not 0 <= hours <= 24 * 365:
        raise UserInputError(Text("--hours must be between 0 and 8760 (got {0:g}).", hours),
                             Text("Give the age, in hours, after which an unchecked operation counts as "
                                  "stuck."))
    stuck, skipped = find_stuck(ctx, hours=hours, force=force)
    removed, problems, adopted = close_stuck(ctx, stuck, dry_run=dry_run)
    return StuckReport(dry_run, tuple(stuck), tuple(skipped), tuple(removed), tuple(problems), tuple(adopted))
