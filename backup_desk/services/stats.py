"""The stats widget's metrics, computed in SQL (shared by the Dashboard and `backup-desk stats`)."""

from __future__ import annotations

from datetime import datetime

from backup_desk.services.context import AppContext
from backup_desk.services.models import Stats


def compute_stats(ctx: AppContext, now: datetime | None = None) -> Stats:
    raise NotImplementedError
