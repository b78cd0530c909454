"""Runs service/engine work on a QThreadPool and reports it with Qt signals (the only Qt outside ui/).

`JobRunner.start_*` returns a `JobHandle` living in the GUI thread: its `progress(Progress)`,
`finished(result)` and `failed(exception)` signals are delivered there, `cancel()` asks the job to stop
within one chunk of work. Progress is coalesced: at most one progress event is queued to the GUI thread at a
time (the newest snapshot wins), so a fast job can never flood the event loop. One job per key at a time
(a backup's key is its configuration).
"""

from __future__ import annotations

import inspect
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from backup_desk.engine.progress import CancelToken, Progress
from backup_desk.errors import UserInputError
from backup_desk.messages import Text
from backup_desk.services.context import AppContext
from backup_desk.services.runs import PreparedRun


class _Carrier(QObject):
    """Created in the GUI thread; worker threads emit on it and Qt queues the calls to the GUI thread."""

    progress_ready = Signal()
    succeeded = Signal(object)
    raised = Signal(object)


class JobHandle(QObject):
    progress = Signal(object)  # Progress
    finished = Signal(object)  # the job's return value (a backup's final BackupView, whatever its status)
    failed = Signal(object)  # the exception (BackupDeskError subclasses carry message + hint)

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.token = CancelToken()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._queued = False
        self._carrier = _Carrier()
        self._carrier.progress_ready.connect(self._deliver_progress)
        self._carrier.succeeded.connect(self._on_succeeded)
        self._carrier.raised.connect(self._on_raised)

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    # Worker thread side.
    def _sink(self, progress: Progress) -> None:
        with self._lock:
            self._latest = progress
            if self._queued:
                return  # an event is already on its way: it will carry this newer snapshot
            self._queued = True
        self._carrier.progress_ready.emit()

    # GUI thread side.
    @Slot()
    def _deliver_progress(self) -> None:
        with self._lock:
            latest, self._latest, self._queued = self._latest, None, False
        if latest is not None and not self.done:
            self.progress.emit(latest)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.done, self.result = True, result
        self.finished.emit(result)

    @Slot(object)
    def _on_raised(self, error: object) -> None:
        self.done = True
        self.error = error if isinstance(error, BaseException) else None
        self.failed.emit(error)


JOB_NICENESS = 5  # below the GUI thread, so a backup using both cores never starves the event loop


def lower_this_thread_priority(niceness: int = JOB_NICENESS) -> None:
    """Lowers the calling thread's scheduling priority (Linux: nice is per thread and inherited by the
    threads it starts, so the engine's compression workers follow). A no-op where it is not supported."""
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        current = os.getpriority(os.PRIO_PROCESS, tid)
        if current < niceness:
            os.setpriority(os.PRIO_PROCESS, tid, niceness)
    except OSError:
        pass


class _Task(QRunnable):
    def __init__(self, handle: JobHandle, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._handle, self._fn, self._args, self._kwargs = handle, fn, args, kwargs

    def run(self) -> None:
        carrier = self._handle._carrier
        lower_this_thread_priority()
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # handed to the GUI as a value: nothing escapes a pool thread
            carrier.raised.emit(exc)
        else:
            carrier.succeeded.emit(result)


def _accepts(fn: Callable[..., Any], name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


class JobRunner(QObject):
    """Starts jobs on a QThreadPool (the global one unless given); one job per key at a time.

    `JobRunner(parent)` or `JobRunner(ctx, parent)`: the context is needed only by start_backup (or pass
    `ctx=` to it)."""

    def __init__(self, ctx: AppContext | QObject | None = None, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        if isinstance(ctx, QObject) and parent is None:
            ctx, parent = None, ctx
        super().__init__(parent)
        self.ctx: AppContext | None = ctx if isinstance(ctx, AppContext) else None
        self.pool = pool or QThreadPool.globalInstance()
        self._active: dict[str, JobHandle] = {}
        self._serial = 0

    def _ctx(self, ctx: AppContext | None) -> AppContext:
        chosen = ctx or self.ctx
        if chosen is None:
            raise ValueError("JobRunner needs an AppContext: JobRunner(ctx, parent) or start_*(..., ctx=ctx)")
        return chosen

    def is_busy(self, key: str) -> bool:
        return key in self._active

    def active(self) -> list[JobHandle]:
        return list(self._active.values())

    def start(self, fn: Callable[..., Any], *args: Any, key: str | None = None, **kwargs: Any) -> JobHandle:
        """Runs fn(*args, **kwargs) in the pool; `progress` and `cancel` are passed when fn accepts them."""
        if key is None:
            self._serial += 1
            key = f"job:{self._serial}"
        if key in self._active:
            raise UserInputError(Text("This job is already running."),
                                 Text("Wait for it to finish or cancel it."))
        handle = JobHandle(key, self)
        if _accepts(fn, "progress"):
            kwargs.setdefault("progress", handle._sink)
        if _accepts(fn, "cancel"):
            kwargs.setdefault("cancel", handle.token)
        self._active[key] = handle
        handle.finished.connect(lambda _r, k=key: self._active.pop(k, None))
        handle.failed.connect(lambda _e, k=key: self._active.pop(k, None))
        self.pool.start(_Task(handle, fn, args, kwargs))
        return handle

    def start_backup(self, run: PreparedRun, *, ctx: AppContext | None = None) -> JobHandle:
        """finished(BackupView): the final row, `completed` or `failed` (error_message says why)."""
        from backup_desk.services.runs import execute_run

        key = (f"config:{run.configuration_id}" if run.configuration_id is not None
               else f"backup:{run.backup_id}")
        return self.start(execute_run, self._ctx(ctx), run, key=key)

    def cancel_all(self) -> None:
        for handle in list(self._active.values()):
            handle.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Blocks until every pool job ended (on quit, after cancel_all)."""
        return bool(self.pool.waitForDone(msecs))
