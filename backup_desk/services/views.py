"""ORM rows -> the plain dataclasses of services.models (the GUI and CLI never see ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from backup_desk.catalog.models import Backup, Configuration, Schedule, utcnow
from backup_desk.engine.database.urls import redact_url
from backup_desk.messages import Text
from backup_desk.services.models import BackupView, ConfigView
from backup_desk.services.schedule import ScheduleSpec, parse_time, plan
from backup_desk.vocabulary import BackupStatus


@dataclass(frozen=True)
class LastRuns:
    last_backup_at: datetime | None = None
    last_success_at: datetime | None = None
    last_status: BackupStatus | None = None


def last_runs(session: Session, config_ids: list[int] | None = None) -> dict[int, LastRuns]:
    """Per configuration: newest backup (time, status) and newest success. Correlated LIMIT 1 lookups
    walk the (configuration_id, created_at) index backwards, so a million history rows cost nothing."""
    newest = (select(Backup.id).where(Backup.configuration_id == Configuration.id)
              .order_by(Backup.created_at.desc(), Backup.id.desc()).limit(1)
              .correlate(Configuration).scalar_subquery())
    # Left alone, SQLite's planner picks the status index and sorts 800,000 rows here (0.5 s); the unary
    # "+" makes the status test unindexable, so the configuration index is walked instead.
    success = (select(func.coalesce(Backup.completed_at, Backup.created_at))
               .where(Backup.configuration_id == Configuration.id, text("+backups.status = :completed")
                      .bindparams(completed=BackupStatus.COMPLETED.value))
               .order_by(Backup.created_at.desc(), Backup.id.desc()).limit(1)
               .correlate(Configuration).scalar_subquery())
    query = select(Configuration.id, newest, success)
    if config_ids is not None:
        query = query.where(Configuration.id.in_(config_ids))
    found = session.execute(query).all()
    newest_ids = [n for _cid, n, _s in found if n is not None]
    newest_rows = {i: (at, st) for i, at, st in session.execute(
        select(Backup.id, Backup.created_at, Backup.status).where(Backup.id.in_(newest_ids)))}
    result: dict[int, LastRuns] = {}
    for cid, newest_id, success_at in found:
        at, status = newest_rows.get(newest_id, (None, None))
        result[cid] = LastRuns(last_backup_at=_aware(at), last_success_at=_aware(success_at),
                               last_status=status)
    return result


def _aware(value: Any) -> datetime | None:
    # Aggregates bypass the UTCDateTime type: SQLite hands back text or naive datetimes.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return cast(datetime, Backup.created_at.type.process_result_value(value, None))


def mask_url(url: str | None, password_set: bool = False) -> str | None:
    """The URL for display: its password (kept in the keyring) shown as ***."""
    if url is None:
        return None
    if password_set:
        from backup_desk.engine.database.urls import with_password

        return redact_url(with_password(url, "***"))
    return redact_url(url)


def schedule_spec(cfg: Configuration, sched: Schedule | None) -> ScheduleSpec:
    if sched is None:
        return ScheduleSpec(cfg.frequency)
    try:
        at = parse_time(sched.time_of_day)
    except ValueError:
        at = parse_time("02:00")
    return ScheduleSpec(cfg.frequency, at, sched.weekday, sched.month_day)


def config_view(cfg: Configuration, last: LastRuns | None, default_dest: Path, has_passphrase: bool,
                now: datetime | None = None, sched: Schedule | None = None,
                tz: tzinfo | None = None) -> ConfigView:
    from backup_desk.services.schedule import local_zone

    last = last or LastRuns()
    now = now or utcnow()
    planning = plan(schedule_spec(cfg, sched), is_active=cfg.is_active, created_at=cfg.created_at,
                    last_slot_at=sched.last_slot_at if sched else None, last_success_at=last.last_success_at,
                    now=now, tz=tz or local_zone())
    s = sched or Schedule()
    return ConfigView(
        id=cfg.id, name=cfg.name, backup_type=cfg.backup_type, frequency=cfg.frequency,
        is_active=cfg.is_active, include_files=cfg.include_files, compression_enabled=cfg.compression_enabled,
        encryption_enabled=cfg.encryption_enabled, retention_days=cfg.retention_days,
        source_url=mask_url(cfg.source_url, cfg.source_password_set), folders=tuple(cfg.folders or ()),
        destination=str(Path(cfg.destination).expanduser() if cfg.destination else default_dest),
        compression_algorithm=cast(Any, cfg.compression_algorithm),
        created_at=cfg.created_at, updated_at=cfg.updated_at,
        last_backup_at=last.last_backup_at, last_success_at=last.last_success_at,
        last_status=last.last_status, next_run_at=planning.next_run_at,
        overdue=planning.overdue, has_passphrase=has_passphrase,
        time_of_day=s.time_of_day or "02:00", weekday=s.weekday if s.weekday is not None else 0,
        month_day=s.month_day or 1, keep_last=s.keep_last if s.keep_last is not None else 3,
        gfs_daily=s.gfs_daily or 0, gfs_weekly=s.gfs_weekly or 0, gfs_monthly=s.gfs_monthly or 0,
        due=planning.due, missed_runs=len(planning.missed), overdue_since=planning.overdue_since,
        passphrase_store=(cfg.passphrase_store or "") if cfg.encryption_enabled else "",
    )


def config_snapshot(cfg: Configuration) -> dict[str, Any]:
    """The configuration without secrets (audit rows, archive manifests, exports)."""
    return {
        "id": cfg.id, "name": cfg.name, "backup_type": cfg.backup_type, "frequency": cfg.frequency,
        "is_active": cfg.is_active, "include_files": cfg.include_files,
        "compression_enabled": cfg.compression_enabled, "encryption_enabled": cfg.encryption_enabled,
        "retention_days": cfg.retention_days, "source_url": mask_url(cfg.source_url, cfg.source_password_set),
        "folders": list(cfg.folders or ()), "destination": cfg.destination,
        "compression_algorithm": cfg.compression_algorithm,
    }


def schedule_snapshot(sched: Schedule | None) -> dict[str, Any]:
    s = sched or Schedule()
    return {"time_of_day": s.time_of_day or "02:00", "weekday": s.weekday or 0, "month_day": s.month_day or 1,
            "keep_last": 3 if s.keep_last is None else s.keep_last, "gfs_daily": s.gfs_daily or 0,
            "gfs_weekly": s.gfs_weekly or 0, "gfs_monthly": s.gfs_monthly or 0}


def backup_view(row: Backup, configuration_name: str | None, file_exists: bool | None = None) -> BackupView:
    return BackupView(
        id=row.id, backup_name=row.backup_name, backup_type=row.backup_type,
        status=row.status, configuration_id=row.configuration_id,
        configuration_name=configuration_name, file_size=row.file_size, file_path=row.file_path or "",
        duration_seconds=row.duration_seconds, started_at=row.started_at, completed_at=row.completed_at,
        tables_count=row.tables_count, records_count=row.records_count, files_count=row.files_count,
        error_message=row.error_message or "", created_at=row.created_at, warnings=tuple(row.warnings or ()),
        archive_sha256=row.archive_sha256, archive_id=row.archive_id, encrypted=row.encrypted,
        compression=row.compression, source_summary=row.source_summary or "", verified_at=row.verified_at,
        verify_ok=row.verify_ok, verify_message=row.verify_message or "", file_exists=file_exists,
        error_text=Text.from_json(row.error_text),
    )
