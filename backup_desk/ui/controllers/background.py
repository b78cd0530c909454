"""Short catalog queries on a worker thread; the result comes back on the GUI thread.

Each `Query` keeps a generation number so a slow answer to an old request (the person typed on, or turned
another page) is dropped instead of overwriting a newer one.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

_query_pool: QThreadPool | None = None


def query_pool() -> QThreadPool:
    """Catalog queries run on their own threads, not the global pool the engine's jobs use: a history page
    never waits behind running backups, nor runs on a thread a job lowered the priority of."""
    global _query_pool
    if _query_pool is None or not shiboken6.isValid(_query_pool):  # a new QApplication (tests)
        _query_pool = QThreadPool(QCoreApplication.instance())
        _query_pool.setMaxThreadCount(2)  # SQLite reads in WAL mode run side by side, without the GIL
    return _query_pool


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object, str)


class _Runnable(QRunnable):
    def __init__(self, relay: _Relay, generation: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._relay, self._generation, self._fn = relay, generation, fn

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which shows it in plain words
            self._deliver(self._relay.failed, self._generation, exc, traceback.format_exc())
        else:
            self._deliver(self._relay.done, self._generation, result)

    @staticmethod
    def _deliver(signal: Any, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the asking view was closed meanwhile: nobody waits
            signal.emit(*args)


class Query(QObject):
    """One kind of query (e.g. 'the history page'); only the newest request's answer is delivered."""

    finished = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback (shown only behind "Details")
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or query_pool()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._generation = 0
        self.busy = False

    def run(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        self._set_busy(True)
        self._pool.start(_Runnable(self._relay, self._generation, fn))

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def _on_done(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.finished.emit(result)

    def _on_failed(self, generation: int, exc: object, tb: str) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.failed.emit(exc, tb)
