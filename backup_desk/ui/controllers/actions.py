"""What the action controllers (configurations, history) share: the context, the bus, the window's work
manager, and reads / writes / jobs started off the GUI thread whose failures end in a toast."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from backup_desk.jobs import Key, Work, WorkManager
from backup_desk.services.context import AppContext
from backup_desk.ui.bus import SignalBus
from backup_desk.ui.controllers.errors import one_line


class ActionController(QObject):
    def __init__(self, ctx: AppContext, bus: SignalBus, work: WorkManager, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.bus, self.work, self.window = ctx, bus, work, window

    def _toast_error(self, exc: BaseException) -> None:
        self.bus.error(one_line(exc))

    def read(self, key: Key, fn: Callable[[], Any], on_done: Callable[[Any], object]) -> Work:
        """A read whose answer `on_done` receives in the GUI thread (a newer read of the key replaces it)."""
        return self.work.query(key, fn, owner=self, on_done=on_done, on_error=self._toast_error)

    def write(self, key: Key, fn: Callable[[], Any], on_done: Callable[[Any], object]) -> Work | None:
        """A change, one at a time per key: a second click while the first runs is ignored."""
        if self.work.is_busy(key):
            return None
        return self.work.job(key, fn, owner=self, on_done=on_done, on_error=self._toast_error)
