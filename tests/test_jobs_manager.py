"""The window's one background-work manager: real backups on the thread pool, signals, cancel, one job per
key, the newest query of an asker winning, answers to a closed asker dropped."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from backup_desk import jobs
from backup_desk.engine.progress import CancelToken, Progress, ProgressReporter
from backup_desk.errors import UserInputError
from backup_desk.jobs import Key, Kind, WorkManager
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.services import configs, runs
from backup_desk.services.history import get_backup
from backup_desk.services.models import ConfigInput
from tests.test_services_runs import make_folder, make_source

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    r = WorkManager()
    yield r
    r.cancel_all()
    r.wait(30_000)


def test_backup_through_the_pool(ctx, runner, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_source(tmp_path)
    folder = make_folder(tmp_path)
    cfg = configs.create_config(ctx, ConfigInput(name="Job", source_url=f"sqlite:///{src}",
                                                 include_files=True,
                                                 folders=(str(folder),)))
    run = runs.prepare_run(ctx, cfg.id)
    key = Key(Kind.BACKUP, cfg.id)
    handle = runner.job(key, lambda progress, cancel: runs.execute_run(ctx, run, progress, cancel),
                        title="Job")
    progress: list[Progress] = []
    handle.progressed.connect(progress.append)
    assert runner.is_busy(key) and runner.is_busy() and [w.title for w in runner.running()] == ["Job"]
    with qtbot.waitSignal(handle.succeeded, timeout=60_000) as blocker:
        pass
    view = blocker.args[0]
    assert view.status == "completed", view.error_message
    assert (view.tables_count, view.records_count, view.files_count) == (2, 150, 3)
    assert Path(view.file_path).is_file()
    assert progress and all(isinstance(p, Progress) for p in progress)
    assert not runner.is_busy(key) and handle.done and handle.result is view and runner.idle()


def test_cancel_mid_way(ctx, runner, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Cancel pressed in the GUI thread while the worker writes files. The worker is held at its first
    "files" report until the GUI thread has cancelled, so the test never races a fast machine."""
    from backup_desk.services.runs import execute_run

    folder = make_folder(tmp_path, files=60, size=300_000)
    cfg = configs.create_config(ctx, ConfigInput(name="Big", include_files=True, folders=(str(folder),)))
    run = runs.prepare_run(ctx, cfg.id)
    gate = threading.Event()

    def job(progress, cancel):  # type: ignore[no-untyped-def]
        def sink(p: Progress) -> None:
            progress(p)
            if p.phase == "files":
                gate.wait(10)

        return execute_run(ctx, run, sink, cancel)

    handle = runner.job(Key(Kind.BACKUP, cfg.id), job, title="Big")

    def cancel_in_files(p: Progress) -> None:
        if p.phase == "files" and not handle.cancelled:
            handle.cancel()
            gate.set()

    handle.progressed.connect(cancel_in_files)
    with qtbot.waitSignal(handle.succeeded, timeout=60_000) as blocker:
        pass
    view = blocker.args[0]
    assert handle.cancelled and gate.is_set()
    assert view.status == "failed" and view.error_message == "Cancelled by the user."
    assert get_backup(ctx, run.backup_id).error_message == "Cancelled by the user."
    assert list(ctx.paths.data_dir.rglob(f"*{TEMP_SUFFIX}")) == []
    assert list(ctx.paths.default_backups_dir.iterdir()) == []


def test_one_job_per_configuration(ctx, runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()

    def slow(cancel: CancelToken) -> str:
        while not gate.wait(0.01):
            cancel.check()
        return "done"

    handle = runner.job(Key(Kind.BACKUP, 1), slow)
    with pytest.raises(UserInputError):
        runner.job(Key(Kind.BACKUP, 1), slow)
    other = runner.job(Key(Kind.BACKUP, 2), lambda: 42)
    with qtbot.waitSignal(other.succeeded, timeout=10_000) as b2:
        pass
    assert b2.args == [42]
    with qtbot.waitSignal(handle.succeeded, timeout=10_000) as b1:
        gate.set()
    assert b1.args == ["done"] and not runner.is_busy(Key(Kind.BACKUP, 1))


def test_failure_is_delivered_as_signal(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    def boom() -> None:
        raise UserInputError("Bad thing.", "Do the other thing.")

    errors: list[BaseException] = []
    handle = runner.job(Key(Kind.VERIFY, 1), boom, on_error=errors.append)
    with qtbot.waitSignal(handle.failed, timeout=10_000) as blocker:
        pass
    err = blocker.args[0]
    assert isinstance(err, UserInputError) and err.hint == "Do the other thing."
    assert errors == [err] and "boom" in handle.traceback


class _FreedWhere:
    """Records on which thread its last reference went away."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def __del__(self) -> None:
        self.log.append(threading.current_thread().name)


@pytest.mark.parametrize("fails", [False, True], ids=["succeeds", "raises"])
def test_what_a_work_holds_is_freed_in_the_gui_thread(runner, qtbot, fails: bool) -> None:  # type: ignore[no-untyped-def]
    """A worker thread must never drop the last reference to what the work holds (its function, the
    function's captured objects, the frames of its exception): a Python-owned QObject freed on a worker
    thread is destroyed there, racing the GUI thread (it crashed the interpreter under load)."""
    freed: list[str] = []

    def make() -> Callable[[], int]:
        held = _FreedWhere(freed)  # only the function holds it

        def fn() -> int:
            local = held  # the exception's frames hold it too
            if fails:
                raise UserInputError("Bad thing.", "Do the other thing.")
            return 1 if local else 0

        return fn

    handle = runner.job(Key(Kind.VERIFY, 90 + fails), make())
    with qtbot.waitSignal(handle.failed if fails else handle.succeeded, timeout=10_000):
        pass
    import gc

    gc.collect()
    qtbot.waitUntil(lambda: runner.idle() and freed != [])
    assert freed == [threading.main_thread().name]


def test_progress_is_coalesced(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A job reporting 20,000 times while the GUI thread is busy: at most one progress event waits in the
    queue, so the GUI thread then receives one event (or two), carrying the newest state."""
    done_reporting = threading.Event()

    def chatty(progress) -> int:  # type: ignore[no-untyped-def]
        reporter = ProgressReporter(progress, min_interval=0)
        reporter.phase("files", items_total=20_000)
        for _ in range(20_000):
            reporter.advance(items=1)
        done_reporting.set()
        return 20_000

    received: list[Progress] = []
    handle = runner.job(Key(Kind.VERIFY, 2), chatty, title="Chatty")
    handle.progressed.connect(received.append)
    assert done_reporting.wait(30)  # the GUI thread blocks here: nothing can be delivered meanwhile
    with qtbot.waitSignal(handle.succeeded, timeout=30_000):
        pass
    assert 1 <= len(received) <= 2
    assert received[-1].items_done == 20_000


def test_signal_emit_keeps_bool_refcounts_balanced(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6-Essentials 6.12.0 on CPython 3.11 loses a reference to True on every Python-side emit() and
    aborts the interpreter after a few thousand progress signals; pyproject pins below it.
    This guards the pin."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        changed = Signal(object)

    src = Source()
    got: list[int] = []
    src.changed.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(2_000):
        src.changed.emit(i)
    assert abs(sys.getrefcount(True) - before) < 100
    assert len(got) == 2_000


def test_the_newest_query_of_an_asker_wins_and_stale_ones_are_cancelled(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A slow answer to an old request (an earlier page) never overwrites a newer one; another asker's
    query of the same key is its own."""
    from PySide6.QtCore import QObject

    page, other = QObject(), QObject()
    gate = threading.Event()
    answers: list[object] = []
    stopped: list[bool] = []

    def slow_first(cancel: CancelToken) -> str:
        gate.wait(10)
        stopped.append(cancel.cancelled)
        return "page 1"

    key = Key(Kind.HISTORY_PAGE)
    first = runner.query(key, slow_first, owner=page, on_done=answers.append)
    second = runner.query(key, lambda: "page 2", owner=page, on_done=answers.append)
    theirs = runner.query(key, lambda: "their page", owner=other, on_done=answers.append)
    assert first.cancelled and not second.cancelled and runner.is_busy(key, page)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)
    assert sorted(answers) == ["page 2", "their page"] and not theirs.cancelled
    gate.set()
    qtbot.waitUntil(runner.idle, timeout=10_000)
    assert stopped == [True] and sorted(answers) == ["page 2", "their page"]  # page 1 was dropped
    assert not runner.is_busy(key, page) and not runner.is_busy()  # queries are not "running jobs"


def test_an_answer_to_a_closed_asker_is_dropped(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    asker = QObject()
    gate = threading.Event()
    answers: list[object] = []
    runner.query(Key(Kind.DASHBOARD), lambda: gate.wait(10), owner=asker, on_done=answers.append)
    asker.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(asker), timeout=5_000)
    gate.set()
    qtbot.waitUntil(runner.idle, timeout=10_000)
    assert answers == []


def test_jobs_started_and_ended_and_busy_follow_titled_jobs(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    seen: list[tuple[str, object]] = []
    runner.job_started.connect(lambda w: seen.append(("started", w.key)))
    runner.job_ended.connect(lambda w: seen.append(("ended", w.key)))
    runner.busy_changed.connect(lambda b: seen.append(("busy", b)))
    quiet = runner.job(Key(Kind.CHANGE_CONFIG, 3), lambda: gate.wait(10))  # a change: no title, not "running"
    assert not runner.is_busy() and runner.is_busy(Key(Kind.CHANGE_CONFIG, 3))
    shown = runner.job(Key(Kind.RESTORE, 4), lambda cancel: gate.wait(10) and cancel.cancelled,
                       title="Restore")
    assert runner.is_busy() and shown.show_progress and not quiet.show_progress
    runner.cancel_all()
    gate.set()
    qtbot.waitUntil(runner.idle, timeout=10_000)
    assert shown.result is True  # the job saw the cancellation
    assert seen[:3] == [("started", Key(Kind.CHANGE_CONFIG, 3)), ("started", Key(Kind.RESTORE, 4)),
                        ("busy", True)]
    # "not busy" once the titled job ended (the untitled change may end before or after it)
    assert seen.index(("busy", False)) == seen.index(("ended", Key(Kind.RESTORE, 4))) + 1
    assert {s for s in seen if s[0] == "ended"} == {("ended", Key(Kind.CHANGE_CONFIG, 3)),
                                                   ("ended", Key(Kind.RESTORE, 4))}
    assert str(Key(Kind.RESTORE, 4)) == "restore:4" and str(Key(Kind.DASHBOARD)) == "dashboard"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux behaviour")
def test_jobs_run_below_the_gui_thread_and_so_do_their_workers(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A backup on both cores must not starve the event loop: the job thread and the threads it starts
    (the engine's compression workers) run niced; the GUI thread keeps its priority."""
    import os
    import threading

    def niceness_here_and_in_a_child() -> tuple[int, int]:
        seen: list[int] = []
        child = threading.Thread(target=lambda: seen.append(os.getpriority(os.PRIO_PROCESS, 0)))
        child.start()
        child.join()
        return os.getpriority(os.PRIO_PROCESS, 0), seen[0]

    gui_before = os.getpriority(os.PRIO_PROCESS, 0)
    handle = runner.job(Key(Kind.VERIFY, 9), niceness_here_and_in_a_child, title="Nice")
    with qtbot.waitSignal(handle.succeeded, timeout=10_000) as blocker:
        pass
    job, child = blocker.args[0]
    assert job >= jobs.JOB_NICENESS and child >= jobs.JOB_NICENESS
    assert os.getpriority(os.PRIO_PROCESS, 0) == gui_before


def test_reads_keep_the_windows_priority(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Someone waits for a read: it is not niced (and a read-pool thread is never niced by anything, since
    an unprivileged thread cannot be raised again)."""
    import os

    from PySide6.QtCore import QObject

    owner = QObject()
    gui = os.getpriority(os.PRIO_PROCESS, 0)
    untitled = runner.job(Key(Kind.SAVE_SETTINGS), lambda: os.getpriority(os.PRIO_PROCESS, 0))
    with qtbot.waitSignal(untitled.succeeded, timeout=10_000) as blocker:
        pass
    assert blocker.args[0] == gui
    read = runner.query(Key(Kind.DASHBOARD), lambda: os.getpriority(os.PRIO_PROCESS, 0), owner=owner)
    with qtbot.waitSignal(read.succeeded, timeout=10_000) as blocker:
        pass
    assert blocker.args[0] == gui
