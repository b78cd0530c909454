"""Long jobs the window starts (backups, restores, verifies, copies) run in a child process of their own.

Why: a backup in a thread of the window's process shares its interpreter lock with the GUI thread. On a
loaded machine the OS preempts a worker thread while it holds that lock, and the window freezes until the
worker is scheduled again (event-loop stalls of 50-430 ms were measured with three busy processes on two
cores; 10-13 ms with the same backup in a child process).

The parent (`run_in_child`, called on a worker thread of the window) starts `backup-desk --job-process`,
sends one `ChildRequest` on its stdin and reads frames from its stdout: progress snapshots, then the
function's result or its exception. Cancelling writes a byte to the child's stdin; the child treats that,
or the end of its stdin (the window was closed or killed), as the job's cancel token, so the engine cleans
up as it does in-process. Only the functions of `CALLS` can be asked for. Frames are pickles exchanged with
our own executable over private pipes (never a file, never the network).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.errors import BackupDeskError
from backup_desk.messages import Text
from backup_desk.ops.logs import OPERATIONS_LOG
from backup_desk.paths import AppPaths
from backup_desk.services.context import AppContext

log = logging.getLogger(__name__)

CHILD_FLAG = "--job-process"
CHILD_NICENESS = 5  # below the window, as the window's own worker threads
_HEADER = struct.Struct(">I")
# Windows: a console program started by a windowed one would flash a console window.
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)


def _backup(ctx: AppContext, *, config_id: int, passphrase: str | None, progress: ProgressSink | None,
            cancel: CancelToken | None) -> Any:
    from backup_desk.services import runs

    run = runs.prepare_run(ctx, config_id, passphrase=passphrase)
    return runs.execute_run(ctx, run, progress=progress, cancel=cancel)


def _quick_backup(ctx: AppContext, *, progress: ProgressSink | None, cancel: CancelToken | None,
                  **kwargs: Any) -> Any:
    from backup_desk.services import runs

    run = runs.prepare_quick_run(ctx, **kwargs)
    return runs.execute_run(ctx, run, progress=progress, cancel=cancel)


def _first_backup(ctx: AppContext, *, config_id: int, passphrase: str | None, progress: ProgressSink | None,
                  cancel: CancelToken | None) -> Any:
    from backup_desk.services.first_run import first_backup

    return first_backup(ctx, config_id, passphrase, progress, cancel)


def _restore(ctx: AppContext, **kwargs: Any) -> Any:
    from backup_desk.services import archives

    return archives.restore(ctx, **kwargs)


def _verify(ctx: AppContext, **kwargs: Any) -> Any:
    from backup_desk.services import archives

    return archives.verify(ctx, **kwargs)


def _save_copy(ctx: AppContext, **kwargs: Any) -> Any:
    from backup_desk.services import archives

    return archives.save_copy(ctx, **kwargs)


def _scheduled_runs(ctx: AppContext, **kwargs: Any) -> Any:
    from backup_desk.services.scheduler import run_due

    return run_due(ctx, **kwargs)


# What a child can be asked to run: each is called as fn(ctx, progress=…, cancel=…, **kwargs).
CALLS: dict[str, Callable[..., Any]] = {
    "backup": _backup,
    "quick-backup": _quick_backup,
    "first-backup": _first_backup,
    "restore": _restore,
    "verify": _verify,
    "save-copy": _save_copy,
    "scheduled-runs": _scheduled_runs,
}


@dataclass(frozen=True)
class ChildRequest:
    call: str
    paths: AppPaths
    kwargs: dict[str, Any] = field(default_factory=dict)


class JobProcessError(BackupDeskError):
    """The job's process ended without an answer (killed, out of memory, crashed)."""


def child_command() -> list[str]:
    """How to start this program's job process: the bundle's own executable, or this interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "backup_desk", CHILD_FLAG]


# -- frames ----------------------------------------------------------------------------------------------
def _write_frame(stream: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_frame(stream: IO[bytes]) -> Any:
    """The next object, or None at the end of the stream."""
    header = _read_exact(stream, _HEADER.size)
    if header is None:
        return None
    data = _read_exact(stream, _HEADER.unpack(header)[0])
    if data is None:
        return None
    return pickle.loads(data)


def _sendable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling, else a BackupDeskError with its words."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # an exception class whose arguments cannot be rebuilt
        return BackupDeskError(Text.plain(str(exc) or type(exc).__name__))


# -- the parent side (a worker thread of the window) -------------------------------------------------------
def run_in_child(ctx: AppContext, call: str, *, progress: ProgressSink | None = None,
                 cancel: CancelToken | None = None, **kwargs: Any) -> Any:
    """Runs CALLS[call](ctx, **kwargs) in a child process; returns its result or raises its exception."""
    if call not in CALLS:
        raise ValueError(f"unknown job {call!r}")
    request = ChildRequest(call, ctx.paths, kwargs)
    try:
        proc = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=dict(os.environ), creationflags=_NO_WINDOW)
    except OSError as exc:
        raise JobProcessError(
            Text("The job's process could not start ({0}).", exc.strerror or str(exc)),
            Text("Nothing was written. Check that Backup Desk is installed completely ({0}), then try again.",
                 child_command()[0]),
        ) from None
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    stderr_tail: deque[bytes] = deque(maxlen=200)
    drain = threading.Thread(target=_drain, args=(proc.stderr, stderr_tail), name="job-process-stderr",
                             daemon=True)
    drain.start()
    finished = threading.Event()
    try:
        _write_frame(proc.stdin, request)
        if cancel is not None:
            threading.Thread(target=_forward_cancel, args=(cancel, finished, proc.stdin),
                             name="job-process-cancel", daemon=True).start()
        while True:
            frame = _read_frame(proc.stdout)
            if frame is None:
                break
            kind = frame[0]
            if kind == "progress":
                if progress is not None:
                    progress(frame[1])
            elif kind == "done":
                return frame[1]
            elif kind == "error":
                error, text = frame[1], frame[2]
                if not isinstance(error, BackupDeskError):
                    log.error("job %s failed in its process:\n%s", call, text)
                raise error
        code = proc.wait()
        drain.join(timeout=5)
        log.error("job %s: its process ended with code %s and no answer:\n%s", call, code,
                  b"".join(stderr_tail).decode(errors="replace")[-4000:])
        _recover_after(ctx)
        raise JobProcessError(
            Text("The job's process ended unexpectedly (exit code {0}).", code),
            Text("Nothing was recorded as completed. The log {0} says more; try again.",
                 ctx.paths.log_dir / OPERATIONS_LOG),
        )
    finally:
        finished.set()
        _close_quietly(proc.stdin)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        _close_quietly(proc.stdout)


def _forward_cancel(cancel: CancelToken, finished: threading.Event, stdin: IO[bytes]) -> None:
    while not finished.is_set():
        if cancel.wait(0.2):
            try:
                stdin.write(b"c")
                stdin.flush()
            except (OSError, ValueError):  # the child has ended, or the pipe was closed by the parent
                pass
            return


def _drain(stream: IO[bytes], tail: deque[bytes]) -> None:
    for line in iter(stream.readline, b""):
        tail.append(line)
    stream.close()


def _close_quietly(stream: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        stream.close()


def _recover_after(ctx: AppContext) -> None:
    """A child killed mid-backup left a `running` row and maybe temporary files: the start-up recovery
    closes what belongs to dead processes (and only that)."""
    from backup_desk.services.recovery import recover_interrupted

    try:
        recover_interrupted(ctx)
    except Exception:  # the error about the job is what the person must see
        log.exception("recovery after a job process ended failed")


# -- the child side ---------------------------------------------------------------------------------------
def child_main() -> int:
    """`backup-desk --job-process`: one request on stdin, frames on stdout (see the module's docstring)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed by a library goes to stderr, never into the frames
    sys.stdout = sys.stderr
    inp = sys.stdin.buffer
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICENESS)
    request = _read_frame(inp)
    if not isinstance(request, ChildRequest) or request.call not in CALLS:
        print("backup-desk --job-process: expected a job request on stdin", file=sys.stderr)
        return 2
    lock = threading.Lock()

    def send(obj: object) -> None:
        with lock:
            _write_frame(out, obj)

    token = CancelToken()
    threading.Thread(target=_cancel_on_input, args=(inp, token), name="job-cancel", daemon=True).start()
    try:
        ctx = AppContext.at(request.paths.ensure(), recover=False)
        from backup_desk.ops.logs import ensure_logging

        ensure_logging(ctx.paths)
        result = CALLS[request.call](ctx, progress=lambda p: send(("progress", p)), cancel=token,
                                     **request.kwargs)
    except BaseException as exc:  # every failure is the parent's to show
        text = traceback.format_exc()
        exc.__traceback__ = None
        send(("error", _sendable(exc), text))
        return 1
    send(("done", result))
    return 0


def _cancel_on_input(inp: IO[bytes], token: CancelToken) -> None:
    """Any byte, or the end of stdin (the window closed or died), cancels the job."""
    with contextlib.suppress(OSError):
        inp.read(1)
    token.cancel()
