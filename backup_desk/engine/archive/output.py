"""The archive's output file: large buffered writes handed to a background thread that encrypts (optional),
hashes and writes them, so the writer thread keeps compressing while the disk works. An encrypted archive's
key derivation (about half a second, by design) runs on a thread of its own meanwhile: the payload is
encrypted with the archive's random file key from the start, and the header that wraps that key is written
into its reserved first 256 bytes once derived.

A full disk (ENOSPC/EDQUOT) becomes InsufficientSpaceError; the caller removes the temporary file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import queue
import threading
from dataclasses import replace
from functools import partial
from pathlib import Path

from backup_desk.engine.archive.chunked import EncryptingSink
from backup_desk.engine.archive.envelope import (
    HEADER_SIZE,
    EnvelopeHeader,
    seal_header,
    start_header,
    take_fresh,
)
from backup_desk.engine.archive.kdf import KdfParams
from backup_desk.engine.archive.pieces import Pieces
from backup_desk.engine.on_thread import OnThread
from backup_desk.errors import InsufficientSpaceError
from backup_desk.messages import Text
from backup_desk.testpoints import stop_point

FLUSH_AT = 4 << 20
CATCH_UP_BLOCK = 1 << 20
_SPACE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def space_error(path: Path, exc: OSError | None = None) -> InsufficientSpaceError:
    detail = f" ({exc.strerror})" if exc is not None and exc.strerror else ""
    return InsufficientSpaceError(
        Text("Not enough free space to write the archive in {0}{1}.", path.parent, detail),
        Text("Free some space or choose another destination folder; older archives were left untouched."),
    )


def is_space_error(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _SPACE_ERRNOS


class _Physical:
    """What actually reaches the disk: written with os.write (no extra buffering layer) and hashed.

    An encrypted archive's payload is written from offset 256 while its header is still being derived;
    hashing (which must start with the header) begins once the header is known, reading back what was
    written before it from the page cache."""

    def __init__(self, fd: int, *, header_pending: bool) -> None:
        self.fd = fd
        self.sha: hashlib._Hash | None = None if header_pending else hashlib.sha256()
        self.size = HEADER_SIZE if header_pending else 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self.sha is not None:
            self.sha.update(data)
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]
        self.size += len(data)
        return len(data)

    def place_header(self, header: bytes) -> None:
        """Writes the header into its reserved place and hashes it with everything written after it."""
        os.pwrite(self.fd, header, 0)
        sha = hashlib.sha256(header)
        at = HEADER_SIZE
        while at < self.size:
            block = os.pread(self.fd, min(CATCH_UP_BLOCK, self.size - at), at)
            if not block:
                raise OSError(errno.EIO, "the archive's temporary file is shorter than written")
            sha.update(block)
            at += len(block)
        self.sha = sha


def _derive_header(header: EnvelopeHeader, file_key: bytes, passphrase: str) -> bytes:
    """On its own thread (Argon2id releases the GIL): compressing and writing the payload, encrypted with
    the random file key, do not wait for the derivation."""
    stop_point("key-derivation")
    return seal_header(header, file_key, passphrase)


class ArchiveOutput:
    """Logical ZIP bytes in (`write`, `position`), archive file bytes out (`close` -> size, sha256)."""

    def __init__(self, path: Path, *, passphrase: str | None, archive_id: str, kdf: KdfParams) -> None:
        self.path = path
        self.position = 0
        self._header_job: OnThread[bytes] | None = None
        # Read and write: the hash of an encrypted archive catches up by reading back (see _Physical).
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        self._phys = _Physical(self._fd, header_pending=passphrase is not None)
        self._sink: _Physical | EncryptingSink = self._phys
        self._pending = Pieces()  # joined once per hand-over (see pieces.py)
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        try:
            if passphrase is not None:
                header, file_key, key = start_header(passphrase, archive_id, kdf)
                fresh = take_fresh(passphrase, kdf)
                if fresh is not None:  # derived while the program started (cli/early_key.py)
                    salt, kek = fresh
                    header = replace(header, kdf_salt=salt)
                    self._phys = _Physical(self._fd, header_pending=False)
                    self._phys.write(seal_header(header, file_key, passphrase, kek))
                else:
                    os.lseek(self._fd, HEADER_SIZE, os.SEEK_SET)  # the header's place, written when derived
                    self._header_job = OnThread(partial(_derive_header, header, file_key, passphrase),
                                                "archive-kdf")
                self._sink = EncryptingSink(self._phys, key, header.chunk_size)
        except BaseException:
            os.close(self._fd)
            raise
        self._thread = threading.Thread(target=self._drain, name="archive-output", daemon=True)
        self._thread.start()

    def _place_header_when_ready(self, wait: bool) -> None:
        job = self._header_job
        if job is not None and self._phys.sha is None and (wait or job.done()):
            self._phys.place_header(job.result())

    def _drain(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._place_header_when_ready(wait=False)
                    self._sink.write(item)
                except BaseException as exc:  # reported to the writer thread on its next call
                    self._error = exc

    def _raise_pending(self) -> None:
        if self._error is not None:
            exc = self._error
            if is_space_error(exc):
                raise space_error(self.path, exc if isinstance(exc, OSError) else None) from exc
            raise exc

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.position += self._pending.add(data)
        if self._pending.size >= FLUSH_AT:
            self._hand_over()

    def _hand_over(self) -> None:
        self._raise_pending()
        if self._pending.size:
            self._queue.put(self._pending.take())

    def close(self) -> tuple[int, str]:
        """Flushes everything (final chunk included), fsyncs and closes; returns (size, sha256 hex)."""
        self._hand_over()
        self._queue.put(None)
        self._thread.join()
        self._raise_pending()
        try:
            if isinstance(self._sink, EncryptingSink):
                self._sink.close()
            self._place_header_when_ready(wait=True)
            os.fsync(self._fd)
        except OSError as exc:
            if is_space_error(exc):
                raise space_error(self.path, exc) from exc
            raise
        finally:
            self._close_fd()
        assert self._phys.sha is not None
        return self._phys.size, self._phys.sha.hexdigest()

    def discard(self) -> None:
        """Stops the output thread and closes the file (the caller deletes it; a key derivation still running
        only computes, and its result is dropped)."""
        if self._thread.is_alive():
            self._error = self._error or RuntimeError("discarded")
            self._queue.put(None)
            self._thread.join()
        self._close_fd()

    def _close_fd(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
