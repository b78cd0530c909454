"""Retention that cannot delete the last good archives.

Per configuration, an archive goes when it is older than the configuration's retention days, unless it
is one of the newest `keep_last` good archives (completed, not failed by a verification, file present,
not suspicious) or kept by the optional grandfather-father-son policy (the newest good archive of each
of the last N days / weeks / months). A *suspicious* backup — completed with 0 rows and 0 files where
the previous good one held some (an unmounted folder, an emptied database) — never counts as good and
never triggers pruning: it is flagged with a warning instead, and the older archives stay.

Archives without a configuration (quick backups, configurations deleted since) follow their own rule
(app_settings.OrphanRule). `plan_prune` says exactly what `apply_prune` deletes; every deletion is one
audit event naming the archive and the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from backup_desk.catalog.db import Catalog
from backup_desk.catalog.models import AppSetting, Backup, Configuration, Schedule, utcnow
from backup_desk.ops import audit
from backup_desk.ops.logs import operations_logger
from backup_desk.services.history import remove_archive_file
from backup_desk.services.schedule import local_zone
from backup_desk.vocabulary import FINISHED_STATUSES, BackupStatus

SUSPICIOUS_WARNING = ("Suspicious backup: it holds 0 rows and 0 files where the previous one held {prev}. "
                      "Retention skipped; check that the source is mounted and not empty.")


@dataclass(frozen=True)
class PruneItem:
    backup_id: int
    backup_name: str
    configuration_id: int | None
    configuration_name: str | None
    created_at: datetime
    file_path: str
    file_size: int | None
    reason: str


@dataclass(frozen=True)
class PrunePlan:
    items: tuple[PruneItem, ...]
    kept: tuple[int, ...]  # ids protected by the minimum or by GFS although past retention
    warnings: tuple[str, ...]  # e.g. pruning skipped after a suspicious backup

    @property
    def bytes(self) -> int:
        return sum(i.file_size or 0 for i in self.items)


@dataclass(frozen=True)
class Policy:
    retention_days: int  # 0 = forever
    keep_last: int
    gfs_daily: int = 0
    gfs_weekly: int = 0
    gfs_monthly: int = 0


def _content(row: Backup) -> int:
    return (row.records_count or 0) + (row.files_count or 0)


def suspicious_ids(rows_oldest_first: Iterable[Backup]) -> dict[int, int]:
    """Completed rows holding nothing where the previous non-suspicious one held something:
    id -> what the previous one held (rows + files)."""
    found: dict[int, int] = {}
    previous = 0
    for row in rows_oldest_first:
        if row.status != BackupStatus.COMPLETED:
            continue
        held = _content(row)
        if held == 0 and previous > 0:
            found[row.id] = previous
        else:
            previous = held
    return found


def _good(row: Backup, suspicious: dict[int, int]) -> bool:
    return (row.status == BackupStatus.COMPLETED and row.verify_ok is not False and row.id not in suspicious
            and bool(row.file_path) and Path(row.file_path).is_file())


def _gfs_kept(good_newest_first: list[Backup], policy: Policy, tz: tzinfo) -> set[int]:
    kept: set[int] = set()
    for count, key in ((policy.gfs_daily, lambda d: d.date()),
                       (policy.gfs_weekly, lambda d: tuple(d.isocalendar())[:2]),
                       (policy.gfs_monthly, lambda d: (d.year, d.month))):
        if count <= 0:
            continue
        seen: set[object] = set()
        for row in good_newest_first:
            bucket = key(row.created_at.astimezone(tz))
            if bucket in seen:
                continue
            seen.add(bucket)
            kept.add(row.id)
            if len(seen) >= count:
                break
    return kept


def _plan_rows(rows_newest_first: list[Backup], policy: Policy, now: datetime, tz: tzinfo, *,
               config_name: str | None, label: str) -> tuple[list[PruneItem], list[int], list[str]]:
    rows = [r for r in rows_newest_first if r.status in FINISHED_STATUSES]
    suspicious = suspicious_ids(reversed(rows))
    newest_completed = next((r for r in rows if r.status == BackupStatus.COMPLETED), None)
    if newest_completed is not None and newest_completed.id in suspicious:
        return [], [], [f"{label}: nothing pruned, the newest backup “{newest_completed.backup_name}” is "
                         f"suspicious (0 rows, 0 files)."]
    if policy.retention_days <= 0:
        return [], [], []
    good = [r for r in rows if _good(r, suspicious)]
    protected = {r.id for r in good[:max(policy.keep_last, 0)]}
    gfs = _gfs_kept(good, policy, tz)
    cutoff = now - timedelta(days=policy.retention_days)
    items: list[PruneItem] = []
    kept: list[int] = []
    for r in rows:
        if r.created_at >= cutoff:
            continue
        if r.id in protected or r.id in gfs:
            kept.append(r.id)
            continue
        failed = " (failed run)" if r.status == BackupStatus.FAILED else ""
        why = (f"older than {policy.retention_days} days" + failed
               + (" (suspicious: empty)" if r.id in suspicious else ""))
        items.append(PruneItem(r.id, r.backup_name, r.configuration_id, config_name, r.created_at,
                               r.file_path or "", r.file_size, why))
    return items, kept, []


def _policy(cfg: Configuration, sched: Schedule | None) -> Policy:
    if sched is None:
        return Policy(cfg.retention_days, 3)
    return Policy(cfg.retention_days, sched.keep_last, sched.gfs_daily, sched.gfs_weekly, sched.gfs_monthly)


def _orphan_policy(session: Session) -> Policy:
    from backup_desk.services.app_settings import ORPHANS_KEY, OrphanRule, _from_dict

    row = session.get(AppSetting, ORPHANS_KEY)
    rule = _from_dict(OrphanRule, row.value if row else None)
    return Policy(rule.retention_days, rule.keep_last)


def _rows(session: Session, config_id: int | None) -> list[Backup]:
    where = Backup.configuration_id.is_(None) if config_id is None else Backup.configuration_id == config_id
    return list(session.scalars(select(Backup).where(where).order_by(Backup.created_at.desc(),
                                                                     Backup.id.desc())))


def plan_session(session: Session, config_id: int | None = None, *, all_configs: bool = False,
                 now: datetime | None = None, tz: tzinfo | None = None) -> PrunePlan:
    now = now or utcnow()
    tz = tz or local_zone()
    items: list[PruneItem] = []
    kept: list[int] = []
    warnings: list[str] = []
    configs = (list(session.scalars(select(Configuration).order_by(Configuration.id))) if all_configs
               else [c for c in [session.get(Configuration, config_id)] if c is not None])
    for cfg in configs:
        i, k, w = _plan_rows(_rows(session, cfg.id), _policy(cfg, session.get(Schedule, cfg.id)), now, tz,
                             config_name=cfg.name, label=f"“{cfg.name}”")
        items += i
        kept += k
        warnings += w
    if all_configs:
        i, k, w = _plan_rows(_rows(session, None), _orphan_policy(session), now, tz, config_name=None,
                             label="Quick backups and deleted configurations")
        items += i
        kept += k
        warnings += w
    return PrunePlan(tuple(items), tuple(kept), tuple(warnings))


def plan_prune(catalog: Catalog, config_id: int | None = None, *, now: datetime | None = None,
               tz: tzinfo | None = None) -> PrunePlan:
    """What pruning would delete: one configuration's archives, or (config_id None) every
    configuration's and the archives without one."""
    with catalog.read() as session:
        return plan_session(session, config_id, all_configs=config_id is None, now=now, tz=tz)


def apply_prune(catalog: Catalog, config_id: int | None = None, *, now: datetime | None = None,
                tz: tzinfo | None = None, trigger: str = "prune") -> PrunePlan:
    """Deletes what plan_prune lists (planned again under the write lock); returns what went. A file that
    cannot be removed keeps its row (it still points at something)."""
    log = operations_logger()
    done: list[PruneItem] = []
    with catalog.write() as session:
        plan = plan_session(session, config_id, all_configs=config_id is None, now=now, tz=tz)
        for item in plan.items:
            row = session.get(Backup, item.backup_id)
            if row is None:
                continue
            try:
                removed = remove_archive_file(Path(row.file_path) if row.file_path else None)
            except OSError as exc:
                log.warning("retention: cannot remove %s: %s", row.file_path, exc)
                continue
            owner = f"“{item.configuration_name}”" if item.configuration_name else "no configuration"
            tail = f"; archive {row.file_path} removed." if removed else "."
            audit.record(session, action=audit.BACKUP_DELETE, target_type="backup", target_id=row.id,
                         summary=f"Retention ({trigger}) deleted backup “{row.backup_name}” of {owner}: "
                                 f"{item.reason}{tail}",
                         before={"backup_name": row.backup_name, "status": row.status,
                                 "file_path": row.file_path, "archive_id": row.archive_id,
                                 "created_at": row.created_at.isoformat()})
            session.delete(row)
            done.append(item)
    for warning in plan.warnings:
        log.warning("retention: %s", warning)
    return PrunePlan(tuple(done), plan.kept, plan.warnings)


def after_backup(catalog: Catalog, config_id: int, backup_id: int) -> int:
    """Called after a successful backup: flags it when suspicious (and then prunes nothing), else prunes
    the configuration's archives past retention. Returns how many went."""
    with catalog.write() as session:
        rows = [r for r in _rows(session, config_id) if r.status == BackupStatus.COMPLETED]
        flagged = suspicious_ids(reversed(rows))
        row = session.get(Backup, backup_id)
        if row is not None and backup_id in flagged:
            note = SUSPICIOUS_WARNING.format(prev=f"{flagged[backup_id]:,}")
            if note not in (row.warnings or []):
                row.warnings = [*list(row.warnings or ()), note]
            return 0
    return len(apply_prune(catalog, config_id, trigger="after backup").items)


def is_last_good(catalog: Catalog, backup_id: int) -> bool:
    """Is this the only good archive left of its configuration? (deleting it by hand asks twice)"""
    with catalog.read() as session:
        row = session.get(Backup, backup_id)
        if row is None or row.configuration_id is None:
            return False
        rows = _rows(session, row.configuration_id)
        suspicious = suspicious_ids(reversed(rows))
        good = [r.id for r in rows if _good(r, suspicious)]
        return good == [backup_id]


def preview(catalog: Catalog, config_id: int, policy: Policy, *, now: datetime | None = None,
            tz: tzinfo | None = None) -> PrunePlan:
    """What the configuration form's retention settings would delete now (nothing is deleted)."""
    with catalog.read() as session:
        cfg = session.get(Configuration, config_id)
        if cfg is None:
            return PrunePlan((), (), ())
        items, kept, warnings = _plan_rows(_rows(session, config_id), policy, now or utcnow(),
                                           tz or local_zone(), config_name=cfg.name, label=f"“{cfg.name}”")
        return PrunePlan(tuple(items), tuple(kept), tuple(warnings))
