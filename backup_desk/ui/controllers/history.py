"""History browsing state: filters, page and page size; queries run off the GUI thread and the filters are
kept in the settings so they survive tab changes and restarts."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from backup_desk.jobs import Key, Kind, WorkManager
from backup_desk.services import history
from backup_desk.services.context import AppContext
from backup_desk.services.models import HistoryFilter, HistoryPage
from backup_desk.ui.settings import UiSettings

PAGE = Key(Kind.HISTORY_PAGE)
COUNT = Key(Kind.HISTORY_COUNT)


class HistoryController(QObject):
    page_loaded = Signal(object)  # HistoryPage
    failed = Signal(object)  # the exception
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, settings: UiSettings, work: WorkManager,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings, self.work = ctx, settings, work
        self.filters: HistoryFilter = settings.history_filter
        self.page = 1
        self.page_size = settings.page_size
        self.last: HistoryPage | None = None
        self.last_elapsed_ms = 0.0
        self._started = 0.0
        self._counting: HistoryFilter | None = None

    @property
    def busy(self) -> bool:
        return self.work.is_busy(PAGE, self) or self.work.is_busy(COUNT, self)

    def apply(self, filters: HistoryFilter) -> None:
        """New filters start again at page 1 (the old page number may not exist any more)."""
        self.filters = filters
        self.page = 1
        self.reload()  # the filters are written to the settings when the window closes (no disk I/O here)

    def reset(self) -> None:
        self.apply(HistoryFilter())

    def go_to(self, page: int) -> None:
        self.page = max(1, page)
        self.reload()

    def set_page_size(self, size: int) -> None:
        self.page_size = size
        self.settings.page_size = size
        self.page = 1
        self.reload()

    def reload(self) -> None:
        ctx, filters, page, size = self.ctx, self.filters, self.page, self.page_size
        self._started = time.perf_counter()
        self._counting = None  # a count still running answers filters no longer shown
        was_busy = self.busy
        self.work.query(PAGE,
                        lambda: history.list_backups(ctx, filters, page=page, page_size=size, count=False),
                        owner=self, on_done=self._loaded, on_error=self._failed)
        if not was_busy:
            self.busy_changed.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self.busy_changed.emit(self.busy)
        self.failed.emit(exc)

    def _loaded(self, result: HistoryPage) -> None:
        self.busy_changed.emit(self.busy)
        self.last_elapsed_ms = (time.perf_counter() - self._started) * 1000
        self.last = result
        self.page = result.page
        self.page_loaded.emit(result)
        if not result.counted:
            ctx, filters = self.ctx, self.filters
            self._counting = filters
            self.work.query(COUNT, lambda: history.count_backups(ctx, filters), owner=self,
                            on_done=self._counted, on_error=self._failed)
            self.busy_changed.emit(True)

    def _counted(self, total: int) -> None:
        self.busy_changed.emit(self.busy)
        last = self.last
        if last is None or last.counted or self._counting != self.filters:
            return
        self.last = replace(last, total=max(total, len(last.items)), counted=True)
        self.page_loaded.emit(self.last)
