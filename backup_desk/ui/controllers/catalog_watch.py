"""Refreshes the window when the catalog changes underneath it (a run by the OS timer or the CLI): the
catalog's fingerprint is read off the GUI thread every few seconds; a change reloads the views."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from backup_desk.jobs import Key, Kind, WorkManager
from backup_desk.services.catalog_watch import catalog_signature
from backup_desk.services.context import AppContext
from backup_desk.ui.bus import SignalBus

POLL_MS = 2000


class CatalogWatcher(QObject):
    changed = Signal()  # after the bus was told

    def __init__(self, ctx: AppContext, bus: SignalBus, work: WorkManager, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.ctx, self.bus, self.work = ctx, bus, work
        self._last: tuple[Any, ...] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        key = Key(Kind.CATALOG_SIGNATURE)
        if not self.work.is_busy(key, self):
            ctx = self.ctx
            self.work.query(key, lambda: catalog_signature(ctx), owner=self, on_done=self._compare)

    def _compare(self, signature: object) -> None:
        assert isinstance(signature, tuple)
        previous, self._last = self._last, signature
        if previous is not None and signature != previous:
            self.bus.changed()
            self.changed.emit()
