"""History browsing state: filters, page and page size; queries run off the GUI thread and the filters are
kept in the settings so they survive tab changes and restarts."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from backup_desk.services import history
from backup_desk.services.context import AppContext
from backup_desk.services.models import HistoryFilter, HistoryPage
from backup_desk.ui.controllers.background import Query
from backup_desk.ui.settings import UiSettings


class HistoryController(QObject):
    page_loaded = Signal(object)  # HistoryPage
    failed = Signal(object, str)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.filters: HistoryFilter = settings.history_filter
        self.page = 1
        self.page_size = settings.page_size
        self.last: HistoryPage | None = None
        self.last_elapsed_ms = 0.0
        self._started = 0.0
        self._query = Query(self)
        self._query.finished.connect(self._loaded)
        self._query.failed.connect(self.failed)
        # A first page shown before its total was counted: the count follows on its own query.
        self._count = Query(self)
        self._count.finished.connect(self._counted)
        self._count.failed.connect(self.failed)
        self._counting: HistoryFilter | None = None
        for query in (self._query, self._count):
            query.busy_changed.connect(lambda _busy: self.busy_changed.emit(self.busy))

    @property
    def busy(self) -> bool:
        return self._query.busy or self._count.busy

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
        self._query.run(lambda: history.list_backups(ctx, filters, page=page, page_size=size, count=False))

    def _loaded(self, result: HistoryPage) -> None:
        self.last_elapsed_ms = (time.perf_counter() - self._started) * 1000
        self.last = result
        self.page = result.page
        self.page_loaded.emit(result)
        if not result.counted:
            ctx, filters = self.ctx, self.filters
            self._counting = filters
            self._count.run(lambda: history.count_backups(ctx, filters))

    def _counted(self, total: int) -> None:
        last = self.last
        if last is None or last.counted or self._counting != self.filters:
            return
        self.last = replace(last, total=max(total, len(last.items)), counted=True)
        self.page_loaded.emit(self.last)
