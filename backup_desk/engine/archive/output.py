"""The archive's output file: large buffered writes handed to a background thread that encrypts (optional),
hashes and writes them, so the writer thread keeps compressing while the disk works.

A full disk (ENOSPC/EDQUOT) becomes InsufficientSpaceError; the caller removes the temporary file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import queue
import threading
from pathlib import Path

from backup_desk.engine.archive.chunked import EncryptingSink
from backup_desk.engine.archive.envelope import new_header
from backup_desk.engine.archive.kdf import KdfParams
from backup_desk.errors import InsufficientSpaceError
from backup_desk.messages import Text
from backup_desk.testpoints import stop_point

FLUSH_AT = 4 << 20
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
    """What actually reaches the disk: hashed, then written with os.write (no extra buffering layer)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self.sha.update(data)
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]
        self.size += len(data)
        return len(data)


class ArchiveOutput:
    """Logical ZIP bytes in (`write`, `position`), archive file bytes out (`close` -> size, sha256)."""

    def __init__(self, path: Path, *, passphrase: str | None, archive_id: str, kdf: KdfParams) -> None:
        self.path = path
        self.position = 0
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        self._phys = _Physical(self._fd)
        self._sink: _Physical | EncryptingSink = self._phys
        self._buf = bytearray()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        try:
            if passphrase is not None:
                stop_point("key-derivation")
                header, key, hdr = new_header(passphrase, archive_id, kdf)
                self._phys.write(header)
                self._sink = EncryptingSink(self._phys, key, hdr.chunk_size)
        except BaseException:
            os.close(self._fd)
            raise
        self._thread = threading.Thread(target=self._drain, name="archive-output", daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
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
        self._buf += data
        self.position += len(data)
        if len(self._buf) >= FLUSH_AT:
            self._hand_over()

    def _hand_over(self) -> None:
        self._raise_pending()
        if self._buf:
            self._queue.put(bytes(self._buf))
            self._buf.clear()

    def close(self) -> tuple[int, str]:
        """Flushes everything (final chunk included), fsyncs and closes; returns (size, sha256 hex)."""
        self._hand_over()
        self._queue.put(None)
        self._thread.join()
        self._raise_pending()
        try:
            if isinstance(self._sink, EncryptingSink):
                self._sink.close()
            os.fsync(self._fd)
        except OSError as exc:
            if is_space_error(exc):
                raise space_error(self.path, exc) from exc
            raise
        finally:
            self._close_fd()
        return self._phys.size, self._phys.sha.hexdigest()

    def discard(self) -> None:
        """Stops the background thread and closes the file (the caller deletes it)."""
        if self._thread.is_alive():
            self._error = self._error or RuntimeError("discarded")
            self._queue.put(None)
            self._thread.join()
        self._close_fd()

    def _close_fd(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
