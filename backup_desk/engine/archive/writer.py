"""ArchiveWriter: writes a Backup Desk archive (ZIP64, optionally inside the AES-256-GCM envelope).

The archive is written to `<final name>.<random>.bdtmp` beside the destination; `commit` writes the
manifest last, the central directory, fsyncs, renames into place and fsyncs the folder. Leaving the `with`
block by an exception (cancel included) removes the temporary file.
"""

from __future__ import annotations

import secrets
import shutil
import time
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, cast

from backup_desk import __version__
from backup_desk.engine import tempwatch
from backup_desk.engine.archive.compress import DEFAULT_LEVELS, cpu_count, method_of
from backup_desk.engine.archive.entries import EntryTable
from backup_desk.engine.archive.kdf import DEFAULT_KDF, KdfParams
from backup_desk.engine.archive.manifest import MANIFEST_ENTRY, Manifest
from backup_desk.engine.archive.output import ArchiveOutput, is_space_error, space_error
from backup_desk.engine.archive.parallel import FileJob, FileResult, add_files_parallel
from backup_desk.engine.archive.streams import EntryStream, EntryWriter, FileDigest, stream_file
from backup_desk.engine.archive.zipfmt import METHOD_STORED, archive_comment
from backup_desk.engine.contracts import Compression
from backup_desk.engine.progress import CancelToken
from backup_desk.engine.safe_files import fsync_dir, place
from backup_desk.errors import InsufficientSpaceError
from backup_desk.messages import Text
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.testpoints import stop_point

__all__ = ["ArchiveWriter", "CommittedArchive", "FileDigest", "FileJob", "FileResult"]


@dataclass(frozen=True)
class CommittedArchive:
    path: Path
    size: int
    sha256: str


class ArchiveWriter:
    """One archive being written; not thread-safe (one caller thread), compression uses every core."""

    def __init__(
        self,
        final_path: Path,
        *,
        compression: Compression,
        passphrase: str | None,
        archive_id: str,
        expected_size: int | None = None,
        cancel: CancelToken | None = None,
        kdf: KdfParams | None = None,
        level: int | None = None,
        workers: int | None = None,
        before_create: Callable[[Path], None] | None = None,
    ) -> None:
        if compression not in DEFAULT_LEVELS:
            raise ValueError(f"unknown compression {compression!r}")
        self.final_path = Path(final_path)
        self.compression: Compression = compression
        self.level = DEFAULT_LEVELS[compression] if level is None else level
        self.archive_id = archive_id
        self.encrypted = passphrase is not None
        self.cancel = cancel or CancelToken()
        self.workers = workers or cpu_count()
        self._done = False
        self._broken = ""
        folder = self.final_path.parent
        if self.final_path.exists():
            raise FileExistsError(f"{self.final_path} already exists")
        if expected_size is not None and shutil.disk_usage(folder).free < expected_size:
            raise InsufficientSpaceError(
                Text("Not enough free space in {0}: about {1} MiB are "
                     "needed.", folder, expected_size // 2**20),
                Text("Free some space or choose another destination folder."),
            )
        self.temp_path = folder / f".{self.final_path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        # Recorded before it exists: a crash from here on leaves a path someone owns (issue 9).
        if before_create is not None:
            before_create(self.temp_path)
        tempwatch.announce(self.temp_path, "archive")
        stop_point("before-temp-file")
        try:
            self._out = ArchiveOutput(
                self.temp_path, passphrase=passphrase, archive_id=archive_id, kdf=kdf or DEFAULT_KDF
            )
        except BaseException as exc:
            self.temp_path.unlink(missing_ok=True)
            tempwatch.released(self.temp_path)
            if is_space_error(exc):
                raise space_error(self.final_path, exc if isinstance(exc, OSError) else None) from exc
            raise
        self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="archive-compress")
        self._table = EntryTable()
        self._open_stream: EntryStream | None = None

    # context manager ------------------------------------------------------------------------------------
    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        if et is not None or not self._done:
            self.abort()

    # entries ------------------------------------------------------------------------------------------------
    def mark_broken(self, reason: str) -> None:
        """The archive can no longer be completed (only aborted)."""
        self._broken = self._broken or reason

    def _ready(self) -> None:
        if self._done:
            raise RuntimeError("the archive writer is closed")
        if self._broken:
            raise RuntimeError(f"the archive cannot be completed: {self._broken}; abort it")
        if self._open_stream is not None and not self._open_stream.closed:
            raise RuntimeError("finish the open entry before starting another")
        self.cancel.check()

    def open_entry(self, name: str, *, mtime: float | None = None, mode: int = 0o644) -> BinaryIO:
        """A writable stream for one entry; compresses as it goes (in parallel once it is large)."""
        self._ready()
        self._table.reserve(name)
        stream = EntryStream(self, name, time.time() if mtime is None else mtime, mode, sha=False)
        self.register_stream(stream)
        return cast(BinaryIO, EntryWriter(stream))

    def add_file(self, name: str, src: Path, *, mtime: float | None, mode: int) -> FileDigest:
        """Streams and hashes one file; OSError (unreadable) propagates with nothing written."""
        self._ready()
        return self._guard(lambda: stream_file(self, name, Path(src), mtime, mode))

    def add_files(self, items: Iterable[FileJob]) -> Iterator[FileResult]:
        """Many files, read and compressed on every core; results come back in order."""
        self._ready()
        gen: Generator[FileResult, None, None] = add_files_parallel(self, items)
        while True:
            try:
                result = self._guard(lambda: next(gen, None))
            except BaseException:
                gen.close()
                raise
            if result is None:
                return
            yield result

    def add_symlink(self, name: str, target: str, *, mtime: float | None = None) -> None:
        self._ready()
        data = target.encode("utf-8")
        when = time.time() if mtime is None else mtime
        self._guard(lambda: self.write_small(name, METHOD_STORED, data, when, "symlink", 0o777, raw=data))

    def add_directory(self, name: str, *, mtime: float | None = None, mode: int = 0o755) -> None:
        self._ready()
        name = name if name.endswith("/") else name + "/"
        when = time.time() if mtime is None else mtime
        self._guard(lambda: self.write_small(name, METHOD_STORED, b"", when, "dir", mode, raw=b""))

    def write_small(
        self, name: str, method: int, payload: bytes, mtime: float, kind: str, mode: int, *, raw: bytes
    ) -> None:
        """One entry whose data is already in memory (`payload` compressed or not): header, data, index."""
        self._table.reserve(name)
        self._table.write_known(
            self._out, name, method, payload, len(raw), zlib.crc32(raw), mtime, kind, mode
        )

    def register_stream(self, stream: EntryStream) -> None:
        self._open_stream = stream

    def _guard(self, fn):
        try:
            return fn()
        except OSError as exc:
            if is_space_error(exc):
                raise space_error(self.final_path, exc) from exc
            raise

    # finishing ------------------------------------------------------------------------------------------
    def commit(self, manifest: Manifest) -> CommittedArchive:
        """Writes manifest.json last, the central directory, fsyncs, renames into place, fsyncs the folder."""
        self._ready()
        try:
            manifest = replace(
                manifest,
                tool_version=manifest.tool_version or __version__,
                entries=self._table.records(),
                discarded_entries=self._table.discarded(),
            )
            with self.open_entry(MANIFEST_ENTRY) as out:  # streamed: never the whole JSON in memory
                for piece in manifest.iter_json_bytes():
                    out.write(piece)
            self._table.write_central(self._out, archive_comment(self.archive_id))
            size, digest = self._out.close()
            stop_point("before-rename")
            place(self.temp_path, self.final_path, overwrite=False)  # never over an archive that appeared
            fsync_dir(self.final_path.parent)
            tempwatch.released(self.temp_path)
            stop_point("after-rename")
        except OSError as exc:
            self.abort()
            if is_space_error(exc):
                raise space_error(self.final_path, exc) from exc
            raise
        except BaseException:
            self.abort()
            raise
        self._done = True
        self._pool.shutdown(wait=True)
        return CommittedArchive(self.final_path, size, digest)

    def abort(self) -> None:
        """Removes the temporary file (idempotent; the destination is never touched)."""
        if self._done:
            return
        self._done = True
        if self._open_stream is not None:
            self._open_stream.abandon()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._out.discard()
        self.temp_path.unlink(missing_ok=True)
        tempwatch.released(self.temp_path)

    # used by entries.py / parallel.py -------------------------------------------------------------------
    @property
    def out(self) -> ArchiveOutput:
        return self._out

    @property
    def table(self) -> EntryTable:
        return self._table

    @property
    def pool(self) -> ThreadPoolExecutor:
        return self._pool

    @property
    def method(self) -> int:
        return method_of(self.compression)
