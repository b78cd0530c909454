"""The one way the window runs work off the GUI thread (the only Qt outside ui/).

Every piece of work has a typed `Key`: a `Kind` (what it is) and a subject (which configuration, backup…).
`WorkManager` offers two ways to start it, both returning a `Work` that lives in the GUI thread:

- `query(key, fn, owner=…)`: a read asked by a view or controller (`owner`). The newest request of an owner
  for a key wins: an older one still running is cancelled and its answer dropped, so a slow answer to an old
  page or filter never overwrites a newer one.
- `job(key, fn, owner=…, title=…)`: a write or a long job. One at a time per key across the whole window
  (a second backup of the same configuration is refused). A job with a title is what the person sees: it
  shows in the progress panel, counts as a running job and can be cancelled there.

`fn` receives `progress=` (a sink) and `cancel=` (a CancelToken) when it accepts them. Results, errors and
progress reach the GUI thread as the Work's signals; `on_done` / `on_error` callbacks are called only while
the owner still exists. Progress is coalesced: at most one progress event waits in the GUI thread's queue
(the newest snapshot wins), so a fast job never floods the event loop. Titled jobs use a pool of their own
whose threads run below the GUI thread's priority, so reads (at the window's priority) stay quick while
backups run; the longest jobs go further and run in a process of their own (services/job_process.py).
"""

from __future__ import annotations

import inspect
import itertools
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from backup_desk.engine.progress import CancelToken, Progress
from backup_desk.errors import BackupDeskError, UserInputError
from backup_desk.messages import Text

log = logging.getLogger(__name__)


class Kind(StrEnum):
    """What a piece of work is; with its subject it makes the key."""

    # reads (queries): the newest request of an owner wins
    HISTORY_PAGE = "history-page"
    HISTORY_COUNT = "history-count"  # a first page shown before its total: the count follows
    DASHBOARD = "dashboard"
    CONFIG_LIST = "config-list"
    CONFIG = "config"
    BACKUP_DETAILS = "backup-details"
    LAST_GOOD = "last-good"
    ARCHIVE_CONTENTS = "archive-contents"
    RESTORE_PLACE = "restore-place"
    CATALOG_SIGNATURE = "catalog-signature"
    TRAY_STATE = "tray-state"
    DUE_CHECK = "due-check"
    VALIDATION = "validation"
    SOURCE_TEST = "source-test"
    CONNECTION_TEST = "connection-test"
    RETENTION_PREVIEW = "retention-preview"
    KEYRING = "keyring"
    SCHEDULE_SETTINGS = "schedule-settings"
    NOTIFY_TEST = "notify-test"
    GUIDE_NEEDED = "guide-needed"
    # writes and jobs: one at a time per key
    SAVE_CONFIG = "save-config"
    CHANGE_CONFIG = "change-config"  # toggle, duplicate, delete
    BACKUP = "backup"  # subject: the configuration id
    QUICK_BACKUP = "quick-backup"  # subject: a serial number
    RESTORE = "restore"  # subject: the backup id
    VERIFY = "verify"
    COPY = "copy"
    DELETE_BACKUP = "delete-backup"
    SCHEDULED_RUNS = "scheduled-runs"
    SAVE_SETTINGS = "save-settings"
    DEMO = "demo"


@dataclass(frozen=True)
class Key:
    kind: Kind
    subject: int | str | None = None

    def __str__(self) -> str:
        return self.kind.value if self.subject is None else f"{self.kind.value}:{self.subject}"


class _Carrier(QObject):
    """One per manager, its child, created in the GUI thread: worker threads emit on it (naming their work by
    id) and Qt queues the calls to the manager in the GUI thread. Worker threads never hold the only
    reference to a QObject: a Python-owned QObject whose last reference is dropped on a worker thread is
    destroyed there, racing the GUI thread's own disconnections (a crash seen under load)."""

    progress_ready = Signal(int)
    succeeded = Signal(int, object)
    raised = Signal(int, object, str)


class _ProgressBox:
    """The worker side of a work's progress (plain Python): the newest snapshot waits here, and at most one
    progress event per work is on its way to the GUI thread."""

    def __init__(self, carrier: _Carrier, work_id: int) -> None:
        self._carrier, self._work_id = carrier, work_id
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._queued = False

    def sink(self, progress: Progress) -> None:
        with self._lock:
            self._latest = progress
            if self._queued:
                return  # an event is already on its way: it will carry this newer snapshot
            self._queued = True
        _emit(self._carrier.progress_ready, self._work_id)

    def take(self) -> Progress | None:
        with self._lock:
            latest, self._latest, self._queued = self._latest, None, False
        return latest


def _emit(signal: Any, *args: Any) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the window (and its manager) is gone: nobody is left to tell
        log.debug("a work ended after its window was destroyed")


_ids = itertools.count(1)


class Work(QObject):
    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # fn's return value
    failed = Signal(object)  # the exception (BackupDeskError subclasses carry message + hint)

    def __init__(self, key: Key, owner: QObject | None, *, title: str | None, cancellable: bool,
                 show_progress: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work_id = next(_ids)
        self.key, self.owner, self.title = key, owner, title
        self.cancellable, self.show_progress = cancellable, show_progress
        self.token = CancelToken()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.traceback = ""
        self.last_progress: Progress | None = None
        self.box: _ProgressBox | None = None
        # What the worker calls, kept here too so that the last references drop in the GUI thread.
        self.call: tuple[Callable[..., Any], dict[str, Any]] | None = None

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    @property
    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def deliver_progress(self) -> None:
        latest = self.box.take() if self.box is not None else None
        if latest is not None and not self.done and self.owner_alive:
            self.last_progress = latest
            self.progressed.emit(latest)


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


class _Runnable(QRunnable):
    def __init__(self, carrier: _Carrier, work_id: int, fn: Callable[..., Any],
                 kwargs: dict[str, Any], *, niced: bool) -> None:
        super().__init__()
        self._carrier, self._work_id, self._niced = carrier, work_id, niced
        self._call: tuple[Callable[..., Any], dict[str, Any]] | None = (fn, kwargs)

    def run(self) -> None:
        if self._niced:
            lower_this_thread_priority()
        assert self._call is not None
        fn, kwargs = self._call
        self._call = None  # the Work holds them too: their last references drop in the GUI thread
        try:
            result = fn(**kwargs)
        except Exception as exc:  # handed to the GUI as a value: nothing escapes a pool thread
            del fn, kwargs
            text = traceback.format_exc()
            exc.__traceback__ = None  # its frames (and what they hold) must not be freed on this thread
            _emit(self._carrier.raised, self._work_id, exc, text)
        else:
            del fn, kwargs
            _emit(self._carrier.succeeded, self._work_id, result)


def _accepts(fn: Callable[..., Any], name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


Done = Callable[[Any], object]
Failed = Callable[[BaseException], object]
JOB_THREADS = 4  # backups, restores and verifies at once; reads keep the global pool to themselves


class WorkManager(QObject):
    """Starts every piece of the window's background work; see the module's docstring."""

    job_started = Signal(object)  # Work (jobs only)
    job_ended = Signal(object)
    busy_changed = Signal(bool)  # a titled job runs / none runs any more

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None,
                 job_pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        if job_pool is None:
            job_pool = QThreadPool(self)
            job_pool.setMaxThreadCount(JOB_THREADS)
        self.job_pool = job_pool
        if pool is None:  # the window's reads: keep their threads, starting one costs 1-2 ms per read
            self.pool.setExpiryTimeout(-1)
        self._jobs: dict[Key, Work] = {}
        self._latest: dict[tuple[int, Key], Work] = {}  # (owner, key) -> its newest query
        self._pending: dict[int, Work] = {}  # every started work until it ends
        self._carrier = _Carrier(self)
        self._carrier.progress_ready.connect(self._progress_ready)
        self._carrier.succeeded.connect(self._succeeded)
        self._carrier.raised.connect(self._raised)

    # -- asking --------------------------------------------------------------------------------------
    def query(self, key: Key, fn: Callable[..., Any], *, owner: QObject, on_done: Done | None = None,
              on_error: Failed | None = None) -> Work:
        slot = (id(owner), key)
        stale = self._latest.get(slot)
        if stale is not None:
            stale.cancel()  # its answer will be dropped; a cancellable read stops early
        work = Work(key, owner, title=None, cancellable=True, show_progress=False, parent=self)
        self._latest[slot] = work
        self._start(work, fn, self.pool, on_done, on_error)
        return work

    def job(self, key: Key, fn: Callable[..., Any], *, owner: QObject | None = None, title: str | None = None,
            on_done: Done | None = None, on_error: Failed | None = None, cancellable: bool = True,
            show_progress: bool = True) -> Work:
        """Raises UserInputError when a job with this key runs already."""
        if key in self._jobs:
            raise UserInputError(Text("This job is already running."),
                                 Text("Wait for it to finish or cancel it."))
        work = Work(key, owner, title=title, cancellable=cancellable,
                    show_progress=show_progress and title is not None, parent=self)
        was_busy = bool(self.running())
        self._jobs[key] = work
        self._start(work, fn, self.job_pool if title is not None else self.pool, on_done, on_error)
        self.job_started.emit(work)
        if title is not None and not was_busy:
            self.busy_changed.emit(True)
        return work

    def _start(self, work: Work, fn: Callable[..., Any], pool: QThreadPool, on_done: Done | None,
               on_error: Failed | None) -> None:
        if on_done is not None:
            work.succeeded.connect(on_done)
        if on_error is not None:
            work.failed.connect(on_error)
        kwargs: dict[str, Any] = {}
        if _accepts(fn, "progress"):
            work.box = _ProgressBox(self._carrier, work.work_id)
            kwargs["progress"] = work.box.sink
        if _accepts(fn, "cancel"):
            kwargs["cancel"] = work.token
        work.call = (fn, kwargs)
        self._pending[work.work_id] = work
        # Long jobs run niced (and the engine threads they start inherit it). Reads keep the window's
        # priority: they are short and someone waits for them; a thread once niced cannot be raised again
        # without privileges, so the read pool's threads are never niced.
        pool.start(_Runnable(self._carrier, work.work_id, fn, kwargs, niced=pool is self.job_pool))

    # Slots in the GUI thread, called through the carrier's queued signals.
    @Slot(int)
    def _progress_ready(self, work_id: int) -> None:
        work = self._pending.get(work_id)
        if work is not None:
            work.deliver_progress()

    @Slot(int, object)
    def _succeeded(self, work_id: int, result: object) -> None:
        work = self._pending.get(work_id)
        if work is not None:
            self._end(work, result, None, "")

    @Slot(int, object, str)
    def _raised(self, work_id: int, exc: object, tb: str) -> None:
        work = self._pending.get(work_id)
        if work is not None:
            error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
            self._end(work, None, error, tb)

    def _end(self, work: Work, result: Any, exc: BaseException | None, tb: str) -> None:
        if self._pending.pop(work.work_id, None) is None:
            return  # already ended
        work.done, work.result, work.error, work.traceback = True, result, exc, tb
        work.call = None
        if exc is not None and not isinstance(exc, BackupDeskError):
            log.error("%s failed:\n%s", work.key, tb)  # unexpected: the log keeps the technical part
        job = self._jobs.get(work.key) is work
        current = True
        if job:
            del self._jobs[work.key]
            self.job_ended.emit(work)
        else:
            slot = (id(work.owner), work.key)
            current = self._latest.get(slot) is work
            if current:
                del self._latest[slot]
        if current and work.owner_alive:
            if exc is None:
                work.succeeded.emit(result)
            else:
                work.failed.emit(exc)
        if job and work.title is not None and not self.running():
            self.busy_changed.emit(False)
        work.deleteLater()

    # -- state ---------------------------------------------------------------------------------------
    def is_busy(self, key: Key | None = None, owner: QObject | None = None) -> bool:
        """With no key: whether a titled job runs. With an owner: whether its query for key is pending."""
        if key is None:
            return bool(self.running())
        if owner is not None:
            return (id(owner), key) in self._latest
        return key in self._jobs

    def running(self) -> list[Work]:
        """The jobs the person sees (titled)."""
        return [w for w in self._jobs.values() if w.title is not None]

    def idle(self) -> bool:
        """Nothing at all pending (tests and benchmarks wait for this)."""
        return not self._pending

    def cancel_all(self) -> None:
        for work in list(self._pending.values()):
            work.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Blocks until every started work ended (on quit, after cancel_all)."""
        return bool(self.job_pool.waitForDone(msecs)) and bool(self.pool.waitForDone(msecs))


def manager_for(obj: QObject) -> WorkManager:
    """The manager of the window holding `obj` (the nearest ancestor owning one), looked up when the work
    starts; a dialog shown on its own (no window) uses the application's."""
    from PySide6.QtCore import QCoreApplication, Qt

    node: QObject | None = obj
    while node is not None:
        if isinstance(node, WorkManager):
            return node
        found = node.findChild(WorkManager, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if found is not None:
            return found
        node = node.parent()
    app = QCoreApplication.instance()
    assert app is not None, "background work needs a running Qt application"
    found = app.findChild(WorkManager, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else WorkManager(app)
