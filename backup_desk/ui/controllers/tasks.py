"""User-visible jobs (backup, restore, verify, save a copy) run through backup_desk.jobs.JobRunner.

A `Task` is what the window shows: a title, progress snapshots, a cancel token. Each task may carry a key
(e.g. ("config", 3)) so views can disable the actions that would start a second job on the same thing.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal

from backup_desk.engine.progress import CancelToken, Progress, ProgressSink
from backup_desk.jobs import JobRunner

Work = Callable[[ProgressSink, CancelToken], Any]
_ids = itertools.count(1)


class Task(QObject):
    progressed = Signal(object)  # Progress
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, title: str, key: Hashable | None, *, cancellable: bool, show_progress: bool) -> None:
        super().__init__()
        self.task_id = next(_ids)
        self.title = title
        self.key = key
        self.cancellable = cancellable
        self.show_progress = show_progress
        self.token = CancelToken()
        self.last_progress: Progress | None = None
        self.handle: Any = None

    def report(self, p: Progress) -> None:  # on the GUI thread (JobHandle.progress)
        self.last_progress = p
        self.progressed.emit(p)

    def cancel(self) -> None:
        self.token.cancel()
        if self.handle is not None:
            self.handle.cancel()


class TaskRunner(QObject):
    task_started = Signal(object)
    task_ended = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobRunner(self)
        self._tasks: dict[int, Task] = {}

    def running(self) -> list[Task]:
        return list(self._tasks.values())

    def is_busy(self, key: Hashable | None = None) -> bool:
        if key is None:
            return bool(self._tasks)
        return any(t.key == key for t in self._tasks.values())

    def cancel_all(self) -> None:
        for task in self.running():
            task.cancel()

    def submit(
        self,
        title: str,
        work: Work,
        *,
        key: Hashable | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> Task:
        task = Task(title, key, cancellable=cancellable, show_progress=show_progress)
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        was_busy = bool(self._tasks)
        self._tasks[task.task_id] = task

        def job(progress: ProgressSink, cancel: CancelToken) -> Any:
            # JobRunner passes its coalescing progress sink and its handle's cancel token.
            return work(progress, cancel)

        handle = self._jobs.start(job)
        task.handle = handle
        task.token = handle.token
        handle.progress.connect(task.report)
        handle.finished.connect(lambda result, t=task: self._end(t, result, None))
        handle.failed.connect(lambda exc, t=task: self._end(t, None, exc))
        self.task_started.emit(task)
        if not was_busy:
            self.busy_changed.emit(True)
        return task

    def _end(self, task: Task, result: Any, exc: BaseException | None) -> None:
        if self._tasks.pop(task.task_id, None) is None:
            return  # already ended (a handle reporting twice)
        self.task_ended.emit(task)
        if exc is None:
            task.succeeded.emit(result)
        else:
            task.failed.emit(exc)
        if not self._tasks:
            self.busy_changed.emit(False)
