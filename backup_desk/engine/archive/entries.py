"""ZIP entries as the writer lays them down: the entry table (central directory + manifest index) and the
streaming entry used for large or open-ended data.

Small data is compressed in memory and written with its sizes in the local header. Large data gets a
local header with a data descriptor: the compression method is chosen from a probe of the first block
(incompressible data is stored), then blocks are compressed on every core as they arrive.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from backup_desk.engine.archive.compress import BLOCK, StreamCompressor, compress_whole, looks_incompressible
from backup_desk.engine.archive.manifest import EntryRecord
from backup_desk.engine.archive.output import ArchiveOutput
from backup_desk.engine.archive.safety import name_problem
from backup_desk.engine.archive.zipfmt import (
    FLAG_DESCRIPTOR,
    FLAG_UTF8,
    METHOD_STORED,
    CentralEntry,
    central_record,
    data_descriptor,
    dos_datetime,
    end_records,
    external_attr,
    local_header,
)

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


class EntryTable:
    """Every entry written so far, in order; duplicate or unsafe names are refused at write time."""

    def __init__(self) -> None:
        self._central: list[CentralEntry] = []
        self._records: list[EntryRecord] = []
        self._names: set[str] = set()
        self._discarded: list[str] = []

    def reserve(self, name: str) -> None:
        problem = name_problem(name)
        if problem is not None:
            raise ValueError(f"entry name {name!r} has {problem}")
        if name in self._names:
            raise ValueError(f"entry {name!r} was already written")
        self._names.add(name)

    def discard(self, name: str) -> None:
        self._discarded.append(name)

    def discarded(self) -> list[str]:
        return list(self._discarded)

    def records(self) -> list[EntryRecord]:
        return list(self._records)

    def write_known(
        self,
        out: ArchiveOutput,
        name: str,
        method: int,
        payload: bytes,
        usize: int,
        crc: int,
        mtime: float,
        kind: str,
        mode: int,
    ) -> None:
        raw_name = name.encode("utf-8")
        offset = out.position
        dos = dos_datetime(mtime)
        header = local_header(raw_name, method, mtime, dos, crc=crc, csize=len(payload), usize=usize)
        out.write(header + payload if len(payload) < 65536 else header)
        if len(payload) >= 65536:
            out.write(payload)
        self._central.append(
            CentralEntry(
                raw_name,
                FLAG_UTF8,
                method,
                mtime,
                dos,
                crc,
                len(payload),
                usize,
                offset,
                external_attr(kind, mode),
            )
        )
        self._records.append(EntryRecord(name, usize, crc))

    def begin_stream(self, out: ArchiveOutput, name: str, method: int, mtime: float) -> int:
        offset = out.position
        out.write(local_header(name.encode("utf-8"), method, mtime, dos_datetime(mtime), descriptor=True))
        return offset

    def end_stream(
        self,
        out: ArchiveOutput,
        name: str,
        method: int,
        mtime: float,
        mode: int,
        offset: int,
        crc: int,
        csize: int,
        usize: int,
    ) -> None:
        out.write(data_descriptor(crc, csize, usize))
        self._central.append(
            CentralEntry(
                name.encode("utf-8"),
                FLAG_UTF8 | FLAG_DESCRIPTOR,
                method,
                mtime,
                dos_datetime(mtime),
                crc,
                csize,
                usize,
                offset,
                external_attr("file", mode),
            )
        )
        self._records.append(EntryRecord(name, usize, crc))

    def write_central(self, out: ArchiveOutput, comment: bytes) -> None:
        start = out.position
        for i in range(0, len(self._central), 1024):
            out.write(b"".join(central_record(e) for e in self._central[i : i + 1024]))
        out.write(end_records(len(self._central), start, out.position - start, comment))


class EntryStream(io.RawIOBase):
    """Writable stream for one entry (returned by `ArchiveWriter.open_entry`)."""

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

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed archive entry")
        n = len(data)
        if not self._buf and n >= BLOCK:
            self._block(bytes(data))
        else:
            self._buf += data
            if len(self._buf) >= BLOCK:
                self._block(bytes(self._buf))
                self._buf.clear()
        return n

    def _block(self, block: bytes) -> None:
        self._w.cancel.check()
        if self._comp is None:
            method = self._w.method
            if method != METHOD_STORED and looks_incompressible(block):
                method = METHOD_STORED
            self._offset = self._w.table.begin_stream(self._w.out, self.name, method, self._mtime)
            self._comp = StreamCompressor(
                method, self._w.level, self._w.out.write, self._w.pool, self._w.workers
            )
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
        table, out = self._w.table, self._w.out
        if self._comp is None:  # everything fitted in one block: write it with known sizes
            raw = bytes(self._buf)
            self.crc, self.size = zlib.crc32(raw), len(raw)
            if self._sha is not None:
                self._sha.update(raw)
            method, payload = compress_whole(raw, self._w.compression, self._w.level)
            table.write_known(
                out, self.name, method, payload, self.size, self.crc, self._mtime, "file", self._mode
            )
        else:
            if self._buf:
                self._block(bytes(self._buf))
            self._comp.finish()
            table.end_stream(
                out,
                self.name,
                self._comp.method,
                self._mtime,
                self._mode,
                self._offset,
                self.crc,
                self._comp.compressed,
                self.size,
            )
        self._buf = bytearray()

    def abandon(self) -> None:
        """Drops the entry (the whole archive is being aborted)."""
        self._abandoned = True
        if self._comp is not None:
            self._comp.cancel()
        self.close()

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:
            self.abandon()
        else:
            self.close()

    @property
    def sha256(self) -> str:
        return self._sha.hexdigest() if self._sha is not None else ""


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
    parts = []
    while chunk := os.read(fd, max(size_hint + 1, 65536)):
        parts.append(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def stream_file(w: ArchiveWriter, name: str, src: Path, mtime: float | None, mode: int) -> FileDigest:
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
