"""History use-cases (specification: GET /api/backup/history/, DELETE /api/backup/history/:id/)."""

from __future__ import annotations

from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView, HistoryFilter, HistoryPage

PAGE_SIZES = (10, 25, 50, 100)


def list_backups(ctx: AppContext, filters: HistoryFilter, page: int = 1, page_size: int = 25) -> HistoryPage:
    """Filtering, counting and paging done in SQL (indexed); newest first. Page is clamped to the range."""
    raise NotImplementedError


def get_backup(ctx: AppContext, backup_id: int) -> BackupView:
    """With file_exists filled; NotFoundError otherwise."""
    raise NotImplementedError


def delete_backup(ctx: AppContext, backup_id: int) -> None:
    """Removes the archive file (if present) and the row; refuses a running backup; audits."""
    raise NotImplementedError


def page_window(page: int, page_count: int, radius: int = 1) -> list[int | None]:
    """Page numbers to show in a pager, None standing for an ellipsis: 1 … 4 5 6 … 20."""
    raise NotImplementedError
