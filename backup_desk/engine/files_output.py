"""Writing restored files to disk: small files on a few threads, large ones streamed.

Creating a file costs a fixed latency in the file system (journal, directory update) that dominates when a
folder holds thousands of small files; a handful of threads overlap those waits (the syscalls release the
GIL). The caller reads each small file's compressed bytes on its own thread (the archive is read by one
thread) and hands them over; the workers decompress, check and write them, with a bound on the bytes in
flight so memory stays small.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from typing import BinaryIO

from backup_desk.engine.archive.bounded import BoundedPool
from backup_desk.engine.progress import CancelToken

CHUNK = 1 << 20
SMALL_FILE = 1 << 20  # read whole and written on a worker; larger files are streamed by the caller
MAX_IN_FLIGHT_BYTES = 32 << 20
WORKERS = 4
BATCH_FILES = 32  # small files per writer task
BATCH_BYTES = 1 << 20
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


class ParallelFileWriter(BoundedPool):
    """Small-file work (decode, check, write) on worker threads; `close()` waits and re-raises the first
    failure."""

    def __init__(self, workers: int = WORKERS, max_bytes: int = MAX_IN_FLIGHT_BYTES) -> None:
        super().__init__(workers, max_bytes, "restore-write")
