"""The stats widget's metrics, computed in SQL (shared by the Dashboard and `backup-desk stats`).

Two aggregate queries: one row of totals (with the two 7-day windows) and one row per backup type.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import case, func, select

from backup_desk.catalog.models import BACKUP_TYPES, Backup, utcnow
from backup_desk.services.context import AppContext
from backup_desk.services.models import Stats, TypeCount


def _count_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def compute_stats(ctx: AppContext, now: datetime | None = None) -> Stats:
    now = now or utcnow()
    week_ago, two_weeks_ago = now - timedelta(days=7), now - timedelta(days=14)
    completed = Backup.status == "completed"
    totals = select(
        func.count(),
        _count_if(completed),
        _count_if(Backup.status == "failed"),
        _count_if(Backup.status.in_(("running", "pending"))),
        func.coalesce(func.sum(case((completed, Backup.file_size), else_=0)), 0),
        func.avg(case((completed, Backup.duration_seconds), else_=None)),
        _count_if((Backup.created_at > week_ago) & (Backup.created_at <= now)),
        _count_if((Backup.created_at > two_weeks_ago) & (Backup.created_at <= week_ago)),
    )
    by_type = select(Backup.backup_type, func.count()).group_by(Backup.backup_type)
    with ctx.catalog.read() as session:
        row = session.execute(totals).one()
        type_rows = session.execute(by_type).all()
    total, done, failed, running, size, mean, last7, prev7 = (cast(Any, v) for v in row)
    finished = int(done) + int(failed)
    counts = {t: 0 for t in BACKUP_TYPES}
    for backup_type, count in type_rows:
        counts[backup_type] = int(count)
    return Stats(
        total=int(total), completed=int(done), failed=int(failed), running=int(running),
        success_rate=(int(done) * 100.0 / finished) if finished else None,
        total_size=int(size), mean_duration_seconds=None if mean is None else float(mean),
        last_7_days=int(last7), previous_7_days=int(prev7),
        trend_percent=((int(last7) - int(prev7)) * 100.0 / int(prev7)) if prev7 else None,
        by_type=tuple(TypeCount(cast(Any, t), c) for t, c in counts.items()),
    )
