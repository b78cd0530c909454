"""Writing restored files to disk: small files on a few threads, large ones streamed.

Creating a file costs a fixed latency in the file system (journal, directory update) that dominates when a
folder holds thousands of small files; a handful of threads overlap those waits (the syscalls release the
GIL). The caller reads and checks each small file's content on its own thread and hands over only bytes to
write, with a bound on the bytes in flight, so memory stays small and the archive is read by one thread.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO

from backup_desk.engine.progress import CancelToken

CHUNK = 1 << 20
SMALL_FILE = 1 << 20  # read whole and written on a worker; larger files are streamed by the caller
MAX_IN_FLIGHT_BYTES = 32 << 20
WORKERS = 4
OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _finish(fd: int, mode: int, mtime: float) -> None:
    os.fchmod(fd, mode & 0o777)  # never setuid/setgid/sticky; ownership stays with whoever restores
    os.utime(fd, (mtime, mtime))


def write_small(path: str, data: bytes, mode: int, mtime: float) -> None:
    fd = os.open(path, OPEN_FLAGS, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        _finish(fd, mode, mtime)
    finally:
        os.close(fd)


def stream_to(path: str, src: BinaryIO, mode: int, mtime: float, cancel: CancelToken,
              on_bytes: Callable[[int], None]) -> tuple[int, str]:
    """Copies a large entry to `path`; returns (bytes, sha256 hex)."""
    digest = hashlib.sha256()
    size = 0
    fd = os.open(path, OPEN_FLAGS, 0o600)
    try:
        with os.fdopen(os.dup(fd), "wb", buffering=0) as out:
            while chunk := src.read(CHUNK):
                cancel.check()
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
                on_bytes(len(chunk))
        _finish(fd, mode, mtime)
    finally:
        os.close(fd)
    return size, digest.hexdigest()


class ParallelFileWriter:
    """Small-file writes on worker threads; `close()` waits for them and re-raises the first failure."""

    def __init__(self, workers: int = WORKERS, max_bytes: int = MAX_IN_FLIGHT_BYTES) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="restore-write")
        self._pending: deque[tuple[int, Future[None]]] = deque()
        self._bytes = 0
        self._max = max_bytes

    def submit(self, path: str, data: bytes, mode: int, mtime: float) -> None:
        while self._pending and (self._bytes + len(data) > self._max or len(self._pending) >= 256):
            self._wait_one()
        self._pending.append((len(data), self._pool.submit(write_small, path, data, mode, mtime)))
        self._bytes += len(data)

    def _wait_one(self) -> None:
        size, fut = self._pending.popleft()
        self._bytes -= size
        fut.result()

    def close(self) -> None:
        """Waits for every write; raises the first error."""
        try:
            while self._pending:
                self._wait_one()
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Stops: drops queued writes, waits for running ones (so nothing writes after the caller cleans)."""
        for _, fut in self._pending:
            fut.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pending.clear()
