"""`ArchiveWriter.add_files`: many files read, hashed and compressed on every core, written in order.

Small files travel in batches (one pool task per batch: a task per tiny file would cost more than the
file); a large file is streamed in place, its blocks compressed in parallel. The number of batches in
flight is bounded, so memory stays small whatever the number of files.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from backup_desk.engine.archive.compress import compress_whole
from backup_desk.engine.archive.output import is_space_error
from backup_desk.engine.archive.streams import SMALL_MAX, open_regular, read_all, stream_file
from backup_desk.engine.contracts import Compression

if TYPE_CHECKING:
    from backup_desk.engine.archive.writer import ArchiveWriter

BATCH_FILES = 128
BATCH_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class FileJob:
    name: str  # ZIP entry name: files/<label>/<path>
    src: Path
    mtime: float | None = None  # None = the file's own mtime
    mode: int = 0o644
    size_hint: int | None = None  # from the walk's stat: large files skip the pool round trip


@dataclass(frozen=True, slots=True)
class FileResult:
    job: FileJob
    size: int = 0
    sha256: str | None = None
    error: str | None = None  # the file could not be read; nothing usable was stored for it
    mtime: float | None = None  # the mtime recorded (job.mtime, else the file's own); None on error


@dataclass(frozen=True)
class _Loaded:
    method: int = 0
    payload: bytes = b""
    size: int = 0
    crc: int = 0
    sha256: str = ""
    mtime: float = 0.0
    error: str | None = None
    too_big: bool = False


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _load_batch(jobs: list[FileJob], compression: Compression, level: int) -> list[_Loaded]:
    out: list[_Loaded] = []
    for job in jobs:
        try:
            fd, st = open_regular(job.src)
            try:
                if st.st_size > SMALL_MAX:
                    out.append(_Loaded(too_big=True))
                    continue
                data = read_all(fd, st.st_size)
            finally:
                os.close(fd)
        except OSError as exc:
            out.append(_Loaded(error=_describe(exc)))
            continue
        method, payload = compress_whole(data, compression, level)
        out.append(
            _Loaded(
                method,
                payload,
                len(data),
                zlib.crc32(data),
                hashlib.sha256(data).hexdigest(),
                st.st_mtime if job.mtime is None else job.mtime,
            )
        )
    return out


def _stream_one(w: ArchiveWriter, job: FileJob) -> FileResult:
    try:
        digest = stream_file(w, job.name, job.src, job.mtime, job.mode)
    except OSError as exc:
        if is_space_error(exc):
            raise
        return FileResult(job, error=_describe(exc))
    return FileResult(job, digest.size, digest.sha256, mtime=digest.mtime)


def add_files_parallel(w: ArchiveWriter, items: Iterable[FileJob]) -> Generator[FileResult, None, None]:
    pending: deque[tuple[list[FileJob], Future[list[_Loaded]]]] = deque()
    window = 2 * w.workers + 2
    batch: list[FileJob] = []
    batch_bytes = 0

    def submit() -> None:
        nonlocal batch, batch_bytes
        if batch:
            pending.append((batch, w.pool.submit(_load_batch, batch, w.compression, w.level)))
            batch, batch_bytes = [], 0

    def drain_one() -> Iterator[FileResult]:
        jobs, fut = pending.popleft()
        for job, got in zip(jobs, fut.result(), strict=True):
            if got.error is not None:
                yield FileResult(job, error=got.error)
            elif got.too_big:
                yield _stream_one(w, job)
            else:
                w.table.reserve(job.name)
                w.table.write_known(
                    w.out, job.name, got.method, got.payload, got.size, got.crc, got.mtime, "file", job.mode
                )
                yield FileResult(job, got.size, got.sha256, mtime=got.mtime)

    try:
        for job in items:
            w.cancel.check()
            if job.size_hint is not None and job.size_hint > SMALL_MAX:
                submit()
                while pending:
                    yield from drain_one()
                yield _stream_one(w, job)
                continue
            batch.append(job)
            batch_bytes += (job.size_hint or 0) + 512
            if len(batch) >= BATCH_FILES or batch_bytes >= BATCH_BYTES:
                submit()
                # Write what is ready (steady progress, less memory); block only when the window is full.
                while pending and (len(pending) > window or pending[0][1].done()):
                    yield from drain_one()
        submit()
        while pending:
            w.cancel.check()
            yield from drain_one()
    finally:
        for _, fut in pending:
            fut.cancel()
