"""Everything the Dashboard shows, gathered in one query off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from backup_desk.services import configs, history, stats
from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView, ConfigView, HistoryFilter, Stats
from backup_desk.vocabulary import BackupStatus

RECENT = 5


@dataclass(frozen=True)
class DashboardData:
    stats: Stats
    configs: tuple[ConfigView, ...]
    recent: tuple[BackupView, ...]
    failed_total: int

    @property
    def attention(self) -> tuple[ConfigView, ...]:
        return tuple(c for c in self.configs if c.overdue or c.last_status == BackupStatus.FAILED)


def load(ctx: AppContext) -> DashboardData:
    s = stats.compute_stats(ctx)
    views = tuple(configs.list_configs(ctx))
    recent = history.list_backups(ctx, HistoryFilter(), page=1, page_size=RECENT)
    return DashboardData(stats=s, configs=views, recent=recent.items, failed_total=s.failed)
