"""Streamed entries: `ArchiveWriter.open_entry` (database dumps) and large files (`add_file`).

The local header is written when the first 1 MiB block is complete, after a cheap probe chose the method
(incompressible data is stored); blocks are then compressed on every core as they arrive and a data
descriptor closes the entry. Data that never fills a block is written with its sizes known instead.
`open_entry` hands out a C-buffered writer, so writing one row at a time stays cheap.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from backup_desk.engine.archive.compress import BLOCK, StreamCompressor, compress_whole, looks_incompressible
from backup_desk.engine.archive.zipfmt import METHOD_STORED

if TYPE_CHECKING:
    from backup_desk.engine.archive.writer import ArchiveWriter

SMALL_MAX = 4 << 20  # files up to this size are read and compressed whole, in the worker pool
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True)
class FileDigest:
    size: int
    sha256: str
    mtime: float = 0.0  # the mtime recorded in the ZIP (the given one, else the file's own)


class EntryStream(io.RawIOBase):
    """The raw writable side of one entry; see `EntryWriter` for what callers get."""

    def __init__(self, writer: ArchiveWriter, name: str, mtime: float, mode: int, *, sha: bool) -> None:
        super().__init__()
        self._w, self.name, self._mtime, self._mode = writer, name, mtime, mode
        self._buf = bytearray()
        self._sha = hashlib.sha256() if sha else None
        self._comp: StreamCompressor | None = None
        self._offset = 0
        self._abandoned = False
        self.size = 0
        self.crc = 0

    def writable(self) -> bool:
        return True

    # typeshed's RawIOBase.write takes any buffer; what reaches an entry is one of these three
    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed archive entry")
        n = len(data)
        if self._abandoned:
            return n  # a buffered writer flushing on its way out: drop it
        if not self._buf and n >= BLOCK:  # large writes: whole blocks straight through, the rest buffered
            view = memoryview(data).cast("B")
            whole = n - n % BLOCK
            for i in range(0, whole, BLOCK):
                self._block(bytes(view[i : i + BLOCK]))
            self._buf += view[whole:]
        else:
            self._buf += data
            if len(self._buf) >= BLOCK:
                self._block(bytes(self._buf))
                self._buf.clear()
        return n

    def _block(self, block: bytes) -> None:
        w = self._w
        w.cancel.check()
        if self._comp is None:
            method = w.method
            if method != METHOD_STORED and looks_incompressible(block):
                method = METHOD_STORED
            self._offset = w.table.begin_stream(w.out, self.name, method, self._mtime)
            self._comp = StreamCompressor(method, w.level, w.out.write, w.pool, w.workers)
        self.crc = zlib.crc32(block, self.crc)
        if self._sha is not None:
            self._sha.update(block)
        self.size += len(block)
        self._comp.feed(block)

    def close(self) -> None:
        if self.closed:
            return
        try:
            if not self._abandoned:
                self._finish()
        finally:
            super().close()

    def _finish(self) -> None:
        w = self._w
        if self._comp is None:  # everything fitted in one block: write it with known sizes
            raw = bytes(self._buf)
            self.crc, self.size = zlib.crc32(raw), len(raw)
            if self._sha is not None:
                self._sha.update(raw)
            method, payload = compress_whole(raw, w.compression, w.level)
            w.table.write_known(
                w.out, self.name, method, payload, self.size, self.crc, self._mtime, "file", self._mode
            )
        else:
            if self._buf:
                self._block(bytes(self._buf))
            comp = self._comp
            comp.finish()
            w.table.end_stream(
                w.out,
                self.name,
                comp.method,
                self._mtime,
                self._mode,
                self._offset,
                self.crc,
                comp.compressed,
                self.size,
            )
        self._buf = bytearray()

    def abandon(self) -> None:
        """Drops the entry. Once its header is written the archive cannot be completed any more."""
        if self._abandoned or self.closed:
            return
        self._abandoned = True
        if self._comp is not None:
            self._comp.cancel()
            self._w.mark_broken(f"entry {self.name!r} was abandoned half-written")
        else:  # nothing reached the archive: the name is free again
            self._w.table.release(self.name)

    @property
    def sha256(self) -> str:
        return self._sha.hexdigest() if self._sha is not None else ""


class EntryWriter(io.BufferedWriter):
    """What `open_entry` returns: buffered in C (cheap small writes), closes the entry on `close()`.

    Leaving its `with` block by an exception drops the entry instead of completing it.
    """

    def __init__(self, raw: EntryStream) -> None:
        super().__init__(raw, BLOCK)  # type: ignore[arg-type]  # a raw stream, write() narrowed above
        self.entry = raw

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        if et is not None:
            self.entry.abandon()
        self.close()


def open_regular(src: Path) -> tuple[int, os.stat_result]:
    """Opens a regular file without following a symlink swapped in since the walk."""
    fd = os.open(src, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(0, "not a regular file", str(src))
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def read_all(fd: int, size_hint: int) -> bytes:
    """Whole file; a short read of a regular file means end of file (saves a syscall per small file)."""
    want = max(size_hint + 1, 65536)
    first = os.read(fd, want)
    if len(first) < want:
        return first
    parts = [first]
    while chunk := os.read(fd, want):
        parts.append(chunk)
    return b"".join(parts)


def stream_file(w: ArchiveWriter, name: str, src: Path, mtime: float | None, mode: int) -> FileDigest:
    """Stores one file (whole if small, streamed if large); OSError before anything is written."""
    fd, st = open_regular(src)
    try:
        when = st.st_mtime if mtime is None else mtime
        if st.st_size <= SMALL_MAX:
            data = read_all(fd, st.st_size)
            w.write_small(name, *compress_whole(data, w.compression, w.level), when, "file", mode, raw=data)
            return FileDigest(len(data), hashlib.sha256(data).hexdigest(), when)
        w.table.reserve(name)
        stream = EntryStream(w, name, when, mode, sha=True)
        w.register_stream(stream)
        try:
            while block := os.read(fd, BLOCK):
                stream.write(block)
        except OSError:
            stream.close()  # the entry stays in the ZIP, marked unusable in the manifest
            w.table.discard(name)
            raise
        stream.close()
        return FileDigest(stream.size, stream.sha256, when)
    finally:
        os.close(fd)
