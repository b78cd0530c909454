"""Automatic runs: whatever is due now runs once, claimed so no two processes run the same job.

Callers: `backup-desk run-due` (from an OS timer, safe to call every few minutes) and the window's in-app
timer. Each due configuration's slot is claimed with one conditional UPDATE inside the catalog's
`BEGIN IMMEDIATE` transaction (`last_slot_at < slot`), so of two processes ticking at once exactly one
gets it; the other moves on. Slots missed while the machine slept collapse into one catch-up run, which
says in its warnings (and in the audit trail) which planned runs it covers. While schedules are paused,
each due slot is claimed and recorded as skipped, once.

Scheduled runs fail closed: no passphrase in the keyring or BACKUP_DESK_PASSPHRASE means a `failed` row
saying a passphrase is needed (visible on the dashboard, notified), never an unencrypted archive.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Literal

from sqlalchemy import or_, update

from backup_desk.catalog.models import Backup, Configuration, Schedule, utcnow
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.errors import BackupDeskError, UserInputError
from backup_desk.ops import audit
from backup_desk.ops.logs import operations_logger
from backup_desk.services.configs import list_configs
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.procinfo import this_host
from backup_desk.services.models import ConfigView
from backup_desk.services.schedule import Clock, SystemClock, slots_between
from backup_desk.services.views import schedule_spec
from backup_desk.vocabulary import ACTIVE_STATUSES, BackupStatus

SCHEDULE_SKIP = "schedule.skip"
SCHEDULE_CATCH_UP = "schedule.catch_up"


@dataclass(frozen=True)
class DueRun:
    configuration_id: int
    configuration_name: str
    backup_id: int | None  # None when skipped
    status: BackupStatus | Literal["skipped"]  # skipped: not run (schedules paused, already running)
    message: str
    slot_at: datetime | None = None  # the planned time this run stands for
    caught_up: int = 0  # earlier planned runs this one covers


def due_configs(ctx: AppContext, now: datetime | None = None, tz: tzinfo | None = None) -> list[ConfigView]:
    """Active scheduled configurations with a planned time passed and not yet claimed, and no run of
    theirs in progress."""
    views = list_configs(ctx, now=now, tz=tz)
    return [c for c in views if c.due and c.last_status not in ACTIVE_STATUSES]


def claim_slot(ctx: AppContext, config_id: int, slot: datetime, who: str) -> bool:
    """True for exactly one caller per (configuration, slot), across processes."""
    with ctx.catalog.write() as session:
        if session.get(Schedule, config_id) is None:
            if session.get(Configuration, config_id) is None:
                return False
            session.add(Schedule(configuration_id=config_id))
            session.flush()
        result = session.execute(
            update(Schedule)
            .where(Schedule.configuration_id == config_id,
                   or_(Schedule.last_slot_at.is_(None), Schedule.last_slot_at < slot))
            .values(last_slot_at=slot, claimed_at=utcnow(), claimed_by=who))
        return bool(result.rowcount)  # type: ignore[attr-defined]  # an UPDATE's Result is a CursorResult


def _record(ctx: AppContext, action: str, cfg: ConfigView, summary: str) -> None:
    with ctx.catalog.write() as session:
        audit.record(session, action=action, target_type="configuration", target_id=cfg.id, summary=summary)


def _failed_row(ctx: AppContext, config_id: int, message: str) -> int:
    """A `failed` history row for a run that could not even start (so the failure is visible)."""
    with ctx.catalog.write() as session:
        cfg = session.get(Configuration, config_id)
        assert cfg is not None
        now = utcnow()
        row = Backup(backup_name=f"{cfg.name} (scheduled) {now.astimezone():%Y-%m-%d %H:%M}",
                     backup_type=cfg.backup_type, status=BackupStatus.FAILED, configuration_id=cfg.id,
                     created_at=now, completed_at=now, error_message=message, hostname=this_host())
        session.add(row)
        session.flush()
        return row.id


def _note_catch_up(ctx: AppContext, backup_id: int, note: str) -> None:
    with ctx.catalog.write() as session:
        row = session.get(Backup, backup_id)
        if row is not None:
            row.warnings = [*list(row.warnings or ()), note]


def _fmt(slots: list[datetime], tz: tzinfo) -> str:
    shown = ", ".join(f"{s.astimezone(tz):%Y-%m-%d %H:%M}" for s in slots[:5])
    return shown + (f" and {len(slots) - 5} more" if len(slots) > 5 else "")


def missed_slots(ctx: AppContext, cfg: ConfigView, clock: Clock) -> list[datetime]:
    """The planned runs before the current one that passed unrun (what a catch-up run covers)."""
    with ctx.catalog.read() as session:
        row = session.get(Configuration, cfg.id)
        sched = session.get(Schedule, cfg.id)
        if row is None:
            return []
        spec = schedule_spec(row, sched)
    start = max(t for t in (cfg.created_at, sched.last_slot_at if sched else None, cfg.last_success_at)
                if t is not None)
    slots = slots_between(spec, start, clock.now(), clock.tz)
    return slots[:-1]


def run_due(ctx: AppContext, now: datetime | None = None, progress: ProgressSink | None = None,
            cancel: CancelToken | None = None, *, clock: Clock | None = None, who: str = "run-due",
            notify: bool = True) -> list[DueRun]:
    """Runs every due configuration once, one after the other; returns what happened to each, then
    sends the notifications the settings ask for (failures, overdue configurations, successes)."""
    from backup_desk.services.app_settings import schedules_paused
    from backup_desk.services.runs import execute_run, prepare_run

    clock = clock or SystemClock()
    now = now or clock.now()
    log = operations_logger()
    owner = f"{who} pid {os.getpid()} on {this_host()}"
    paused = schedules_paused(ctx)
    results: list[DueRun] = []
    for cfg in due_configs(ctx, now, clock.tz):
        if cancel is not None and cancel.cancelled:
            break
        assert cfg.next_run_at is not None
        slot = cfg.next_run_at
        missed = missed_slots(ctx, cfg, _At(now, clock.tz))
        if not claim_slot(ctx, cfg.id, slot, owner):
            continue  # another process (run-due or the window) has this one
        planned = f"{slot.astimezone(clock.tz):%Y-%m-%d %H:%M}"
        if paused:
            message = f"Scheduled run of {planned} skipped: schedules are paused."
            _record(ctx, SCHEDULE_SKIP, cfg, f"“{cfg.name}”: {message}")
            results.append(DueRun(cfg.id, cfg.name, None, "skipped", message, slot, len(missed)))
            continue
        note = ""
        if missed:
            note = (f"Catch-up run: {len(missed)} planned run(s) passed while the machine was off or asleep "
                    f"({_fmt(missed, clock.tz)}); this one run covers them.")
            _record(ctx, SCHEDULE_CATCH_UP, cfg, f"“{cfg.name}”: {note}")
        try:
            run = prepare_run(ctx, cfg.id)  # passphrase: keyring or BACKUP_DESK_PASSPHRASE only
        except UserInputError as exc:  # already running elsewhere, or the configuration vanished
            _record(ctx, SCHEDULE_SKIP, cfg,
                    f"“{cfg.name}”: scheduled run of {planned} skipped: {exc.message}")
            results.append(DueRun(cfg.id, cfg.name, None, "skipped", exc.message, slot, len(missed)))
            continue
        except BackupDeskError as exc:  # passphrase needed / wrong: fail closed and visibly
            message = f"Scheduled backup not started: {exc}"
            backup_id = _failed_row(ctx, cfg.id, message)
            log.warning("scheduled backup of configuration %s not started: %s", cfg.id, exc.message)
            results.append(DueRun(cfg.id, cfg.name, backup_id, BackupStatus.FAILED, message, slot,
                                  len(missed)))
            continue
        view = execute_run(ctx, run, progress, cancel)
        if note:
            _note_catch_up(ctx, view.id, note)
        results.append(DueRun(cfg.id, cfg.name, view.id, view.status, view.error_message or "Completed.",
                              slot, len(missed)))
    # retention also covers quick backups and deleted configurations' archives
    if any(r.status == BackupStatus.COMPLETED for r in results):
        from backup_desk.services.retention import apply_prune

        try:
            apply_prune(ctx.catalog, trigger="scheduled runs")
        except Exception:
            log.exception("retention after scheduled runs failed")
    if notify:
        from backup_desk.services.notify.dispatch import after_runs

        try:
            after_runs(ctx, results, now=now, tz=clock.tz)
        except Exception:  # a broken notifier must not hide the runs' own outcome
            log.exception("notifications after run-due failed")
    return results


@dataclass
class _At:
    """A clock frozen at the tick's time (so one tick sees one `now`)."""

    at: datetime
    zone: tzinfo

    @property
    def tz(self) -> tzinfo:
        return self.zone

    def now(self) -> datetime:
        return self.at
