"""A restore with files and a database: the files are staged in a helper thread while the database is
restored in the caller's thread, so the kernel's file creation and the row loading overlap.

The order of the visible steps does not change: the database commits (or swaps, on MySQL) only once every
file is staged and checked, and the caller moves the staged files into place only after that commit. Either
side failing stops the other: a files error rolls the database back, a database error or a cancel stops the
staging and removes what it wrote. Both only read the archive meanwhile (zipfile serialises the reads).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from backup_desk.engine.files import StagedFiles, discard_staged
from backup_desk.engine.files_output import sharing_cores
from backup_desk.engine.progress import CancelToken, LinkedCancel, ProgressReporter
from backup_desk.errors import CancelledError

T = TypeVar("T")


class DeferredReporter(ProgressReporter):
    """Counts silently until `attach()`, which starts `phase` on the real reporter and forwards from then on
    (the files phase keeps the progress display while both run)."""

    def __init__(self, real: ProgressReporter, phase: str) -> None:
        super().__init__(None)
        self._real, self._phase_name = real, phase
        self._gate = threading.Lock()
        self._attached = False
        self._bytes = self._items = 0

    def advance(self, nbytes: int = 0, items: int = 0, detail: str | None = None) -> None:
        with self._gate:
            if not self._attached:
                self._bytes += nbytes
                self._items += items
                return
        self._real.advance(nbytes, items=items, detail=detail)

    def attach(self) -> None:
        with self._gate:
            if self._attached:
                return
            self._real.phase(self._phase_name)
            self._real.advance(self._bytes, items=self._items)
            self._attached = True


def stage_during_database(
    stage: Callable[[CancelToken], StagedFiles],
    restore_db: Callable[[ProgressReporter, CancelToken, Callable[[], None]], T],
    reporter: ProgressReporter,
    cancel: CancelToken,
) -> tuple[StagedFiles, T]:
    """Runs `stage(cancel)` in a thread and `restore_db(reporter, cancel, before_commit)` here.

    `restore_db` must call `before_commit` just before it commits: it waits for the staging and raises its
    error (rolling the database back). Returns the staged files (not yet in place) and the database result.
    """
    files_cancel, db_cancel = LinkedCancel(cancel), LinkedCancel(cancel)
    db_reporter = DeferredReporter(reporter, "database")
    staged: list[StagedFiles] = []
    failed: list[BaseException] = []

    def run_files() -> None:
        try:
            with sharing_cores():  # the database restore keeps one core busy meanwhile
                staged.append(stage(files_cancel))
        except BaseException as exc:  # handed to the caller's thread
            failed.append(exc)
            db_cancel.cancel()  # the database would be rolled back anyway: stop it now
        finally:
            db_reporter.attach()

    worker = threading.Thread(target=run_files, name="restore-files", daemon=True)
    worker.start()

    def files_done() -> None:
        worker.join()
        if failed:
            raise failed[0]

    def before_commit() -> None:
        files_done()
        cancel.check()  # the last moment a cancel leaves both the database and the folders untouched

    try:
        result = restore_db(db_reporter, db_cancel, before_commit)
        files_done()  # a restore with nothing to commit may not have called before_commit
    except BaseException as exc:
        files_cancel.cancel()
        worker.join()
        for s in staged:
            discard_staged(s)
        if failed and failed[0] is not exc and isinstance(exc, CancelledError) and not cancel.cancelled:
            raise failed[0] from None  # the files side failed first: its error is the cause
        raise
    return staged[0], result
